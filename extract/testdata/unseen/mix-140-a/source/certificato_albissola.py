#!/usr/bin/env python3
"""Albissola Marina, certificato di pubblicazione ed esecutività of Giunta deliberation n. 3
of 09/01/2029: a content stream written by hand and saved with pikepdf (standard 14 fonts with
WinAnsiEncoding, Tw word spacing on justified lines, a framed block, letterhead as a Form XObject)."""
import sys

import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
           "STRAORDINARIA DEL LUNGOMARE DEGLI ARTISTI - CUP B37H28000150004")

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Roman"}
RL = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Roman"}


def esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        if ch in b"()\\":
            out += b"\\" + bytes([ch])
        elif ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return bytes(out)


ops = []


def text(x, y, s, font="F1", size=10, tw=0.0):
    ops.append(b"BT /%s %.1f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm (" % (font.encode(), size, tw, x, y) + esc(s) + b") Tj ET")


def centre(y, s, font="F1", size=10):
    w = stringWidth(s, RL[font], size)
    text((W - w) / 2, y, s, font, size)


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, RL[font], size) > width and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = t
    lines.append(cur)
    return lines


def justified(x, y, s, font="F1", size=10, width=TW, lead=13.5):
    lines = wrap(s, font, size, width)
    for i, ln in enumerate(lines):
        tw = 0.0
        gaps = ln.count(" ")
        if i < len(lines) - 1 and gaps:
            tw = (width - stringWidth(ln, RL[font], size)) / gaps
        text(x, y, ln, font, size, tw)
        y -= lead
    return y


def rect(x, y, w, h, lw=0.6):
    ops.append(b"q %.2f w %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))


def line(x1, y1, x2, y2, lw=0.6):
    ops.append(b"q %.2f w %.2f %.2f m %.2f %.2f l S Q" % (lw, x1, y1, x2, y2))


# body
y = H - 150
centre(y, "CERTIFICATO DI PUBBLICAZIONE", "F2", 13)
y -= 16
centre(y, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", "F3", 8.5)
y -= 30
box_top = y + 12
text(LM + 8, y, "Atto:", "F2", 9.5)
text(LM + 70, y, "Deliberazione della Giunta Comunale", "F1", 10)
y -= 16
text(LM + 8, y, "Numero:", "F2", 9.5)
text(LM + 70, y, "3", "F1", 10)
text(LM + 200, y, "Data:", "F2", 9.5)
text(LM + 240, y, "09/01/2029", "F1", 10)
y -= 16
text(LM + 8, y, "Oggetto:", "F2", 9.5)
for ln in wrap(SUBJECT, "F2", 9.5, TW - 82):
    text(LM + 70, y, ln, "F2", 9.5)
    y -= 13
y -= 4
rect(LM, y, TW, box_top - y)
y -= 30
y = justified(LM, y, "Si certifica che copia della deliberazione sopra indicata viene pubblicata all'Albo "
              "Pretorio on line del Comune di Albissola Marina, accessibile dal sito istituzionale dell'Ente, "
              "per quindici giorni consecutivi dal 12/01/2029 al 27/01/2029, ai sensi e per gli effetti "
              "dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267.")
y -= 8
text(LM, y, "Registro delle pubblicazioni n. 47", "F1", 10)
y -= 30
text(LM, y, "Albissola Marina, 12/01/2029", "F1", 10)
centre_x = W - RM - 110
for i, s in enumerate(("IL MESSO COMUNALE", "Rita Pastorino", "(firmato digitalmente)")):
    f, sz = ("F2", 9.5) if i == 0 else (("F1", 10) if i == 1 else ("F3", 8))
    text(centre_x - stringWidth(s, RL[f], sz) / 2, y - 16 * i, s, f, sz)
y -= 70
line(LM, y + 14, W - RM, y + 14, 0.4)
centre(y - 4, "CERTIFICATO DI ESECUTIVITÀ", "F2", 11)
y -= 26
y = justified(LM, y, "Si certifica che la deliberazione sopra indicata è divenuta esecutiva il 09/01/2029, "
              "in quanto dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
              "18 agosto 2000, n. 267.")
y -= 22
text(LM, y, "Albissola Marina, 12/01/2029", "F1", 10)
for i, s in enumerate(("IL SEGRETARIO COMUNALE", "Dott.ssa Valeria Parodi", "(firmato digitalmente)")):
    f, sz = ("F2", 9.5) if i == 0 else (("F1", 10) if i == 1 else ("F3", 8))
    text(centre_x - stringWidth(s, RL[f], sz) / 2, y - 16 * i, s, f, sz)
# foot
text(LM, 40, "Sicr@Web - Albo Pretorio on line - referto di pubblicazione", "F3", 7)
text(W - RM - stringWidth("Pag. 1 di 1", "Helvetica-Oblique", 7), 40, "Pag. 1 di 1", "F3", 7)
# letterhead Form XObject, painted last
ops.append(b"q 1 0 0 1 0 0 cm /Intest Do Q")

lh = []
lh.append(b"q 0.12 0.27 0.55 RG 1.2 w %.2f %.2f m %.2f %.2f l S Q" % (LM, H - 100, W - RM, H - 100))
lh.append(b"BT /F2 15 Tf 1 0 0 1 %.2f %.2f Tm (" % (LM, H - 70) + esc("COMUNE DI ALBISSOLA MARINA") + b") Tj ET")
lh.append(b"BT /F1 9.5 Tf 1 0 0 1 %.2f %.2f Tm (" % (LM, H - 84) + esc("Provincia di Savona") + b") Tj ET")
s2 = "Servizio Segreteria - Albo Pretorio"
lh.append(b"BT /F1 8.5 Tf 1 0 0 1 %.2f %.2f Tm (" % (W - RM - stringWidth(s2, "Helvetica", 8.5), H - 84)
          + esc(s2) + b") Tj ET")

pdf = pikepdf.new()
fonts = Dictionary({("/" + k): Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                           Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
form = pikepdf.Stream(pdf, b"\n".join(lh))
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=fonts)
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fonts, XObject=Dictionary(Intest=form)),
                               Contents=pikepdf.Stream(pdf, b"\n".join(ops))))
pdf.pages.append(page)
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Certificato di pubblicazione - Delibera G.C. n. 3/2029"
pdf.docinfo["/Title"] = "Certificato di pubblicazione - Delibera G.C. n. 3/2029"
pdf.docinfo["/Producer"] = "Sicr@Web Albo - stampa referti"
pdf.docinfo["/Creator"] = "Sicr@Web"
pdf.save(sys.argv[1])
