# Giunta deliberation of the Comune di Santeramo in Colle, in the manner of a Publisys "Atti" print.
# ReportLab platypus; Liberation Sans / Sans Narrow embedded.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', F + 'LiberationSans-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LNarrow', F + 'LiberationSansNarrow-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LNarrow-B', F + 'LiberationSansNarrow-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')

W, H = A4
body = ParagraphStyle('b', fontName='LSans', fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
head = ParagraphStyle('h', parent=body, fontName='LSans-B', alignment=TA_CENTER, fontSize=11, leading=14, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

SUBJECT = ("CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE “BANCO SOLIDALE MURGIANO ODV” "
           "PER IL SOSTEGNO ALIMENTARE ALLE FAMIGLIE IN CONDIZIONE DI FRAGILITÀ ECONOMICA – ANNO 2026. "
           "ATTO DI INDIRIZZO.")


def on_page(c, doc):
    c.saveState()
    # letterhead
    c.setStrokeColor(colors.HexColor('#7a1f1f'))
    c.rect(18 * mm, H - 34 * mm, 16 * mm, 19 * mm)
    c.setFont('LNarrow', 5.5)
    c.drawCentredString(26 * mm, H - 25 * mm, 'STEMMA')
    c.setFont('LSans-B', 15)
    c.setFillColor(colors.HexColor('#7a1f1f'))
    c.drawString(38 * mm, H - 22 * mm, 'COMUNE DI SANTERAMO IN COLLE')
    c.setFillColor(colors.black)
    c.setFont('LSans', 9)
    c.drawString(38 * mm, H - 27 * mm, 'Città Metropolitana di Bari')
    c.setFont('LNarrow', 7.5)
    c.drawString(38 * mm, H - 31.5 * mm, 'Piazza Dante, 1 – 70029 Santeramo in Colle (BA) – C.F. 82001050721 – PEC: protocollo@pec.comune.santeramo.ba.it')
    c.line(18 * mm, H - 36 * mm, W - 18 * mm, H - 36 * mm)
    # foot
    c.setFont('LNarrow', 7.5)
    c.line(18 * mm, 17 * mm, W - 18 * mm, 17 * mm)
    c.drawString(18 * mm, 13 * mm, 'Deliberazione della Giunta Comunale n. 71 del 05/05/2026')
    c.drawRightString(W - 18 * mm, 13 * mm, 'Pag. %d di 2' % doc.page)
    c.setFont('LNarrow', 6.5)
    c.drawCentredString(W / 2, 9 * mm, 'Publisys – Gestione Atti Amministrativi – stampa del 06/05/2026 09:14')
    c.restoreState()


doc = BaseDocTemplate('delibera-santeramo.pdf', pagesize=A4, title='Delibera G.C. 71/2026',
                      author='Comune di Santeramo in Colle', creator='Publisys Atti', subject='Deliberazione di Giunta')
doc.addPageTemplates([PageTemplate('p', [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 60 * mm, id='f')], onPage=on_page)])

S = []
reg = Table([
    [Paragraph('<b>ORIGINALE</b>', small), Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', ParagraphStyle('x', parent=ctr, fontName='LSans-B', fontSize=10.5)),
     Paragraph('N. <b>71</b><br/>del <b>05/05/2026</b>', ParagraphStyle('y', parent=ctr, fontSize=10.5, leading=14))],
], colWidths=[25 * mm, 110 * mm, 39 * mm])
reg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.black),
                         ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('BACKGROUND', (2, 0), (2, 0), colors.HexColor('#eeeeee'))]))
S += [reg, Spacer(1, 6)]
obj = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>' + SUBJECT + '</b>', body)]], colWidths=[25 * mm, 149 * mm])
obj.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.grey)]))
S += [obj, Spacer(1, 8)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>cinque</b> del mese di <b>maggio</b> alle ore <b>13:15</b>, "
                   "nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale "
                   "nelle persone dei Signori:", body))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente']]
roll = [('LILLO VINCENZO', 'Sindaco', True), ('CAPPIELLO MARIANNA', 'Vice Sindaco', True), ('DIGIROLAMO FRANCESCO', 'Assessore', True),
        ('LOSITO ANGELA', 'Assessore', False), ('PERNIOLA DOMENICO', 'Assessore', True), ('MARVULLI CATERINA', 'Assessore', True),
        ('NUZZI GIUSEPPE', 'Assessore', False)]
for i, (n, r, p) in enumerate(roll, 1):
    rows.append([str(i), n, r, 'SI' if p else '', '' if p else 'SI'])
rows.append(['', '', 'Totale', '5', '2'])
t = Table(rows, colWidths=[10 * mm, 70 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LSans', 9), ('FONT', (0, 0), (-1, 0), 'LSans-B', 9), ('FONT', (0, -1), (-1, -1), 'LSans-B', 9),
                       ('GRID', (0, 0), (-1, -2), 0.4, colors.black), ('BOX', (2, -1), (-1, -1), 0.4, colors.black),
                       ('INNERGRID', (2, -1), (-1, -1), 0.4, colors.black),
                       ('ALIGN', (3, 0), (-1, -1), 'CENTER'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd'))]))
S += [t, Spacer(1, 6)]
S.append(Paragraph("Presiede la seduta il <b>Sindaco Avv. Vincenzo Lillo</b>. Partecipa con funzioni consultive, referenti e di assistenza "
                   "e ne cura la verbalizzazione (art. 97, comma 4, lett. a), D.Lgs. 267/2000) il <b>Segretario Generale Dott.ssa Rosanna Colonna</b>.", body))
S.append(Paragraph("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare "
                   "sull'oggetto sopraindicato.", body))
S.append(Paragraph('<b>Proposta n. 84 del 30/04/2026</b> – Settore proponente: <b>Settore III – Servizi Sociali e Pubblica Istruzione</b>', small))
S.append(Paragraph('LA GIUNTA COMUNALE', head))
for p in [
    "PREMESSO che l'Amministrazione Comunale, nell'ambito delle politiche di contrasto alla povertà, intende sostenere le iniziative "
    "delle organizzazioni di volontariato operanti sul territorio che provvedono alla distribuzione di generi alimentari di prima necessità;",
    "VISTA l'istanza acquisita al protocollo generale dell'Ente al n. 9874 del 14/04/2026, con la quale l'Associazione “Banco Solidale "
    "Murgiano ODV”, iscritta al Registro Unico Nazionale del Terzo Settore, chiede un contributo straordinario per l'acquisto di derrate "
    "alimentari da destinare a circa 180 nuclei familiari segnalati dai Servizi Sociali;",
    "VISTO il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del "
    "Consiglio Comunale n. 15 del 28/03/2019;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 9 del 27/02/2026, di approvazione del Bilancio di previsione 2026/2028, e la "
    "deliberazione della Giunta Comunale n. 33 del 05/03/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, "
    "riportati in calce al presente atto;",
    "Con voti unanimi e favorevoli espressi nelle forme di legge;",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E L I B E R A', head))
pts = [
    "di richiamare la premessa quale parte integrante e sostanziale del presente provvedimento;",
    "di concedere all'Associazione “Banco Solidale Murgiano ODV”, con sede in Santeramo in Colle alla Via Tirolo n. 12, un contributo "
    "straordinario di € 6.500,00 per il sostegno alimentare alle famiglie in condizione di fragilità economica per l'anno 2026;",
    "di dare atto che la spesa trova copertura al Capitolo 12041.04.0150 “Contributi ad associazioni per interventi sociali” "
    "del Bilancio di previsione 2026/2028, annualità 2026;",
    "di demandare al Dirigente del Settore III – Servizi Sociali e Pubblica Istruzione l'adozione dei conseguenti atti gestionali, "
    "ivi compresa la liquidazione del contributo previa presentazione di idonea rendicontazione;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione “Amministrazione Trasparente”, "
    "sottosezione “Sovvenzioni, contributi, sussidi, vantaggi economici”, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d. %s' % (i, p), pt))
S.append(Paragraph("Successivamente, con separata votazione unanime, <b>LA GIUNTA COMUNALE</b> dichiara il presente atto immediatamente "
                   "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di provvedere.", body))
S.append(Spacer(1, 6))
par = Table([
    [Paragraph('<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Favorevole.<br/>Data 30/04/2026<br/>Il Dirigente del Settore III<br/>F.to Dott. Michele Cassano', small),
     Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Favorevole.<br/>Data 04/05/2026<br/>Il Dirigente del Settore II<br/>F.to Dott.ssa Anna Maria Fraccalvieri', small)]],
    colWidths=[87 * mm, 87 * mm])
par.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
S += [KeepTogether([par]), Spacer(1, 8)]
S.append(Paragraph('Letto, approvato e sottoscritto.', body))
sig = Table([[Paragraph('IL SINDACO<br/>Avv. Vincenzo Lillo', ctr), Paragraph('IL SEGRETARIO GENERALE<br/>Dott.ssa Rosanna Colonna', ctr)]], colWidths=[87 * mm, 87 * mm])
S += [sig, Spacer(1, 10)]
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione viene pubblicata all\'Albo Pretorio '
                        'on line di questo Comune in data 06/05/2026 al n. 1127 del Registro delle Pubblicazioni e vi rimarrà per 15 giorni consecutivi, '
                        'ai sensi dell\'art. 124, comma 1, del D.Lgs. 267/2000. Contestualmente è comunicata ai Capigruppo consiliari (art. 125).<br/>'
                        'Il Responsabile della Pubblicazione – Sig. Pasquale Dimita', small)],
             [Paragraph('<b>ESECUTIVITÀ</b> – La presente deliberazione è divenuta esecutiva il 05/05/2026 perché dichiarata immediatamente eseguibile '
                        '(art. 134, comma 4, D.Lgs. 267/2000).', small)],
             [Paragraph('<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce '
                        'il documento cartaceo e la firma autografa.</i>', small)]], colWidths=[174 * mm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.4, colors.black),
                         ('LINEBELOW', (0, 1), (-1, 1), 0.4, colors.black)]))
S.append(KeepTogether([pub]))
doc.build(S)
