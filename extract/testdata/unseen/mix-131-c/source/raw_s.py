#!/usr/bin/env python3
"""San Pancrazio Salentino, determinazione R.G. n. 371 (house style "Halley"), content streams
written by hand and assembled with pikepdf, as a report engine would:

* the letterhead and the number block are Form XObjects, painted at the END of page 1's stream
  (after the body they sit above);
* on the pareri page the visto contabile's block is painted before the parere tecnico above it;
* headings letter-spaced with Tc, body justified with Tw (WinAnsi, single-byte spaces);
* running foot with the register number and the page.

  raw_s.py OUT.pdf
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

from content_s import LETTERHEAD as LH, DET_371 as D

W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold"}
RL = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size, tc=0.0):
    return stringWidth(s, RL[f], size) + tc * len(s)


class Stream_:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, f="F1", size=11, tc=0.0, tw=0.0):
        self.ops.append(b"BT /%s %.2f Tf %.3f Tc %.3f Tw 1 0 0 1 %.2f %.2f Tm (" % (f.encode(), size, tc, tw, x, y)
                        + esc(s) + b") Tj ET")

    def center(self, y, s, f="F1", size=11, tc=0.0, x0=LM, w=TW):
        self.text(x0 + (w - sw(s, f, size, tc) + tc) / 2, y, s, f, size, tc)

    def right(self, y, s, f="F1", size=11, x1=W - RM):
        self.text(x1 - sw(s, f, size), y, s, f, size)

    def raw(self, b):
        self.ops.append(b)

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append(b"q %.2f w 0 G %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append(b"q %.2f w 0 G %.2f %.2f m %.2f %.2f l S Q" % (lw, x1, y1, x2, y2))

    def bytes(self):
        return b"\n".join(self.ops) + b"\n"


def wrap(s, f, size, width, first_indent=0.0):
    words, lines, cur = s.split(), [], []
    for w in words:
        lim = width - (first_indent if not lines else 0)
        if cur and sw(" ".join(cur + [w]), f, size) > lim:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """body flow over pages: a list of page streams, justified paragraphs with Tw"""
    def __init__(self, top, bottom=70):
        self.pages = [Stream_()]
        self.y, self.top, self.bottom = top, top, bottom

    @property
    def s(self):
        return self.pages[-1]

    def newpage(self, top=752):
        self.pages.append(Stream_()); self.y = top

    def para(self, s, f="F1", size=11, lead=14, indent=0.0, after=4, label=None):
        width = TW - indent
        lines = wrap(s, f, size, width)
        for i, ln in enumerate(lines):
            if self.y - lead < self.bottom:
                self.newpage()
            self.y -= lead
            txt = " ".join(ln)
            tw = 0.0
            if i < len(lines) - 1 and len(ln) > 1:
                tw = (width - sw(txt, f, size)) / (len(ln) - 1)
            if label and i == 0:
                self.s.text(LM, self.y, label, f, size)
            self.s.text(LM + indent, self.y, txt, f, size, 0.0, tw)
        self.y -= after


def form(pdf, stream_bytes, bbox, res):
    return pdf.make_stream(stream_bytes, Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(bbox), Resources=res)


def build(out):
    pdf = pikepdf.new()
    fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                         BaseFont=Name("/" + v), Encoding=Name.WinAnsiEncoding))
                        for k, v in FONTS.items()})
    res = Dictionary(Font=fonts)

    # --- letterhead Form XObject
    lh = Stream_()
    lh.raw(b"q 0.125 0.247 0.467 RG 0.875 0.906 0.961 rg 1 w 84 790 m 84 801 75 810 64 810 c 53 810 44 801 44 790 c "
           b"44 779 53 770 64 770 c 75 770 84 779 84 790 c B Q")
    lh.raw(b"q 0.125 0.247 0.467 rg 60.5 778 7 18 re f Q")
    lh.center(800, LH["name"], "F2", 15)
    lh.center(786, LH["prov"], "F1", 10.5)
    lh.center(774, LH["addr"], "F1", 6.8)
    lh.rect(W - RM - 70, 808, 70, 16, 0.8)
    lh.center(812.5, "ORIGINALE", "F2", 9, 0, W - RM - 70, 70)
    lh.line(LM, 766, W - RM, 766, 0.8)
    LHX = form(pdf, lh.bytes(), [0, 0, W, H], res)

    # --- number block Form XObject (letter-spaced heading with Tc)
    nb = Stream_()
    nb.center(748, D["settore"], "F2", 11.5)
    nb.center(735, D["office"], "F1", 10.5)
    nb.rect(LM, 668, TW, 58, 0.8)
    nb.center(710, "REGISTRO GENERALE N. %s DEL %s" % (D["number"], D["date"]), "F2", 12)
    nb.center(694, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", "F3", 9.5, 1.6)
    nb.center(678, "N. %s DEL %s" % (D["sector_number"], D["sector_date"]), "F1", 11)
    NBX = form(pdf, nb.bytes(), [0, 0, W, H], res)

    # --- body flow, page 1 starts under the number block
    fl = Flow(top=660)
    # subject with hanging label
    fl.para(D["subject"], "F2", 11, 14, indent=56, after=10, label="Oggetto:")
    fl.y -= 4
    fl.s.center(fl.y - 14, "IL RESPONSABILE DEL SETTORE", "F2", 11, 2.2)
    fl.y -= 22
    for t in D["premesse"]:
        fl.para(t)
    fl.y -= 6
    if fl.y - 30 < fl.bottom:
        fl.newpage()
    fl.s.center(fl.y - 14, "DETERMINA", "F2", 12, 4.0)
    fl.y -= 24
    for i, t in enumerate(D["points"], 1):
        fl.para(t, indent=22, label="%d." % i)
    fl.y -= 8
    if fl.y - 70 < fl.bottom:
        fl.newpage()
    fl.s.text(LM, fl.y - 14, "San Pancrazio Salentino, %s" % D["sector_date"], "F1", 11)
    fl.s.right(fl.y - 40, D["signer"][0], "F2", 11)
    fl.s.right(fl.y - 54, "F.to " + D["signer"][1], "F1", 11)
    act_pages = fl.pages

    # --- pareri page: visto contabile block painted first, then the parere tecnico above it
    tec, cont = D["pareri"]
    pa = Stream_()
    ct = Stream_()
    y = 545
    ct.text(LM + 6, y, cont[0] + " ATTESTANTE LA COPERTURA FINANZIARIA", "F2", 11)
    lines = wrap("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000, si appone il visto di regolarità contabile "
                 "e si attesta la copertura finanziaria della spesa con i seguenti impegni:", "F1", 10.5, TW - 12)
    for i, ln in enumerate(lines):
        y -= 13
        t = " ".join(ln)
        tw = (TW - 12 - sw(t, "F1", 10.5)) / (len(ln) - 1) if i < len(lines) - 1 else 0
        ct.text(LM + 6, y, t, "F1", 10.5, 0, tw)
    y -= 20
    cols = [0, 62, 130, 180, 232, 300]
    for x, h in zip(cols, ["Impegno n.", "Data", "Capitolo", "Esercizio", "Importo €", "Beneficiario"]):
        ct.text(LM + 6 + x, y, h, "F4", 9)
    ct.line(LM + 6, y - 4, W - RM - 6, y - 4, 0.4)
    for row in D["cover"]:
        y -= 15
        for x, v in zip(cols, row):
            ct.text(LM + 6 + x, y, v, "F3", 9)
    y -= 22
    ct.text(LM + 6, y, "Data: %s" % cont[1], "F1", 10.5)
    ct.right(y - 16, cont[2], "F1", 10.5, W - RM - 6)
    ct.right(y - 30, "F.to " + cont[3], "F2", 10.5, W - RM - 6)
    ct.rect(LM, y - 40, TW, 560 - (y - 40), 0.6)
    CTX = form(pdf, ct.bytes(), [0, 0, W, H], res)

    te = Stream_()
    y = 690
    te.text(LM + 6, y, tec[0], "F2", 11)
    lines = wrap("Ai sensi dell'art. 147-bis, comma 1, del D.Lgs. 267/2000, si esprime parere FAVOREVOLE in ordine "
                 "alla regolarità tecnica e alla correttezza dell'azione amministrativa.", "F1", 10.5, TW - 12)
    for i, ln in enumerate(lines):
        y -= 13
        t = " ".join(ln)
        tw = (TW - 12 - sw(t, "F1", 10.5)) / (len(ln) - 1) if i < len(lines) - 1 else 0
        te.text(LM + 6, y, t, "F1", 10.5, 0, tw)
    y -= 16
    te.text(LM + 6, y, "Data: %s" % tec[1], "F1", 10.5)
    te.right(y - 16, tec[2], "F1", 10.5, W - RM - 6)
    te.right(y - 30, "F.to " + tec[3], "F2", 10.5, W - RM - 6)
    te.rect(LM, y - 40, TW, 705 - (y - 40), 0.6)
    TEX = form(pdf, te.bytes(), [0, 0, W, H], res)

    pa.raw(b"q 1 0 0 1 0 0 cm /Xc Do Q")
    pa.center(742, "PARERI E VISTO DI REGOLARITÀ CONTABILE", "F2", 12, 1.2)
    pa.center(727, "Determinazione R.G. n. %s del %s - Settore n. %s del %s"
              % (D["number"], D["date"], D["sector_number"], D["sector_date"]), "F1", 10.5)
    pa.raw(b"q /Xt Do Q")

    # --- certificate page
    ce = Stream_()
    ce.center(742, "CERTIFICATO DI PUBBLICAZIONE", "F2", 12.5, 1.2)
    y = 712
    ce.text(LM, y, "N. %s del Registro delle Pubblicazioni" % D["cert_reg"], "F2", 11)
    txt = ("Si certifica che copia della presente determinazione è stata pubblicata all'Albo Pretorio on line di "
           "questo Ente dal %s al %s per 15 giorni consecutivi, ai sensi dell'art. 32 della Legge 18 giugno 2009, "
           "n. 69." % (D["cert_from"], D["cert_to"]))
    lines = wrap(txt, "F1", 11, TW)
    for i, ln in enumerate(lines):
        y -= 14
        t = " ".join(ln)
        tw = (TW - sw(t, "F1", 11)) / (len(ln) - 1) if i < len(lines) - 1 else 0
        ce.text(LM, y, t, "F1", 11, 0, tw)
    y -= 24
    ce.text(LM, y, "San Pancrazio Salentino, %s" % D["cert_from"], "F1", 11)
    ce.right(y - 28, D["cert_signer"][0], "F2", 11)
    ce.right(y - 42, "F.to " + D["cert_signer"][1], "F1", 11)

    streams = act_pages + [pa, ce]
    n = len(streams)
    for i, st in enumerate(streams, 1):
        foot = Stream_()
        foot.line(LM, 46, W - RM, 46, 0.4)
        foot.text(LM, 36, "Determinazione Registro Generale n. %s del %s" % (D["number"], D["date"]), "F1", 8)
        foot.right(36, "Pagina %d di %d" % (i, n), "F1", 8)
        body = st.bytes() + foot.bytes()
        xo = Dictionary()
        if i == 1:
            # body first, then the number block, then the letterhead
            body += b"q /Xn Do Q\nq /Xl Do Q\n"
            xo = Dictionary(Xn=NBX, Xl=LHX)
        elif st is pa:
            xo = Dictionary(Xc=CTX, Xt=TEX, Xl=LHX)
            body += b"q /Xl Do Q\n"
        else:
            xo = Dictionary(Xl=LHX)
            body += b"q /Xl Do Q\n"
        page_res = Dictionary(Font=fonts, XObject=xo)
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=page_res,
                                       Contents=pdf.make_stream(body)))
        pdf.pages.append(page)
    pdf.docinfo[Name.Title] = "Determinazione R.G. n. %s del %s" % (D["number"], D["date"])
    pdf.docinfo[Name.Author] = "Comune di San Pancrazio Salentino"
    pdf.docinfo[Name.Creator] = "Halley - Determine (stampa atto)"
    pdf.docinfo[Name.Producer] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
    pdf.save(out, compress_streams=True)


if __name__ == "__main__":
    build(sys.argv[1])
