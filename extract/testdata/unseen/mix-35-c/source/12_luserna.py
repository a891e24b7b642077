# Unnumbered notice (avviso di pubblicazione) of the Comune di Luserna San Giovanni,
# built with ReportLab platypus: letterhead, protocol "segnatura" stamp, rotated
# signature note in the left margin.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

LS = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', LS + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', LS + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', LS + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', LS + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', LS + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerif-B'); addMapping('LSerif', 0, 1, 'LSerif-I'); addMapping('LSerif', 1, 1, 'LSerif-B')

body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
tit = ParagraphStyle('t', fontName='LSerif-B', fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=2)

def furniture(c, doc):
    c.saveState()
    w, h = A4
    # letterhead
    c.setFillColor(colors.HexColor('#23466e'))
    c.rect(2 * cm, h - 1.55 * cm, 0.25 * cm, 1.1 * cm, stroke=0, fill=1)
    c.setFont('LSans-B', 15); c.drawString(2.5 * cm, h - 1.0 * cm, 'COMUNE DI LUSERNA SAN GIOVANNI')
    c.setFillColor(colors.black)
    c.setFont('LSans', 8.5); c.drawString(2.5 * cm, h - 1.45 * cm, 'Città Metropolitana di Torino')
    c.setFont('LSans-B', 9); c.drawString(2.5 * cm, h - 2.05 * cm, 'AREA TECNICA')
    c.setFont('LSans', 8.5); c.drawString(2.5 * cm, h - 2.45 * cm, 'Servizio Urbanistica ed Edilizia Privata')
    # protocol stamp (segnatura)
    c.setStrokeColor(colors.HexColor('#1a1a8c')); c.setFillColor(colors.HexColor('#1a1a8c'))
    c.setLineWidth(0.8); c.roundRect(w - 7.3 * cm, h - 2.75 * cm, 5.3 * cm, 1.9 * cm, 4)
    c.setFont('LSans-B', 7.5); c.drawCentredString(w - 4.65 * cm, h - 1.3 * cm, 'COMUNE DI LUSERNA SAN GIOVANNI')
    c.setFont('LSans', 7.5)
    c.drawCentredString(w - 4.65 * cm, h - 1.7 * cm, 'Prot. N. 0004387 del 18/03/2026')
    c.drawCentredString(w - 4.65 * cm, h - 2.05 * cm, 'Partenza - Cat. 6 Cl. 1')
    c.drawCentredString(w - 4.65 * cm, h - 2.4 * cm, 'Fasc. 2025/6.1.4')
    c.setFillColor(colors.black); c.setStrokeColor(colors.black)
    c.setLineWidth(0.5); c.line(2 * cm, h - 2.95 * cm, w - 2 * cm, h - 2.95 * cm)
    # margin note
    c.setFont('LSans', 6.5); c.setFillColor(colors.HexColor('#555555'))
    c.translate(1.1 * cm, 5 * cm); c.rotate(90)
    c.drawString(0, 0, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, '
                       'il quale sostituisce il documento cartaceo e la firma autografa')
    c.restoreState()
    c.setFont('LSans', 7.5)
    c.drawString(2 * cm, 1.2 * cm, 'Via Roma, 31 – 10062 Luserna San Giovanni (TO) – tel. 0121 954155 – '
                                   'protocollo@pec.comune.luserna.to.it')
    c.drawRightString(w - 2 * cm, 1.2 * cm, 'pag. %d' % doc.page)

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=2.4 * cm, rightMargin=2 * cm,
                        topMargin=3.6 * cm, bottomMargin=2 * cm,
                        title='Avviso pubblicazione variante parziale n. 9 PRGC',
                        author='Area Tecnica - Urbanistica', creator='Servizio Urbanistica')
S = []
S.append(Paragraph('AVVISO DI PUBBLICAZIONE DEL PROGETTO PRELIMINARE DELLA VARIANTE PARZIALE N. 9 AL P.R.G.C.', tit))
S.append(Paragraph('<i>(art. 17, commi 5 e 7, della Legge Regionale 5 dicembre 1977, n. 56 e s.m.i.)</i>', cen))
S.append(Spacer(1, 8))
S.append(Paragraph('<b>IL RESPONSABILE DELL’AREA TECNICA</b>', cen))
S.append(Paragraph('Vista la deliberazione del Consiglio Comunale n. 8 del 27/02/2026, esecutiva ai sensi di legge, con la quale '
                   'è stato adottato il progetto preliminare della Variante parziale n. 9 al Piano Regolatore Generale Comunale, '
                   'relativa alla riperimetrazione dell’area produttiva di riordino “Pi3” di via Airali e all’aggiornamento delle '
                   'Norme Tecniche di Attuazione (artt. 24 e 31);', body))
S.append(Paragraph('Visto l’art. 17, comma 7, della L.R. 56/1977 e s.m.i.;', body))
S.append(Paragraph('<b>RENDE NOTO</b>', cen))
S.append(Paragraph('che la suddetta deliberazione, completa di tutti gli elaborati costituenti la variante, è depositata presso '
                   'l’Ufficio Urbanistica del Comune (Via Roma, 31 – piano primo) ed è pubblicata sul sito istituzionale dell’Ente, '
                   'nella sezione “Amministrazione Trasparente – Pianificazione e governo del territorio”, per trenta giorni '
                   'consecutivi', body))
t = Table([['dal 19 marzo 2026', 'al 17 aprile 2026']], colWidths=[6 * cm, 6 * cm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LSerif-B', 11.5), ('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                       ('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.6, colors.black),
                       ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
S.append(t); S.append(Spacer(1, 8))
S.append(Paragraph('durante i quali chiunque può prenderne visione negli orari di apertura al pubblico (lunedì e giovedì dalle 9.00 '
                   'alle 12.30; mercoledì dalle 14.30 alle 17.00).', body))
S.append(Paragraph('Dal quindicesimo al trentesimo giorno di pubblicazione, e pertanto <b>dal 2 aprile 2026 al 17 aprile 2026</b>, '
                   'chiunque può presentare osservazioni e proposte nel pubblico interesse, riferite agli ambiti e alle previsioni '
                   'della variante, in carta libera, indirizzate al Sindaco e trasmesse all’Ufficio Protocollo o all’indirizzo PEC '
                   'protocollo@pec.comune.luserna.to.it, indicando nell’oggetto “Osservazioni Variante parziale n. 9 PRGC”.', body))
S.append(Paragraph('Le osservazioni pervenute oltre il termine indicato non saranno prese in considerazione.', body))
S.append(Spacer(1, 10))
S.append(Paragraph('Luserna San Giovanni, 18/03/2026', body))
S.append(Spacer(1, 6))
sig = ParagraphStyle('s', parent=body, alignment=TA_CENTER, leftIndent=8 * cm, spaceAfter=0)
S.append(Paragraph('Il Responsabile dell’Area Tecnica', sig))
S.append(Paragraph('<b>Arch. Cristina Bonnet</b>', sig))
S.append(Paragraph('<font size="8"><i>firmato digitalmente</i></font>', sig))
doc.build(S, onFirstPage=furniture, onLaterPages=furniture)
