# -*- coding: utf-8 -*-
"""San Sperate decreto (S3) written as raw content streams with pikepdf, the
way a report engine of the package writes them:

- every glyph is placed on its own with Tm and Tj, no space characters, lines
  justified by the glyphs' positions;
- the letterhead and the running head (Area and number) are Form XObjects,
  painted at the end of each page's stream, after the body (out of reading
  order); the running head is the same object on both pages;
- the publication stamp runs up the left margin, rotated by 90 degrees, and
  is painted first.
Fonts are the standard 14 (Helvetica family) with WinAnsiEncoding.
Usage: python3 ssp_stream.py S3 out.pdf
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth
import acts

W, H = 595.28, 841.89
LM, RM = 62.0, 62.0
TW = W - LM - RM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
RL = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def pdfstr(ch):
    b = ch.encode("cp1252")
    out = ""
    for x in b:
        c = chr(x)
        if c in "()\\":
            out += "\\" + c
        elif x < 32 or x > 126:
            out += "\\%03o" % x
        else:
            out += c
    return "(" + out + ")"


class Page:
    def __init__(self):
        self.ops = []

    def glyphs(self, x, y, text, font="F1", size=10, word_extra=0.0, rot=False):
        """Place each glyph alone; word_extra widens each gap between words."""
        self.ops.append("BT /%s %.2f Tf" % (font, size))
        cx = 0.0
        for ch in text:
            if ch == " ":
                cx += stringWidth(" ", RL[font], size) + word_extra
                continue
            if rot:
                self.ops.append("0 1 -1 0 %.2f %.2f Tm %s Tj" % (x, y + cx, pdfstr(ch)))
            else:
                self.ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x + cx, y, pdfstr(ch)))
            cx += stringWidth(ch, RL[font], size)
        self.ops.append("ET")
        return cx

    def para(self, x, y, text, width, font="F1", size=10, lead=13.0, justify=True, indent=0.0):
        words = text.split()
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            avail = width - (indent if lines == [] and not cur and False else 0)
            if cur and stringWidth(trial, RL[font], size) > avail:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            s = " ".join(ln)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = (width - stringWidth(s, RL[font], size)) / (len(ln) - 1)
            self.glyphs(x, y, s, font, size, extra)
            y -= lead
        return y

    def raw(self, s):
        self.ops.append(s)


def xobject(pdf, ops, bbox):
    res = Dictionary(Font=Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                         BaseFont=Name("/" + v),
                                                         Encoding=Name.WinAnsiEncoding)
                                      for k, v in FONTS.items()}))
    st = Stream(pdf, "\n".join(ops).encode("latin-1"))
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = res
    return pdf.make_indirect(st)


def build(act, out):
    h = acts.SSP
    pdf = pikepdf.new()
    fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                              BaseFont=Name("/" + v),
                                                              Encoding=Name.WinAnsiEncoding))
                        for k, v in FONTS.items()})
    # letterhead form
    lh = Page()
    lh.raw("q 0.169 0.298 0.494 rg 20 30 m 36 46 l 52 30 l 36 14 l h f Q")
    lh.glyphs(70, 40, h["muni_caps"], "F2", 18)
    lh.glyphs(70, 25, h["prov"], "F3", 10)
    lh.glyphs(70, 10, h["addr"], "F1", 7)
    lh_x = xobject(pdf, lh.ops, [0, 0, TW + 10, 60])
    # running head form (same object on every page)
    rh = Page()
    rh.glyphs(0, 6, "%s – %s" % (h["muni_caps"], act["organ"]), "F2", 8.5)
    r = "Decreto n. %d del %s" % act["rs"]
    rh.glyphs(TW - stringWidth(r, "Helvetica", 8.5), 6, r, "F1", 8.5)
    rh.raw("0.6 w 0 0 m %.2f 0 l S" % TW)
    rh_x = xobject(pdf, rh.ops, [0, -2, TW, 16])

    pages = []
    p = Page()
    # stamp first, up the left margin
    p.raw("q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 1 w 22 104 14 340 re S")
    p.glyphs(33, 110, "ALBO PRETORIO ON LINE – PUBBLICATO DAL 23/11/2028 AL 08/12/2028 – "
             "REG. PUBBL. N. 1587", "F2", 6.5, rot=True)
    p.raw("Q")
    y = H - 150
    t = "DECRETO DEL RESPONSABILE DEL SERVIZIO"
    p.glyphs(LM + (TW - stringWidth(t, "Helvetica-Bold", 13)) / 2, y, t, "F2", 13)
    y -= 24
    # grid of numbers
    rows = [("Numero generale", str(act["rg"][0]), "Data", act["rg"][1]),
            ("Decreto di Area n.", str(act["rs"][0]), "Data", act["rs"][1])]
    cols = [0, 110, 200, 260, TW]
    rh_ = 17
    p.raw("q 0.9 g %.2f %.2f %.2f %.2f re f %.2f %.2f %.2f %.2f re f Q" %
          (LM, y - rh_ * 2 + 4, cols[1], rh_ * 2, LM + cols[2], y - rh_ * 2 + 4, cols[3] - cols[2], rh_ * 2))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            p.glyphs(LM + cols[j] + 4, y - i * rh_ - 8, cell, "F2" if j in (1, 3) else "F1", 9.5)
    p.raw("0.6 w")
    for i in range(3):
        p.raw("%.2f %.2f m %.2f %.2f l S" % (LM, y + 4 - i * rh_, LM + TW, y + 4 - i * rh_))
    for c in cols:
        p.raw("%.2f %.2f m %.2f %.2f l S" % (LM + c, y + 4, LM + c, y + 4 - 2 * rh_))
    y -= 2 * rh_ + 18
    p.glyphs(LM, y, "OGGETTO:", "F2", 10)
    y = p.para(LM + 62, y, act["subject"], TW - 62, "F2", 10, 13)
    y -= 10
    t = act["intro"]
    p.glyphs(LM + (TW - stringWidth(t, "Helvetica-Bold", 10)) / 2, y, t, "F2", 10)
    y -= 18
    for pr in act["premesse"]:
        y = p.para(LM, y, pr, TW, "F1", 10, 13) - 4
    y -= 6
    t = act["verb"]
    p.glyphs(LM + (TW - stringWidth(t, "Helvetica-Bold", 10)) / 2, y, t, "F2", 10)
    y -= 18
    for i, pt in enumerate(act["points"], 1):
        p.glyphs(LM, y, "%d." % i, "F1", 10)
        y = p.para(LM + 18, y, pt, TW - 18, "F1", 10, 13) - 4
    y -= 6
    y = p.para(LM, y, "Il presente decreto è immediatamente esecutivo e sarà pubblicato all'Albo "
               "Pretorio on line per quindici giorni consecutivi. Avverso il presente decreto è "
               "ammesso ricorso al Tribunale Amministrativo Regionale della Sardegna entro 60 giorni "
               "dalla notifica.", TW, "F1", 10, 13)
    y -= 30
    sx = LM + TW - 250
    p.glyphs(sx + (250 - stringWidth(act["sign"][0], "Helvetica", 10)) / 2, y, act["sign"][0], "F1", 10)
    y -= 14
    p.glyphs(sx + (250 - stringWidth(act["sign"][1], "Helvetica-Bold", 10)) / 2, y, act["sign"][1], "F2", 10)
    y -= 12
    t = "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"
    p.glyphs(sx + (250 - stringWidth(t, "Helvetica-Oblique", 7.5)) / 2, y, t, "F3", 7.5)
    pages.append(p)
    # page 2: the list of the plots, annexed to the decree
    q = Page()
    y2 = H - 110
    t = "ELENCO DELLE DITTE E DEGLI IMMOBILI ASSERVITI"
    q.glyphs(LM + (TW - stringWidth(t, "Helvetica-Bold", 10.5)) / 2, y2, t, "F2", 10.5)
    y2 -= 26
    tab = [("Ditta catastale", "Foglio", "Mappale", "Sup. asservita mq", "Indennità"),
           ("Frau Giuseppe", "12", "318", "148", "€ 1.332,00"),
           ("Cadeddu Maria Bonaria", "12", "320", "96", "€ 864,00"),
           ("Lecca Antonio e Lecca Rita", "12", "327", "212", "€ 1.908,00"),
           ("Totale", "", "", "456", "€ 4.104,00")]
    cx = [0, 170, 225, 285, 385]
    for i, row in enumerate(tab):
        for j, c in enumerate(row):
            q.glyphs(LM + cx[j] + 3, y2, c, "F2" if i in (0, 4) else "F1", 9)
        q.raw("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, y2 - 5, LM + TW, y2 - 5))
        y2 -= 17
    y2 -= 12
    y2 = q.para(LM, y2, "Le indennità sono state corrisposte con determinazione n. 978 del "
                "30/10/2028. La fascia di asservimento ha larghezza di m 4,00, in asse alla condotta, "
                "come individuata nel piano particellare del progetto definitivo.", TW, "F1", 9.5, 12.5)
    pages.append(q)

    n = len(pages)
    for k, pg in enumerate(pages, 1):
        foot = "Pag. %d di %d" % (k, n)
        pg.glyphs(W - RM - stringWidth(foot, "Helvetica", 8), 30, foot, "F1", 8)
        # forms painted last
        if k == 1:
            pg.raw("q 1 0 0 1 %.2f %.2f cm /LH Do Q" % (LM - 20, H - 120))
        pg.raw("q 1 0 0 1 %.2f %.2f cm /RH Do Q" % (LM, H - 48))
        content = Stream(pdf, "\n".join(pg.ops).encode("latin-1"))
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                       Contents=pdf.make_indirect(content),
                                       Resources=Dictionary(Font=fonts,
                                                            XObject=Dictionary(LH=lh_x, RH=rh_x))))
        pdf.pages.append(page)
    pdf.docinfo["/Title"] = "Decreto n. %d del %s" % act["rs"]
    pdf.docinfo["/Creator"] = "Sipal Atti - motore di stampa"
    pdf.docinfo["/Producer"] = "pikepdf %s" % pikepdf.__version__
    pdf.save(out)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
