#!/usr/bin/env python3
"""Certificato di pubblicazione of Consiglio Comunale n. 1/2029 of Reana del
Rojale: a content stream written by hand (standard 14 fonts, WinAnsi) and saved
with pikepdf, as the Albo module of an Insiel-like suite prints it."""
import sys
import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

PW, PH = 595.28, 841.89
L, RM = 62, 62
W = PW - L - RM
ops = []


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def text(x, y, s, f="R", size=10.5):
    ops.append(b"BT /F%s %.1f Tf %.2f %.2f Td (" % (f.encode(), size, x, y) + esc(s) + b") Tj ET")


def centre(y, s, f="R", size=10.5):
    text(L + (W - stringWidth(s, FONTS[f], size)) / 2, y, s, f, size)


def wrap(s, f, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[f], size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    out.append(cur)
    return out


def justified(x, y, s, f="R", size=10.5, width=W, lead=14.5):
    lines = wrap(s, f, size, width)
    for i, ln in enumerate(lines):
        if i < len(lines) - 1 and ln.count(" "):
            gap = (width - stringWidth(ln, FONTS[f], size)) / ln.count(" ")
            ops.append(b"BT /F%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (f.encode(), size, gap, x, y) + esc(ln) + b") Tj 0 Tw ET")
        else:
            text(x, y, ln, f, size)
        y -= lead
    return y


def rule(y, x0=L, x1=L + W, w=0.6):
    ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x0, y, x1, y))


y = PH - 70
centre(y, "COMUNE DI REANA DEL ROJALE", "B", 15); y -= 16
centre(y, "Provincia di Udine", "I", 10); y -= 10
rule(y, L + 120, L + W - 120, 0.5); y -= 40

centre(y, "CERTIFICATO DI PUBBLICAZIONE", "B", 13); y -= 15
centre(y, "(art. 1, commi 15 e 16, della L.R. 11 dicembre 2003, n. 21)", "I", 9.5); y -= 36

text(L, y, "Deliberazione del Consiglio Comunale", "R", 10.5)
text(L + 230, y, "N. 1", "B", 10.5)
text(L + 290, y, "del 12/01/2029", "B", 10.5); y -= 22
text(L, y, "OGGETTO:", "B", 10.5)
y = justified(L + 70, y, "APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI "
              "POLIZIA LOCALE TRA I COMUNI DI REANA DEL ROJALE E POVOLETTO PER IL QUINQUENNIO 2029-2033.",
              "B", 10.5, W - 70)
y -= 8
ops.append(b"0.6 w %.2f %.2f %.2f %.2f re S" % (L - 6, y, W + 12, 84))
y -= 30

y = justified(L, y, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo pretorio "
              "on line di questo Comune per quindici giorni consecutivi, dal 16/01/2029 al 30/01/2029, ai sensi "
              "dell'art. 1, comma 15, della L.R. 11 dicembre 2003, n. 21 e dell'art. 32 della L. 18 giugno 2009, "
              "n. 69.")
y -= 6
y = justified(L, y, "Registro delle pubblicazioni n. 41.")
y -= 24
text(L, y, "Reana del Rojale, 16/01/2029")
text(L + 270, y, "L'IMPIEGATO RESPONSABILE", "B", 10); y -= 15
text(L + 284, y, "F.to Martina Pertoldi", "R", 10.5); y -= 50

rule(y + 18, w=0.4)
centre(y, "ATTESTATO DI ESECUTIVITÀ", "B", 11.5); y -= 26
y = justified(L, y, "La presente deliberazione è divenuta esecutiva il 12/01/2029, in quanto dichiarata "
              "immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.")
y -= 24
text(L, y, "Reana del Rojale, 16/01/2029")
text(L + 270, y, "L'IMPIEGATO RESPONSABILE", "B", 10); y -= 15
text(L + 284, y, "F.to Martina Pertoldi", "R", 10.5)

text(L, 40, "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005.", "I", 7.5)

pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts["/F" + k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                   Encoding=Name.WinAnsiEncoding))
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                               Resources=Dictionary(Font=fonts),
                               Contents=pdf.make_stream(b"\n".join(ops))))
pdf.pages.append(page)
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    pass
pdf.docinfo["/Producer"] = "Insiel ADWeb Albo pretorio - stampa certificati"
pdf.docinfo["/Title"] = "Certificato di pubblicazione - CC 1/2029"
pdf.save(sys.argv[1])
