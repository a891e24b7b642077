# Comune di Erchie - decreto sindacale; fpdf2 with an embedded TrueType font (Type0/CID, Identity-H),
# label grid in the letterhead, running foot with page number
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class D(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Comune di Erchie – Via Marconi 7 – 72020 Erchie (BR) – pag. %d/{nb}" % self.page_no(), align="C")
p = D(format="A4"); p.set_margins(22, 18, 22); p.set_auto_page_break(True, 20)
p.add_font("dv", "", F + "DejaVuSerif.ttf"); p.add_font("dv", "B", F + "DejaVuSerif-Bold.ttf"); p.add_font("dv", "I", F + "DejaVuSerif-Italic.ttf")
p.set_title("Decreto sindacale n. 6/2026"); p.set_author("Comune di Erchie"); p.set_creator("Sicraweb EVO - Atti amministrativi")
p.add_page()
p.set_font("dv", "B", 15); p.cell(0, 8, "COMUNE DI ERCHIE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "I", 9.5); p.cell(0, 5, "Provincia di Brindisi", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("dv", "", 9)
for a, b in [("Tipo atto", "DECRETO DEL SINDACO"), ("Numero", "6"), ("Data", "17/04/2026"), ("Ufficio proponente", "Ufficio Segreteria e Personale")]:
    p.set_fill_color(225, 225, 225); p.set_font("dv", "B", 9); p.cell(50, 6.5, a, border=1, fill=True)
    p.set_font("dv", "", 9); p.cell(0, 6.5, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5); p.set_font("dv", "B", 10.5)
p.multi_cell(0, 5.6, "OGGETTO: Nomina del Responsabile del Settore Tecnico e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000 – periodo 20 aprile 2026 – 31 dicembre 2026.", align="J")
p.ln(3); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10)
def J(t): p.multi_cell(0, 5.4, t, align="J"); p.ln(1.5)
J("PREMESSO che con decorrenza 1° aprile 2026 il Responsabile del Settore Tecnico, arch. Cosimo Gioia, è stato collocato a riposo e che occorre assicurare la continuità delle funzioni gestionali del Settore;")
J("VISTI gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, nonché il vigente Regolamento sull'ordinamento degli uffici e dei servizi;")
J("VISTO il C.C.N.L. del personale del comparto Funzioni Locali 2019-2021, sottoscritto il 16 novembre 2022, in materia di incarichi di Elevata Qualificazione;")
J("RITENUTO che l'ing. Fabio Spagnolo, funzionario dell'Area dei Funzionari e dell'Elevata Qualificazione in servizio presso il Settore, possieda i requisiti professionali e l'esperienza necessari;")
p.set_font("dv", "B", 10.5); p.cell(0, 7, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10)
J("1. di nominare l'ing. Fabio Spagnolo Responsabile del Settore Tecnico, con attribuzione dell'incarico di Elevata Qualificazione, dal 20 aprile 2026 al 31 dicembre 2026;")
J("2. di attribuire all'incaricato la retribuzione di posizione annua di euro 12.500,00 lordi, oltre alla retribuzione di risultato nella misura prevista dal sistema di valutazione;")
J("3. di notificare il presente decreto all'interessato e di trasmetterlo al Segretario Comunale e al Settore Economico Finanziario.")
p.ln(4); p.cell(85, 5.5, "Erchie, 17/04/2026"); p.cell(0, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(85, 5.5, ""); p.cell(0, 5.5, "Giuseppe Leo", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "I", 8); p.cell(85, 5, ""); p.cell(0, 5, "(documento firmato digitalmente)", align="C")
p.output(sys.argv[1])
