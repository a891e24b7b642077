#!/usr/bin/env python3
"""Monteroni di Lecce (J-Iride-like): avviso pubblico n. 2/2029 of the Ufficio
Sport, Cultura e Turismo, written as a hand-made content stream with pikepdf
(standard 14 fonts, WinAnsiEncoding, justification with Tw)."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62, 62
TW = W - LM - RM
ops = []


def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Bold"}


def text(x, y, s, f="F1", size=10.5, tw=0.0):
    ops.append(b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (f.encode(), size, tw, x, y) + enc(s) + b") Tj ET")


def width(s, f, size):
    return stringWidth(s, FONTS[f], size)


def centred(y, s, f="F1", size=10.5):
    text((W - width(s, f, size)) / 2, y, s, f, size)


def wrap(s, f, size, maxw):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if width(t, f, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def para(y, s, f="F1", size=10.5, lead=14.2, x=LM, maxw=TW, justify=True, lead_bold=None):
    """Justified paragraph; the optional bold lead-in is set on the first line."""
    first_x = x
    if lead_bold:
        lw = width(lead_bold + " ", "F2", size)
        lines = wrap(s, f, size, maxw - lw)
        first = lines[0]
        rest = wrap(" ".join(lines[1:]), f, size, maxw) if len(lines) > 1 else []
        text(x, y, lead_bold, "F2", size)
        gaps = first.count(" ")
        tw = (maxw - lw - width(first, f, size)) / gaps if (justify and rest and gaps) else 0
        text(x + lw, y, first, f, size, tw)
        y -= lead
        lines = rest
    else:
        lines = wrap(s, f, size, maxw)
    for i, ln in enumerate(lines):
        gaps = ln.count(" ")
        last = i == len(lines) - 1
        tw = (maxw - width(ln, f, size)) / gaps if (justify and not last and gaps) else 0
        text(first_x, y, ln, f, size, tw)
        y -= lead
    return y


# letterhead: crest drawn with paths, name in Times-Bold
ops.append(b"q 0.54 0.11 0.11 rg 0 0 0 RG 0.8 w 62 792 m 100 792 l 100 768 l 100 752 90 744 81 740 c 72 744 62 752 62 768 c h B Q")
ops.append(b"q 0.95 0.83 0.42 rg 70 752 m 81 784 l 92 752 l h f Q")
text(112, 778, "COMUNE DI MONTERONI DI LECCE", "F4", 17)
text(112, 763, "Provincia di Lecce", "F1", 10)
text(112, 751, "Piazza Falconieri - 73047 Monteroni di Lecce (LE) - www.comune.monteroni.le.it", "F1", 7.5)
ops.append(b"q 0.6 w 62 734 m 533.28 734 l S Q")

# J-Iride header grid
ops.append(b"q 0.5 w 0.86 g 62 690 140 34 re f 0 g 62 690 471.28 34 re S 202 690 m 202 724 l S 62 707 m 533.28 707 l S Q")
text(68, 712, "Settore", "F2", 9)
text(208, 712, "SETTORE AFFARI GENERALI E SERVIZI ALLA PERSONA", "F1", 9)
text(68, 695, "Ufficio", "F2", 9)
text(208, 695, "Ufficio Sport, Cultura e Turismo", "F1", 9)

centred(656, "AVVISO PUBBLICO N. 2/2029", "F2", 14)
centred(640, "Prot. n. 612 del 11/01/2029", "F1", 9.5)

y = 612
text(LM, y, "OGGETTO:", "F2", 10.5)
subj = ("Concessione in uso temporaneo della palestra comunale di Via Lecce e del campo polivalente di Via Carmiano "
        "ad associazioni e societ\u00e0 sportive dilettantistiche - periodo febbraio/giugno 2029.")
y = para(y, subj, "F2", 10.5, 14, x=LM + 62, maxw=TW - 62, justify=False)
y -= 10
centred(y, "IL RESPONSABILE DEL SETTORE", "F2", 10.5)
y -= 20
y = para(y, "che, in esecuzione della deliberazione della Giunta Comunale n. 3 del 08/01/2029, il Comune di Monteroni di Lecce intende concedere in uso temporaneo, in orario extrascolastico, la palestra comunale di Via Lecce e il campo polivalente di Via Carmiano ad associazioni e societ\u00e0 sportive dilettantistiche, enti di promozione sportiva e associazioni del terzo settore con sede nel territorio comunale.", lead_bold="RENDE NOTO")
y -= 6
y = para(y, "Possono presentare domanda i soggetti iscritti al Registro Nazionale delle Attivit\u00e0 Sportive Dilettantistiche o al Registro Unico Nazionale del Terzo Settore, in regola con i versamenti dei canoni relativi alle precedenti concessioni.", lead_bold="Soggetti ammessi.")
y -= 6
y = para(y, "Le istanze, redatte sul modello allegato e sottoscritte dal legale rappresentante, dovranno pervenire entro le ore 12:00 del giorno 31/01/2029 all'indirizzo PEC del Comune o all'Ufficio Protocollo, indicando gli spazi, i giorni e le fasce orarie richieste.", lead_bold="Termine e modalit\u00e0.")
y -= 6
y = para(y, "In caso di richieste concorrenti per le medesime fasce orarie, si terr\u00e0 conto dell'attivit\u00e0 rivolta ai minori e alle persone con disabilit\u00e0, del numero di tesserati residenti e della continuit\u00e0 dell'attivit\u00e0 svolta nel territorio. Le tariffe orarie sono quelle approvate con la deliberazione della Giunta Comunale n. 2 del 04/01/2029.", lead_bold="Criteri.")
y -= 6
y = para(y, "Il presente avviso \u00e8 pubblicato all'Albo Pretorio on line e sul sito istituzionale per quindici giorni consecutivi. Responsabile del procedimento: Sig. Luigi Carlino, tel. 0832 422240.", lead_bold="Pubblicit\u00e0.")
y -= 16
text(LM, y, "Monteroni di Lecce, 11/01/2029", "F1", 10.5)
y -= 28
sx = 390
for s, f, sz in (("IL RESPONSABILE DEL SETTORE", "F2", 10), ("Dott.ssa Anna Maria Greco", "F1", 10.5), ("(firmato digitalmente)", "F3", 8)):
    text(sx - width(s, f, sz) / 2, y, s, f, sz)
    y -= 14

text(LM, 40, "J-Iride - Comune di Monteroni di Lecce - Avviso pubblico n. 2/2029 - Prot. n. 612/2029", "F3", 7)
text(W - RM - width("Pag. 1 di 1", "F1", 7), 40, "Pag. 1 di 1", "F1", 7)

pdf = pikepdf.new()
res = Dictionary(Font=Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                      Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()}))
content = pdf.make_stream(b"\n".join(ops))
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=res, Contents=content))
pdf.pages.append(page)
pdf.docinfo["/Producer"] = "J-Iride Albo Pretorio - stampa avvisi"
pdf.docinfo["/Title"] = "Avviso pubblico n. 2/2029"
pdf.save(out)
