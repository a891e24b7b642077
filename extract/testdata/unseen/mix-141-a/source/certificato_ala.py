#!/usr/bin/env python3
"""Comune di Ala - certificato di pubblicazione of Giunta deliberation 3/2029.
Content stream written by hand with pikepdf (standard 14 fonts, WinAnsi),
lines wrapped with ReportLab's width tables, like the Sicraweb albo module."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62.0, W - 62.0

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Bold"}
ops = []


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text(x, y, s, f="F1", size=10.5):
    ops.append(b"BT /%s %.1f Tf %.2f %.2f Td (" % (f.encode(), size, x, y) + esc(s) + b") Tj ET")


def centre(y, s, f="F1", size=10.5):
    w = stringWidth(s, FONTS[f], size)
    text((W - w) / 2, y, s, f, size)


def wrap(s, f, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[f], size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def justified(y, s, f="F1", size=10.5, lead=14.5, x0=L, x1=R, first=""):
    """Justify with Tw (word spacing), last line ragged."""
    lines = wrap(first + s, f, size, x1 - x0)
    for i, ln in enumerate(lines):
        gaps = ln.count(" ")
        tw = 0.0
        if i < len(lines) - 1 and gaps:
            tw = (x1 - x0 - stringWidth(ln, FONTS[f], size)) / gaps
        ops.append(b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (f.encode(), size, tw, x0, y) + esc(ln) + b") Tj ET")
        y -= lead
    ops.append(b"BT 0 Tw ET")
    return y


def rule(x0, y, x1, w=0.6):
    ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x0, y, x1, y))


def box(x, y, w, h, lw=0.8):
    ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


SUBJECT = ("Lavori di manutenzione straordinaria della copertura e di efficientamento energetico "
           "della scuola primaria di Chizzola: approvazione del progetto esecutivo in linea tecnica "
           "ed economica (CUP F27H28000150004).")

# letterhead
centre(H - 70, "COMUNE DI ALA", "F4", 18)
centre(H - 85, "PROVINCIA DI TRENTO", "F1", 9.5)
rule(L, H - 96, R, 1.0)

y = H - 140
centre(y, "CERTIFICATO DI PUBBLICAZIONE", "F2", 14)
y -= 16
for ln in wrap("(art. 183, comma 1, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
               "approvato con L.R. 3 maggio 2018, n. 2)", "F3", 9, R - L - 60):
    centre(y, ln, "F3", 9)
    y -= 12

y -= 22
top = y + 16
text(L + 8, y, "Deliberazione della Giunta comunale n. 3 di data 10/01/2029", "F2", 10.5)
y -= 18
text(L + 8, y, "Oggetto:", "F2", 10.5)
y = justified(y, SUBJECT, "F1", 10.5, 14, x0=L + 58, x1=R - 8)
box(L, y + 4, R - L, top - y - 4)

y -= 26
y = justified(y, "Si certifica che copia della deliberazione sopra indicata è stata pubblicata all'Albo telematico "
              "del Comune di Ala per dieci giorni consecutivi, dal 11/01/2029 al 21/01/2029, e che entro il "
              "termine di pubblicazione non sono pervenute opposizioni.")
y -= 8
text(L, y, "Registro delle pubblicazioni n. 35/2029.")
y -= 30
text(L, y, "ESECUTIVITÀ", "F2", 10.5)
y -= 16
y = justified(y, "La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, "
              "del Codice degli enti locali della Regione autonoma Trentino-Alto Adige.")

y -= 30
text(L, y, "Ala, 22/01/2029")
y -= 34
text(330, y, "IL VICESEGRETARIO COMUNALE", "F2", 10)
y -= 15
w = stringWidth("dott. Nicola Ferrari", "Helvetica", 10.5)
text(330 + (stringWidth("IL VICESEGRETARIO COMUNALE", "Helvetica-Bold", 10) - w) / 2, y, "dott. Nicola Ferrari")
y -= 13
w = stringWidth("(firmato digitalmente)", "Helvetica-Oblique", 8)
text(330 + (stringWidth("IL VICESEGRETARIO COMUNALE", "Helvetica-Bold", 10) - w) / 2, y, "(firmato digitalmente)", "F3", 8)

rule(L, 52, R, 0.4)
text(L, 41, "Comune di Ala - Albo telematico - stampa del certificato di pubblicazione", "F1", 7)
text(R - stringWidth("Pagina 1 di 1", "Helvetica", 7), 41, "Pagina 1 di 1", "F1", 7)

pdf = pikepdf.new()
fonts = Dictionary()
for k, v in FONTS.items():
    fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                        BaseFont=Name("/" + v), Encoding=Name.WinAnsiEncoding))
content = pikepdf.Stream(pdf, b"\n".join(ops))
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(content),
                  Resources=Dictionary(Font=fonts))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo[Name.Producer] = "Sicraweb - Albo on line"
pdf.docinfo[Name.Creator] = "Sicraweb"
pdf.docinfo[Name.Title] = "Certificato di pubblicazione - Deliberazione G.C. n. 3/2029"
pdf.save(OUT)
