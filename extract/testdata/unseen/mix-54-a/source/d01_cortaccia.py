# Bilingual (German | Italian) Giunta deliberation of Cortaccia/Kurtatsch, side-by-side columns (reportlab)
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
reg()
S = ParagraphStyle('s', fontName='LSans', fontSize=9, leading=11.5)
SJ = ParagraphStyle('sj', parent=S, alignment=4)
SB = ParagraphStyle('sb', parent=S, fontName='LSans-B')
SC = ParagraphStyle('sc', parent=SB, alignment=1, fontSize=10.5, leading=13)
SH = ParagraphStyle('sh', parent=S, alignment=1, fontSize=8)
def pair(de, it, st=SJ):
    return [Paragraph(de, st), Paragraph(it, st)]
def run(c, d):
    c.saveState(); c.setFont('LSans', 7.5)
    c.drawString(18*mm, 12*mm, 'Beschluss des Gemeindeausschusses Nr. 58 vom 17.03.2026 / Deliberazione della Giunta comunale n. 58 del 17.03.2026')
    c.drawRightString(192*mm, 12*mm, 'Seite / pag. %d' % d.page)
    c.restoreState()
story = []
hdr = Table([[Paragraph('<b>GEMEINDE KURTATSCH<br/>AN DER WEINSTRASSE</b><br/><font size=7.5>Autonome Provinz Bozen – Südtirol</font>', SH),
              Paragraph('<font size=7>[Gemeindewappen / stemma]</font>', SH),
              Paragraph('<b>COMUNE DI CORTACCIA<br/>SULLA STRADA DEL VINO</b><br/><font size=7.5>Provincia autonoma di Bolzano – Alto Adige</font>', SH)]],
            colWidths=[72*mm, 30*mm, 72*mm])
hdr.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'MIDDLE'), ('LINEBELOW', (0,0), (-1,0), 0.8, colors.black)]))
story += [hdr, Spacer(1, 5*mm)]
t = Table([pair('<b>Beschluss des Gemeindeausschusses</b>', '<b>Deliberazione della Giunta comunale</b>', SC),
           pair('<b>Nr. 58</b>', '<b>n. 58</b>', SC),
           pair('Sitzung vom 17.03.2026 – Uhr 18:00', 'Seduta del 17.03.2026 – ore 18:00', ParagraphStyle('x', parent=S, alignment=1))],
          colWidths=[87*mm, 87*mm])
t.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('LINEAFTER', (0,0), (0,-1), 0.4, colors.black)]))
story += [t, Spacer(1, 4*mm)]
story.append(Paragraph('<b>Gegenstand:</b> Genehmigung des Ausführungsprojektes für die Sanierung der Trinkwasserleitung in der Fraktion Penon – CUP H17B25000310004', S))
story.append(Spacer(1, 2*mm))
story.append(Paragraph('<b>Oggetto:</b> Approvazione del progetto esecutivo per il risanamento della condotta dell’acqua potabile nella frazione di Penone – CUP H17B25000310004', S))
story.append(Spacer(1, 4*mm))
story.append(Table([pair('Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol enthaltenen Formvorschriften wurde für heute, im üblichen Sitzungssaal, der Gemeindeausschuss einberufen.',
                        'Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali della Regione autonoma Trentino-Alto Adige, per oggi è stata convocata, nella solita sala delle riunioni, la Giunta comunale.')],
                   colWidths=[87*mm, 87*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP')]))
story.append(Spacer(1, 3*mm))
roll = [['', Paragraph('<b>anwesend<br/>presente</b>', SH), Paragraph('<b>abwesend<br/>assente</b>', SH)]]
members = [('Martin Pernter', 'Bürgermeister / Sindaco', True), ('Sabine Kofler', 'Vizebürgermeisterin / Vicesindaca', True),
           ('Ivan Zanotti', 'Gemeindereferent / Assessore', True), ('Monika Gruber', 'Gemeindereferentin / Assessora', False),
           ('Hannes Terleth', 'Gemeindereferent / Assessore', True)]
for n, r, p in members:
    roll.append([Paragraph('%s – %s' % (n, r), S), 'X' if p else '', '' if p else 'X (entschuldigt / giustificata)'])
rt = Table(roll, colWidths=[100*mm, 25*mm, 49*mm])
rt.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.4, colors.black), ('FONT', (1,1), (-1,-1), 'LSans', 8.5), ('ALIGN', (1,0), (-1,-1), 'CENTER'), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
story += [rt, Spacer(1, 3*mm)]
body = [
 ('Den Vorsitz führt der Bürgermeister Dr. Martin Pernter. Es wirkt der Gemeindesekretär Dr. Lukas Amplatz mit. Nach Feststellung der Beschlussfähigkeit eröffnet der Vorsitzende die Sitzung.',
  'Presiede il Sindaco Dr. Martin Pernter. Assiste il Segretario comunale Dr. Lukas Amplatz. Riconosciuto legale il numero degli intervenuti, il Presidente dichiara aperta la seduta.'),
 ('Nach Einsichtnahme in das von Ing. Stefan Thaler, Neumarkt, ausgearbeitete Ausführungsprojekt vom 20.02.2026 mit einem Gesamtbetrag von 412.600,00 Euro, davon 318.400,00 Euro für Arbeiten;',
  'Visto il progetto esecutivo redatto dall’Ing. Stefan Thaler, Egna, in data 20.02.2026, per un importo complessivo di 412.600,00 euro, di cui 318.400,00 euro per lavori;'),
 ('Festgestellt, dass die Ausgabe im Haushaltsvoranschlag 2026-2028 auf Kapitel 2090.202 vorgesehen ist;',
  'Accertato che la spesa è prevista nel bilancio di previsione 2026-2028 al capitolo 2090.202;'),
 ('Nach Einsichtnahme in die positiven Gutachten gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2;',
  'Visti i pareri favorevoli espressi ai sensi dell’art. 185 della legge regionale 3 maggio 2018, n. 2;'),
]
story.append(Table([pair(a, b) for a, b in body], colWidths=[87*mm, 87*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOTTOMPADDING', (0,0), (-1,-1), 4)]))
story.append(Table([pair('<b>beschließt<br/>DER GEMEINDEAUSSCHUSS</b>', '<b>LA GIUNTA COMUNALE<br/>delibera</b>', SC),
                    pair('einstimmig in gesetzmäßiger Form durch Handerheben:', 'ad unanimità di voti espressi nelle forme di legge per alzata di mano:', ParagraphStyle('c', parent=S, alignment=1))],
                   colWidths=[87*mm, 87*mm]))
story.append(Spacer(1, 2*mm))
pts = [
 ('1. Das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in der Fraktion Penon im Gesamtbetrag von 412.600,00 Euro zu genehmigen.',
  '1. Di approvare il progetto esecutivo per il risanamento della condotta dell’acqua potabile nella frazione di Penone per l’importo complessivo di 412.600,00 euro.'),
 ('2. Die Ausgabe auf Kapitel 2090.202 des Haushaltsvoranschlages 2026-2028 zu verbuchen.',
  '2. Di imputare la spesa al capitolo 2090.202 del bilancio di previsione 2026-2028.'),
 ('3. Ing. Stefan Thaler zum Verfahrensverantwortlichen für die Ausführungsphase zu ernennen.',
  '3. Di nominare l’Ing. Stefan Thaler responsabile del procedimento per la fase di esecuzione.'),
 ('4. Diesen Beschluss im Sinne von Art. 183 Abs. 4 des RG Nr. 2/2018 für unverzüglich vollstreckbar zu erklären.',
  '4. Di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell’art. 183, comma 4, della L.R. n. 2/2018.'),
]
story.append(Table([pair(a, b) for a, b in pts], colWidths=[87*mm, 87*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOTTOMPADDING', (0,0), (-1,-1), 4)]))
story.append(Spacer(1, 3*mm))
story.append(Table([pair('<i>Rechtsmittelbelehrung: Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner Veröffentlichung Einspruch beim Gemeindeausschuss erheben.</i>',
                        '<i>Rimedi giuridici: ogni cittadino può, entro il periodo di pubblicazione, presentare opposizione alla Giunta comunale avverso la presente deliberazione.</i>')],
                   colWidths=[87*mm, 87*mm]))
story.append(Spacer(1, 6*mm))
sig = Table([[Paragraph('Der Bürgermeister / Il Sindaco<br/><b>Dr. Martin Pernter</b><br/><font size=7>digital signiert / firmato digitalmente</font>', SH),
              Paragraph('Der Gemeindesekretär / Il Segretario comunale<br/><b>Dr. Lukas Amplatz</b><br/><font size=7>digital signiert / firmato digitalmente</font>', SH)]], colWidths=[87*mm, 87*mm])
story.append(sig)
story.append(Spacer(1, 5*mm))
story.append(Table([pair('Veröffentlicht an der digitalen Amtstafel vom 19.03.2026 bis 29.03.2026.', 'Pubblicata all’albo digitale dal 19.03.2026 al 29.03.2026.', ParagraphStyle('p', parent=S, fontSize=8))],
                   colWidths=[87*mm, 87*mm], style=[('BOX', (0,0), (-1,-1), 0.5, colors.black)]))
doc = SimpleDocTemplate(os.path.join(OUT, 'delibera-cortaccia-dedagroup.pdf'), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=15*mm, bottomMargin=20*mm,
                        title='Beschluss GA 58/2026 - Delibera GC 58/2026', author='Gemeinde Kurtatsch / Comune di Cortaccia')
doc.build(story, onFirstPage=run, onLaterPages=run)
