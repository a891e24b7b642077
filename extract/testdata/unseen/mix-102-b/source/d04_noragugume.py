# Comune di Noragugume (NU): Giunta minute, 2 pages; running head and foot on every page;
# the number and date are printed only in the register box on the last page. fpdf2.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 9); self.cell(0, 5, "COMUNE DI NORAGUGUME - Provincia di Nuoro", align="L")
        self.set_font("DV", "", 8); self.cell(0, 5, "Verbale di deliberazione della Giunta Comunale", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, 21, 195, 21); self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7)
        self.cell(0, 4, f"Sistema Informativo Comunale - stampa del 09/03/2026 - pag. {self.page_no()}/{{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_creator("Sistema Informativo Comunale"); pdf.set_producer("SIC Stampe 4.1 / fpdf")
pdf.alias_nb_pages(); pdf.add_page()
W = 180
def para(t, st="", sz=11, al="J"):
    pdf.set_font("DV", st, sz); pdf.multi_cell(W, 6.4, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
para("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 13, "C")
para("OGGETTO: Concessione in uso temporaneo del campo sportivo comunale alla A.S.D. Noragugume Calcio per la stagione sportiva 2026.", "B", 10.5)
para("L'anno duemilaventisei, addì cinque del mese di marzo, alle ore tredici, nella Casa Comunale, regolarmente convocata, si è riunita la Giunta Comunale nelle persone dei Signori:")
roll = [("MELONI Gian Franco", "Sindaco", "A"), ("FANCELLO Sonia", "Vice Sindaco", "P"), ("COSSU Efisio", "Assessore", "P"), ("LADU Michela", "Assessore", "A")]
pdf.set_font("DV", "", 10)
for i, (n, r, p) in enumerate(roll, 1):
    s = f"{i}. {n} ({r}) "
    w = pdf.get_string_width(s); dots = "." * int((150 - w) / pdf.get_string_width("."))
    pdf.cell(10); pdf.cell(150, 5.5, s + dots); pdf.cell(10, 5.5, p, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Presenti n. 2 - Assenti n. 2 (assenti giustificati Meloni e Ladu).")
para("Partecipa il Segretario Comunale in convenzione dott. Marco Piras. Presiede il Vice Sindaco sig.ra Sonia Fancello, la quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
para("LA GIUNTA COMUNALE", "B", 10.5, "C")
for t in ["PREMESSO che il Comune di Noragugume è proprietario del campo sportivo comunale di località Sa Serra, di recente riqualificato con fondi regionali;",
          "VISTA l'istanza presentata dalla A.S.D. Noragugume Calcio, acquisita al protocollo n. 598 del 16.2.2026, volta ad ottenere l'uso dell'impianto per gli allenamenti e le gare del campionato di Terza Categoria;",
          "RICHIAMATO il Regolamento comunale per l'uso degli impianti sportivi, approvato con deliberazione del Consiglio Comunale n. 22 del 30.9.2019;",
          "DATO ATTO che l'associazione provvederà alla pulizia e alla piccola manutenzione dell'impianto e al versamento della tariffa oraria stabilita dalla Giunta;",
          "ACQUISITO il parere favorevole di regolarità tecnica del Responsabile del Servizio Tecnico, reso ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "RITENUTO di accogliere l'istanza, considerata la funzione sociale dell'attività sportiva giovanile svolta dall'associazione;",
          "Con voti unanimi favorevoli espressi nelle forme di legge,"]:
    para(t)
para("DELIBERA", "B", 10.5, "C")
for i, t in enumerate(["di concedere in uso temporaneo alla A.S.D. Noragugume Calcio il campo sportivo comunale di località Sa Serra per la stagione sportiva 2026, alle condizioni del Regolamento citato in premessa;",
          "di stabilire la tariffa oraria in euro 8,00, comprensiva dei consumi di energia elettrica e acqua;",
          "di demandare al Responsabile del Servizio Tecnico la stipula del disciplinare d'uso;",
          "di dichiarare la presente deliberazione, con separata ed unanime votazione, immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."], 1):
    para(f"{i}. {t}")
pdf.ln(4); pdf.set_font("DV", "", 10)
pdf.cell(90, 5, "IL VICE SINDACO", align="C"); pdf.cell(90, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, "F.to Sonia Fancello", align="C"); pdf.cell(90, 5, "F.to dott. Marco Piras", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
y = pdf.get_y(); pdf.set_line_width(0.6); pdf.rect(15, y, 180, 22)
pdf.set_xy(18, y + 2); pdf.set_font("DV", "B", 11); pdf.cell(170, 6, "DELIBERAZIONE DELLA GIUNTA COMUNALE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(18); pdf.cell(60, 7, "N. 21"); pdf.cell(80, 7, "del 05/03/2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(18); pdf.set_font("DV", "", 8); pdf.cell(170, 5, "Registro delle deliberazioni della Giunta - anno 2026")
pdf.output(out)
