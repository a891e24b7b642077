# Convocazione dell'Assemblea del Consorzio di Bonifica Veronese.
# A letter on the body's letterhead, the way a protocol package (Kibernetes
# "Protocollo" letter template) prints it; made with ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

out = sys.argv[1]
W, H = A4
BLUE = colors.HexColor('#1f4e79')


def page(c, d):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(20 * mm, H - 34 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 9)
    c.drawCentredString(28 * mm, H - 27.5 * mm, 'CBV')
    c.setFillColor(BLUE)
    c.setFont('Helvetica-Bold', 15)
    c.drawString(40 * mm, H - 24 * mm, 'CONSORZIO DI BONIFICA VERONESE')
    c.setFont('Helvetica', 8)
    c.setFillColor(colors.black)
    c.drawString(40 * mm, H - 29 * mm, 'Strada della Genovesa n. 31/E – 37135 Verona – C.F. 93216480231')
    c.drawString(40 * mm, H - 33 * mm, 'Tel. 045 8569500 – PEC: consorzio@pec.bonificaveronese.it')
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 37 * mm, W - 20 * mm, H - 37 * mm)
    c.setFont('Helvetica', 7)
    c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 12 * mm, 'Ente pubblico economico ai sensi della L.R. Veneto 8 maggio 2009, n. 12 – pagina %d' % d.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=42 * mm, bottomMargin=20 * mm,
                      title='Convocazione Assemblea 23/03/2026', author='Consorzio di Bonifica Veronese')
doc.addPageTemplates([PageTemplate('p', [Frame(22 * mm, 20 * mm, W - 42 * mm, H - 62 * mm, id='f')], onPage=page)])

n = ParagraphStyle('n', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
r = ParagraphStyle('r', parent=n, alignment=TA_LEFT, leftIndent=92 * mm, spaceAfter=0)
b = ParagraphStyle('b', parent=n, fontName='Times-Bold')
li = ParagraphStyle('li', parent=n, leftIndent=9 * mm, firstLineIndent=-6 * mm, spaceAfter=3)
s = []
t = Table([[Paragraph('Prot. n. 3318/2026<br/>Class. 1.2.1 – Fasc. 2/2026', ParagraphStyle('x', parent=n, fontSize=9.5, leading=12)),
            Paragraph('Verona, 9 marzo 2026', ParagraphStyle('y', parent=n, alignment=2))]],
          colWidths=[85 * mm, 83 * mm])
t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0)]))
s += [t, Spacer(1, 6 * mm)]
for x in ['Ai Componenti dell\'Assemblea', 'Al Revisore Unico dei Conti', 'e, p.c. Alla Regione del Veneto –',
          'Direzione Difesa del Suolo e della Costa', '<i>LORO SEDI – via PEC</i>']:
    s.append(Paragraph(x, r))
s.append(Spacer(1, 8 * mm))
s.append(Paragraph('<b>Oggetto: Convocazione dell\'Assemblea consortile in seduta ordinaria – lunedì 23 marzo 2026.</b>', n))
s.append(Spacer(1, 3 * mm))
s.append(Paragraph('Ai sensi dell\'art. 11 dello Statuto consortile, la S.V. è invitata a partecipare alla seduta '
                   'ordinaria dell\'Assemblea, che si terrà presso la sede del Consorzio in Verona, Strada della '
                   'Genovesa n. 31/E, sala "Adige", <b>lunedì 23 marzo 2026 alle ore 17:00</b> in prima convocazione e, '
                   'occorrendo, <b>martedì 24 marzo 2026 alle ore 17:30</b> in seconda convocazione, per la trattazione '
                   'del seguente', n))
s.append(Paragraph('ORDINE DEL GIORNO', ParagraphStyle('c', parent=b, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)))
for i, x in enumerate([
        'Comunicazioni del Presidente;',
        'Approvazione dei verbali delle sedute del 15 dicembre 2025 e del 26 gennaio 2026;',
        'Piano di classifica degli immobili per il riparto degli oneri consortili: presa d\'atto delle osservazioni pervenute;',
        'Variazione n. 1 al bilancio di previsione 2026;',
        'Nomina della Commissione per la revisione del Regolamento irriguo;',
        'Varie ed eventuali.'], 1):
    s.append(Paragraph(f'{i}.&nbsp;&nbsp;{x}', li))
s.append(Spacer(1, 3 * mm))
s.append(Paragraph('La documentazione relativa agli argomenti iscritti all\'ordine del giorno è a disposizione dei '
                   'Componenti presso la Segreteria generale e nell\'area riservata del sito istituzionale a partire '
                   'da giovedì 19 marzo 2026. È ammessa la partecipazione in collegamento telematico, previa richiesta '
                   'alla Segreteria entro le ore 12:00 del giorno precedente la seduta.', n))
s.append(Paragraph('Distinti saluti.', n))
s.append(Spacer(1, 8 * mm))
s.append(Paragraph('IL PRESIDENTE', ParagraphStyle('f', parent=n, alignment=TA_CENTER, leftIndent=90 * mm, spaceAfter=0)))
s.append(Paragraph('Alessandro Bonomi', ParagraphStyle('f2', parent=n, alignment=TA_CENTER, leftIndent=90 * mm, spaceAfter=0)))
s.append(Paragraph('<i>(documento firmato digitalmente)</i>', ParagraphStyle('f3', parent=n, fontSize=8.5, alignment=TA_CENTER, leftIndent=90 * mm)))
s.append(Spacer(1, 14 * mm))
s.append(Paragraph('Responsabile del procedimento: Dott.ssa Giulia Ferrarini – Segreteria generale – tel. 045 8569512',
                   ParagraphStyle('sm', parent=n, fontSize=8, leading=10)))
doc.build(s)
