# Terragnolo: hand-written PostScript (written by this script), printed to PDF by ps2pdf.
# Times/Helvetica re-encoded to ISO Latin-1 (0x27, 0x2D and 0x80 patched to quotesingle, hyphen, endash);
# justified lines use widthshow; the page is written bottom-up (foot, signature, body, title, letterhead last).
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth   # AFM metrics only, to break and justify lines
L, R = 70, 525
def ps(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        elif ch == "\u2013": out.append("\\200")
        else: out.append("\\%03o" % ch.encode("latin-1")[0])
    return "(" + "".join(out) + ")"
FONTS = {"R": ("Times-Roman", "TR"), "B": ("Times-Bold", "TB"), "I": ("Times-Italic", "TI"), "H": ("Helvetica-Bold", "HB"), "h": ("Helvetica", "HR")}
ops = []          # list of (order, code)
def text(order, x, y, s, f="R", size=11, align="l"):
    name, ali = FONTS[f]; w = stringWidth(s, name, size)
    if align == "c": x = x - w / 2
    if align == "r": x = x - w
    ops.append((order, "/%s %g selectfont %g %g moveto %s show" % (ali, size, x, y, ps(s))))
def para(order, y, s, f="R", size=11, lead=14.5, indent=0):
    name, ali = FONTS[f]; words = s.split(); lines = []; cur = []
    maxw = R - L - indent
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), name, size) > maxw: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            extra = (maxw - stringWidth(t, name, size)) / (len(ln) - 1)
            ops.append((order, "/%s %g selectfont %g %g moveto %.3f 0 32 %s widthshow" % (ali, size, L + indent, y, extra, ps(t))))
        else:
            ops.append((order, "/%s %g selectfont %g %g moveto %s show" % (ali, size, L + indent, y, ps(t))))
        y -= lead
    return y - 4
# letterhead (drawn last)
text(9, 297, 790, "COMUNE DI TERRAGNOLO", "H", 17, "c")
text(9, 297, 774, "Provincia autonoma di Trento", "h", 9.5, "c")
text(9, 297, 762, "Località Piazza, 1 – 38060 Terragnolo (TN) – tel. 0464 396012", "h", 8.5, "c")
ops.append((9, "0.6 setlinewidth 70 752 moveto 525 752 lineto stroke"))
text(8, L, 730, "SERVIZIO TECNICO – Ufficio Patrimonio e Foreste", "B", 10.5)
text(8, R, 730, "Prot. n. 1873 di data 8 maggio 2026", "R", 10.5, "r")
# title
text(7, 297, 690, "AVVISO", "H", 20, "c")
y = 668
TITLE = ["ASSEGNAZIONE DEI LOTTI DI LEGNA DA ARDERE (SORTI)", "AI NUCLEI FAMILIARI RESIDENTI – STAGIONE 2026/2027"]
for t in TITLE: text(7, 297, y, t, "B", 12, "c"); y -= 16
y -= 12
# body
body = ["Si rende noto che, in esecuzione della deliberazione della Giunta comunale n. 44 di data 28 aprile 2026, il Comune di Terragnolo procede all'assegnazione dei lotti di legna da ardere ricavati dai boschi di proprietà comunale delle località Geroli, Piazza e Baisi, secondo il piano di assestamento forestale vigente.",
        "Possono presentare domanda i nuclei familiari residenti nel Comune alla data del 1° gennaio 2026 che non siano titolari, anche per il tramite di altro componente, di altra assegnazione di legname di uso civico per la medesima stagione. A ciascun nucleo può essere assegnato un solo lotto.",
        "La domanda, redatta sul modulo disponibile presso l'Ufficio Tecnico e sul sito istituzionale, deve pervenire entro le ore 12.00 di venerdì 29 maggio 2026, mediante consegna a mano, posta elettronica certificata o raccomandata. Il corrispettivo per ciascun lotto è fissato in euro 25,00 per metro stero, da versare prima del ritiro.",
        "L'assegnazione dei lotti avverrà mediante sorteggio pubblico che si terrà presso la sala consiliare martedì 9 giugno 2026 alle ore 18.00. Il taglio e l'esbosco dovranno essere eseguiti entro il 30 novembre 2026, nel rispetto delle prescrizioni impartite dal custode forestale.",
        "Per informazioni è possibile rivolgersi all'Ufficio Tecnico comunale nei giorni di lunedì e giovedì dalle ore 9.00 alle ore 12.00."]
for s in body: y = para(6, y, s)
# signature (drawn early)
text(2, 400, y - 20, "IL SINDACO", "R", 11, "c")
text(2, 400, y - 35, "Michela Stedile", "I", 11, "c")
text(2, L, y - 20, "Terragnolo, 8 maggio 2026", "R", 11)
# foot (drawn first)
text(1, 297, 50, "Documento pubblicato all'Albo telematico del Comune di Terragnolo ai sensi della L.R. 3 maggio 2018, n. 2", "h", 7.5, "c")
prolog = r"""%!PS-Adobe-3.0
%%Title: Avviso sorti legna 2026-2027
%%Creator: Comune di Terragnolo - stampa PostScript
%%Pages: 1
%%BoundingBox: 0 0 595 842
%%EndComments
/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put dup 45 /hyphen put dup 128 /endash put def currentdict end definefont pop } def
/TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc /HB /Helvetica-Bold reenc /HR /Helvetica reenc
%%Page: 1 1
"""
with open(sys.argv[1], "w", encoding="latin-1") as f:
    f.write(prolog)
    for o, code in sorted(ops, key=lambda t: t[0]): f.write(code + "\n")
    f.write("showpage\n%%EOF\n")
