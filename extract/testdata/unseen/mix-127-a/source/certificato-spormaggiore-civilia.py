#!/usr/bin/env python3
"""Spormaggiore (TN): certificate of publication of Giunta deliberation n. 20
di data 6 marzo 2028, a page whose content stream is written by hand with
pikepdf: standard Helvetica in WinAnsiEncoding, justification by word spacing
(Tw) on real space characters, the heading letter-spaced with Tc, the
letterhead in a Form XObject drawn after the body, and the Albo's stamp
drawn last, turned 12 degrees."""
import sys, math
import pikepdf
from pikepdf import Pdf, Dictionary, Name, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def width(s, f, size):
    return stringWidth(s, FONTS[f], size)


ops = []


def text(x, y, s, f="F1", size=10.5, tc=0, tw=0):
    ops.append(b"BT /%s %.2f Tf %.3f Tc %.3f Tw %.2f %.2f Td (" % (f.encode(), size, tc, tw, x, y) + esc(s) + b") Tj ET")


def para(x, y, s, wdt, f="F1", size=10.5, lead=14.5, justify=True, first_bold=None):
    """break s into lines of width wdt; justified lines get Tw. Returns y after."""
    words = s.split(" ")
    lines, cur = [], []
    for w_ in words:
        trial = " ".join(cur + [w_])
        if cur and width(trial, f, size) > wdt:
            lines.append(cur)
            cur = [w_]
        else:
            cur.append(w_)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s_ = " ".join(ln)
        tw = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            tw = (wdt - width(s_, f, size)) / (len(ln) - 1)
        text(x, y, s_, f, size, tw=tw)
        y -= lead
    return y


L = 25 * MM
TW = W - 45 * MM
y = H - 62 * MM
ops.append(b"q 0 g")
# heading, letter-spaced with Tc
head = "CERTIFICATO DI PUBBLICAZIONE"
tc = 3.2
hw = width(head, "F2", 14) + tc * (len(head) - 1)
text((W - hw) / 2, y, head, "F2", 14, tc=tc)
y -= 16
sub = "(art. 183 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige)"
text((W - width(sub, "F3", 9)) / 2, y, sub, "F3", 9)
y -= 34
line = "Deliberazione della Giunta comunale n. 20 di data 6 marzo 2028"
text(L, y, line, "F2", 11)
y -= 22
text(L, y, "OGGETTO:", "F2", 10.5)
y = para(L + 22 * MM, y, "Concessione di un contributo straordinario al Corpo dei Vigili del Fuoco volontari di "
         "Spormaggiore per l'acquisto di attrezzature di soccorso.", TW - 22 * MM, "F2", 10.5)
y -= 16
y = para(L, y, "Il sottoscritto Segretario comunale, visti gli atti d'ufficio,", TW, justify=False)
y -= 6
c_ = "CERTIFICA"
text((W - width(c_, "F2", 11.5) - 2.5 * 8) / 2, y, c_, "F2", 11.5, tc=2.5)
y -= 22
y = para(L, y, "che copia della deliberazione in oggetto è stata pubblicata all'albo telematico del Comune di "
         "Spormaggiore il giorno 9 marzo 2028 e vi rimarrà per dieci giorni consecutivi, fino al 19 marzo 2028, "
         "ai sensi dell'art. 183, comma 1, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
         "approvato con L.R. 3 maggio 2018, n. 2.", TW)
y -= 8
y = para(L, y, "La deliberazione non è stata dichiarata immediatamente eseguibile e diverrà esecutiva a pubblicazione "
         "avvenuta, il 20 marzo 2028, ai sensi dell'art. 183, comma 3, del medesimo Codice, qualora entro il periodo "
         "di pubblicazione non siano presentate opposizioni.", TW)
y -= 30
text(L, y, "Spormaggiore, 9 marzo 2028")
sx = L + 98 * MM
r1 = "IL SEGRETARIO COMUNALE"
text(sx + (62 * MM - width(r1, "F2", 10.5)) / 2, y, r1, "F2", 10.5)
y -= 15
r2 = "dott. Stefano Chini"
text(sx + (62 * MM - width(r2, "F1", 10.5)) / 2, y, r2, "F1", 10.5)
y -= 12
r3 = "firmato digitalmente"
text(sx + (62 * MM - width(r3, "F3", 8)) / 2, y, r3, "F3", 8)
stamp_y = y - 8
# foot
ops.append(b"0.4 w %.2f %.2f m %.2f %.2f l S" % (L, 16 * MM, W - 20 * MM, 16 * MM))
text(L, 12 * MM, "Comune di Spormaggiore - Albo telematico - Reg. pubbl. n. 87/2028", "F1", 7.5)
text(W - 20 * MM - width("pag. 1 di 1", "F1", 7.5), 12 * MM, "pag. 1 di 1", "F1", 7.5)
ops.append(b"Q")
# letterhead, drawn after the body
ops.append(b"q 1 0 0 1 %.2f %.2f cm /Fm1 Do Q" % (L, H - 38 * MM))
# the Albo's stamp, turned 12 degrees, drawn last
a = math.radians(12)
ops.append(b"q %.4f %.4f %.4f %.4f %.2f %.2f cm" % (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), L + 14 * MM, stamp_y - 62))
ops.append(b"0.11 0.23 0.55 RG 0.11 0.23 0.55 rg 1.2 w 0 0 150 52 re S 0.5 w 3 3 144 46 re S")
for i, (s_, f, sz) in enumerate((("COMUNE DI SPORMAGGIORE", "F2", 8), ("ALBO TELEMATICO", "F2", 9.5),
                                 ("Pubblicato il 09/03/2028", "F1", 8), ("Reg. pubbl. n. 87", "F1", 8))):
    ops.append(b"BT /%s %.1f Tf %.2f %.2f Td (" % (f.encode(), sz, (150 - width(s_, f, sz)) / 2, 37 - i * 10.5) + esc(s_) + b") Tj ET")
ops.append(b"Q")

pdf = Pdf.new()
fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                    Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
# letterhead form
lh = []
green = b"0.18 0.32 0.19"
lh.append(green + b" RG 1 g 1.2 w 0 52 m 42 52 l 42 22 l 42 8 30 2 21 0 c 12 2 0 8 0 22 c h B")
lh.append(green + b" rg 21 44 m 33 20 l 9 20 l h f 19 12 4 8 re f 0 g")
for s_, f, sz, yy in (("COMUNE DI SPORMAGGIORE", "F2", 15, 36), ("Provincia di Trento", "F1", 10, 22),
                      ("Piazza della Chiesa, 5 - 38010 Spormaggiore (TN) - tel. 0461 653124 - PEC: comune@pec.comune.spormaggiore.tn.it", "F1", 7, 10)):
    lh.append(b"BT /%s %.1f Tf 52 %d Td (" % (f.encode(), sz, yy) + esc(s_) + b") Tj ET")
lh.append(b"0 G 0.5 w 0 -4 m %.2f -4 l S" % TW)
form = Stream(pdf, b"\n".join(lh))
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([-2, -8, TW + 2, 56])
form.Resources = Dictionary(Font=fonts)
form = pdf.make_indirect(form)

content = Stream(pdf, b"\n".join(ops))
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fonts, XObject=Dictionary(Fm1=form)),
                  Contents=pdf.make_indirect(content))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Certificato di pubblicazione - Deliberazione G.C. n. 20/2028"
pdf.docinfo["/Author"] = "Comune di Spormaggiore"
pdf.docinfo["/Creator"] = "Civilia Next - Albo telematico"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
pdf.save(out, compress_streams=True)
