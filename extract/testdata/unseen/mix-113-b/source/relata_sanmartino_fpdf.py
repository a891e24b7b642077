"""Comune di San Martino in Pensilis - relata di notifica of the Messo
Comunale: Halley's pre-printed form of underscores, the data written over the
blanks afterwards (fpdf2)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Halley - Messi notificatori")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_title("Relata di notifica")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 22, 188

# letterhead, as in the Halley model
pdf.set_font("Times", "B", 16)
pdf.set_xy(L, 16); pdf.cell(R - L, 7, "COMUNE DI SAN MARTINO IN PENSILIS", align="C")
pdf.set_font("Times", "I", 11)
pdf.set_xy(L, 23); pdf.cell(R - L, 5, "Provincia di Campobasso", align="C")
pdf.set_font("Times", "", 8)
pdf.set_xy(L, 28); pdf.cell(R - L, 4, "86046 San Martino in Pensilis (CB) - Tel. 0875 604132 - C.F. 82001350702", align="C")
pdf.set_line_width(0.3); pdf.line(L, 34, R, 34)
pdf.set_font("Times", "", 9)
pdf.set_xy(L, 36); pdf.cell(80, 4, "SERVIZIO NOTIFICAZIONI")

pdf.set_font("Times", "B", 15)
pdf.set_xy(L, 46); pdf.cell(R - L, 7, "RELATA DI NOTIFICA", align="C")
pdf.set_font("Times", "I", 9.5)
pdf.set_xy(L, 53); pdf.cell(R - L, 5, "(artt. 137 e seguenti del Codice di procedura civile - art. 10 della Legge 3 agosto 1999, n. 265)", align="C")

# --- the pre-printed template: labels and blanks of underscores ---
pdf.set_font("Times", "", 11.5)
def txt(x, y, s, style="", size=11.5):
    pdf.set_font("Times", style, size)
    pdf.text(x, y, s)
def blank(x, y, n):
    pdf.set_font("Times", "", 11.5)
    pdf.text(x, y, "_" * n)

rows = []
y = 68
txt(L, y, "Registro cronologico delle notificazioni n."); blank(98, y, 14)
y += 11
txt(L, y, "Il sottoscritto"); blank(50, y, 40); txt(127, y, ", Messo Comunale del Comune")
y += 6.5
txt(L, y, "di San Martino in Pensilis, autorizzato ai sensi di legge,")
y += 10
txt(L, y, "D I C H I A R A", "B", 12)
pdf.set_font("Times", "B", 12)
y += 10
txt(L, y, "di aver notificato il giorno"); blank(73, y, 20); txt(113, y, "alle ore"); blank(130, y, 12)
y += 7.5
txt(L, y, "l'atto:"); blank(36, y, 26); txt(88, y, "n."); blank(94, y, 8); txt(112, y, "del"); blank(120, y, 20)
y += 7.5
txt(L, y, "emesso da:"); blank(43, y, 72)
y += 7.5
txt(L, y, "avente ad oggetto:")
y_obj = y
y += 19
y += 7.5
txt(L, y, "a:"); blank(28, y, 80)
y_dest = y
y += 7.5
txt(L, y, "nato/a a"); blank(38, y, 34); txt(108, y, "il"); blank(113, y, 20)
y += 7.5
txt(L, y, "residente in"); blank(45, y, 70)
y += 10
txt(L, y, "mediante consegna di copia conforme all'originale, in busta chiusa e sigillata:")
boxes = ["a mani proprie del destinatario;",
         "a persona di famiglia / addetta alla casa, che si qualifica come ______________________;",
         "mediante deposito presso la Casa Comunale, con avviso affisso alla porta dell'abitazione",
         "e comunicazione a mezzo raccomandata A.R. (art. 140 c.p.c.)."]
y += 8
pdf.set_line_width(0.25)
ybox = []
for i, b in enumerate(boxes):
    if i != 3:
        pdf.rect(L + 2, y - 3.4, 3.6, 3.6)
        ybox.append(y)
    txt(L + 9, y, b)
    y += 6.8
y += 6
txt(L, y, "San Martino in Pensilis, li"); blank(70, y, 20)
y_date = y
y += 16
txt(L + 8, y, "IL RICEVENTE", "B", 11)
txt(122, y, "IL MESSO COMUNALE", "B", 11)
y += 12
blank(L, y, 30); blank(113, y, 32)
y_sig = y

# --- the data filled over the blanks (Halley prints them in Courier) ---
def fill(x, yy, s, size=11):
    pdf.set_font("Courier", "B", size)
    pdf.text(x, yy - 0.3, s)
fill(100, 68, "27/2027")
fill(53, 79, "Giuseppe MUSACCHIO")
yy = 68 + 11 + 6.5 + 10 + 10
fill(76, yy, "11/01/2027"); fill(133, yy, "10.40")
yy += 7.5
fill(38, yy, "ORDINANZA"); fill(96, yy, "2"); fill(122, yy, "07/01/2027")
yy += 7.5
fill(45, yy, "Responsabile del Settore Tecnico")
yy += 7.5
# the subject is printed by the package in a frame, not over the blanks
pdf.set_font("Courier", "B", 10.5)
pdf.set_xy(L, yy + 2.2)
pdf.multi_cell(R - L, 5.2, "MESSA IN SICUREZZA DEL FABBRICATO PERICOLANTE SITO IN VIA GIUSEPPE "
               "GARIBALDI N. 41 (FOGLIO 18, PARTICELLA 522) - ORDINANZA AI PROPRIETARI",
               border=1, align="L", padding=1.5)
fill(30, y_dest, "MARINELLI Antonio")
fill(41, y_dest + 7.5, "Termoli (CB)"); fill(115, y_dest + 7.5, "14/03/1958")
fill(47, y_dest + 15, "San Martino in Pensilis, Via Roma n. 12")
pdf.set_font("Courier", "B", 12); pdf.text(L + 2.6, ybox[0] - 0.4, "X")
fill(72, y_date, "11/01/2027")
# signatures
pdf.set_draw_color(20, 40, 120); pdf.set_line_width(0.4)
for (x0, w) in ((L + 4, 40), (118, 46)):
    pts = [(x0 + i * w / 24, y_sig - 3 - 2.2 * ((i * 7) % 5) / 4) for i in range(25)]
    for a, b in zip(pts, pts[1:]):
        pdf.line(a[0], a[1], b[0], b[1])
pdf.set_font("Times", "", 10); pdf.set_xy(113, y_sig + 2); pdf.cell(60, 5, "Giuseppe Musacchio", align="C")

pdf.set_font("Times", "I", 8)
pdf.set_xy(L, 282); pdf.cell(R - L, 4, "Mod. NOT/01 - Halley - Relata di notifica - pag. 1/1", align="C")
pdf.output(out)
