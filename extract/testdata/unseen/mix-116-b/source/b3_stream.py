# -*- coding: utf-8 -*-
"""B3: Giunta Esecutiva n. 21 of the Comunità Montana del Fortore in the same
Halley-like house style, written as a report engine writes its pages:
every glyph placed alone with its own text matrix (no space characters at
all, justified lines only by where the glyphs stand), the letterhead and the
running foot in Form XObjects drawn after the body (out of reading order, the
foot reused on both pages), and the Albo's stamp up the right margin, rotated.
Content streams written by hand, assembled with pikepdf.
usage: b3_stream.py out.pdf"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth
from content import D, GIORNI

d = D["B3"]
out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62, 58
TW = W - LM - RM
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "H": "Helvetica-Bold"}


def hd(iso):
    y, m, dd = iso.split("-")
    return "%s-%s-%s" % (dd, m, y)


def esc(ch):
    b = ch.encode("cp1252")
    s = ""
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            s += "\\" + chr(x)
        elif x < 32 or x > 126:
            s += "\\%03o" % x
        else:
            s += chr(x)
    return s


class Pages:
    def __init__(self):
        self.pages = [[]]
        self.y = H - 140  # page 1 starts under the letterhead
        self.top = H - 70
        self.bottom = 78

    def ops(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def glyphs(self, x, y, text, f="R", size=10.5, gaps=None):
        """place every non-space glyph alone; spaces are only advance"""
        o = self.ops()
        o.append("BT /%s %.2f Tf" % (f, size))
        fn = FONTS[f]
        cur = x
        for ch in text:
            w = stringWidth(ch, fn, size)
            if ch == " ":
                cur += w + (gaps or 0)
                continue
            o.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cur, y, esc(ch)))
            cur += w
        o.append("ET")
        return cur

    def width(self, text, f="R", size=10.5):
        return stringWidth(text, FONTS[f], size)

    def wrap(self, text, f, size, width):
        lines, cur = [], []
        for w in text.split():
            if cur and self.width(" ".join(cur + [w]), f, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, f="R", size=10.5, lead=14, indent=0, label=None, after=3):
        width = TW - indent
        ls = self.wrap(text, f, size, width)
        for i, ws in enumerate(ls):
            self.need(lead)
            if label and i == 0:
                self.glyphs(LM, self.y, label, f, size)
            s = " ".join(ws)
            gap = 0
            if i < len(ls) - 1 and len(ws) > 1:
                gap = (width - self.width(s, f, size)) / (len(ws) - 1)
            self.glyphs(LM + indent, self.y, s, f, size, gaps=gap)
            self.y -= lead
        self.y -= after

    def center(self, text, f="B", size=11, lead=15):
        self.need(lead)
        w = self.width(text, f, size)
        self.glyphs(LM + (TW - w) / 2, self.y, text, f, size)
        self.y -= lead


P = Pages()
day = int(d["date"][8:10])
P.glyphs(LM, P.y, "ORIGINALE", "B", 10.5)
P.ops().append("0.8 w %.2f %.2f 96 19 re S" % (LM - 8, P.y - 6))
P.y -= 34
P.center("VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA", "B", 12.5, 17)
P.center("N. %d del %s" % (d["number"], hd(d["date"])), "B", 12, 22)
P.glyphs(LM, P.y, "Proposta n. %d del %s - Ufficio proponente: %s"
         % (d["proposal_number"], hd(d["proposal_date"]), d["proposing_office"]), "R", 9)
P.y -= 18
sub = P.wrap(d["subject"], "B", 11, TW - 58)
P.glyphs(LM, P.y, "Oggetto:", "B", 11)
for ws in sub:
    P.glyphs(LM + 58, P.y, " ".join(ws), "B", 11)
    P.y -= 14
P.ops().append("0.6 w %.2f %.2f m %.2f %.2f l S" % (LM, P.y + 4, W - RM, P.y + 4))
P.y -= 14
P.para("L'anno duemilaventisette il giorno %s del mese di aprile alle ore %s, nella sede della Comunità Montana, "
       "si è riunita la Giunta Esecutiva convocata nelle forme di legge." % (GIORNI[day], d["time"]))
P.para("Presiede l'adunanza il Vice Presidente Michele Iannace, in assenza del Presidente, e sono rispettivamente "
       "presenti ed assenti i seguenti sigg.:")
P.y -= 2
for r in d["roll"]:
    P.glyphs(LM + 40, P.y, r["name"], "R", 10.5)
    P.glyphs(LM + 220, P.y, r["role"], "R", 10.5)
    P.glyphs(LM + 350, P.y, "P" if r["present"] else "A", "R", 10.5)
    P.y -= 14
np = sum(r["present"] for r in d["roll"])
P.y -= 2
P.glyphs(LM + 40, P.y, "Presenti   %d" % np, "B", 10.5)
P.glyphs(LM + 220, P.y, "Assenti   %d" % (len(d["roll"]) - np), "B", 10.5)
P.y -= 20
P.para("Partecipa il Vice Segretario Dott.ssa Angela Pisano, in sostituzione del Segretario Generale, che cura "
       "la redazione del presente verbale.")
P.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i "
       "presenti a deliberare sull'oggetto sopra indicato.")
P.y -= 4
P.center("LA GIUNTA ESECUTIVA", "B", 11)
for p in d["premesse"]:
    P.para(p)
P.para("PARERE DI REGOLARITÀ TECNICA: Favorevole. Il Responsabile dell'Area Tecnica F.to Ing. Nicola Zullo. "
       "PARERE DI REGOLARITÀ CONTABILE: Favorevole. Il Responsabile dell'Area Economico-Finanziaria F.to Dott. "
       "Mario Lombardi.", "I", 9.5, 12)
P.para("Con voti unanimi favorevoli, resi nelle forme di legge,")
P.center("DELIBERA", "B", 11)
for i, p in enumerate(d["points"], 1):
    P.para(p, indent=22, label="%d." % i)
P.para("Con successiva e separata votazione unanime, la Giunta Esecutiva dichiara la presente deliberazione "
       "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante la necessità "
       "di rispettare il termine fissato dalla Regione.")
P.need(150)
P.y -= 10
P.glyphs(LM, P.y, "Letto, confermato e sottoscritto.", "R", 10)
P.y -= 22
for txt, x in (("IL VICE PRESIDENTE", LM + TW * 0.25), ("IL VICE SEGRETARIO", LM + TW * 0.75)):
    P.glyphs(x - P.width(txt, "B", 10) / 2, P.y, txt, "B", 10)
P.y -= 14
for txt, x in (("F.to Michele Iannace", LM + TW * 0.25), ("F.to Dott.ssa Angela Pisano", LM + TW * 0.75)):
    P.glyphs(x - P.width(txt, "R", 10) / 2, P.y, txt, "R", 10)
P.y -= 30
P.center("CERTIFICATO DI PUBBLICAZIONE", "B", 9.5, 13)
P.para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line della "
       "Comunità Montana per quindici giorni consecutivi dal 26-04-2027, Reg. Pubbl. n. 233.", "R", 9.5, 12)
P.para("San Bartolomeo in Galdo, lì 26-04-2027 - IL RESPONSABILE DELLA PUBBLICAZIONE F.to Sig. Gennaro Pilla",
       "R", 9.5, 12)

# ---- forms ----
def form_stream(ops):
    return "\n".join(ops).encode("latin-1")


lh = []
def lglyph(x, y, text, f, size):
    lh.append("BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (f, size, x, y, "".join(esc(c) for c in text)))
def lcenter(y, text, f, size):
    lglyph(LM + (TW - stringWidth(text, FONTS[f], size)) / 2, y, text, f, size)
lcenter(H - 70, "COMUNITÀ MONTANA DEL FORTORE", "B", 17)
lcenter(H - 86, "(Provincia di Benevento)", "R", 10)
lcenter(H - 99, "Piazza Garibaldi, 1 - 82028 San Bartolomeo in Galdo (BN) - C.F. 80004190625", "R", 9.5)
lh.append("0.6 w 0.3 0.3 0.3 RG")
cx, cy = LM + 28, H - 84
for r in (27, 20):
    k = 0.5523 * r
    lh.append("%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
              "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S" % (
                  cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                  cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                  cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                  cx + k, cy - r, cx + r, cy - k, cx + r, cy))
lh.append("0 0 0 RG 1.2 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 114, W - RM, H - 114))

foot = ["0.4 w %.2f 60 m %.2f 60 l S" % (LM, W - RM),
        "BT /R 8 Tf 1 0 0 1 %.2f 48 Tm (%s) Tj ET" % (
            LM, "".join(esc(c) for c in "DELIBERA DI GIUNTA ESECUTIVA n. %d del %s - Comunità Montana del Fortore"
                        % (d["number"], hd(d["date"]))))]

stamp_text = "COMUNITÀ MONTANA DEL FORTORE - ALBO PRETORIO ON LINE - Pubblicata il 26-04-2027 - Reg. n. 233"
sw = stringWidth(stamp_text, "Helvetica-Bold", 7)
stamp = ["q 0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 0.7 w",
         "%.2f %.2f %.2f %.2f re S" % (W - 36, 300, 15, sw + 12),
         "BT /H 7 Tf 0 1 -1 0 %.2f %.2f Tm (%s) Tj ET" % (W - 26, 306, "".join(esc(c) for c in stamp_text)),
         "Q"]

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                    Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
res_fonts = Dictionary(Font=fonts)
def xobj(ops, bbox):
    s = pikepdf.Stream(pdf, form_stream(ops))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = res_fonts
    return pdf.make_indirect(s)
LH = xobj(lh, [0, 0, W, H])
FT = xobj(foot, [0, 0, W, H])
n = len(P.pages)
for i, ops in enumerate(P.pages):
    body = []
    if i == 0:
        body += stamp          # the stamp comes first in the stream
    body += ops                # then the body, glyph by glyph
    if i == 0:
        body.append("q /Lh Do Q")  # the letterhead last
    body.append("q /Ft Do Q")
    body.append("BT /R 8 Tf 1 0 0 1 %.2f 48 Tm (%s) Tj ET" % (W - RM - 40, esc("P") + "".join(esc(c) for c in "ag. %d/%d" % (i + 1, n))))
    cs = pikepdf.Stream(pdf, "\n".join(body).encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=cs,
                      Resources=Dictionary(Font=fonts, XObject=Dictionary(Lh=LH, Ft=FT)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Producer"] = "Halley Informatica - modulo stampe (PDF)"
pdf.docinfo["/Title"] = "Delibera G.E. n. %d del %s" % (d["number"], hd(d["date"]))
pdf.save(out, compress_streams=True)
