# fpdf2: letter-spaced heading (Tc), label grid with merged cells; R.G. only in the footer repeated on every page
import sys
from fpdf import FPDF
from acts import A, PREM
a = A["vicalvi"]
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-18); self.set_font("DV", "", 8); self.set_draw_color(120)
        self.cell(0, 5, "Comune di Vicalvi – Determinazione Reg. Gen. N. %d/2026 del %s" % (a["rg"], a["rgdate"]), border="T", align="L")
        self.set_xy(self.l_margin, self.get_y()); self.cell(0, 5, "pagina %d di {nb}" % self.page_no(), align="R")
p = P("P", "mm", "A4"); p.set_producer("PDFGen Halley 4.2"); p.set_author("Comune di Vicalvi")
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_margins(20, 18, 20); p.set_auto_page_break(True, 24); p.add_page()
p.set_font("DV", "B", 15); p.set_char_spacing(2.2); p.cell(0, 8, a["muni"], align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0); p.set_font("DV", "", 9); p.cell(0, 5, a["prov"] + " – C.F. 82000890603", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 9)
p.cell(85, 7, a["organ"], border=1); p.cell(85, 7, "DETERMINAZIONE N. %d" % a["sec"], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9)
p.cell(85, 7, a["office"], border=1); p.cell(42.5, 7, "del %s" % a["secdate"], border=1, align="C"); p.cell(42.5, 7, "Prop. n. %d" % a["prop"], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "OGGETTO: " + a["subj"], border=1, padding=2, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "B", 10); p.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10)
for t in PREM + ["PREMESSO che l'Amministrazione intende procedere alla valorizzazione dell'area del Castello di Vicalvi mediante una variante puntuale al Piano Regolatore Generale vigente;",
  "CONSIDERATO che all'interno dell'Ente non sono presenti professionalità in grado di svolgere l'incarico, stante il carico di lavoro dell'Ufficio Tecnico;",
  "VISTO il curriculum professionale dell'arch. Valeria Capuano e il preventivo dalla stessa presentato, acquisito al protocollo n. 1514 del 09/04/2026;",
  "RITENUTO di poter procedere all'affidamento diretto ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023;"] * 2:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("DV", "B", 10); p.set_char_spacing(3); p.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0); p.set_font("DV", "", 10)
for i, t in enumerate(a["pts"], 1):
    p.multi_cell(0, 5, "%d. %s" % (i, t), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(6); p.set_x(110); p.multi_cell(80, 5, a["sign"] + "\n" + a["signer"], align="C")
p.output(sys.argv[1])
