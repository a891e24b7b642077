# -*- coding: utf-8 -*-
"""C1: Collecorvino minute drawn on the ReportLab canvas (Halley-like layout).
Justified lines carry their own Tw (and a little Tc where the slack is large),
the title is spread with Tc, the foot repeats the act's number on each page."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from data import COLL_ACTS
from coll_model import blocks, running
from rlutil import Flow, wrap


def crest(c, x, y):
    c.saveState()
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + 36, y)
    p.lineTo(x + 36, y - 26)
    p.curveTo(x + 36, y - 40, x + 18, y - 46, x + 18, y - 46)
    p.curveTo(x + 18, y - 46, x, y - 40, x, y - 26)
    p.close()
    c.drawPath(p)
    c.setFillGray(0.55)
    c.rect(x + 6, y - 24, 24, 10, stroke=0, fill=1)
    c.restoreState()


def render(a, out, total=3):
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(running(a))
    c.setAuthor("Comune di Collecorvino")
    c.setCreator("Halley Informatica - Atti amministrativi")
    run = running(a)
    pages = {"n": total}

    def on_page(cv, n):
        cv.setFont("Helvetica", 7.5)
        cv.setLineWidth(0.4)
        cv.line(56, 46, W - 56, 46)
        cv.drawString(56, 36, run)
        cv.drawRightString(W - 56, 36, "Pag. %d di %d" % (n, pages["n"]))

    f = Flow(c, 62, W - 62, H - 50, 66, on_page)
    for b in blocks(a):
        k = b[0]
        if k == "letterhead":
            crest(c, 62, f.y - 2)
            c.setFont("Times-Bold", 17)
            c.drawCentredString(W / 2 + 14, f.y - 16, b[1])
            c.setFont("Times-Italic", 11)
            c.drawCentredString(W / 2 + 14, f.y - 31, b[2])
            c.setFont("Helvetica", 7)
            c.drawCentredString(W / 2 + 14, f.y - 43, b[3])
            c.setLineWidth(0.8)
            c.rect(W - 62 - 58, f.y - 20, 58, 18)
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(W - 62 - 29, f.y - 15, "COPIA")
            f.gap(62)
        elif k == "title":
            f.spaced(b[1], "Helvetica-Bold", 11.5, 1.1, leading=20)
        elif k == "numrow":
            y = f.y
            c.setLineWidth(0.6)
            c.rect(f.left, y - 22, 140, 22)
            c.rect(f.left + 140, y - 22, 150, 22)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(f.left + 8, y - 16, b[1])
            c.drawString(f.left + 148, y - 16, b[2])
            c.setFont("Helvetica", 7.5)
            c.drawString(f.left + 300, y - 9, b[3])
            c.drawString(f.left + 300, y - 18, b[4])
            f.gap(32)
        elif k == "subject":
            lines = wrap(b[2], "Helvetica-Bold", 10.5, f.width - 80)
            h = 10 + 13 * len(lines)
            c.setLineWidth(0.6)
            c.rect(f.left, f.y - h, f.width, h)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(f.left + 6, f.y - 15, b[1])
            for i, l in enumerate(lines):
                c.drawString(f.left + 72, f.y - 15 - 13 * i, l)
            f.gap(h + 10)
        elif k == "para":
            f.justified(b[1], "Times-Roman", 11, 14, first_indent=0, tc_loose=True)
            f.gap(3)
        elif k == "center":
            f.gap(4)
            if b[1].startswith("D E L"):
                f.spaced("DELIBERA", "Times-Bold", 12, 4.0, leading=18)
            else:
                f.spaced(b[1], "Times-Bold", 11.5, 0.4, leading=18)
        elif k == "roll":
            cols = [f.left, f.left + 28, f.left + 218, f.left + 330, f.left + 400, f.left + 470]
            rowh = 16
            f.need(rowh * (len(b[1]) + 1) + 4)
            y = f.y
            c.setLineWidth(0.5)
            heads = ["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]
            c.setFillGray(0.88)
            c.rect(cols[0], y - rowh, cols[-1] - cols[0], rowh, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9)
            for i, hd in enumerate(heads):
                if i >= 3:
                    c.drawCentredString((cols[i] + cols[i + 1]) / 2, y - 11.5, hd)
                else:
                    c.drawString(cols[i] + 4, y - 11.5, hd)
            c.setFont("Helvetica", 9.5)
            for j, (n, name, role, pres) in enumerate(b[1]):
                yy = y - rowh * (j + 2)
                c.drawString(cols[0] + 4, yy + 4.5, "%d" % n)
                c.drawString(cols[1] + 4, yy + 4.5, name)
                c.drawString(cols[2] + 4, yy + 4.5, role)
                mark_col = 3 if pres else 4
                c.drawCentredString((cols[mark_col] + cols[mark_col + 1]) / 2, yy + 4.5, "X")
            nrows = len(b[1]) + 1
            for j in range(nrows + 1):
                c.line(cols[0], y - rowh * j, cols[-1], y - rowh * j)
            for x in cols:
                c.line(x, y, x, y - rowh * nrows)
            f.gap(rowh * nrows + 6)
        elif k == "counts":
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(f.left + 330, f.y - 10, b[1])
            c.drawString(f.left + 410, f.y - 10, b[2])
            f.gap(18)
        elif k == "points":
            for i, p in enumerate(b[1]):
                f.need(14)
                c.setFont("Times-Roman", 11)
                c.drawString(f.left + 8, f.y - 11, "%d." % (i + 1))
                f.justified(p, "Times-Roman", 11, 14, indent=24, tc_loose=True)
                f.gap(2)
        elif k == "pareri":
            f.gap(6)
            f.need(110)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(f.left, f.y - 9, b[1])
            f.gap(14)
            for (l1, l2, l3, l4) in b[2]:
                c.setLineWidth(0.4)
                c.rect(f.left, f.y - 40, f.width, 40)
                c.setFont("Helvetica", 8.5)
                c.drawString(f.left + 6, f.y - 12, l1)
                c.drawString(f.left + 6, f.y - 26, l2)
                c.drawCentredString(f.right - 100, f.y - 12, l3)
                c.drawCentredString(f.right - 100, f.y - 26, l4)
                f.gap(44)
            f.gap(6)
        elif k == "signatures":
            f.need(50)
            c.setFont("Times-Bold", 10.5)
            c.drawCentredString(f.left + 100, f.y - 12, b[1][0])
            c.drawCentredString(f.right - 100, f.y - 12, b[2][0])
            c.setFont("Times-Roman", 10.5)
            c.drawCentredString(f.left + 100, f.y - 28, b[1][1])
            c.drawCentredString(f.right - 100, f.y - 28, b[2][1])
            f.gap(46)
        elif k == "sigright":
            f.need(48)
            c.setFont("Times-Roman", 10.5)
            c.drawString(f.left, f.y - 12, b[1])
            c.setFont("Times-Bold", 10.5)
            c.drawCentredString(f.right - 100, f.y - 12, b[2])
            c.setFont("Times-Roman", 10.5)
            c.drawCentredString(f.right - 100, f.y - 27, b[3])
            f.gap(38)
        elif k == "note":
            f.gap(8)
            f.justified(b[1], "Helvetica-Oblique", 7.5, 9.5, align="L")
    c.showPage()
    c.save()
    return f.page


if __name__ == "__main__":
    act = [a for a in COLL_ACTS if a["id"] == sys.argv[1]][0]
    import io
    n = render(act, io.BytesIO())
    render(act, sys.argv[2], n)
