# Comune di Verzegnis (UD): Giunta, Insiel-style; roll with "Presenti"/"Assenti" columns, X and AG marks (fpdf2)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/LiberationSans-"
p = FPDF(format="A4"); p.set_creator("Insiel - Sistema Atti Amministrativi"); p.set_producer("Insiel PDF Writer 3.2")
p.add_font("L", "", F + "Regular.ttf"); p.add_font("L", "B", F + "Bold.ttf"); p.add_font("L", "I", F + "Italic.ttf")
p.set_auto_page_break(True, 20); p.add_page(); p.set_margins(20, 15, 20)
p.set_font("L", "B", 15); p.cell(0, 8, "COMUNE DI VERZEGNIS", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "", 9); p.cell(0, 5, "Regione Autonoma Friuli Venezia Giulia", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("L", "B", 11); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "", 10); p.cell(85, 7, "N. 18 del Registro Delibere", border=1); p.cell(0, 7, "Data 05/02/2026", border=1, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 10); p.cell(18, 6, "OGGETTO:")
p.set_font("L", "", 10); p.multi_cell(0, 6, "Approvazione del progetto di fattibilità tecnica ed economica dei lavori di sistemazione della strada comunale per la frazione di Chiaulis. CUP B57H25001830002.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.multi_cell(0, 5.5, "L'anno duemilaventisei, il giorno cinque del mese di febbraio alle ore 18:30 nella sala comunale, in seguito a convocazione disposta dal Sindaco, si è riunita la Giunta Comunale.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
roll = [("Paschini Andrea", "Sindaco", "X", ""), ("De Prato Luisa", "Vice Sindaco", "X", ""), ("Candotti Marco", "Assessore", "", "AG"),
        ("Rossitti Elena", "Assessore", "X", ""), ("Vidoni Sergio", "Assessore", "X", "")]
p.set_font("L", "B", 10); p.cell(70, 6, "", border=0); p.cell(45, 6, "", border=0); p.cell(25, 6, "Presenti", border=1, align="C"); p.cell(25, 6, "Assenti", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "", 10)
for n, r, pr, a in roll:
    p.cell(70, 6, n, border="B"); p.cell(45, 6, r, border="B"); p.cell(25, 6, pr, border=1, align="C"); p.cell(25, 6, a, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "B", 10); p.cell(115, 6, "", border=0); p.cell(25, 6, "4", border=1, align="C"); p.cell(25, 6, "1", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "", 10)
p.multi_cell(0, 5.5, "Assiste il Segretario comunale dott.ssa Marina Tondolo. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Paschini Andrea nella sua qualità di Sindaco ed espone l'oggetto suindicato.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("L", "B", 11); p.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 10)
p.multi_cell(0, 5.5, "PREMESSO che la strada comunale di accesso alla frazione di Chiaulis presenta cedimenti della carreggiata e dei muri di sostegno a valle; VISTO il progetto redatto dall'ing. Fabio Marcuzzi per una spesa complessiva di euro 185.000,00; VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi, espressi nelle forme di legge,", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "B", 11); p.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 10)
for i, t in enumerate(["di approvare il progetto di fattibilità tecnica ed economica dei lavori in oggetto, per l'importo complessivo di euro 185.000,00;",
    "di dare atto che la spesa trova copertura al capitolo 3125 del bilancio 2026-2028;",
    "di nominare Responsabile Unico del Progetto il geom. Ivo Pittino, Responsabile dell'Area Tecnica."], 1):
    p.multi_cell(0, 5.5, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
p.ln(1); p.multi_cell(0, 5.5, "Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.cell(85, 5, "IL PRESIDENTE", align="C"); p.cell(0, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "I", 10); p.cell(85, 5, "Andrea Paschini", align="C"); p.cell(0, 5, "dott.ssa Marina Tondolo", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
