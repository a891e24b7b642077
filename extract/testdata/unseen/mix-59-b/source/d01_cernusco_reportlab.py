# Giunta deliberation, Comune di Cernusco sul Naviglio, imitating an in-house ReportLab print
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Sans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Sans-B', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Sans-I', F + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='Sans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Sans-B', fontSize=11, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

def head(c, doc):
    c.saveState()
    w, h = A4
    # crest placeholder
    c.setStrokeColor(colors.HexColor('#1f4e79')); c.setLineWidth(1)
    c.roundRect(18*mm, h-34*mm, 16*mm, 19*mm, 3, stroke=1, fill=0)
    c.setFont('Sans', 5.5); c.drawCentredString(26*mm, h-26*mm, 'stemma')
    c.setFillColor(colors.HexColor('#1f4e79'))
    c.setFont('Sans-B', 15); c.drawString(38*mm, h-22*mm, 'COMUNE DI CERNUSCO SUL NAVIGLIO')
    c.setFont('Sans', 9); c.drawString(38*mm, h-27*mm, 'Città Metropolitana di Milano')
    c.drawString(38*mm, h-31.5*mm, 'Via Tizzoni, 2 - 20063 Cernusco sul Naviglio (MI) - C.F. 01217430154')
    c.setLineWidth(0.6); c.line(18*mm, h-37*mm, w-18*mm, h-37*mm)
    c.setFillColor(colors.black)
    c.setFont('Sans', 7.5)
    c.drawString(18*mm, 14*mm, 'Deliberazione della Giunta Comunale n. 94 del 14/04/2026')
    c.drawRightString(w-18*mm, 14*mm, 'Pagina %d' % doc.page)
    c.setFont('Sans-I', 7)
    c.drawCentredString(w/2, 9*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=42*mm, bottomMargin=22*mm,
                      title='GC 94/2026', author='Comune di Cernusco sul Naviglio', creator='Atti Amministrativi - stampa PDF')
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=head)])

S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', ctr))
grid = Table([
    ['Deliberazione n.', '94', 'Data', '14/04/2026', 'Ora', '17:30'],
    ['Proposta n.', '112', 'del', '09/04/2026', 'Settore', 'Lavori Pubblici e Infrastrutture'],
], colWidths=[26*mm, 14*mm, 12*mm, 22*mm, 15*mm, 81*mm])
grid.setStyle(TableStyle([
    ('FONT', (0,0), (-1,-1), 'Sans', 9), ('FONT', (1,0), (1,-1), 'Sans-B', 9), ('FONT', (3,0), (3,-1), 'Sans-B', 9),
    ('FONT', (5,0), (5,-1), 'Sans-B', 9),
    ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#dde7f2')), ('BACKGROUND', (2,0), (2,-1), colors.HexColor('#dde7f2')),
    ('BACKGROUND', (4,0), (4,-1), colors.HexColor('#dde7f2')),
    ('GRID', (0,0), (-1,-1), 0.5, colors.HexColor('#7f9bb8')), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
S.append(grid); S.append(Spacer(1, 6))
subj = Table([[Paragraph('<b>OGGETTO:</b>', body),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE "
                         "DELLA PISTA CICLOPEDONALE LUNGO L'ALZAIA DEL NAVIGLIO MARTESANA - CUP J91B26000120004</b>", body)]],
             colWidths=[24*mm, 146*mm])
subj.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOX', (0,0), (-1,-1), 0.8, colors.black)]))
S.append(subj); S.append(Spacer(1, 8))
S.append(Paragraph("L'anno duemilaventisei, addì quattordici del mese di aprile, alle ore 17:30, nella sala delle adunanze "
                   "della Sede Comunale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, "
                   "si è riunita la Giunta Comunale. All'appello risultano:", body))
roll = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'ZACCHETTI ERMANNO', 'Sindaco', 'X', ''],
        ['2', 'BRAMBILLA PAOLA', 'Vice Sindaco', 'X', ''],
        ['3', 'GALBIATI DANIELE', 'Assessore', 'X', ''],
        ['4', 'RIVOLTA FEDERICA', 'Assessore', '', 'X'],
        ['5', 'MOTTA ALESSANDRO', 'Assessore', 'X', ''],
        ['6', 'CAGLIANI SILVIA', 'Assessore', 'X', ''],
        ['7', 'PEREGO LUCA', 'Assessore', 'X', '']]
t = Table(roll, colWidths=[10*mm, 70*mm, 40*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Sans', 9), ('FONT', (0,0), (-1,0), 'Sans-B', 9),
                       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#dde7f2')),
                       ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'),
                       ('GRID', (0,0), (-1,-1), 0.4, colors.grey)]))
S.append(t); S.append(Spacer(1, 3))
S.append(Paragraph('Presenti: 6 &nbsp;&nbsp;&nbsp; Assenti: 1', ParagraphStyle('r', parent=body, alignment=2, fontName='Sans-B')))
S.append(Paragraph("Partecipa il Segretario Generale Dott. Marco Fumagalli, il quale provvede alla redazione del presente verbale. "
                   "Essendo legale il numero degli intervenuti, il Sindaco Ermanno Zacchetti assume la presidenza e dichiara aperta "
                   "la seduta per la trattazione dell'oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', ctr))
for p in [
 "PREMESSO che il Documento Unico di Programmazione 2026/2028, approvato con deliberazione del Consiglio Comunale n. 12 del 26/02/2026, "
 "prevede tra gli obiettivi strategici il potenziamento della mobilità dolce lungo l'asse del Naviglio Martesana;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 31 del 10/02/2026 con la quale è stato approvato il documento di indirizzo alla "
 "progettazione dell'intervento in oggetto;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dal Settore Lavori Pubblici e Infrastrutture, trasmesso in data 08/04/2026 "
 "e composto dagli elaborati elencati nell'allegato A, che prevede una spesa complessiva di € 385.000,00, di cui € 298.400,00 per lavori "
 "a base d'asta comprensivi di € 8.950,00 per oneri della sicurezza non soggetti a ribasso;",
 "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
 "Con voti unanimi favorevoli espressi nelle forme di legge;"]:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E L I B E R A', ctr))
for i, p in enumerate([
 "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della "
 "pista ciclopedonale lungo l'alzaia del Naviglio Martesana, per un importo complessivo di € 385.000,00;",
 "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 21450 \"Manutenzione straordinaria piste ciclabili\" "
 "del bilancio di previsione 2026/2028, annualità 2026, finanziato con contributo della Città Metropolitana di Milano;",
 "di individuare quale Responsabile Unico del Progetto l'Arch. Giulia Sala, Funzionario del Settore Lavori Pubblici e Infrastrutture;",
 "di demandare al Responsabile del Settore Lavori Pubblici e Infrastrutture l'adozione degli atti conseguenti, ivi compreso "
 "l'affidamento della progettazione esecutiva;",
 "di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
 "del D.Lgs. 267/2000, stante l'urgenza di rispettare il cronoprogramma del contributo."], 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), pt))
S.append(Spacer(1, 10))
sig = Table([['IL SINDACO', 'IL SEGRETARIO GENERALE'],
             ['Ermanno Zacchetti', 'Dott. Marco Fumagalli'],
             ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'Sans-B', 9.5), ('FONT', (0,1), (-1,-1), 'Sans', 9.5),
                         ('FONT', (0,2), (-1,2), 'Sans-I', 8), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 12))
pub = Table([[Paragraph('<b>PUBBLICAZIONE</b> - La presente deliberazione viene pubblicata all\'Albo Pretorio on line per 15 giorni '
                        'consecutivi dal 16/04/2026 al 01/05/2026 (n. Reg. Pubbl. 1187) e contestualmente comunicata ai Capigruppo '
                        'consiliari ai sensi dell\'art. 125 del D.Lgs. 267/2000.', small)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#f3f3f3'))]))
S.append(pub)
doc.build(S)
