# -*- coding: utf-8 -*-
"""Romano di Lombardia's Civilia-like determinazione drawn with ReportLab.

A2: justified line by line with Tw/Tc, running head (from page 2) and foot
    with the register numbers and "Pagina X di Y" (two passes).
A4: letterhead, header box and signature blocks are Form XObjects defined
    first and painted after the body text of their page, so the content
    stream reads body, then letterhead, then box; a publication stamp is
    drawn up the left margin, rotated 90 degrees.
Usage: python3 romano_rl.py OUTDIR
"""
import sys, os, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
import data
from rlflow import Flow, wrap

W, H = A4
BLUE = Color(0.11, 0.25, 0.47)
GREY = Color(0.91, 0.91, 0.91)
LAB = Color(0.93, 0.945, 0.97)
L, R = 20 * mm, W - 17 * mm


def crest(c, x, y):
    c.saveState()
    c.setStrokeColor(BLUE); c.setLineWidth(1.5); c.setFillColor(Color(0.95, 0.95, 0.95))
    p = c.beginPath()
    p.moveTo(x, y + 44); p.lineTo(x + 36, y + 44); p.lineTo(x + 36, y + 22)
    p.curveTo(x + 36, y + 8, x + 26, y + 2, x + 18, y)
    p.curveTo(x + 10, y + 2, x, y + 8, x, y + 22); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(BLUE); c.rect(x, y + 36, 36, 8, fill=1, stroke=0)
    c.setStrokeColor(Color(0.7, 0.13, 0.13)); c.setLineWidth(3)
    c.line(x + 9, y + 28, x + 18, y + 18); c.line(x + 18, y + 18, x + 27, y + 28)
    c.restoreState()


def letterhead(c, d, ytop):
    """Draws the letterhead with its top at ytop; returns its bottom."""
    b = d["body"]
    crest(c, L, ytop - 46)
    c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 14)
    c.drawString(L + 46, ytop - 14, "COMUNE DI ROMANO DI LOMBARDIA")
    c.setFillColor(black); c.setFont("Helvetica", 10)
    c.drawString(L + 46, ytop - 27, b["prov"])
    c.setFont("Helvetica", 7.5); c.setFillColor(Color(0.27, 0.27, 0.27))
    c.drawString(L + 46, ytop - 37, b["address"])
    c.drawString(L + 46, ytop - 46, "Tel. 0363 982311")
    c.setFillColor(black)
    # register box at the right
    bw, bh = 150, 34
    c.setStrokeColor(BLUE); c.setLineWidth(1.2)
    c.rect(R - bw, ytop - 6 - bh, bw, bh, fill=0, stroke=1)
    c.setFont("Helvetica", 9)
    c.drawCentredString(R - bw / 2, ytop - 19, "Registro Generale")
    s1, s2, s3 = "N. %d" % d["number"], " del ", d["date"]
    w = stringWidth(s1, "Helvetica-Bold", 11) + stringWidth(s2, "Helvetica", 9) + stringWidth(s3, "Helvetica-Bold", 11)
    x = R - bw / 2 - w / 2
    t = c.beginText(x, ytop - 33)
    t.setFont("Helvetica-Bold", 11); t.textOut(s1)
    t.setFont("Helvetica", 9); t.textOut(s2)
    t.setFont("Helvetica-Bold", 11); t.textOut(s3)
    c.drawText(t)
    return ytop - 56


def headbox_rows(d):
    rows = [("Settore", d["organ"], True), ("Servizio", d["office"], False),
            ("Determinazione di Settore", "N. %d del %s" % (d["sector_number"], d["sector_date"]), False)]
    return rows


def headbox(c, d, ytop):
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString((L + R) / 2, ytop - 16, "DETERMINAZIONE DEL RESPONSABILE DI SETTORE")
    y = ytop - 26
    rows = headbox_rows(d)
    rh = 15
    lw = (R - L) * 0.28
    c.setLineWidth(0.7); c.setStrokeColor(Color(0.33, 0.33, 0.33))
    for lab, val, bold in rows:
        c.setFillColor(LAB); c.rect(L, y - rh, lw, rh, fill=1, stroke=1)
        c.setFillColor(white); c.rect(L + lw, y - rh, R - L - lw, rh, fill=1, stroke=1)
        c.setFillColor(Color(0.13, 0.13, 0.2)); c.setFont("Helvetica", 8.5)
        c.drawString(L + 5, y - 10.5, lab)
        c.setFillColor(black); c.setFont("Helvetica-Bold" if bold else "Helvetica", 9.5)
        c.drawString(L + lw + 5, y - 10.5, val)
        y -= rh
    return y - 6


def subject_band(f, d, font="Helvetica-Bold", size=10):
    c = f.c
    lines = wrap(d["subject"], font, size, f.width - 68)
    h = len(lines) * size * 1.3 + 10
    f.need(h + 4)
    top = f.y - 4
    c.setFillColor(GREY); c.rect(L, top - h, R - L, h, fill=1, stroke=0)
    c.setFillColor(black); c.setLineWidth(1.2)
    c.line(L, top, R, top); c.line(L, top - h, R, top - h)
    y = top - 5
    for i, ln in enumerate(lines):
        y -= size * 1.3
        if i == 0:
            f._line(L + 6, y + 1.5, "OGGETTO:", font, size, mode="plain")
        f._line(L + 68, y + 1.5, ln, font, size, mode="plain")
    f.y = top - h - 6


def build_a2(out):
    d = data.A2
    total = [None]

    def run(target):
        c = canvas.Canvas(target, pagesize=A4, pageCompression=1)
        c.setTitle("Determinazione R.G. n. 31/2028")
        c.setAuthor("Settore 2 - Economico Finanziario")
        c.setCreator("Civilia Next - Atti amministrativi")

        def on_page(c, n):
            c.setFont("Helvetica", 7.5); c.setFillColor(Color(0.25, 0.25, 0.25))
            foot = "Settore 2 n. %d del %s – Pagina %d di %s" % (d["sector_number"], d["sector_date"], n, total[0] or "?")
            c.drawString(L, 12 * mm, "Comune di Romano di Lombardia – Determinazione R.G. n. %d del %s" % (d["number"], d["date"]))
            c.drawRightString(R, 12 * mm, foot)
            c.setLineWidth(0.4); c.line(L, 12 * mm + 9, R, 12 * mm + 9)
            c.setFillColor(black)
            if n == 1:
                y = letterhead(c, d, H - 15 * mm)
                y = headbox(c, d, y)
                c.setFont("Helvetica", 9.5)
                c.drawString(L, y - 8, "Servizio proponente: " + d["proposing_office"])
                return y - 14
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(L, H - 12 * mm, "Comune di Romano di Lombardia – Determinazione R.G. n. %d del %s – %s" % (d["number"], d["date"], "Settore 2 – Economico Finanziario"))
            c.line(L, H - 12 * mm - 4, R, H - 12 * mm - 4)
            return H - 20 * mm

        f = Flow(c, L, R, H - 20 * mm, 22 * mm, mode="twtc", on_page=on_page)
        subject_band(f, d)
        f.center("LA RESPONSABILE DEL SETTORE 2", size=10.5, after=4)
        for p in d["premises"][:1]:
            f.para(p, size=10)
        # the table of refunds
        tab = d["table"]
        cw = [70, 80, 45, 80, 70, 80]
        tw = sum(cw)
        x0 = L + (f.width - tw) / 2
        f.need(16 * len(tab) + 8)
        f.y -= 4
        for ri, row in enumerate(tab):
            rh = 14
            x = x0
            for ci, cell in enumerate(row):
                c.setLineWidth(0.5)
                if ri == 0:
                    c.setFillColor(LAB); c.rect(x, f.y - rh, cw[ci], rh, fill=1, stroke=1); c.setFillColor(black)
                elif cell or ri < len(tab) - 1:
                    c.rect(x, f.y - rh, cw[ci], rh, fill=0, stroke=1)
                fn = "Helvetica-Bold" if ri in (0, len(tab) - 1) else "Helvetica"
                if ci >= 3 and ri > 0:
                    c.setFont(fn, 8.5); c.drawRightString(x + cw[ci] - 4, f.y - 10, cell)
                else:
                    c.setFont(fn, 8.5); c.drawString(x + 4, f.y - 10, cell)
                x += cw[ci]
            f.y -= rh
        f.y -= 6
        for p in d["premises"][1:]:
            f.para(p, size=10)
        f.para("Accertata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;", size=10)
        f.center("DETERMINA", size=11, after=4)
        f.numbered(d["points"], size=10)
        f.need(70)
        f.y -= 18
        cx = L + f.width * 0.72
        for i, ln in enumerate(d["signer_role"]):
            f.center(ln, font="Helvetica", size=10, after=0, x0=cx - 110, x1=cx + 110)
        f.center("%s %s" % (d["signer_title"], d["signer_name"]), font="Helvetica-Bold", size=10, after=0, x0=cx - 110, x1=cx + 110)
        f.center("(documento firmato digitalmente)", font="Helvetica", size=7.5, after=8, x0=cx - 110, x1=cx + 110)
        f.need(60)
        f.y -= 8
        f.para("VISTO DI REGOLARITÀ CONTABILE", font="Helvetica-Bold", size=8.5, align="left", after=1)
        f.para("Visto il presente provvedimento, si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 187/2028 – liquidazione n. 64/2028. Romano di Lombardia, 17/01/2028. La Responsabile del Settore 2 – Economico Finanziario, dott.ssa Silvia Locatelli (firmato digitalmente)", size=8.5)
        c.showPage()
        c.save()
        return f.page

    buf = io.BytesIO()
    total[0] = run(buf)
    run(os.path.join(out, data.filename(d)))


def build_a4(out):
    d = data.A4
    c = canvas.Canvas(os.path.join(out, data.filename(d)), pagesize=A4, pageCompression=1)
    c.setTitle("DT-55-2028")
    c.setCreator("Civilia Next - modulo stampa determine")
    # ---- forms defined first ------------------------------------------
    c.beginForm("Intestazione", 0, 0, W, H)
    yl = letterhead(c, d, H - 15 * mm)
    c.endForm()
    c.beginForm("Riquadro", 0, 0, W, H)
    yb = headbox(c, d, yl)
    c.endForm()

    def sigform(name, lines, w=200):
        c.beginForm(name, 0, 0, w, 70)
        y = 60
        for i, (txt, fn, sz) in enumerate(lines):
            c.setFont(fn, sz)
            c.drawCentredString(w / 2, y, txt)
            y -= sz * 1.35
        c.endForm()

    sigform("FirmaRUP", [(d["rup"]["role"], "Helvetica", 9), (d["rup"]["unit"], "Helvetica", 9),
                         ("%s %s" % (d["rup"]["title"], d["rup"]["name"]), "Helvetica-Bold", 9.5),
                         ("(firmato digitalmente)", "Helvetica", 7)])
    sigform("FirmaResp", [(d["signer_role"][0], "Helvetica", 9.5), (d["signer_role"][1], "Helvetica", 9.5),
                          ("%s %s" % (d["signer_title"], d["signer_name"]), "Helvetica-Bold", 10),
                          ("(firmato digitalmente)", "Helvetica", 7)], w=230)
    c.beginForm("Piede", 0, 0, W, 20 * mm)
    c.setFont("Helvetica", 7); c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawCentredString(W / 2, 11 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – originale conservato negli archivi informatici del Comune di Romano di Lombardia")
    c.endForm()

    pending = []

    def on_page(c, n):
        # paint the forms of the previous page last in its stream: done by flush()
        if n == 1:
            pending.extend(["Intestazione", "Riquadro"])
            return yb
        return H - 18 * mm

    def flush():
        c.saveState()
        for nm in pending:
            c.doForm(nm)
        c.doForm("Piede")
        c.restoreState()
        del pending[:]

    class F(Flow):
        def newpage(self):
            flush()
            Flow.newpage(self)

    f = F(c, L + 6 * mm, R, H - 18 * mm, 24 * mm, mode="plain", on_page=on_page)
    f.left = L; f.width = R - L
    subject_band(f, d)
    f.center("IL RESPONSABILE DEL SETTORE 3", size=10.5, after=4)
    for p in d["premises"]:
        f.para(p, size=10, align="left")
    f.para("Accertata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;", size=10, align="left")
    f.center("DETERMINA", size=11, after=4)
    f.numbered(d["points"], size=10)
    f.need(90)
    f.y -= 80
    c.saveState(); c.translate(L, f.y); c.doForm("FirmaRUP"); c.restoreState()
    c.saveState(); c.translate(R - 230, f.y); c.doForm("FirmaResp"); c.restoreState()
    # stamp up the left margin of the last page, drawn last
    c.saveState()
    c.translate(12 * mm, 60 * mm)
    c.rotate(90)
    red = Color(0.72, 0.1, 0.1)
    c.setStrokeColor(red); c.setFillColor(red); c.setLineWidth(1)
    c.roundRect(0, -4, 330, 22, 4, fill=0, stroke=1)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(6, 9, "PUBBLICATA ALL’ALBO PRETORIO ON LINE dal 28/01/2028 al 12/02/2028")
    c.setFont("Helvetica", 7)
    c.drawString(6, 0, "Reg. pubbl. n. 187 – Il Messo comunale: Luigi Brambilla")
    c.restoreState()
    flush()
    c.showPage()
    c.save()


if __name__ == "__main__":
    out = sys.argv[1]
    build_a2(out)
    build_a4(out)
