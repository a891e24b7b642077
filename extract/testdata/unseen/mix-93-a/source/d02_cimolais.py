# Graduatoria provvisoria, Cimolais: fpdf2 with bordered table; office only in the signature
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley PDF 4.0"); p.add_page(); p.set_margins(20, 15, 20)
F = "/usr/share/fonts/truetype/dejavu/"
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI CIMOLAIS", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Pordenone", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Via Roma, 1 – 33080 Cimolais (PN) – tel. 0427 87030", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 9); p.cell(0, 5, "Prot. n. 1187 del 9.4.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 13); p.cell(0, 7, "AVVISO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "GRADUATORIA PROVVISORIA PER L'ASSEGNAZIONE IN COMODATO DEGLI ORTI SOCIALI COMUNALI DI VIA DEI PRADI – TRIENNIO 2026-2028", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "", 9.5)
p.multi_cell(0, 5, "Si rende noto che, concluse le operazioni di istruttoria delle domande pervenute a seguito dell'avviso pubblico prot. n. 604 del 20.2.2026, è stata formata la graduatoria provvisoria per l'assegnazione dei n. 8 orti sociali comunali, secondo i criteri di cui all'art. 6 del Regolamento comunale per la gestione degli orti sociali.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
rows = [("1", "1211", "Anziano over 65 residente", "34", "ammesso"), ("2", "0988", "Nucleo con minori", "31", "ammesso"), ("3", "1045", "Anziano over 65 residente", "29", "ammesso"),
        ("4", "1102", "Residente", "26", "ammesso"), ("5", "0873", "Nucleo con minori", "24", "ammesso"), ("6", "1156", "Residente", "22", "ammesso"),
        ("7", "0931", "Associazione locale", "20", "ammesso"), ("8", "1190", "Residente", "18", "ammesso"), ("9", "1077", "Residente", "15", "in riserva"), ("10", "1163", "Non residente", "9", "in riserva")]
W = [14, 34, 62, 24, 36]
p.set_font("DV", "B", 9); p.set_fill_color(220, 220, 220)
for w, h in zip(W, ["Pos.", "Prot. domanda", "Categoria", "Punti", "Esito"]): p.cell(w, 7, h, border=1, align="C", fill=True)
p.ln(); p.set_font("DV", "", 9)
for r in rows:
    for w, v in zip(W, r): p.cell(w, 6, v, border=1, align="C")
    p.ln()
p.ln(3)
p.multi_cell(0, 5, "Gli interessati possono presentare osservazioni o richieste di riesame entro dieci giorni dalla pubblicazione del presente avviso all'Albo pretorio on line. Decorso tale termine la graduatoria diverrà definitiva. Ai sensi del Regolamento UE 2016/679 i richiedenti sono indicati con il numero di protocollo della domanda.", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_x(110); p.multi_cell(80, 5, "Il Responsabile dell'Area Amministrativa\nServizi Demografici e Sociali\ndott.ssa Lucia Martini", align="C")
p.output(sys.argv[1])
