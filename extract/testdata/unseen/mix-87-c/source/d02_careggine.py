# Careggine: fpdf2, label grid at the top, issuer title heading, footer repeated
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7)
        self.cell(0, 5, "Comune di Careggine – Piazza Gaspare Stefani 1 – 55030 Careggine (LU) – pag. %d" % self.page_no(), align="C")
p = P(); p.set_creator("Halley PDF"); p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
p.add_page(); p.set_margins(20, 15, 20)
p.set_font("dv", "B", 14); p.cell(0, 8, "COMUNE DI CAREGGINE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9); p.cell(0, 5, "Provincia di Lucca", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
rows = [("Area", "AREA TECNICA"), ("Servizio", "Lavori Pubblici e Viabilità"), ("Registro Ordinanze", "N. 9 del 06/05/2026")]
for a, b in rows:
    p.set_font("dv", "B", 9); p.cell(45, 7, a, border=1); p.set_font("dv", "", 9); p.cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5); p.set_font("dv", "B", 12); p.cell(0, 7, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("dv", "B", 9.5)
p.multi_cell(0, 5, "Oggetto: Chiusura temporanea della Strada Provinciale n. 50 e della strada comunale per Isola Santa per lavori di consolidamento del muro di sostegno in località Le Coste.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("dv", "", 9.5)
for s in ["PREMESSO che con determinazione n. 41 del 28/04/2026 sono stati affidati alla ditta Edil Serchio S.r.l. i lavori di consolidamento del muro di sostegno in località Le Coste (CUP F47H25001230004);",
          "CONSIDERATO che i lavori richiedono l'occupazione dell'intera carreggiata e che non è possibile il transito in condizioni di sicurezza;",
          "VISTI gli artt. 6 e 7 del Codice della Strada e l'art. 107 del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(2); p.set_font("dv", "B", 11); p.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 9.5)
for i, s in enumerate(["la chiusura totale al transito veicolare e pedonale della strada comunale per Isola Santa, dal km 0+800 al km 1+200, dalle ore 8:00 dell'11/05/2026 alle ore 18:00 del 29/05/2026;",
                       "l'istituzione del senso unico alternato regolato da impianto semaforico sulla S.P. 50 in corrispondenza del cantiere;",
                       "che la ditta esecutrice provveda all'installazione e alla manutenzione della segnaletica prevista dal D.M. 10 luglio 2002;",
                       "che siano sempre garantiti i transiti dei mezzi di soccorso e di Polizia."], 1):
    p.multi_cell(0, 5, "%d. %s" % (i, s), new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(2); p.multi_cell(0, 5, "Contro la presente ordinanza è ammesso ricorso al T.A.R. Toscana entro 60 giorni, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.cell(0, 5, "Careggine, 06/05/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(115); p.set_font("dv", "B", 9.5); p.cell(0, 5, "IL RESPONSABILE DELL'AREA TECNICA", new_x="LMARGIN", new_y="NEXT")
p.set_x(125); p.set_font("dv", "", 9.5); p.cell(0, 5, "geom. Simone Pieroni", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
