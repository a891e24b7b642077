# San Calogero (VV): deliberation of the Commissione straordinaria (Comune sciolto, art. 143 TUEL),
# fpdf2, two pages, letterhead and running foot repeated on every page, roll as a P/A table.
import sys
from fpdf import FPDF
out = sys.argv[1]
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 13); self.cell(0, 6, "COMUNE DI SAN CALOGERO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8.5); self.cell(0, 4.5, "Provincia di Vibo Valentia – Corso Umberto I, 53 – 89842 San Calogero (VV)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "I", 8.5); self.cell(0, 4.5, "Commissione straordinaria nominata con D.P.R. del 22 luglio 2025 (art. 143 D.Lgs. 267/2000)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5)
        self.cell(0, 5, f"Deliberazione C.S. n. 015/2026 del 17/03/2026 – pagina {self.page_no()} di {{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf")
pdf.set_creator("Halley Sud - Atti"); pdf.set_title("Deliberazione Commissione Straordinaria 015/2026")
pdf.add_page()
pdf.set_font("LS", "B", 11.5); pdf.multi_cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA\ncon i poteri della Giunta Comunale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("LS", "B", 10.5); pdf.cell(0, 7, "N. 015/2026                                                                        Data: 17/03/2026", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "", 10)
def para(t, b=False, al="J"):
    pdf.set_font("LS", "B" if b else "", 10.5); pdf.multi_cell(0, 5.8, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
para("OGGETTO: Approvazione del Piano triennale per la prevenzione della corruzione e per la trasparenza, sezione del PIAO 2026-2028.", True)
para("L'anno duemilaventisei, il giorno diciassette del mese di marzo, alle ore 10:00, nella sede comunale, si è riunita la Commissione straordinaria, nominata con D.P.R. del 22 luglio 2025, nelle persone dei signori:")
pdf.set_font("LS", "B", 9.5)
for w, h in ((60, "Componente"), (70, "Qualifica"), (20, "Presente"), (20, "Assente")): pdf.cell(w, 6, h, border=1, align="C")
pdf.ln(); pdf.set_font("LS", "", 9.5)
for n, q, p in (("dott. Francesco Aloi", "Presidente – Viceprefetto", "X"), ("dott.ssa Rosanna Mallamo", "Componente – Viceprefetto aggiunto", "X"), ("dott. Vincenzo Cutrì", "Componente – Funzionario economico-finanziario", "")):
    pdf.cell(60, 6, n, border=1); pdf.cell(70, 6, q, border=1); pdf.cell(20, 6, p, border=1, align="C"); pdf.cell(20, 6, "" if p else "X", border=1, align="C"); pdf.ln()
pdf.ln(2)
para("Partecipa con funzioni consultive, referenti e di assistenza il Segretario comunale dott.ssa Maria Grazia Tropeano, che cura la redazione del presente verbale. Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta.")
para("LA COMMISSIONE STRAORDINARIA", True, "C")
for t in ["Premesso che con D.P.R. del 22 luglio 2025 è stato disposto lo scioglimento del Consiglio comunale di San Calogero ai sensi dell'art. 143 del D.Lgs. 267/2000 e affidata la gestione dell'Ente, per diciotto mesi, alla Commissione straordinaria;",
          "Visto l'art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla L. 113/2021, che ha introdotto il Piano Integrato di Attività e Organizzazione (PIAO);",
          "Vista la proposta del Responsabile della prevenzione della corruzione e della trasparenza, predisposta tenendo conto delle criticità emerse nella relazione prefettizia sull'accesso antimafia e delle misure rafforzate previste dal Piano Nazionale Anticorruzione;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi dei presenti, espressi nelle forme di legge,"]:
    para(t)
para("DELIBERA", True, "C")
for i, t in enumerate(["di approvare la sezione \"Rischi corruttivi e trasparenza\" del PIAO 2026-2028, allegata alla presente quale parte integrante e sostanziale;",
                       "di disporre la rotazione straordinaria del personale assegnato agli uffici tecnico e tributi, secondo il cronoprogramma allegato;",
                       "di pubblicare il Piano nella sezione Amministrazione Trasparente del sito istituzionale e di trasmetterlo alla Prefettura di Vibo Valentia.",
                       "di dichiarare, con successiva e unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    para(f"{i}) {t}")
pdf.ln(4); para("Letto, approvato e sottoscritto.")
pdf.set_font("LS", "B", 9.5)
pdf.cell(85, 5, "LA COMMISSIONE STRAORDINARIA", align="C"); pdf.cell(85, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.cell(85, 5, "f.to dott. Francesco Aloi", align="C"); pdf.cell(85, 5, "f.to dott.ssa Maria Grazia Tropeano", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(85, 5, "f.to dott.ssa Rosanna Mallamo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
