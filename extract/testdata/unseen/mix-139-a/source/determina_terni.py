#!/usr/bin/env python3
"""Determinazione dirigenziale n. 112/2029 of the Direzione Ambiente, Comune di
Terni (J-Iride-like: number in a box under the structure, running foot),
drawn on a ReportLab canvas with justified lines (word spacing)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", F + "DejaVuSans-Bold.ttf"))
PW, PH = A4
L, R = 22 * mm, PW - 20 * mm
W = R - L
TOP, BOT = PH - 18 * mm, 24 * mm
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Determinazione dirigenziale n. 112 del 10/01/2029")
c.setAuthor("Comune di Terni - Direzione Ambiente")
c.setCreator("J-Iride Atti")
page = [1]
y = [TOP]


def foot():
    c.setFont("DV", 7)
    c.line(L, 16 * mm, R, 16 * mm)
    c.drawString(L, 12 * mm, "Comune di Terni – Direzione Ambiente – Determinazione dirigenziale n. 112 del 10/01/2029")
    c.drawRightString(R, 12 * mm, "pag. %d/2" % page[0])


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    y[0] = TOP


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    return lines


def para(text, font="DVS", size=9.6, lead=13, x=None, width=None, first=None, after=4, justify=True, bold_lead=None):
    x = L if x is None else x
    width = W if width is None else width
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        if y[0] < BOT:
            newpage()
        to = c.beginText(x, y[0])
        to.setFont(font, size)
        to.setWordSpace(0)
        if justify and i < len(lines) - 1 and ln.count(" "):
            to.setWordSpace((width - pdfmetrics.stringWidth(ln, font, size)) / ln.count(" "))
        if i == 0 and bold_lead and ln.startswith(bold_lead):
            to.setFont("DVS-B", size)
            to.textOut(bold_lead)
            to.setFont(font, size)
            ln = ln[len(bold_lead):]
            if justify and len(lines) > 1:
                rest = ln.count(" ")
                full = pdfmetrics.stringWidth(bold_lead, "DVS-B", size) + pdfmetrics.stringWidth(ln, font, size)
                to.setWordSpace((width - full) / max(rest, 1))
        to.textOut(ln)
        to.setWordSpace(0)
        c.drawText(to)
        y[0] -= lead
    y[0] -= after


# letterhead
c.setFont("DV-B", 18)
c.drawString(L, y[0], "COMUNE DI TERNI")
c.setFont("DV", 8)
c.drawRightString(R, y[0] + 4, "Piazza Ridolfi, 1")
c.drawRightString(R, y[0] - 6, "05100 Terni")
y[0] -= 8 * mm
c.setLineWidth(1.2)
c.line(L, y[0], R, y[0])
y[0] -= 7 * mm
c.setFont("DV-B", 11)
c.drawString(L, y[0], "DIREZIONE AMBIENTE")
y[0] -= 5 * mm
c.setFont("DV", 9.5)
c.drawString(L, y[0], "Ufficio Verde Pubblico e Parchi")
y[0] -= 9 * mm

# number box
bh = 15 * mm
c.setLineWidth(0.8)
c.rect(L, y[0] - bh + 5 * mm, W, bh)
c.setFont("DV-B", 11.5)
c.drawCentredString(L + W / 2, y[0], "DETERMINAZIONE DEL DIRIGENTE")
c.setFont("DV", 10.5)
c.drawCentredString(L + W / 2, y[0] - 6 * mm, "Numero 112 del 10/01/2029")
y[0] -= bh + 3 * mm

c.setFont("DV-B", 9.6)
c.drawString(L, y[0], "OGGETTO:")
para("SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEI PARCHI E GIARDINI CITTADINI - LOTTO 2. "
     "PROROGA TECNICA DEL CONTRATTO FINO AL 31/03/2029 AI SENSI DELL'ART. 120, COMMA 11, DEL D.LGS. 36/2023 "
     "- CIG B5E6A72C19.", font="DV-B", size=9.6, x=L + 21 * mm, width=W - 21 * mm, after=2, justify=False)
c.setLineWidth(0.5)
c.line(L, y[0], R, y[0])
y[0] -= 8 * mm

c.setFont("DV-B", 10.5)
c.drawCentredString(L + W / 2, y[0], "IL DIRIGENTE")
y[0] -= 7 * mm
for lead, txt in [
    ("Premesso", "Premesso che con determinazione dirigenziale n. 2874 del 21/10/2025 è stato aggiudicato alla "
     "società cooperativa Verde Conca Ternana, con sede in Narni, il servizio di manutenzione ordinaria del verde "
     "pubblico nei parchi e giardini cittadini – Lotto 2 (zona nord e Borgo Rivo), per la durata di tre anni con "
     "scadenza al 31/01/2029;"),
    ("Considerato", "Considerato che la procedura aperta per il nuovo affidamento del servizio, indetta con "
     "determinazione n. 3360 del 12/11/2028, è in corso di svolgimento e che la commissione giudicatrice ha "
     "concluso l'esame delle offerte tecniche, per cui si prevede l'aggiudicazione entro il mese di febbraio 2029;"),
    ("Ritenuto", "Ritenuto necessario, nelle more della conclusione della procedura, garantire la continuità del "
     "servizio, essenziale per la sicurezza e il decoro delle aree verdi, mediante la proroga tecnica del "
     "contratto in essere prevista dall'art. 4 del capitolato speciale d'appalto, ai sensi dell'art. 120, comma "
     "11, del D.Lgs. 31 marzo 2023, n. 36, agli stessi prezzi, patti e condizioni;"),
    ("Acquisita", "Acquisita la disponibilità dell'operatore economico con nota prot. n. 2715 del 08/01/2029 e "
     "verificato il permanere dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023;"),
    ("Dato", "Dato atto che la spesa per il periodo 01/02/2029 – 31/03/2029 ammonta ad euro 41.236,00 oltre IVA "
     "al 22%, per complessivi euro 50.307,92;"),
    ("Visti", "Visti il D.Lgs. 18 agosto 2000, n. 267, in particolare l'art. 107, lo Statuto comunale, il "
     "Regolamento sull'ordinamento degli uffici e dei servizi e il decreto sindacale di conferimento "
     "dell'incarico dirigenziale;"),
]:
    para(txt, bold_lead=lead)
y[0] -= 2 * mm
c.setFont("DV-B", 10.5)
c.drawCentredString(L + W / 2, y[0], "DETERMINA")
y[0] -= 7 * mm
for i, txt in enumerate([
    "di prorogare, per le motivazioni espresse in premessa, il contratto per il servizio di manutenzione "
    "ordinaria del verde pubblico nei parchi e giardini cittadini – Lotto 2 con la società cooperativa Verde "
    "Conca Ternana fino al 31/03/2029, agli stessi prezzi, patti e condizioni del contratto originario;",
    "di impegnare la spesa complessiva di euro 50.307,92 IVA compresa alla Missione 9, Programma 2, capitolo "
    "1572 del bilancio di previsione 2029-2031, esercizio 2029;",
    "di dare atto che il CIG B5E6A72C19 resta invariato e che il Responsabile unico del progetto è l'agr. "
    "Matteo Rossetti, funzionario dell'Ufficio Verde Pubblico e Parchi;",
    "di dare atto che la proroga cesserà anticipatamente in caso di stipula del nuovo contratto prima del "
    "31/03/2029;",
    "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione "
    "«Amministrazione trasparente – Bandi di gara e contratti» ai sensi del D.Lgs. 33/2013.",
], 1):
    c.setFont("DVS-B", 9.6)
    if y[0] < BOT:
        newpage()
    c.drawString(L, y[0], "%d." % i)
    para(txt, x=L + 7 * mm, width=W - 7 * mm)

y[0] -= 6 * mm
if y[0] < BOT + 30 * mm:
    newpage()
c.setFont("DVS", 9.6)
c.drawString(L, y[0], "Terni, 10/01/2029")
c.setFont("DV-B", 9.6)
c.drawCentredString(R - 38 * mm, y[0], "IL DIRIGENTE")
c.setFont("DVS", 9.6)
c.drawCentredString(R - 38 * mm, y[0] - 5 * mm, "dott. ing. Federico Galletti")
c.setFont("DV", 7)
c.drawCentredString(R - 38 * mm, y[0] - 9 * mm, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
y[0] -= 22 * mm
c.setLineWidth(0.4)
c.line(L, y[0] + 4 * mm, R, y[0] + 4 * mm)
c.setFont("DV-B", 8.5)
c.drawString(L, y[0] - 1 * mm, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 183, c. 7, TUEL)")
y[0] -= 6 * mm
para("Impegno n. 318/2029 – Missione 9, Programma 2, Cap. 1572 – euro 50.307,92. Terni, 10/01/2029. "
     "Il Dirigente della Direzione Attività Finanziarie dott.ssa Laura Pierini.", font="DV", size=8.2, lead=11)
foot()
c.showPage()
c.save()
