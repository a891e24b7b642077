# -*- coding: utf-8 -*-
"""Carpenedolo, house style "civilianext", printed by ReportLab.

A1: platypus; letterhead and register box on every page (drawn before the
    body), paragraphs justified (ReportLab writes the spread as Tw), the
    headings "D E T E R M I N A" etc. letter-spaced with Tc.
A2: same style, but the letterhead and the signature blocks are Form
    XObjects drawn after the page's body (out of reading order), and the
    publication stamp runs up the left margin, rotated.
usage: python3 rl_carpenedolo.py OUTDIR
"""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable, KeepTogether)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts

W, H = A4
LM, RM = 22 * mm, 20 * mm


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Spaced(Flowable):
    """A centred heading with character spacing (Tc)."""

    def __init__(self, text, size=11, cs=3.2, font="Helvetica-Bold", space=6):
        super().__init__()
        self.text, self.size, self.cs, self.font, self.space = text, size, cs, font, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 2 * self.space

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        c.saveState()
        t = c.beginText()
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, self.space)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()


class SignBlock(Flowable):
    """Signature block at the right: role, name, digital-signature line."""

    def __init__(self, role, title, name, place_date=None, form_name=None):
        super().__init__()
        self.role, self.title, self.name, self.place_date, self.form_name = role, title, name, place_date, form_name

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 62

    def _paint(self, c):
        x = self.aw - 80 * mm
        if self.place_date:
            c.setFont("Helvetica", 9.5)
            c.drawString(0, 46, self.place_date)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawCentredString(x + 40 * mm, 46, self.role)
        c.setFont("Helvetica", 10)
        c.drawCentredString(x + 40 * mm, 32, "%s %s" % (self.title, self.name))
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawCentredString(x + 40 * mm, 18, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")

    def draw(self):
        c = self.canv
        if self.form_name:
            # signature as a Form XObject: drawn where it stands, but its content sits in a separate stream
            if not c.hasForm(self.form_name):
                c.beginForm(self.form_name, 0, 0, self.aw, 62)
                self._paint(c)
                c.endForm()
            c.doForm(self.form_name)
        else:
            self._paint(c)


def crest(c, x, y):
    """A simple drawn shield for the letterhead."""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1f3a68"))
    c.setFillColor(colors.HexColor("#dfe6f2"))
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + 34); p.lineTo(x + 26, y + 34); p.lineTo(x + 26, y + 14)
    p.curveTo(x + 26, y + 4, x + 13, y, x + 13, y - 2)
    p.curveTo(x + 13, y, x, y + 4, x, y + 14); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1f3a68"))
    c.rect(x + 5, y + 20, 16, 4, fill=1, stroke=0)
    c.rect(x + 11, y + 8, 4, 20, fill=1, stroke=0)
    c.restoreState()


def paint_letterhead(c, act):
    t = act["town"]
    top = H - 14 * mm
    crest(c, LM, top - 36)
    c.setFillColor(colors.HexColor("#1f3a68"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LM + 34, top - 12, t["comune"])
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(LM + 34, top - 24, t["provincia"])
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM + 34, top - 42, act["area"])
    c.setFont("Helvetica", 9)
    c.drawString(LM + 34, top - 54, act["office"])
    # register box at the right
    bw, bh = 68 * mm, 23 * mm
    bx, by = W - RM - bw, top - bh + 4
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    c.line(bx, by + bh - 16, bx + bw, by + bh - 16)
    c.saveState()
    tx = c.beginText()
    tx.setFont("Helvetica-Bold", 10)
    tx.setCharSpace(2.4)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    word = "DETERMINAZIONE"
    ww = stringWidth(word, "Helvetica-Bold", 10) + 2.4 * (len(word) - 1)
    tx.setTextOrigin(bx + (bw - ww) / 2, by + bh - 12)
    tx.textOut(word)
    c.drawText(tx)
    c.restoreState()
    c.setFont("Helvetica", 9)
    c.drawString(bx + 6, by + bh - 30, "Reg. Gen. N.")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(bx + 62, by + bh - 30, "%d   del %s" % (act["reg_gen"], act["reg_gen_date"]))
    c.setFont("Helvetica", 9)
    c.drawString(bx + 6, by + bh - 44, "Reg. Area N.")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(bx + 62, by + bh - 44, "%d   del %s" % (act["sect"], act["sect_date"]))
    c.setLineWidth(1.2)
    c.setStrokeColor(colors.HexColor("#1f3a68"))
    c.line(LM, top - 62, W - RM, top - 62)
    c.setStrokeColor(colors.black)


def paint_footer(c, act, page):
    t = act["town"]
    c.setLineWidth(0.4)
    c.line(LM, 17 * mm, W - RM, 17 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(LM, 13 * mm, t["address"])
    c.drawString(LM, 10 * mm, "PEC: " + t["pec"])
    c.setFont("Helvetica", 8)
    c.drawRightString(W - RM, 10 * mm, "Pag. %d" % page)


def styles():
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    point = ParagraphStyle("point", parent=body, leftIndent=8 * mm, bulletIndent=0, spaceAfter=4)
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.5, alignment=TA_JUSTIFY,
                           spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    subj = ParagraphStyle("subj", fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=TA_JUSTIFY)
    return body, point, small, cell, subj


def story(act, form_sign=False, justify=True):
    body, point, small, cell, subj = styles()
    if not justify:
        body.alignment = TA_LEFT
        point.alignment = TA_LEFT
    pre, post = acts.recitals(act)
    s = []
    box = Table([[Paragraph("<b>OGGETTO:</b>", subj), Paragraph(esc(act["subject"]), subj)]],
                colWidths=[25 * mm, W - LM - RM - 25 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [box, Spacer(1, 8)]
    s.append(Spaced(act["resp"][2], size=10, cs=1.6))
    for p in pre + act["premesse"]:
        s.append(Paragraph(esc(p), body))
    if act.get("operators"):
        ops = act["operators"]
        half = (len(ops) + 1) // 2
        rows = [[Paragraph(esc(ops[i]), cell), Paragraph(esc(ops[i + half]), cell) if i + half < len(ops) else ""]
                for i in range(half)]
        tb = Table(rows, colWidths=[(W - LM - RM) / 2] * 2)
        s.append(tb)
    for p in act.get("premesse_after", []) + post:
        s.append(Paragraph(esc(p), body))
    s.append(Spaced("D E T E R M I N A", size=11, cs=2.0))
    for i, p in enumerate(act["determina"], 1):
        s.append(Paragraph(esc(p), point, bulletText="%d." % i))
    s.append(Spacer(1, 6))
    s.append(KeepTogether([SignBlock(act["resp"][2], act["resp"][0], act["resp"][1],
                                     "Carpenedolo, %s" % act["sect_date"],
                                     form_name="SignResp" if form_sign else None)]))
    # last page: visto + certificate
    s.append(PageBreak())
    s.append(Spaced("VISTO DI REGOLARITÀ CONTABILE", size=10.5, cs=1.4))
    s.append(Paragraph("<para alignment='center'>attestante la copertura finanziaria "
                       "(art. 147-bis e art. 183, comma 7, del D.Lgs. 267/2000)</para>", small))
    s.append(Spacer(1, 4))
    s.append(Paragraph(esc("Il Responsabile dell'Area Economico-Finanziaria, esaminata la determinazione in oggetto, "
                           "appone il visto di regolarità contabile e attesta la copertura finanziaria della spesa, "
                           "che trova imputazione come segue:"), small))
    hdr = ["Esercizio", "Impegno n.", "Capitolo", "Descrizione", "Importo €"]
    rows = [[Paragraph("<b>%s</b>" % h, cell) for h in hdr]]
    for e in act["impegni"]:
        rows.append([Paragraph(e[0], cell), Paragraph(e[1], cell), Paragraph(e[2], cell), Paragraph(esc(e[3]), cell),
                     Paragraph("<para alignment='right'>%s</para>" % e[4], cell)])
    tb = Table(rows, colWidths=[18 * mm, 20 * mm, 28 * mm, 70 * mm, 26 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [tb, Spacer(1, 3), Paragraph(esc("Creditore: " + act["creditor"]), small), Spacer(1, 4)]
    fin = act["town"]["fin"]
    s.append(SignBlock(fin[2], fin[0], fin[1], "Carpenedolo, %s" % act["visto_date"],
                       form_name="SignFin" if form_sign else None))
    s.append(Spacer(1, 14))
    pb = act["pubbl"]
    cert = [
        [Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", ParagraphStyle("c", parent=small, alignment=TA_CENTER))],
        [Paragraph("<b>Registro delle pubblicazioni n. %d</b>" % pb["reg"], ParagraphStyle("c2", parent=small,
                                                                                            alignment=TA_CENTER))],
        [Paragraph(esc("Si certifica che copia della presente determinazione viene pubblicata all'Albo Pretorio on "
                       "line di questo Comune per quindici giorni consecutivi, dal %s al %s, ai sensi dell'art. 32, "
                       "comma 1, della Legge 18 giugno 2009, n. 69." % (pb["from"], pb["to"])), small)],
        [Paragraph(esc("Carpenedolo, %s" % pb["from"]), small)],
    ]
    ct = Table(cert, colWidths=[W - LM - RM])
    ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    s.append(ct)
    m = act["town"]["messo"]
    s.append(Spacer(1, 4))
    s.append(SignBlock(m[2], m[0], m[1], None, form_name="SignMesso" if form_sign else None))
    return s


def build_a1(out):
    act = acts.BY_ID["A1"]
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=40 * mm,
                          bottomMargin=22 * mm, title="Determinazione n. %d/2028" % act["reg_gen"],
                          author="Comune di Carpenedolo", creator="CiviliaNext Atti - modulo Determinazioni")

    def on_page(c, d):
        paint_letterhead(c, act)
        paint_footer(c, act, d.page)

    fr = Frame(LM, 22 * mm, W - LM - RM, H - 62 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=on_page)])
    doc.build(story(act))


def build_a2(out):
    act = acts.BY_ID["A2"]
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=40 * mm,
                          bottomMargin=22 * mm, title="Determinazione n. %d/2028" % act["reg_gen"],
                          author="Comune di Carpenedolo", creator="CiviliaNext Atti - modulo Determinazioni")
    pb = act["pubbl"]

    def on_page_end(c, d):
        # the letterhead is a Form XObject drawn after the page's body
        if not c.hasForm("Letterhead"):
            c.beginForm("Letterhead")
            paint_letterhead(c, act)
            c.endForm()
        c.doForm("Letterhead")
        paint_footer(c, act, d.page)
        # protocol/publication stamp up the left margin, on the first page
        if d.page == 1:
            c.saveState()
            c.translate(11 * mm, 70 * mm)
            c.rotate(90)
            c.setStrokeColor(colors.HexColor("#8a1c1c"))
            c.setFillColor(colors.HexColor("#8a1c1c"))
            c.setLineWidth(0.8)
            c.roundRect(0, -4, 128 * mm, 13, 3)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(4, 0, "ALBO PRETORIO ON LINE  -  PUBBLICATO IL %s  -  REG. PUBBL. N. %d" % (pb["from"], pb["reg"]))
            c.restoreState()

    fr = Frame(LM, 22 * mm, W - LM - RM, H - 62 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("p", [fr], onPageEnd=on_page_end)])
    doc.build(story(act, form_sign=True, justify=True))


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    build_a1(os.path.join(outdir, acts.BY_ID["A1"]["file"]))
    build_a2(os.path.join(outdir, acts.BY_ID["A2"]["file"]))
