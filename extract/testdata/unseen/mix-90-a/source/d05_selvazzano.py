# fpdf2: running head repeated on every page, roll as a bordered table (role column first)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "", 8); self.cell(0, 5, "Comune di Selvazzano Dentro - Deliberazione di Giunta Comunale n. 52 del 19/03/2026", align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(2)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 8); self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_producer("Dedagroup Civilia Next - PDF"); p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_margins(20, 15, 20); p.add_page()
p.set_font("DV", "B", 14); p.cell(0, 7, "COMUNE DI SELVAZZANO DENTRO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Padova", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 11); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 6, "Reg. Delib. n. 52                                    Seduta del 19/03/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10); p.multi_cell(0, 5, "Oggetto: Approvazione dello schema di convenzione con l'Istituto Comprensivo \"Selvazzano 1\" per la gestione del servizio di pre e post scuola nell'anno scolastico 2026/2027.", border=1, padding=2); p.ln(3)
p.set_font("DV", "", 10)
p.multi_cell(0, 5, "L'anno 2026, il giorno diciannove del mese di marzo, alle ore 12:00, nella sede municipale, si è riunita la Giunta Comunale con l'intervento dei signori:"); p.ln(2)
roll = [("Sindaco", "BOTTIN LUCA", "presente"), ("Vicesindaco", "PETTENELLA SARA", "presente"), ("Assessore", "SCARSO FILIPPO", "presente"),
        ("Assessore", "FORMAGGIO LORENA", "assente giustificato"), ("Assessore", "ZANONI GIACOMO", "presente"), ("Assessore esterno", "RAMPAZZO MICHELA", "presente"),
        ("Assessore", "BORTOLAMI ENRICO", "assente giustificato")]
p.set_font("DV", "B", 9)
for w, t in ((45, "Qualifica"), (70, "Cognome e nome"), (50, "Presenza")): p.cell(w, 6, t, border=1)
p.ln(); p.set_font("DV", "", 9)
for r in roll:
    for w, t in zip((45, 70, 50), r): p.cell(w, 6, t, border=1)
    p.ln()
p.ln(1); p.set_font("DV", "B", 10); p.cell(0, 6, "Presenti: 5      Assenti: 2", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10); p.ln(1)
T = ["Assiste alla seduta il Vice Segretario Generale dott. Nicola Bergamin, in sostituzione del Segretario Generale. Il Sindaco, ing. Luca Bottin, constatato il numero legale degli intervenuti, dichiara aperta la seduta.",
"LA GIUNTA COMUNALE",
"Premesso che il Comune assicura da anni il servizio di accoglienza anticipata e di sorveglianza pomeridiana degli alunni delle scuole primarie; vista la richiesta dell'Istituto Comprensivo \"Selvazzano 1\" prot. n. 7715 del 02/03/2026; ritenuto di regolare i rapporti mediante apposita convenzione; acquisiti i pareri favorevoli ai sensi dell'art. 49 del D.Lgs. 267/2000;",
"con voti unanimi e favorevoli dei presenti, espressi in forma palese,", "DELIBERA",
"1) di approvare lo schema di convenzione con l'Istituto Comprensivo \"Selvazzano 1\" per la gestione del servizio di pre e post scuola nell'a.s. 2026/2027, allegato alla presente;",
"2) di autorizzare il Responsabile del Settore Servizi alla Persona alla sottoscrizione della convenzione;",
"3) di dare atto che la spesa presunta di euro 18.500,00 trova copertura nel bilancio 2026-2028;",
"4) di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000."]
for t in T:
    if t.isupper(): p.set_font("DV", "B", 10); p.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
    else: p.multi_cell(0, 5, t, align="J"); p.ln(1.5)
p.add_page()
p.multi_cell(0, 5, "Letto, confermato e sottoscritto.", align="J"); p.ln(6)
p.set_font("DV", "B", 10); p.cell(85, 5, "IL SINDACO"); p.cell(0, 5, "IL VICE SEGRETARIO GENERALE", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(85, 5, "ing. Luca Bottin"); p.cell(0, 5, "dott. Nicola Bergamin", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_font("DV", "B", 10); p.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
p.multi_cell(0, 5, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal 23/03/2026.", align="J")
p.output(sys.argv[1])
