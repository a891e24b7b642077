#!/usr/bin/env python3
"""Comune di Mirano - avviso pubblico del Settore Servizi alla Persona, 15/10/2026.

ReportLab canvas, drawn line by line as a report engine does: the Civilia-like
letterhead, a letter-spaced title (Tc character spacing), body lines justified
with word spacing (Tw), and the protocol stamp rotated up the left margin.
Usage: mirano_avviso_reportlab.py OUT.pdf
"""
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = sys.argv[1]
W, H = A4
BLUE = HexColor("#1D4F91")
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso pubblico contributi canoni di locazione 2026")
c.setAuthor("Comune di Mirano")
c.setCreator("Civilia Next - Modulistica")
LM, RM = 22 * mm, W - 20 * mm


def letterhead():
    c.setFillColor(BLUE)
    c.rect(LM, H - 32 * mm, 14 * mm, 17 * mm, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 19)
    c.drawString(LM + 18 * mm, H - 23 * mm, "COMUNE DI MIRANO")
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont("Helvetica", 9.5)
    c.drawString(LM + 18 * mm, H - 29 * mm, "Città Metropolitana di Venezia")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(RM, H - 21 * mm, "Settore Servizi alla Persona")
    c.drawRightString(RM, H - 25 * mm, "Servizio Politiche Sociali e Abitative")
    c.drawRightString(RM, H - 29 * mm, "30035 Mirano (VE)")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.6)
    c.line(LM, H - 34 * mm, RM, H - 34 * mm)
    c.setFillColorRGB(0, 0, 0)


def stamp(page):
    # protocol stamp, rotated 90 degrees, up the left margin
    c.saveState()
    c.translate(12 * mm, 95 * mm)
    c.rotate(90)
    c.setStrokeColor(HexColor("#8B1A1A"))
    c.setFillColor(HexColor("#8B1A1A"))
    c.setLineWidth(0.8)
    c.roundRect(0, -3 * mm, 92 * mm, 10 * mm, 2 * mm, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(3 * mm, 3.2 * mm, "COMUNE DI MIRANO - Protocollo generale")
    c.setFont("Helvetica", 7.5)
    c.drawString(3 * mm, -0.6 * mm, "Prot. N. 0041872 del 15/10/2026 - Partenza - Cl. 7.12")
    c.restoreState()


def justify(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    return lines


y = 0


def para(text, font="Helvetica", size=10, lead=13.4, indent=0, gap=4, first=None):
    """Justified paragraph: one text object per line, word spacing set by Tw."""
    global y
    width = RM - LM - indent
    lines = justify(text, font, size, width)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        t = c.beginText(LM + indent, y)
        t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            extra = (width - stringWidth(s, font, size)) / (len(ln) - 1)
            t.setWordSpace(extra)
        t.textOut(s)
        t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    y -= gap


def centred_spaced(text, font, size, spacing, yy):
    w = stringWidth(text, font, size) + spacing * (len(text) - 1)
    t = c.beginText((W - w) / 2, yy)
    t.setFont(font, size)
    t.setCharSpace(spacing)
    t.textOut(text)
    t.setCharSpace(0)  # Tc is graphics state: reset it before the next text object
    c.drawText(t)


letterhead()
stamp(1)
y = H - 48 * mm
centred_spaced("AVVISO PUBBLICO", "Helvetica-Bold", 16, 1.3, y)
y -= 8 * mm
c.setFont("Helvetica-Bold", 11)
for ln in ["PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO",
           "DEI CANONI DI LOCAZIONE - ANNO 2026"]:
    c.drawCentredString(W / 2, y, ln)
    y -= 5.4 * mm
y -= 4 * mm

para("In esecuzione della deliberazione della Giunta Comunale n. 138 del 24/09/2026 e della determinazione "
     "del Settore Servizi alla Persona n. 861 del 08/10/2026, il Comune di Mirano intende erogare contributi "
     "economici a sostegno dei nuclei familiari residenti in locazione che si trovano in difficoltà nel "
     "pagamento del canone, nei limiti dello stanziamento di bilancio di euro 120.000,00.")
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, y, "1. REQUISITI PER LA PARTECIPAZIONE")
y -= 5.6 * mm
for r in [
    "a) residenza anagrafica nel Comune di Mirano alla data di pubblicazione del presente avviso;",
    "b) titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, relativo ad un "
    "alloggio non di edilizia residenziale pubblica e non appartenente alle categorie catastali A1, A8 e A9;",
    "c) attestazione ISEE ordinario o corrente in corso di validità non superiore a euro 20.000,00;",
    "d) incidenza del canone annuo, al netto degli oneri accessori, sul valore ISEE superiore al 24%;",
    "e) assenza di titolarità, in capo ai componenti del nucleo, di diritti di proprietà su alloggi adeguati "
    "nel territorio della Città Metropolitana di Venezia.",
]:
    para(r, indent=5 * mm, gap=1.5)
y -= 2
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, y, "2. ENTITÀ DEL CONTRIBUTO")
y -= 5.6 * mm
para("Il contributo è pari al 30% del canone annuo effettivamente corrisposto per l'anno 2026, fino ad un "
     "massimo di euro 2.000,00 per nucleo familiare, ed è ridotto proporzionalmente qualora le domande "
     "ammissibili eccedano lo stanziamento disponibile. La graduatoria è formata secondo il valore ISEE "
     "crescente.")
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, y, "3. MODALITÀ E TERMINI DI PRESENTAZIONE DELLE DOMANDE")
y -= 5.6 * mm
para("La domanda, redatta esclusivamente sul modulo disponibile presso lo Sportello Sociale e sul sito "
     "istituzionale dell'Ente, deve pervenire entro le ore 12:00 del giorno 30 ottobre 2026 mediante "
     "consegna all'Ufficio Protocollo, invio a mezzo PEC oppure tramite il portale dei servizi on line del "
     "Comune. Alla domanda vanno allegati copia del contratto di locazione, le ricevute di pagamento dei "
     "canoni 2026 e copia del documento d'identità del richiedente.")
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, y, "4. INFORMAZIONI E TRATTAMENTO DEI DATI")
y -= 5.6 * mm
para("Responsabile del procedimento è la dott.ssa Giorgia Bellato, Servizio Politiche Sociali e Abitative, "
     "presso lo Sportello Sociale, nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:30. I dati personali "
     "sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente "
     "avviso, secondo l'informativa pubblicata sul sito istituzionale.")

y -= 3 * mm
c.setFont("Helvetica", 10)
c.drawString(LM, y, "Mirano, 15/10/2026")
y -= 12 * mm
x0 = W - 20 * mm - 70 * mm
c.drawCentredString(x0 + 35 * mm, y, "IL DIRIGENTE DEL SETTORE SERVIZI ALLA PERSONA")
y -= 5 * mm
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(x0 + 35 * mm, y, "dott.ssa Sabrina Pesce")
y -= 4.5 * mm
c.setFont("Helvetica-Oblique", 8)
c.drawCentredString(x0 + 35 * mm, y, "documento firmato digitalmente")

c.setFont("Helvetica", 7)
c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawString(LM, 12 * mm, "Comune di Mirano - Settore Servizi alla Persona - Avviso contributi locazione 2026")
c.drawRightString(RM, 12 * mm, "Pag. 1 di 1")
c.showPage()
c.save()
