# Attestazione di pubblicazione - Comune di Castelverrino (IS). fpdf2, letter-spaced headings
# (char spacing) and a ruled two-column form.
import sys
from fpdf import FPDF
L = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4"); pdf.set_margins(22, 20, 22); pdf.set_auto_page_break(True, 20)
pdf.add_font("DV", "", L + "DejaVuSerif.ttf"); pdf.add_font("DV", "B", L + "DejaVuSerif-Bold.ttf"); pdf.add_font("DV", "I", L + "DejaVuSerif-Italic.ttf")
pdf.add_font("DS", "", L + "DejaVuSans.ttf"); pdf.add_font("DS", "B", L + "DejaVuSans-Bold.ttf")
pdf.set_creator("Maggioli Albo Pretorio - Certificazioni"); pdf.set_title("Attestazione di pubblicazione reg. n. 96/2026")
pdf.add_page()
pdf.set_draw_color(60, 60, 60)
pdf.ellipse(22, 18, 18, 22)
pdf.ellipse(25, 21.5, 12, 15); pdf.line(31, 22, 31, 36); pdf.line(26, 28, 36, 28)
pdf.set_xy(44, 19); pdf.set_font("DV", "B", 17); pdf.set_char_spacing(1.2); pdf.cell(0, 8, "COMUNE DI CASTELVERRINO", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0); pdf.set_x(44); pdf.set_font("DV", "", 10); pdf.cell(0, 6, "Provincia di Isernia", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(44); pdf.set_font("DS", "", 8); pdf.cell(0, 5, "Via Roma, 2 – 86080 Castelverrino (IS) – Ufficio Segreteria", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8); pdf.set_line_width(0.6); pdf.line(22, pdf.get_y(), 188, pdf.get_y()); pdf.ln(10)
pdf.set_font("DS", "B", 13); pdf.set_char_spacing(2.5)
pdf.cell(0, 8, "ATTESTAZIONE DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0); pdf.set_font("DV", "I", 9.5)
pdf.cell(0, 6, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
rows = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "12"), ("Data", "30/04/2026"),
        ("Oggetto", "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e della dotazione organica."),
        ("Registro pubbl. n.", "96/2026"), ("Inizio pubblicazione", "04/05/2026"), ("Fine pubblicazione", "19/05/2026")]
pdf.set_line_width(0.2)
for k, v in rows:
    y = pdf.get_y()
    pdf.set_font("DS", "B", 9.5); pdf.set_fill_color(236, 236, 236)
    pdf.set_xy(22, y); pdf.set_font("DV", "", 10.5)
    h = pdf.multi_cell(112, 6.5, v, dry_run=True, output="HEIGHT", align="L")
    h = max(h + 3, 9)
    pdf.set_xy(22, y); pdf.set_font("DS", "B", 9.5); pdf.cell(50, h, "", border=1, fill=True)
    pdf.set_xy(24, y + 1.5); pdf.multi_cell(46, 5.5, k, align="L")
    pdf.set_xy(72, y); pdf.cell(116, h, "", border=1)
    pdf.set_xy(74, y + 1.5); pdf.set_font("DV", "B" if k == "Oggetto" else "", 10.5); pdf.multi_cell(112, 6.5, v, align="L")
    pdf.set_y(y + h)
pdf.ln(10)
pdf.set_font("DS", "B", 10.5); pdf.set_char_spacing(1.5)
pdf.cell(0, 7, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
pdf.set_font("DV", "", 10.5); pdf.cell(0, 7, "ATTESTA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
txt = ("che la deliberazione sopra indicata è stata pubblicata, mediante affissione all’Albo Pretorio on line del sito "
       "istituzionale di questo Comune, per quindici giorni consecutivi, dal 04/05/2026 al 19/05/2026, senza opposizioni o reclami, "
       "ed è stata contestualmente comunicata ai capigruppo consiliari con nota prot. n. 712 del 04/05/2026.")
pdf.multi_cell(0, 6.2, txt, align="J"); pdf.ln(3)
pdf.multi_cell(0, 6.2, "La deliberazione è divenuta esecutiva il 15/05/2026, decorsi dieci giorni dalla pubblicazione, ai sensi dell’art. 134, comma 3, del D.Lgs. n. 267/2000.", align="J")
pdf.ln(10)
pdf.cell(80, 6, "Castelverrino, 20/05/2026")
pdf.set_x(110); pdf.set_font("DS", "B", 10); pdf.cell(78, 6, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("DV", "", 10.5); pdf.cell(78, 6, "Dott. Nicola Petrecca", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("DV", "I", 8); pdf.cell(78, 5, "documento firmato digitalmente", align="C")
pdf.set_auto_page_break(False); pdf.set_y(-18); pdf.set_font("DS", "", 7); pdf.set_text_color(110)
pdf.cell(0, 5, "Mod. ALB/03 – Comune di Castelverrino – Albo Pretorio on line – registro n. 96/2026", align="C")
pdf.output(sys.argv[1])
