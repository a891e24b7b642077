# Neirone (GE): fpdf2; labels in capitals followed by colons, ordinanza
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
p = FPDF(format="A4"); p.add_font("D", "", F+"DejaVuSans.ttf"); p.add_font("D", "B", F+"DejaVuSans-Bold.ttf")
p.set_creator("J-Iride Atti 5.4"); p.add_page(); p.set_margins(20, 15, 20)
p.set_font("D", "B", 16); p.cell(0, 8, "COMUNE DI NEIRONE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "", 9); p.cell(0, 5, "Città Metropolitana di Genova – Via Roma 1, 16040 Neirone", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(5)
grid = [("SETTORE:", "AREA VIGILANZA E POLIZIA LOCALE"), ("SERVIZIO:", "UFFICIO VIABILITÀ E TRAFFICO"), ("RESPONSABILE:", "Comm. Sara Queirolo"),
        ("NUMERO GENERALE:", "9"), ("NUMERO SETTORIALE:", "4"), ("DATA:", "12.03.2026"),
        ("OGGETTO:", "Istituzione del divieto di transito ai veicoli di massa superiore a 3,5 tonnellate sul ponte di via Ognio in località Corsiglia per lavori di verifica strutturale.")]
for lab, val in grid:
    p.set_font("D", "B", 9); y = p.get_y(); p.multi_cell(48, 7, lab, border=1, new_x="RIGHT", new_y="TOP")
    p.set_font("D", "", 9); p.multi_cell(0, 7, val, border=1, new_x="LMARGIN", new_y="NEXT")
    h = p.get_y() - y
    if h > 7: p.rect(20, y, 48, h)
p.ln(6); p.set_font("D", "B", 13); p.cell(0, 8, "ORDINANZA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "B", 10); p.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO DI POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("D", "", 10)
for t in ["VISTA la nota dell'Ufficio Tecnico comunale prot. n. 1022 del 10.03.2026, con la quale si comunica l'avvio delle prove di carico sul ponte di via Ognio;",
          "RITENUTO necessario, a tutela della pubblica incolumità, limitare il transito sul ponte fino al termine delle verifiche;",
          "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 107 del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("D", "B", 11); p.cell(0, 8, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "", 10)
for t in ["1) dal 16.03.2026 al 30.04.2026 è vietato il transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sul ponte di via Ognio in località Corsiglia;",
          "2) l'Ufficio Tecnico comunale provvede all'installazione della prescritta segnaletica;",
          "3) gli agenti di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza."]:
    p.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(2); p.multi_cell(0, 5.5, "Contro la presente ordinanza è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione all'Albo Pretorio.", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_x(110); p.multi_cell(80, 5.5, "Il Responsabile del Servizio\nComm. Sara Queirolo", align="C")
p.output(sys.argv[1])
