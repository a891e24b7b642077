# -*- coding: utf-8 -*-
"""B4: Pieve a Nievole minute n. 127 from a report engine that positions
every glyph on its own (one Tm and one Tj per character, no space
characters, justified lines spread by moving the glyphs), drawn with
ReportLab's text objects in Times. Running head from page 2 and "Pagina x
di y" foot, as the Comune's other prints."""
import sys

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from content import B4, PIEVE, APERTURA_PIEVE, PRES_PIEVE

W, H = 595.28, 841.89
LM, RM = 62.0, 533.0
TW = RM - LM
FS, LEAD = 11.0, 13.6
BOTTOM = 70.0


def wrap(text, font, size, width):
    out, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            out.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return out


class Doc:
    def __init__(self, act):
        self.act = act
        self.pages = [[]]
        self.y = H - 56

    def newpage(self):
        self.pages.append([])
        self.y = H - 74

    def need(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def t(self, x, y, font, size, s, extra=0.0, cs=0.0):
        """extra: width added to every space; cs: added after every glyph."""
        self.pages[-1].append(("t", x, y, font, size, s, extra, cs))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def para(self, s, font="Times-Roman", size=FS, indent=0.0, label=None, after=3.0):
        width = TW - indent
        lines = wrap(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(LEAD)
            self.y -= LEAD
            if label and i == 0:
                self.t(LM, self.y, font, size, label)
            extra = 0.0
            if i < len(lines) - 1 and " " in ln:
                extra = (width - stringWidth(ln, font, size)) / ln.count(" ")
            self.t(LM + indent, self.y, font, size, ln, extra)
        self.y -= after

    def center(self, s, font, size, cs=0.0, before=6.0, after=3.0):
        self.need(size + before)
        self.y -= size + before
        w = stringWidth(s, font, size) + cs * (len(s) - 1)
        self.t((LM + RM) / 2 - w / 2, self.y, font, size, s, 0.0, cs)
        self.y -= after


def layout(act):
    c = PIEVE
    d = Doc(act)
    d.center(c["name"], "Times-Bold", 16, before=0)
    d.center(c["prov"], "Times-Italic", 11, before=2)
    d.center(c["addr"], "Times-Roman", 8, before=1)
    d.y -= 3
    d.line(LM, d.y, RM, d.y, 1.2)
    d.line(LM, d.y - 2, RM, d.y - 2, 0.4)
    d.y -= 6
    d.center("DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 12, cs=2.4, before=10, after=8)
    # number box
    top = d.y
    xs = [LM, LM + 115, LM + 260, RM]
    for x in xs:
        d.line(x, top, x, top - 18)
    d.line(LM, top - 36, LM, top - 18)
    d.line(RM, top - 36, RM, top - 18)
    for yy in (top, top - 18, top - 36):
        d.line(LM, yy, RM, yy)
    for (x0, x1), s, f, sz in (((xs[0], xs[1]), "N. %d" % act["num"], "Times-Bold", 11),
                               ((xs[1], xs[2]), "Data %s" % act["date"], "Times-Bold", 11),
                               ((xs[2], xs[3]), "Proposta n. %s del %s" % (act["prop"], act["prop_date"]),
                                "Times-Roman", 9)):
        d.t((x0 + x1) / 2 - stringWidth(s, f, sz) / 2, top - 13, f, sz, s)
    d.t(LM + 4, top - 31, "Times-Roman", 9, "Settore proponente: %s" % act["prop_office"])
    d.y = top - 44
    lines = wrap(act["subject"], "Times-Bold", 11, TW - 64)
    d.t(LM, d.y - 12, "Times-Bold", 11, "OGGETTO:")
    for i, ln in enumerate(lines):
        d.y -= 13
        extra = 0.0
        if i < len(lines) - 1:
            extra = (TW - 64 - stringWidth(ln, "Times-Bold", 11)) / ln.count(" ")
        d.t(LM + 64, d.y, "Times-Bold", 11, ln, extra)
    d.y -= 8
    d.para(APERTURA_PIEVE.format(giorno=act["giorno"], ora=act["ora"]))
    # two-column roll
    g = list(zip(c["giunta"], act["present"]))
    cols = (LM, LM + 238)
    for i in range(3):
        d.y -= 14
        for col, x0 in zip((g[:3], g[3:]), cols):
            if i < len(col):
                (name, role), pres = col[i]
                d.t(x0, d.y, "Times-Roman", 10, name)
                d.t(x0 + 108, d.y, "Times-Roman", 10, role)
                d.t(x0 + 176, d.y, "Times-Roman", 10, "Presente" if pres else "Assente")
                d.line(x0, d.y - 3.5, x0 + 226, d.y - 3.5, 0.4)
    d.y -= 4
    npres = sum(act["present"])
    d.para("Presenti n. %d - Assenti n. %d" % (npres, 5 - npres), font="Times-Italic", size=10)
    d.para(act["presidency"])
    d.center("LA GIUNTA COMUNALE", "Times-Bold", 11)
    for p in act["premesse"]:
        d.para(p)
    d.para(act["vote_intro"])
    d.center(act["verb"], "Times-Bold", 12, cs=4.0)
    for i, p in enumerate(act["points"]):
        d.para(p, indent=22, label="%d)" % (i + 1))
    d.para(act["ie"])
    d.need(90)
    d.y -= 10
    d.t(LM, d.y, "Times-Italic", 10, "Il presente verbale viene letto, approvato e sottoscritto.")
    d.y -= 22
    t, role, name = c["secretary"]
    for cx, a, b in ((LM + 110, "IL PRESIDENTE", PRES_PIEVE[act["num"]]),
                     (RM - 110, "IL SEGRETARIO COMUNALE", "%s %s" % (t, name))):
        d.t(cx - stringWidth(a, "Times-Bold", 10.5) / 2, d.y, "Times-Bold", 10.5, a)
        d.t(cx - stringWidth(b, "Times-Roman", 10.5) / 2, d.y - 13, "Times-Roman", 10.5, b)
    d.y -= 30
    d.center("(Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate)",
             "Times-Italic", 8, before=0)
    d.y -= 8
    d.need(30)
    s = ("Pubblicata all'Albo Pretorio on line dal %s per quindici giorni consecutivi, n. %s del "
         "registro delle pubblicazioni." % act["pub"])
    top = d.y
    d.para(s, size=9.5)
    d.pages[-1].append(("box", LM - 3, d.y, TW + 6, top - d.y + 2))
    return d.pages


def render(act, out):
    pages = layout(act)
    n = len(pages)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Deliberazione G.C. n. %d del %s" % (act["num"], act["date"]))
    c.setAuthor("Comune di Pieve a Nievole")
    c.setCreator("J-Iride - stampe")
    for k, ops in enumerate(pages):
        if k > 0:
            ops = ops + [("t", 0, H - 42, "Times-Italic", 8,
                          "Comune di Pieve a Nievole - Deliberazione della Giunta Comunale n. %d "
                          "del %s" % (act["num"], act["date"]), 0.0, 0.0, "C")]
        ops = ops + [("t", 0, 36, "Times-Roman", 8, "Pagina %d di %d" % (k + 1, n), 0.0, 0.0, "C")]
        tx = c.beginText()
        for op in ops:
            if op[0] == "l":
                c.setLineWidth(op[5])
                c.line(*op[1:5])
                continue
            if op[0] == "box":
                c.setLineWidth(0.5)
                c.rect(*op[1:5], stroke=1, fill=0)
                continue
            _, x, y, font, size, s, extra, cs = op[:8]
            if len(op) > 8:
                x = (LM + RM) / 2 - stringWidth(s, font, size) / 2
            tx.setFont(font, size)
            pos = x
            for ch in s:
                if ch != " ":
                    tx.setTextOrigin(pos, y)
                    tx.textOut(ch)
                pos += stringWidth(ch, font, size) + cs + (extra if ch == " " else 0.0)
        c.drawText(tx)
        c.showPage()
    c.save()


if __name__ == "__main__":
    render(B4, sys.argv[1])
