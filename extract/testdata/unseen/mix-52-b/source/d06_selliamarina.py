# Comune di Sellia Marina - determinazione, TD Group-like layout; ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSansCondensed-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSansCondensed-Oblique.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
out = sys.argv[1]
N = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
T = ParagraphStyle('t', parent=C, fontName='DVB', fontSize=15, leading=18)
H = ParagraphStyle('h', parent=C, fontName='DVB', fontSize=10.5, spaceBefore=6, spaceAfter=6)
S = ParagraphStyle('s', parent=N, fontSize=7.5, leading=9)

def deco(c, doc):
    c.saveState()
    c.setFont('DV', 7)
    c.drawString(18*mm, 12*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - TD Atti - Comune di Sellia Marina')
    c.drawRightString(192*mm, 12*mm, 'Pag. %d' % doc.page)
    # protocol-like margin stamp on the left edge
    c.translate(9*mm, 150*mm); c.rotate(90); c.setFont('DV', 6.5); c.setFillColor(colors.grey)
    c.drawCentredString(0, 0, 'COMUNE DI SELLIA MARINA - Albo Pretorio on line - Registro pubblicazioni n. 288/2026')
    c.restoreState()

story = [Paragraph('[stemma]', ParagraphStyle('x', parent=C, fontSize=7, textColor=colors.grey)),
         Paragraph('COMUNE DI SELLIA MARINA', T),
         Paragraph('Provincia di Catanzaro', C),
         Paragraph('Via Provinciale, 48 - 88050 Sellia Marina (CZ)', ParagraphStyle('a', parent=C, fontSize=8)),
         Spacer(1, 8)]
hdr = Table([[Paragraph('<b>AREA ECONOMICO-FINANZIARIA</b><br/>Servizio Tributi', C)],
             [Paragraph('<b>DETERMINAZIONE N. 64 DEL 13/03/2026</b>', C)],
             [Paragraph('Registro Generale N. 201 del 13/03/2026', C)]], colWidths=[170*mm])
hdr.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                         ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
story += [hdr, Spacer(1, 8)]
og = Table([[Paragraph('<b>OGGETTO:</b>', N), Paragraph('<b>RIMBORSO SOMME VERSATE E NON DOVUTE A TITOLO DI IMU ANNUALITÀ 2023 – CONTRIBUENTE C.F. OMISSIS – LIQUIDAZIONE.</b>', N)]],
           colWidths=[22*mm, 148*mm])
og.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.black)]))
story += [og, Spacer(1, 6), Paragraph('IL RESPONSABILE DELL\'AREA', H)]
for s in ["VISTO il decreto sindacale n. 2 del 07/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Economico-Finanziaria;",
          "VISTA l'istanza di rimborso presentata dal contribuente in data 18/12/2025, acquisita al protocollo n. 14233, relativa a somme versate a titolo di IMU per l'annualità 2023 sull'immobile distinto in catasto al foglio 12, particella 845, sub 3;",
          "ACCERTATO, a seguito dell'istruttoria dell'Ufficio Tributi, che l'immobile costituiva abitazione principale del contribuente e che, pertanto, il versamento di euro 612,00 effettuato in data 16/06/2023 non era dovuto;",
          "VISTO l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, e il vigente Regolamento comunale per l'applicazione dell'IMU;",
          "RITENUTO di dover provvedere al rimborso, maggiorato degli interessi al tasso legale calcolati in euro 38,74;"]:
    story.append(Paragraph(s, N))
story.append(Paragraph('DETERMINA', H))
pts = ["di disporre il rimborso in favore del contribuente indicato nell'istanza prot. n. 14233 del 18/12/2025 della somma complessiva di euro 650,74, di cui euro 612,00 per imposta ed euro 38,74 per interessi;",
       "di imputare la spesa al capitolo 1045 \"Rimborsi e poste correttive delle entrate\" del bilancio di previsione 2026/2028, esercizio 2026, impegno n. 187/2026;",
       "di liquidare la somma mediante accredito sul conto corrente indicato dal contribuente, i cui estremi sono conservati agli atti dell'ufficio nel rispetto della normativa sulla protezione dei dati personali."]
story.append(ListFlowable([ListItem(Paragraph(p, N), leftIndent=14) for p in pts], bulletType='bullet', start='\u2022', leftIndent=14, bulletFontName='DV'))
story.append(Paragraph("Il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria ed è pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.", N))
story.append(Spacer(1, 14))
sig = Table([['', Paragraph('IL RESPONSABILE DELL\'AREA<br/>ECONOMICO-FINANZIARIA<br/>Dott. Gianluca Mancuso', C)]], colWidths=[90*mm, 80*mm])
story += [sig, Spacer(1, 16)]
vis = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b> – Si appone il visto favorevole attestante la copertura finanziaria della spesa (art. 151, comma 4, D.Lgs. 267/2000). Sellia Marina, 13/03/2026. Il Responsabile del Servizio Finanziario, Dott. Gianluca Mancuso.", S)]], colWidths=[170*mm])
vis.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
story.append(vis)
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=15*mm, bottomMargin=20*mm,
                        title='Determinazione n. 64 del 13/03/2026', author='Comune di Sellia Marina', creator='TD Atti')
doc.build(story, onFirstPage=deco, onLaterPages=deco)
