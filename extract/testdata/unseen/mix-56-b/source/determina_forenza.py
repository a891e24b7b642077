# Determinazione, Comune di Forenza: ReportLab, label-grid heading (Sixtema-like layout), sans fonts
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', L + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', L + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')
out = sys.argv[1]
W, H = A4
body = ParagraphStyle('b', fontName='LSans', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
lab = ParagraphStyle('l', fontName='LSans', fontSize=7, leading=8.5, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('v', fontName='LSans-B', fontSize=9.5, leading=12)
ctr = ParagraphStyle('c', parent=body, fontName='LSans-B', alignment=TA_CENTER, fontSize=10.5, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('p', parent=body, leftIndent=18, firstLineIndent=-18)

def deco(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor('#1f3864'))
    c.rect(0, H-12*mm, W, 12*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('LSans-B', 12)
    c.drawString(18*mm, H-8*mm, 'COMUNE DI FORENZA')
    c.setFont('LSans', 8); c.drawRightString(W-18*mm, H-8*mm, 'Provincia di Potenza  -  Piazza Municipio, 1  -  85023 Forenza (PZ)')
    c.setFillColor(colors.black)
    c.setFont('LSans', 7)
    c.line(18*mm, 15*mm, W-18*mm, 15*mm)
    c.drawString(18*mm, 11*mm, 'Determinazione R.G. n. 97/2026 - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
    c.drawRightString(W-18*mm, 11*mm, 'pag. %d' % d.page)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, title='Determinazione R.G. 97/2026', author='Comune di Forenza')
doc.addPageTemplates([PageTemplate('p', [Frame(18*mm, 18*mm, W-36*mm, H-36*mm)], onPage=deco)])
S = []
def L_(l, v): return [Paragraph(l, lab), Paragraph(v, val)]
grid = Table([
    [L_('Settore', 'SETTORE AMMINISTRATIVO'), L_('Servizio', 'Servizio Politiche Sociali')],
    [L_('Registro Generale', 'N. 97 del 13/03/2026'), L_('Registro di Settore', 'N. 31 del 12/03/2026')],
    [L_('Tipo atto', 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE'), L_('Proposta', 'N. 118 del 11/03/2026')],
], colWidths=[(W-36*mm)/2]*2)
grid.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.HexColor('#1f3864')), ('VALIGN', (0,0), (-1,-1), 'TOP'),
    ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eef2f8'))]))
S += [Spacer(1, 4), grid, Spacer(1, 8)]
ogg = Table([[Paragraph('OGGETTO', ParagraphStyle('o', fontName='LSans-B', fontSize=8, textColor=colors.white)),
              Paragraph('Servizio di trasporto sociale per anziani e persone con disabilità - Liquidazione contributo all\'Associazione di volontariato "Il Tratturo" ODV - periodo ottobre-dicembre 2025.', ParagraphStyle('ov', fontName='LSans-B', fontSize=10, leading=13))]],
            colWidths=[22*mm, W-36*mm-22*mm])
ogg.setStyle(TableStyle([('BACKGROUND', (0,0), (0,0), colors.HexColor('#1f3864')), ('BOX', (0,0), (-1,-1), 0.8, colors.HexColor('#1f3864')), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
S += [ogg, Spacer(1, 10)]
S.append(Paragraph('IL RESPONSABILE DEL SETTORE AMMINISTRATIVO', ctr))
for t in [
 "VISTO il decreto sindacale n. 2 del 07/01/2026, con il quale alla sottoscritta è stata attribuita la responsabilità del Settore Amministrativo, comprensivo del Servizio Politiche Sociali;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 84 del 26/09/2025 con la quale è stato approvato lo schema di convenzione con l'Associazione di volontariato \"Il Tratturo\" ODV di Forenza per lo svolgimento del servizio di trasporto sociale a favore di anziani e persone con disabilità residenti, per il periodo 01/10/2025 - 30/09/2026;",
 "RICHIAMATA altresì la propria determinazione R.G. n. 402 del 14/10/2025 di impegno della spesa complessiva di € 12.000,00 al capitolo 1890 \"Contributi per servizi di trasporto sociale\";",
 "VISTA la rendicontazione trasmessa dall'Associazione, acquisita al protocollo n. 1407 del 20/02/2026, relativa a n. 214 trasporti effettuati nel periodo ottobre-dicembre 2025, corredata dei giustificativi delle spese sostenute per un totale di € 2.986,40;",
 "ACCERTATA la regolarità della documentazione prodotta e la conformità del servizio a quanto previsto dalla convenzione;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 3 luglio 2017, n. 117, e il vigente Regolamento di contabilità;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph('D E T E R M I N A', ctr))
pts = ["di liquidare all'Associazione di volontariato \"Il Tratturo\" ODV, C.F. 96087720764, la somma di € 2.986,40 a titolo di rimborso delle spese sostenute per il servizio di trasporto sociale nel periodo ottobre-dicembre 2025;",
 "di imputare la spesa al capitolo 1890, impegno n. 611/2025, in conto residui del bilancio 2026/2028;",
 "di autorizzare il Servizio Finanziario all'emissione del mandato di pagamento mediante bonifico sul conto corrente dedicato indicato dall'Associazione;",
 "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui agli artt. 26 e 27 del D.Lgs. 33/2013."]
for i, t in enumerate(pts, 1):
    S.append(Paragraph('%d)&nbsp;&nbsp;&nbsp;%s' % (i, t), pt))
S.append(Spacer(1, 14))
sig = Table([['', 'IL RESPONSABILE DEL SETTORE'], ['', 'Dott.ssa Rosa Carlucci'], ['', 'firmato digitalmente']], colWidths=[90*mm, W-36*mm-90*mm])
sig.setStyle(TableStyle([('FONT', (1,0), (1,0), 'LSans-B', 9.5), ('FONT', (1,1), (1,1), 'LSans', 9.5), ('FONT', (1,2), (1,2), 'LSans-I', 7.5), ('ALIGN', (1,0), (1,-1), 'CENTER')]))
S += [sig, Spacer(1, 16)]
vis = Table([[Paragraph('<b>SERVIZIO FINANZIARIO</b> - Visto di regolarità contabile ai sensi dell\'art. 184 del D.Lgs. 267/2000. Liquidazione n. 188 del 13/03/2026, capitolo 1890, importo € 2.986,40.<br/>Il Responsabile del Settore Economico-Finanziario - Rag. Donato Lioy', body)]], colWidths=[W-36*mm])
vis.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black)]))
S.append(vis)
doc.build(S)
