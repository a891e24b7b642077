# Gemeinde Andrian / Comune di Andriano - Giunta deliberation, German | Italian side by side
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

B = ParagraphStyle('b', fontName='LSans', fontSize=9, leading=11.5, alignment=TA_JUSTIFY)
BB = ParagraphStyle('bb', parent=B, fontName='LSans-B')
C = ParagraphStyle('c', parent=B, alignment=TA_CENTER, fontName='LSans-B', fontSize=10.5, leading=13)
H = ParagraphStyle('h', parent=B, alignment=TA_CENTER, fontSize=8, leading=10)
W = 85*mm

def pair(de, it, st=B, st2=None):
    t = Table([[Paragraph(de, st), Paragraph(it, st2 or st)]], colWidths=[W, W])
    t.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 3),
                           ('RIGHTPADDING', (0,0), (-1,-1), 6), ('TOPPADDING', (0,0), (-1,-1), 1), ('BOTTOMPADDING', (0,0), (-1,-1), 3)]))
    return t

def foot(c, d):
    c.saveState(); c.setFont('LSans', 7)
    c.line(18*mm, 14*mm, 192*mm, 14*mm)
    c.drawString(18*mm, 10*mm, 'Beschluss des Gemeindeausschusses / Deliberazione della Giunta comunale Nr./n. 58 vom/del 17.03.2026')
    c.drawRightString(192*mm, 10*mm, 'Seite / pagina %d' % d.page)
    c.restoreState()

s = []
s.append(pair('<b>GEMEINDE ANDRIAN</b>', '<b>COMUNE DI ANDRIANO</b>', C))
s.append(pair('Autonome Provinz Bozen – Südtirol', 'Provincia autonoma di Bolzano – Alto Adige', H))
s.append(Spacer(1, 4*mm))
s.append(pair('<b>BESCHLUSS DES GEMEINDEAUSSCHUSSES</b>', '<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', C))
s.append(Paragraph('Nr. / n. 58', ParagraphStyle('n', parent=C, fontSize=12, leading=16)))
s.append(Spacer(1, 2*mm))
s.append(pair('Sitzung vom 17.03.2026 – Uhrzeit 18:30', 'Seduta del 17.03.2026 – ore 18:30', H))
s.append(Spacer(1, 3*mm))
s.append(pair('Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol enthaltenen Formvorschriften wurde für heute, im Sitzungssaal des Rathauses, der Gemeindeausschuss einberufen.',
              'Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali della Regione autonoma Trentino-Alto Adige, per oggi, nella sala delle riunioni del municipio, è stata convocata la Giunta comunale.'))
s.append(Spacer(1, 2*mm))
roll = [['', 'Anwesend sind / Sono presenti:', '', 'anw.\npres.', 'abw.\nass.']]
rows = [('OBERHOFER KLAUS', 'Bürgermeister', 'Sindaco', 'X', ''),
        ('PIRCHER ANNA', 'Vizebürgermeisterin', 'Vicesindaca', 'X', ''),
        ('GAMPER LUKAS', 'Gemeindereferent', 'Assessore', '', 'entsch./giust.'),
        ('KOFLER MARTINA', 'Gemeindereferentin', 'Assessora', 'X', ''),
        ('THUILE SIMON', 'Gemeindereferent', 'Assessore', 'X', '')]
for i, r in enumerate(rows, 1):
    roll.append([str(i), r[0], r[1] + ' / ' + r[2], r[3], r[4]])
t = Table(roll, colWidths=[8*mm, 52*mm, 62*mm, 16*mm, 28*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 8.5), ('FONT', (0,0), (-1,0), 'LSans-B', 8),
                       ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('ALIGN', (3,0), (-1,-1), 'CENTER'),
                       ('VALIGN', (0,0), (-1,-1), 'MIDDLE'), ('SPAN', (1,0), (2,0))]))
s.append(t)
s.append(Spacer(1, 3*mm))
s.append(pair('Seine Teilnahme gewährleistet der Gemeindesekretär Dr. Markus Thaler.',
              'Assiste il Segretario comunale dott. Markus Thaler.'))
s.append(pair('Nach Feststellung der Beschlussfähigkeit übernimmt Herr Klaus Oberhofer in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Ausschuss behandelt folgenden',
              'Riconosciuto legale il numero degli intervenuti, il signor Klaus Oberhofer nella sua qualità di Sindaco ne assume la presidenza e dichiara aperta la seduta. La Giunta passa alla trattazione del seguente'))
s.append(Spacer(1, 2*mm))
s.append(pair('<b>GEGENSTAND:</b>', '<b>OGGETTO:</b>', BB))
s.append(pair('<b>Genehmigung des Ausführungsprojektes für die Sanierung der Trinkwasserleitung in der Kirchgasse – CUP I37H25000410005</b>',
              '<b>Approvazione del progetto esecutivo per il risanamento della condotta dell\'acqua potabile in via della Chiesa – CUP I37H25000410005</b>', BB))
s.append(Spacer(1, 3*mm))
prem = [
 ('Nach Einsichtnahme in das Ausführungsprojekt, ausgearbeitet von Ing. Petra Mair aus Lana, in der Fassung vom 02.03.2026, das sich auf einen Gesamtbetrag von 486.300,00 Euro beläuft, davon 372.000,00 Euro für Arbeiten;',
  'Visto il progetto esecutivo redatto dall\'ing. Petra Mair di Lana nella versione del 02.03.2026, che prevede una spesa complessiva di 486.300,00 euro, di cui 372.000,00 euro per lavori;'),
 ('Nach Einsichtnahme in das positive Gutachten der Gemeindebaukommission vom 09.03.2026;',
  'Visto il parere favorevole della commissione edilizia comunale del 09.03.2026;'),
 ('Festgestellt, dass die Ausgabe im Haushaltsvoranschlag 2026-2028, Kapitel 09042.02.1010, Deckung findet;',
  'Accertato che la spesa trova copertura nel bilancio di previsione 2026-2028, capitolo 09042.02.1010;'),
 ('Nach Einsichtnahme in die zustimmenden Gutachten gemäß Art. 185 des Kodex der örtlichen Körperschaften (R.G. vom 03.05.2018, Nr. 2) in geltender Fassung;',
  'Visti i pareri favorevoli espressi ai sensi dell\'art. 185 del Codice degli enti locali (L.R. 03.05.2018, n. 2) e successive modifiche;'),
]
for de, it in prem:
    s.append(pair(de, it))
s.append(Spacer(1, 2*mm))
s.append(pair('<b>beschließt</b><br/>DER GEMEINDEAUSSCHUSS<br/>einstimmig in gesetzmäßiger Form:', '<b>delibera</b><br/>LA GIUNTA COMUNALE<br/>ad unanimità di voti legalmente espressi:', ParagraphStyle('cc', parent=B, alignment=TA_CENTER)))
s.append(Spacer(1, 2*mm))
pts = [
 ('das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in der Kirchgasse in technischer Hinsicht und in Verwaltungshinsicht zu genehmigen;',
  'di approvare in linea tecnica ed amministrativa il progetto esecutivo per il risanamento della condotta dell\'acqua potabile in via della Chiesa;'),
 ('die Ausgabe von 486.300,00 Euro auf Kapitel 09042.02.1010 des Haushaltes 2026 zweckzubinden;',
  'di impegnare la spesa di 486.300,00 euro sul capitolo 09042.02.1010 del bilancio 2026;'),
 ('Herrn Geom. Stefan Unterholzner zum Verfahrensverantwortlichen zu ernennen;',
  'di nominare responsabile unico del progetto il geom. Stefan Unterholzner;'),
 ('diesen Beschluss im Sinne des Art. 183 Abs. 4 des Kodex der örtlichen Körperschaften für unverzüglich vollstreckbar zu erklären.',
  'di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 183, comma 4, del Codice degli enti locali.'),
]
for i, (de, it) in enumerate(pts, 1):
    s.append(pair('%d. %s' % (i, de), '%d. %s' % (i, it)))
s.append(Spacer(1, 3*mm))
s.append(pair('Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner Veröffentlichung Einspruch beim Gemeindeausschuss erheben. Innerhalb von 60 Tagen kann beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, Rekurs eingebracht werden.',
              'Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione. Entro 60 giorni può essere presentato ricorso al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano.', ParagraphStyle('sm', parent=B, fontSize=7.5, leading=9.5)))
s.append(Spacer(1, 5*mm))
s.append(pair('Gelesen, bestätigt und unterzeichnet', 'Letto, confermato e sottoscritto', ParagraphStyle('cc2', parent=B, alignment=TA_CENTER)))
s.append(Spacer(1, 3*mm))
sig = Table([[Paragraph('Der Bürgermeister / Il Sindaco<br/><b>Klaus Oberhofer</b><br/><font size=7>digital signiert / firmato digitalmente</font>', ParagraphStyle('s1', parent=B, alignment=TA_CENTER)),
              Paragraph('Der Gemeindesekretär / Il Segretario comunale<br/><b>Dr. Markus Thaler</b><br/><font size=7>digital signiert / firmato digitalmente</font>', ParagraphStyle('s2', parent=B, alignment=TA_CENTER))]], colWidths=[W, W])
s.append(sig)
doc = SimpleDocTemplate(out('deliberazione-andriano-gvcc.pdf'), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=15*mm, bottomMargin=20*mm,
                        title='Beschluss Gemeindeausschuss 58/2026', author='Gemeinde Andrian', creator='GVCC Beschlüsse / Delibere')
doc.build(s, onFirstPage=foot, onLaterPages=foot)
