"""Bedollo, certificate of publication (Trentino "referto di pubblicazione")
written as a hand-made content stream with pikepdf, as small in-house
print modules do: TJ arrays with kerning inside words, standard 14 fonts in
WinAnsiEncoding, the letterhead a Form XObject painted after the body."""
import sys
import random
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
rnd = random.Random(1372029)
W, H = 595.28, 841.89


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def tj(text, kern=True):
    """A TJ array: words cut into pieces with small kerning between them."""
    parts = []
    for i, w in enumerate(text.split(" ")):
        piece = w + (" " if i < len(text.split(" ")) - 1 else "")
        if kern and len(w) > 5 and rnd.random() < 0.45:
            k = rnd.randint(2, len(w) - 2)
            parts.append(b"(" + esc(piece[:k]) + b")")
            parts.append(str(rnd.choice([-12, -8, 6, 10, 15])).encode())
            parts.append(b"(" + esc(piece[k:]) + b")")
        else:
            parts.append(b"(" + esc(piece) + b")")
    return b"[" + b" ".join(parts) + b"] TJ"


FONTS = {"F1": ("Helvetica", "Helvetica"), "F2": ("Helvetica-Bold", "Helvetica-Bold"),
         "F3": ("Times-Roman", "Times-Roman"), "F4": ("Times-Bold", "Times-Bold"),
         "F5": ("Times-Italic", "Times-Italic")}


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur); cur = w
        else:
            cur = t
    return lines + ([cur] if cur else [])


body = []


def line(x, y, f, size, text, kern=True):
    body.append(b"BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm " % (f.encode(), size, x, y) + tj(text, kern) + b" ET")


def centred(y, f, size, text):
    w = stringWidth(text, FONTS[f][0], size)
    line((W - w) / 2, y, f, size, text)


def para(y, f, size, text, x=70, width=W - 140, lead=15, justify=True):
    ls = wrap(text, FONTS[f][0], size, width)
    for i, ln in enumerate(ls):
        tw = 0
        if justify and i < len(ls) - 1 and ln.count(" "):
            tw = (width - stringWidth(ln, FONTS[f][0], size)) / ln.count(" ")
        body.append(b"BT /%s %g Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm " % (f.encode(), size, tw, x, y)
                    + tj(ln) + b" 0 Tw ET")
        y -= lead
    return y


y = H - 150
centred(y, "F4", 14, "REFERTO DI PUBBLICAZIONE")
y -= 15
centred(y, "F5", 9.5, "(art. 183, comma 1, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige)")
y -= 34
line(70, y, "F2", 10.5, "Deliberazione della Giunta comunale n. 2 di data 10/01/2029")
y -= 22
line(70, y, "F2", 10.5, "Oggetto:")
y = para(y, "F1", 10.5, "Approvazione del Piano esecutivo di gestione 2029-2031: assegnazione delle risorse "
         "finanziarie ai Responsabili dei servizi.", x=125, width=W - 195, lead=14, justify=False)
y -= 18
y = para(y, "F3", 11.5, "Certifico io sottoscritto Segretario comunale, su conforme dichiarazione del "
         "Messo comunale, che copia del presente verbale è stata pubblicata il giorno 12/01/2029 "
         "all'albo telematico del Comune, ove rimarrà esposta per 10 giorni consecutivi, fino al 22/01/2029, "
         "ai sensi dell'art. 183, comma 1, del Codice degli enti locali approvato con L.R. 3 maggio 2018, n. 2.")
y -= 10
y = para(y, "F3", 11.5, "Si dà atto che la deliberazione è stata dichiarata immediatamente eseguibile ai sensi "
         "dell'art. 183, comma 4, del medesimo Codice.")
y -= 24
line(70, y, "F3", 11.5, "Bedollo, 12/01/2029")
y -= 34
line(330, y, "F4", 11, "IL SEGRETARIO COMUNALE")
y -= 15
line(350, y, "F3", 11, "dott. Ivan Nicolini")
y -= 13
line(342, y, "F5", 8.5, "(firmato digitalmente)")
line(70, 40, "F1", 7.5, "Civilia Next - Albo telematico - Referto delibera G.C. n. 2/2029", kern=False)

lh = b"\n".join([
    b"q 0.9 w 62 749 m 96 749 l 96 721 l 96 709 79 705 79 705 c 79 705 62 709 62 721 c h S Q",
    b"BT /F4 8 Tf 1 0 0 1 72.5 733 Tm (BDL) Tj ET",
    b"BT /F4 19 Tf 1 0 0 1 108 775.9 Tm (COMUNE DI BEDOLLO) Tj ET",
    b"BT /F3 10.5 Tf 1 0 0 1 108 761.9 Tm (PROVINCIA DI TRENTO) Tj ET",
    b"BT /F1 7.5 Tf 1 0 0 1 108 750.9 Tm (Piazza Municipio, 1 - 38043 Bedollo \\(TN\\) - C.F. 00297270228) Tj ET",
    b"q 0.25 G 0.6 w 62 741.9 m 533.28 741.9 l S Q",
])

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v[1]),
                                  Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fonts = pdf.make_indirect(fonts)
form = pikepdf.Stream(pdf, lh)
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=fonts)
form = pdf.make_indirect(form)
content = b"\n".join(body) + b"\nq /LH Do Q\n"
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=form)),
                  Contents=pdf.make_stream(content))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Producer"] = "Civilia Next Albo - modulo stampa referti"
pdf.docinfo["/Title"] = "Referto di pubblicazione"
pdf.save(out, compress_streams=True)
