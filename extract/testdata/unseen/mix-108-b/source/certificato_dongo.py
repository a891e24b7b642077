#!/usr/bin/env python3
"""Comune di Dongo - certificate of publication of a Giunta deliberation.

ReportLab canvas, as a records package's print module writes it: the
letterhead and the footer are Form XObjects drawn after the body, every
body line is justified by its own word spacing (Tw) and, where a line has
few spaces, a little character spacing (Tc); the title is letter-spaced.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "certificato-dongo-sinergis.pdf"
W, H = A4
ML, MR = 56, 56
TW = W - ML - MR
BLUE = (0x1d / 255, 0x3c / 255, 0x6e / 255)

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Certificato di pubblicazione - G.C. 52/2026")
c.setAuthor("Ufficio Segreteria")
c.setCreator("Sinergis Atti Amministrativi - modulo Albo")


def letterhead():
    c.beginForm("lh")
    # crest
    c.setStrokeColorRGB(*BLUE)
    c.setLineWidth(1.5)
    p = c.beginPath()
    x0, y0 = ML, H - 96
    p.moveTo(x0, y0 + 48)
    p.lineTo(x0 + 40, y0 + 48)
    p.lineTo(x0 + 40, y0 + 20)
    p.curveTo(x0 + 40, y0 + 8, x0 + 28, y0 + 2, x0 + 20, y0 - 2)
    p.curveTo(x0 + 12, y0 + 2, x0, y0 + 8, x0, y0 + 20)
    p.close()
    c.setFillColorRGB(0.87, 0.91, 0.96)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(0.69, 0.23, 0.18)
    q = c.beginPath()
    q.moveTo(x0 + 8, y0 + 30)
    q.lineTo(x0 + 14, y0 + 40)
    q.lineTo(x0 + 20, y0 + 30)
    q.lineTo(x0 + 26, y0 + 40)
    q.lineTo(x0 + 32, y0 + 30)
    q.lineTo(x0 + 32, y0 + 24)
    q.lineTo(x0 + 8, y0 + 24)
    q.close()
    c.drawPath(q, stroke=0, fill=1)
    c.setFillColorRGB(*BLUE)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(ML + 52, H - 62, "COMUNE DI DONGO")
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(ML + 52, H - 76, "Provincia di Como")
    c.setFillColorRGB(0.27, 0.27, 0.27)
    c.setFont("Helvetica", 9.5)
    c.drawRightString(W - MR, H - 60, "UFFICIO SEGRETERIA")
    c.drawRightString(W - MR, H - 72, "ALBO PRETORIO ON LINE")
    c.setStrokeColorRGB(*BLUE)
    c.setLineWidth(1.4)
    c.line(ML, H - 102, W - MR, H - 102)
    c.endForm()

    c.beginForm("foot")
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(*BLUE)
    c.line(ML, 40, W - MR, 40)
    c.setFillColorRGB(0.27, 0.27, 0.27)
    c.setFont("Helvetica", 7)
    c.drawString(ML, 30, "Comune di Dongo \u2013 Piazza Paracchini, 6 \u2013 22014 Dongo (CO) \u2013 protocollo@pec.comune.dongo.co.it")
    c.drawRightString(W - MR, 30, "Reg. Pubbl. n. 612/2026 \u2013 pag. 1/1")
    c.endForm()


def justified(text, font, size, y, lead, last_left=True, indent=0):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        avail = TW - (indent if not lines else 0)
        if cur and stringWidth(trial, font, size) > avail:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        x = ML + (indent if i == 0 else 0)
        avail = TW - (indent if i == 0 else 0)
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(0)
        t.setWordSpace(0)
        if i < len(lines) - 1 or not last_left:
            gap = avail - stringWidth(s, font, size)
            ns = s.count(" ")
            if ns >= 6:
                t.setWordSpace(gap / ns)
            else:
                # few spaces: spread over the letters as well
                tc = gap * 0.5 / max(1, len(s) - 1)
                t.setCharSpace(tc)
                t.setWordSpace((gap - tc * (len(s) - 1)) / max(1, ns))
        t.textOut(s)
        t.setCharSpace(0)
        t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y


letterhead()

# ---- body first (the letterhead is painted afterwards) ----
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica", 9.5)
c.drawString(ML, H - 116, "Reg. Pubbl. n. 612/2026")
c.drawRightString(W - MR, H - 116, "Dongo, 24 luglio 2026")

t = c.beginText()
t.setTextOrigin(ML + 62, H - 160)
t.setFont("Helvetica-Bold", 14)
t.setCharSpace(3.2)
t.textOut("CERTIFICATO DI PUBBLICAZIONE")
t.setCharSpace(0)
c.drawText(t)

# box with the certified act
bx_top = H - 180
c.setLineWidth(0.6)
c.setStrokeColorRGB(0.3, 0.3, 0.3)
c.rect(ML, bx_top - 78, TW, 78)
c.setFont("Helvetica-Bold", 10.5)
c.drawString(ML + 10, bx_top - 16, "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 52 DEL 06/07/2026")
c.setFont("Helvetica-Bold", 9.5)
c.drawString(ML + 10, bx_top - 34, "OGGETTO:")
subj = [
    "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DONGO",
    "PER LA GESTIONE DEL PUNTO DI INFORMAZIONE E ACCOGLIENZA TURISTICA",
    "\u2013 STAGIONE 2026.",
]
c.setFont("Helvetica", 9.5)
yy = bx_top - 34
for s in subj:
    c.drawString(ML + 66, yy, s)
    yy -= 12.5

y = bx_top - 108
body = [
    ("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio e la dichiarazione del Responsabile "
     "della pubblicazione,"),
]
y = justified(body[0], "Times-Roman", 11.5, y, 15.5, indent=20)
y -= 6
t = c.beginText(ML, y)
t.setFont("Times-Bold", 12)
t.setCharSpace(2.5)
t.textOut("CERTIFICA")
t.setCharSpace(0)
c.drawText(t)
y -= 22
y = justified(
    "che copia della deliberazione in oggetto \u00e8 stata pubblicata all'Albo Pretorio on line di questo Comune, "
    "accessibile dal sito istituzionale www.comune.dongo.co.it, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 "
    "agosto 2000, n. 267 e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, per quindici giorni "
    "consecutivi dal 08/07/2026 al 23/07/2026, registrata al n. 612 del Registro delle pubblicazioni, e che "
    "contro di essa non sono pervenuti reclami od opposizioni.",
    "Times-Roman", 11.5, y, 15.5)
y -= 8
y = justified(
    "Si attesta altres\u00ec che la deliberazione \u00e8 stata comunicata ai Capigruppo consiliari con nota "
    "prot. n. 4466 del 08/07/2026, contestualmente all'affissione, ai sensi dell'art. 125 del D.Lgs. 267/2000.",
    "Times-Roman", 11.5, y, 15.5, indent=20)

y -= 40
c.setFont("Helvetica-Bold", 9.5)
c.drawCentredString(ML + 100, y, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.drawCentredString(W - MR - 100, y, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 10)
c.drawCentredString(ML + 100, y - 15, "Mirella Gobbi")
c.drawCentredString(W - MR - 100, y - 15, "dott.ssa Paola Cerfoglia")
c.setFont("Helvetica-Oblique", 7)
c.drawCentredString(W - MR - 100, y - 28, "firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005")

# ---- then the footer and the letterhead ----
c.doForm("foot")
c.doForm("lh")
c.showPage()
c.save()
