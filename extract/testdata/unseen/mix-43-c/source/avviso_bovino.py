# Comune di Bovino - avviso pubblico n. 3/2026
# ReportLab, laid out like a DTP (QuarkXPress-style) notice of the SUAP office
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

C = '/usr/share/fonts/truetype/crosextra/'
for n, f in [('Car', 'Carlito-Regular'), ('Car-B', 'Carlito-Bold'), ('Car-I', 'Carlito-Italic'), ('Car-BI', 'Carlito-BoldItalic')]:
    pdfmetrics.registerFont(TTFont(n, C + f + '.ttf'))
registerFontFamily('Car', normal='Car', bold='Car-B', italic='Car-I', boldItalic='Car-BI')

out = sys.argv[1]
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 0
RED = colors.HexColor('#8c1d18'); GOLD = colors.HexColor('#c9a227')
W, H = A4

def deco(c, d):
    c.saveState()
    c.setFillColor(RED); c.rect(0, H - 26*mm, W, 26*mm, stroke=0, fill=1)
    c.setFillColor(GOLD); c.rect(0, H - 27.5*mm, W, 1.5*mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white); c.circle(24*mm, H - 13*mm, 8*mm, stroke=1, fill=0)
    c.setFont('Car', 6); c.drawCentredString(24*mm, H - 14*mm, 'STEMMA')
    c.setFont('Car-B', 20); c.drawString(38*mm, H - 13*mm, 'COMUNE DI BOVINO')
    c.setFont('Car', 10); c.drawString(38*mm, H - 19*mm, 'Provincia di Foggia  ·  Settore Attività Produttive e SUAP')
    c.setFont('Car-I', 8.5); c.drawRightString(W - 15*mm, H - 19*mm, 'Uno dei Borghi più belli d\'Italia')
    c.setFillColor(RED); c.rect(0, 0, W, 12*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Car', 7.5)
    c.drawString(15*mm, 5*mm, 'Avviso pubblico n. 3/2026  ·  Documento firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.drawRightString(W - 15*mm, 5*mm, '%d / %d' % (d.page, TOTAL))
    c.restoreState()

st = lambda **k: ParagraphStyle('x', **k)
body = st(fontName='Car', fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
art = st(fontName='Car-B', fontSize=11, leading=14, textColor=RED, spaceBefore=6, spaceAfter=2)
doc = BaseDocTemplate(out, pagesize=A4, title='Avviso pubblico n. 3/2026', author='Comune di Bovino - SUAP')
doc.addPageTemplates([PageTemplate('p', [Frame(18*mm, 18*mm, W - 36*mm, H - 52*mm)], onPage=deco)])
S = []
S.append(Paragraph('Prot. n. 1874 del 11/03/2026', st(fontName='Car', fontSize=9, alignment=2)))
S.append(Spacer(1, 4))
S.append(Paragraph('AVVISO PUBBLICO N. 3/2026', st(fontName='Car-B', fontSize=13, leading=16, textColor=GOLD, alignment=TA_CENTER)))
S.append(Spacer(1, 3))
S.append(Paragraph('CONTRIBUTI A FONDO PERDUTO PER LE MICRO E PICCOLE IMPRESE DEL CENTRO STORICO – ANNUALITÀ 2026', st(fontName='Car-B', fontSize=16, leading=19, textColor=RED, alignment=TA_CENTER)))
S.append(Spacer(1, 4))
S.append(Paragraph('(Fondo di sostegno ai comuni marginali – D.P.C.M. 30 settembre 2021)', st(fontName='Car-I', fontSize=10, alignment=TA_CENTER)))
S.append(Spacer(1, 8))
S.append(Paragraph('IL RESPONSABILE DEL SETTORE', st(fontName='Car-B', fontSize=11, alignment=TA_CENTER, spaceAfter=4)))
S.append(Paragraph("in esecuzione della deliberazione della Giunta Comunale n. 24 del 26/02/2026 e della propria determinazione n. 131 del 10/03/2026, con la quale è stato approvato lo schema del presente avviso,", body))
S.append(Paragraph('RENDE NOTO', st(fontName='Car-B', fontSize=11.5, alignment=TA_CENTER, spaceBefore=2, spaceAfter=4)))
S.append(Paragraph("che sono aperti i termini per la presentazione delle domande di contributo da parte delle micro e piccole imprese che svolgono o intendono avviare un'attività commerciale, artigianale o di servizi nel centro storico del Comune di Bovino, secondo le disposizioni che seguono.", body))
arts = [
 ('Art. 1 – Finalità e dotazione finanziaria', "Il presente avviso sostiene l'apertura, il trasferimento e l'ammodernamento di attività economiche nel centro storico, al fine di contrastare lo spopolamento. La dotazione complessiva è pari a € 60.000,00."),
 ('Art. 2 – Soggetti beneficiari', "Possono presentare domanda le micro e piccole imprese, come definite dalla Raccomandazione 2003/361/CE, iscritte al Registro delle imprese, con unità operativa ubicata o da ubicare nella perimetrazione del centro storico (zona A del vigente strumento urbanistico), in regola con gli obblighi contributivi e con i tributi comunali."),
 ('Art. 3 – Spese ammissibili', "Sono ammissibili le spese sostenute dal 1° gennaio 2026 per opere edili e impiantistiche sui locali, acquisto di arredi, attrezzature e macchinari, hardware e software, insegne conformi al piano del colore del centro storico. Non sono ammissibili le spese per l'acquisto di immobili e quelle sostenute a titolo di IVA recuperabile."),
 ('Art. 4 – Entità del contributo', "Il contributo è concesso nella misura del 70% delle spese ammissibili, fino a un massimo di € 5.000,00 per impresa, nel rispetto del regime de minimis di cui al Regolamento (UE) 2023/2831."),
 ('Art. 5 – Termini e modalità di presentazione', "La domanda, redatta sul modello allegato e sottoscritta dal legale rappresentante, deve pervenire entro le ore 12:00 del 30 aprile 2026 esclusivamente a mezzo PEC all'indirizzo istituzionale del Comune, indicando nell'oggetto «Avviso n. 3/2026 – Contributi centro storico»."),
 ('Art. 6 – Istruttoria e graduatoria', "Le domande sono esaminate da una commissione nominata dal Responsabile del Settore, che attribuisce i punteggi secondo i criteri della tabella allegata (nuova attività, giovani e donne imprenditrici, recupero di locali sfitti). La graduatoria è approvata con determinazione e pubblicata all'Albo Pretorio on line."),
 ('Art. 7 – Trattamento dei dati personali', "I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Bovino."),
 ('Art. 8 – Responsabile del procedimento e informazioni', "Responsabile del procedimento è la dott.ssa Angela Maria Tortorella, Ufficio SUAP, aperto al pubblico il martedì e il giovedì dalle 9:00 alle 12:00."),
]
for t, b in arts:
    S.append(KeepTogether([Paragraph(t, art), Paragraph(b, body)]))
S.append(Spacer(1, 8))
S.append(Paragraph('Bovino, 11/03/2026', body))
sig = Table([['', Paragraph('Il Responsabile del Settore<br/><b>Ing. Michele Russo</b><br/><font size="8"><i>firmato digitalmente</i></font>', st(fontName='Car', fontSize=10.5, leading=13, alignment=TA_CENTER))]], colWidths=[90*mm, 80*mm])
S.append(sig)
doc.build(S)
