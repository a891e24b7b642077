#!/usr/bin/env python3
"""Comune di Lastra a Signa - avviso pubblico n. 7/2026, two-column body.
The letterhead is a picture (coat of arms and the name drawn into a PNG made with
PIL) with a text caption under it; reportlab platypus, Caladea/Carlito embedded."""
import sys, os, tempfile
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "avviso-lastraasigna-civilia.pdf"
FD = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Caladea", FD + "Caladea-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Caladea-Bold", FD + "Caladea-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Caladea-Italic", FD + "Caladea-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Carlito", FD + "Carlito-Regular.ttf"))
pdfmetrics.registerFontFamily("Caladea", normal="Caladea", bold="Caladea-Bold", italic="Caladea-Italic", boldItalic="Caladea-Bold")

# letterhead picture
tmpd = tempfile.mkdtemp(); png = os.path.join(tmpd, "intestazione.png")
im = Image.new("RGB", (1800, 260), "white"); d = ImageDraw.Draw(im)
d.polygon([(40, 20), (200, 20), (200, 150), (120, 240), (40, 150)], fill=(180, 30, 40), outline=(60, 60, 60))
d.rectangle([95, 60, 145, 180], fill=(240, 220, 120))
f1 = ImageFont.truetype(FD + "Caladea-Bold.ttf", 96); f2 = ImageFont.truetype(FD + "Caladea-Italic.ttf", 44)
d.text((250, 40), "Comune di Lastra a Signa", font=f1, fill=(120, 20, 30))
d.text((254, 160), "Città Metropolitana di Firenze", font=f2, fill=(60, 60, 60))
im.save(png)

W, H = A4
LM, RM, TOP, BOT = 18 * mm, 18 * mm, 14 * mm, 18 * mm
gap = 7 * mm
colw = (W - LM - RM - gap) / 2
head_h = 42 * mm   # letterhead area
title_h = 46 * mm

def first_page(c, doc):
    c.drawImage(png, LM, H - TOP - 26 * mm, width=180 * mm, height=26 * mm)
    c.setFont("Carlito", 8.5); c.setFillColorRGB(0.25, 0.25, 0.25)
    c.drawString(LM, H - TOP - 31 * mm, "Settore 3 – Servizi alla Persona – U.O. Sport e Associazionismo – Piazza del Comune, 17 – 50055 Lastra a Signa (FI)")
    c.setStrokeColorRGB(0.47, 0.08, 0.12); c.setLineWidth(1); c.line(LM, H - TOP - 34 * mm, W - RM, H - TOP - 34 * mm)
    foot(c, doc)

def later(c, doc):
    c.setFont("Carlito", 8); c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(LM, H - 12 * mm, "Comune di Lastra a Signa – Avviso pubblico n. 7/2026 – Contributi ordinari associazioni sportive")
    c.setLineWidth(0.4); c.line(LM, H - 13.5 * mm, W - RM, H - 13.5 * mm)
    foot(c, doc)

def foot(c, doc):
    c.setFont("Carlito", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(LM, 10 * mm, "Comune di Lastra a Signa – C.F. 01158570489 – PEC comune.lastraasigna@postacert.toscana.it")
    c.drawRightString(W - RM, 10 * mm, "pagina %d" % doc.page)
    c.setLineWidth(0.4); c.line(LM, 13 * mm, W - RM, 13 * mm)

ytitle_top = H - TOP - head_h
f_title = Frame(LM, ytitle_top - title_h, W - LM - RM, title_h, id="title", showBoundary=0)
colH1 = ytitle_top - title_h - BOT
f_l1 = Frame(LM, BOT, colw, colH1, id="l1"); f_r1 = Frame(LM + colw + gap, BOT, colw, colH1, id="r1")
colH2 = H - 18 * mm - BOT
f_l2 = Frame(LM, BOT, colw, colH2, id="l2"); f_r2 = Frame(LM + colw + gap, BOT, colw, colH2, id="r2")

doc = BaseDocTemplate(out, pagesize=A4, title="Avviso pubblico n. 7/2026", author="Comune di Lastra a Signa",
                      creator="Civilia Next - Atti", leftMargin=LM, rightMargin=RM, topMargin=TOP, bottomMargin=BOT)
doc.addPageTemplates([PageTemplate("first", [f_title, f_l1, f_r1], onPage=first_page),
                      PageTemplate("later", [f_l2, f_r2], onPage=later)])

T1 = ParagraphStyle("t1", fontName="Caladea-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=3)
T2 = ParagraphStyle("t2", fontName="Caladea-Bold", fontSize=11.5, leading=14.5, alignment=TA_CENTER, spaceAfter=4)
T3 = ParagraphStyle("t3", fontName="Caladea-Italic", fontSize=9.5, leading=12, alignment=TA_CENTER)
B = ParagraphStyle("b", fontName="Caladea", fontSize=9.6, leading=12.4, alignment=TA_JUSTIFY, spaceAfter=4)
A = ParagraphStyle("a", fontName="Caladea-Bold", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2, textColor="#781420")

story = [Paragraph("AVVISO PUBBLICO N. 7/2026", T1),
         Paragraph("PER LA CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – ANNO 2026", T2),
         Paragraph("(approvato con determinazione del Responsabile del Settore 3 n. 402 del 08/05/2026)", T3),
         FrameBreak(), NextPageTemplate("later")]
arts = [
 ("Art. 1 – Oggetto e finalità", ["Il Comune di Lastra a Signa, in attuazione del Regolamento comunale per la concessione di contributi e benefici economici approvato con deliberazione del Consiglio Comunale n. 18 del 29/04/2021, intende sostenere l’attività sportiva di base svolta sul territorio comunale dalle associazioni e società sportive dilettantistiche, con particolare riguardo alle attività rivolte ai minori, alle persone con disabilità e alla popolazione anziana."]),
 ("Art. 2 – Soggetti beneficiari", ["Possono presentare domanda le associazioni e società sportive dilettantistiche iscritte al Registro Nazionale delle Attività Sportive Dilettantistiche (RASD), con sede legale od operativa nel Comune di Lastra a Signa, che svolgano attività continuativa sul territorio comunale da almeno un anno alla data di pubblicazione del presente avviso.",
                                   "Non possono beneficiare del contributo i soggetti che abbiano pendenze debitorie nei confronti del Comune non regolarizzate alla data di scadenza dell’avviso."]),
 ("Art. 3 – Risorse disponibili", ["Le risorse complessivamente destinate al presente avviso ammontano a euro 45.000,00, stanziate al capitolo 6320 del bilancio di previsione 2026/2028, esercizio 2026. Il contributo concesso a ciascun soggetto non potrà superare l’importo di euro 4.000,00 né il 50% del disavanzo risultante dal rendiconto dell’attività."]),
 ("Art. 4 – Criteri di valutazione", ["Le domande saranno valutate da una commissione nominata dal Responsabile del Settore 3 sulla base dei seguenti criteri: a) numero di tesserati residenti, fino a 30 punti; b) attività rivolte a minori e a persone con disabilità, fino a 30 punti; c) tariffe agevolate e iniziative gratuite, fino a 20 punti; d) collaborazione con le scuole e con altre associazioni del territorio, fino a 20 punti."]),
 ("Art. 5 – Modalità e termini di presentazione", ["La domanda, redatta sul modulo allegato al presente avviso (Allegato 1) e sottoscritta dal legale rappresentante, dovrà pervenire entro e non oltre le ore 12:00 del giorno 12/06/2026 esclusivamente a mezzo PEC all’indirizzo comune.lastraasigna@postacert.toscana.it, indicando nell’oggetto “Avviso contributi sport 2026”.",
                                                   "Alla domanda devono essere allegati: la relazione sull’attività svolta nell’anno 2025, il programma dell’attività 2026 con il relativo bilancio preventivo, copia del documento di identità del legale rappresentante."]),
 ("Art. 6 – Istruttoria e graduatoria", ["L’istruttoria delle domande è svolta dalla U.O. Sport e Associazionismo. La graduatoria sarà approvata con determinazione del Responsabile del Settore 3 e pubblicata all’Albo Pretorio on line e nella sezione “Amministrazione trasparente” del sito istituzionale. La pubblicazione ha valore di notifica a tutti gli effetti."]),
 ("Art. 7 – Trattamento dei dati personali", ["I dati personali forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse al presente procedimento. Titolare del trattamento è il Comune di Lastra a Signa."]),
 ("Art. 8 – Responsabile del procedimento e informazioni", ["Responsabile del procedimento è il dott. Gabriele Pieraccini, U.O. Sport e Associazionismo (tel. 055 8743218, e-mail sport@comune.lastra-a-signa.fi.it). Il presente avviso è pubblicato all’Albo Pretorio on line per trenta giorni consecutivi."]),
]
for title, ps in arts:
    story.append(Paragraph(title, A))
    for p in ps: story.append(Paragraph(p, B))
story += [Spacer(1, 8), Paragraph("Lastra a Signa, 12/05/2026", B), Spacer(1, 6),
          Paragraph("La Responsabile del Settore 3<br/>Servizi alla Persona<br/><b>Dott.ssa Sara Nencioni</b><br/><font size=8>(firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>",
                    ParagraphStyle("s", parent=B, alignment=TA_CENTER))]
doc.build(story)
os.remove(png); os.rmdir(tmpd)
