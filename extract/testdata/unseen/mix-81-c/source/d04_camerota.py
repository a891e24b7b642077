# Camerota: fpdf2, sector number "52/AT", office only in the running foot, general register on the last page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 13); self.cell(0, 6, "COMUNE DI CAMEROTA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9); self.cell(0, 5, "Provincia di Salerno – Area Tecnica", align="C", new_x="LMARGIN", new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "I", 8)
        self.cell(0, 5, f"Servizio Demanio Marittimo e Ambiente – Determinazione n. 52/AT – pag. {self.page_no()}/{{nb}}", align="C")
p = P(); p.alias_nb_pages(); p.set_producer("Sicr@web PDF 2.3")
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.add_page(); p.set_font("LS", "B", 12)
p.cell(0, 7, "AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 7, "DETERMINAZIONE n. 52/AT del 17/03/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10.5)
p.multi_cell(0, 5.5, "OGGETTO: Servizio di pulizia degli arenili comunali di Marina di Camerota e Lentiscelle – stagione balneare 2026 – Approvazione verbali di gara e aggiudicazione – CIG B6A0C3D812"); p.ln(3)
p.set_font("LS", "", 10.5)
body = ["IL RESPONSABILE DELL'AREA TECNICA",
 "Premesso che con determinazione n. 18/AT del 29/01/2026 è stata indetta una procedura negoziata, ai sensi dell'art. 50, comma 1, lett. e), del D.Lgs. 36/2023, per l'affidamento del servizio di pulizia degli arenili comunali per la stagione balneare 2026, con invito a cinque operatori economici;",
 "Visti i verbali delle sedute di gara del 3 e del 10 marzo 2026, dai quali risulta che la migliore offerta è stata presentata dalla Cooperativa Sociale Mare Pulito di Pisciotta con un ribasso del 12,40% sull'importo a base di gara di € 96.000,00;",
 "Dato atto che sono in corso le verifiche sul possesso dei requisiti di ordine generale dichiarati in sede di gara e che l'aggiudicazione diverrà efficace all'esito positivo delle stesse;",
 "Visto il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 107;",
 "Ritenuto di dover provvedere in merito;"] * 1
for s in body: p.multi_cell(0, 5.5, s, align="J"); p.ln(2)
p.set_font("LS", "B", 11); p.cell(0, 8, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10.5)
pts = ["di approvare i verbali di gara del 3 e del 10 marzo 2026, allegati al presente atto;",
 "di aggiudicare il servizio di pulizia degli arenili comunali per la stagione balneare 2026 alla Cooperativa Sociale Mare Pulito per l'importo netto di € 84.096,00 oltre IVA;",
 "di impegnare la spesa complessiva di € 102.597,12 al capitolo 1736 del bilancio 2026;",
 "di dare atto che il contratto sarà stipulato in forma pubblica amministrativa a cura del Segretario comunale;",
 "di pubblicare il presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."]
for i, s in enumerate(pts, 1): p.multi_cell(0, 5.5, f"{i}) {s}", align="J"); p.ln(1.5)
p.ln(6); p.set_x(110); p.multi_cell(80, 5.5, "Il Responsabile dell'Area Tecnica\ning. Pasquale Speranza", align="C")
p.add_page(); p.set_font("LS", "B", 11); p.cell(0, 7, "VISTO DI REGOLARITÀ CONTABILE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10.5)
p.multi_cell(0, 5.5, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 412/2026.", align="J"); p.ln(4)
p.set_x(110); p.multi_cell(80, 5.5, "Il Responsabile dell'Area Finanziaria\ndott. Raffaele Cobucci", align="C"); p.ln(10)
p.set_font("LS", "B", 10.5); p.cell(0, 7, "REGISTRAZIONE", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10.5)
p.multi_cell(0, 5.5, "La presente determinazione è stata iscritta nel Registro Generale delle determinazioni al n. 389 in data 18/03/2026.")
p.output(sys.argv[1])
