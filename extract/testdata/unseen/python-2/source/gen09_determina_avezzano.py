"""Determinazione, Comune di Avezzano: fpdf2, base-14 Helvetica/Times; a single line
'Determinazione n° 214 del 12-06-2025', proposal line, subject in bold under the heading with no label,
points numbered '1 -', responsabile signature, distractor dates in the pareri."""
from fpdf import FPDF
from common import out

class Doc(FPDF):
    def header(self):
        self.set_font("Times", "B", 16)
        self.cell(0, 8, "COMUNE DI AVEZZANO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Times", "I", 10)
        self.cell(0, 5, "Provincia dell'Aquila", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0); self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.ln(6)
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "", 7)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Pag. %d/{nb}"
                  % self.page_no(), align="C")

pdf = Doc(format="A4"); pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 16)
pdf.alias_nb_pages(); pdf.add_page()
W = pdf.epw
def para(t, size=10, style="", h=5.1, font="Helvetica", align="J"):
    pdf.set_font(font, style, size); pdf.multi_cell(W, h, t, align=align, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)

pdf.set_font("Helvetica", "B", 10)
pdf.cell(W, 5.5, "SETTORE V - POLITICHE SOCIALI, ISTRUZIONE E SPORT", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(W, 5, "Servizio Pubblica Istruzione", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 12)
pdf.cell(W, 7, "Determinazione n° 214 del 12-06-2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(W, 5, "(Proposta n. 251 del 10-06-2025)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(W, 5.5, "Approvazione della graduatoria definitiva per l'ammissione ai centri estivi comunali per "
               "minori dai 3 ai 14 anni - Estate 2025.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for p in [
    "Visto il decreto sindacale n. 12 del 31-01-2025, di attribuzione delle funzioni di cui all'art. 107 del D.Lgs. "
    "n. 267/2000 per il Settore V - Politiche Sociali, Istruzione e Sport;",
    "Richiamata la deliberazione della Giunta Comunale n. 96 del 08-04-2025, con la quale sono stati approvati gli "
    "indirizzi per l'organizzazione dei centri estivi comunali per l'estate 2025, con particolare riguardo ai criteri "
    "di priorità per i nuclei familiari con entrambi i genitori lavoratori e per i minori con disabilità;",
    "Richiamata altresì la propria determinazione n° 163 del 05-05-2025, di approvazione dell'avviso pubblico per "
    "la presentazione delle domande di iscrizione;",
    "Dato atto che entro il termine del 26-05-2025 sono pervenute n. 318 domande e che con determinazione n° 201 del "
    "04-06-2025 è stata approvata la graduatoria provvisoria, pubblicata all'Albo Pretorio dal 04-06-2025 al "
    "11-06-2025;",
    "Considerato che nel periodo di pubblicazione sono pervenute n. 6 istanze di riesame, delle quali n. 4 accolte "
    "come da verbale della commissione del 11-06-2025;",
    "Ritenuto pertanto di approvare la graduatoria definitiva;",
    "Visti il D.Lgs. n. 267/2000, lo Statuto comunale e il vigente Regolamento sull'ordinamento degli uffici e "
    "dei servizi;"]:
    para(p)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for i, p in enumerate([
    "di approvare la graduatoria definitiva per l'ammissione ai centri estivi comunali - Estate 2025, allegata al "
    "presente atto sotto la lettera A, composta da n. 296 minori ammessi e n. 22 minori in lista d'attesa;",
    "di dare atto che i centri estivi si svolgeranno dal 23-06-2025 al 08-08-2025 presso i plessi scolastici "
    "\"Fermi\", \"Collodi\" e \"Mazzini\";",
    "di disporre la pubblicazione della graduatoria all'Albo Pretorio on line e sul sito istituzionale, nel "
    "rispetto della normativa in materia di protezione dei dati personali;",
    "di dare atto che il presente provvedimento non comporta impegno di spesa."], 1):
    pdf.set_font("Helvetica", "", 10); pdf.cell(9, 5.1, "%d -" % i)
    pdf.multi_cell(W - 9, 5.1, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
pdf.ln(6)
pdf.set_x(pdf.l_margin + W/2)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(W/2, 5, "IL RESPONSABILE DEL SETTORE V\nDott.ssa Simona Cerasani", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(out("determina-avezzano-oneline.pdf"))
