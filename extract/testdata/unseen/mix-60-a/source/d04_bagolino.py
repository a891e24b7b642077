# Comune di Bagolino: certificate of publication on a pre-printed form (Helvetica labels, ruled blanks)
# filled in on a typewriter: every typed glyph is placed on its own (one BT/Td/Tj per glyph) with a small
# random jitter of baseline and pitch, as a form typed and then scanned-to-text by a "typewriter" font.
import sys, random
from fpdf import FPDF
random.seed(60419)
pdf = FPDF("P", "mm", "A4"); pdf.set_creator("Olivetti ET Form Filler 1.4"); pdf.set_producer("PDF-XChange 4.0 (Olivetti ET)")
pdf.set_auto_page_break(False); pdf.add_page()
def label(x, y, s, size=10.5, style=""):
    pdf.set_font("Helvetica", style, size); pdf.text(x, y, s)
def blank(x, y, w):
    pdf.set_draw_color(90, 90, 90); pdf.set_line_width(0.2); pdf.set_dash_pattern(dash=0.6, gap=0.6)
    pdf.line(x, y + 1.0, x + w, y + 1.0); pdf.set_dash_pattern()
def typed(x, y, s, pitch=2.54):
    pdf.set_font("Courier", "", 12)
    for ch in s:
        if ch != " ":
            g = random.choice([28, 40, 55])
            pdf.set_text_color(g, g, g + 10)
            pdf.text(x + random.uniform(-0.03, 0.03), y + random.uniform(-0.18, 0.18), ch)
        x += pitch
    pdf.set_text_color(0, 0, 0)
# pre-printed heading
pdf.set_line_width(0.5); pdf.rect(18, 14, 174, 30)
label(24, 24, "COMUNE DI BAGOLINO", 17, "B")
label(24, 31, "Provincia di Brescia", 10)
label(24, 37, "Via San Giorgio - 25072 Bagolino (BS) - Ufficio Segreteria", 8.5)
pdf.set_line_width(0.3); pdf.rect(150, 18, 36, 22); label(153, 24, "Mod. SG/07", 7.5); label(153, 29, "Albo Pretorio", 7.5); label(153, 34, "ed. 2019", 7.5)
label(51, 60, "CERTIFICATO DI PUBBLICAZIONE", 14, "B")
label(22, 76, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
label(93, 88, "C E R T I F I C A", 11, "B")
label(22, 102, "che la deliberazione della"); blank(70, 102, 70); typed(72, 102, "GIUNTA COMUNALE")
label(22, 113, "n."); blank(28, 113, 22); typed(31, 113, "29")
label(54, 113, "del"); blank(62, 113, 40); typed(65, 113, "14/04/2026")
label(22, 124, "avente per oggetto:")
subj = ["Approvazione del progetto di valorizzazione del centro",
        "storico di Bagolino e richiesta di contributo a valere",
        "sul bando regionale \"Borghi storici\" 2026."]
for i, l in enumerate(subj):
    blank(22, 134 + i * 10, 166); typed(24, 134 + i * 10, l)
label(22, 170, "è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno"); blank(142, 170, 44); typed(145, 170, "22/04/2026")
label(22, 181, "e vi rimarrà per quindici giorni consecutivi, fino al"); blank(112, 181, 40); typed(115, 181, "07/05/2026")
label(22, 192, "al n."); blank(32, 192, 22); typed(35, 192, "263")
label(58, 192, "del Registro delle pubblicazioni, ai sensi dell'art. 124 del D.Lgs. 267/2000.")
label(22, 212, "Bagolino, lì"); blank(44, 212, 40); typed(47, 212, "22/04/2026")
label(118, 226, "IL SEGRETARIO COMUNALE", 10.5, "B")
blank(112, 244, 68); typed(114, 244, "Dott.ssa Marina Zanetti")
label(112, 250, "(firma autografa sostituita a mezzo stampa", 7.5); label(112, 254, "ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)", 7.5)
pdf.set_line_width(0.2); pdf.line(18, 278, 192, 278)
label(18, 283, "Mod. SG/07 - Certificato di pubblicazione delle deliberazioni - stampato in proprio", 7)
pdf.output(sys.argv[1])
