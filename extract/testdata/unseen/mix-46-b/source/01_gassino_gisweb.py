# Deliberazione di Giunta, Comune di Gassino Torinese -- layout in the manner of a Gisweb print
# Producer: ReportLab platypus, Liberation Serif/Sans TTF
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerifB', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerifI', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSansB', F + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerifB'); addMapping('LSerif', 0, 1, 'LSerifI')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
ctrb = ParagraphStyle('cb', parent=ctr, fontName='LSerifB', fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='LSans', fontSize=8, leading=10)
lab = ParagraphStyle('l', fontName='LSansB', fontSize=9, leading=11)
num = ParagraphStyle('n', parent=body, leftIndent=16, firstLineIndent=-16)

def page(c, doc):
    c.saveState()
    # letterhead
    c.setStrokeColor(colors.HexColor('#7a1f1f')); c.setLineWidth(0.8)
    c.rect(20*mm, 268*mm, 16*mm, 19*mm)
    c.setFont('LSans', 5.5); c.drawCentredString(28*mm, 276*mm, 'STEMMA')
    c.setFont('LSerifB', 17); c.drawString(40*mm, 280*mm, 'COMUNE DI GASSINO TORINESE')
    c.setFont('LSerif', 10.5); c.drawString(40*mm, 274.5*mm, 'Città Metropolitana di Torino')
    c.setFont('LSans', 7.5)
    c.drawString(40*mm, 270*mm, 'Piazza Chiabrera 2 - 10090 Gassino Torinese (TO) - C.F. 82500170014 - PEC: protocollo.gassino@pec.it')
    c.line(20*mm, 265*mm, 190*mm, 265*mm)
    # foot
    c.setFont('LSans', 7.5)
    c.line(20*mm, 17*mm, 190*mm, 17*mm)
    c.drawString(20*mm, 13*mm, 'Deliberazione della Giunta Comunale n. 47 del 09/04/2026')
    c.drawRightString(190*mm, 13*mm, 'Pagina %d' % doc.page)
    c.setFont('LSans', 6.5)
    c.drawString(20*mm, 9.5*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=36*mm, bottomMargin=24*mm,
                      title='Deliberazione GC 47/2026', author='Comune di Gassino Torinese', creator='GisMaster Atti - modulo Delibere')
doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 24*mm, 170*mm, 237*mm, id='f')], onPage=page)])

S = []
S.append(Paragraph('ORIGINALE', ParagraphStyle('o', fontName='LSansB', fontSize=9, alignment=TA_RIGHT)))
S.append(Spacer(1, 3))
box = Table([[Paragraph('VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE', ParagraphStyle('h', fontName='LSansB', fontSize=12, leading=15)),
              Paragraph('N. <b>47</b>', ParagraphStyle('h2', fontName='LSans', fontSize=12, leading=15, alignment=TA_CENTER))],
             [Paragraph('Seduta del 09/04/2026 - ore 17:30', lab), Paragraph('Proposta n. 52 del 03/04/2026', lab)]],
            colWidths=[120*mm, 50*mm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.9, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.4, colors.black),
                         ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')),
                         ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
S.append(box)
S.append(Spacer(1, 8))
subj = Table([[Paragraph('OGGETTO:', lab),
               Paragraph('<b>APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MARCIAPIEDE DI VIA CHIVASSO - CUP F41B26000120004.</b>', body)]],
             colWidths=[22*mm, 148*mm])
subj.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (0, 0), 0)]))
S.append(subj)
S.append(Spacer(1, 6))
S.append(Paragraph("L'anno duemilaventisei, addì nove del mese di aprile alle ore 17:30, nella solita sala delle adunanze, "
                   "previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero per oggi convocati "
                   "a seduta i componenti della Giunta Comunale.", body))
S.append(Paragraph('Risultano:', body))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Pres.', 'Ass.'],
        ['1', 'MORELLO PAOLO', 'Sindaco', 'X', ''],
        ['2', 'GIACHINO ELENA', 'Vice Sindaco', 'X', ''],
        ['3', 'BERTOLA DAVIDE', 'Assessore', 'X', ''],
        ['4', 'FERRERO CHIARA', 'Assessore', '', 'X'],
        ['5', 'VIGNA MARCO', 'Assessore', 'X', ''],
        ['', '', 'Totale', '4', '1']]
t = Table(rows, colWidths=[10*mm, 70*mm, 45*mm, 20*mm, 20*mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LSans', 9.5), ('FONT', (0, 0), (-1, 0), 'LSansB', 9.5),
                       ('FONT', (0, -1), (-1, -1), 'LSansB', 9.5),
                       ('GRID', (0, 0), (-1, -2), 0.4, colors.black), ('BOX', (2, -1), (-1, -1), 0.4, colors.black),
                       ('INNERGRID', (2, -1), (-1, -1), 0.4, colors.black),
                       ('ALIGN', (3, 0), (-1, -1), 'CENTER'), ('ALIGN', (0, 0), (0, -1), 'CENTER'),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd'))]))
S.append(t)
S.append(Spacer(1, 8))
S.append(Paragraph("Assiste all'adunanza il Segretario Comunale <b>Dott.ssa Lucia Ramella</b>, la quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Geom. Paolo Morello</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza "
                   "e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', ctrb))
for p in [
    "Premesso che con deliberazione del Consiglio Comunale n. 9 del 26/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 "
    "e con deliberazione del Consiglio Comunale n. 10 in pari data il bilancio di previsione finanziario 2026/2028;",
    "Considerato che nel programma triennale dei lavori pubblici è inserito l'intervento di messa in sicurezza del marciapiede di via Chivasso, "
    "nel tratto compreso tra la rotatoria di corso Italia e l'intersezione con strada Bussolino, per un importo complessivo di euro 185.000,00;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall'Ing. Stefano Audisio, incaricato con determinazione del Responsabile dell'Area Tecnica n. 611 del 18/11/2025, "
    "composto dagli elaborati elencati nel dispositivo, e il relativo quadro economico;",
    "Richiamati il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l'art. 41 e l'Allegato I.7;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
    "Con voti unanimi favorevoli espressi in forma palese;"]:
    S.append(Paragraph(p, body))
S.append(Paragraph('DELIBERA', ctrb))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del marciapiede di via Chivasso, composto da: relazione tecnico-illustrativa, "
    "planimetrie di rilievo e di progetto, computo metrico estimativo, quadro economico e prime indicazioni per la sicurezza;",
    "di approvare il quadro economico dell'intervento per un importo complessivo di euro 185.000,00, di cui euro 138.400,00 per lavori a base d'asta "
    "ed euro 4.150,00 per oneri della sicurezza non soggetti a ribasso;",
    "di dare atto che la spesa trova copertura al capitolo 20810/1 \"Manutenzione straordinaria strade e marciapiedi\" del bilancio 2026/2028, annualità 2026;",
    "di dare atto che il Responsabile Unico del Progetto è il Geom. Andrea Rolle, Responsabile dell'Area Tecnica."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), num))
S.append(Spacer(1, 4))
S.append(Paragraph("Successivamente, con separata votazione unanime favorevole espressa in forma palese, la Giunta Comunale dichiara la presente deliberazione "
                   "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la progettazione esecutiva.", body))
S.append(Spacer(1, 8))
pareri = Table([
    [Paragraph('<b>PARERE DI REGOLARITÀ TECNICA</b> (art. 49 D.Lgs. 267/2000): FAVOREVOLE<br/>Gassino Torinese, 03/04/2026 - Il Responsabile dell\'Area Tecnica - Geom. Andrea Rolle', small)],
    [Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b> (art. 49 D.Lgs. 267/2000): FAVOREVOLE<br/>Gassino Torinese, 06/04/2026 - Il Responsabile dell\'Area Finanziaria - Dott. Claudio Bosco', small)]],
    colWidths=[170*mm])
pareri.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.grey), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.grey)]))
S.append(pareri)
S.append(Spacer(1, 10))
S.append(Paragraph('Letto, confermato e sottoscritto.', body))
sig = Table([[Paragraph('IL PRESIDENTE<br/>Geom. Paolo Morello<br/><font size="7">(firmato digitalmente)</font>', ctr),
              Paragraph('IL SEGRETARIO COMUNALE<br/>Dott.ssa Lucia Ramella<br/><font size="7">(firmato digitalmente)</font>', ctr)]],
            colWidths=[85*mm, 85*mm])
S.append(KeepTogether([sig]))
doc.build(S)
