# Giunta deliberation, Comune di Villanova Mondovì - ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
F='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F+'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', F+'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', F+'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFontFamily('LSerif', normal='LSerif', bold='LSerif-B', italic='LSerif-I', boldItalic='LSerif-B')
out = sys.argv[1]
N = ParagraphStyle('n', fontName='LSerif', fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
H = ParagraphStyle('h', parent=C, fontName='LSerif-B', fontSize=15, leading=18)
def P(t, s=N): return Paragraph(t, s)
def head(canv, doc):
    canv.saveState()
    canv.setFont('LSerif', 8)
    canv.drawString(20*mm, 12*mm, 'Deliberazione della Giunta Comunale n. 47 del 12/03/2026')
    canv.drawRightString(190*mm, 12*mm, 'Pag. %d di 2' % doc.page)
    canv.restoreState()
story = []
story.append(P('COMUNE DI VILLANOVA MONDOVÌ', H))
story.append(P('PROVINCIA DI CUNEO', C))
story.append(P('<font size=8>Piazza Santa Caterina, 2 – 12089 Villanova Mondovì (CN) – C.F. 00478370044</font>', C))
story.append(Spacer(1, 6*mm))
box = Table([[P('<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE</b>', C), P('<b>N. 47</b><br/>del 12/03/2026', C)]], colWidths=[120*mm, 45*mm])
box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'MIDDLE'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
story.append(box)
story.append(Spacer(1, 5*mm))
story.append(P('<b>OGGETTO:</b> APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE “DEI PIANI” – CUP F47H26000310004.'))
story.append(Spacer(1, 3*mm))
story.append(P('L’anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b>, alle ore <b>17:30</b>, nella solita sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.'))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
 ['1', 'TOMATIS MICHELE', 'Sindaco', 'X', ''],
 ['2', 'BONGIOVANNI ELISA', 'Vice Sindaco', 'X', ''],
 ['3', 'MONTALDO PIERO', 'Assessore', 'X', ''],
 ['4', 'CASTELLINO SARA', 'Assessore', '', 'X'],
 ['5', 'GHIGLIA ROBERTO', 'Assessore', 'X', ''],
 ['', '', 'Totale', '4', '1']]
t = Table(rows, colWidths=[10*mm, 62*mm, 40*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSerif',10),('FONT',(0,0),(-1,0),'LSerif-B',10),('FONT',(0,-1),(-1,-1),'LSerif-B',10),
  ('GRID',(0,0),(-1,-2),0.5,colors.black),('BOX',(2,-1),(-1,-1),0.5,colors.black),('INNERGRID',(2,-1),(-1,-1),0.5,colors.black),
  ('ALIGN',(3,0),(-1,-1),'CENTER'),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e6e6e6'))]))
story.append(t)
story.append(Spacer(1, 3*mm))
story.append(P('Assiste all’adunanza il Segretario Comunale <b>Dott.ssa Laura Peirone</b>, la quale provvede alla redazione del presente verbale.'))
story.append(P('Essendo legale il numero degli intervenuti, il <b>Geom. Michele Tomatis</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.'))
story.append(P('<b>LA GIUNTA COMUNALE</b>', C))
for t_ in ['PREMESSO che la strada comunale “dei Piani”, che collega il capoluogo con le borgate a monte, presenta in più tratti cedimenti della banchina di valle e un avanzato degrado delle barriere di sicurezza;',
 'VISTO il decreto del Ministero dell’Interno con il quale al Comune è stato assegnato un contributo di euro 150.000,00 per interventi di messa in sicurezza del territorio, annualità 2026;',
 'VISTO il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico comunale, trasmesso in data 2 marzo 2026, che prevede una spesa complessiva di euro 150.000,00, di cui euro 112.400,00 per lavori a base d’asta comprensivi degli oneri per la sicurezza;',
 'VISTO il D.Lgs. 31 marzo 2023, n. 36, e in particolare l’art. 41 e l’allegato I.7;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai responsabili dei servizi interessati;',
 'Con voti unanimi favorevoli espressi nelle forme di legge,']:
    story.append(P(t_))
story.append(P('<b>D E L I B E R A</b>', C))
pts = ['di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale “dei Piani”, composto dagli elaborati elencati in premessa, per l’importo complessivo di euro 150.000,00;',
 'di dare atto che la spesa trova copertura al capitolo 20810/5 “Manutenzione straordinaria viabilità” del bilancio di previsione 2026/2028, annualità 2026;',
 'di nominare Responsabile Unico del Progetto il Geom. Davide Revelli, Responsabile dell’Area Tecnica;',
 'di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti.']
for i, p in enumerate(pts, 1):
    story.append(Table([[f'{i}.', P(p)]], colWidths=[8*mm, 158*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP'),('FONT',(0,0),(0,0),'LSerif',11),('LEFTPADDING',(0,0),(-1,-1),0)]))
story.append(Spacer(1, 2*mm))
story.append(P('Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.'))
story.append(Spacer(1, 8*mm))
story.append(P('Letto, confermato e sottoscritto.'))
sig = Table([[P('IL PRESIDENTE<br/>F.to Geom. Michele Tomatis', C), P('IL SEGRETARIO COMUNALE<br/>F.to Dott.ssa Laura Peirone', C)]], colWidths=[83*mm, 83*mm])
story.append(sig)
story.append(Spacer(1, 8*mm))
story.append(P('<b>PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000</b>', C))
par = Table([[P('Regolarità tecnica: FAVOREVOLE<br/>Il Responsabile dell’Area Tecnica<br/>F.to Geom. Davide Revelli'), P('Regolarità contabile: FAVOREVOLE<br/>Il Responsabile del Servizio Finanziario<br/>F.to Rag. Marisa Dho')]], colWidths=[83*mm, 83*mm])
par.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black)]))
story.append(par)
story.append(Spacer(1, 8*mm))
story.append(P('<b>CERTIFICATO DI PUBBLICAZIONE</b>', C))
story.append(P('Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal 16/03/2026 al 31/03/2026 (n. 312 del registro delle pubblicazioni).'))
story.append(P('Villanova Mondovì, 16/03/2026 — IL SEGRETARIO COMUNALE F.to Dott.ssa Laura Peirone'))
story.append(Spacer(1, 4*mm))
story.append(P('<font size=8><i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.</i></font>', C))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=20*mm,
    title='Deliberazione G.C. n. 47/2026', author='Comune di Villanova Mondovì', creator='ReportLab PDF Library - www.reportlab.com')
doc.build(story, onFirstPage=head, onLaterPages=head)
