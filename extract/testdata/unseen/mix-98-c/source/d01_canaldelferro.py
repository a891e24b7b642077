# Comunità di montagna Canal del Ferro e Val Canale: decreto del Presidente (fpdf2), two-column "visti" block
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_creator("Ascot Web - Insiel"); p.set_producer("Insiel PDF Writer 3.4")
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_auto_page_break(True, 20); p.add_page(); p.set_margins(20, 15, 20)
p.set_font("LS", "B", 13); p.set_xy(20, 14); p.cell(170, 7, "COMUNITÀ DI MONTAGNA CANAL DEL FERRO E VAL CANALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 8.5); p.cell(170, 4.5, "Via Pramollo, 16 – 33016 Pontebba (UD) – Codice fiscale 02976700306 – PEC comunita.canaldelferrovalcanale@certgov.fvg.it", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(20, 28, 190, 28)
p.set_xy(20, 33); p.set_font("LS", "B", 12)
p.cell(170, 7, "DECRETO DEL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 11); p.cell(170, 6, "n. 3 del 12.2.2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("LS", "B", 10.5)
p.multi_cell(170, 5.5, "OGGETTO: Nomina del Responsabile del Servizio Tecnico associato e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° marzo 2026 – 31 dicembre 2026.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("LS", "B", 11); p.cell(170, 6, "IL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
left = ["VISTA la legge regionale 29 novembre 2019, n. 21, istitutiva delle Comunità di montagna del Friuli Venezia Giulia;",
        "VISTO lo Statuto della Comunità, e in particolare l'articolo 14 sulle competenze del Presidente;",
        "VISTO il Regolamento sull'ordinamento degli uffici e dei servizi approvato con deliberazione dell'Assemblea n. 9 del 28.4.2025;"]
right = ["RICHIAMATO il CCNL Funzioni Locali 2019-2021, artt. 16-20, sugli incarichi di Elevata Qualificazione;",
         "DATO ATTO che il geom. Elia Buzzi, istruttore direttivo tecnico a tempo indeterminato, possiede i requisiti richiesti;",
         "ACQUISITA la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità (d.lgs. 39/2013);"]
y0 = p.get_y(); p.set_font("LS", "", 9.5)
p.set_xy(20, y0)
for t in left: p.set_x(20); p.multi_cell(82, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
y1 = p.get_y(); p.set_xy(108, y0)
for t in right: p.set_x(108); p.multi_cell(82, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_y(max(y1, p.get_y()) + 3)
p.set_font("LS", "B", 11); p.cell(170, 6, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("LS", "", 10.5)
pts = ["di nominare il geom. Elia Buzzi Responsabile del Servizio Tecnico associato della Comunità di montagna, con decorrenza 1° marzo 2026 e fino al 31 dicembre 2026;",
       "di conferire al medesimo l'incarico di Elevata Qualificazione, con retribuzione di posizione annua lorda di euro 12.500,00 per tredici mensilità;",
       "di individuare quale sostituto, in caso di assenza o impedimento, l'arch. Sara Del Negro;",
       "di disporre la pubblicazione del presente decreto all'Albo on line e nella sezione Amministrazione trasparente."]
for i, t in enumerate(pts, 1):
    p.set_x(20); p.cell(8, 5.5, f"{i})"); p.multi_cell(162, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(4); p.cell(85, 5.5, "Pontebba, 12 febbraio 2026")
p.set_font("LS", "B", 10.5); p.cell(85, 5.5, "IL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10.5); p.cell(85, 5.5, ""); p.cell(85, 5.5, "Boris Preschern", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 8); p.cell(85, 5, ""); p.cell(85, 5, "(documento firmato digitalmente ai sensi del d.lgs. 82/2005)", align="C")
p.set_auto_page_break(False); p.set_y(-15); p.set_font("LS", "", 7.5); p.cell(170, 4, "Decreto del Presidente n. 3/2026 – pagina 1 di 1", align="C")
p.output(sys.argv[1])
