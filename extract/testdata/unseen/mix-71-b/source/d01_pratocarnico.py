# Comune di Prato Carnico (UD): Giunta minute in Insiel/Adweb style, fpdf2, register box, roll table
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/LiberationSans-"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("L", "", 7)
        self.cell(0, 5, "Comune di Prato Carnico - Deliberazione della Giunta comunale n. 18 del 05/03/2026", align="L")
        self.cell(0, 5, f"Pag. {self.page_no()}", align="R")
p = P(format="A4"); p.set_creator("Adweb - Insiel S.p.A."); p.set_producer("Insiel PDF Writer 3.4")
p.add_font("L", "", F + "Regular.ttf"); p.add_font("L", "B", F + "Bold.ttf"); p.add_font("L", "I", F + "Italic.ttf")
p.set_margins(20, 15, 20); p.add_page()
p.set_font("L", "B", 14); p.cell(0, 7, "COMUNE DI PRATO CARNICO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "", 9); p.cell(0, 5, "Regione Autonoma Friuli Venezia Giulia", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 10); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("L", "", 9)
p.cell(40, 6, "N. 18", border=1, align="C"); p.cell(50, 6, "del 05/03/2026", border=1, align="C"); p.cell(80, 6, "ORIGINALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 9); p.cell(20, 5, "OGGETTO:")
p.multi_cell(0, 5, "Approvazione del progetto di fattibilità tecnico-economica dei lavori di sistemazione della strada comunale Pieria - Osais. CUP B47H26000120006.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "", 9)
p.multi_cell(0, 5, "L'anno 2026, il giorno 05 del mese di marzo alle ore 17:30 nella sala comunale si è riunita la Giunta comunale. Fatto l'appello nominale risultano:", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
rows = [("Cappellari Erica", "Sindaco", "", "Assente giustificato"), ("Puschiasis Marco", "Vice Sindaco", "Presente", ""),
        ("Gonano Lucia", "Assessore", "Presente", ""), ("Della Pietra Ivo", "Assessore", "Presente", ""), ("Sbrizzai Nadia", "Assessore", "", "Assente")]
p.set_font("L", "B", 9)
for w, h in ((60, "Nominativo"), (40, "Carica"), (30, "Presente"), (40, "Assente")): p.cell(w, 6, h, border=1, align="C")
p.ln(); p.set_font("L", "", 9)
for r in rows:
    for w, v in zip((60, 40, 30, 40), r): p.cell(w, 6, v, border=1)
    p.ln()
p.ln(2)
p.multi_cell(0, 5, "Assiste il Segretario comunale dott.ssa Marinella Candotti. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Puschiasis Marco nella sua qualità di Vice Sindaco ed espone l'oggetto sopraindicato.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 9); p.cell(0, 5, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 9)
p.multi_cell(0, 5, "PREMESSO che l'Amministrazione intende procedere alla sistemazione del fondo stradale e delle opere di regimazione delle acque lungo la strada comunale Pieria - Osais, danneggiata dagli eventi meteorici dell'autunno 2025;\nVISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio tecnico comunale, dell'importo complessivo di euro 185.000,00;\nVISTA la L.R. 17 dicembre 2009, n. 21 e il D.Lgs. 31 marzo 2023, n. 36;", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("L", "B", 9); p.cell(0, 5, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 9)
for i, t in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori in oggetto, dell'importo complessivo di euro 185.000,00;",
                       "di dare atto che la spesa trova copertura al capitolo 2810 del bilancio di previsione 2026-2028;",
                       "di nominare Responsabile unico del progetto il geom. Daniele Solari."], 1):
    p.multi_cell(0, 5, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
p.multi_cell(0, 5, "Con voti unanimi, espressi nelle forme di legge.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.multi_cell(0, 5, "Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 9); p.cell(0, 5, "PARERI (art. 49 D.Lgs. 267/2000)", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "I", 8.5)
p.multi_cell(0, 4.5, "Parere favorevole di regolarità tecnica. Il Responsabile del Servizio tecnico, geom. Daniele Solari.\nParere favorevole di regolarità contabile. Il Responsabile del Servizio finanziario, rag. Ornella Primus.", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("L", "", 9)
p.cell(85, 5, "IL VICE SINDACO"); p.cell(85, 5, "IL SEGRETARIO COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.cell(85, 5, "Marco Puschiasis"); p.cell(85, 5, "dott.ssa Marinella Candotti", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
