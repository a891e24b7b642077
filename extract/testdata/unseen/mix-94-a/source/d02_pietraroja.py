# Graduatoria provvisoria, Pietraroja: fpdf2 with bordered table (DejaVu TTF, CID fonts); office only in the signature
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley PDF 4.0"); p.add_page(); p.set_margins(20, 15, 20)
F = "/usr/share/fonts/truetype/dejavu/"
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI PIETRAROJA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Benevento", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Piazza Municipio, 1 – 82030 Pietraroja (BN) – tel. 0824 868000", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 9); p.cell(0, 5, "Prot. n. 1342 del 12.5.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 13); p.cell(0, 7, "AVVISO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "GRADUATORIA PROVVISORIA PER L'EROGAZIONE DEI BUONI LIBRO AGLI STUDENTI DELLE SCUOLE SECONDARIE – ANNO SCOLASTICO 2025/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "", 9.5)
p.multi_cell(0, 5, "Si rende noto che, concluse le operazioni di istruttoria delle domande pervenute a seguito dell'avviso pubblico prot. n. 711 del 10.3.2026, è stata formata la graduatoria provvisoria dei beneficiari dei buoni libro, secondo i criteri stabiliti dalla Regione Campania e dal bando comunale, in ordine crescente di ISEE.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
rows = [("1", "812", "Secondaria di I grado", "2.140,55", "ammesso"), ("2", "799", "Secondaria di II grado", "3.876,10", "ammesso"), ("3", "845", "Secondaria di I grado", "5.002,73", "ammesso"),
        ("4", "760", "Secondaria di II grado", "6.418,00", "ammesso"), ("5", "831", "Secondaria di II grado", "7.950,42", "ammesso"), ("6", "788", "Secondaria di I grado", "9.311,80", "ammesso"),
        ("7", "853", "Secondaria di II grado", "11.204,15", "ammesso con riserva"), ("8", "802", "Secondaria di I grado", "14.880,60", "ammesso con riserva"), ("9", "866", "Secondaria di II grado", "—", "escluso (ISEE mancante)")]
W = [14, 30, 50, 28, 48]
p.set_font("DV", "B", 9); p.set_fill_color(220, 220, 220)
for w, h in zip(W, ["Pos.", "Prot. domanda", "Scuola", "ISEE (€)", "Esito"]): p.cell(w, 7, h, border=1, align="C", fill=True)
p.ln(); p.set_font("DV", "", 9)
for r in rows:
    for w, v in zip(W, r): p.cell(w, 6, v, border=1, align="C")
    p.ln()
p.ln(3)
p.multi_cell(0, 5, "Gli interessati possono presentare osservazioni o richieste di riesame entro dieci giorni dalla pubblicazione del presente avviso all'Albo pretorio on line. Decorso tale termine la graduatoria diverrà definitiva. Ai sensi del Regolamento UE 2016/679 i richiedenti sono indicati con il numero di protocollo della domanda.", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_x(105); p.multi_cell(85, 5, "Il Responsabile dell'Area Amministrativa\nUfficio Pubblica Istruzione\nsig.ra Anna Maria Di Lonardo", align="C")
p.output(sys.argv[1])
