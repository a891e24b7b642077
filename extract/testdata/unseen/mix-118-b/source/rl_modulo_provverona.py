#!/usr/bin/env python3
"""Provincia di Verona - determinazione di liquidazione on the office's printed form (ReportLab).

The form (Helvetica) prints every field as a run of underscores; the values
are typed over them in Courier a point and a half above the line, as a
filled-in, flattened PDF form prints them.  The subject is typed in a boxed
field; the organ is printed in the signature block only (each Area has its
own copy of the form), the dirigente's name typed over underscores.
Usage: rl_modulo_provverona.py OUTDIR
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = os.path.join(sys.argv[1], "determinazione-provinciaverona-ascotweb-modulo.pdf")
W, H = A4
L, R = 20 * mm, W - 20 * mm
FORM, FILL = "Helvetica", "Courier"
UW = stringWidth("_", FORM, 10)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Determinazione n. 1519 del 23/06/2027")
c.setAuthor("Provincia di Verona")
c.setCreator("Ascot Web - Modulistica")


def label_line(x, y, label, n_under=None, to=None, size=10, font=FORM):
    """print 'label ____' and return the x where the underscores start"""
    c.setFont(font, size)
    c.drawString(x, y, label)
    xs = x + stringWidth(label + " ", font, size)
    if to is not None:
        n_under = int((to - xs) / UW)
    c.setFont(FORM, 10)
    c.drawString(xs, y, "_" * n_under)
    return xs


def fill(x, y, text, size=10, bold=False):
    c.setFont(FILL + ("-Bold" if bold else ""), size)
    c.drawString(x + 2, y + 1.6, text)


def para(y, text, size=9.5, lead=12.2, x=L, right=R, font=FORM):
    words, line = text.split(), ""
    c.setFont(font, size)
    for w in words:
        t = (line + " " + w).strip()
        if line and stringWidth(t, font, size) > right - x:
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = t
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


# --- letterhead and form code
c.setFont(FORM, 7)
c.drawRightString(R, H - 12 * mm, "MOD. DET-LIQ/01 - rev. 2019")
c.setFont("Helvetica-Bold", 15)
c.drawCentredString(W / 2, H - 22 * mm, "PROVINCIA DI VERONA")
c.setFont(FORM, 8)
c.drawCentredString(W / 2, H - 27 * mm, "Palazzo Scaligero - Via Santa Maria Antica, 1 - 37121 Verona")
c.setLineWidth(0.8)
c.line(L, H - 30 * mm, R, H - 30 * mm)

y = H - 42 * mm
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, y, "DETERMINAZIONE DIRIGENZIALE DI LIQUIDAZIONE")
y -= 11 * mm
xn = label_line(L + 30 * mm, y, "N.", 10, font="Helvetica-Bold", size=11)
fill(xn, y, "1519", 11, bold=True)
xd = label_line(L + 30 * mm + 70, y, "DEL", 16, font="Helvetica-Bold", size=11)
fill(xd, y, "23/06/2027", 11, bold=True)

y -= 11 * mm
subj = ["Liquidazione della fattura n. 27/PA del 31/05/2027 alla ditta",
        "Termoidraulica Veronese S.r.l. per interventi urgenti sull'impianto",
        "di riscaldamento dell'Istituto di Istruzione Superiore di Legnago.",
        "CIG B9D0372A11."]
c.setFont("Helvetica-Bold", 10)
c.drawString(L, y, "OGGETTO:")
xo = L + 20 * mm
c.setLineWidth(0.5)
c.rect(xo - 2, y - 3 * 5.2 * mm - 4, R - xo + 2, 4 * 5.2 * mm + 6, stroke=1, fill=0)
for s_ in subj:
    c.setFont(FILL, 10)
    c.drawString(xo + 2, y, s_)
    y -= 5.2 * mm
y += 5.2 * mm

# --- data of the payment
y -= 12 * mm
c.setFont("Helvetica-Bold", 9)
c.drawString(L, y + 4, "DATI DELLA LIQUIDAZIONE")
c.rect(L, y - 62 * mm, R - L, 62 * mm + 1, stroke=1, fill=0)
y -= 7 * mm
rows = [
    [("Creditore:", R - 4 * mm, "Termoidraulica Veronese S.r.l.")],
    [("Codice fiscale / P. IVA:", L + 110 * mm, "03917450236")],
    [("Documento: fattura n.", L + 70 * mm, "27/PA"), ("del", R - 4 * mm, "31/05/2027")],
    [("Imponibile euro", L + 58 * mm, "9.840,00"), ("IVA euro", L + 105 * mm, "2.164,80"),
     ("Totale euro", R - 4 * mm, "12.004,80")],
    [("Capitolo", L + 45 * mm, "10830"), ("Impegno n.", L + 95 * mm, "2027/1204"),
     ("esercizio", R - 4 * mm, "2027")],
    [("Impegno assunto con determinazione n.", L + 105 * mm, "874"),
     ("del", R - 4 * mm, "08/04/2027")],
    [("CIG:", L + 60 * mm, "B9D0372A11"), ("CUP:", R - 4 * mm, "non previsto")],
]
for row in rows:
    x = L + 4 * mm
    for lab, to, val in row:
        xs = label_line(x, y, lab, to=to, size=9)
        fill(xs, y, val)
        x = to + 3 * mm
    y -= 7.5 * mm
c.setFont(FORM, 9)
c.drawString(L + 4 * mm, y, "DURC regolare:   [ X ] si'    [   ] no        Split payment:   [ X ] si'    [   ] no")

# --- the printed text of the act
y -= 14 * mm
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(W / 2, y, "IL DIRIGENTE")
y -= 6 * mm
y = para(y, "Visti gli artt. 107, 183, 184 e 185 del D.Lgs. 18 agosto 2000, n. 267 e il vigente "
            "Regolamento di contabilita' della Provincia; accertata la regolarita' della fornitura o "
            "della prestazione e la sua rispondenza ai requisiti quantitativi e qualitativi, ai termini "
            "e alle condizioni pattuite; riscontrata la regolarita' contributiva del creditore;")
y -= 3 * mm
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(W / 2, y, "DETERMINA")
y -= 6 * mm
pts = ["di liquidare al creditore sopra indicato la somma indicata nei dati della liquidazione, "
       "a saldo del documento ivi richiamato;",
       "di autorizzare l'Area Servizi Finanziari all'emissione del mandato di pagamento, applicando "
       "la scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 26 ottobre 1972, n. 633;",
       "di dare atto che la spesa rientra nei limiti dell'impegno sopra richiamato."]
for i, t in enumerate(pts, 1):
    c.setFont(FORM, 9.5)
    c.drawString(L, y, "%d." % i)
    y = para(y, t, x=L + 6 * mm) - 2

# --- signature block: a form field as well
y -= 8 * mm
xv = label_line(L, y, "Verona,", 14, size=9.5)
fill(xv, y, "23/06/2027")
sx = L + 78 * mm
y -= 10 * mm
c.setFont("Helvetica-Bold", 9.5)
c.drawString(sx, y, "AREA EDILIZIA SCOLASTICA E PATRIMONIO")
y -= 5 * mm
c.setFont(FORM, 9)
c.drawString(sx, y, "Servizio Manutenzione Edifici Scolastici")
y -= 9 * mm
xg = label_line(sx, y, "IL DIRIGENTE", to=R, size=9.5, font="Helvetica-Bold")
fill(xg, y, "arch. Giovanna Righetti")
c.setFont("Helvetica-Oblique", 7)
c.drawString(sx + 25 * mm, y - 10, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")

c.setFont(FORM, 6.5)
c.drawString(L, 12 * mm, "Provincia di Verona - C.F. 00654810233 - provincia.verona@cert.ip-veneto.net")
c.drawRightString(R, 12 * mm, "Pag. 1 di 1")
c.save()
