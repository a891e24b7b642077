#!/usr/bin/env python3
"""Comune di Follo (SP), "J-Iride"-like house style: an ordinanza sindacale
printed the way report engines print - every glyph placed on its own with
a text matrix, no space characters in the text layer, justification by
moving the glyphs, headings letter-spaced by wider glyph advances.
Header box of three cells, Oggetto row, running foot with the number.
ReportLab canvas."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-follo-jiride.pdf"
W, H = A4
LM, RM = 56.7, W - 56.7
TW = RM - LM
R, B, I = "Times-Roman", "Times-Bold", "Times-Italic"
FOOT = "Comune di Follo - Ordinanza sindacale n. 21 del 16/06/2028 - Pag. %d di %d"

pages = [[]]          # drawing commands per page
y = [0.0]


def cmd(*a):
    pages[-1].append(a)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def need(h):
    if y[0] - h < 70:
        pages.append([])
        y[0] = H - 60


def para(text, size=11, lead=14.2, indent=0.0, label=None, lead_bold=None, after=4, font=R):
    width = TW - indent
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        need(lead)
        if i == 0 and label:
            cmd("glyphs", LM, y[0], label, font, size, 0.0, None)
        cmd("words", LM + indent, y[0], ws, font, size, width if i < len(lines) - 1 else None,
            lead_bold if i == 0 else None)
        y[0] -= lead
    y[0] -= after


def heading(text, size=12, spacing=1.0, font=B, before=6, after=6):
    y[0] -= before
    need(size + after)
    w = stringWidth(text, font, size) + spacing * (len(text) - 1)
    cmd("glyphs", LM + (TW - w) / 2, y[0], text, font, size, spacing, None)
    y[0] -= size + after


# ---- layout -----------------------------------------------------------------
y[0] = H - 56
# header box
box_top = y[0]
subj = ("MISURE PER LA PREVENZIONE DEGLI INCENDI BOSCHIVI E PER LA PULIZIA DEI TERRENI INCOLTI E DELLE "
        "AREE A RISCHIO NEL TERRITORIO COMUNALE - STAGIONE ESTIVA 2028")
sl = wrap(subj, B, 11, TW - 60)
cmd("box", box_top, len(sl))
y[0] = box_top - 78
cmd("subject", y[0], sl)
y[0] -= 14 * len(sl) + 22

heading("IL SINDACO", 12.5, spacing=1.2)
para("Premesso che il territorio comunale è caratterizzato da estese superfici boscate e da numerosi terreni "
     "agricoli incolti o abbandonati, contigui ai centri abitati di Follo Alto, Tivegna, Piano di Follo e "
     "Bastremoli, che nella stagione estiva costituiscono un elevato rischio di innesco e di propagazione "
     "degli incendi;", lead_bold="Premesso")
para("Vista la legge 21 novembre 2000, n. 353, \"Legge quadro in materia di incendi boschivi\", e la legge "
     "regionale della Liguria 22 gennaio 1999, n. 4, nonché il Piano regionale di previsione, prevenzione e "
     "lotta attiva contro gli incendi boschivi;", lead_bold="Vista")
para("Visto il decreto del Presidente della Giunta regionale che dichiara lo stato di grave pericolosità per "
     "gli incendi boschivi su tutto il territorio regionale dal 15 giugno 2028;", lead_bold="Visto")
para("Ritenuto necessario, a tutela della pubblica incolumità, imporre ai proprietari e ai conduttori dei "
     "fondi gli interventi di pulizia e di manutenzione atti a ridurre il rischio di incendio;",
     lead_bold="Ritenuto")
para("Visti l'art. 50 e l'art. 7-bis del D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento di "
     "Polizia Urbana;", lead_bold="Visti")
heading("ORDINA", 12.5, spacing=1.2)
pts = [
    "ai proprietari, affittuari e conduttori a qualsiasi titolo di terreni incolti, giardini e aree verdi "
    "posti a distanza inferiore a 100 metri da abitazioni, strade e boschi, di provvedere entro il 10 luglio "
    "2028 al taglio dell'erba e degli arbusti e alla rimozione del materiale vegetale secco;",
    "ai proprietari di fondi confinanti con la viabilità pubblica di mantenere libera da vegetazione una "
    "fascia di rispetto di almeno 5 metri dal ciglio stradale;",
    "il divieto assoluto, fino al 30 settembre 2028, di accendere fuochi e di abbruciare residui vegetali "
    "in tutto il territorio comunale;",
    "il divieto di gettare dai veicoli in transito fiammiferi, sigari o sigarette accese;",
    "ai gestori delle aree attrezzate e dei campeggi di predisporre idonee dotazioni antincendio e di "
    "mantenere sgombre le vie di fuga.",
]
for i, t in enumerate(pts, 1):
    para(t, indent=20, label="%d." % i)
heading("AVVERTE", 12, spacing=1.2)
para("che in caso di inottemperanza si procederà all'esecuzione d'ufficio degli interventi, con addebito "
     "delle spese ai trasgressori, e che le violazioni sono punite con la sanzione amministrativa "
     "pecuniaria da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, salvo che il fatto "
     "costituisca reato e fatte salve le sanzioni previste dalla legge n. 353/2000.")
heading("DISPONE", 12, spacing=1.2)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale e "
     "trasmessa alla Prefettura della Spezia, al Comando Stazione Carabinieri Forestale di competenza, ai "
     "Vigili del Fuoco e alla Polizia Locale, incaricata della vigilanza sulla sua osservanza. Contro il "
     "presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione.")
y[0] -= 6
need(70)
cmd("glyphs", LM, y[0], "Follo, 16/06/2028", R, 11, 0.0, None)
y[0] -= 24
for t, f in [("IL SINDACO", B), ("Luca Baldassini", R), ("(firmato digitalmente)", I)]:
    w = stringWidth(t, f, 11)
    cmd("glyphs", LM + TW * 0.72 - w / 2, y[0], t, f, 11, 0.0, None)
    y[0] -= 14


# ---- render -------------------------------------------------------------------
def glyph_run(t, x, yy, text, font, size, extra):
    """one glyph at a time; spaces only move the pen"""
    t.setFont(font, size)
    for ch in text:
        if ch != " ":
            t.setTextOrigin(x, yy)
            t.textOut(ch)
        x += stringWidth(ch, font, size) + extra
    return x


def render(c, pg, n, total):
    c.setFont(R, 8.5)
    c.setLineWidth(0.5)
    c.line(LM, 48, RM, 48)
    t = c.beginText()
    s = FOOT % (n, total)
    glyph_run(t, LM + (TW - stringWidth(s, R, 8.5)) / 2, 36, s, R, 8.5, 0.0)
    c.drawText(t)
    for it in pg:
        kind = it[0]
        if kind == "box":
            top, nl = it[1], it[2]
            c.setLineWidth(0.9)
            bot = top - 78 - 14 * (nl - 1) - 10
            c.rect(LM, bot, TW, top - bot)
            c.line(LM, top - 60, RM, top - 60)
            c.line(LM + 150, top, LM + 150, top - 60)
            c.line(RM - 110, top, RM - 110, top - 60)
            t = c.beginText()
            glyph_run(t, LM + 6, top - 24, "COMUNE DI FOLLO", B, 14, 0.0)
            glyph_run(t, LM + 6, top - 40, "Provincia della Spezia", R, 9.5, 0.0)
            s = "ORDINANZA SINDACALE"
            w = stringWidth(s, B, 13) + 0.8 * (len(s) - 1)
            glyph_run(t, LM + 150 + ((TW - 260) - w) / 2, top - 34, s, B, 13, 0.8)
            glyph_run(t, RM - 104, top - 26, "N. 21", R, 11, 0.0)
            glyph_run(t, RM - 104, top - 42, "del 16/06/2028", R, 11, 0.0)
            c.drawText(t)
        elif kind == "subject":
            yy, sl = it[1], it[2]
            t = c.beginText()
            glyph_run(t, LM + 6, yy, "Oggetto:", I, 11, 0.0)
            for ws in sl:
                glyph_run(t, LM + 54, yy, " ".join(ws), B, 11, 0.0)
                yy -= 14
            c.drawText(t)
        elif kind == "glyphs":
            _, x, yy, text, font, size, extra, _n = it
            t = c.beginText()
            glyph_run(t, x, yy, text, font, size, extra)
            c.drawText(t)
        elif kind == "words":
            _, x, yy, ws, font, size, width, lead_bold = it
            t = c.beginText()
            fonts = [B if (lead_bold and j == 0 and w == lead_bold) else font for j, w in enumerate(ws)]
            natural = sum(stringWidth(w, f, size) for w, f in zip(ws, fonts))
            sp = stringWidth(" ", font, size)
            gap = sp if (width is None or len(ws) < 2) else (width - natural) / (len(ws) - 1)
            for w, f in zip(ws, fonts):
                x = glyph_run(t, x, yy, w, f, size, 0.0) + gap
            c.drawText(t)


c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Ordinanza sindacale n. 21 del 16/06/2028")
c.setAuthor("Comune di Follo")
c.setCreator("J-Iride Atti - report engine")
for n, pg in enumerate(pages, 1):
    render(c, pg, n, len(pages))
    c.showPage()
c.save()
