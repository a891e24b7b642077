#!/usr/bin/env python3
"""Gemeinde Schenna / Comune di Scena - Beschluss des Gemeindeausschusses /
deliberazione della Giunta comunale n. 87 del 17.03.2026.
German and Italian side by side in a two-column table (layout of the
South Tyrolean municipal software), subject stacked full width."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Table, TableStyle, Spacer, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
pdfmetrics.registerFont(TTFont('LS', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))

b = ParagraphStyle('b', fontName='LS', fontSize=9.2, leading=11.6, alignment=TA_JUSTIFY)
bc = ParagraphStyle('bc', parent=b, alignment=TA_CENTER)
bb = ParagraphStyle('bb', parent=b, fontName='LSB')
bbc = ParagraphStyle('bbc', parent=bb, alignment=TA_CENTER)
small = ParagraphStyle('s', parent=b, fontSize=7.5, leading=9)
W = A4[0] - 36 * mm


def header(c, doc):
    c.saveState()
    c.setFont('LSB', 12)
    c.drawString(18 * mm, A4[1] - 20 * mm, 'GEMEINDE SCHENNA')
    c.drawRightString(A4[0] - 18 * mm, A4[1] - 20 * mm, 'COMUNE DI SCENA')
    c.setFont('LS', 8)
    c.drawString(18 * mm, A4[1] - 24.5 * mm, 'Autonome Provinz Bozen - Südtirol')
    c.drawRightString(A4[0] - 18 * mm, A4[1] - 24.5 * mm, 'Provincia Autonoma di Bolzano - Alto Adige')
    # coat of arms placeholder
    c.setStrokeColor(colors.HexColor('#7a1f1f'))
    c.setFillColor(colors.HexColor('#c8102e'))
    p = c.beginPath()
    x0, y0 = A4[0] / 2 - 7 * mm, A4[1] - 14 * mm
    p.moveTo(x0, y0); p.lineTo(x0 + 14 * mm, y0); p.lineTo(x0 + 14 * mm, y0 - 10 * mm)
    p.curveTo(x0 + 14 * mm, y0 - 15 * mm, x0 + 7 * mm, y0 - 17 * mm, x0 + 7 * mm, y0 - 17 * mm)
    p.curveTo(x0 + 7 * mm, y0 - 17 * mm, x0, y0 - 15 * mm, x0, y0 - 10 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(18 * mm, A4[1] - 33 * mm, A4[0] - 18 * mm, A4[1] - 33 * mm)
    # foot
    c.setFillColor(colors.black)
    c.setFont('LS', 7)
    c.drawString(18 * mm, 12 * mm, 'Beschluss des Gemeindeausschusses Nr. 87 vom 17.03.2026 / Deliberazione della Giunta comunale n. 87 del 17.03.2026')
    c.drawRightString(A4[0] - 18 * mm, 12 * mm, 'Seite/Pagina %d' % doc.page)
    c.restoreState()


def pair(de, it, st=b):
    return [Paragraph(de, st), Paragraph(it, st)]


def two(rows, style_extra=()):
    t = Table(rows, colWidths=[W / 2 - 2 * mm, W / 2 - 2 * mm], hAlign='LEFT')
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('LEFTPADDING', (0, 0), (-1, -1), 2),
                           ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                           ('LINEAFTER', (0, 0), (0, -1), 0.3, colors.grey)] + list(style_extra)))
    return t


story = []
story.append(two([
    pair('<b>BESCHLUSS DES GEMEINDEAUSSCHUSSES</b>', '<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', bc),
    pair('Nr. 87', 'n. 87', bbc),
    pair('Sitzung vom 17.03.2026 - Uhr 17:30', 'Seduta del 17.03.2026 - ore 17:30', bc),
]))
story.append(Spacer(1, 4 * mm))
story.append(two([
    pair('Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formalitäten wurde für heute, 17.03.2026, um 17:30 Uhr im Sitzungssaal des Rathauses der Gemeindeausschuss einberufen.',
         'Previo esaurimento delle formalità prescritte dalla vigente legge regionale, per oggi 17.03.2026 alle ore 17:30 nella sala delle riunioni del municipio è stata convocata la Giunta comunale.'),
]))
story.append(Spacer(1, 3 * mm))

roll = [['Anwesend sind / Sono presenti:', '', 'anwesend\npresente', 'abw. entsch.\nass. giust.', 'abw. unentsch.\nass. ingiust.']]
members = [
    ('KOFLER LUIS', 'Bürgermeister / Sindaco', True),
    ('PIRCHER MARIA THERESIA', 'Vizebürgermeisterin / Vicesindaca', True),
    ('GAMPER MARKUS', 'Gemeindereferent / Assessore', True),
    ('HÖLZL STEFAN', 'Gemeindereferent / Assessore', False),
    ('RAFFEINER CLAUDIA', 'Gemeindereferentin / Assessora', True),
]
for n, r, p in members:
    roll.append([n, r, 'X' if p else '', '' if p else 'X', ''])
rt = Table(roll, colWidths=[48 * mm, 58 * mm, 22 * mm, 22 * mm, 24 * mm], hAlign='LEFT')
rt.setStyle(TableStyle([
    ('FONT', (0, 0), (-1, -1), 'LS', 8.5),
    ('FONT', (0, 0), (-1, 0), 'LSB', 8),
    ('FONT', (0, 1), (0, -1), 'LSB', 8.5),
    ('SPAN', (0, 0), (1, 0)),
    ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
    ('GRID', (0, 0), (-1, -1), 0.4, colors.black),
    ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
]))
story.append(rt)
story.append(Spacer(1, 3 * mm))
story.append(two([
    pair('Beistand leistet der Gemeindesekretär Dr. Thomas Prünster.',
         'Assiste il Segretario comunale dott. Thomas Prünster.'),
    pair('Den Vorsitz führt der Bürgermeister Luis Kofler. Nach Feststellung der Beschlussfähigkeit erklärt der Vorsitzende die Sitzung für eröffnet und der Ausschuss behandelt folgenden',
         'Assume la presidenza il Sindaco Luis Kofler. Constatato il numero legale degli intervenuti, il Presidente dichiara aperta la seduta e la Giunta passa alla trattazione del seguente'),
    pair('<b>GEGENSTAND</b>', '<b>OGGETTO</b>', bc),
]))
subj_box = Table([
    [Paragraph('<b>Genehmigung des Ausführungsprojektes für die Sanierung des Gehsteiges in der Verdinser Straße – CUP J47H25000410004</b>', b)],
    [Paragraph('<b>Approvazione del progetto esecutivo per il risanamento del marciapiede in via Verdines – CUP J47H25000410004</b>', b)],
], colWidths=[W])
subj_box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                              ('LINEBELOW', (0, 0), (0, 0), 0.3, colors.grey),
                              ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
story.append(subj_box)
story.append(Spacer(1, 4 * mm))

body = [
    ('Nach Einsichtnahme in den Beschluss des Gemeinderates Nr. 52 vom 18.12.2025, mit welchem der Haushaltsvoranschlag 2026-2028 genehmigt wurde;',
     'Vista la deliberazione del Consiglio comunale n. 52 del 18.12.2025, con la quale è stato approvato il bilancio di previsione 2026-2028;'),
    ('Nach Einsichtnahme in das von Ing. Martin Tappeiner, Meran, ausgearbeitete Ausführungsprojekt vom 20.02.2026, welches Gesamtkosten von 186.400,00 Euro vorsieht, davon 142.300,00 Euro für Arbeiten;',
     'Visto il progetto esecutivo redatto dall\'ing. Martin Tappeiner, Merano, in data 20.02.2026, che prevede una spesa complessiva di 186.400,00 euro, di cui 142.300,00 euro per lavori;'),
    ('Nach Einsichtnahme in das Gutachten des Gemeindebautechnikers vom 06.03.2026 und in das Protokoll der Projektüberprüfung gemäß Art. 42 des Gesetzesvertretenden Dekretes Nr. 36/2023;',
     'Visto il parere del tecnico comunale del 06.03.2026 e il verbale di verifica del progetto ai sensi dell\'art. 42 del decreto legislativo n. 36/2023;'),
    ('Nach Einsichtnahme in die positiven Gutachten im Sinne des Art. 185 des Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;',
     'Visti i pareri favorevoli espressi ai sensi dell\'art. 185 del Codice degli enti locali della Regione Autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;'),
    ('Dies vorausgeschickt,', 'Ciò premesso,'),
]
story.append(two([pair(d, i) for d, i in body]))
story.append(Spacer(1, 3 * mm))
story.append(two([
    pair('<b>DER GEMEINDEAUSSCHUSS</b>', '<b>LA GIUNTA COMUNALE</b>', bc),
    pair('<b>beschließt</b>', '<b>delibera</b>', bc),
    pair('einstimmig in gesetzlicher Form:', 'ad unanimità di voti legalmente espressi:', bc),
]))
points = [
    ('das Ausführungsprojekt für die Sanierung des Gehsteiges in der Verdinser Straße, ausgearbeitet von Ing. Martin Tappeiner, mit Gesamtkosten von 186.400,00 Euro zu genehmigen;',
     'di approvare il progetto esecutivo per il risanamento del marciapiede in via Verdines, redatto dall\'ing. Martin Tappeiner, con una spesa complessiva di 186.400,00 euro;'),
    ('die Ausgabe auf Kapitel 10052.02.0500 des Haushaltsvoranschlages 2026-2028, Haushaltsjahr 2026, zu verbuchen;',
     'di imputare la spesa al capitolo 10052.02.0500 del bilancio di previsione 2026-2028, esercizio 2026;'),
    ('den Verantwortlichen des Bauamtes, Geom. Daniel Mair, als einzigen Projektverantwortlichen (RUP) zu bestätigen;',
     'di confermare il responsabile dell\'Ufficio tecnico, geom. Daniel Mair, quale responsabile unico del progetto (RUP);'),
    ('diesen Beschluss im Sinne des Art. 183 Abs. 4 des Kodex der örtlichen Körperschaften, R.G. Nr. 2/2018, für unverzüglich vollstreckbar zu erklären.',
     'di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 183, comma 4, del Codice degli enti locali, L.R. n. 2/2018.'),
]
story.append(two([pair('%d. %s' % (k + 1, d), '%d. %s' % (k + 1, i)) for k, (d, i) in enumerate(points)]))
story.append(Spacer(1, 3 * mm))
story.append(two([
    pair('<i>Gegen diesen Beschluss kann jeder Bürger innerhalb des Zeitraumes seiner Veröffentlichung Einspruch beim Gemeindeausschuss erheben (Art. 183 Abs. 5 R.G. Nr. 2/2018). Innerhalb von 30 Tagen kann beim Regionalen Verwaltungsgerichtshof, Autonome Sektion Bozen, Rekurs eingereicht werden.</i>',
         '<i>Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione (art. 183, comma 5, L.R. n. 2/2018). Entro 30 giorni può essere presentato ricorso al Tribunale Regionale di Giustizia Amministrativa, Sezione autonoma di Bolzano.</i>', small),
]))
story.append(Spacer(1, 6 * mm))
sig = Table([
    ['Gelesen, genehmigt und unterfertigt', '', 'Letto, confermato e sottoscritto'],
    ['Der Bürgermeister / Il Sindaco', '', 'Der Gemeindesekretär / Il Segretario comunale'],
    ['Luis Kofler', '', 'Dr. Thomas Prünster'],
    ['(digital signiert / firmato digitalmente)', '', '(digital signiert / firmato digitalmente)'],
], colWidths=[W / 2 - 10 * mm, 20 * mm, W / 2 - 10 * mm])
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LS', 8.5), ('FONT', (0, 2), (-1, 2), 'LSB', 9),
                         ('FONT', (0, 3), (-1, 3), 'LS', 7),
                         ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
story.append(KeepTogether(sig))

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=38 * mm, bottomMargin=20 * mm,
                      title='Beschluss GA 87/2026 - Delibera GC 87/2026', author='Gemeinde Schenna')
doc.addPageTemplates([PageTemplate('p', [Frame(18 * mm, 20 * mm, W, A4[1] - 58 * mm, id='f')], onPage=header)])
doc.build(story)
