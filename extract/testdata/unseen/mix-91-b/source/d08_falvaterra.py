# fpdf2: label grid in the header, roll with P/A columns, signatures grid
import sys
from fpdf import FPDF
out = sys.argv[1]
p = FPDF(format="A4"); p.set_margins(18, 15, 18)
p.add_font("S", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("S", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_producer("Kibernetes Gestione Atti 4.0"); p.set_title("Delibera GC 12/2026")
p.add_page()
p.set_font("S", "B", 15); p.cell(0, 8, "COMUNE DI FALVATERRA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("S", "", 10); p.cell(0, 5, "Provincia di Frosinone", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("S", "B", 11); p.cell(0, 7, "ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("S", "", 9)
for a, b, c, d in (("Numero", "12", "Data", "16 marzo 2026"), ("Ora", "11:30", "Luogo", "Sala Giunta")):
    p.set_fill_color(225, 225, 225); p.cell(25, 6, a, 1, fill=True); p.cell(60, 6, b, 1); p.cell(25, 6, c, 1, fill=True); p.cell(0, 6, d, 1, new_x="LMARGIN", new_y="NEXT")
p.ln(3)
W = p.w - 36
def para(t, style="", h=5, align="J"):
    p.set_font("S", style, 10); p.multi_cell(W, h, t, align=align, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
para("OGGETTO: Approvazione dello schema di convenzione con l'Istituto Comprensivo di Ceccano per l'utilizzo della palestra comunale in orario extrascolastico.", "B")
para("L'anno duemilaventisei, il giorno sedici del mese di marzo alle ore 11:30, in seguito a regolare convocazione, si è riunita la Giunta Comunale, composta come segue:")
p.set_font("S", "B", 9)
for w, t in ((70, "Cognome e nome"), (50, "Qualifica"), (15, "P"), (15, "A")): p.cell(w, 6, t, 1, align="C")
p.ln(); p.set_font("S", "", 9)
for n, q, pr in (("Tomassi Francesco", "Sindaco", True), ("Palombo Ilaria", "Vicesindaco", True), ("Ricci Gianni", "Assessore", False)):
    p.cell(70, 6, n, 1); p.cell(50, 6, q, 1); p.cell(15, 6, "X" if pr else "", 1, align="C"); p.cell(15, 6, "" if pr else "X", 1, align="C"); p.ln()
p.ln(2)
para("Assiste il Segretario Comunale dott.ssa Claudia Mastrantoni, che redige il presente verbale. Presiede il Sindaco Francesco Tomassi, che, accertato il numero legale, dichiara aperta la seduta.")
para("LA GIUNTA COMUNALE", "B", align="C")
para("Vista la richiesta dell'Istituto Comprensivo di Ceccano, plesso di Falvaterra, per l'utilizzo della palestra comunale di via Colle Vignola nelle ore pomeridiane; ritenuto di favorire le attività sportive giovanili; visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("A voti unanimi espressi in forma palese,")
para("DELIBERA", "B", align="C")
para("1. di approvare lo schema di convenzione con l'Istituto Comprensivo di Ceccano per l'utilizzo della palestra comunale in orario extrascolastico, per l'anno scolastico 2026/2027;")
para("2. di stabilire un rimborso forfettario delle spese di gestione pari a euro 600,00 annui;")
para("Con separata votazione, all'unanimità, la Giunta dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
para("Letto, approvato e sottoscritto", "B", align="C")
p.set_font("S", "", 9)
p.cell(W / 2, 6, "IL SINDACO", 1, align="C"); p.cell(W / 2, 6, "IL SEGRETARIO COMUNALE", 1, align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(W / 2, 10, "Francesco Tomassi", 1, align="C"); p.cell(W / 2, 10, "dott.ssa Claudia Mastrantoni", 1, align="C", new_x="LMARGIN", new_y="NEXT")
p.output(out)
