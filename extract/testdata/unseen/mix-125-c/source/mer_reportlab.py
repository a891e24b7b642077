# -*- coding: utf-8 -*-
"""M3: Merano minute on the ReportLab canvas: letter-spaced headings (Tc),
lines justified by Tw, the running head with the act's number on every page
and the page count at the foot."""
import io
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from data import MER_ACTS
from mer_model import blocks, running
from rlutil import Flow, wrap


def render(a, out, total=2):
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(running(a))
    c.setAuthor("Stadtgemeinde Meran - Comune di Merano")
    c.setCreator("GVCC Delibere")
    run = running(a)

    def on_page(cv, n):
        cv.setFont("Helvetica", 7.5)
        cv.drawCentredString(W / 2, H - 36, run)
        cv.setLineWidth(0.4)
        cv.line(60, H - 40, W - 60, H - 40)
        cv.drawRightString(W - 60, 36, "Pag./Seite %d / %d" % (n, total))

    f = Flow(c, 64, W - 64, H - 56, 60, on_page)
    for b in blocks(a):
        k = b[0]
        if k == "letterhead":
            y = f.y
            t = c.beginText(); t.setTextOrigin(f.left, y - 12); t.setFont("Helvetica-Bold", 12.5); t.setCharSpace(0.8); t.textOut(b[1]); t.setCharSpace(0); c.drawText(t)
            c.setFont("Helvetica", 8.5); c.drawString(f.left, y - 24, b[2])
            w = stringWidth(b[3], "Helvetica-Bold", 12.5) + 0.8 * (len(b[3]) - 1)
            t = c.beginText(); t.setTextOrigin(f.right - w, y - 12); t.setFont("Helvetica-Bold", 12.5); t.setCharSpace(0.8); t.textOut(b[3]); t.setCharSpace(0); c.drawText(t)
            c.setFont("Helvetica", 8.5); c.drawRightString(f.right, y - 24, b[4])
            c.setFillGray(0.55); c.rect(W / 2 - 12, y - 30, 24, 30, stroke=0, fill=1); c.setFillGray(0)
            c.setFont("Helvetica", 6.5); c.drawCentredString(W / 2, y - 42, b[5])
            c.setLineWidth(0.9); c.line(f.left, y - 47, f.right, y - 47)
            f.gap(62)
        elif k == "title":
            f.spaced(b[1].upper(), "Times-Bold", 12.5, 1.6, leading=17)
            f.spaced(b[2].upper(), "Times-Italic", 10.5, 1.6, leading=20)
        elif k == "numrow":
            x = f.left + 40
            for (it, de, v), w in zip(b[1], [90, 190, 110]):
                c.setLineWidth(0.5); c.rect(x, f.y - 20, w, 20)
                lab = "%s / %s " % (it, de)
                c.setFont("Helvetica", 8.5); c.drawString(x + 5, f.y - 14, lab)
                c.setFont("Helvetica-Bold", 10.5); c.drawString(x + 5 + stringWidth(lab, "Helvetica", 8.5), f.y - 14, v)
                x += w
            f.gap(30)
        elif k == "proposal":
            c.setFont("Helvetica", 8)
            c.drawString(f.left, f.y - 8, b[1])
            c.drawRightString(f.right, f.y - 8, b[2])
            f.gap(18)
        elif k == "subject":
            y0 = f.y
            c.setFont("Helvetica-Bold", 10); c.drawString(f.left, f.y - 10, b[1])
            for ln in wrap(b[2], "Helvetica-Bold", 10, f.width - 70):
                c.setFont("Helvetica-Bold", 10); c.drawString(f.left + 70, f.y - 10, ln); f.gap(12.5)
            f.gap(3)
            c.setFont("Helvetica-Oblique", 9.5); c.drawString(f.left, f.y - 10, b[3])
            for ln in wrap(b[4], "Helvetica-Oblique", 9.5, f.width - 70):
                c.drawString(f.left + 70, f.y - 10, ln); f.gap(12)
            c.setLineWidth(0.5); c.rect(f.left - 4, f.y - 4, f.width + 8, y0 - f.y + 8)
            f.gap(12)
        elif k == "para":
            f.justified(b[1], "Times-Roman", 10.5, 13.5)
            f.gap(3)
        elif k == "roll2":
            left, right = b[1]
            colx = [f.left, f.left + 110, f.left + 180, f.left + 233, f.left + 343, f.left + 413, f.right]
            rows = max(len(left), len(right))
            rh = 13
            f.need(rh * (rows + 2) + 20)
            top = f.y
            c.setFillGray(0.9); c.rect(f.left, top - 24, f.width, 24, stroke=0, fill=1); c.setFillGray(0)
            for i, (h1, h2) in enumerate([("Cognome e nome", "Zu- und Vorname"), ("Carica", "Amt"), ("pres.", "anw.")] * 2):
                c.setFont("Helvetica-Bold", 8); c.drawString(colx[i] + 3, top - 10, h1)
                c.setFont("Helvetica-Oblique", 7.5); c.drawString(colx[i] + 3, top - 19, h2)
            yy = top - 24
            for r in range(rows):
                for half, base in ((left, 0), (right, 3)):
                    if r < len(half):
                        n, role, p = half[r]
                        c.setFont("Helvetica", 8.5)
                        c.drawString(colx[base] + 3, yy - 9.5, n)
                        c.drawString(colx[base + 1] + 3, yy - 9.5, role)
                        c.drawCentredString((colx[base + 2] + colx[base + 3]) / 2, yy - 9.5, "X" if p else "a.g.")
                yy -= rh
                c.setLineWidth(0.3); c.line(f.left, yy, f.right, yy)
            c.setLineWidth(0.5); c.rect(f.left, yy, f.width, top - yy)
            for x in colx[1:-1]:
                c.setLineWidth(1.2 if x == colx[3] else 0.4); c.line(x, top, x, yy)
            c.setFont("Helvetica", 6.5)
            c.drawString(f.left, yy - 9, "X = presente / anwesend   a.g. = assente giustificato / entschuldigt abwesend")
            f.y = yy - 20
        elif k == "center":
            f.gap(4)
            if b[1] == "delibera":
                f.spaced("DELIBERA", "Times-Bold", 11.5, 5.0, leading=18)
            else:
                f.spaced(b[1], "Times-Bold", 11.5, 1.2, leading=18)
        elif k == "points":
            for i, p in enumerate(b[1]):
                f.need(14)
                c.setFont("Times-Roman", 10.5); c.drawString(f.left + 6, f.y - 10.5, "%d." % (i + 1))
                f.justified(p, "Times-Roman", 10.5, 13.5, indent=22)
                f.gap(2)
        elif k == "signatures":
            f.need(60)
            f.gap(8)
            for (t, n), cx in ((b[1], f.left + 110), (b[2], f.right - 110)):
                c.setFont("Times-Bold", 10); c.drawCentredString(cx, f.y - 10, t)
                c.setFont("Times-Roman", 10.5); c.drawCentredString(cx, f.y - 24, n)
                c.setFont("Times-Italic", 7.5); c.drawCentredString(cx, f.y - 35, b[3])
            f.gap(52)
        elif k == "pubhead":
            f.need(60)
            c.setLineWidth(0.5); c.line(f.left, f.y, f.right, f.y)
            f.gap(4)
            f.spaced(b[1], "Times-Bold", 10.5, 0.6, leading=16, align="L")
    c.showPage()
    c.save()
    return f.page


if __name__ == "__main__":
    act = [x for x in MER_ACTS if x["id"] == sys.argv[1]][0]
    n = render(act, io.BytesIO())
    render(act, sys.argv[2], n)
