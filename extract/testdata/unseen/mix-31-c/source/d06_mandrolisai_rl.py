# Determinazione dell'Unione dei Comuni del Mandrolisai, ReportLab, imitating a LibreOffice Base report
# (grey section bands, field labels on the left, a "Report" running head)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', L + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', L + 'LiberationSans-Italic.ttf'))

W, H = A4
def furniture(c, d):
    c.saveState()
    c.setFont('LSI', 7.5); c.setFillColor(colors.grey)
    c.drawString(18*mm, H - 10*mm, 'rpt_determinazioni – Stampa determinazione')
    c.drawRightString(W - 18*mm, H - 10*mm, 'stampato il 13/03/2026 11:07')
    c.setStrokeColor(colors.grey); c.line(18*mm, H - 11.5*mm, W - 18*mm, H - 11.5*mm)
    c.line(18*mm, 14*mm, W - 18*mm, 14*mm)
    c.drawString(18*mm, 10*mm, 'Unione dei Comuni del Mandrolisai – Det. Reg. Gen. n. 88/2026')
    c.drawRightString(W - 18*mm, 10*mm, 'Pagina %d' % d.page)
    c.restoreState()

doc = BaseDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=20*mm,
                      title='Determinazione n. 88 del 13/03/2026', author='Unione dei Comuni del Mandrolisai')
doc.addPageTemplates([PageTemplate('p', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')], onPage=furniture)])

n = ParagraphStyle('n', fontName='LS', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=3)
b = ParagraphStyle('b', parent=n, fontName='LSB')
c = ParagraphStyle('c', parent=b, alignment=TA_CENTER, fontSize=10.5, spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle('lab', fontName='LSB', fontSize=8, leading=10, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('val', fontName='LS', fontSize=9.5, leading=12)
band = ParagraphStyle('band', fontName='LSB', fontSize=9, leading=11, textColor=colors.white)

story = []
head = Table([[Paragraph('<font size=7 color="#777777">[logo Unione]</font>', val),
               Paragraph('<font name="LSB" size=15>UNIONE DEI COMUNI DEL MANDROLISAI</font><br/>'
                         '<font size=9>Regione Autonoma della Sardegna</font><br/>'
                         '<font size=8>Comuni di Atzara, Desulo, Meana Sardo, Ortueri, Samugheo, Sorgono, Tonara</font>', val)]],
             colWidths=[25*mm, None])
head.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (0, 0), (-1, 0), 1.2, colors.black), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
story += [head, Spacer(1, 6)]

def bandrow(t):
    tb = Table([[Paragraph(t, band)]], colWidths=[doc.width])
    tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#5a5a5a')), ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    return tb

story.append(bandrow('DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'))
grid = [
    ['Area', 'AREA TECNICA', 'Reg. Gen. n.', '88'],
    ['Servizio', 'Servizio Igiene Urbana', 'del', '13/03/2026'],
    ['Reg. Servizio n.', '27', 'del', '12/03/2026'],
]
t = Table([[Paragraph(a, lab), Paragraph(b_, val), Paragraph(c_, lab), Paragraph(d_, val)] for a, b_, c_, d_ in grid],
          colWidths=[28*mm, 78*mm, 24*mm, None])
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8e8e8')),
                       ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#e8e8e8')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
story += [t, Spacer(1, 6)]
story.append(bandrow('Oggetto'))
story.append(Spacer(1, 3))
story.append(Paragraph('Servizio associato di raccolta e trasporto dei rifiuti urbani e assimilati – Approvazione del certificato di pagamento n. 2 e liquidazione del canone relativo al mese di gennaio 2026 – CIG A04E9B71C2', b))
story.append(Spacer(1, 4))
story.append(bandrow('Testo'))
story.append(Paragraph('IL RESPONSABILE DEL SERVIZIO', c))
for s in [
 'PREMESSO che i Comuni aderenti hanno conferito all’Unione, con le deliberazioni dei rispettivi Consigli comunali, la gestione associata del servizio di igiene urbana;',
 'RICHIAMATA la propria determinazione Reg. Gen. n. 301 del 29/11/2024 con la quale il servizio di raccolta e trasporto dei rifiuti urbani e assimilati è stato aggiudicato al R.T.I. Ecoservizi Barbagia S.r.l. – Ambiente Sardegna Soc. Coop., per un canone annuo di € 1.146.000,00 oltre IVA al 10%;',
 'VISTO il certificato di pagamento n. 2 emesso dal Direttore dell’esecuzione del contratto in data 10/03/2026, relativo al canone del mese di gennaio 2026, pari ad € 95.500,00 oltre IVA, al netto delle penali per € 1.250,00 applicate per i mancati ritiri segnalati nel Comune di Tonara;',
 'VISTA la fattura n. 14/E del 11/03/2026 dell’importo di € 103.675,00 (imponibile € 94.250,00 – IVA 10% € 9.425,00);',
 'ACCERTATA la regolarità contributiva della mandataria e della mandante (DURC on line in corso di validità);',
 'VISTO il decreto del Presidente dell’Unione n. 2 del 15/01/2026 di nomina del Responsabile dell’Area Tecnica;',
 'VISTO il D.Lgs. 267/2000 e in particolare l’art. 184;',
]:
    story.append(Paragraph(s, n))
story.append(Paragraph('DETERMINA', c))
pts = [
 'di approvare il certificato di pagamento n. 2 relativo al canone del mese di gennaio 2026 del servizio associato di raccolta e trasporto dei rifiuti urbani, per l’importo netto di € 94.250,00 oltre IVA;',
 'di liquidare in favore del R.T.I. Ecoservizi Barbagia S.r.l. – Ambiente Sardegna Soc. Coop. la somma di € 94.250,00 e di versare all’Erario l’IVA di € 9.425,00 ai sensi dell’art. 17-ter del D.P.R. 633/1972, con imputazione al capitolo 9503/10 del bilancio 2026, impegno n. 2026/15;',
 'di dare atto che la spesa sarà ripartita tra i Comuni aderenti secondo i criteri stabiliti dalla Convenzione, in sede di rendicontazione trimestrale.',
]
for i, s in enumerate(pts, 1):
    tt = Table([[Paragraph('%d.' % i, n), Paragraph(s, n)]], colWidths=[8*mm, None])
    tt.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
    story.append(tt)
story.append(Spacer(1, 10))
sig = Table([[Paragraph('', val), Paragraph('Il Responsabile del Servizio<br/><b>Geom. Salvatore Porcu</b><br/><font size=7.5>firmato digitalmente ai sensi del D.Lgs. 82/2005</font>', ParagraphStyle('s', parent=val, alignment=TA_CENTER))]],
            colWidths=[doc.width/2, doc.width/2])
story.append(sig)
story.append(Spacer(1, 10))
story.append(KeepTogether([bandrow('Visto di regolarità contabile'), Spacer(1, 3),
  Paragraph('Si attesta la regolarità contabile e la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Il Responsabile del Servizio Finanziario – Rag. Giovanna Mura (firmato digitalmente)', n),
  bandrow('Pubblicazione'), Spacer(1, 3),
  Paragraph('Pubblicata all’Albo on line dell’Unione dal 13/03/2026 per 15 giorni consecutivi.', n)]))
doc.build(story)
