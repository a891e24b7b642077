#!/usr/bin/env python3
"""Ente Parco dell'Aveto - convocation of the Consiglio, written as a raw
PDF by this script: every glyph is placed on its own with a text matrix
(one Tm + Tj per character, as some document-management exporters emit),
the letterhead is letter-spaced, fonts are the standard Helvetica with
WinAnsiEncoding. Glyph widths come from reportlab's AFM tables."""
import sys
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-parcoaveto-civilia.pdf"
PW, PH = 595.28, 841.89
LM, RM = 70, 60
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
ops = []


def esc(ch):
    b = ch.encode("cp1252")
    out = ""
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += "\\" + chr(x)
        elif x < 32 or x > 126:
            out += "\\%03o" % x
        else:
            out += chr(x)
    return out


def glyphs(x, y, text, font="F1", size=10.5, extra=0.0, word_extra=0.0):
    """place each glyph on its own; return end x"""
    name = FONTS[font]
    ops.append(f"BT /{font} {size} Tf")
    for ch in text:
        if ch != " ":
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(ch)}) Tj")
        x += stringWidth(ch, name, size) + extra + (word_extra if ch == " " else 0)
    ops.append("ET")
    return x


def width(text, font="F1", size=10.5, extra=0.0):
    return stringWidth(text, FONTS[font], size) + extra * len(text)


def para(y, text, font="F1", size=10.5, lead=14.5, indent=0, justify=True, maxw=None):
    maxw = maxw or (PW - LM - RM - indent)
    words, line = text.split(), []
    lines = []
    for w in words:
        if line and width(" ".join(line + [w]), font, size) > maxw:
            lines.append(line)
            line = [w]
        else:
            line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        we = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            we = (maxw - width(s, font, size)) / (len(ln) - 1)
        glyphs(LM + indent, y, s, font, size, word_extra=we)
        y -= lead
    return y


def centre(y, text, font="F1", size=10.5, extra=0.0):
    w = width(text, font, size) + extra * (len(text) - 1)
    glyphs((PW - w) / 2, y, text, font, size, extra=extra)


# letterhead: a green band and a letter-spaced name
ops.append("0.16 0.42 0.22 rg 0 806 595.28 36 re f 0 g")
ops.append("0.16 0.42 0.22 RG 1.2 w 70 760 m 535.28 760 l S 0 G")
ops.append("1 g")
centre(818, "ENTE PARCO DELL'AVETO", "F2", 15, extra=3.2)
ops.append("0 g")
centre(788, "Parco naturale regionale - Regione Liguria", "F1", 9.5)
centre(775, "Sede: 16041 Borzonasca (GE) - parcoaveto@pec.it", "F1", 8.5)

glyphs(LM, 735, "Prot. n. 634 / II.4", "F1", 10)
glyphs(PW - RM - width("Borzonasca, 16 marzo 2026", "F1", 10), 735, "Borzonasca, 16 marzo 2026", "F1", 10)
y = 700
for t in ("Ai Componenti del Consiglio dell'Ente Parco", "Al Revisore unico dei conti",
          "e p.c. Ai Sindaci dei Comuni del Parco", "LORO SEDI"):
    glyphs(330, y, t, "F1", 10)
    y -= 13.5
y -= 16
glyphs(LM, y, "OGGETTO:", "F2", 10.5)
y = para(y, "Convocazione del Consiglio dell'Ente Parco - seduta del 26 marzo 2026.", "F2", 10.5,
         indent=62, justify=False)
y -= 14
y = para(y, "Ai sensi dell'art. 12 dello Statuto dell'Ente e dell'art. 4 del Regolamento di funzionamento "
         "degli organi, la S.V. è convocata alla seduta del Consiglio dell'Ente Parco che si terrà "
         "giovedì 26 marzo 2026 alle ore 15:00, presso la sede dell'Ente in Borzonasca, in prima "
         "convocazione e, occorrendo, in seconda convocazione venerdì 27 marzo 2026 alla stessa ora, "
         "per la trattazione del seguente")
y -= 8
centre(y, "ORDINE DEL GIORNO", "F2", 10.5, extra=1.5)
y -= 22
odg = ["Lettura e approvazione dei verbali della seduta precedente;",
       "Rendiconto della gestione per l'esercizio 2025: approvazione;",
       "Piano integrato del Parco: aggiornamento della cartografia della rete sentieristica;",
       "Convenzione con il Comune di Santo Stefano d'Aveto per la gestione del Centro visite di "
       "Rocca d'Aveto: approvazione dello schema;",
       "Comunicazioni del Presidente; varie ed eventuali."]
for i, t in enumerate(odg, 1):
    glyphs(LM + 12, y, f"{i}.", "F1", 10.5)
    y = para(y, t, indent=30, justify=True)
    y -= 3
y -= 10
y = para(y, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso "
         "la segreteria dell'Ente e consultabile nell'area riservata del sito istituzionale. In caso di "
         "impedimento si prega di darne tempestiva comunicazione alla segreteria (tel. 0185 340311).")
y -= 10
glyphs(LM, y, "Distinti saluti.", "F1", 10.5)
y -= 42
centre_x = PW - RM - 100
for t, f in (("IL PRESIDENTE", "F1"), ("Luca Cavagnaro", "F2"), ("(firmato digitalmente)", "F3")):
    glyphs(centre_x - width(t, f, 10) / 2, y, t, f, 10)
    y -= 14
ops.append("0.5 g")
glyphs(LM, 40, "Ente Parco dell'Aveto - documento informatico sottoscritto con firma digitale ai sensi del "
       "D.Lgs. 82/2005", "F1", 7)
ops.append("0 g")

content = zlib.compress("\n".join(ops).encode("latin-1"))
objs = []
objs.append("<< /Type /Catalog /Pages 2 0 R >>")
objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>")
objs.append(None)  # stream
for i, n in enumerate(("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")):
    objs.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{n} /Encoding /WinAnsiEncoding >>")
objs.append("<< /Title (Convocazione Consiglio 26/03/2026) /Producer (Civilia Next - Protocollo) "
            "/Creator (Civilia Next) /CreationDate (D:20260316102233+01'00') >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out))
    if o is None:
        out += f"{i} 0 obj\n<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode()
        out += content + b"\nendstream\nendobj\n"
    else:
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
for o in offs:
    out += f"{o:010d} 00000 n \n".encode()
out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n").encode()
open(OUT, "wb").write(out)
