#!/usr/bin/env python3
"""Provincia di Padova – ordinanza n. 118 del 19/05/2027 (Settore Viabilità).

The Sfera model as its report engine writes it, reproduced with hand-written
content streams assembled by pikepdf:
  * every glyph is placed alone with its own text matrix (no space characters,
    word gaps and justification only in the positions);
  * the letterhead and the protocol stamp are Form XObjects, the stamp drawn
    rotated up the left margin;
  * the page is drawn out of reading order: stamp, dispositivo, signature,
    premesse, subject, and the letterhead last.
Standard Type 1 fonts (Times) with WinAnsiEncoding, no embedding.
"""
import re
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-provinciapadova-sfera.pdf"
PW, PH = 595.28, 841.89
LM, RM = 66.0, 530.0
WIDTH = RM - LM
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}


def enc(ch):
    return ch.encode("cp1252")


def glyphs(x, y, text, f="R", size=11.0, tracking=0.0):
    """One Tm/Tj pair per glyph. Returns operators and the advance."""
    tag, base = FONTS[f]
    ops = []
    for ch in text:
        if ch != " ":
            ops.append("/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj" % (tag, size, x, y, enc(ch).hex()))
        x += stringWidth(ch, base, size) + tracking
    return ops, x


def words_of(marked, base="R"):
    """'**Visto** il ...' -> [(word, font)]"""
    out = []
    for part in re.split(r"(\*\*.*?\*\*)", marked):
        if not part:
            continue
        f = base
        if part.startswith("**"):
            part, f = part[2:-2], "B"
        for w in part.split():
            out.append((w, f))
    return out


def wrap(words, width, size):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", "Times-Roman", size)
    for w, f in words:
        ww = stringWidth(w, FONTS[f][1], size)
        add = ww if not cur else curw + sp + ww
        if cur and add > width:
            lines.append((cur, curw))
            cur, curw = [(w, f, ww)], ww
        else:
            cur.append((w, f, ww))
            curw = add
    if cur:
        lines.append((cur, curw))
    return lines


def paragraph(y, marked, size=11.0, lead=14.0, indent=0.0, hang=0.0, justify=True, label=None, font="R"):
    """Lay out one paragraph from y downwards; returns ops, new y."""
    ops = []
    lines = wrap(words_of(marked, font), WIDTH - indent - hang, size)
    sp = stringWidth(" ", "Times-Roman", size)
    for i, (ln, w) in enumerate(lines):
        x = LM + indent + hang
        if i == 0 and label:
            o, _ = glyphs(LM + indent, y, label, "R", size)
            ops += o
        gap = sp
        if justify and i < len(lines) - 1 and len(ln) > 1:
            gap = sp + (WIDTH - indent - hang - w) / (len(ln) - 1)
        for (word, f, ww) in ln:
            o, _ = glyphs(x, y, word, f, size)
            ops += o
            x += ww + gap
        y -= lead
    return ops, y


def centred(y, text, f="R", size=11.0, tracking=0.0):
    w = stringWidth(text, FONTS[f][1], size) + tracking * (len(text) - 1)
    ops, _ = glyphs((PW - w) / 2 + (LM - (PW - RM)) / 2, y, text, f, size, tracking)
    return ops


def bt(ops):
    return "BT\n" + "\n".join(ops) + "\nET\n"


pdf = pikepdf.new()
font_res = Dictionary()
for tag, base in FONTS.values():
    font_res[Name("/" + tag)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))

# --- Form XObject: letterhead --------------------------------------------
lh = []
lh.append("q 0.55 0.08 0.08 RG 1.1 w 283 800 m 283 822 l 311 822 l 311 800 l 311 792 303 786 297 786 c "
          "291 786 283 792 283 800 c S 0.6 0.1 0.1 rg 293 794 8 24 re f Q")
t = []
t += centred(770, "PROVINCIA DI PADOVA", "B", 17)
t += centred(758, "Piazza Antenore 3 – 35121 Padova – C.F. 80006510285 – PEC: protocollo@pec.provincia.padova.it", "R", 8)
t += centred(736, "SETTORE VIABILITÀ", "B", 11)
t += centred(723, "Servizio Concessioni e Autorizzazioni Stradali", "R", 11)
lh.append(bt(t))
lh.append("0.5 w %.2f 750 m %.2f 750 l S %.2f 716 m %.2f 716 l S" % (LM, RM, LM, RM))
letterhead = Stream(pdf, "\n".join(lh).encode("latin-1"))
letterhead.Type = Name.XObject
letterhead.Subtype = Name.Form
letterhead.BBox = Array([0, 0, PW, PH])
letterhead.Resources = Dictionary(Font=font_res)

# --- Form XObject: protocol stamp (drawn rotated) -------------------------
st = []
st.append("q 0.12 0.25 0.55 RG 0.12 0.25 0.55 rg 0.9 w 0 0 300 30 re S")
o, _ = glyphs(8, 18, "PROVINCIA DI PADOVA – Protocollo Generale", "B", 8.5)
o2, _ = glyphs(8, 6, "n. 0038211 del 19/05/2027 – USCITA – Class. 11.3", "R", 8.5)
st.append(bt(o + o2))
st.append("Q")
stamp = Stream(pdf, "\n".join(st).encode("latin-1"))
stamp.Type = Name.XObject
stamp.Subtype = Name.Form
stamp.BBox = Array([0, 0, 300, 30])
stamp.Resources = Dictionary(Font=font_res)

# --- body text -------------------------------------------------------------
SUBJECT = ("Chiusura temporanea al transito veicolare della S.P. 89 “dei Colli” dal km 2+100 al km 5+600, "
           "nei Comuni di Teolo e Torreglia, il giorno 30/05/2027, per lo svolgimento della manifestazione "
           "ciclistica “Gran Fondo dei Colli Euganei”.")
PREMESSE = [
    "**Vista** l’istanza presentata in data 28/04/2027, acquisita al protocollo n. 32110, con la quale l’A.S.D. "
    "Ciclistica Euganea, con sede in Abano Terme, via Monteortone 21, ha chiesto la chiusura della S.P. 89 “dei "
    "Colli” per lo svolgimento della manifestazione ciclistica “Gran Fondo dei Colli Euganei” in programma domenica "
    "30 maggio 2027;",
    "**Visto** il provvedimento n. 21 del 14/05/2027 con il quale questo Settore ha autorizzato lo svolgimento della "
    "competizione ai sensi dell’art. 9 del D.Lgs. 30 aprile 1992, n. 285, e i nulla osta dei Comuni di Teolo (prot. "
    "6712 del 10/05/2027) e di Torreglia (prot. 4398 del 12/05/2027);",
    "**Ritenuto** necessario, per garantire la sicurezza dei partecipanti e degli utenti della strada, sospendere la "
    "circolazione nel tratto interessato dal percorso per il tempo strettamente necessario al passaggio della corsa;",
    "**Visti** gli articoli 6, 7 e 9 del D.Lgs. n. 285/1992 e il relativo Regolamento di esecuzione approvato con "
    "D.P.R. 16 dicembre 1992, n. 495, l’art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto del Presidente "
    "n. 11 del 31/01/2027 di conferimento dell’incarico di direzione del Settore Viabilità;",
]
POINTS = [
    "la chiusura al transito veicolare della S.P. 89 “dei Colli” dal km 2+100 al km 5+600, nei Comuni di Teolo e "
    "Torreglia, il giorno 30/05/2027 dalle ore 8:30 alle ore 13:30 e comunque fino al passaggio del veicolo di fine "
    "corsa;",
    "la deviazione del traffico lungo la S.P. 25 “Teolo – Castelnuovo” e la S.P. 43 “Torreglia – Galzignano”, "
    "opportunamente segnalata a cura dell’organizzazione;",
    "che l’A.S.D. Ciclistica Euganea provveda all’installazione e alla rimozione della segnaletica, alla presenza di "
    "personale incaricato presso ogni intersezione e al servizio di scorta tecnica, sollevando la Provincia da ogni "
    "responsabilità;",
    "che dal divieto siano esclusi i mezzi di soccorso, delle Forze dell’ordine, della Polizia provinciale e "
    "dell’organizzazione.",
]
DISPONE = ("che la presente ordinanza sia pubblicata all’Albo pretorio on line e trasmessa alla Prefettura di "
           "Padova, alla Questura, alla Polizia Stradale, ai Comuni di Teolo e Torreglia, al SUEM 118 e a BusItalia "
           "Veneto S.p.A. Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 giorni "
           "dalla pubblicazione o ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, "
           "comma 3, del D.Lgs. n. 285/1992.")

# Lay out in reading order first, recording blocks, then emit them out of order.
blocks = {}
y = 700
o = []
o2, _ = glyphs(LM, y, "ORDINANZA N. 118 DEL 19/05/2027", "B", 12)
o += o2
w = stringWidth("Reg. Ordinanze n. 118/2027", "Times-Roman", 10)
o2, _ = glyphs(RM - w, y, "Reg. Ordinanze n. 118/2027", "R", 10)
o += o2
y -= 24
o2, y = paragraph(y, SUBJECT, 11, 14, hang=62, font="B")
blocks["subject"] = o
lab, _ = glyphs(LM, 676, "OGGETTO:", "B", 11)
blocks["subject"] += lab + o2
y -= 12
blocks["dirigente"] = centred(y, "IL DIRIGENTE", "B", 11)
y -= 20
prem = []
for p in PREMESSE:
    o, y = paragraph(y, p)
    prem += o
    y -= 4
blocks["premesse"] = prem
y -= 8
blocks["ordina"] = centred(y, "ORDINA", "B", 12, tracking=6)
y -= 20
disp = []
for n, p in enumerate(POINTS, 1):
    o, y = paragraph(y, p, indent=0, hang=20, label="%d." % n)
    disp += o
    y -= 3
y -= 8
disp += centred(y, "DISPONE", "B", 11)
y -= 18
o, y = paragraph(y, DISPONE, size=10.5, lead=13.2)
disp += o
blocks["disp"] = disp
y -= 26
sig = []
for i, (t, f, s) in enumerate([("IL DIRIGENTE DEL SETTORE VIABILITÀ", "R", 11), ("ing. Giovanni Rampazzo", "R", 11),
                               ("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "I", 8)]):
    ww = stringWidth(t, FONTS[f][1], s)
    o, _ = glyphs(420 - ww / 2, y - i * 14, t, f, s)
    sig += o
blocks["sig"] = sig
foot, _ = glyphs(LM, 40, "Provincia di Padova – Settore Viabilità – Ordinanza n. 118 del 19/05/2027", "R", 8)
w = stringWidth("pag. 1 di 1", "Times-Roman", 8)
f2, _ = glyphs(RM - w, 40, "pag. 1 di 1", "R", 8)
blocks["foot"] = foot + f2
assert y > 60, y

content = []
# stamp first, rotated 90 degrees up the left margin
content.append("q 0 1 -1 0 40 250 cm /Xs Do Q")
content.append(bt(blocks["disp"]))
content.append(bt(blocks["sig"]))
content.append(bt(blocks["premesse"]))
content.append(bt(blocks["ordina"]))
content.append(bt(blocks["subject"]))
content.append(bt(blocks["dirigente"]))
content.append("0.4 w %.2f 50 m %.2f 50 l S" % (LM, RM))
content.append(bt(blocks["foot"]))
content.append("q /Xl Do Q")
page_stream = Stream(pdf, "\n".join(content).encode("latin-1"))

page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                  Resources=Dictionary(Font=font_res, XObject=Dictionary(Xl=letterhead, Xs=stamp)),
                  Contents=pdf.make_indirect(page_stream))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo = pdf.make_indirect(Dictionary(
    Title=pikepdf.String("Ordinanza n. 118/2027"), Author=pikepdf.String("Provincia di Padova"),
    Creator=pikepdf.String("Sfera Atti - report engine"), Producer=pikepdf.String("Sfera PDF writer 3.2")))
pdf.save(OUT, compress_streams=True)
print("y at end", round(y))
