#!/usr/bin/env python3
"""Comune di Nicolosi - avviso pubblico di consultazione (PIAO, rischi corruttivi).

Hand-written content streams, assembled with pikepdf, as a report engine of a
records package writes them:
  * every glyph is placed on its own with an absolute text matrix; no space
    characters are written, word gaps are only gaps (justified lines have
    wider gaps);
  * the letterhead, the footer and the Albo's stamp are Form XObjects; the
    page paints the footer first, then the body from the bottom of the page
    upwards, then the letterhead, then the stamp, rotated up the left margin.
Standard 14 fonts, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "avviso-consultazione-nicolosi-techdesign.pdf"
W, H = 595.28, 841.89
ML, MR = 62, 52
TW = W - ML - MR

FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique", "T": "Times-Roman", "TB": "Times-Bold"}
RES = {k: "/F%d" % (i + 1) for i, k in enumerate(FONTS)}


def esc(ch):
    b = ch.encode("cp1252")
    s = ""
    for x in b:
        c = chr(x)
        if c in "()\\":
            s += "\\" + c
        elif x < 32 or x > 126:
            s += "\\%03o" % x
        else:
            s += c
    return s


def glyphs(x, y, text, f, size, extra_gap=0.0, rgb=None):
    """One text object for the line, one Tm + Tj per glyph, spaces skipped."""
    fn = FONTS[f]
    ops = ["BT", "%s %.2f Tf" % (RES[f], size)]
    if rgb:
        ops.append("%.3f %.3f %.3f rg" % rgb)
    cx = x
    for ch in text:
        if ch == " ":
            cx += stringWidth(" ", fn, size) + extra_gap
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
        cx += stringWidth(ch, fn, size)
    ops.append("ET")
    return "\n".join(ops)


def wrap(text, f, size, width):
    fn = FONTS[f]
    lines, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), fn, size) > width:
            lines.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    lines.append(" ".join(cur))
    return lines


def para(y, text, f="T", size=11, lead=14.2, indent=0, justify=True, x0=ML, width=TW):
    """Returns (list of (y, stream-chunk)), new y."""
    out_ = []
    lines = wrap(text, f, size, width - indent)
    for i, ln in enumerate(lines):
        x = x0 + (indent if i == 0 else 0)
        w = width - (indent if i == 0 else 0)
        gap = 0
        if justify and i < len(lines) - 1 and ln.count(" "):
            gap = (w - stringWidth(ln, FONTS[f], size)) / ln.count(" ")
        out_.append((y, glyphs(x, y, ln, f, size, gap)))
        y -= lead
    return out_, y


def centred(y, text, f, size):
    x = (W - stringWidth(text, FONTS[f], size)) / 2
    return glyphs(x, y, text, f, size)


pdf = pikepdf.new()
fontdict = Dictionary()
for k, base in FONTS.items():
    fontdict[RES[k]] = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                      Encoding=Name.WinAnsiEncoding)
res_fonts = Dictionary(Font=fontdict)


def xobject(ops, bbox):
    s = Stream(pdf, "\n".join(ops).encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = res_fonts
    return pdf.make_indirect(s)


# ---------- letterhead XObject (house style) ----------
lh = []
# crest
lh.append("q 0.55 0.1 0.1 RG 1.4 w 0.98 0.93 0.80 rg")
lh.append("%.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c h B" % (
    ML, H - 40, ML + 38, H - 40, ML + 38, H - 66, ML + 38, H - 78, ML + 26, H - 84, ML + 19, H - 88,
    ML + 12, H - 84, ML, H - 78, ML, H - 66))
lh.append("0.55 0.1 0.1 rg %.1f %.1f m %.1f %.1f l %.1f %.1f l h f" % (ML + 8, H - 72, ML + 19, H - 50, ML + 30, H - 72))
lh.append("Q")
lh.append(glyphs(ML + 48, H - 58, "COMUNE DI NICOLOSI", "B", 16, rgb=(0.45, 0.08, 0.08)))
lh.append(glyphs(ML + 48, H - 73, "Citt\u00e0 Metropolitana di Catania", "I", 9.5, rgb=(0.1, 0.1, 0.1)))
# right frame with the issuing office
bx = W - MR - 196
lh.append("q 0.45 0.08 0.08 RG 0.8 w %.1f %.1f 196 38 re S Q" % (bx, H - 82))
lh.append(glyphs(bx + 10, H - 60, "SEGRETERIA GENERALE", "B", 9.5, rgb=(0, 0, 0)))
lh.append(glyphs(bx + 10, H - 74, "tel. 095 7917002 \u2013 segreteria@comune.nicolosi.ct.it", "R", 7.5, rgb=(0, 0, 0)))
lh.append("q 0.45 0.08 0.08 rg %.1f %.1f %.1f 2.2 re f Q" % (ML, H - 98, TW))
LH = xobject(lh, [0, 0, W, H])

# ---------- footer XObject ----------
ft = ["q 0.4 w 0.3 0.3 0.3 RG %.1f 44 m %.1f 44 l S Q" % (ML, W - MR)]
ft.append(glyphs(ML, 33, "Comune di Nicolosi \u2013 Piazza Vittorio Emanuele, 37 \u2013 95030 Nicolosi (CT) \u2013 "
                 "www.comune.nicolosi.ct.it", "R", 7, rgb=(0.25, 0.25, 0.25)))
s = "Prot. n. 12044 del 15/07/2026 \u2013 Pag. 1 di 1"
ft.append(glyphs(W - MR - stringWidth(s, "Helvetica", 7), 33, s, "R", 7, rgb=(0.25, 0.25, 0.25)))
FT = xobject(ft, [0, 0, W, 60])

# ---------- stamp XObject (drawn rotated) ----------
st_text = "COMUNE DI NICOLOSI \u2013 ALBO PRETORIO ON LINE \u2013 Pubblicato dal 15/07/2026 al 14/08/2026 \u2013 N. Reg. 1184/2026"
sw = stringWidth(st_text, "Helvetica-Bold", 7) + 12
st = ["q 0.1 0.25 0.55 RG 0.7 w 0 0 %.1f 13 re S Q" % sw,
      glyphs(6, 4, st_text, "B", 7, rgb=(0.1, 0.25, 0.55))]
ST = xobject(st, [0, 0, sw, 13])

# ---------- body, top to bottom as read; painted in reverse ----------
chunks = []
y = H - 118
chunks.append(glyphs(ML, y, "Prot. n. 12044", "R", 9.5))
y -= 32
title = ["AVVISO PUBBLICO DI CONSULTAZIONE",
         "PER L'AGGIORNAMENTO DELLA SOTTOSEZIONE \u201cRISCHI CORRUTTIVI E TRASPARENZA\u201d",
         "DEL PIANO INTEGRATO DI ATTIVIT\u00c0 E ORGANIZZAZIONE (PIAO) 2026-2028"]
for i, t in enumerate(title):
    chunks.append(centred(y, t, "B", 12.5 if i == 0 else 10.5))
    y -= 17 if i == 0 else 14
y -= 14
chunks.append(centred(y, "IL SEGRETARIO GENERALE", "TB", 11.5))
y -= 14
chunks.append(centred(y, "in qualit\u00e0 di Responsabile della Prevenzione della Corruzione e della Trasparenza (RPCT)", "T", 10.5))
y -= 24
chunks.append(glyphs(ML, y, "Premesso che:", "T", 11))
y -= 15
prem = [
    "la legge 6 novembre 2012, n. 190 e il decreto legislativo 14 marzo 2013, n. 33 prevedono che le "
    "amministrazioni aggiornino annualmente la programmazione delle misure di prevenzione della corruzione e "
    "di trasparenza, assicurando la partecipazione dei portatori di interesse;",
    "con deliberazione della Giunta Municipale n. 21 del 30/01/2026 \u00e8 stato approvato il Piano Integrato "
    "di Attivit\u00e0 e Organizzazione 2026-2028 e la relativa sottosezione \u201cRischi corruttivi e "
    "trasparenza\u201d;",
    "l'Amministrazione intende procedere all'aggiornamento della sottosezione per il triennio 2027-2029, "
    "tenendo conto delle proposte e delle osservazioni che perverranno dalla comunit\u00e0 locale;",
]
for p in prem:
    chunks.append(glyphs(ML + 10, y, "\u2013", "T", 11))
    c, y = para(y, p, x0=ML + 24, width=TW - 24)
    chunks += [x[1] for x in c]
    y -= 3
y -= 8
chunks.append(centred(y, "I N V I T A", "TB", 11.5))
y -= 20
c, y = para(y, "i cittadini, le associazioni, le organizzazioni sindacali e di categoria, gli ordini professionali "
               "e tutti i soggetti portatori di interessi a far pervenire proposte e osservazioni utili "
               "all'aggiornamento della sottosezione, entro le ore 12:00 del giorno 14 agosto 2026, utilizzando "
               "l'apposito modulo allegato al presente avviso, con una delle seguenti modalit\u00e0:")
chunks += [x[1] for x in c]
y -= 3
for p in ["posta elettronica certificata all'indirizzo protocollo@pec.comune.nicolosi.ct.it, indicando "
          "nell'oggetto \u201cConsultazione PIAO \u2013 Rischi corruttivi\u201d;",
          "consegna a mano all'Ufficio Protocollo del Comune, negli orari di apertura al pubblico."]:
    chunks.append(glyphs(ML + 10, y, "\u2022", "T", 11))
    c, y = para(y, p, x0=ML + 24, width=TW - 24)
    chunks += [x[1] for x in c]
    y -= 3
y -= 6
for p in ["Non saranno prese in considerazione osservazioni anonime o prive dei dati identificativi del "
          "proponente. Dei contributi pervenuti si dar\u00e0 conto nella relazione di accompagnamento "
          "all'aggiornamento del Piano.",
          "Il Piano vigente \u00e8 consultabile nella sezione \u201cAmministrazione trasparente \u2013 Altri contenuti "
          "\u2013 Prevenzione della corruzione\u201d del sito istituzionale www.comune.nicolosi.ct.it. I dati personali "
          "sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalit\u00e0 del presente "
          "avviso."]:
    c, y = para(y, p, indent=18)
    chunks += [x[1] for x in c]
    y -= 5
y -= 20
chunks.append(glyphs(ML, y, "Nicolosi, l\u00ec 15/07/2026", "T", 11))
sx = W - MR - 120
for i, (t, f, sz) in enumerate([("IL SEGRETARIO GENERALE \u2013 RPCT", "TB", 10.5),
                                ("dott.ssa Maria Concetta Lo Faro", "T", 11),
                                ("firmato digitalmente ai sensi del D.Lgs. 82/2005", "I", 7)]):
    chunks.append(glyphs(sx - stringWidth(t, FONTS[f], sz) / 2, y - 15 * i, t, f, sz))
y -= 60
chunks.append(glyphs(ML, y, "Allegato: modulo per la presentazione delle proposte e osservazioni.", "I", 8.5))

page_ops = ["q /Xf Do Q"]
page_ops += list(reversed(chunks))
page_ops.append("q /Xl Do Q")
page_ops.append("q 0 1 -1 0 34 150 cm /Xs Do Q")
content = Stream(pdf, "\n".join(page_ops).encode("latin-1"))

page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(content),
                  Resources=Dictionary(Font=fontdict, XObject=Dictionary(Xl=LH, Xf=FT, Xs=ST)))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Avviso pubblico di consultazione PIAO 2026-2028"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
pdf.docinfo["/Creator"] = "Technical Design - Atti e Albo"
pdf.save(out, compress_streams=True)
