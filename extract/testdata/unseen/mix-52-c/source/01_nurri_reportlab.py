# Comune di Nurri - Deliberazione Giunta Comunale n. 27/2026 (in-house Python app, ReportLab Platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerif-B'); addMapping('LSerif', 0, 1, 'LSerif-I'); addMapping('LSerif', 1, 1, 'LSerif-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSerif-B', fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontName='LSans', fontSize=8.5, leading=10.5)
num = ParagraphStyle('n', parent=body, leftIndent=8*mm, firstLineIndent=-6*mm)

def header_footer(c, doc):
    c.saveState()
    w, h = A4
    # letterhead
    c.setStrokeColor(colors.HexColor('#1f3b66'))
    c.circle(28*mm, h-24*mm, 9*mm, stroke=1, fill=0)
    c.setFont('LSans', 6); c.drawCentredString(28*mm, h-25*mm, 'stemma')
    c.setFont('LSerif-B', 17); c.setFillColor(colors.HexColor('#1f3b66'))
    c.drawString(42*mm, h-21*mm, 'COMUNE DI NURRI')
    c.setFont('LSerif', 10.5); c.setFillColor(colors.black)
    c.drawString(42*mm, h-26.5*mm, 'Provincia del Sud Sardegna')
    c.setFont('LSans', 8)
    c.drawString(42*mm, h-31*mm, 'Corso Vittorio Emanuele, 40 - 08035 Nurri (SU) - protocollo@pec.comune.nurri.su.it')
    c.setLineWidth(1.2); c.line(18*mm, h-35*mm, w-18*mm, h-35*mm)
    # foot
    c.setLineWidth(0.4); c.line(18*mm, 17*mm, w-18*mm, 17*mm)
    c.setFont('LSans', 8)
    c.drawString(18*mm, 12.5*mm, 'Deliberazione G.C. n. 27 del 12/03/2026')
    c.drawRightString(w-18*mm, 12.5*mm, 'Pag. %d di %s' % (doc.page, TOTAL))
    c.restoreState()

story = []
box = Table([
    [Paragraph('<b>ORIGINALE</b>', small), Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', ParagraphStyle('x', parent=body, fontName='LSerif-B', alignment=TA_CENTER, fontSize=12.5, spaceAfter=0))],
    ['', Paragraph('N. <b>27</b> del <b>12/03/2026</b>', ParagraphStyle('y', parent=body, alignment=TA_CENTER, spaceAfter=0))],
], colWidths=[30*mm, 144*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('LINEAFTER', (0,0), (0,-1), 0.5, colors.black),
                         ('SPAN', (0,0), (0,1)), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
story += [box, Spacer(1, 4*mm)]
subj = Table([[Paragraph('<b>OGGETTO:</b>', body),
               Paragraph('<b>Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada comunale “Su Pranu” – CUP H27H25001130004.</b>', body)]],
             colWidths=[27*mm, 147*mm])
subj.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEBELOW', (0,0), (-1,-1), 0.5, colors.grey)]))
story += [subj, Spacer(1, 3*mm)]
story.append(Paragraph('L’anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b>, alle ore <b>12:30</b>, nella Casa Comunale, '
                       'si è riunita la Giunta Comunale convocata nelle forme di legge. Presiede la seduta il Sindaco Sig. Efisio Murgia. '
                       'Risultano presenti e assenti i Signori:', body))
roll = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['MURGIA EFISIO', 'Sindaco', 'X', ''],
        ['CADDEO MARIA LUISA', 'Vicesindaco', 'X', ''],
        ['SERRA GIAMPAOLO', 'Assessore', 'X', ''],
        ['PIRAS ANTONELLO', 'Assessore', '', 'X'],
        ['LOI FRANCESCA', 'Assessore', 'X', ''],
        ['', 'Totale', '4', '1']]
t = Table(roll, colWidths=[70*mm, 45*mm, 25*mm, 25*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 9.5), ('FONT', (0,0), (-1,0), 'LSans-B', 9.5),
                       ('FONT', (0,-1), (-1,-1), 'LSans-B', 9.5),
                       ('GRID', (0,0), (-1,-2), 0.4, colors.black), ('BOX', (1,-1), (-1,-1), 0.4, colors.black),
                       ('INNERGRID', (1,-1), (-1,-1), 0.4, colors.black),
                       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#dfe6f0')),
                       ('ALIGN', (2,0), (-1,-1), 'CENTER')]))
story += [t, Spacer(1, 3*mm)]
story.append(Paragraph('Partecipa il Segretario Comunale Dott.ssa Rossana Atzeni, con funzioni consultive, referenti e di assistenza, '
                       'che cura la verbalizzazione ai sensi dell’art. 97, comma 4, lett. a), del D.Lgs. 18 agosto 2000, n. 267.', body))
story.append(Paragraph('Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull’argomento in oggetto.', body))
story.append(Paragraph('LA GIUNTA COMUNALE', cen))
for p in [
 'VISTA la proposta di deliberazione n. 31 del 09/03/2026 predisposta dall’Area Tecnica, allegata al presente atto quale parte integrante e sostanziale;',
 'PREMESSO che la strada comunale “Su Pranu”, che collega il centro abitato con la zona artigianale e con numerosi fondi agricoli, presenta un diffuso stato di ammaloramento del piano viabile, con buche, cedimenti e fessurazioni che ne compromettono la sicurezza;',
 'DATO ATTO che con determinazione del Responsabile dell’Area Tecnica n. 118 del 14/11/2025 è stato affidato all’Ing. Stefano Mereu l’incarico di redazione del progetto di fattibilità tecnico-economica dell’intervento;',
 'VISTO il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato in data 02/03/2026, prot. n. 1487, che prevede una spesa complessiva di € 185.000,00, di cui € 138.600,00 per lavori a base d’asta comprensivi degli oneri per la sicurezza ed € 46.400,00 per somme a disposizione dell’Amministrazione;',
 'DATO ATTO che l’intervento è finanziato con il contributo concesso dalla Regione Autonoma della Sardegna ai sensi della L.R. n. 17/2023, accertato al capitolo 40210 del bilancio di previsione 2026/2028;',
 'VISTI il D.Lgs. 31 marzo 2023, n. 36 e il relativo Allegato I.7, il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica, espresso dal Responsabile dell’Area Tecnica, e di regolarità contabile, espresso dal Responsabile dell’Area Finanziaria, ai sensi dell’art. 49 del D.Lgs. n. 267/2000;',
 'Con votazione unanime favorevole, espressa in forma palese,']:
    story.append(Paragraph(p, body))
story.append(Paragraph('DELIBERA', cen))
pts = ['di richiamare la premessa quale parte integrante e sostanziale del presente atto;',
 'di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada comunale “Su Pranu”, redatto dall’Ing. Stefano Mereu, dell’importo complessivo di € 185.000,00, secondo il quadro economico riportato nella relazione generale;',
 'di dare atto che la spesa trova copertura al capitolo 20810 “Manutenzione straordinaria viabilità comunale” del bilancio di previsione 2026/2028, annualità 2026;',
 'di demandare al Responsabile dell’Area Tecnica, Ing. Roberto Usai, nominato Responsabile Unico del Progetto, l’adozione di tutti gli atti conseguenti.']
for i, p in enumerate(pts, 1):
    story.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), num))
story.append(Paragraph('Inoltre, con separata votazione unanime favorevole, stante l’urgenza di avviare la fase di progettazione esecutiva,', body))
story.append(Paragraph('DICHIARA', cen))
story.append(Paragraph('la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', body))
story.append(Spacer(1, 4*mm))
story.append(Paragraph('Letto, approvato e sottoscritto.', body))
sig = Table([['IL PRESIDENTE', 'IL SEGRETARIO COMUNALE'], ['Efisio Murgia', 'Dott.ssa Rossana Atzeni'],
             ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[87*mm, 87*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LSerif-B', 10.5), ('FONT', (0,1), (-1,-1), 'LSerif', 10.5),
                         ('FONT', (0,2), (-1,2), 'LSerif-I', 8.5), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
story += [KeepTogether([sig]), Spacer(1, 6*mm)]
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune '
                        'dal 13/03/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 214), ai sensi dell’art. 124 del D.Lgs. n. 267/2000, '
                        'e contestualmente comunicata ai capigruppo consiliari.<br/>Nurri, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; Il Segretario Comunale - Dott.ssa Rossana Atzeni', small)]],
            colWidths=[174*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#f3f3f3'))]))
story.append(KeepTogether([pub]))
story.append(Spacer(1, 3*mm))
story.append(Paragraph('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.', small))

def build(total):
    global TOTAL
    TOTAL = total
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=40*mm, bottomMargin=22*mm,
                          title='Deliberazione G.C. n. 27 del 12/03/2026', author='Comune di Nurri - Ufficio Segreteria',
                          creator='Atti Nurri 2.3 (Python/ReportLab)')
    doc.addPageTemplates([PageTemplate('p', frames=[Frame(18*mm, 22*mm, A4[0]-36*mm, A4[1]-62*mm, id='f')], onPage=header_footer)])
    import copy
    doc.build(copy.deepcopy(story))
    return doc.page
n = build('?')
build(str(n))
