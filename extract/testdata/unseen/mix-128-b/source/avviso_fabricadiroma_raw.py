#!/usr/bin/env python3
"""Fabrica di Roma, Ufficio Pubblica Istruzione: unnumbered avviso (house style
"sicraweb": header box, office contacts in the footer), written as a report
engine writes its pages: content streams by hand (pikepdf), every glyph placed
alone with its own Tm and no space characters, justified lines spread by
moving glyphs; the header box, the footer and the Albo's publication stamp are
Form XObjects, and the page draws them out of reading order (footer, lower
body, stamp rotated up the left margin, upper body, header last).
Usage: avviso_fabricadiroma_raw.py OUT.pdf"""
import sys
import pikepdf
from pikepdf import Pdf, Dictionary, Name, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
L, R = 20 * MM, W - 20 * MM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Bold", "F4": "Times-Roman"}


def esc(ch):
    b = ch.encode("cp1252")
    out = b""
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([x])
        elif x < 32 or x > 126:
            out += b"\\%03o" % x
        else:
            out += bytes([x])
    return out


def glyphs(font, size, x, y, text, extra_gap=0.0):
    """Every non-space glyph on its own; spaces are only gaps (plus extra_gap)."""
    fn = FONTS[font]
    ops = [b"BT /%s %.1f Tf" % (font.encode(), size)]
    for ch in text:
        if ch == " ":
            x += stringWidth(" ", fn, size) + extra_gap
            continue
        ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += stringWidth(ch, fn, size)
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def line(font, size, x, y, text):
    return glyphs(font, size, x, y, text)


def centred(font, size, y, text, cx=W / 2):
    return glyphs(font, size, cx - stringWidth(text, FONTS[font], size) / 2, y, text)


def para(font, size, y, text, lead, x0=L, x1=R, justify=True):
    words = text.split()
    lines, cur = [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and stringWidth(t, FONTS[font], size) > x1 - x0:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    buf = b""
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        gap = 0.0
        if justify and i < len(lines) - 1 and len(ws) > 1:
            gap = (x1 - x0 - stringWidth(s, FONTS[font], size)) / (len(ws) - 1)
        buf += glyphs(font, size, x0, y, s, gap)
        y -= lead
    return buf, y


pdf = Pdf.new()
fontres = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                    Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
fontres = pdf.make_indirect(fontres)


def xobject(content, bbox):
    s = Stream(pdf, content)
    s.Type = Name.XObject; s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=fontres)
    return pdf.make_indirect(s)


# --- header box -------------------------------------------------------------
top = H - 16 * MM
hb = b"q 1 w %.2f %.2f %.2f %.2f re S Q\n" % (L, top - 24 * MM, R - L, 24 * MM)
hb += b"q 0.7 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q\n" % (
    L + 22 * MM, top, L + 22 * MM, top - 24 * MM, R - 55 * MM, top, R - 55 * MM, top - 24 * MM)
cx, cy = L + 11 * MM, top - 12 * MM
hb += (b"q 1.2 w %.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
       b"%.2f %.2f %.2f %.2f %.2f %.2f c h S Q\n") % (
    cx - 16, cy + 22, cx + 16, cy + 22, cx + 16, cy, cx + 16, cy - 12, cx + 6, cy - 20, cx, cy - 22,
    cx - 6, cy - 20, cx - 16, cy - 12, cx - 16, cy)
hb += b"q 1 w %.2f %.2f m %.2f %.2f l %.2f %.2f l h S Q\n" % (cx - 10, cy - 8, cx, cy + 14, cx + 10, cy - 8)
mid = (L + 22 * MM + R - 55 * MM) / 2
hb += centred("F3", 14, top - 11 * MM, "COMUNE DI FABRICA DI ROMA", mid)
hb += centred("F4", 9.5, top - 16.5 * MM, "Provincia di Viterbo", mid)
hb += line("F2", 8.8, R - 52 * MM, top - 10 * MM, "UFFICIO PUBBLICA ISTRUZIONE")
hb += line("F1", 8, R - 52 * MM, top - 14.5 * MM, "Anno scolastico 2028/2029")
hdr = xobject(hb, [0, 0, W, H])

# --- footer -------------------------------------------------------------------
fb = b"q 0.5 w %.2f %.2f m %.2f %.2f l S Q\n" % (L, 17 * MM, R, 17 * MM)
fb += centred("F1", 7.4, 13 * MM, "Ufficio Pubblica Istruzione – Piazza Duomo 1 – 01034 Fabrica di Roma (VT) – "
              "tel. 0761 569822 – istruzione@comune.fabricadiroma.vt.it")
fb += centred("F1", 7.4, 9.5 * MM, "Orario al pubblico: lunedì, mercoledì e venerdì 9:00-12:00; giovedì 15:30-17:30")
ftr = xobject(fb, [0, 0, W, H])

# --- Albo stamp, rotated up the left margin -----------------------------------
sb = b"q 0.55 0.1 0.1 RG 0.8 w 0 1 -1 0 %.2f %.2f cm\n" % (12 * MM, 70 * MM)
sb += b"0 0 150 %.2f re S\n" % (9 * MM)
sb += b"0.55 0.1 0.1 rg BT /F2 7 Tf 1 0 0 1 4 %.2f Tm (ALBO PRETORIO ON LINE) Tj ET\n" % (5.6 * MM)
sb += b"BT /F1 6.2 Tf 1 0 0 1 4 %.2f Tm (Pubblicato dal 14/04/2028 al 14/05/2028) Tj ET\n" % (3.2 * MM)
sb += b"BT /F1 6.2 Tf 1 0 0 1 4 %.2f Tm (Reg. pubbl. n. 512/2028) Tj ET\n" % (0.9 * MM)
sb += b"Q\n"
stamp = xobject(sb, [0, 0, W, H])

# --- body -----------------------------------------------------------------------
upper = b""
y = H - 56 * MM
upper += centred("F2", 20, y, "AVVISO"); y -= 11 * MM
upper += centred("F2", 11.5, y, "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO"); y -= 5.6 * MM
upper += centred("F2", 11.5, y, "ANNO SCOLASTICO 2028/2029"); y -= 12 * MM
b, y = para("F1", 10.5, y, "Si informano i genitori degli alunni frequentanti la scuola dell'infanzia, la scuola primaria e "
            "la scuola secondaria di primo grado dell'Istituto Comprensivo di Fabrica di Roma che dal 14 aprile al "
            "31 maggio 2028 sono aperte le iscrizioni al servizio comunale di trasporto scolastico per l'anno "
            "scolastico 2028/2029.", 14.5)
upper += b; y -= 5
b, y = para("F1", 10.5, y, "L'iscrizione va rinnovata ogni anno, anche per gli alunni che hanno già usufruito del "
            "servizio, e si presenta esclusivamente on line tramite il portale dei servizi scolastici raggiungibile "
            "dal sito istituzionale, con accesso SPID o CIE. Non saranno accolte iscrizioni degli alunni in "
            "posizione debitoria per gli anni precedenti, salvo regolarizzazione.", 14.5)
upper += b
y_split = y - 6

lower = b""
y = y_split
lower += line("F2", 10.5, L, y, "Tariffe annuali (deliberazione della Giunta Comunale n. 19 del 13/02/2028)"); y -= 15
for a, bb in [("- ISEE fino a euro 8.000,00", "euro 120,00"), ("- ISEE da euro 8.000,01 a euro 15.000,00", "euro 190,00"),
              ("- ISEE oltre euro 15.000,00 o non presentato", "euro 260,00"),
              ("- secondo figlio iscritto", "riduzione del 30%"), ("- dal terzo figlio iscritto", "esente")]:
    lower += line("F1", 10.5, L + 6 * MM, y, a)
    lower += line("F1", 10.5, L + 110 * MM, y, bb)
    y -= 14
y -= 6
b, y = para("F1", 10.5, y, "Il pagamento si effettua tramite PagoPA in due rate, entro il 30 settembre 2028 e entro il "
            "31 gennaio 2029. Le fermate e gli orari delle linee saranno comunicati alle famiglie entro il 5 settembre "
            "2028 e pubblicati sul sito istituzionale. Le domande presentate oltre il termine saranno accolte nei "
            "limiti dei posti disponibili sugli scuolabus.", 14.5)
lower += b; y -= 5
b, y = para("F1", 10.5, y, "Per informazioni e assistenza nella compilazione della domanda è possibile rivolgersi "
            "all'Ufficio Pubblica Istruzione nei giorni e negli orari di apertura al pubblico.", 14.5)
lower += b; y -= 14
lower += line("F1", 10.5, L, y, "Fabrica di Roma, 14/04/2028"); y -= 22
sx = R - 40 * MM
lower += centred("F1", 10.5, y, "IL RESPONSABILE DEL SERVIZIO", sx); y -= 14
lower += centred("F2", 10.5, y, "Maria Grazia Fanelli", sx); y -= 12
lower += centred("F1", 7.5, y, "firmato digitalmente ai sensi del D.Lgs. 82/2005", sx)

content = (b"q /Ftr Do Q\n" + lower + b"q /Stamp Do Q\n" + upper + b"q /Hdr Do Q\n")
page = pdf.add_blank_page(page_size=(W, H))
page.obj.Resources = Dictionary(Font=fontres, XObject=Dictionary(Hdr=hdr, Ftr=ftr, Stamp=stamp))
page.obj.Contents = pdf.make_indirect(Stream(pdf, content))
pdf.docinfo["/Producer"] = "Sicraweb Report Engine 5.3"
pdf.docinfo["/Title"] = "Avviso iscrizioni trasporto scolastico 2028/2029"
pdf.save(out, compress_streams=True)
