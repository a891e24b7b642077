# Determinazione of Subbiano (AR): fpdf2, register boxes (sector number / general register), label grid
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("D", "", 7)
        self.cell(0, 5, "Determinazione Area Tecnica n. 42/2026 - Reg. Gen. 311 - Pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.add_font("D", "", F + "DejaVuSans.ttf"); p.add_font("D", "B", F + "DejaVuSans-Bold.ttf")
p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20); p.add_page()
p.set_font("D", "B", 15); p.cell(0, 8, "COMUNE DI SUBBIANO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "", 8.5); p.cell(0, 5, "Provincia di Arezzo - Via Verdi, 9 - 52010 Subbiano (AR)", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("D", "B", 10); p.set_fill_color(225, 232, 240)
p.cell(0, 7, "AREA TECNICA - Servizio Lavori Pubblici e Patrimonio", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
p.ln(2)
def grid(rows):
    for a, b, c, d in rows:
        p.set_font("D", "B", 8.5); p.cell(35, 7, a, border=1, fill=True)
        p.set_font("D", "", 9); p.cell(50, 7, b, border=1)
        p.set_font("D", "B", 8.5); p.cell(35, 7, c, border=1, fill=True)
        p.set_font("D", "", 9); p.cell(0, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
grid([("Determinazione n.", "42", "del", "18/03/2026"), ("Reg. Gen.", "311", "del", "18/03/2026"),
      ("Proposta n.", "58", "del", "16/03/2026")])
p.ln(4); p.set_font("D", "B", 9.5)
p.multi_cell(0, 5.2, "OGGETTO: LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA PALESTRA COMUNALE DI CASTELNUOVO - AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 ALLA DITTA TERMOIMPIANTI CASENTINO S.R.L. - CUP E94D26000030004 - CIG B9F2A61C3D", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("D", "B", 10); p.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "", 9.5)
for t in ["Visto il decreto sindacale n. 3 del 02/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Tecnica;",
 "Vista la deliberazione della Giunta Comunale n. 12 del 10/02/2026 di approvazione del progetto esecutivo dei lavori di efficientamento energetico della palestra comunale di Castelnuovo, dell'importo complessivo di euro 96.000,00;",
 "Dato atto che, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023, è stata svolta tramite la piattaforma START della Regione Toscana una richiesta di preventivo alla ditta Termoimpianti Casentino S.r.l., che ha offerto un ribasso del 6,35% sull'importo a base d'affidamento;",
 "Verificato il possesso dei requisiti e accertata la regolarità contributiva della ditta (DURC prot. INAIL_52317744);",
 "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("D", "B", 10); p.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "", 9.5)
for i, t in enumerate(["di affidare alla ditta Termoimpianti Casentino S.r.l., con sede in Bibbiena, P.IVA 02231840517, i lavori in oggetto per l'importo di euro 71.844,50 oltre IVA 10%;",
 "di impegnare la somma complessiva di euro 79.028,95 al capitolo 2145/5 del bilancio 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale;",
 "di pubblicare il presente provvedimento all'Albo pretorio on line e in Amministrazione Trasparente."], 1):
    p.multi_cell(0, 5, "%d. %s" % (i, t), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(6); p.set_x(110); p.multi_cell(80, 5, "Il Responsabile dell'Area Tecnica\nIng. Lorenzo Bracciali\n(firmato digitalmente)", align="C")
p.set_title("Determinazione 42/2026"); p.set_author("Comune di Subbiano"); p.output(sys.argv[1])
