# Sestola: certificate of publication on a pre-printed form (Times) whose dotted blanks are filled with
# typewriter values (Courier) drawn over the dots -- ReportLab canvas
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Certificato di pubblicazione"); c.setAuthor("Comune di Sestola"); c.setCreator("Modulistica Uff. Segreteria - mod. 12/S")
X0, X1 = 62, W - 58
def dots(x0, x1, y):
    c.setFont("Times-Roman", 10)
    n = int((x1 - x0) / stringWidth(".", "Times-Roman", 10))
    c.drawString(x0, y - 1.5, "." * n)
def label(x, y, s, f="Times-Roman", sz=11.5):
    c.setFont(f, sz); c.drawString(x, y, s); return x + stringWidth(s, f, sz)
def typed(x, y, s):
    c.setFont("Courier-Bold", 10.5); c.setFillColorRGB(0.12, 0.12, 0.3); c.drawString(x + 3, y + 1, s); c.setFillColorRGB(0, 0, 0)
def field(y, parts):
    # parts: list of (label, value, blank_width or None=to the margin)
    x = X0
    for lab, val, bw in parts:
        if lab: x = label(x, y, lab) + 4
        if val is not None:
            x1 = X1 if bw is None else x + bw
            dots(x, x1, y); typed(x, y, val); x = x1 + 4
# letterhead
c.setFont("Times-Bold", 17); c.drawCentredString(W/2, H - 62, "COMUNE DI SESTOLA")
c.setFont("Times-Italic", 11.5); c.drawCentredString(W/2, H - 77, "Provincia di Modena")
c.setFont("Times-Roman", 9); c.drawCentredString(W/2, H - 90, "Corso Umberto I n. 5 - 41029 Sestola (MO) - Tel. 0536 62624 - PEC: protocollo@pec.comune.sestola.mo.it")
c.setLineWidth(1.2); c.line(X0, H - 98, X1, H - 98); c.setLineWidth(0.4); c.line(X0, H - 101, X1, H - 101)
c.setFont("Times-Roman", 8); c.drawString(X0, H - 114, "Mod. 12/S - Segreteria Generale")
c.setFont("Times-Bold", 15); c.drawCentredString(W/2, H - 150, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Times-Italic", 10.5); c.drawCentredString(W/2, H - 165, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 e art. 32 della L. 18 giugno 2009, n. 69)")
y = H - 205
field(y, [("Reg. Pubbl. n.", "389", 70), ("", None, 0)]); y -= 30
c.setFont("Times-Roman", 11.5)
label(X0, y, "Il sottoscritto Segretario Comunale, vista l'attestazione del Messo comunale,"); y -= 26
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, y, "C E R T I F I C A"); y -= 28
field(y, [("che copia della deliberazione della", "GIUNTA COMUNALE", 170), ("n.", "57", 50), ("del", "02/07/2026", None)]); y -= 24
label(X0, y, "avente per oggetto:"); y -= 24
subj = ["APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI", "RIQUALIFICAZIONE DEL PERCORSO PEDONALE DI ACCESSO AL", "CASTELLO DI SESTOLA - CUP D87B26000120004"]
for s in subj:
    dots(X0, X1, y); typed(X0, y, s); y -= 22
y -= 4
field(y, [("e' stata pubblicata all'Albo Pretorio on line di questo Comune il giorno", "06/07/2026", None)]); y -= 24
field(y, [("e vi rimarra' per quindici giorni consecutivi, fino al giorno", "21/07/2026", 100), ("compreso.", None, 0)]); y -= 30
c.setFont("Times-Roman", 11.5)
label(X0, y, "Contestualmente all'affissione e' stata trasmessa in elenco ai Capigruppo consiliari"); y -= 16
field(y, [("con nota prot. n.", "4418", 80), ("del", "06/07/2026", 100), ("(art. 125 D.Lgs. 267/2000).", None, 0)]); y -= 26
label(X0, y, "La deliberazione e' stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4,"); y -= 16
label(X0, y, "del D.Lgs. 267/2000:")
for i, (t, mark) in enumerate([("SI", "X"), ("NO", "")]):
    bx = X0 + 120 + i * 70
    c.rect(bx, y - 2, 11, 11); label(bx + 16, y, t)
    if mark: typed(bx - 1.5, y - 1, mark)
y -= 46
field(y, [("Sestola, li", "06/07/2026", 110)])
c.setFont("Times-Roman", 11.5); c.drawCentredString(W - 160, y, "IL SEGRETARIO COMUNALE")
y -= 30; dots(W - 260, W - 60, y); typed(W - 250, y, "Dott.ssa Elisabetta Ferrarini")
y -= 14; c.setFont("Times-Italic", 8.5); c.drawCentredString(W - 160, y, "(firmato digitalmente)")
y -= 60
c.setLineWidth(0.5); c.rect(X0, y - 62, X1 - X0, 72)
c.setFont("Times-Bold", 10.5); c.drawString(X0 + 8, y - 4, "RELATA DEL MESSO COMUNALE")
field(y - 24, [("   Affissa il", "06/07/2026", 95), ("defissa il", "", 95), ("Reg. n.", "389", 60)])
field(y - 46, [("   Il Messo Comunale", "Bernardi Luca", 170)])
c.setFont("Times-Roman", 7.5); c.drawString(X0, 40, "Comune di Sestola - Mod. 12/S - rev. 2019")
c.showPage(); c.save()
