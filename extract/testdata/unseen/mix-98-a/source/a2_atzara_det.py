# Comune di Atzara (NU) - determinazione; fpdf2 with header/footer repeated on every page,
# the general-register number printed only in the running foot
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 13); self.cell(0, 6, "COMUNE DI ATZARA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8.5); self.cell(0, 4.5, "Provincia di Nuoro", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4.5, "AREA TECNICA - Servizio Lavori Pubblici e Patrimonio", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5); self.ln(6)
    def footer(self):
        self.set_y(-16); self.set_font("dv", "", 7.5)
        self.cell(0, 4, "Determinazione Area Tecnica n. 41 del 15/04/2026 - Registro Generale n. 163 del 16/04/2026", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")
p = P(format="A4"); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22)
p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf"); p.add_font("dv", "I", F + "DejaVuSans-Oblique.ttf")
p.set_creator("Halley Informatica - Determine"); p.set_producer("Halley PDF Engine (fpdf2)")
p.alias_nb_pages(); p.add_page()
p.set_font("dv", "B", 11); p.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9); p.cell(0, 5, "Proposta n. 52 del 13/04/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("dv", "B", 9.5); p.cell(22, 5, "OGGETTO:")
p.multi_cell(0, 5, "Lavori di manutenzione straordinaria della copertura della scuola primaria di via Roma. Determina a contrarre e affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Mandrolisai s.r.l. - CUP G37H26000120004 - CIG B9A4F27C31. Impegno di spesa.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("dv", "B", 10); p.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 9.5)
txt = ["VISTO il decreto sindacale n. 3 del 02/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica;",
 "VISTA la deliberazione del Consiglio Comunale n. 9 del 27/02/2026 di approvazione del bilancio di previsione 2026-2028;",
 "PREMESSO che a seguito delle piogge dello scorso inverno si sono verificate infiltrazioni d'acqua nelle aule del primo piano della scuola primaria di via Roma e che è necessario intervenire con urgenza prima dell'avvio del prossimo anno scolastico;",
 "VISTO il preventivo presentato dalla ditta Edil Mandrolisai s.r.l., con sede in Sorgono, per l'importo di euro 18.640,00 oltre IVA al 10%, ritenuto congruo;",
 "DATO ATTO che la ditta è in possesso dei requisiti di ordine generale e che è stato acquisito il DURC regolare;"] * 1
for t in txt: p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(1); p.set_font("dv", "B", 10); p.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 9.5)
pts = ["di affidare alla ditta Edil Mandrolisai s.r.l. i lavori di manutenzione straordinaria della copertura della scuola primaria di via Roma per l'importo di euro 18.640,00 oltre IVA, per complessivi euro 20.504,00;",
 "di impegnare la somma di euro 20.504,00 sul capitolo 20150/4 del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il Responsabile Unico del Progetto è il geom. Giuseppe Zedda;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."]
for i, t in enumerate(pts, 1):
    p.cell(8, 5, "%d)" % i); p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(8); p.set_x(110); p.set_font("dv", "B", 9.5); p.cell(80, 5, "Il Responsabile dell'Area Tecnica", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("dv", "", 9.5); p.cell(80, 5, "ing. Marco Sulis", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_font("dv", "B", 9); p.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9); p.multi_cell(0, 5, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 214/2026.\nAtzara, 16/04/2026 - Il Responsabile dell'Area Finanziaria dott.ssa Anna Maria Porcu", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
