"""Comune di Margherita di Savoia, decreto di esproprio of the Settore III -
Lavori Pubblici e Patrimonio (Ufficio per le Espropriazioni), "Tecsis" house
style. ReportLab; the letterhead, the band with the office, the title with
the numbers, the running foot and the signature block are reused Form
XObjects painted after the body text (out of reading order); the Albo's
publication stamp runs up the left margin, rotated."""
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from rlflow import Flow
from tecsis_rl import (W, H, L, R, HB, HR, HI, letterhead, band, title, text)

OUT = sys.argv[1]
NUM = "Decreto n. 2 del 27/03/2028"
PAGES = 2
c = canvas.Canvas(OUT, pagesize=(W, H), pageCompression=1)
c.setTitle("Decreto di esproprio n. 2/2028")
c.setCreator("Tecsis Atti Web - Espropri")

# -- reusable blocks ------------------------------------------------------
c.beginForm("Intestazione")
letterhead(c)
c.endForm()
c.beginForm("Ufficio")
y = band(c, H - 106, "SETTORE III – LAVORI PUBBLICI E PATRIMONIO", sub="Ufficio per le Espropriazioni")
title(c, y - 4, "DECRETO N. 2 DEL 27/03/2028", "Reg. Gen. N. 148")
c.endForm()
for p in range(1, PAGES + 1):
    c.beginForm("Piede%d" % p)
    c.setLineWidth(0.55)
    c.line(L, 45, R, 45)
    text(c, L, 35, "Comune di Margherita di Savoia", HR, 7)
    text(c, R, 35, "%s - Pag. %d di %d" % (NUM, p, PAGES), HR, 7, "R")
    c.endForm()
c.beginForm("Firma")
for i, (s, font, size) in enumerate([("IL RESPONSABILE DEL SETTORE III", HB, 10),
                                     ("Ing. Grazia Pastore", HR, 10),
                                     ("(firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005)", HI, 8.5)]):
    text(c, R - 120, 200 - 13 * i, s, font, size, "C")
c.endForm()


def stamp():
    c.saveState()
    c.translate(30, 250)
    c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.55)
    c.setFillColorRGB(0.1, 0.2, 0.55)
    c.setLineWidth(0.9)
    msg1 = "ALBO PRETORIO ON LINE – COMUNE DI MARGHERITA DI SAVOIA"
    msg2 = "Pubblicato dal 28/03/2028 al 12/04/2028 – Reg. pubbl. n. 412"
    w = max(stringWidth(msg1, HB, 7.5), stringWidth(msg2, HR, 7.5)) + 14
    c.roundRect(0, -6, w, 24, 4)
    c.setFont(HB, 7.5)
    c.drawString(7, 9, msg1)
    c.setFont(HR, 7.5)
    c.drawString(7, -1, msg2)
    c.restoreState()


state = {"sig_y": None}


def page_start(f):
    return H - 160 if f.page == 1 else H - 56


def page_end(f):
    # painted after the body: out of reading order
    c.doForm("Piede%d" % f.page)
    if f.page == 1:
        c.doForm("Ufficio")
        c.doForm("Intestazione")
        stamp()
    else:
        text(c, R, H - 40, NUM, HI, 7.5, "R")
    if state["sig_y"] is not None and f.page == PAGES:
        c.saveState()
        c.translate(0, state["sig_y"] - 200)
        c.doForm("Firma")
        c.restoreState()


f = Flow(c, L, R, H - 60, 64, mode="tw", size=10, leading=13.4,
         page_start=page_start, page_end=page_end)
f.para([("Decreto di esproprio degli immobili occorrenti per la realizzazione della pista ciclabile di "
         "collegamento tra il centro abitato e lo stabilimento termale, ai sensi dell'art. 23 del D.P.R. 8 "
         "giugno 2001, n. 327.", HB)], align="C", size=10.6, after=8)
f.center("IL RESPONSABILE DEL SETTORE III", HB, 10.5, after=0)
f.center("in qualità di Autorità espropriante", HR, 9.5, after=6, leading=12)
f.para([("PREMESSO", HB), ("che:", HR)], after=2)
prem = [
    "con deliberazione del Consiglio Comunale n. 41 del 28 settembre 2026 è stata approvata la variante "
    "urbanistica con apposizione del vincolo preordinato all'esproprio sulle aree interessate dall'opera;",
    "con deliberazione della Giunta Comunale n. 17 del 9 febbraio 2027 è stato approvato il progetto di "
    "fattibilità tecnica ed economica dell'opera (CUP J21B26000430004), con contestuale dichiarazione di "
    "pubblica utilità;",
    "le indennità provvisorie di espropriazione sono state determinate con determinazione del Responsabile "
    "del Settore III n. 212 (Reg. Gen. n. 688) del 14 novembre 2027, notificata ai proprietari;",
    "le ditte n. 1 e n. 3 hanno condiviso l'indennità offerta, che è stata liquidata, mentre per la ditta "
    "n. 2 l'indennità non accettata è stata depositata presso il Ministero dell'Economia e delle Finanze – "
    "Ragioneria Territoriale dello Stato di Bari;",
]
for p in prem:
    f.para([(p, HR)], indent=14, label="–", label_gap=11, after=2)
f.space(2)
f.para([("VISTI", HB), ("gli articoli 20, 22, 23 e 26 del D.P.R. 8 giugno 2001, n. 327, la Legge Regionale "
        "della Puglia 22 febbraio 2005, n. 3 e l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;", HR)])
f.space(2)
f.center("DECRETA", HB, 11, after=3)
f.para([("è pronunciata a favore del Comune di Margherita di Savoia l'espropriazione degli immobili di "
         "seguito descritti, occorrenti per la realizzazione dell'opera in oggetto, e ne è disposto il "
         "trasferimento del diritto di proprietà:", HR)], indent=20, label="1.", label_gap=16, after=4)

# table of the owners
cols = [("Ditta", 34), ("Proprietari (quota)", 178), ("Foglio", 40), ("P.lla", 40),
        ("Sup. (mq)", 56), ("Indennità (€)", 72)]
rows = [("1", "Cassatella Ruggiero (1/1)", "12", "455", "640", "7.680,00"),
        ("2", "Lamacchia Rosa (1/2); Lamacchia Sergio (1/2)", "12", "457", "1.120", "13.440,00"),
        ("3", "Azienda Agricola La Salina S.s. (1/1)", "13", "88", "905", "10.860,00")]
tx = L + 20
f.need(80)
y = f.y - 4
c.setLineWidth(0.5)
rh = 15
for r_i, row in enumerate([tuple(h for h, _ in cols)] + rows):
    x = tx
    for (hdr, cw), cell in zip(cols, row):
        c.rect(x, y - rh, cw, rh)
        font = HB if r_i == 0 else HR
        if hdr in ("Proprietari (quota)",):
            text(c, x + 3, y - 10.5, cell, font, 8)
        else:
            text(c, x + cw - 3 if r_i and hdr.startswith(("Sup", "Ind")) else x + cw / 2, y - 10.5, cell,
                 font, 8, "R" if r_i and hdr.startswith(("Sup", "Ind")) else "C")
        x += cw
    y -= rh
f.y = y - 8

pts = [
    "il presente decreto è notificato ai proprietari espropriati nelle forme degli atti processuali "
    "civili, con l'avviso della data in cui avrà luogo l'immissione in possesso, almeno sette giorni "
    "prima di essa;",
    "l'esecuzione del decreto avviene mediante l'immissione in possesso, con la redazione del verbale di "
    "immissione e dello stato di consistenza, entro il termine perentorio di due anni;",
    "il presente decreto è registrato e trascritto presso l'Agenzia delle Entrate – Servizio di "
    "Pubblicità Immobiliare di Trani e ne è eseguita la voltura catastale, a cura e spese del Comune;",
    "un estratto del presente decreto è trasmesso entro cinque giorni per la pubblicazione nel Bollettino "
    "Ufficiale della Regione Puglia; l'opposizione del terzo è proponibile entro i trenta giorni "
    "successivi alla pubblicazione dell'estratto;",
    "il presente decreto è pubblicato all'Albo Pretorio on line del Comune per quindici giorni "
    "consecutivi.",
]
for i, p in enumerate(pts, 2):
    f.para([(p, HR)], indent=20, label="%d." % i, label_gap=16, after=3)
f.space(3)
f.need(120)
f.para([("Avverso il presente decreto è ammesso ricorso al T.A.R. Puglia – Bari entro 60 giorni dalla "
         "notifica o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 "
         "giorni.", HR)])
f.space(4)
f.para([("Margherita di Savoia, 27 marzo 2028", HR)], align="L", after=6)
f.need(50)
state["sig_y"] = f.y - 10
f.finish()
c.save()
