#!/usr/bin/env python3
"""Comune di Cassano delle Murge - Consiglio Comunale n. 8 del 12/03/2027.
House style 'cityware' on the pre-printed form the package fills: the form's labels in
Helvetica with blanks of underscores (text), the values typed over them in Courier a
little above the baseline; the roll in two side-by-side columns marked with X; the free
text of the minute typed in Courier; page 2 carries 'Segue deliberazione C.C. n. __'.
ReportLab canvas."""
import sys
import textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-cassanodellemurge-cityware-8.pdf"
W, H = A4
ML = 48
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Deliberazione C.C. n. 8 del 12/03/2027")
c.setAuthor("Comune di Cassano delle Murge")
c.setCreator("Cityware - Modulistica atti (stampa su modulo)")
LAB, LABB, VAL = "Helvetica", "Helvetica-Bold", "Courier-Bold"


def label(x, y, t, size=9.5, font=LAB):
    c.setFont(font, size); c.drawString(x, y, t)
    return x + stringWidth(t, font, size)


def blank(x, y, n, size=9.5):
    c.setFont(LAB, size); s = "_" * n; c.drawString(x, y, s)
    return x + stringWidth(s, LAB, size)


def fill(x, y, t, size=10):
    c.setFont(VAL, size); c.drawString(x + 2, y + 1.8, t)


def field(x, y, lab, n, val, size=9.5):
    x = label(x, y, lab, size) + 2
    x1 = blank(x, y, n, size)
    fill(x, y, val)
    return x1 + 4


# ---------------- page 1: form head
c.setFont(LABB, 15); c.drawCentredString(W / 2, H - 50, "COMUNE DI CASSANO DELLE MURGE")
c.setFont(LAB, 9.5); c.drawCentredString(W / 2, H - 63, "Città Metropolitana di Bari")
c.setLineWidth(1); c.line(ML, H - 72, W - ML, H - 72)
c.setFont(LABB, 12); c.drawCentredString(W / 2, H - 92, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
y = H - 116
x = field(ML, y, "N.", 10, "8")
x = field(x, y, "del", 18, "12/03/2027")
x = field(x + 20, y, "Sessione", 16, "ordinaria")
x = field(x, y, "Seduta di", 12, "prima")
label(x, y, "convocazione")
y -= 26
label(ML, y, "OGGETTO:", 9.5, LABB)
subj = ("APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) 2027 DEL SERVIZIO INTEGRATO DI GESTIONE "
        "DEI RIFIUTI E DELLE TARIFFE TARI PER L'ANNO 2027")
# the subject field is a ruled box on the form; the text is typed inside it
c.setLineWidth(0.6); c.rect(ML + 52, y - 30, W - 2 * ML - 52, 42)
for i, ln in enumerate(textwrap.wrap(subj, 74)):
    c.setFont(VAL, 10); c.drawString(ML + 57, y - i * 13, ln)
y -= 3 * 16 + 6
# date and time of the sitting, in blanks
x = field(ML, y, "L'anno", 22, "duemilaventisette")
x = field(x, y, "il giorno", 16, "dodici")
x = field(x, y, "del mese di", 14, "marzo")
field(x, y, "alle ore", 8, "18,30")
y -= 15
c.setFont(LAB, 9.5)
for t in ["nella sala delle adunanze consiliari, a seguito di avviso di convocazione notificato ai sensi del",
          "Regolamento del Consiglio Comunale, si è riunito il Consiglio Comunale in seduta pubblica.",
          "All'appello nominale risultano:"]:
    c.drawString(ML, y, t); y -= 12.5
y -= 6
# roll: two columns
cols = [[("COLONNA Giuseppe", 1), ("LATERZA Domenico", 1), ("DIGIESI Vincenzo", 1), ("CAPOZZI Marianna", 1),
         ("LOVECCHIO Pasquale", 1), ("MASTROROCCO Teresa", 1), ("NETTI Giovanni", 0), ("PASCULLI Lucia", 1),
         ("RAGONE Vito", 1)],
        [("SCHIRALDI Anna", 1), ("TAMBORRA Michele", 0), ("VALENTINI Rosanna", 1), ("ZACCARO Antonio", 1),
         ("CAMPANELLA Giacomo", 1), ("DIBENEDETTO Grazia", 1), ("FRACCHIOLLA Nicola", 1), ("LOIUDICE Carmela", 0)]]
colx = [ML, ML + 258]
c.setLineWidth(0.6)
for k, col in enumerate(cols):
    cx = colx[k]
    c.rect(cx, y - 10 * 14 + 8, 240, 10 * 14 - 4)
    label(cx + 4, y - 4, "N.", 8.5, LABB); label(cx + 20, y - 4, "CONSIGLIERI", 8.5, LABB)
    label(cx + 176, y - 4, "PRES.", 8.5, LABB); label(cx + 208, y - 4, "ASS.", 8.5, LABB)
    for j, (n, p) in enumerate(col):
        yy = y - 18 - j * 14
        num = j + 1 + k * 9
        c.setFont(LAB, 9); c.drawRightString(cx + 15, yy, "%d" % num)
        blank(cx + 20, yy, 30, 9)
        fill(cx + 20, yy, n, 9.5)
        c.rect(cx + 182, yy - 2, 10, 10); c.rect(cx + 212, yy - 2, 10, 10)
        c.setFont(VAL, 10); c.drawString(cx + 184, yy, "X") if p else c.drawString(cx + 214, yy, "X")
y -= 10 * 14 + 6
x = field(ML, y, "Assegnati n.", 4, "17")
x = field(x, y, "In carica n.", 4, "17")
x = field(x, y, "Presenti n.", 4, "14")
field(x, y, "Assenti n.", 4, "3")
y -= 20
x = field(ML, y, "Presiede il Sig.", 30, "Domenico LATERZA")
field(x, y, "nella qualità di", 40, "Presidente del Consiglio Comunale")
y -= 16
x = field(ML, y, "Partecipa il", 30, "Segretario Generale")
x = label(x, y, "Dott.") + 2
blank(x, y, 30); fill(x, y, "Michele RANIERI")
y -= 14
c.setFont(LAB, 9.5)
c.drawString(ML, y, "con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione (art. 97 D.Lgs. 267/2000).")
y -= 14
c.setLineWidth(1); c.line(ML, y, W - ML, y)
y -= 18

# ---------------- free text typed in Courier
TXT = [
    ("C", "IL CONSIGLIO COMUNALE"),
    ("P", "PREMESSO che l'art. 1, comma 683, della legge 27 dicembre 2013, n. 147, prevede che il Consiglio "
          "Comunale approvi le tariffe della TARI in conformita' al piano economico finanziario del servizio "
          "di gestione dei rifiuti urbani;"),
    ("P", "VISTO il PEF 2026-2029 validato dall'Agenzia Territoriale della Regione Puglia per il servizio di "
          "gestione dei rifiuti (AGER) e il relativo aggiornamento biennale per l'anno 2027, pari a euro "
          "2.184.600,00 di costi complessivi;"),
    ("P", "VISTA la proposta n. 14 del 02/03/2027 del Settore II - Economico Finanziario e Tributi e il "
          "parere favorevole del Collegio dei Revisori dei conti, verbale n. 5 del 09/03/2027;"),
    ("P", "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del "
          "D.Lgs. 267/2000;"),
    ("P", "UDITI gli interventi dei Consiglieri, come da resoconto integrale in atti;"),
]
TXT2 = [
    ("C", "D E L I B E R A"),
    ("N", "1) DI APPROVARE il Piano Economico Finanziario 2027 del servizio integrato di gestione dei "
          "rifiuti, allegato sub A) al presente atto;"),
    ("N", "2) DI APPROVARE per l'anno 2027 le tariffe TARI per le utenze domestiche e non domestiche "
          "riportate nell'allegato sub B);"),
    ("N", "3) DI STABILIRE la riscossione in quattro rate con scadenza 31 maggio, 31 luglio, 30 settembre "
          "e 30 novembre 2027;"),
    ("N", "4) DI TRASMETTERE la presente deliberazione al Ministero dell'economia e delle finanze "
          "mediante il Portale del federalismo fiscale."),
]
LEAD = 12.2


def typed(items, y):
    for kind, t in items:
        c.setFont("Courier", 9.6)
        if kind == "C":
            c.drawCentredString(W / 2, y, t); y -= LEAD * 1.6; continue
        ind = 0 if kind == "P" else 3
        for i, ln in enumerate(textwrap.wrap(t, 86 - ind)):
            c.drawString(ML + (0 if i == 0 else ind * 5.76), y, ln); y -= LEAD
        y -= 4
    return y


y = typed(TXT, y)
# page 1 foot
c.setFont(LAB, 7.5); c.drawString(ML, 30, "Mod. CC/1 - Cityware")
c.drawRightString(W - ML, 30, "Foglio 1")
c.showPage()

# ---------------- page 2
y = H - 50
x = field(ML, y, "Segue deliberazione C.C. n.", 8, "8", 8.5)
field(x, y, "del", 16, "12/03/2027", 8.5)
c.setLineWidth(0.5); c.line(ML, y - 6, W - ML, y - 6)
y -= 30
label(ML, y, "VOTAZIONE:", 9.5, LABB)
x = field(ML + 70, y, "Presenti n.", 4, "14")
x = field(x, y, "Votanti n.", 4, "14")
x = field(x, y, "Favorevoli n.", 4, "10")
x = field(x, y, "Contrari n.", 4, "4")
field(x, y, "Astenuti n.", 4, "0")
y -= 14
c.setFont("Courier", 9.6)
c.drawString(ML + 70, y, "(contrari: Campanella, Dibenedetto, Fracchiolla, Valentini)")
y -= 24
y = typed(TXT2, y)
y -= 6
c.rect(ML, y - 2, 10, 10); c.setFont(VAL, 10); c.drawString(ML + 2, y, "X")
label(ML + 16, y, "Con separata votazione (favorevoli n. ____ contrari n. ____ astenuti n. ____) la presente", 9.5)
fill(ML + 16 + stringWidth("Con separata votazione (favorevoli n. ", LAB, 9.5), y, "10")
fill(ML + 16 + stringWidth("Con separata votazione (favorevoli n. ____ contrari n. ", LAB, 9.5), y, "4")
fill(ML + 16 + stringWidth("Con separata votazione (favorevoli n. ____ contrari n. ____ astenuti n. ", LAB, 9.5), y, "0")
y -= 13
label(ML + 16, y, "deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", 9.5)
y -= 34
label(ML, y, "Letto, confermato e sottoscritto.")
y -= 30
c.setFont(LABB, 9.5)
c.drawCentredString(ML + 110, y, "IL PRESIDENTE"); c.drawCentredString(W - ML - 110, y, "IL SEGRETARIO GENERALE")
y -= 22
blank(ML + 30, y, 36); fill(ML + 46, y, "Domenico LATERZA")
blank(W - ML - 190, y, 36); fill(W - ML - 178, y, "Dott. Michele RANIERI")
y -= 12
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(ML + 110, y, "(firmato digitalmente)"); c.drawCentredString(W - ML - 110, y, "(firmato digitalmente)")
y -= 40
c.setLineWidth(0.6); c.rect(ML, y - 52, W - 2 * ML, 62)
label(ML + 6, y, "CERTIFICATO DI PUBBLICAZIONE", 9, LABB)
y -= 16
x = field(ML + 6, y, "Pubblicata all'Albo Pretorio on line dal", 16, "16/03/2027", 9)
x = field(x, y, "per 15 giorni consecutivi - Reg. pubbl. n.", 8, "655", 9)
y -= 16
x = field(ML + 6, y, "Cassano delle Murge,", 16, "16/03/2027", 9)
field(x + 20, y, "Il Responsabile", 30, "Onofrio GENTILE", 9)
c.setFont(LAB, 7.5); c.drawString(ML, 30, "Mod. CC/1 - Cityware")
c.drawRightString(W - ML, 30, "Foglio 2")
c.showPage()
c.save()
