# Determinazione dirigenziale of the Provincia di Potenza imitating a
# Sicraweb (Maggioli) print. The letterhead is a picture (the body's name is
# only pixels there) with a text caption under it; an Albo stamp runs
# rotated down the right margin of every page.
import sys, os
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from common import reg, FONTS, families

reg('Sans', 'Sans-B', 'Sans-I', 'Narrow', 'Narrow-B')
families()
out = sys.argv[1]
W, H = A4
L = 56

# -- the letterhead picture
png = os.path.splitext(out)[0] + '-letterhead.png'
im = Image.new('RGB', (1800, 260), 'white')
d = ImageDraw.Draw(im)
d.ellipse((30, 30, 230, 230), outline=(20, 60, 120), width=8)
d.polygon([(130, 60), (190, 120), (130, 200), (70, 120)], outline=(20, 60, 120), fill=(200, 215, 235))
fb = ImageFont.truetype(FONTS['Sans-B'], 92)
fs = ImageFont.truetype(FONTS['Sans'], 44)
d.text((280, 40), 'PROVINCIA DI POTENZA', font=fb, fill=(20, 60, 120))
d.text((284, 160), 'Ente di area vasta – Regione Basilicata', font=fs, fill=(60, 60, 60))
d.line((280, 235, 1780, 235), fill=(20, 60, 120), width=6)
im.save(png)


def onpage(c, doc):
    c.saveState()
    c.drawImage(png, L, H - 96, width=W - 2 * L, height=(W - 2 * L) * 260 / 1800)
    c.setFont('Sans-I', 7.5); c.setFillColor(colors.HexColor('#333333'))
    c.drawString(L, H - 106, 'Provincia di Potenza – Piazza Mario Pagano, 1 – 85100 Potenza – PEC: protocollo@pec.provinciapotenza.it')
    # rotated stamp down the right margin
    c.translate(W - 22, H - 90); c.rotate(-90)
    c.setFont('Sans', 6.8); c.setFillColor(colors.HexColor('#8a1c1c'))
    c.drawString(0, 0, 'ALBO PRETORIO ON LINE – Provincia di Potenza – Pubblicazione n. 1127 dal 21/03/2026 al 05/04/2026 – Det. n. 389/2026')
    c.restoreState()
    c.saveState()
    c.setFont('Sans', 7); c.setFillColor(colors.grey)
    c.line(L, 44, W - L, 44)
    c.drawString(L, 34, 'Determinazione dirigenziale n. 389 del 20/03/2026 – Settore Viabilità e Trasporti')
    c.drawRightString(W - L, 34, 'Pagina %d' % c.getPageNumber())
    c.drawString(L, 25, 'Sicraweb – Maggioli S.p.A. – Documento firmato digitalmente (artt. 20 e 21 D.Lgs. 82/2005)')
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=L, rightMargin=L, topMargin=118, bottomMargin=58,
                      title='Determinazione dirigenziale 389/2026', author='Provincia di Potenza',
                      creator='Sicraweb - Maggioli')
fr = Frame(L, 58, W - 2 * L, H - 118 - 58, leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate('p', [fr], onPage=onpage)])

B = ParagraphStyle('b', fontName='Sans', fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5)
BC = ParagraphStyle('bc', parent=B, fontName='Sans-B', alignment=TA_CENTER, spaceBefore=4, spaceAfter=7)
H1 = ParagraphStyle('h1', parent=B, fontName='Sans-B', fontSize=10.5, leading=13, alignment=TA_CENTER, spaceAfter=1)
H2 = ParagraphStyle('h2', parent=B, fontName='Sans', fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=1)
SM = ParagraphStyle('sm', parent=B, fontName='Narrow', fontSize=8.5, leading=10.5, spaceAfter=0)
SMB = ParagraphStyle('smb', parent=SM, fontName='Narrow-B')

s = []
s.append(Paragraph('SETTORE VIABILITÀ E TRASPORTI', H1))
s.append(Paragraph('Servizio Manutenzione Strade Provinciali – Zona Nord', H2))
s.append(Spacer(1, 10))
t = Table([
    [Paragraph('DETERMINAZIONE DIRIGENZIALE', ParagraphStyle('x', parent=H1, fontSize=12)), ''],
    [Paragraph('N. <b>389</b> del <b>20/03/2026</b>', ParagraphStyle('x', parent=B, alignment=TA_CENTER)),
     Paragraph('Proposta n. <b>412</b> del <b>17/03/2026</b>', ParagraphStyle('x', parent=B, alignment=TA_CENTER))],
], colWidths=[241, 242])
t.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#14407a')),
                       ('LINEBELOW', (0, 0), (1, 0), 0.5, colors.HexColor('#14407a')),
                       ('BACKGROUND', (0, 0), (1, 0), colors.HexColor('#e8eef6'))]))
s.append(t)
s.append(Spacer(1, 10))
s.append(Table([[Paragraph('<b>OGGETTO:</b>', B), Paragraph(
    '<b>S.P. 6 “Appulo-Lucana” – Lavori di ripristino del piano viabile dal km 12+300 al km 15+800 – Approvazione perizia di variante e impegno di spesa – CUP H17H25000410003 – CIG B8F23C11D4</b>', B)]],
    colWidths=[70, 413], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.black)]))
s.append(Spacer(1, 10))
s.append(Paragraph('IL DIRIGENTE', BC))
for p in [
    'PREMESSO che con determinazione dirigenziale n. 1544 del 28/10/2025 è stato approvato il progetto esecutivo dei lavori di ripristino del piano viabile della S.P. 6 “Appulo-Lucana” dal km 12+300 al km 15+800, per l\'importo complessivo di euro 640.000,00, finanziato con fondi del D.M. MIT n. 49/2018 – annualità 2025;',
    'CHE i lavori sono stati aggiudicati all\'impresa Lucana Strade S.r.l. di Tito (PZ), con contratto rep. n. 2219 del 15/12/2025, per l\'importo netto di euro 451.870,25 oltre IVA;',
    'VISTA la perizia di variante redatta dal Direttore dei lavori, ing. Nicola Carlucci, trasmessa con nota prot. n. 7716 del 10/03/2026, motivata dal rinvenimento di cedimenti del corpo stradale non prevedibili in fase progettuale, che comporta un maggiore importo netto di euro 38.412,60;',
    'DATO ATTO che la variante rientra nei limiti di cui all\'art. 120, comma 1, lett. c), del D.Lgs. 36/2023 e trova copertura nelle somme a disposizione del quadro economico;',
    'VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023, lo Statuto provinciale e il decreto presidenziale n. 7 del 31/01/2026 di conferimento dell\'incarico dirigenziale;',
]:
    s.append(Paragraph(p, B))
s.append(Paragraph('DETERMINA', BC))
for i, p in enumerate([
    'di approvare la perizia di variante dei lavori in oggetto, per un maggiore importo netto di euro 38.412,60, oltre IVA al 22%, e il relativo atto di sottomissione sottoscritto dall\'impresa;',
    'di impegnare la maggiore spesa di euro 46.863,37, IVA inclusa, sul capitolo 21520/3 del bilancio 2026, rimodulando le somme a disposizione del quadro economico;',
    'di prorogare di 45 giorni naturali e consecutivi il termine di ultimazione dei lavori;',
    'di trasmettere il presente provvedimento al Servizio Finanziario per il visto di regolarità contabile e all\'impresa per quanto di competenza.',
], 1):
    s.append(Paragraph(p, ParagraphStyle('pt', parent=B, leftIndent=18, bulletIndent=2), bulletText='%d.' % i))
s.append(Spacer(1, 14))
s.append(KeepTogether([
    Paragraph('Potenza, 20/03/2026', B),
    Table([[Paragraph('IL DIRIGENTE<br/>Ing. Rocco Santarsiero<br/><font size="7.5"><i>(firmato digitalmente)</i></font>', ParagraphStyle('x', parent=B, alignment=TA_CENTER))]],
          colWidths=[220], hAlign='RIGHT')]))
s.append(Spacer(1, 18))
vis = Table([[Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE</b> – Si attesta la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000). '
                        'Impegno n. 1188/2026 – capitolo 21520/3 – euro 46.863,37. Potenza, 20/03/2026. '
                        'Il Dirigente del Settore Finanziario: dott.ssa Angela Summa (firmato digitalmente).', SM)]], colWidths=[483])
vis.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
s.append(KeepTogether(vis))
doc.build(s)
