#!/usr/bin/env python3
"""Comune di Bauladu - ordinanza del Sindaco, house style "Halley".
The content streams are written by hand and assembled with pikepdf, as a
report engine writes them: every glyph is placed alone with its own Tm, no
space characters (the gaps are the spaces), justified lines spread by moving
the glyphs, a running foot with the number, and the Albo's publication stamp
turned 90 degrees up the left margin, drawn last."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-bauladu-halley.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, 62.0
TW = W - LM - RM
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"),
         "H": ("F3", "Helvetica"), "HB": ("F4", "Helvetica-Bold")}


def enc(ch):
    b = ch.encode("cp1252")
    return "".join("\\%03o" % c if c > 126 or chr(c) in "()\\" else chr(c) for c in b)


class Page:
    def __init__(self):
        self.ops = []

    def glyphs(self, x, y, text, font="R", size=11, gap=0.0):
        """Place each glyph alone; spaces are skipped and widened by gap."""
        res, fname = FONTS[font]
        self.ops.append("BT /%s %.1f Tf" % (res, size))
        for ch in text:
            w = stringWidth(ch, fname, size)
            if ch == " ":
                x += w + gap
                continue
            self.ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, enc(ch)))
            x += w
        self.ops.append("ET")
        return x

    def centre(self, y, text, font="R", size=11):
        w = stringWidth(text, FONTS[font][1], size)
        self.glyphs((W - w) / 2, y, text, font, size)

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.8):
        self.ops.append("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


def wrap(text, width, font="R", size=11):
    fname = FONTS[font][1]
    words, lines, cur = text.split(), [], []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), fname, size) > width:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


pages = [Page()]
y = [0.0]
FOOT = "Ordinanza n. 4 del 16/04/2027"


def newpage():
    pages.append(Page())
    y[0] = H - 70


def para(text, font="R", size=11, indent=0.0, first=None, lead=14.0, after=5.0, justify=True):
    """A justified paragraph; first = (label, font) printed in the hanging indent."""
    width = TW - indent
    lines = wrap(text, width, font, size)
    for i, ws in enumerate(lines):
        if y[0] < 80:
            newpage()
        p = pages[-1]
        x = LM + indent
        if i == 0 and first:
            p.glyphs(LM + indent - 18, y[0], first[0], first[1], size)
        s = " ".join(ws)
        gap = 0.0
        if justify and i < len(lines) - 1 and len(ws) > 1:
            gap = (width - stringWidth(s, FONTS[font][1], size)) / (len(ws) - 1)
        p.glyphs(x, y[0], s, font, size, gap)
        y[0] -= lead
    y[0] -= after


def heading(text, size=11.5, before=6, after=8):
    y[0] -= before
    if y[0] < 90:
        newpage()
    pages[-1].centre(y[0], text, "HB", size)
    y[0] -= after + size


# ---------------- page 1: letterhead ----------------
p = pages[0]
p.centre(H - 70, "COMUNE DI BAULADU", "HB", 18)
p.centre(H - 86, "Provincia di Oristano", "H", 11)
p.centre(H - 99, "Via Cagliari, 12 - 09070 Bauladu (OR) - Tel. 0783 51677", "H", 8)
p.line(LM, H - 108, W - RM, H - 108, 1.0)
p.glyphs(LM, H - 126, "ORIGINALE", "HB", 10)
p.rect(LM + 95, H - 168, TW - 190, 30, 0.9)
p.centre(H - 158, "ORDINANZA N. 4 del 16/04/2027", "HB", 13)
y[0] = H - 192
p.glyphs(LM, y[0], "OGGETTO:", "HB", 11)
subj = ("Prescrizioni per la prevenzione degli incendi nei terreni incolti, nelle aree private e nelle "
        "aree di pertinenza dei fabbricati – Campagna antincendio 2027.")
for ws in wrap(subj, TW - 70, "HB", 11):
    p.glyphs(LM + 70, y[0], " ".join(ws), "HB", 11)
    y[0] -= 14
p.line(LM, y[0] + 4, W - RM, y[0] + 4, 0.6)
y[0] -= 16

heading("IL SINDACO", before=0)
for t in [
    "Premesso che con l’approssimarsi della stagione estiva aumenta il rischio di incendi, in particolare nei "
    "terreni incolti o abbandonati e nelle aree private in cui si accumulano erba secca, sterpaglie e "
    "materiale facilmente infiammabile, con grave pericolo per la pubblica incolumità e per il patrimonio "
    "naturale e abitativo;",
    "Viste le Prescrizioni regionali antincendio 2026-2028 approvate dalla Giunta della Regione Autonoma della "
    "Sardegna, che individuano il periodo di elevato pericolo di incendio dal 1° giugno al 31 ottobre e "
    "impongono ai Comuni l’adozione di misure di prevenzione nei centri abitati e nelle zone di interfaccia;",
    "Vista la Legge 21 novembre 2000, n. 353, “Legge-quadro in materia di incendi boschivi”;",
    "Visti gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e l’art. 7-bis del medesimo decreto, in "
    "materia di sanzioni per la violazione delle ordinanze sindacali;",
    "Ritenuto necessario disporre, a tutela della pubblica incolumità, l’esecuzione degli interventi di pulizia "
    "dei terreni e delle aree private entro un termine utile a precedere l’inizio del periodo di elevato "
    "pericolo;",
]:
    para(t)

heading("ORDINA")
points = [
    "ai proprietari, affittuari e conduttori a qualunque titolo di terreni incolti o abbandonati ricadenti "
    "nel centro abitato e nella fascia di 200 metri dal suo perimetro, di provvedere entro il 31 maggio 2027 "
    "alla pulizia dei terreni mediante l’eliminazione di erba secca, sterpaglie, rovi e di ogni altro "
    "materiale infiammabile;",
    "ai proprietari e conduttori di fabbricati rurali, capannoni e depositi situati in aperta campagna, di "
    "realizzare intorno agli stessi una fascia di protezione priva di vegetazione secca di larghezza non "
    "inferiore a 5 metri;",
    "ai proprietari di aree private confinanti con strade comunali e vicinali, di provvedere al taglio delle "
    "siepi e dei rami che invadono la sede stradale e alla rimozione dei residui vegetali;",
    "di mantenere le condizioni di pulizia di cui ai punti precedenti per tutto il periodo compreso tra il "
    "1° giugno e il 31 ottobre 2027;",
    "il divieto di abbruciamento di stoppie e residui vegetali nel periodo dal 1° giugno al 31 ottobre 2027, "
    "salve le deroghe previste dalle Prescrizioni regionali antincendio e autorizzate dal Corpo Forestale e di "
    "Vigilanza Ambientale.",
]
for i, t in enumerate(points, 1):
    para(t, indent=20, first=("%d." % i, "B"))

heading("AVVERTE")
para("che, salvo che il fatto costituisca reato, l’inosservanza della presente ordinanza comporta "
     "l’applicazione della sanzione amministrativa pecuniaria da € 100,00 a € 600,00 ai sensi dell’art. "
     "7-bis del D.Lgs. 267/2000, e che in caso di inadempienza il Comune provvederà d’ufficio, con addebito "
     "delle spese ai soggetti obbligati.")
heading("DISPONE")
para("che la presente ordinanza sia pubblicata all’Albo Pretorio on line e resa nota mediante affissione nei "
     "luoghi pubblici, e che copia della stessa sia trasmessa al Corpo Forestale e di Vigilanza Ambientale, "
     "Stazione di Oristano, alla Stazione Carabinieri competente e al Servizio di Polizia Locale.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla "
     "pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
y[0] -= 10
if y[0] < 140:
    newpage()
pg = pages[-1]
pg.glyphs(LM, y[0], "Bauladu, 16/04/2027")
pg.centre(y[0] - 24, "                                            IL SINDACO", "HB", 11)
pg.glyphs(LM + 300, y[0] - 40, "F.to Giovanni Piras", "R", 11)

# running foot on every page, then the stamp on page 1 (drawn last)
n = len(pages)
for i, pg in enumerate(pages, 1):
    pg.line(LM, 48, W - RM, 48, 0.4)
    pg.glyphs(LM, 36, "Comune di Bauladu - " + FOOT, "H", 8)
    pg.glyphs(W - RM - 50, 36, "Pag. %d di %d" % (i, n), "H", 8)
stamp = pages[0]
stamp.ops.append("q 0.55 0.1 0.1 RG 0.55 0.1 0.1 rg")
stamp.ops.append("q 0 1 -1 0 40 90 cm 1.2 w 0 -6 330 26 re S Q")
stamp.ops.append("BT /F4 9 Tf")
x = 6.0
for ch in "ALBO PRETORIO ON LINE - Pubblicata dal 16/04/2027 al 01/05/2027 - Reg. n. 190":
    w = stringWidth(ch, "Helvetica-Bold", 9)
    if ch != " ":
        # rotated 90 degrees: text runs up the margin
        stamp.ops.append("0 1 -1 0 %.2f %.2f Tm (%s) Tj" % (34.0, 90 + x, enc(ch)))
    x += w
stamp.ops.append("ET Q")

pdf = pikepdf.new()
fonts = Dictionary()
for key, (res, base) in FONTS.items():
    fonts[Name("/" + res)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
        Encoding=Name.WinAnsiEncoding))
for pg in pages:
    content = pdf.make_stream(("\n".join(pg.ops) + "\n").encode("latin-1"))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts), Contents=content))
    pdf.pages.append(page)
with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
    pass
pdf.docinfo[Name.Producer] = "Halley PDF Writer 4.2"
pdf.docinfo[Name.Creator] = "Halley Sardegna - Atti"
pdf.docinfo[Name.Title] = FOOT
pdf.save(OUT)
