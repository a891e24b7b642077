#!/usr/bin/env python3
"""Comune di Forgaria nel Friuli - determinazione of the Area Tecnica whose
Responsabile is the Sindaco (art. 53 c. 23 L. 388/2000), in the house style
of an Insiel Ascot Web print. ReportLab canvas, body justified by hand with
word spacing (Tw) and a little character spacing (Tc), running head and foot
carrying the number."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-forgarianelfriuli-ascotweb.pdf"
W, H = A4
LM, RM = 62, W - 56
BODY = "Times-Roman"
SIZE = 11
LEAD = 14.2

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 412 del 14/12/2026")
c.setAuthor("ASCOT Web - Atti amministrativi")
c.setCreator("ASCOT Web Atti 6.2 (Insiel S.p.A.)")
c.setSubject("Determinazione Area Tecnica")

TOTAL_PAGES = 2
page_no = [1]


def crest(x, y):
    c.saveState()
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + 46)
    p.lineTo(x + 36, y + 46)
    p.lineTo(x + 36, y + 18)
    p.curveTo(x + 36, y + 6, x + 24, y, x + 18, y - 4)
    p.curveTo(x + 12, y, x, y + 6, x, y + 18)
    p.close()
    c.setFillColorRGB(0.78, 0.12, 0.14)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x + 15, y + 6, 6, 34, fill=1, stroke=0)
    c.rect(x + 6, y + 26, 24, 6, fill=1, stroke=0)
    c.restoreState()


def running(first):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillGray(0.25)
    c.drawString(LM, H - 28, "Comune di Forgaria nel Friuli - Determinazione n. 412 del 14/12/2026 - Area Tecnica e Tecnico-Manutentiva")
    c.setLineWidth(0.4)
    c.line(LM, H - 32, RM, H - 32)
    c.line(LM, 40, RM, 40)
    c.drawString(LM, 30, "Atto n. 412 del 14/12/2026  -  documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(RM, 30, "Pag. %d di %d" % (page_no[0], TOTAL_PAGES))
    c.restoreState()


def letterhead():
    crest(LM, H - 98)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LM + 50, H - 62, "COMUNE DI FORGARIA NEL FRIULI")
    c.setFont("Helvetica-Oblique", 9.5)
    c.drawString(LM + 50, H - 75, "Comun di Forgjarie tal Fri\u00fbl")
    c.setFont("Helvetica", 8.5)
    c.drawString(LM + 50, H - 87, "Regione Autonoma Friuli Venezia Giulia")
    # Ascot box: area / service on the left, numbers on the right
    top = H - 112
    c.setLineWidth(0.8)
    c.rect(LM, top - 62, RM - LM, 62)
    c.line(LM + 300, top, LM + 300, top - 62)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LM + 6, top - 15, "AREA TECNICA E TECNICO-MANUTENTIVA")
    c.setFont("Helvetica", 9)
    c.drawString(LM + 6, top - 29, "Servizio Lavori Pubblici e Manutenzioni")
    c.setFont("Helvetica", 7.5)
    c.drawString(LM + 6, top - 45, "Responsabile dell'Area: il Sindaco pro tempore")
    c.drawString(LM + 6, top - 55, "(art. 53, comma 23, L. 388/2000 - decreto sindacale n. 5 del 02/01/2026)")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM + 308, top - 16, "DETERMINAZIONE")
    c.setFont("Helvetica", 9)
    c.drawString(LM + 308, top - 31, "Reg. Gen. n. 412 del 14/12/2026")
    c.drawString(LM + 308, top - 44, "Reg. Area n. 87 del 14/12/2026")
    c.setFont("Helvetica", 7.5)
    c.drawString(LM + 308, top - 56, "Esecutiva dal 14/12/2026")
    return top - 62


def justify_line(y, words, last=False, font=BODY, size=SIZE, x0=LM, x1=RM):
    text = " ".join(words)
    t = c.beginText()
    t.setTextOrigin(x0, y)
    t.setFont(font, size)
    natural = stringWidth(text, font, size)
    if last or len(words) < 2:
        t.setCharSpace(0)
        t.setWordSpace(0)
        t.textOut(text)
    else:
        extra = (x1 - x0) - natural
        nchar = len(text) - 1
        tc = min(0.22, extra * 0.35 / max(nchar, 1))
        rest = extra - tc * nchar
        tw = rest / (len(words) - 1)
        t.setCharSpace(round(tc, 3))
        t.setWordSpace(round(tw, 3))
        t.textOut(text)
        t.setCharSpace(0)
        t.setWordSpace(0)
    c.drawText(t)


def para(y, text, font=BODY, size=SIZE, indent=0, first_indent=0, justify=True):
    words = text.split()
    line = []
    x0 = LM + indent
    first = True
    while words:
        xs = x0 + (first_indent if first else 0)
        avail = RM - xs
        line = []
        while words:
            trial = " ".join(line + [words[0]])
            if stringWidth(trial, font, size) <= avail or not line:
                line.append(words.pop(0))
            else:
                break
        if y < 62:
            y = new_page()
        if justify:
            justify_line(y, line, last=not words, font=font, size=size, x0=xs)
        else:
            c.setFont(font, size)
            c.drawString(xs, y, " ".join(line))
        y -= LEAD
        first = False
    return y - 3


def new_page():
    c.showPage()
    page_no[0] += 1
    running(False)
    return H - 60


def centered(y, text, font="Times-Bold", size=11.5):
    c.setFont(font, size)
    c.drawCentredString((LM + RM) / 2, y, text)
    return y - LEAD - 2


running(True)
y = letterhead() - 26

# subject, label beside
c.setFont("Times-Bold", SIZE)
c.drawString(LM, y, "OGGETTO:")
subj = ("Lavori di manutenzione straordinaria della copertura della scuola primaria del capoluogo. "
        "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta "
        "Coperture Tagliamento S.r.l. e impegno di spesa. CUP J47H26001230004 - CIG B4F2A81C07.")
words = subj.split()
lx = LM + 62
while words:
    line = []
    while words and (stringWidth(" ".join(line + [words[0]]), "Times-Bold", SIZE) <= RM - lx or not line):
        line.append(words.pop(0))
    justify_line(y, line, last=not words, font="Times-Bold", x0=lx)
    y -= LEAD
y -= 12

y = centered(y, "IL RESPONSABILE DELL'AREA TECNICA E TECNICO-MANUTENTIVA")
y -= 4

paras = [
    "RICHIAMATO il decreto sindacale n. 5 del 02/01/2026 con il quale il Sindaco, ai sensi dell'art. 53, comma 23, "
    "della legge 23 dicembre 2000, n. 388, come modificato dall'art. 29, comma 4, della legge 28 dicembre 2001, n. 448, "
    "ha attribuito a s\u00e9 medesimo la responsabilit\u00e0 dell'Area Tecnica e Tecnico-Manutentiva e il potere di adottare "
    "atti anche di natura tecnica gestionale, in assenza nella dotazione organica di figure professionali idonee;",
    "RICHIAMATE la deliberazione del Consiglio comunale n. 11 del 30/03/2026, esecutiva, di approvazione del bilancio "
    "di previsione 2026-2028, e la deliberazione della Giunta comunale n. 38 del 09/04/2026 di approvazione del Piano "
    "esecutivo di gestione;",
    "PREMESSO che a seguito delle precipitazioni del mese di novembre sono state rilevate infiltrazioni d'acqua "
    "nei locali del primo piano della scuola primaria del capoluogo, dovute al deterioramento del manto di copertura "
    "e delle lattonerie, come risulta dal verbale di sopralluogo del Servizio Lavori Pubblici prot. n. 6218 del 24/11/2026;",
    "DATO ATTO che \u00e8 stato richiesto, tramite la piattaforma di e-procurement eAppaltiFVG, un preventivo alla ditta "
    "Coperture Tagliamento S.r.l., con sede in San Daniele del Friuli, operatore in possesso di pregresse e documentate "
    "esperienze analoghe, che ha offerto l'importo di euro 31.480,00 oltre a euro 950,00 per oneri della sicurezza "
    "non soggetti a ribasso, e cos\u00ec complessivi euro 32.430,00 oltre IVA al 10%;",
    "RITENUTO il prezzo congruo in rapporto alla perizia redatta dall'ufficio e rilevato che l'importo \u00e8 inferiore "
    "alla soglia di cui all'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36;",
    "ACCERTATA la regolarit\u00e0 contributiva dell'operatore economico (DURC prot. INAIL_51873420 con scadenza "
    "il 19/03/2027) e dato atto che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del "
    "D.Lgs. 36/2023;",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267, la L.R. 17 luglio 2015, n. 18, e il vigente regolamento di contabilit\u00e0;",
]
for p in paras:
    y = para(y, p)

y -= 4
y = centered(y, "D E T E R M I N A", size=12)
y -= 2

points = [
    "di affidare, per le motivazioni esposte in premessa, alla ditta Coperture Tagliamento S.r.l. (P.IVA 02894310308) "
    "i lavori di manutenzione straordinaria della copertura della scuola primaria del capoluogo, per l'importo di "
    "euro 32.430,00 oltre IVA al 10%, per complessivi euro 35.673,00;",
    "di impegnare la spesa di euro 35.673,00 alla Missione 04, Programma 02, Titolo 2, cap. 2415/10 \"Manutenzione "
    "straordinaria edifici scolastici\" del bilancio 2026-2028, esercizio 2026;",
    "di dare atto che il contratto sar\u00e0 stipulato mediante corrispondenza secondo l'uso commerciale ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023 e che i lavori dovranno essere ultimati entro il 26/02/2027;",
    "di nominare responsabile unico del progetto il geom. Walter Cragno, istruttore tecnico dell'Area;",
    "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarit\u00e0 contabile "
    "attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.",
]
for i, p in enumerate(points, 1):
    if y < 90:
        y = new_page()
    c.setFont(BODY, SIZE)
    c.drawString(LM + 4, y, "%d." % i)
    y = para(y, p, indent=22)

y -= 14
if y < 150:
    y = new_page()
c.setFont("Times-Roman", 10.5)
c.drawString(LM, y, "Forgaria nel Friuli, 14/12/2026")
c.setFont("Times-Bold", 10.5)
c.drawCentredString(RM - 110, y, "IL RESPONSABILE DELL'AREA")
c.setFont("Times-Roman", 10.5)
c.drawCentredString(RM - 110, y - 14, "IL SINDACO")
c.drawCentredString(RM - 110, y - 28, "Pierluigi Molinaro")
c.setFont("Times-Italic", 8.5)
c.drawCentredString(RM - 110, y - 40, "(firmato digitalmente)")
y -= 70

c.setLineWidth(0.6)
c.rect(LM, y - 86, RM - LM, 92)
c.setFont("Helvetica-Bold", 9)
c.drawString(LM + 6, y - 8, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
c.setFont("Helvetica", 8.5)
vis = [
    "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarit\u00e0 contabile attestante la",
    "copertura finanziaria della spesa.",
    "Impegno n. 1187/2026 - cap. 2415/10 - euro 35.673,00",
]
yy = y - 22
for v in vis:
    c.drawString(LM + 6, yy, v)
    yy -= 11
c.drawString(LM + 6, yy - 12, "Forgaria nel Friuli, 15/12/2026")
c.drawCentredString(RM - 110, yy - 12, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA")
c.drawCentredString(RM - 110, yy - 24, "rag. Tiziana Ceconi")

c.showPage()
c.save()
assert page_no[0] == TOTAL_PAGES, page_no[0]
