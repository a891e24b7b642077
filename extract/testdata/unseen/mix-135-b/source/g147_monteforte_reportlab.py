#!/usr/bin/env python3
"""Monteforte Irpino, Giunta n. 147 of 21/11/2028, Halley house style as its
report engine prints it: ReportLab canvas, every paragraph justified line by
line with Tw, the title letter-spaced with Tc, the roll two members a line
(read across), a running foot with the act's number.
Usage: g147_monteforte_reportlab.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from rl_just import justified

OUT = sys.argv[1]
W, H = A4
L, R = 62, W - 56
TW = R - L
BOTTOM = 70
FOOT = "Deliberazione G.C. n. 147 del 21/11/2028"

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Deliberazione di Giunta Comunale n. 147/2028")
c.setAuthor("Comune di Monteforte Irpino")
c.setCreator("Halley Campania - Stampa atti")
page = [1]
TOTAL = 2


def foot():
    c.setFont("Helvetica", 7.5)
    c.line(L, 50, R, 50)
    c.drawString(L, 40, FOOT)
    c.drawRightString(R, 40, f"pagina {page[0]} di {TOTAL}")


def newpage(y):
    if y > BOTTOM:
        return y
    foot()
    c.showPage()
    page[0] += 1
    c.setFont("Helvetica", 8)
    c.drawString(L, H - 40, "COMUNE DI MONTEFORTE IRPINO")
    c.drawRightString(R, H - 40, FOOT)
    c.line(L, H - 45, R, H - 45)
    return H - 70


def para(y, text, size=10, font="Helvetica", leading=13, after=4, **kw):
    from rl_just import lines_of
    n = len(lines_of(text, font, size, TW - kw.get("indent", 0)))
    if y - n * leading < BOTTOM:
        y = newpage(0)
    y = justified(c, L, y, text, font=font, size=size, width=TW, leading=leading, **kw)
    return y - after


# ---- letterhead
y = H - 58
c.setLineWidth(0.8)
c.rect(L, y - 34, 42, 52)
c.setFont("Helvetica", 5.5)
c.drawCentredString(L + 21, y - 6, "STEMMA")
c.setFont("Helvetica-Bold", 16)
c.drawString(L + 54, y, "COMUNE DI MONTEFORTE IRPINO")
c.setFont("Helvetica-Oblique", 10)
c.drawString(L + 54, y - 15, "Provincia di Avellino")
c.setFont("Helvetica", 7.5)
c.drawString(L + 54, y - 28, "83024 Monteforte Irpino (AV) - Segreteria Generale")
c.setFont("Helvetica-Bold", 12)
c.drawRightString(R, y, "COPIA")

y -= 66
# letter-spaced title, Tc
t = c.beginText()
t.setFont("Helvetica-Bold", 12)
title = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
cs = 1.6
wt = stringWidth(title, "Helvetica-Bold", 12) + cs * (len(title) - 1)
t.setTextOrigin((W - wt) / 2, y)
t.setCharSpace(cs)
t.textOut(title)
t.setCharSpace(0)
c.drawText(t)

y -= 26
c.rect(L, y - 8, TW, 24)
c.line(L + TW / 2, y - 8, L + TW / 2, y + 16)
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(L + TW / 4, y, "N. 147")
c.drawCentredString(L + 3 * TW / 4, y, "del 21/11/2028")

y -= 30
c.setFont("Helvetica-Bold", 10)
c.drawString(L, y, "OGGETTO:")
subj = ("ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI NATALIZIE "
        "“NATALE A MONTEFORTE 2028” E CONCESSIONE DI UN CONTRIBUTO ALLA PRO LOCO "
        "MONTEFORTE IRPINO.")
y = justified(c, L, y, subj, font="Helvetica-Bold", size=10, width=TW, leading=13, indent=64)
c.line(L, y + 6, R, y + 6)
y -= 8
c.setFont("Helvetica-Oblique", 8.5)
c.drawString(L, y, "Proposta n. 165 del 17/11/2028 - Settore proponente: AREA AMMINISTRATIVA - SERVIZI SOCIALI E CULTURA")
y -= 20

y = para(y, "L'anno duemilaventotto, il giorno ventuno del mese di novembre alle ore 12:30, nella "
         "sala delle adunanze della Casa Comunale, a seguito di regolare convocazione, si è riunita "
         "la Giunta Comunale. All'appello risultano:")

# ---- roll, two members a line, read across
roll = [
    ("SIRIGNANO Gerardo", "Sindaco", "A"), ("IANNACCONE Rosaria", "Vice Sindaco", "P"),
    ("PICARIELLO Carmine", "Assessore", "P"), ("D'ARGENIO Francesca", "Assessore", "P"),
    ("TROISI Alfonso", "Assessore", "P"), ("CUCCINIELLO Maria Teresa", "Assessore", "P"),
]
half = TW / 2
cols = (0, 132, 214)  # name, role, P/A within a half
c.setFont("Helvetica-Bold", 8.5)
for k in (0, 1):
    x0 = L + k * half + 4
    c.drawString(x0 + cols[0], y, "Componente")
    c.drawString(x0 + cols[1], y, "Carica")
    c.drawString(x0 + cols[2], y, "P/A")
c.setLineWidth(0.5)
c.line(L, y - 4, R, y - 4)
y -= 16
c.setFont("Helvetica", 9.5)
for i in range(0, len(roll), 2):
    for k in (0, 1):
        n, role, pa = roll[i + k]
        x0 = L + k * half + 4
        c.drawString(x0 + cols[0], y, n)
        c.drawString(x0 + cols[1], y, role)
        c.drawString(x0 + cols[2] + 4, y, pa)
    y -= 14
c.line(L, y + 9, R, y + 9)
c.line(L + half, y + 9, L + half, y + 9 + 14 * 3 + 16)
c.setFont("Helvetica-Bold", 9)
c.drawString(L + 4, y - 2, "Presenti: 5")
c.drawString(L + half + 4, y - 2, "Assenti: 1")
y -= 22

y = para(y, "Assume la presidenza il Vice Sindaco sig.ra Rosaria Iannaccone, in assenza del Sindaco, "
         "la quale, riconosciuta la validità dell'adunanza, dichiara aperta la seduta. Partecipa e "
         "provvede alla redazione del verbale il Segretario Comunale dott.ssa Anna Maria Capone.")

c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(W / 2, y - 4, "LA GIUNTA COMUNALE")
y -= 22
for txt in [
    "Premesso che l'Amministrazione comunale intende promuovere, in occasione delle festività "
    "natalizie, un programma di iniziative culturali, ricreative e di animazione del centro storico "
    "e delle frazioni, al fine di favorire l'aggregazione sociale e sostenere le attività "
    "commerciali e artigianali del territorio;",
    "Vista la nota prot. n. 14388 del 06/11/2028 con la quale la Pro Loco Monteforte Irpino ha "
    "presentato il programma delle manifestazioni “Natale a Monteforte 2028”, comprendente il "
    "mercatino dell'artigianato, il presepe vivente, i concerti della banda musicale e le "
    "attività per i bambini, con un preventivo di spesa di euro 9.800,00;",
    "Visto il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e "
    "vantaggi economici ad enti e associazioni, approvato con deliberazione di Consiglio Comunale "
    "n. 14 del 23/04/2019;",
    "Ritenuto di concedere alla Pro Loco un contributo di euro 5.000,00, pari a circa il 51% della "
    "spesa preventivata, da liquidarsi a presentazione del rendiconto delle spese sostenute;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile dell'Area Amministrativa, "
    "dott.ssa Teresa Pecoraro, e di regolarità contabile del Responsabile dell'Area "
    "Economico-Finanziaria, dott. Luigi Santangelo, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Con voti favorevoli unanimi, resi in forma palese (presenti n. 5, votanti n. 5, favorevoli n. 5),",
]:
    y = para(y, txt)

y = newpage(y - 60) if y < BOTTOM + 60 else y
t = c.beginText()
t.setFont("Helvetica-Bold", 11)
t.setCharSpace(3)
wd = stringWidth("DELIBERA", "Helvetica-Bold", 11) + 3 * 7
t.setTextOrigin((W - wd) / 2, y - 4)
t.textOut("DELIBERA")
t.setCharSpace(0)
c.drawText(t)
y -= 22
for i, txt in enumerate([
    "di approvare, quale atto di indirizzo, il programma delle manifestazioni “Natale a "
    "Monteforte 2028” presentato dalla Pro Loco Monteforte Irpino, che si svolgeranno dall'8 "
    "dicembre 2028 al 6 gennaio 2029;",
    "di concedere alla Pro Loco Monteforte Irpino un contributo economico di euro 5.000,00, da "
    "imputare alla missione 7, programma 1, capitolo 1452 del bilancio di previsione 2028-2030, "
    "annualità 2028;",
    "di demandare al Responsabile dell'Area Amministrativa gli adempimenti gestionali conseguenti, "
    "ivi compresi l'impegno di spesa, la verifica del rendiconto e la liquidazione del contributo.",
], 1):
    y = para(y, txt, indent=22, first=f"{i}.")

y = para(y - 4, "Con successiva e separata votazione, ad esito unanime, la presente deliberazione è "
         "dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
         "n. 267/2000, per consentire l'avvio delle iniziative nei tempi programmati.")

y = newpage(y - 110) if y < BOTTOM + 110 else y
c.setFont("Helvetica-Oblique", 9.5)
c.drawString(L, y - 4, "Letto, confermato e sottoscritto.")
y -= 30
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(L + TW / 4, y, "IL VICE SINDACO")
c.drawCentredString(L + 3 * TW / 4, y, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 10)
c.drawCentredString(L + TW / 4, y - 15, "F.to sig.ra Rosaria Iannaccone")
c.drawCentredString(L + 3 * TW / 4, y - 15, "F.to dott.ssa Anna Maria Capone")
y -= 50

y = newpage(y - 120) if y < BOTTOM + 120 else y
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(W / 2, y, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000")
y -= 18
y = para(y, "Parere di regolarità tecnica: FAVOREVOLE. Monteforte Irpino, 17/11/2028. Il Responsabile "
         "dell'Area Amministrativa, F.to dott.ssa Teresa Pecoraro.", size=9, leading=12)
y = para(y, "Parere di regolarità contabile: FAVOREVOLE. Monteforte Irpino, 18/11/2028. Il "
         "Responsabile dell'Area Economico-Finanziaria, F.to dott. Luigi Santangelo.", size=9, leading=12)
y -= 10
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(W / 2, y, "CERTIFICATO DI PUBBLICAZIONE")
y -= 18
y = para(y, "Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line "
         "dal 23/11/2028 al 08/12/2028 (reg. pubbl. n. 2046) ed è trasmessa in elenco ai Capigruppo "
         "consiliari.", size=9, leading=12)
c.setFont("Helvetica", 9)
c.drawRightString(R, y - 6, "IL SEGRETARIO COMUNALE - F.to dott.ssa Anna Maria Capone")
foot()
c.showPage()
c.save()
assert page[0] == TOTAL, page[0]
