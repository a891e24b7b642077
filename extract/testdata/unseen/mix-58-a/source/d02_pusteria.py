# Bezirksgemeinschaft Pustertal / Comunità Comprensoriale Valle Pusteria
# Beschluss des Bezirksausschusses - deliberazione della Giunta comprensoriale
# German left, Italian right (side by side), reportlab platypus, GVCC-like layout
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
S = ParagraphStyle('s', fontName='Helvetica', fontSize=8.6, leading=10.8, alignment=4)
B = ParagraphStyle('b', parent=S, fontName='Helvetica-Bold')
C = ParagraphStyle('c', parent=B, alignment=1, fontSize=9.5, leading=12)
H = ParagraphStyle('h', parent=C, fontSize=11, leading=14)

def pair(de, it, st=S):
    return [Paragraph(de, st), Paragraph(it, st)]

def header(c, d):
    c.saveState()
    c.setFont('Helvetica-Bold', 10.5)
    c.drawString(20*mm, 282*mm, 'BEZIRKSGEMEINSCHAFT PUSTERTAL')
    c.drawRightString(190*mm, 282*mm, 'COMUNITÀ COMPRENSORIALE VALLE PUSTERIA')
    c.setFont('Helvetica', 7.5)
    c.drawString(20*mm, 278*mm, 'Autonome Provinz Bozen - Südtirol')
    c.drawRightString(190*mm, 278*mm, 'Provincia autonoma di Bolzano - Alto Adige')
    c.drawCentredString(105*mm, 278*mm, 'Dantestraße 2 - Via Dante 2 · 39031 Bruneck - Brunico')
    c.setLineWidth(0.8); c.line(20*mm, 275.5*mm, 190*mm, 275.5*mm)
    c.setFont('Helvetica', 7)
    c.drawString(20*mm, 12*mm, 'Beschluss / Deliberazione Nr. / n. 58/2026')
    c.drawRightString(190*mm, 12*mm, 'Seite / Pagina %d' % d.page)
    c.restoreState()

story = []
story.append(Spacer(1, 4*mm))
t = Table([
  [Paragraph('Beschluss des Bezirksausschusses', H), Paragraph('Deliberazione della Giunta comprensoriale', H)],
  [Paragraph('Nr. 58', C), Paragraph('n. 58', C)],
  [Paragraph('Sitzung vom 17.03.2026 - Uhr 17:30', C), Paragraph('Seduta del 17.03.2026 - ore 17:30', C)],
], colWidths=[85*mm, 85*mm])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('LINEAFTER',(0,0),(0,-1),0.5,colors.black),
                       ('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e8e8e8'))]))
story += [t, Spacer(1, 4*mm)]
story.append(Table([pair('Nach Erfüllung der im geltenden Regionalgesetz enthaltenen Formvorschriften wurde für heute, im üblichen Sitzungssaal, der Bezirksausschuss einberufen.',
  'Previo esaurimento delle formalità prescritte dalla vigente legge regionale, per oggi, nella solita sala delle adunanze, è stata convocata la Giunta comprensoriale.')],
  colWidths=[85*mm,85*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(Spacer(1, 2*mm))
roll = [['Anwesend sind / Sono presenti:', '', 'anw.\npres.', 'abw. entsch.\nass. giust.']]
rows = [('OBERHOLLENZER ROBERT', 'Präsident / Presidente', True),
        ('PLANKENSTEINER JUDITH', 'Vizepräsidentin / Vicepresidente', True),
        ('MAIR AM TINKHOF GEORG', 'Mitglied / Membro', True),
        ('DE ZORDO CRISTINA', 'Mitglied / Membro', False),
        ('HOFER MANFRED', 'Mitglied / Membro', True),
        ('NIEDERKOFLER ANNA', 'Mitglied / Membro', True)]
for n, r, p in rows:
    roll.append([n, r, 'X' if p else '', '' if p else 'X'])
rt = Table(roll, colWidths=[62*mm, 62*mm, 20*mm, 26*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',8.4),('FONT',(0,0),(-1,0),'Helvetica-Bold',8),
    ('SPAN',(0,0),(1,0)),('GRID',(0,0),(-1,-1),0.4,colors.grey),('ALIGN',(2,0),(-1,-1),'CENTER'),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
story += [rt, Spacer(1, 2*mm)]
story.append(Table([pair('Schriftführer: der Generalsekretär <b>Dr. Lukas Gasser</b>.',
                         'Segretario: il Segretario generale <b>dott. Lukas Gasser</b>.'),
                    pair('Nach Feststellung der Beschlussfähigkeit übernimmt <b>Robert Oberhollenzer</b> in seiner Eigenschaft als Präsident den Vorsitz und erklärt die Sitzung für eröffnet.',
                         'Riconosciuto legale il numero degli intervenuti, <b>Robert Oberhollenzer</b> nella sua qualità di Presidente assume la presidenza e dichiara aperta la seduta.')],
  colWidths=[85*mm,85*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(Spacer(1, 3*mm))
obj = Table([pair('<b>Gegenstand:</b>', '<b>Oggetto:</b>'),
  pair('<b>Sozialdienste - Genehmigung der Vereinbarung mit der Gemeinde Sand in Taufers für die Führung des Tagesstättendienstes für Senioren - Zeitraum 2026-2028</b>',
       '<b>Servizi sociali - Approvazione della convenzione con il Comune di Campo Tures per la gestione del servizio di centro diurno per anziani - periodo 2026-2028</b>')],
  colWidths=[85*mm,85*mm])
obj.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('LINEAFTER',(0,0),(0,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
story += [obj, Spacer(1, 3*mm)]
body = [
 ('Der Bezirksausschuss hat Einsicht genommen in das Landesgesetz vom 30. April 1991, Nr. 13, betreffend die Neuordnung der Sozialdienste in der Provinz Bozen;',
  'La Giunta comprensoriale ha preso visione della legge provinciale 30 aprile 1991, n. 13, concernente il riordino dei servizi sociali in provincia di Bolzano;'),
 ('Festgestellt, dass die Gemeinde Sand in Taufers mit Schreiben vom 02.03.2026 die Verlängerung der Zusammenarbeit beantragt hat und die jährlichen Kosten auf 148.600,00 Euro geschätzt werden;',
  'Accertato che il Comune di Campo Tures con nota del 02.03.2026 ha chiesto la prosecuzione della collaborazione e che i costi annui sono stimati in 148.600,00 euro;'),
 ('Nach Einsichtnahme in die zustimmenden Gutachten über die fachliche und buchhalterische Ordnungsmäßigkeit;',
  'Visti i pareri favorevoli in ordine alla regolarità tecnica e contabile;'),
 ('fasst der Bezirksausschuss einstimmig, in gesetzlicher Form durch Handerheben ausgedrückt,',
  'la Giunta comprensoriale, ad unanimità di voti espressi nelle forme di legge per alzata di mano,'),
]
story.append(Table([pair(a, b) for a, b in body], colWidths=[85*mm,85*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(Table([[Paragraph('folgenden Beschluss:', C), Paragraph('delibera:', C)]], colWidths=[85*mm,85*mm]))
pts = [
 ('1. die Vereinbarung mit der Gemeinde Sand in Taufers für die Führung des Tagesstättendienstes für Senioren für den Zeitraum 2026-2028 zu genehmigen;',
  '1. di approvare la convenzione con il Comune di Campo Tures per la gestione del servizio di centro diurno per anziani per il periodo 2026-2028;'),
 ('2. den Präsidenten zur Unterzeichnung der Vereinbarung zu ermächtigen;',
  '2. di autorizzare il Presidente alla sottoscrizione della convenzione;'),
 ('3. die Ausgabe von 148.600,00 Euro jährlich auf Kapitel 12031.0300 des Haushaltsvoranschlages 2026-2028 zu verbuchen;',
  '3. di imputare la spesa di 148.600,00 euro annui al capitolo 12031.0300 del bilancio di previsione 2026-2028;'),
 ('4. diesen Beschluss im Sinne des Art. 183 Abs. 4 des Regionalgesetzes vom 3. Mai 2018, Nr. 2 für unverzüglich vollstreckbar zu erklären.',
  '4. di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della legge regionale 3 maggio 2018, n. 2.'),
]
story.append(Table([pair(a, b) for a, b in pts], colWidths=[85*mm,85*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(Spacer(1, 4*mm))
story.append(Table([pair('Gegen diesen Beschluss kann jeder Bürger innerhalb der Veröffentlichungsfrist von 10 Tagen beim Bezirksausschuss Einspruch erheben.',
                         'Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comprensoriale entro il periodo di pubblicazione di 10 giorni.')],
  colWidths=[85*mm,85*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(Spacer(1, 8*mm))
sig = Table([[Paragraph('Der Präsident - Il Presidente<br/>Robert Oberhollenzer', C), Paragraph('Der Generalsekretär - Il Segretario generale<br/>Dr. Lukas Gasser', C)],
             [Paragraph('<i>digital signiert - firmato digitalmente</i>', S), Paragraph('<i>digital signiert - firmato digitalmente</i>', S)]], colWidths=[85*mm,85*mm])
story.append(sig)
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=27*mm, bottomMargin=18*mm,
                        title='Beschluss 58/2026 - Deliberazione 58/2026', author='Bezirksgemeinschaft Pustertal')
doc.build(story, onFirstPage=header, onLaterPages=header)
