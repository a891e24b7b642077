#!/usr/bin/env python3
"""Pagnacco, determinazione n. 487 of 21/11/2028 -- Insiel-style print.

ReportLab canvas, laid out line by line as a report engine does: each
justified line carries its own word spacing (Tw) and a little character
spacing (Tc); "D E T E R M I N A" is letter-spaced with Tc, not spaces;
the letterhead is a Form XObject drawn after the body; a running head with
the number stands on every page after the first.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = A4
LM, RM = 64, PW - 58
W = RM - LM
FONT, BOLD = "Helvetica", "Helvetica-Bold"

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 487 del 21/11/2028")
c.setAuthor("Comune di Pagnacco")
c.setCreator("Insiel ADWeb - Determinazioni")

# letterhead as a form, drawn after the body on page 1
c.beginForm("letterhead")
c.setFillColorRGB(0.13, 0.27, 0.52)
c.setStrokeColorRGB(0.78, 0.62, 0.16)
c.setLineWidth(1.2)
p = c.beginPath()
p.moveTo(64, 800); p.lineTo(100, 800); p.lineTo(100, 774)
p.curveTo(100, 758, 88, 750, 82, 747); p.curveTo(76, 750, 64, 758, 64, 774); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(0.78, 0.62, 0.16)
c.rect(74, 770, 16, 16, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setFont(BOLD, 16)
c.drawString(112, 785, "COMUNE DI PAGNACCO")
c.setFont(FONT, 9.5)
c.drawString(112, 771, "Provincia di Udine")
c.setFont(FONT, 7.5)
c.drawString(112, 760, "Piazza Matteotti, 1 \u2013 33010 Pagnacco (UD) \u2013 P.IVA 00465500307")
c.setStrokeColorRGB(0.13, 0.27, 0.52)
c.setLineWidth(1.4)
c.line(64, 740, PW - 58, 740)
c.endForm()

state = {"y": 0, "page": 1}

def new_page():
    if state["page"] == 1:
        c.doForm("letterhead")  # drawn after the body of page 1
    c.showPage()
    state["page"] += 1
    c.setFont(FONT, 7.5)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(LM, PH - 34, "COMUNE DI PAGNACCO \u2013 Determinazione n. 487 del 21/11/2028")
    c.drawRightString(RM, PH - 34, "pag. %d" % state["page"])
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    c.line(LM, PH - 38, RM, PH - 38)
    state["y"] = PH - 62

def need(h):
    if state["y"] - h < 60:
        new_page()

def justified(text, font=FONT, size=10.5, lead=14.5, x0=LM, x1=RM, first_indent=0, last_left=True):
    words = text.split()
    lines, cur = [], []
    for w in words:
        avail = x1 - x0 - (first_indent if not lines else 0)
        if cur and stringWidth(" ".join(cur + [w]), font, size) > avail:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        need(lead)
        s = " ".join(ln)
        xs = x0 + (first_indent if i == 0 else 0)
        t = c.beginText(xs, state["y"])
        t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            slack = (x1 - xs) - stringWidth(s, font, size)
            n = len(s)
            tc = min(0.25, slack * 0.25 / (n - 1))
            rest = slack - tc * (n - 1)
            tw = rest / (len(ln) - 1)
            t.setCharSpace(tc)
            t.setWordSpace(tw)
        t.textLine(s)
        c.saveState()
        c.drawText(t)
        c.restoreState()
        state["y"] -= lead

def centered(text, font=BOLD, size=11, lead=16, charspace=0):
    need(lead)
    w = stringWidth(text, font, size) + charspace * (len(text) - 1)
    t = c.beginText(LM + (W - w) / 2, state["y"])
    t.setFont(font, size)
    t.setCharSpace(charspace)
    t.textLine(text)
    c.saveState()
    c.drawText(t)
    c.restoreState()
    state["y"] -= lead

# ---------------- page 1 body ---------------------------------------------
state["y"] = 722
c.setFont(BOLD, 10)
c.drawString(LM, state["y"], "AREA TECNICA")
c.setFont(FONT, 9.5)
c.drawString(LM, state["y"] - 13, "Ufficio Manutenzioni e Patrimonio")
state["y"] -= 40
# number block in a ruled box
c.setLineWidth(0.7)
c.rect(LM, state["y"] - 30, W, 40, stroke=1, fill=0)
c.setFont(BOLD, 12)
c.drawCentredString(PW / 2, state["y"] - 6, "DETERMINAZIONE NR. 487 DEL 21/11/2028")
c.setFont(FONT, 9)
c.drawCentredString(PW / 2, state["y"] - 22, "Proposta nr. 512 del 17/11/2028")
state["y"] -= 56
SUBJECT = ("FORNITURA DI SALE ANTIGELO E GRANIGLIA PER IL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO "
           "ANTIGHIACCIO DELLE STRADE COMUNALI \u2013 STAGIONE INVERNALE 2028/2029. AFFIDAMENTO DIRETTO "
           "ALLA DITTA FRIULSALT S.R.L. E IMPEGNO DI SPESA. CIG B5C21D07A4.")
c.setFont(BOLD, 10.5)
c.drawString(LM, state["y"], "OGGETTO:")
justified(SUBJECT, BOLD, 10.5, 14, x0=LM + 58)
state["y"] -= 10
centered("IL RESPONSABILE DELL\u2019AREA TECNICA", BOLD, 11, 20)

prem = [
    "RICHIAMATO il decreto del Sindaco n. 2 del 03/01/2028, con il quale al sottoscritto è stato conferito "
    "l\u2019incarico di Elevata Qualificazione dell\u2019Area Tecnica fino al 31/12/2028;",
    "PREMESSO che il servizio di sgombero neve e trattamento antighiaccio delle strade comunali è svolto in "
    "economia dalla squadra operai del Comune, per il quale occorre disporre di una scorta di sale "
    "antigelo e di graniglia da stoccare presso il magazzino comunale di via Castellerio;",
    "CONSIDERATO che il fabbisogno per la stagione invernale 2028/2029 è stimato in 60 tonnellate di sale "
    "in sacchi da 25 kg e 20 tonnellate di graniglia, sulla base dei consumi medi delle ultime tre stagioni;",
    "VISTO l\u2019art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l\u2019affidamento "
    "diretto di forniture di importo inferiore a 140.000 euro;",
    "VISTA l\u2019offerta presentata sulla piattaforma eAppaltiFVG dalla ditta FRIULSALT S.R.L. di Pozzuolo del "
    "Friuli (UD), P.IVA 02519830306, per l\u2019importo di euro 8.960,00 oltre IVA al 22%, ritenuta congrua;",
    "ACCERTATA la regolarità contributiva della ditta (DURC prot. INAIL_48912554, scadenza 20/03/2029) e "
    "verificato il possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023;",
    "VISTI il D.Lgs. 267/2000, la L.R. 18/2015 e il vigente Regolamento comunale di contabilità;",
]
for ptxt in prem:
    justified(ptxt)
    state["y"] -= 3
state["y"] -= 4
centered("DETERMINA", BOLD, 11.5, 20, charspace=5.5)
pts = [
    "di affidare alla ditta FRIULSALT S.R.L. di Pozzuolo del Friuli (UD) la fornitura di 60 tonnellate di "
    "sale antigelo e 20 tonnellate di graniglia per la stagione invernale 2028/2029, per l\u2019importo di "
    "euro 8.960,00 oltre IVA al 22%, per complessivi euro 10.931,20;",
    "di impegnare la spesa di euro 10.931,20 al capitolo 2110/4 \u201cAcquisto beni per la viabilità\u201d del "
    "bilancio 2028-2030, esercizio 2028;",
    "di dare atto che la consegna avverrà entro il 05/12/2028 presso il magazzino comunale, con "
    "pagamento a 30 giorni dal ricevimento della fattura elettronica;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto e che non sussistono situazioni "
    "di conflitto di interessi ai sensi dell\u2019art. 16 del D.Lgs. 36/2023;",
    "di disporre la pubblicazione del presente atto all\u2019Albo on line e nella sezione \u201cAmministrazione "
    "trasparente\u201d del sito istituzionale.",
]
for i, ptxt in enumerate(pts, 1):
    need(15)
    c.setFont(FONT, 10.5)
    c.drawString(LM + 4, state["y"], "%d)" % i)
    justified(ptxt, x0=LM + 22)
    state["y"] -= 3

state["y"] -= 18
need(50)
c.setFont(FONT, 10)
c.drawString(LM, state["y"], "Pagnacco, 21/11/2028")
c.setFont(BOLD, 10)
c.drawCentredString(LM + W * 0.72, state["y"], "IL RESPONSABILE DELL\u2019AREA TECNICA")
c.setFont(FONT, 10)
c.drawCentredString(LM + W * 0.72, state["y"] - 14, "geom. Stefano Michelutti")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(LM + W * 0.72, state["y"] - 25, "(sottoscritto digitalmente ai sensi del D.Lgs. 82/2005)")
state["y"] -= 50
need(70)
c.setLineWidth(0.5)
c.line(LM, state["y"] + 8, RM, state["y"] + 8)
centered("VISTO DI REGOLARITÀ CONTABILE E ATTESTAZIONE DI COPERTURA FINANZIARIA", BOLD, 9, 14)
justified("Ai sensi dell\u2019art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
          "attestante la copertura finanziaria della spesa. Impegno n. 1411/2028. Pagnacco, 21/11/2028. "
          "La Responsabile dell\u2019Area Economico-Finanziaria, rag. Sonia Blasutti.", FONT, 9, 12)

if state["page"] == 1:
    c.doForm("letterhead")
c.showPage()
c.save()
