#!/usr/bin/env python3
"""Comune di Vittorito - convocation of the Consiglio Comunale as the Hypersic
"Sedute" module prints it: each block of the letter (letterhead, addressees,
subject and body, agenda, signature, footer) is a Form XObject, and the page
invokes them in the order the report engine finishes them, not in reading order
(signature first, letterhead near the end)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
L, R = 20 * mm, W - 20 * mm
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Convocazione Consiglio Comunale - seduta del 14/07/2028")
c.setAuthor("Comune di Vittorito")
c.setCreator("Hypersic Sedute")
c.setProducer("Hypersic Sedute / ReportLab")


def wrap(text, font, size, width):
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


def justified(c, x, y, text, font, size, width, lead):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y)
        t.setFont(font, size)
        words = ln.split()
        if i < len(lines) - 1 and len(words) > 1:
            extra = (width - stringWidth(ln, font, size)) / (len(words) - 1)
            t.setWordSpace(extra)
        else:
            t.setWordSpace(0)
        t.textOut(ln)
        c.drawText(t)
        y -= lead
    return y


# ---- letterhead (same model as the Hypersic minutes)
c.beginForm("LH")
c.setStrokeColor(colors.HexColor("#7a1d1d"))
c.setFillColor(colors.HexColor("#7a1d1d"))
c.setLineWidth(1.2)
p = c.beginPath()
p.moveTo(22 * mm, H - 12 * mm); p.lineTo(36 * mm, H - 12 * mm); p.lineTo(36 * mm, H - 24 * mm)
p.curveTo(36 * mm, H - 29 * mm, 31 * mm, H - 31 * mm, 29 * mm, H - 32 * mm)
p.curveTo(27 * mm, H - 31 * mm, 22 * mm, H - 29 * mm, 22 * mm, H - 24 * mm); p.close()
c.drawPath(p, stroke=1, fill=0)
c.rect(26.5 * mm, H - 26 * mm, 5 * mm, 10 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 17)
c.drawCentredString(W / 2, H - 18 * mm, "COMUNE DI VITTORITO")
c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, H - 23.5 * mm, "Provincia dell'Aquila")
c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, H - 28 * mm, "Via Roma n. 12 - 67030 Vittorito (AQ) - tel. 0864 727105 - "
                                        "protocollo@pec.comune.vittorito.aq.it")
c.setLineWidth(1.4)
c.line(L, H - 32 * mm, R, H - 32 * mm)
c.setLineWidth(0.5)
c.line(L, H - 33.2 * mm, R, H - 33.2 * mm)
c.endForm()

# ---- protocol line and addressees
c.beginForm("ADDR")
c.setFont("Helvetica", 9.5)
c.drawString(L, H - 44 * mm, "Prot. n. 2871")
c.drawString(L, H - 49 * mm, "Vittorito, 06/07/2028")
x = 112 * mm
y = H - 44 * mm
for i, ln in enumerate(["Ai Signori Consiglieri Comunali", "LORO SEDI", "",
                        "Al Segretario Comunale", "Al Revisore dei conti", "",
                        "e p.c.  Alla Prefettura - U.T.G. dell'Aquila", "Al Comando Stazione Carabinieri di Raiano"]):
    c.setFont("Helvetica-Bold" if i == 1 else "Helvetica", 9.5)
    c.drawString(x + (12 * mm if ln and i not in (0, 1, 3, 4, 6) else 0), y, ln)
    y -= 4.6 * mm
c.endForm()

# ---- subject and body
c.beginForm("BODY")
y = H - 96 * mm
c.setFont("Helvetica-Bold", 10.5)
c.drawString(L, y, "OGGETTO:")
for ln in wrap("Convocazione del Consiglio Comunale in sessione ordinaria, seduta pubblica di prima "
               "convocazione.", "Helvetica-Bold", 10.5, 145 * mm):
    c.drawString(L + 22 * mm, y, ln)
    y -= 5.2 * mm
y -= 4 * mm
y = justified(c, L, y, "Ai sensi dell'art. 38 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente "
              "Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla "
              "seduta del Consiglio Comunale, in sessione ordinaria e in seduta pubblica di prima convocazione, "
              "che si terra' presso la Sala consiliare del Palazzo municipale, in Via Roma n. 12,",
              "Helvetica", 10.5, R - L, 5.2 * mm)
y -= 2 * mm
c.setFont("Helvetica-Bold", 11)
c.drawCentredString(W / 2, y, "venerdi' 14 luglio 2028, alle ore 18:00,")
y -= 7 * mm
y = justified(c, L, y, "per la trattazione degli argomenti iscritti al seguente ordine del giorno. In mancanza del "
              "numero legale, la seduta di seconda convocazione si terra' il giorno lunedi' 17 luglio 2028, alla "
              "stessa ora e nello stesso luogo, senza ulteriore avviso.",
              "Helvetica", 10.5, R - L, 5.2 * mm)
c.endForm()

# ---- agenda (drawn bottom-up inside its form)
c.beginForm("ODG")
items = ["Lettura e approvazione dei verbali della seduta precedente.",
         "Assestamento generale di bilancio e salvaguardia degli equilibri per l'esercizio 2028 "
         "(artt. 175, comma 8, e 193 del D.Lgs. 267/2000).",
         "Approvazione del Regolamento comunale per l'utilizzo temporaneo dei locali e delle "
         "attrezzature di proprieta' comunale.",
         "Mozione del gruppo consiliare \"Vittorito Futura\" sul potenziamento del trasporto pubblico "
         "verso Sulmona.",
         "Comunicazioni del Sindaco."]
top = H - 166 * mm
blocks = []
y = top - 9 * mm
for i, it in enumerate(items, 1):
    lines = wrap(it, "Helvetica", 10.5, R - L - 10 * mm)
    blocks.append((i, y, lines))
    y -= 5.2 * mm * len(lines) + 1.5 * mm
for i, yy, lines in reversed(blocks):
    for k in range(len(lines) - 1, -1, -1):
        c.setFont("Helvetica", 10.5)
        c.drawString(L + 10 * mm, yy - k * 5.2 * mm, lines[k])
    c.drawString(L + 2 * mm, yy, f"{i}.")
c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(W / 2, top, "ORDINE DEL GIORNO")
c.endForm()

# ---- closing and signature
c.beginForm("SIG")
c.setFont("Helvetica", 10.5)
justified(c, L, 73 * mm, "La documentazione relativa agli argomenti iscritti e' depositata presso l'Ufficio di "
          "Segreteria ed e' consultabile negli orari di apertura al pubblico, ai sensi dell'art. 12 del Regolamento "
          "del Consiglio.", "Helvetica", 10.5, R - L, 5.2 * mm)
c.drawString(L, 59 * mm, "Distinti saluti.")
c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(150 * mm, 52 * mm, "IL SINDACO")
c.setFont("Helvetica", 10.5)
c.drawCentredString(150 * mm, 46 * mm, "geom. Carlo Di Benedetto")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(150 * mm, 41 * mm, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
c.endForm()

c.beginForm("FOOT")
c.setFont("Helvetica", 7.5)
c.setFillColor(colors.HexColor("#444444"))
c.setLineWidth(0.4)
c.line(L, 15.5 * mm, R, 15.5 * mm)
c.drawString(L, 12 * mm, "Convocazione C.C. - seduta del 14/07/2028")
c.drawRightString(R, 12 * mm, "Hypersic - Sedute  |  pag. 1")
c.endForm()

# invoked out of reading order
for name in ("SIG", "ODG", "FOOT", "BODY", "LH", "ADDR"):
    c.doForm(name)
c.showPage()
c.save()
