#!/usr/bin/env python3
"""San Ferdinando di Puglia, avviso pubblico of the Settore Servizi Sociali
(12/05/2027) -- the Hypersic letterhead, but written the way a report engine
writes it: a hand-made content stream (pikepdf) that places every glyph with
its own Tm and draws no space characters; lines are justified by moving the
glyphs; the letterhead is a Form XObject drawn after the body, and the
protocol stamp another Form XObject drawn tilted at the end."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-sanferdinandodipuglia-hypersic.pdf"
W, H = 595.28, 841.89
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def enc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"):
        return b"\\" + b
    if b[0] > 126:
        return b"\\%03o" % b[0]
    return b


def glyphs(ops, x, y, text, f, size, track=0.0):
    """one Tj per glyph, spaces skipped (only their advance is kept)."""
    fn = FONTS[f]
    ops.append(b"BT /%s %.1f Tf" % (f.encode(), size))
    for ch in text:
        if ch != " ":
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, enc(ch)))
        x += stringWidth(ch, fn, size) + track
    ops.append(b"ET")
    return x


def width(text, f, size, track=0.0):
    return stringWidth(text, FONTS[f], size) + track * len(text)


def para(ops, x, y, text, f="F1", size=10.5, w=480, lead=14.2, justify=True, indent=0):
    words = text.split()
    lines, cur = [], []
    for wd in words:
        trial = " ".join(cur + [wd])
        lim = w - (indent if lines else 0)
        if cur and width(trial, f, size) > lim:
            lines.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    fn = FONTS[f]
    sw = stringWidth(" ", fn, size)
    for i, ln in enumerate(lines):
        x0 = x + (indent if i else 0)
        lim = w - (indent if i else 0)
        last = i == len(lines) - 1
        if justify and not last and len(ln) > 1:
            natural = sum(width(wd, f, size) for wd in ln)
            gap = (lim - natural) / (len(ln) - 1)
        else:
            gap = sw
        xx = x0
        ops.append(b"BT /%s %.1f Tf" % (f.encode(), size))
        for wd in ln:
            for ch in wd:
                ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (xx, y, enc(ch)))
                xx += stringWidth(ch, fn, size)
            xx += gap
        ops.append(b"ET")
        y -= lead
    return y


def centred(ops, y, text, f, size, track=0.0):
    x = (W - width(text, f, size, track) + track) / 2
    glyphs(ops, x, y, text, f, size, track)


pdf = pikepdf.new()
fontdict = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                        BaseFont=Name("/" + v),
                                                        Encoding=Name.WinAnsiEncoding))
                       for k, v in FONTS.items()})

# ---- letterhead Form XObject ----
lh = []
lh.append(b"q 0.59 0.08 0.12 rg 0.35 0.04 0.06 RG 0.8 w")
sx, sy = W / 2 - 13, 770
lh.append(b"%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l %.2f %.2f l h B" % (
    sx, sy + 40, sx + 26, sy + 40, sx + 26, sy + 14, sx + 13, sy, sx, sy + 14))
lh.append(b"0.94 0.88 0.67 rg %.2f %.2f 3.4 22 re f %.2f %.2f 16 3.4 re f Q" % (
    sx + 11.3, sy + 8, sx + 5, sy + 26))
centred(lh, 752, "COMUNE DI SAN FERDINANDO DI PUGLIA", "F2", 15.5)
centred(lh, 738, "Provincia di Barletta – Andria – Trani", "F3", 10.5)
centred(lh, 726, "Piazza Umberto I, 1 – 76017 San Ferdinando di Puglia (BT)", "F1", 8.5)
lh.append(b"q 0.6 w 56.7 718 m 538.6 718 l S Q")
lhx = pdf.make_stream(b"\n".join(lh))
lhx.Type = Name.XObject
lhx.Subtype = Name.Form
lhx.BBox = Array([0, 700, W, 820])
lhx.Resources = Dictionary(Font=fontdict)

# ---- protocol stamp Form XObject (drawn tilted) ----
st = [b"q 0.12 0.23 0.62 RG 0.12 0.23 0.62 rg 1.2 w 0 0 150 52 re S 0.5 w 3 3 144 46 re S Q",
      b"0.12 0.23 0.62 rg"]
glyphs(st, 10, 38, "COMUNE DI SAN FERDINANDO DI P.", "F2", 7.5)
glyphs(st, 10, 26, "Prot. N. 0009817", "F2", 9.5)
glyphs(st, 10, 15, "del 12/05/2027", "F1", 8.5)
glyphs(st, 100, 15, "USCITA", "F2", 8.5)
glyphs(st, 10, 6.5, "Classif. 7.1 – Fasc. 3/2027", "F1", 6.5)
stx = pdf.make_stream(b"\n".join(st))
stx.Type = Name.XObject
stx.Subtype = Name.Form
stx.BBox = Array([0, 0, 150, 52])
stx.Resources = Dictionary(Font=fontdict)

# ---- page body, drawn first ----
ops = [b"0 g"]
L, R = 62.0, 533.0
TW = R - L
y = 690
centred(ops, y, "SETTORE SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", "F2", 11)
y -= 34
centred(ops, y, "AVVISO PUBBLICO", "F2", 17, track=3.0)
y -= 22
centred(ops, y, "ISCRIZIONI AL CENTRO ESTIVO COMUNALE «ESTATE RAGAZZI 2027»", "F2", 11)
y -= 14
centred(ops, y, "PER MINORI DAI 6 AI 14 ANNI", "F2", 11)
y -= 28
centred(ops, y, "IL RESPONSABILE DEL SETTORE", "F2", 10.5)
y -= 20
for t in [
    "Vista la deliberazione della Giunta Comunale n. 71 del 06/05/2027, con la quale sono stati approvati "
    "gli indirizzi per l'organizzazione del Centro estivo comunale per l'anno 2027 e le relative quote "
    "di contribuzione a carico delle famiglie;",
    "Vista la propria determinazione n. 64 del 10/05/2027, di approvazione del presente avviso e del "
    "modulo di domanda;",
]:
    y = para(ops, L, y, t, w=TW) - 4
y -= 6
centred(ops, y, "RENDE NOTO", "F2", 11, track=2.0)
y -= 20
y = para(ops, L, y, "che dal 17 maggio al 4 giugno 2027 sono aperte le iscrizioni al Centro estivo "
         "comunale «Estate Ragazzi 2027», che si svolgerà dal 21 giugno al 30 luglio 2027, dal lunedì "
         "al venerdì dalle ore 8:30 alle ore 13:00, presso il plesso scolastico di via Isonzo.", w=TW) - 6
items = [
    "Possono essere iscritti i minori residenti nel Comune di San Ferdinando di Puglia che abbiano "
    "compiuto 6 anni e non abbiano compiuto 14 anni alla data di inizio delle attività.",
    "Sono disponibili 120 posti. In caso di domande eccedenti, la graduatoria sarà formata in base "
    "al valore ISEE del nucleo familiare, con precedenza ai minori con disabilità e ai figli di "
    "genitori entrambi lavoratori.",
    "La quota di contribuzione settimanale è di € 15,00 per ISEE fino a € 10.000,00 e di € 25,00 per "
    "ISEE superiore; è prevista la riduzione del 30% per il secondo figlio iscritto.",
    "La domanda, redatta sul modulo disponibile sul sito istituzionale, deve essere presentata "
    "all'Ufficio Protocollo o inviata all'indirizzo PEC del Comune entro le ore 12:00 del 4 giugno 2027.",
]
for i, t in enumerate(items, 1):
    glyphs(ops, L, y, "%d." % i, "F1", 10.5)
    y = para(ops, L + 16, y, t, w=TW - 16) - 4
y -= 4
y = para(ops, L, y, "Per informazioni è possibile rivolgersi all'Ufficio Servizi Sociali, telefono "
         "0883 629411, nei giorni di martedì e giovedì dalle ore 9:30 alle ore 12:30. Il responsabile "
         "del procedimento è l'assistente sociale Marianna Lupo.", w=TW) - 6
y = para(ops, L, y, "Ai sensi del Regolamento (UE) 2016/679 i dati personali forniti saranno trattati "
         "esclusivamente per le finalità del presente avviso.", w=TW, size=9, lead=12) - 10
glyphs(ops, L, y, "San Ferdinando di Puglia, 12/05/2027", "F1", 10.5)
y -= 26
for t, f in (("IL RESPONSABILE DEL SETTORE", "F2"), ("dott.ssa Rosa Lamonaca", "F1"),
             ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "F3")):
    s = 10.5 if f != "F3" else 8
    cx = 400
    glyphs(ops, cx - width(t, f, s) / 2, y, t, f, s)
    y -= 14
glyphs(ops, L, 40, "Avviso pubblicato all'Albo Pretorio on line dal 12/05/2027 al 04/06/2027 – Reg. pubbl. n. 1187",
       "F3", 7.5)
glyphs(ops, R - width("Pag. 1 di 1", "F1", 7.5), 40, "Pag. 1 di 1", "F1", 7.5)

# ---- the letterhead last, then the stamp tilted by 7 degrees ----
ops.append(b"q /Lh Do Q")
ops.append(b"q 0.9925 0.1219 -0.1219 0.9925 432 764 cm /St Do Q")

page = pdf.add_blank_page(page_size=(W, H))
page.Contents = pdf.make_stream(b"\n".join(ops))
page.Resources = Dictionary(Font=fontdict, XObject=Dictionary(Lh=lhx, St=stx))
pdf.docinfo["/Creator"] = "Hypersic - Albo"
pdf.docinfo["/Title"] = "Avviso pubblico - Estate Ragazzi 2027"
pdf.save(OUT)
