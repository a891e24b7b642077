#!/usr/bin/env python3
"""Comune di Pozzuolo del Friuli - Giunta n. 117 del 28/09/2027 - house style "Insiel",
but typed into the office's fillable PDF model ("modulo verbale Giunta") and
flattened: the printed form (labels and blanks of underscores) is the page
content; every filled field is its own Form XObject painted after it, in the
order the fields were created (not the reading order), with the typed value in
Courier sitting on the underscores.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-117-pozzuolodelfriuli-insiel.pdf"
W, H = A4
LM, RM = 56, W - 50
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Verbale di deliberazione della Giunta comunale n. 117 del 28/09/2027")
c.setAuthor("Comune di Pozzuolo del Friuli")
c.setCreator("Modulo verbale Giunta (PDF compilabile) - appiattito")
fields = []   # (page, name, x, y, text, size)


def blank(x, y, width, size=10):
    """Print a blank of underscores of about 'width' points starting at x."""
    n = max(3, int(width / stringWidth("_", "Helvetica", size)))
    c.setFont("Helvetica", size)
    c.drawString(x, y, "_" * n)
    return x + stringWidth("_" * n, "Helvetica", size)


def label(x, y, t, f="Helvetica", size=10):
    c.setFont(f, size)
    c.drawString(x, y, t)
    return x + stringWidth(t, f, size)


def field(page, name, x, y, text, size=10):
    fields.append((page, name, x + 3, y + 1.2, text, size))


def flush_fields(page):
    # the flattened appearances, painted after the page's own content,
    # in field-creation order
    for pg, name, x, y, t, size in sorted([f for f in fields if f[0] == page], key=lambda f: f[1]):
        c.beginForm(name, lowerx=0, lowery=-3, upperx=stringWidth(t, "Courier", size) + 4, uppery=size + 2)
        c.setFont("Courier", size)
        c.drawString(0, 0, t)
        c.endForm()
        c.saveState()
        c.translate(x, y)
        c.doForm(name)
        c.restoreState()


def letterhead():
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LM, H - 62, "Comune di Pozzuolo del Friuli")
    c.setFont("Helvetica-Oblique", 10.5)
    c.drawString(LM, H - 76, "Comun di Pucuel")
    c.setFont("Helvetica", 8.5)
    c.drawString(LM, H - 88, "Regione Autonoma Friuli Venezia Giulia - Via Roma, 9 - 33050 Pozzuolo del Friuli (UD)")
    c.setFont("Helvetica-Bold", 10)
    c.rect(RM - 90, H - 72, 90, 18)
    c.drawCentredString(RM - 45, H - 66.5, "COPIA")
    c.setLineWidth(0.8)
    c.line(LM, H - 96, RM, H - 96)


def foot(n, tot):
    c.setFont("Helvetica", 7.5)
    c.drawString(LM, 34, "Mod. SEG/07 - Verbale di deliberazione della Giunta comunale (rev. 2025)")
    c.drawRightString(RM, 34, "Pagina %d di %d" % (n, tot))


# ---------------- page 1 ----------------
letterhead()
y = H - 122
c.setFont("Helvetica-Bold", 12)
c.drawString(LM, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
y -= 24
x = label(LM, y, "N. ", "Helvetica-Bold", 11)
field(1, "F01_numero", x, y, "117", 11)
x = blank(x, y, 50, 11)
x = label(x + 6, y, "del ", "Helvetica-Bold", 11)
field(1, "F02_data", x, y, "28/09/2027", 11)
blank(x, y, 90, 11)
y -= 28
label(LM, y, "Oggetto:", "Helvetica-Bold", 10)
subj = ["Proroga della convenzione per la gestione associata del",
        "servizio di polizia locale fino al 31 dicembre 2028"]
for i, line in enumerate(subj):
    blank(LM + 52, y - i * 17, RM - LM - 52)
    field(1, "F03_oggetto_%d" % (i + 1), LM + 52, y - i * 17, line)
blank(LM + 52, y - 2 * 17, RM - LM - 52)
y -= 2 * 17 + 30
x = label(LM, y, "L'anno ")
field(1, "F04_anno", x, y, "2027"); x = blank(x, y, 40)
x = label(x + 4, y, " il giorno ")
field(1, "F05_giorno", x, y, "28"); x = blank(x, y, 30)
x = label(x + 4, y, " del mese di ")
field(1, "F06_mese", x, y, "settembre"); x = blank(x, y, 80)
x = label(x + 4, y, " alle ore ")
field(1, "F07_ora", x, y, "18:00"); x = blank(x, y, 44)
y -= 16
label(LM, y, "nella sala comunale, in seguito a regolare convocazione, si è riunita la Giunta comunale.")
y -= 24
label(LM, y, "Risultano:", "Helvetica-Bold")
y -= 18
cols = [LM + 10, LM + 190, LM + 320]
for cx, t in zip(cols, ["Componente", "Carica", "Presente / Assente"]):
    label(cx, y, t, "Helvetica-Bold", 9.5)
roll = [("Tosolini Luca", "Sindaco", "assente"),
        ("Zamparo Sabrina", "Vice Sindaco", "presente"),
        ("Del Fabbro Gianni", "Assessore", "presente"),
        ("Peressini Michela", "Assessore", "presente"),
        ("Cecotti Ivan", "Assessore", "presente")]
for i, r in enumerate(roll):
    y -= 19
    label(LM, y, "%d." % (i + 1), size=9.5)
    for j, (cx, wd) in enumerate(zip(cols, (165, 115, 120))):
        blank(cx, y, wd)
        field(1, "F1%d_%d" % (i, j), cx, y, r[j])
y -= 26
x = label(LM, y, "Presenti n. ")
field(1, "F20_presenti", x, y, "4"); x = blank(x, y, 28)
x = label(x + 10, y, "Assenti n. ")
field(1, "F21_assenti", x, y, "1"); blank(x, y, 28)
y -= 26
x = label(LM, y, "Assiste il Segretario comunale ")
field(1, "F22_segretario", x, y, "dott.ssa Paola Degano"); blank(x, y, RM - x)
y -= 20
x = label(LM, y, "Assume la presidenza ")
field(1, "F23_presidente", x, y, "Sabrina Zamparo"); x = blank(x, y, 150)
x = label(x + 4, y, " in qualità di ")
field(1, "F24_qualita", x, y, "Vice Sindaco"); blank(x, y, RM - x)
y -= 16
label(LM, y, "il quale / la quale, constatato il numero legale, dichiara aperta la seduta.")
y -= 26
c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(W / 2, y, "LA GIUNTA COMUNALE")
y -= 8
c.setFont("Helvetica", 7.5)
c.drawString(LM, y - 6, "(testo della deliberazione)")
c.rect(LM, 56, RM - LM, y - 64)
body1 = [
    "PREMESSO che il Comune gestisce in forma associata il servizio",
    "di polizia locale in forza della convenzione approvata con",
    "deliberazione del Consiglio comunale n. 41 del 27/11/2024, in",
    "scadenza il 31 dicembre 2027;",
    "CONSIDERATO che la Regione sta definendo il nuovo assetto degli",
    "ambiti di polizia locale e che occorre garantire la continuita'",
    "del servizio nelle more della sua approvazione;",
    "VISTO l'art. 9 della convenzione, che consente la proroga per",
    "non piu' di dodici mesi con deliberazione delle Giunte dei",
    "Comuni aderenti;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile",
    "ai sensi dell'art. 49 del D.Lgs. 267/2000;",
]
yy = y - 22
for i, line in enumerate(body1):
    field(1, "F30_testo_%02d" % i, LM + 6, yy, line, 10)
    yy -= 13.5
foot(1, 2)
flush_fields(1)
c.showPage()

# ---------------- page 2 ----------------
letterhead()
y = H - 118
c.setFont("Helvetica", 7.5)
c.drawString(LM, y, "(segue testo della deliberazione)")
c.rect(LM, y - 200, RM - LM, 194)
body2 = [
    "Con voti unanimi, palesemente espressi,",
    "",
    "                            DELIBERA",
    "",
    "1. di prorogare fino al 31 dicembre 2028 la convenzione per la",
    "   gestione associata del servizio di polizia locale, alle",
    "   condizioni in essa previste;",
    "2. di trasmettere la presente deliberazione agli altri Comuni",
    "   aderenti e al Comandante del Corpo di polizia locale.",
]
yy = y - 20
for i, line in enumerate(body2):
    if line:
        field(2, "F40_testo_%02d" % i, LM + 6, yy, line, 10)
    yy -= 13.5
y -= 224
c.setFont("Helvetica-Bold", 10)
c.drawString(LM, y, "Votazione")
y -= 18
x = label(LM, y, "presenti n. ")
field(2, "F50_v1", x, y, "4"); x = blank(x, y, 28)
x = label(x + 8, y, "favorevoli n. ")
field(2, "F51_v2", x, y, "4"); x = blank(x, y, 28)
x = label(x + 8, y, "contrari n. ")
field(2, "F52_v3", x, y, "0"); x = blank(x, y, 28)
x = label(x + 8, y, "astenuti n. ")
field(2, "F53_v4", x, y, "0"); blank(x, y, 28)
y -= 24
c.rect(LM, y - 1, 9, 9)
field(2, "F54_ie", LM - 1.5, y - 1.2, "X")
label(LM + 16, y, "dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003,")
y -= 14
label(LM + 16, y, "con separata votazione dall'esito unanime")
y -= 36
label(LM, y, "Letto, confermato e sottoscritto.")
y -= 30
label(LM + 30, y, "Il Presidente", "Helvetica-Bold")
label(LM + 280, y, "Il Segretario comunale", "Helvetica-Bold")
y -= 22
blank(LM + 10, y, 180); field(2, "F60_firma_pres", LM + 10, y, "Sabrina Zamparo")
blank(LM + 260, y, 190); field(2, "F61_firma_segr", LM + 260, y, "dott.ssa Paola Degano")
y -= 14
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM + 10, y, "(firmato digitalmente)")
c.drawString(LM + 260, y, "(firmato digitalmente)")
y -= 40
c.setFont("Helvetica-Bold", 9.5)
c.drawString(LM, y, "ATTESTATO DI PUBBLICAZIONE")
y -= 15
x = label(LM, y, "Pubblicata all'Albo on line dal ", size=9.5)
field(2, "F70_dal", x, y, "30/09/2027", 9.5); x = blank(x, y, 70, 9.5)
x = label(x + 4, y, " al ", size=9.5)
field(2, "F71_al", x, y, "14/10/2027", 9.5); blank(x, y, 70, 9.5)
foot(2, 2)
flush_fields(2)
c.showPage()
c.save()
print(OUT)
