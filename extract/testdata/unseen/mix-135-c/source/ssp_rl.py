# -*- coding: utf-8 -*-
"""San Sperate determinazione (S4) as the package's PDF export writes it, with
the ReportLab canvas: lines justified line by line with Tw (word spacing),
the title and the verb letter-spaced with Tc (character spacing), the subject
in capitals with a slight Tc, the running head (Area and number) and the
foot on every page.
Usage: python3 ssp_rl.py S4 out.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors
import acts

W, H = A4
LM, RM = 60, 60
TW = W - LM - RM


class Doc:
    def __init__(self, act, out):
        self.act = act
        self.c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
        self.c.setTitle("Determinazione n. %d del %s" % act["rg"])
        self.c.setAuthor("Comune di San Sperate")
        self.c.setCreator("Sipal - Gestione Atti - Esportazione PDF")
        self.pages = []
        self.page = 0
        self.y = 0

    def head(self):
        c, a, h = self.c, self.act, acts.SSP
        self.page += 1
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(LM, H - 40, "%s – %s" % (h["muni_caps"], a["organ"]))
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - RM, H - 40, "Determinazione n. %d del %s" % a["rg"])
        c.setLineWidth(0.6)
        c.line(LM, H - 44, W - RM, H - 44)
        self.y = H - 70

    def foot(self, n):
        self.c.setFont("Helvetica", 8)
        self.c.drawRightString(W - RM, 32, "Pag. %d di %d" % (self.page, n))

    def need(self, dy):
        if self.y - dy < 60:
            self.c.showPage()
            self.head()

    def spaced(self, text, font, size, tc, center=True):
        tw = stringWidth(text, font, size) + tc * (len(text) - 1)
        t = self.c.beginText()
        t.setFont(font, size)
        t.setCharSpace(tc)
        t.setTextOrigin(LM + (TW - tw) / 2 if center else LM, self.y)
        t.textOut(text)
        t.setCharSpace(0)
        self.c.drawText(t)

    def para(self, text, font="Helvetica", size=10, lead=13, x=LM, width=TW, tc=0.0, after=4):
        words = text.split()
        lines, cur = [], []
        for w in words:
            s = " ".join(cur + [w])
            if cur and stringWidth(s, font, size) + tc * len(s) > width:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            s = " ".join(ln)
            t = self.c.beginText()
            t.setFont(font, size)
            t.setCharSpace(tc)
            if i < len(lines) - 1 and len(ln) > 1:
                extra = (width - stringWidth(s, font, size) - tc * (len(s) - 1)) / (len(ln) - 1)
                t.setWordSpace(extra)
            t.setTextOrigin(x, self.y)
            t.textOut(s)
            t.setCharSpace(0)
            t.setWordSpace(0)
            self.c.drawText(t)
            self.y -= lead
        self.y -= after


def build(act, out):
    h = acts.SSP
    d = Doc(act, out)
    c = d.c
    d.head()
    # letterhead
    c.setFillColor(colors.HexColor("#2b4c7e"))
    p = c.beginPath(); p.moveTo(LM + 16, d.y - 4); p.lineTo(LM + 32, d.y - 20)
    p.lineTo(LM + 16, d.y - 36); p.lineTo(LM, d.y - 20); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 18); c.drawString(LM + 50, d.y - 14, h["muni_caps"])
    c.setFont("Helvetica-Oblique", 10); c.drawString(LM + 50, d.y - 28, h["prov"])
    c.setFont("Helvetica", 7); c.drawString(LM + 50, d.y - 40, h["addr"])
    d.y -= 74
    d.spaced("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Helvetica-Bold", 12, 1.6)
    d.y -= 22
    rows = [("Numero generale", str(act["rg"][0]), "Data", act["rg"][1]),
            ("Numero di Area", str(act["rs"][0]), "Data", act["rs"][1]),
            ("Proposta n.", str(act["prop"][0]), "del", act["prop"][1])]
    cols = [0, 110, 200, 260, TW]
    rh = 16
    top = d.y + 11
    c.setFillColor(colors.HexColor("#e6e6e6"))
    c.rect(LM, top - 3 * rh, cols[1], 3 * rh, stroke=0, fill=1)
    c.rect(LM + cols[2], top - 3 * rh, cols[3] - cols[2], 3 * rh, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setLineWidth(0.6)
    for i in range(4):
        c.line(LM, top - i * rh, LM + TW, top - i * rh)
    for x in cols:
        c.line(LM + x, top, LM + x, top - 3 * rh)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c.setFont("Helvetica-Bold" if j in (1, 3) else "Helvetica", 9.5)
            c.drawString(LM + cols[j] + 4, top - i * rh - 11.5, v)
    d.y = top - 3 * rh - 14
    c.setFont("Helvetica", 9)
    c.drawString(LM, d.y, "Ufficio proponente: %s" % act["prop_office"])
    d.y -= 24
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM, d.y, "OGGETTO:")
    d.para(act["subject"], "Helvetica-Bold", 10, 13, x=LM + 62, width=TW - 62, tc=0.25, after=10)
    d.spaced(act["intro"], "Helvetica-Bold", 10, 0.8)
    d.y -= 18
    for pr in act["premesse"]:
        d.para(pr)
    # graduatoria
    d.need(100)
    d.y -= 4
    cx = [80, 120, 300]
    for i, r in enumerate(act["table"]):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        for j, v in enumerate(r):
            c.drawString(LM + cx[j], d.y, v)
        c.setLineWidth(0.3)
        c.line(LM + 75, d.y - 4, LM + 380, d.y - 4)
        d.y -= 14
    d.y -= 10
    d.need(40)
    d.spaced(act["verb"], "Helvetica-Bold", 10.5, 4.0)
    d.y -= 20
    for i, pt in enumerate(act["points"], 1):
        d.need(26)
        c.setFont("Helvetica", 10)
        c.drawString(LM, d.y, "%d." % i)
        d.para(pt, x=LM + 18, width=TW - 18)
    d.need(70)
    d.y -= 18
    sx = LM + TW - 270
    c.setFont("Helvetica", 10)
    c.drawCentredString(sx + 135, d.y, act["sign"][0]); d.y -= 14
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(sx + 135, d.y, act["sign"][1]); d.y -= 12
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawCentredString(sx + 135, d.y, "(firmato digitalmente)")
    d.y -= 30
    d.need(60)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(LM, d.y, "CERTIFICATO DI PUBBLICAZIONE"); d.y -= 12
    d.para("Si certifica che la presente determinazione è pubblicata all'Albo Pretorio on line "
           "dal 27/11/2028 per quindici giorni consecutivi (n. 1621 del registro delle "
           "pubblicazioni).", size=8.5, lead=11)
    # two-pass page count: the package knows the total before printing the foot
    n = d.page
    return d, n


def build_with_total(act, out, n):
    orig_head = Doc.head

    def head(self):
        if self.page:
            self.foot(n)
        orig_head(self)
    Doc.head = head
    try:
        d, _ = build(act, out)
        d.foot(n)
        d.c.save()
    finally:
        Doc.head = orig_head
    return d, n


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    d, n = build(a, "/dev/null")
    build_with_total(a, sys.argv[2], n)
