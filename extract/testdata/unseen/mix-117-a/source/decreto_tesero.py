#!/usr/bin/env python3
"""Tesero, decreto del Sindaco n. 7 of 13 May 2027 -- PiTre house style
(crest, name, "di data"), drawn by ReportLab's canvas the way some report
engines justify: every line gets its own character spacing (Tc) to fill the
measure; the letterhead is a Form XObject painted after the body."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-tesero-pitre.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setCreator("PiTre - Decreti")
c.setTitle("Decreto del Sindaco n. 7 di data 13 maggio 2027")
c.setAuthor("Comune di Tesero")

L = 25 * mm
R = W - 22 * mm
MEAS = R - L
F, FB = "Times-Roman", "Times-Bold"


def lines_of(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def para_tc(y, text, font=F, size=11, lead=14.5, x=L, width=MEAS, first_indent=0):
    ls = lines_of(text, font, size, width - first_indent)
    for i, ln in enumerate(ls):
        xx = x + (first_indent if i == 0 else 0)
        ww = width - (first_indent if i == 0 else 0)
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(xx, y)
        if i < len(ls) - 1 and len(ln) > 1:
            tc = (ww - stringWidth(ln, font, size)) / (len(ln) - 1)
            t.setCharSpace(tc)
        else:
            t.setCharSpace(0)
        t.textOut(ln)
        t.setCharSpace(0)
        c.drawText(t)
        y -= lead
    return y


def centre(y, text, font, size, track=0.0):
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(track)
    w = stringWidth(text, font, size) + track * (len(text) - 1)
    t.setTextOrigin((W - w) / 2 + (L - (W - R)) / 2, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


# the letterhead, defined once as a form
c.beginForm("carta_intestata")
c.setStrokeColor(colors.HexColor("#2b3f73"))
c.setFillColor(colors.HexColor("#e6ebf6"))
c.setLineWidth(0.8)
p = c.beginPath()
p.moveTo(L, H - 18 * mm); p.lineTo(L + 13 * mm, H - 18 * mm); p.lineTo(L + 13 * mm, H - 27 * mm)
p.curveTo(L + 13 * mm, H - 31 * mm, L + 9 * mm, H - 33 * mm, L + 6.5 * mm, H - 34 * mm)
p.curveTo(L + 4 * mm, H - 33 * mm, L, H - 31 * mm, L, H - 27 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColor(colors.HexColor("#9b1c1c"))
c.rect(L + 2.7 * mm, H - 26 * mm, 7.6 * mm, 3.8 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("Times-Bold", 16)
c.drawString(L + 18 * mm, H - 23 * mm, "COMUNE DI TESERO")
c.setFont("Times-Roman", 11)
c.drawString(L + 18 * mm, H - 28 * mm, "Provincia di Trento")
c.setFont("Times-Roman", 8.5)
c.drawString(L + 18 * mm, H - 32.5 * mm, "Via IV Novembre, 6 – 38038 Tesero (TN) – C.F. e P.IVA 00148340228")
c.endForm()

# ---- body first ----
y = H - 52 * mm
centre(y, "DECRETO DEL SINDACO", FB, 14, track=1.5)
y -= 6.5 * mm
centre(y, "N. 7 di data 13 maggio 2027", FB, 12)
y -= 12 * mm
c.setFont(FB, 11)
c.drawString(L, y, "OGGETTO:")
y = para_tc(y, "Nomina del Responsabile della protezione dei dati personali (RPD) ai sensi dell'art. 37 "
               "del Regolamento (UE) 2016/679 per il triennio 2027-2029.", font=FB, x=L + 22 * mm,
            width=MEAS - 22 * mm)
y -= 6 * mm
centre(y, "IL SINDACO", FB, 11.5)
y -= 8 * mm
for t in [
    "Visto il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016, "
    "relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali, "
    "e in particolare gli articoli 37, 38 e 39, che disciplinano la designazione, la posizione e i "
    "compiti del Responsabile della protezione dei dati;",
    "Visto il decreto legislativo 30 giugno 2003, n. 196, come modificato dal decreto legislativo "
    "10 agosto 2018, n. 101;",
    "Dato atto che l'incarico conferito con il proprio decreto n. 4 di data 22 marzo 2024 è scaduto "
    "il 31 marzo 2027 e che occorre pertanto procedere a una nuova designazione;",
    "Vista la determinazione del Responsabile del Servizio segreteria n. 29 di data 3 maggio 2027, "
    "con la quale il servizio di Responsabile della protezione dei dati per il triennio 2027-2029 è "
    "stato affidato all'avv. Chiara Bortolotti, del foro di Trento;",
    "Verificato che l'avv. Chiara Bortolotti possiede un livello adeguato di conoscenza "
    "specialistica della normativa e delle prassi in materia di protezione dei dati e non si trova "
    "in situazioni di conflitto di interessi;",
    "Visto l'art. 62 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
    "approvato con L.R. 3 maggio 2018, n. 2;",
]:
    y = para_tc(y, t) - 2.5 * mm

y -= 2 * mm
centre(y, "D E C R E T A", FB, 11.5)
y -= 8 * mm
for i, t in enumerate([
    "di designare l'avv. Chiara Bortolotti quale Responsabile della protezione dei dati personali "
    "(RPD) del Comune di Tesero per il periodo dal 15 maggio 2027 al 14 maggio 2030;",
    "di stabilire che il Responsabile della protezione dei dati svolgerà i compiti previsti "
    "dall'art. 39 del Regolamento (UE) 2016/679, riferendo direttamente al Sindaco;",
    "di disporre la comunicazione dei dati di contatto del Responsabile al Garante per la "
    "protezione dei dati personali e la loro pubblicazione sul sito istituzionale;",
    "di trasmettere il presente decreto all'interessata, al Segretario comunale e ai Responsabili "
    "dei Servizi.",
], 1):
    c.setFont(F, 11)
    c.drawString(L, y, "%d." % i)
    y = para_tc(y, t, x=L + 7 * mm, width=MEAS - 7 * mm) - 1.5 * mm

y -= 6 * mm
c.setFont(F, 11)
c.drawString(L, y, "Tesero, 13 maggio 2027")
y -= 10 * mm
for t, f, s in (("IL SINDACO", FB, 11), ("Massimo Delladio", F, 11),
                ("(documento firmato digitalmente)", "Times-Italic", 8.5)):
    c.setFont(f, s)
    c.drawCentredString(R - 35 * mm, y, t)
    y -= 5.2 * mm

c.setFont("Times-Italic", 8)
c.drawString(L, 14 * mm, "Comune di Tesero – Decreto del Sindaco n. 7 di data 13 maggio 2027")
c.drawRightString(R, 14 * mm, "pag. 1 di 1")

# ---- then the letterhead ----
c.doForm("carta_intestata")
c.showPage()
c.save()
