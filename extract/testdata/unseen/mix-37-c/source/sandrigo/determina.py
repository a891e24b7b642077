# Sandrigo: determinazione laid out as a ReportLab report (register box top right, Area heading, numbered dispositive)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT

out = sys.argv[1]
W, H = A4
base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle('bb', parent=base, fontName='Helvetica-Bold')
cen = ParagraphStyle('c', parent=bold, alignment=TA_CENTER, fontSize=11, spaceBefore=6, spaceAfter=8)
small = ParagraphStyle('s', parent=base, fontSize=8, leading=10)
num = ParagraphStyle('n', parent=base, leftIndent=16, firstLineIndent=-16)

def page(c, doc):
    c.saveState()
    c.setFont('Helvetica-Bold', 15); c.drawString(20*mm, H-22*mm, 'COMUNE DI SANDRIGO')
    c.setFont('Helvetica', 8.5); c.drawString(20*mm, H-27*mm, 'Provincia di Vicenza - Piazza Matteotti, 10 - 36066 Sandrigo (VI)')
    c.drawString(20*mm, H-31*mm, 'Tel. 0444 461611 - P.IVA 00523590241')
    c.setLineWidth(0.8); c.line(20*mm, H-34*mm, W-20*mm, H-34*mm)
    c.setFont('Helvetica', 7.5)
    c.drawString(20*mm, 12*mm, 'Determinazione n. 187 del 11/03/2026 - Area Tecnica')
    c.drawRightString(W-20*mm, 12*mm, 'Pagina %d' % doc.page)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=38*mm, bottomMargin=20*mm,
                      title='Determinazione 187/2026', author='Comune di Sandrigo', subject='Area Tecnica')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(20*mm, 20*mm, W-40*mm, H-58*mm, id='f')], onPage=page)])

st = []
reg = Table([
    ['REGISTRO GENERALE', 'N. 187', 'del 11/03/2026'],
    ['REGISTRO DI AREA', 'N. 42', 'del 10/03/2026'],
], colWidths=[40*mm, 20*mm, 30*mm], hAlign='RIGHT')
reg.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 8.5), ('FONT', (0,0), (0,-1), 'Helvetica-Bold', 8),
    ('BOX', (0,0), (-1,-1), 1, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.4, colors.grey),
    ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#dddddd'))]))
st.append(reg)
st.append(Spacer(1, 8))
st.append(Paragraph('AREA TECNICA', ParagraphStyle('a', parent=cen, fontSize=12, spaceAfter=1)))
st.append(Paragraph('Servizio Lavori Pubblici e Manutenzioni', ParagraphStyle('a2', parent=base, alignment=TA_CENTER)))
st.append(Paragraph('DETERMINAZIONE', ParagraphStyle('a3', parent=cen, fontSize=13, spaceBefore=8)))
ogg = Table([[Paragraph('<b>OGGETTO:</b>', base), Paragraph('<b>LAVORI DI RIQUALIFICAZIONE DELL\'ILLUMINAZIONE PUBBLICA DI VIA ASTICO E VIA PIGAFETTA CON TECNOLOGIA LED. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA ELETTROVENETA IMPIANTI S.R.L. - CUP G27H24000880004 - CIG B2F19D6A41.</b>', base)]],
            colWidths=[26*mm, W-40*mm-26*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEABOVE', (0,0), (-1,0), 0.6, colors.black), ('LINEBELOW', (0,0), (-1,0), 0.6, colors.black), ('TOPPADDING', (0,0), (-1,-1), 5)]))
st.append(ogg)
st.append(Spacer(1, 8))
st.append(Paragraph('IL RESPONSABILE DELL\'AREA TECNICA', cen))
for t in [
  '<b>Premesso</b> che con determinazione n. 402 del 18/07/2025 sono stati aggiudicati alla ditta Elettroveneta Impianti S.r.l., con sede in Breganze (VI), i lavori di riqualificazione dell\'illuminazione pubblica di via Astico e via Pigafetta con tecnologia LED, per l\'importo contrattuale di € 96.420,00 oltre IVA 10%;',
  '<b>Visto</b> il contratto d\'appalto rep. n. 1184 del 04/09/2025 e dato atto che i lavori, consegnati il 22/09/2025, sono stati ultimati il 30/01/2026, come da certificato di ultimazione in pari data;',
  '<b>Visto</b> il certificato di regolare esecuzione emesso dal Direttore dei Lavori, Per. Ind. Alessio Zordan, in data 24/02/2026, dal quale risulta un credito residuo dell\'impresa di € 8.930,40 oltre IVA;',
  '<b>Accertata</b> la regolarità contributiva dell\'impresa mediante DURC on line prot. INAIL_51233817, valido fino al 19/06/2026;',
  '<b>Visti</b> l\'art. 116 del D.Lgs. 36/2023, gli artt. 107 e 184 del D.Lgs. 267/2000 e il decreto sindacale n. 3 del 07/01/2026 di conferimento dell\'incarico di Elevata Qualificazione dell\'Area Tecnica;',
  ]:
    st.append(Paragraph(t, base))
st.append(Paragraph('DETERMINA', cen))
for i, t in enumerate([
  'di approvare il certificato di regolare esecuzione dei lavori in oggetto, emesso in data 24/02/2026, per l\'importo complessivo netto di € 96.420,00;',
  'di liquidare alla ditta Elettroveneta Impianti S.r.l. (P.IVA 03811240246) la somma di € 9.823,44, di cui € 8.930,40 per imponibile ed € 893,04 per IVA al 10%, a saldo di ogni avere;',
  'di imputare la spesa al capitolo 28150 "Manutenzione straordinaria illuminazione pubblica" del bilancio 2026, impegno n. 2025/1291, reimputato all\'esercizio in corso;',
  'di svincolare la cauzione definitiva prestata mediante polizza fideiussoria n. 2025/50/2219874;',
  'di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui all\'art. 37 del D.Lgs. 33/2013 e all\'art. 28 del D.Lgs. 36/2023.',
  ], 1):
    st.append(Paragraph('%d. %s' % (i, t), num))
st.append(Spacer(1, 14))
sig = Table([['', Paragraph('IL RESPONSABILE DELL\'AREA TECNICA<br/>Ing. Marco Dalla Valle<br/><font size=7.5>(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>', ParagraphStyle('sg', parent=base, alignment=TA_CENTER))]],
            colWidths=[80*mm, 90*mm])
st.append(sig)
st.append(Spacer(1, 14))
vis = Table([[Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b> (art. 183, comma 7, D.Lgs. 267/2000)<br/>Capitolo 28150 - Impegno 2025/1291 - Liquidazione n. 611/2026<br/>Sandrigo, 11/03/2026 - IL RESPONSABILE DELL\'AREA FINANZIARIA Dott.ssa Elena Brazzale', small)]],
            colWidths=[W-40*mm])
vis.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 5)]))
st.append(KeepTogether([vis]))
doc.build(st)
