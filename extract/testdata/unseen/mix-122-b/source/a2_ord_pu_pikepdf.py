#!/usr/bin/env python3
"""Provincia di Pesaro e Urbino - ordinanza dirigenziale (house style "J-Iride"),
as a report engine writes it: content streams written by hand (pikepdf), every
glyph placed on its own with no space characters, justified lines, the
letterhead, footer and the Albo's stamp in Form XObjects; the page is drawn
bottom-up (signature first, heading last) and the letterhead and the rotated
stamp up the left margin come after the body."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-pesaroeurbino-jiride.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, 538.0
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Helvetica-Oblique"}


def enc(ch):
    return ch.encode("cp1252")


def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def glyph_ops(text, font, size, x, y, extra_gap=0.0):
    """one BT..ET per line, one Tm + Tj per glyph; spaces are not written."""
    out = [b"BT /%s %.2f Tf" % (font.encode(), size)]
    fname = FONTS[font]
    cx = x
    for ch in text:
        w = stringWidth(ch, fname, size)
        if ch == " ":
            cx += w + extra_gap
            continue
        out.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(enc(ch))))
        cx += w
    out.append(b"ET")
    return b"\n".join(out)


def wrap(text, font, size, width, indent=0.0):
    words = text.split(" ")
    lines, cur = [], ""
    fname = FONTS[font]
    first = True
    for w in words:
        avail = width - (indent if first else 0)
        t = (cur + " " + w) if cur else w
        if stringWidth(t, fname, size) <= avail:
            cur = t
        else:
            lines.append((cur, first))
            first = False
            cur = w
    lines.append((cur, first))
    return lines


class Page:
    def __init__(self):
        self.items = []  # (y, ops) in reading order

    def add(self, y, ops):
        self.items.append((y, ops))


pages = [Page()]
state = {"y": 700.0}
BOTTOM = 92.0


def newpage():
    pages.append(Page())
    state["y"] = 760.0


def para(text, font="F1", size=10.5, lead=14.0, justify=True, align="left", indent=0.0, hang=None, before=0.0, hw=18):
    state["y"] -= before
    width = RM - LM
    label = None
    if hang:
        label, text = hang
    lines = wrap(text, font, size, width - (hw if label else 0), indent)
    fname = FONTS[font]
    for i, (ln, first) in enumerate(lines):
        if state["y"] < BOTTOM:
            newpage()
        y = state["y"]
        x = LM + (indent if first else 0) + (hw if label else 0)
        avail = RM - x
        last = i == len(lines) - 1
        ops = b""
        if label and first:
            ops += glyph_ops(label, font, size, LM, y) + b"\n"
        if align == "center":
            x = (LM + RM - stringWidth(ln, fname, size)) / 2
            ops += glyph_ops(ln, font, size, x, y)
        elif align == "right":
            ops += glyph_ops(ln, font, size, RM - stringWidth(ln, fname, size), y)
        elif justify and not last and ln.count(" "):
            gap = (avail - stringWidth(ln, fname, size)) / ln.count(" ")
            ops += glyph_ops(ln, font, size, x, y, gap)
        else:
            ops += glyph_ops(ln, font, size, x, y)
        pages[-1].add(y, ops)
        state["y"] -= lead


NUM, DATA = "187", "18/10/2027"
para(f"ORDINANZA N. {NUM} DEL {DATA}", "F2", 13, 16, align="center")
state["y"] -= 6
subj = ("S.P. 43 “Mondaviese” – Istituzione del senso unico alternato regolato da impianto semaforico "
        "dal km 7+200 al km 7+650, in Comune di Mondavio, per lavori di consolidamento del muro di sostegno.")
para(subj, "F2", 10.5, 14, hang=("OGGETTO:", subj), hw=62)
state["y"] -= 10
para("IL DIRIGENTE DEL SETTORE 3 – VIABILITÀ E INFRASTRUTTURE", "F2", 11, 15, align="center")
state["y"] -= 4
prem = [
    "Vista la nota prot. n. 31877 del 14/10/2027 con la quale il responsabile del procedimento, geom. Andrea "
    "Tonelli, segnala la necessità di eseguire con urgenza i lavori di consolidamento del muro di sostegno di "
    "valle lungo la S.P. 43 “Mondaviese”, in Comune di Mondavio, interessato da lesioni e da un parziale "
    "cedimento della fondazione;",
    "Considerato che, per consentire l'esecuzione dei lavori in condizioni di sicurezza per gli operatori e per "
    "gli utenti della strada, occorre restringere la carreggiata e regolare il transito a senso unico alternato "
    "per tutta la durata del cantiere;",
    "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
    "Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495; il decreto del "
    "Ministero delle Infrastrutture e dei Trasporti 10 luglio 2002 sugli schemi segnaletici temporanei; l'art. "
    "107 del D.Lgs. 18 agosto 2000, n. 267;",
]
for p in prem:
    para(p, before=2)
para("ORDINA", "F2", 11, 16, align="center", before=4)
pts = [
    "l'istituzione, dalle ore 8:00 del giorno 25/10/2027 alle ore 18:00 del giorno 19/11/2027, del senso unico "
    "alternato regolato da impianto semaforico lungo la S.P. 43 “Mondaviese” dal km 7+200 al km 7+650;",
    "nel medesimo tratto, il limite massimo di velocità di 30 km/h e il divieto di sorpasso per tutti i veicoli;",
    "all'impresa esecutrice Costruzioni Cesanensi S.r.l. la posa, la manutenzione e la rimozione della "
    "segnaletica temporanea conforme agli schemi del D.M. 10 luglio 2002, nonché la sorveglianza dell'impianto "
    "semaforico anche nelle ore notturne;",
    "la trasmissione della presente ordinanza alla Prefettura di Pesaro e Urbino, al Comune di Mondavio, alla "
    "Polizia Provinciale, al Comando Stazione Carabinieri di Mondavio e al servizio 118.",
]
for i, p in enumerate(pts, 1):
    para(p, hang=(f"{i}.", p), before=2)
para("AVVERTE", "F2", 11, 16, align="center", before=4)
para("che contro il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale delle Marche "
     "entro 60 giorni dalla pubblicazione all'Albo pretorio, oppure ricorso straordinario al Presidente della "
     "Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi "
     "dell'art. 37, comma 3, del Codice della Strada.")
para(f"Pesaro, {DATA}", before=6)
state["y"] -= 6
para("IL DIRIGENTE", "F2", 10.5, 14, align="right")
para("Ing. Marco Bartolucci", "F1", 10.5, 14, align="right")
para("documento firmato digitalmente", "F5", 8, 12, align="right")

# ---------------- Form XObjects ----------------
pdf = pikepdf.new()
fontdict = Dictionary()
for k, v in FONTS.items():
    fontdict[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                           BaseFont=Name("/" + v), Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fontdict)


def xobject(ops, bbox):
    st = Stream(pdf, ops)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = res_fonts
    return pdf.make_indirect(st)


lh = b"\n".join([
    b"q 0.12 0.23 0.41 RG 1.2 w 62 786 m 104 786 l 104 756 l 104 746 90 740 83 736 c 76 740 62 746 62 756 c h S Q",
    b"0.12 0.23 0.41 rg",
    glyph_ops("PROVINCIA DI PESARO E URBINO", "F2", 17, 116, 790),
    glyph_ops("Viale Gramsci, 4 – 61121 Pesaro  ·  tel. 0721 3591  ·  C.F. 00212000418", "F3", 7.5, 116, 776),
    glyph_ops("SETTORE 3 – VIABILITÀ E INFRASTRUTTURE", "F4", 8.5,
              RM - stringWidth("SETTORE 3 – VIABILITÀ E INFRASTRUTTURE", "Helvetica-Bold", 8.5), 758),
    b"0 g 0.6 w 62 746 m 538 746 l S",
])
LH = xobject(lh, [0, 700, W, H])


def footer(n, tot):
    t = f"Provincia di Pesaro e Urbino – Ordinanza n. {NUM} del {DATA} – pag. {n}/{tot}"
    return xobject(b"0.5 w 62 52 m 538 52 l S\n" + glyph_ops(t, "F3", 7.5, LM, 42), [0, 0, W, 70])


stamp_txt = "ALBO PRETORIO ON LINE – pubblicata al n. 3318 dal 18/10/2027 al 02/11/2027"
st_ops = b"\n".join([
    b"q 0 1 -1 0 40 300 cm",  # rotate 90 degrees: text runs up the left margin
    b"0.55 0.1 0.1 RG 0.8 w -4 -6 336 20 re S",
    b"0.55 0.1 0.1 rg",
    glyph_ops(stamp_txt, "F4", 7, 2, 2),
    b"Q",
])
STAMP = xobject(st_ops, [0, 0, 60, H])

tot = len(pages)
for n, pg in enumerate(pages, 1):
    body = []
    for y, ops in sorted(pg.items, key=lambda t: t[0]):  # bottom-up
        body.append(ops)
    content = b"\n".join(body)
    content += b"\nq /Ft Do Q"
    if n == 1:
        content += b"\nq /Lh Do Q\nq /St Do Q"
    res = Dictionary(Font=fontdict, XObject=Dictionary(Lh=LH, St=STAMP, Ft=footer(n, tot)))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=res,
                                   Contents=pdf.make_stream(content)))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = f"Ordinanza n. {NUM} del {DATA}"
pdf.docinfo["/Creator"] = "J-Iride Atti - Stampa provvedimento"
pdf.docinfo["/Producer"] = "JIReport PDF engine 3.2"
pdf.save(OUT)
