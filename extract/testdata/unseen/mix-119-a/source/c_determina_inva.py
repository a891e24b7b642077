#!/usr/bin/env python3
"""Saint-Rhémy-en-Bosses - determinazione n. 112/2027 of the Area tecnica.
ReportLab canvas: the bilingual letterhead is one Form XObject reused on every
page (beginForm/doForm), the headings letter-spaced with Tc (charSpace), the
body justified line by line with Tw (wordSpace), a running head with the
number from page 2 and a numbered foot."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-saintrhemyenbosses-inva.pdf"
W, H = A4
LM, RM = 62.0, 56.0
TW = W - LM - RM

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 112 del 06/07/2027")
c.setAuthor("Area tecnica")
c.setCreator("INVA Atti - Determinazioni")

# letterhead as a form
c.beginForm("letterhead", lowerx=0, lowery=0, upperx=W, uppery=110)
c.setStrokeColorRGB(0.15, 0.3, 0.55)
c.setLineWidth(1.2)
c.line(LM + 10, 30, LM + 10, 82)
c.line(LM + 10, 82, LM + 70, 82)
c.line(LM + 70, 82, LM + 70, 30)
c.setFillColorRGB(0.85, 0.9, 0.97)
pth = c.beginPath()
pth.moveTo(LM + 12, 32)
pth.lineTo(LM + 40, 70)
pth.lineTo(LM + 68, 32)
pth.close()
c.drawPath(pth, stroke=0, fill=1)
c.setFillColorRGB(0.6, 0, 0)
c.rect(LM + 36, 56, 8, 18, stroke=0, fill=1)
c.rect(LM + 31, 61, 18, 7, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 15)
c.drawString(LM + 98, 72, "COMUNE DI SAINT-RHÉMY-EN-BOSSES")
c.setFont("Helvetica-Oblique", 11)
c.drawString(LM + 98, 56, "COMMUNE DE SAINT-RHÉMY-EN-BOSSES")
c.setFont("Helvetica", 8.5)
c.drawString(LM + 98, 41, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste")
c.setFont("Helvetica", 8)
c.drawString(LM + 98, 30, "Hameau de Saint-Léonard, 1 - 11010 Saint-Rhémy-en-Bosses (AO) - tel. 0165 780821")
c.setStrokeColorRGB(0.15, 0.3, 0.55)
c.setLineWidth(1.5)
c.line(LM, 14, W - RM, 14)
c.endForm()

state = {"y": 0, "page": 1}
PAGES_TOTAL = 2


def start_page():
    if state["page"] > 1:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(LM, H - 44, "Comune di Saint-Rhémy-en-Bosses - Determinazione n. 112 del 06/07/2027")
        c.drawRightString(W - RM, H - 44, "Area tecnica")
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(0, 0, 0)
        c.line(LM, H - 48, W - RM, H - 48)
        state["y"] = H - 72
    c.setFont("Helvetica-Oblique", 8)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    c.line(LM, 52, W - RM, 52)
    c.drawString(LM, 40, "Documento sottoscritto con firma digitale - D.Lgs. 7 marzo 2005, n. 82")
    c.drawRightString(W - RM, 40, "pag. %d/%d" % (state["page"], PAGES_TOTAL))


def end_page():
    # the letterhead form is painted last, after the body of page 1
    if state["page"] == 1:
        c.saveState()
        c.translate(0, H - 118)
        c.doForm("letterhead")
        c.restoreState()


def new_page():
    end_page()
    c.showPage()
    state["page"] += 1
    start_page()


def need(h):
    if state["y"] - h < 70:
        new_page()


def spaced(text, y, font="Helvetica-Bold", size=11, cs=3.0):
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    c.setFont(font, size)
    c.drawString(LM + (TW - w) / 2, y, text, charSpace=cs)


def para(text, font="Helvetica", size=10, lead=13.2, indent=0.0, after=4.0, first=None):
    maxw = TW - indent
    words, lines, cur = text.split(), [], []
    for wd in words:
        t = " ".join(cur + [wd])
        if cur and stringWidth(t, font, size) > maxw:
            lines.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        need(lead)
        if i == 0 and first:
            c.setFont("Helvetica", size)
            c.drawString(LM + indent - 16, state["y"], first)
        t = " ".join(ln)
        ws = 0.0
        if i < len(lines) - 1 and len(ln) > 1:
            ws = (maxw - stringWidth(t, font, size)) / (len(ln) - 1)
        c.setFont(font, size)
        c.drawString(LM + indent, state["y"], t, wordSpace=ws)
        state["y"] -= lead
    state["y"] -= after


start_page()
state["y"] = H - 128
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, state["y"], "AREA TECNICA")
state["y"] -= 13
c.setFont("Helvetica-Oblique", 9)
c.drawCentredString(W / 2, state["y"], "Secteur technique")
state["y"] -= 13
c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, state["y"], "Ufficio Lavori pubblici e Patrimonio")
state["y"] -= 26
spaced("DETERMINAZIONE", state["y"], size=13, cs=4)
state["y"] -= 14
c.setFont("Helvetica-Oblique", 9)
c.drawCentredString(W / 2, state["y"], "Acte du responsable du secteur")
state["y"] -= 24
c.setLineWidth(0.8)
c.rect(LM, state["y"] - 7, TW, 23)
c.setFont("Helvetica-Bold", 12)
c.drawString(LM + 10, state["y"], "N. 112")
c.drawString(LM + 150, state["y"], "del 06/07/2027")
c.setFont("Helvetica", 9)
c.drawRightString(W - RM - 8, state["y"], "Prot. n. 2398")
state["y"] -= 30
subj = ("AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE DALLE STRADE E DAI PIAZZALI COMUNALI PER LE STAGIONI "
        "INVERNALI 2027/2028 E 2028/2029 - DETERMINA A CONTRARRE E APPROVAZIONE DEGLI ATTI DI GARA. "
        "CIG B6D93E0A47.")
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, state["y"], "OGGETTO:")
y_save = state["y"]
para(subj, font="Helvetica-Bold", size=10.5, lead=13.5, indent=62, after=4)
c.setLineWidth(0.5)
c.line(LM, state["y"] + 4, W - RM, state["y"] + 4)
state["y"] -= 12

spaced("IL RESPONSABILE DELL'AREA TECNICA", state["y"], size=10.5, cs=1.6)
state["y"] -= 18
for t in [
    "Richiamato il decreto del Sindaco n. 1 del 08/01/2027, con il quale la sottoscritta è stata nominata "
    "Responsabile dell'Area tecnica, ai sensi dell'art. 46 della L.R. 23 ottobre 1995, n. 45;",
    "Richiamata la deliberazione del Consiglio comunale n. 4 del 26/02/2027, di approvazione del Documento "
    "unico di programmazione e del bilancio di previsione 2027/2029;",
    "Considerato che il contratto per il servizio di sgombero neve scade il 30/09/2027 e che occorre "
    "provvedere al nuovo affidamento per le stagioni invernali 2027/2028 e 2028/2029, in tempo utile per "
    "l'avvio del servizio dal 15 ottobre 2027;",
    "Dato atto che il servizio comprende lo sgombero neve e lo spargimento di materiale antigelo sulle strade "
    "comunali delle frazioni Saint-Léonard, Saint-Rhémy, Cerisey, Ronc e Cuchepache e sui piazzali comunali, "
    "per un importo stimato di euro 118.000,00 oltre IVA per il biennio;",
    "Visto l'art. 50, comma 1, lett. e), del D.Lgs. 31 marzo 2023, n. 36, che consente la procedura negoziata "
    "senza bando, previa consultazione di almeno cinque operatori economici, per i servizi di importo pari o "
    "superiore a 140.000 euro e inferiore alle soglie europee, e ritenuto comunque opportuno, pur essendo "
    "l'importo inferiore, procedere mediante consultazione di più operatori sulla piattaforma telematica "
    "regionale, a garanzia della concorrenza;",
    "Visti il capitolato speciale d'appalto, lo schema di lettera di invito e il modello di offerta economica "
    "predisposti dall'Ufficio Lavori pubblici e Patrimonio;",
]:
    para(t)
need(40)
state["y"] -= 4
spaced("DETERMINA", state["y"], size=11, cs=3.5)
state["y"] -= 18
pts = [
    "di avviare la procedura per l'affidamento del servizio di sgombero neve dalle strade e dai piazzali "
    "comunali per le stagioni invernali 2027/2028 e 2028/2029, mediante consultazione di almeno tre operatori "
    "economici sulla piattaforma telematica regionale, con il criterio del minor prezzo;",
    "di approvare il capitolato speciale d'appalto, lo schema di lettera di invito e il modello di offerta "
    "economica, depositati agli atti dell'Ufficio;",
    "di stabilire che l'importo a base di gara è pari a euro 118.000,00 oltre IVA, di cui euro 2.400,00 per "
    "oneri della sicurezza non soggetti a ribasso;",
    "di prenotare la spesa complessiva di euro 143.960,00 al capitolo 10560 del bilancio di previsione "
    "2027/2029, per euro 28.792,00 sull'esercizio 2027, per euro 71.980,00 sull'esercizio 2028 e per euro "
    "43.188,00 sull'esercizio 2029;",
    "di dare atto che il Responsabile unico del progetto è il geom. Davide Chenal e che la presente "
    "determinazione è pubblicata all'Albo pretorio on line per quindici giorni consecutivi.",
]
for i, t in enumerate(pts, 1):
    para(t, indent=22, first="%d." % i)

need(110)
state["y"] -= 8
c.setFont("Helvetica", 10)
c.drawString(LM, state["y"], "Saint-Rhémy-en-Bosses, 06/07/2027")
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(LM + 330, state["y"], "IL RESPONSABILE DELL'AREA TECNICA")
state["y"] -= 14
c.setFont("Helvetica", 10)
c.drawCentredString(LM + 330, state["y"], "ing. Elena Ronc")
state["y"] -= 30
c.setLineWidth(0.6)
c.rect(LM, state["y"] - 46, TW, 56)
c.setFont("Helvetica-Bold", 9)
c.drawString(LM + 6, state["y"], "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
c.setFont("Helvetica", 9)
c.drawString(LM + 6, state["y"] - 13, "Prenotazione di impegno n. 214/2027 - capitolo 10560.")
c.drawString(LM + 6, state["y"] - 26, "Saint-Rhémy-en-Bosses, 06/07/2027")
c.drawString(LM + 250, state["y"] - 26, "Il Responsabile del Servizio finanziario")
c.drawString(LM + 250, state["y"] - 38, "dott.ssa Sabrina Créton")
end_page()
c.showPage()
c.save()
