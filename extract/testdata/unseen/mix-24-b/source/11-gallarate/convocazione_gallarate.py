# Lettera di convocazione del Consiglio comunale, disegnata su canvas ReportLab
# (carta intestata, protocollo a sinistra, destinatari a destra, ordine del giorno numerato).
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY

for n, f in [('Cal', 'Carlito-Regular'), ('CalB', 'Carlito-Bold'), ('CalI', 'Carlito-Italic')]:
    pdfmetrics.registerFont(TTFont(n, '/usr/share/fonts/truetype/crosextra/%s.ttf' % f))
from reportlab.lib.fonts import addMapping
addMapping('Cal', 0, 0, 'Cal'); addMapping('Cal', 1, 0, 'CalB'); addMapping('Cal', 0, 1, 'CalI'); addMapping('Cal', 1, 1, 'CalB')
W, H = A4
c = canvas.Canvas('convocazione-gallarate.pdf', pagesize=A4)
c.setTitle('Convocazione Consiglio Comunale 23/03/2026'); c.setAuthor('Presidenza del Consiglio Comunale')
c.setCreator('Concilium – gestione sedute')

def letterhead(pg):
    c.setFillColorRGB(0.55, 0.08, 0.12); c.rect(20*mm, H-33*mm, 2.2*mm, 17*mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Cal', 7); c.drawString(25*mm, H-17*mm, '[stemma]')
    c.setFont('CalB', 17); c.drawString(25*mm, H-24*mm, 'CITTÀ DI GALLARATE')
    c.setFont('Cal', 9); c.drawString(25*mm, H-29*mm, 'Provincia di Varese')
    c.setFont('CalI', 9.5); c.drawString(25*mm, H-33*mm, 'Presidenza del Consiglio Comunale')
    c.setFont('Cal', 7.5)
    c.drawCentredString(W/2, 12*mm, 'Via Cavour, 2 – 21013 Gallarate (VA) – www.comune.gallarate.va.it')
    c.drawRightString(W-20*mm, 12*mm, 'pag. %d/2' % pg)

letterhead(1)
c.setFont('Cal', 10)
c.drawString(25*mm, H-46*mm, 'Prot. n. 18432/2026')
c.drawString(25*mm, H-51*mm, 'Cl. 2.3 – Fasc. 2026/4')
c.drawString(25*mm, H-59*mm, 'Gallarate, 13 marzo 2026')
y = H-46*mm
for line in ['Ai Signori Consiglieri Comunali', 'Al Signor Sindaco', '', 'e, p.c.', 'Al Segretario Generale', 'Ai Dirigenti di Settore', 'Al Collegio dei Revisori dei Conti', 'Alla Prefettura – U.T.G. di Varese']:
    c.drawString(120*mm, y, line); y -= 4.8*mm

st = ParagraphStyle('b', fontName='Cal', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
stb = ParagraphStyle('o', parent=st, fontName='CalB')
odg = ParagraphStyle('l', parent=st, leftIndent=18, firstLineIndent=-14, spaceAfter=3)
story = [
 Paragraph('OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria – lunedì 23 marzo 2026, ore 20:30.', stb),
 Paragraph('Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 11 e 12 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta <b>ordinaria</b>, in <b>prima convocazione</b>, del Consiglio Comunale, che si terrà nella Sala consiliare del Palazzo municipale, Via Cavour n. 2, il giorno', st),
 Paragraph('<b>lunedì 23 marzo 2026 alle ore 20:30</b>', ParagraphStyle('c', parent=st, alignment=1)),
 Paragraph('per la trattazione del seguente', st),
 Paragraph('<b>ORDINE DEL GIORNO</b>', ParagraphStyle('c2', parent=st, alignment=1)),
]
for i, s in enumerate([
 'Comunicazioni del Presidente del Consiglio e del Sindaco.',
 'Approvazione dei verbali delle sedute del 26 gennaio 2026 e del 16 febbraio 2026.',
 'Interrogazione presentata dal gruppo consiliare “Gallarate Civica” in merito alla manutenzione dei marciapiedi del quartiere Crenna (prot. n. 15207/2026).',
 'Ratifica della deliberazione della Giunta Comunale n. 38 del 03/03/2026 avente ad oggetto: “Variazione d’urgenza al bilancio di previsione 2026/2028 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000”.',
 'Approvazione del Regolamento comunale per l’assegnazione e la gestione degli orti urbani.',
 'Piano di alienazioni e valorizzazioni immobiliari 2026/2028 – integrazione.',
 'Mozione presentata dal gruppo consiliare “Insieme per Gallarate” sull’istituzione del controllo di vicinato (prot. n. 16011/2026).',
], 1):
    story.append(Paragraph('%d. %s' % (i, s), odg))
story += [
 Paragraph('La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio di Presidenza del Consiglio ed è consultabile dai Consiglieri, anche in formato digitale sulla piattaforma di gestione delle sedute, a decorrere dalla data di notifica della presente.', st),
 Paragraph('In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per martedì 24 marzo 2026 alle ore 20:30, nel medesimo luogo.', st),
 Paragraph('La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell’Ente.', st),
]
fr = Frame(25*mm, 20*mm, W-47*mm, H-108*mm, showBoundary=0, leftPadding=0, rightPadding=0)
rest = story[:]
fr.addFromList(rest, c)
c.showPage()
letterhead(2)
fr2 = Frame(25*mm, 20*mm, W-47*mm, H-62*mm, showBoundary=0, leftPadding=0, rightPadding=0)
rest += [Paragraph('Distinti saluti.', st)]
fr2.addFromList(rest, c)
c.setFont('Cal', 11)
c.drawCentredString(140*mm, H-130*mm, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE')
c.drawCentredString(140*mm, H-135*mm, 'Dott. Giovanni Castiglioni')
c.setFont('CalI', 8); c.drawCentredString(140*mm, H-140*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005')
c.save()
