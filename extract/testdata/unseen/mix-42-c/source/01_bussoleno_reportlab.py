# Deliberazione di Giunta, Comune di Bussoleno: a vendor's "stampa verbale" built with ReportLab
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSerif', normal='LSerif', bold='LSerif-B', italic='LSerif-I', boldItalic='LSerif-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
cenb = ParagraphStyle('cb', parent=cen, fontName='LSerif-B', fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='LSans', fontSize=8, leading=10)
lab = ParagraphStyle('l', fontName='LSans-B', fontSize=9, leading=11)
val = ParagraphStyle('v', fontName='LSans', fontSize=10, leading=12.5)
oggs = ParagraphStyle('o', fontName='LSerif-B', fontSize=11, leading=14, alignment=TA_JUSTIFY)
pt = ParagraphStyle('pt', parent=body, leftIndent=18, firstLineIndent=-18)

def header(c, doc):
    c.saveState()
    w, h = A4
    # crest placeholder with caption
    c.setStrokeColor(colors.grey); c.rect(20*mm, h-38*mm, 16*mm, 20*mm)
    c.setFont('LSans', 5.5); c.drawCentredString(28*mm, h-40.5*mm, 'Stemma del Comune')
    c.setFont('LSerif-B', 17); c.drawString(42*mm, h-25*mm, 'COMUNE DI BUSSOLENO')
    c.setFont('LSerif', 10.5); c.drawString(42*mm, h-30.5*mm, 'Città Metropolitana di Torino')
    c.setFont('LSans', 8); c.drawString(42*mm, h-35*mm, 'Piazza Cavour n. 1 – 10053 Bussoleno (TO) – C.F. 86501270010')
    c.setLineWidth(0.8); c.line(20*mm, h-43*mm, w-20*mm, h-43*mm)
    # footer
    c.setFont('LSans', 7.5)
    c.drawString(20*mm, 14*mm, 'Deliberazione G.C. n. 38 del 17/03/2026')
    c.drawRightString(w-20*mm, 14*mm, 'Pag. %d di 2' % doc.page)
    c.setFont('LSans', 6.5)
    c.drawCentredString(w/2, 9*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e norme collegate')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=48*mm, bottomMargin=22*mm,
                      title='Deliberazione G.C. 38/2026', author='Comune di Bussoleno', subject='Verbale di deliberazione della Giunta Comunale')
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=header)])

S = []
reg = Table([[Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', ParagraphStyle('x', parent=lab, fontSize=11, leading=13)),
              Paragraph('N. <b>38</b>', val), Paragraph('Data <b>17/03/2026</b>', val)],
             [Paragraph('ORIGINALE', small), '', Paragraph('Codice Ente 001044', small)]],
            colWidths=[116*mm, 22*mm, 32*mm])
reg.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,0), 0.4, colors.black),
                         ('LINEABOVE', (0,1), (-1,1), 0.4, colors.black),
                         ('VALIGN', (0,0), (-1,-1), 'MIDDLE'), ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 4)]))
S += [reg, Spacer(1, 6)]
ogg = Table([[Paragraph('OGGETTO:', lab),
              Paragraph('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA WALTER FONTAN – CUP F57H26000110004.', oggs)]],
            colWidths=[22*mm, 148*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOX', (0,0), (-1,-1), 0.4, colors.black),
                         ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
S += [ogg, Spacer(1, 10)]
S.append(Paragraph("L’anno <b>duemilaventisei</b>, addì <b>diciassette</b> del mese di <b>marzo</b>, alle ore <b>18:15</b>, nella solita sala delle adunanze, regolarmente convocata, si è riunita la Giunta Comunale nelle persone dei Signori:", body))

roll = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['MARTINA GIULIANO', 'Sindaco', 'X', ''],
        ['BERTOLO ELENA', 'Vice Sindaco', 'X', ''],
        ['GIAI LUCA', 'Assessore', '', 'X'],
        ['FAVRO CHIARA', 'Assessore', 'X', ''],
        ['', 'Totale', '3', '1']]
rt = Table(roll, colWidths=[62*mm, 48*mm, 22*mm, 22*mm])
rt.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LSans-B', 9), ('FONT', (0,1), (-1,-1), 'LSans', 10),
                        ('FONT', (1,-1), (-1,-1), 'LSans-B', 9),
                        ('GRID', (0,0), (-1,-2), 0.4, colors.black), ('BOX', (1,-1), (-1,-1), 0.4, colors.black),
                        ('INNERGRID', (1,-1), (-1,-1), 0.4, colors.black),
                        ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6')),
                        ('ALIGN', (2,0), (-1,-1), 'CENTER')]))
S += [rt, Spacer(1, 8)]
S.append(Paragraph("Assiste alla seduta il Segretario Comunale <b>Dott.ssa Marisa Cordero</b>, la quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Giuliano Martina</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', cenb))
for t in [
    "PREMESSO che la copertura della palestra comunale di via Walter Fontan, utilizzata dall’Istituto Comprensivo e dalle associazioni sportive del territorio, presenta infiltrazioni diffuse e un avanzato stato di deterioramento del manto impermeabile, come rilevato nel sopralluogo dell’Ufficio Tecnico del 12/01/2026;",
    "RICHIAMATA la deliberazione del Consiglio Comunale n. 7 del 26/02/2026, esecutiva, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028, nel quale l’intervento è inserito per l’importo complessivo di € 185.000,00;",
    "VISTO il progetto di fattibilità tecnico-economica redatto dall’Ing. Stefano Rolando, incaricato con determinazione del Responsabile dell’Area Tecnica n. 22 del 03/02/2026, acquisito al protocollo comunale n. 2417 del 09/03/2026, che prevede un quadro economico di € 185.000,00, di cui € 141.300,00 per lavori a base d’asta comprensivi di € 6.200,00 per oneri della sicurezza non soggetti a ribasso;",
    "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’Allegato I.7;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili dei servizi interessati, riportati in calce;",
    ]:
    S.append(Paragraph(t, body))
S.append(Paragraph("Con voti unanimi e favorevoli, espressi in forma palese,", body))
S.append(Paragraph('DELIBERA', cenb))
for i, t in enumerate([
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della copertura della palestra comunale di via Walter Fontan, redatto dall’Ing. Stefano Rolando, dell’importo complessivo di € 185.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura al capitolo 20630/1 del bilancio di previsione 2026/2028, annualità 2026, finanziato con contributo della Città Metropolitana di Torino per € 120.000,00 e con fondi propri per € 65.000,00;",
    "di nominare Responsabile Unico del Progetto il Geom. Davide Chiabrando, Responsabile dell’Area Tecnica;",
    "di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti, ivi compreso l’affidamento della progettazione esecutiva.",
    ], 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, t), pt))
S.append(Paragraph("Successivamente, con separata votazione unanime e favorevole, resa in forma palese, la Giunta Comunale <b>DICHIARA</b> la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, stante l’urgenza di avviare i lavori prima dell’inizio dell’anno scolastico 2026/2027.", body))
S.append(Spacer(1, 8))
par = Table([[Paragraph('<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere FAVOREVOLE.<br/>Bussoleno, 16/03/2026<br/>Il Responsabile dell’Area Tecnica<br/>F.to Geom. Davide Chiabrando', small),
              Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere FAVOREVOLE.<br/>Bussoleno, 16/03/2026<br/>Il Responsabile dell’Area Finanziaria<br/>F.to Rag. Monica Vair', small)]],
            colWidths=[85*mm, 85*mm])
par.setStyle(TableStyle([('BOX', (0,0), (0,0), 0.4, colors.black), ('BOX', (1,0), (1,0), 0.4, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S += [par, Spacer(1, 10)]
S.append(Paragraph('Letto, confermato e sottoscritto.', body))
sig = Table([[Paragraph('IL PRESIDENTE<br/>F.to Dott. Giuliano Martina', cen), Paragraph('IL SEGRETARIO COMUNALE<br/>F.to Dott.ssa Marisa Cordero', cen)]], colWidths=[85*mm, 85*mm])
S += [sig, Spacer(1, 14)]
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune per 15 giorni consecutivi dal 19/03/2026 al 03/04/2026 (Reg. Pubbl. n. 311), ai sensi dell’art. 124 del D.Lgs. 267/2000, ed è stata comunicata ai Capigruppo consiliari con nota prot. n. 2703 del 19/03/2026.<br/><br/>Bussoleno, 19/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;IL SEGRETARIO COMUNALE – F.to Dott.ssa Marisa Cordero', small)],
             [Paragraph('<b>ESECUTIVITÀ</b><br/>[X] Dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)<br/>[ &nbsp;] Divenuta esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)', small)]],
            colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('LINEBELOW', (0,0), (-1,0), 0.4, colors.black),
                         ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
S.append(KeepTogether([pub]))
doc.build(S)
