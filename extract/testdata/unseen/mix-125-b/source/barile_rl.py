# -*- coding: utf-8 -*-
"""B4: Barile's Hypersic-like determinazione drawn by a report engine that
places every glyph alone (one BT/Td/Tj/ET per glyph, no space characters
anywhere; word gaps are only distances), ReportLab canvas, Helvetica.
Usage: python3 barile_rl.py OUTDIR [CRESTDIR]   (crest-barile.png, made by barile_docx.py)
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
import data
from rlflow import Flow

W, H = A4
L, R = 20 * mm, W - 18 * mm
d = data.B4
b = d["body"]


def g(c, x, y, s, font, size, spacing=0.0):
    """Places each glyph of s alone; returns the end x."""
    cx = x
    for ch in s:
        if ch != " ":
            t = c.beginText(cx, y)
            t.setFont(font, size)
            t.textOut(ch)
            c.drawText(t)
        cx += stringWidth(ch, font, size) + spacing
    return cx


def gc(c, xc, y, s, font, size):
    g(c, xc - stringWidth(s, font, size) / 2, y, s, font, size)


def build(out):
    c = canvas.Canvas(os.path.join(out, data.filename(d)), pagesize=A4, pageCompression=1)
    c.setTitle("Determinazione %d/2028" % d["number"])
    c.setCreator("Hypersic - Stampa atti (motore report)")

    def on_page(c, n):
        c.setFillColor(Color(0.25, 0.25, 0.25))
        foot = "Comune di Barile – Area Vigilanza – Determinazione R.G. n. %d del %s – Pag. %d" % (d["number"], d["date"], n)
        gc(c, W / 2, 11 * mm, foot, "Helvetica", 7.5)
        c.setLineWidth(0.3); c.line(L, 11 * mm + 9, R, 11 * mm + 9)
        c.setFillColor(black)
        if n > 1:
            return H - 18 * mm
        top = H - 14 * mm
        c.drawImage(os.path.join(sys.argv[2] if len(sys.argv) > 2 else out, "crest-barile.png"), L, top - 50, width=15 * mm, height=15 * mm * 220 / 180, mask="auto")
        c.setFillColor(Color(0.47, 0.08, 0.08))
        g(c, L + 52, top - 16, "COMUNE DI BARILE", "Helvetica-Bold", 17)
        c.setFillColor(black)
        g(c, L + 52, top - 30, b["prov"], "Helvetica", 10)
        g(c, L + 52, top - 42, b["address"], "Helvetica", 7.5)
        g(c, L + 52, top - 52, b["contacts"], "Helvetica", 7.5)
        # Area box
        bx, bw = R - 66 * mm, 66 * mm
        c.setFillColor(Color(0.9, 0.9, 0.9)); c.rect(bx, top - 56, bw, 56, fill=1, stroke=0)
        c.setFillColor(black)
        gc(c, bx + bw / 2, top - 24, d["organ"], "Helvetica-Bold", 13)
        gc(c, bx + bw / 2, top - 40, d["office"], "Helvetica", 9.5)
        # register grid
        y = top - 80
        ws = [45 * mm, 30 * mm, 18 * mm, 40 * mm]
        x0 = L + 15 * mm
        rows = [("Registro Generale N.", str(d["number"]), "data", d["date"]),
                ("Registro dell’Area N.", str(d["sector_number"]), "data", d["sector_date"])]
        c.setLineWidth(0.6); c.setStrokeColor(Color(0.33, 0.33, 0.33))
        for r in rows:
            x = x0
            for i, v in enumerate(r):
                if i in (0, 2):
                    c.setFillColor(Color(0.95, 0.95, 0.95)); c.rect(x, y - 17, ws[i], 17, fill=1, stroke=1); c.setFillColor(black)
                else:
                    c.rect(x, y - 17, ws[i], 17, fill=0, stroke=1)
                g(c, x + 4, y - 12, v, "Helvetica-Bold" if i in (1, 3) else "Helvetica", 9.5)
                x += ws[i]
            y -= 17
        return y - 10

    f = Flow(c, L, R, H - 18 * mm, 22 * mm, mode="glyphs", on_page=on_page)
    f.space(8)
    f.spaced("DETERMINAZIONE", size=14, spacing=3)
    f.space(4)
    # subject with label
    f.para(d["subject"], font="Helvetica-Bold", size=10.5, align="left", first_indent=62, indent=62,
           label="OGGETTO:", label_font="Helvetica-Bold", after=8)
    f.center("IL RESPONSABILE DELL’AREA VIGILANZA", font="Helvetica-Bold", size=10.5, after=4)
    for p in d["premises"]:
        f.para(p, size=10.5)
    f.para("Attestata la regolarità tecnica e la correttezza dell’azione amministrativa, ai sensi dell’art. 147-bis del D.Lgs. 267/2000;", size=10.5)
    f.spaced("DETERMINA", size=11.5, spacing=2)
    f.numbered(d["points"], size=10.5, fmt="%d)")
    # signatures: the Responsabile del procedimento at the left, the Area's at the right
    f.need(80)
    f.y -= 22
    y = f.y
    rup = d["rup"]
    lx, rx = L + 40 * mm, R - 45 * mm
    gc(c, lx, y, rup["role"], "Helvetica", 9)
    gc(c, lx, y - 12, rup["unit"], "Helvetica", 9)
    gc(c, lx, y - 25, "%s %s" % (rup["title"], rup["name"]), "Helvetica-Bold", 9.5)
    gc(c, rx, y, d["signer_role"][0], "Helvetica", 9.5)
    gc(c, rx, y - 13, "%s %s" % (d["signer_title"], d["signer_name"]), "Helvetica-Bold", 10)
    gc(c, rx, y - 25, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", "Helvetica-Oblique", 7)
    f.y = y - 40
    f.need(60)
    c.setLineWidth(0.5)
    top = f.y
    f.para("AREA ECONOMICO-FINANZIARIA – VISTO DI REGOLARITÀ CONTABILE", font="Helvetica-Bold", size=8.5, align="left", after=0)
    f.para("Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 73/2028, capitolo 2310. Barile, 27/01/2028. Il Responsabile dell’Area Economico-Finanziaria, rag. Vincenzo Sonnessa (firmato digitalmente)", size=8.5, after=2)
    c.rect(L - 3, f.y, R - L + 6, top - f.y + 2, fill=0, stroke=1)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
