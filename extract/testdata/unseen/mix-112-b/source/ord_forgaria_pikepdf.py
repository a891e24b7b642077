#!/usr/bin/env python3
"""Comune di Forgaria nel Friuli - ordinanza signed by the Vicesindaco in the
Sindaco's stead. Hand-written content stream assembled with pikepdf, as the
Ascot Web print server writes it: every glyph placed alone by its own text
matrix (no space characters), justified lines spread in the gaps, the
letterhead and the Albo's stamp in Form XObjects drawn after the body (out of
reading order), the stamp rotated up the left margin."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-forgarianelfriuli-ascotweb.pdf"
W, H = 595.28, 841.89
LM, RM = 64, W - 58

FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Helvetica-Oblique", "F6": "Times-Italic"}
BYNAME = {v: k for k, v in FONTS.items()}


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


def glyphs(text, font, size, x, y, gap_extra=0.0):
    """one Tm + Tj per glyph; spaces are not written, only skipped."""
    ops = []
    cx = x
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            cx += w + gap_extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
        cx += w
    return "BT /%s %.1f Tf\n%s\nET\n" % (BYNAME[font], size, "\n".join(ops))


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if not cur or stringWidth(" ".join(cur + [w]), font, size) <= width:
            cur.append(w)
        else:
            lines.append(cur)
            cur = [w]
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 226

    def para(self, text, font="Times-Roman", size=11, lead=14.5, x0=LM, x1=RM, justify=True, after=4):
        lines = wrap(text, font, size, x1 - x0)
        for i, ln in enumerate(lines):
            s = " ".join(ln)
            extra = 0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = ((x1 - x0) - stringWidth(s, font, size)) / (len(ln) - 1)
            self.ops.append(glyphs(s, font, size, x0, self.y, extra))
            self.y -= lead
        self.y -= after

    def center(self, text, font="Times-Bold", size=11.5, lead=16, xc=None):
        xc = xc if xc is not None else (LM + RM) / 2
        w = stringWidth(text, font, size)
        self.ops.append(glyphs(text, font, size, xc - w / 2, self.y))
        self.y -= lead


pg = Page()
pg.center("IL VICESINDACO", "Times-Bold", 12.5)
pg.center("in sostituzione del Sindaco temporaneamente impedito", "Times-Italic", 10.5, 14)
pg.center("(art. 53, comma 2, del D.Lgs. 18 agosto 2000, n. 267)", "Times-Italic", 10.5, 22)

body = [
    "PREMESSO che nella mattinata odierna la squadra comunale di Protezione civile, intervenuta su segnalazione "
    "dei residenti, ha accertato il distacco di massi dalla parete rocciosa sovrastante la strada comunale per "
    "Monte Prat, nel tratto compreso tra la localit\u00e0 Cornino e il bivio per Flagogna, con materiale lapideo "
    "depositato sulla carreggiata e reti paramassi danneggiate;",
    "VISTA la relazione tecnica del geom. Walter Cragno dell'Area Tecnica e Tecnico-Manutentiva, prot. n. 6544 "
    "del 18/12/2026, nella quale si evidenzia il pericolo di ulteriori crolli e si propone l'immediata chiusura "
    "del tratto interessato fino al disgaggio della parete e al ripristino delle opere di protezione;",
    "DATO ATTO che il Sindaco \u00e8 temporaneamente impedito e che, ai sensi dell'art. 53, comma 2, del D.Lgs. "
    "267/2000 e dell'art. 21 dello Statuto comunale, le sue funzioni sono esercitate dal Vicesindaco;",
    "RITENUTO necessario e urgente provvedere a tutela della pubblica incolumit\u00e0;",
    "VISTI gli artt. 50 e 54 del D.Lgs. 267/2000, gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice "
    "della Strada) e la L.R. 31 dicembre 2012, n. 27;",
]
for b in body:
    pg.para(b)

pg.y -= 2
pg.center("O R D I N A", "Times-Bold", 12, 18)
ordina = [
    "la chiusura al transito veicolare e pedonale della strada comunale per Monte Prat, nel tratto compreso tra "
    "la localit\u00e0 Cornino e il bivio per Flagogna, dalle ore 14:00 del giorno 18/12/2026 e fino alla revoca "
    "della presente ordinanza, che sar\u00e0 disposta al termine dei lavori di messa in sicurezza;",
    "all'Area Tecnica e Tecnico-Manutentiva di provvedere alla posa della segnaletica di chiusura e di preavviso "
    "agli incroci con la S.P. 22 e la S.R. 464 e di disporre gli interventi urgenti di disgaggio;",
    "ai mezzi di soccorso, di Protezione civile e delle ditte incaricate dei lavori, autorizzati dal Comune, "
    "di transitare con la massima prudenza e per il solo tempo necessario agli interventi.",
]
for i, t in enumerate(ordina, 1):
    pg.ops.append(glyphs("%d." % i, "Times-Roman", 11, LM + 2, pg.y))
    pg.para(t, x0=LM + 20)

pg.para("DISPONE che la presente ordinanza sia pubblicata all'Albo pretorio on line, resa nota mediante "
        "l'apposita segnaletica e trasmessa alla Stazione Carabinieri competente, al Corpo di Polizia locale "
        "convenzionato e alla Protezione civile della Regione.")
pg.para("AVVERTE che contro il presente provvedimento \u00e8 ammesso ricorso al Tribunale Amministrativo Regionale "
        "per il Friuli Venezia Giulia entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al "
        "Presidente della Repubblica entro 120 giorni.", after=14)

ysig = pg.y
pg.ops.append(glyphs("Forgaria nel Friuli, 18/12/2026", "Times-Roman", 10.5, LM, ysig))
pg.y = ysig
pg.center("IL VICESINDACO", "Times-Bold", 11, 14, xc=RM - 100)
pg.center("Mauro Zannier", "Times-Roman", 11, 13, xc=RM - 100)
pg.center("(documento firmato digitalmente)", "Times-Italic", 8.5, 12, xc=RM - 100)

# footer, written before the letterhead
foot = glyphs("Ordinanza n. 31 del 18/12/2026 - pagina 1 di 1", "Helvetica", 7.5, LM, 34)

# ---- letterhead as a Form XObject (drawn last, at the top of the page) ----
lh = []
lh.append("q 0.78 0.12 0.14 rg 0 0 0 RG 1 w\n")
x, y = LM, H - 98
lh.append("%.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c h B\n" % (
    x, y + 46, x + 36, y + 46, x + 36, y + 18, x + 36, y + 6, x + 24, y, x + 18, y - 4, x + 12, y, x, y + 6, x, y + 18))
lh.append("1 1 1 rg %.1f %.1f 6 34 re f %.1f %.1f 24 6 re f Q\n" % (x + 15, y + 6, x + 6, y + 26))
lh.append(glyphs("COMUNE DI FORGARIA NEL FRIULI", "Helvetica-Bold", 15, LM + 50, H - 62))
lh.append(glyphs("Comun di Forgjarie tal Fri\u00fbl", "Helvetica-Oblique", 9.5, LM + 50, H - 75))
lh.append(glyphs("Regione Autonoma Friuli Venezia Giulia", "Helvetica", 8.5, LM + 50, H - 87))
top = H - 112
lh.append("0.8 w %.1f %.1f %.1f 50 re S %.1f %.1f m %.1f %.1f l S\n" % (LM, top - 50, RM - LM, LM + 300, top, LM + 300, top - 50))
lh.append(glyphs("Ufficio proponente:", "Helvetica", 7.5, LM + 6, top - 12))
lh.append(glyphs("AREA TECNICA E TECNICO-MANUTENTIVA", "Helvetica-Bold", 9.5, LM + 6, top - 25))
lh.append(glyphs("Servizio Viabilit\u00e0 e Protezione civile", "Helvetica", 9, LM + 6, top - 39))
lh.append(glyphs("ORDINANZA", "Helvetica-Bold", 10, LM + 308, top - 16))
lh.append(glyphs("N. 31 del 18/12/2026", "Helvetica", 9.5, LM + 308, top - 31))
lh.append(glyphs("Prot. n. 6551", "Helvetica", 7.5, LM + 308, top - 44))
# subject inside the letterhead block, under the box
oy = top - 68
lh.append(glyphs("OGGETTO:", "Times-Bold", 11, LM, oy))
subj = ("Chiusura temporanea al transito della strada comunale per Monte Prat, nel tratto compreso tra la "
        "localit\u00e0 Cornino e il bivio per Flagogna, per caduta massi.")
for i, ln in enumerate(wrap(subj, "Times-Bold", 11, RM - LM - 62)):
    lh.append(glyphs(" ".join(ln), "Times-Bold", 11, LM + 62, oy - 14 * i))
letterhead = "".join(lh)

# ---- stamp: small XObject, placed rotated 90 degrees in the left margin ----
st = []
st.append("0.1 0.25 0.6 RG 0.1 0.25 0.6 rg 0.9 w 0 0 300 30 re S\n")
st.append(glyphs("PUBBLICATA ALL'ALBO PRETORIO ON LINE", "Helvetica-Bold", 8, 8, 18))
st.append(glyphs("dal 18/12/2026 al 02/01/2027 - reg. pubbl. n. 1093", "Helvetica", 8, 8, 7))
stamp = "".join(st)

pdf = pikepdf.new()
fontres = Dictionary()
for k, base in FONTS.items():
    fontres[Name("/" + k)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))
res = Dictionary(Font=fontres)


def xobj(content, bbox):
    s = Stream(pdf, content.encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = res
    return pdf.make_indirect(s)


xres = Dictionary(LH=xobj(letterhead, [0, 0, W, H]), ST=xobj(stamp, [-2, -2, 302, 32]))
page_content = "".join(pg.ops) + foot + "q 1 0 0 1 0 0 cm /LH Do Q\n" + \
    "q 0 1 -1 0 40 230 cm /ST Do Q\n"
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fontres, XObject=xres),
                  Contents=pdf.make_stream(page_content.encode("latin-1")))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Ordinanza n. 31 del 18/12/2026"
pdf.docinfo["/Creator"] = "ASCOT Web Atti 6.2 (Insiel S.p.A.)"
pdf.docinfo["/Producer"] = "Insiel PrintServer 3.1"
pdf.save(OUT, compress_streams=True)
