# Unnumbered notice of the Ente Parco Regionale della Maremma, set in two columns under a full-width head.
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
reg()
W, H = A4
S = ParagraphStyle('s', fontName='LSans', fontSize=9.5, leading=12.6, alignment=4, spaceAfter=5)
SB = ParagraphStyle('b', parent=S, fontName='LSans-B', alignment=0, spaceBefore=4, spaceAfter=2, keepWithNext=1, textColor=colors.HexColor('#2f5d2a'))
ST = ParagraphStyle('t', parent=S, fontName='LSans-B', fontSize=16, leading=19, alignment=1, textColor=colors.HexColor('#2f5d2a'))
SS = ParagraphStyle('ss', parent=S, fontName='LSans-B', fontSize=11.5, leading=14.5, alignment=1)
def onpage(c, d):
    c.setFillColor(colors.HexColor('#2f5d2a')); c.rect(0, H - 30*mm, W, 30*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('LSans-B', 17); c.drawString(20*mm, H - 15*mm, 'Ente Parco Regionale della Maremma')
    c.setFont('LSans', 9.5); c.drawString(20*mm, H - 21*mm, 'Area Conservazione e Gestione del Territorio')
    c.setFont('LSans', 7.5); c.drawString(20*mm, H - 26*mm, 'Via del Bersagliere 7/9 – 58100 Alberese (GR) – www.parco-maremma.it')
    c.setFillColor(colors.black); c.setFont('LSans', 7)
    c.drawCentredString(W/2, 10*mm, 'Ente Parco Regionale della Maremma – Albo on line – pag. %d' % d.page)
head = Frame(18*mm, H - 78*mm, W - 36*mm, 45*mm, id='head')
colw = (W - 36*mm - 8*mm) / 2
ch = 106*mm
c1 = Frame(18*mm, H - 80*mm - ch, colw, ch, id='c1'); c2 = Frame(18*mm + colw + 8*mm, H - 80*mm - ch, colw, ch, id='c2')
foot = Frame(18*mm, 18*mm, W - 36*mm, H - 100*mm - ch, id='foot')
story = [Paragraph('AVVISO', ST), Spacer(1, 2*mm),
         Paragraph('Chiusura temporanea dell’itinerario A7 “Cala di Forno” per lavori di ripristino della sentieristica', SS),
         Spacer(1, 3*mm),
         Paragraph('Alberese, 16 marzo 2026', ParagraphStyle('d', parent=S, alignment=2)), FrameBreak()]
txt = [
 ('', 'Si informano i visitatori, le guide ambientali escursionistiche e gli operatori turistici che, per consentire i lavori di ripristino del fondo e delle staccionate danneggiati dalle mareggiate dello scorso inverno, l’itinerario A7 “Cala di Forno” rimarrà chiuso al pubblico.'),
 ('Periodo di chiusura', 'Da lunedì 23 marzo 2026 a venerdì 17 aprile 2026, tutti i giorni, compresi i festivi. La riapertura potrà essere anticipata in caso di conclusione anticipata dei lavori e sarà comunicata sul sito istituzionale dell’Ente.'),
 ('Itinerari alternativi', 'Restano regolarmente aperti gli itinerari A1 “San Rabano”, A2 “Le Torri”, A3 “Le Grotte”, A5 “Le Cannelle” e A6 “Le Capanne”, con partenza dal Centro Visite di Alberese. Le escursioni guidate già prenotate sull’itinerario A7 saranno riprogrammate dal Centro Visite, che contatterà direttamente i prenotati.'),
 ('Divieti', 'Durante il periodo di chiusura è vietato l’accesso all’area di cantiere e ai tratti di sentiero interdetti, segnalati con apposita cartellonistica e nastro bicolore. Le violazioni saranno sanzionate ai sensi del Regolamento del Parco e della legge regionale 19 marzo 2015, n. 30.'),
 ('Rimborsi', 'I titolari di biglietti acquistati on line per l’itinerario A7 potranno chiedere il rimborso o il cambio di itinerario scrivendo all’indirizzo centrovisite@parco-maremma.it entro il 30 aprile 2026.'),
 ('Informazioni', 'Centro Visite di Alberese, tel. 0564 393238, aperto tutti i giorni dalle 8:30 alle 16:00. Responsabile del procedimento: Dott. For. Riccardo Biagioni.'),
 ('', 'Ci scusiamo per il disagio, necessario a garantire la sicurezza dei visitatori e la tutela degli habitat costieri.'),
]
for h, t in txt:
    if h: story.append(Paragraph(h, SB))
    story.append(Paragraph(t, S))
story.append(FrameBreak())
story.append(Paragraph('IL DIRETTORE<br/>Dott.ssa Silvia Lombardi<br/><font size=7>(documento firmato digitalmente)</font>', ParagraphStyle('f', parent=S, alignment=1, leftIndent=90*mm)))
story.append(Spacer(1, 8*mm))
story.append(Table([[Paragraph('Il presente avviso è pubblicato all’Albo on line dell’Ente Parco dal 16/03/2026 al 17/04/2026 ed è affisso presso il Centro Visite di Alberese e agli accessi dell’itinerario A7.', ParagraphStyle('n', parent=S, fontSize=8, leading=10))]], colWidths=[W - 40*mm], style=[('BOX', (0,0), (-1,-1), 0.5, colors.HexColor('#2f5d2a'))]))
doc = BaseDocTemplate(os.path.join(OUT, 'avviso-parcomaremma-wordtemplate.pdf'), pagesize=A4, title='Avviso chiusura itinerario A7', author='Ente Parco Regionale della Maremma')
doc.addPageTemplates([PageTemplate('p', [head, c1, c2, foot], onPage=onpage)])
doc.build(story)
