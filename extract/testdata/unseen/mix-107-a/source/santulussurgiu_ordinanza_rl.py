#!/usr/bin/env python3
"""Comune di Santu Lussurgiu - Ordinanza del Sindaco n. 9/2026, printed as
the package's report engine prints its Courier model: ReportLab canvas,
lines wrapped at 78 columns and justified by character spacing (Tc) on
each line, the letterhead repeated on every page, a running foot with the
number."""
import sys
import textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-santulussurgiu-halley.pdf"
W, H = A4
LM = 62.0
SIZE = 10.0
COLS = 78
WIDTH = stringWidth("M" * COLS, "Courier", SIZE)
LEAD = 13.0
BOTTOM = 70.0
FOOT = "ORDINANZA N. 9 DEL 16/04/2026 - COMUNE DI SANTU LUSSURGIU"

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Ordinanza n. 9 del 16/04/2026")
c.setAuthor("Comune di Santu Lussurgiu")
c.setCreator("Halley - Atti Amministrativi")
page = [1]
y = [0.0]


def head():
    c.setFont("Courier-Bold", 11)
    for i, t in enumerate(("COMUNE DI SANTU LUSSURGIU", "COMUNU DE SANTU LUSSURGIU")):
        c.drawCentredString(LM + WIDTH / 2, H - 50 - i * 13, t)
    c.setFont("Courier", 9.5)
    c.drawCentredString(LM + WIDTH / 2, H - 76, "PROVINCIA DI ORISTANO")
    c.setLineWidth(1.4)
    c.line(LM, H - 84, LM + WIDTH, H - 84)
    c.setLineWidth(0.4)
    c.line(LM, H - 87, LM + WIDTH, H - 87)
    y[0] = H - 110


def foot(total):
    c.setFont("Courier", 8)
    c.line(LM, 52, LM + WIDTH, 52)
    c.drawString(LM, 42, FOOT)
    c.drawRightString(LM + WIDTH, 42, "PAG. %d/%d" % (page[0], total))


def newline(n=1):
    y[0] -= LEAD * n
    if y[0] < BOTTOM:
        foot(TOTAL)
        c.showPage()
        page[0] += 1
        head()


def line(text, font="Courier", justify=False, indent=0, centre=False):
    c.setFont(font, SIZE)
    x = LM + indent * stringWidth("M", "Courier", SIZE)
    t = c.beginText(x, y[0])
    t.setFont(font, SIZE)
    if centre:
        w = stringWidth(text, font, SIZE)
        t = c.beginText(LM + (WIDTH - w) / 2, y[0])
        t.setFont(font, SIZE)
    elif justify and len(text) > 1:
        avail = WIDTH - indent * stringWidth("M", "Courier", SIZE)
        extra = avail - stringWidth(text, font, SIZE)
        t.setCharSpace(extra / (len(text) - 1))
    else:
        t.setCharSpace(0)
    t.textOut(text)
    c.drawText(t)
    newline()


def para(text, indent=0, hang="", font="Courier"):
    width = COLS - indent
    lines = textwrap.wrap(text, width=width)
    for i, ln in enumerate(lines):
        if i == 0 and hang:
            c.setFont("Courier-Bold" if not hang[0].isdigit() else "Courier", SIZE)
            c.drawString(LM, y[0], hang)
        line(ln, font=font, justify=(i < len(lines) - 1), indent=indent)
    newline(0.5)


TOTAL = 2
head()
line("ORDINANZA DEL SINDACO N. 9 DEL 16/04/2026", "Courier-Bold", centre=True)
newline(0.6)
c.setFont("Courier-Bold", SIZE)
c.drawString(LM, y[0], "OGGETTO:")
para("PREVENZIONE DEGLI INCENDI - OBBLIGO DI PULIZIA DEI TERRENI INCOLTI, DEI LOTTI "
     "INEDIFICATI E DELLE AREE DI PERTINENZA DEI FABBRICATI NEL CENTRO ABITATO E NELLE "
     "ZONE DI INTERFACCIA URBANO-RURALE - ANNO 2026.", indent=9, font="Courier-Bold")
c.line(LM, y[0] + 6, LM + WIDTH, y[0] + 6)
newline(0.6)
line("IL SINDACO", "Courier-Bold", centre=True)
newline(0.4)
for t in [
    "Premesso che il territorio comunale, ricadente nel massiccio del Montiferru e caratterizzato da "
    "estese superfici boscate e a pascolo a ridosso del centro abitato, e' stato colpito negli anni "
    "scorsi da gravi incendi boschivi e presenta un elevato rischio di incendio di interfaccia;",
    "Viste le Prescrizioni regionali antincendio 2026, approvate con deliberazione della Giunta "
    "Regionale n. 14/7 del 02/04/2026, che individuano il periodo di elevato pericolo di incendio "
    "dal 1 giugno al 31 ottobre 2026;",
    "Considerato che numerosi terreni incolti e lotti inedificati all'interno e ai margini del centro "
    "abitato presentano vegetazione spontanea, sterpaglie e residui vegetali che, con l'arrivo della "
    "stagione estiva, costituiscono pericolo per la pubblica incolumita';",
    "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, la L. 21 novembre 2000, n. 353 e la "
    "L.R. 27 aprile 2016, n. 8;",
]:
    para(t)
line("ORDINA", "Courier-Bold", centre=True)
newline(0.4)
para("ai proprietari, affittuari, conduttori e detentori a qualsiasi titolo di terreni incolti, lotti "
     "inedificati e aree di pertinenza di fabbricati ubicati nel centro abitato e nella fascia di "
     "200 metri dal suo perimetro:")
for i, t in enumerate([
    "di provvedere, entro il 31 maggio 2026, al taglio dell'erba, degli arbusti e dei rovi e alla "
    "rimozione dei residui vegetali e di ogni altro materiale infiammabile;",
    "di realizzare, lungo il perimetro dei fondi confinanti con strade, fabbricati e aree boscate, una "
    "fascia parafuoco di larghezza non inferiore a 5 metri, priva di vegetazione secca;",
    "di non abbandonare ne' accumulare i residui dello sfalcio, che dovranno essere conferiti al centro "
    "comunale di raccolta o trinciati sul posto;",
    "di mantenere le condizioni di pulizia per l'intero periodo di elevato pericolo di incendio, fino "
    "al 31 ottobre 2026.",
], 1):
    para(t, indent=4, hang="%d)" % i)
para("che in caso di inottemperanza si procedera' all'applicazione della sanzione amministrativa da "
     "euro 50,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. 267/2000, salvo che il fatto "
     "costituisca reato, e all'esecuzione d'ufficio degli interventi con addebito delle spese ai "
     "trasgressori.", indent=9, hang="AVVERTE")
para("la pubblicazione della presente ordinanza all'Albo Pretorio on line e sul sito istituzionale e "
     "la sua trasmissione alla Stazione Forestale di Santu Lussurgiu, alla Stazione dei Carabinieri e "
     "alla Compagnia Barracellare, incaricate della vigilanza.", indent=9, hang="DISPONE")
para("Contro il presente provvedimento e' ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla "
     "pubblicazione o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 "
     "giorni.")
newline(1)
line("Santu Lussurgiu, 16/04/2026")
newline(1)
line("IL SINDACO", "Courier-Bold", indent=52)
line("F.TO SALVATORE MURA", indent=48)
foot(TOTAL)
c.save()
assert page[0] == TOTAL, page[0]
