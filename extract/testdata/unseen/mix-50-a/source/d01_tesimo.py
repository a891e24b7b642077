# Comune di Tesimo / Gemeinde Tisens - Giunta deliberation, German | Italian side by side (GVCC-like layout)
import sys, fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.lib import colors

out = sys.argv[1]
B = ParagraphStyle('b', fontName='LSans', fontSize=9, leading=11.5, alignment=TA_JUSTIFY)
BB = ParagraphStyle('bb', parent=B, fontName='LSans-Bold')
C = ParagraphStyle('c', parent=B, alignment=TA_CENTER)
CB = ParagraphStyle('cb', parent=C, fontName='LSans-Bold', fontSize=10.5, leading=13)
H = ParagraphStyle('h', parent=B, fontName='LSans-Bold', fontSize=12, leading=14, alignment=TA_CENTER)
S = ParagraphStyle('s', parent=B, fontSize=7.5, leading=9, alignment=TA_CENTER)

def pair(de, it, sd=B, si=None):
    return [Paragraph(de, sd), Paragraph(it, si or sd)]

def header(c, d):
    c.saveState()
    w, h = A4
    c.setFont('LSans-Bold', 13)
    c.drawCentredString(w/4+10*mm, h-20*mm, 'GEMEINDE TISENS')
    c.drawCentredString(3*w/4-10*mm, h-20*mm, 'COMUNE DI TESIMO')
    c.setFont('LSans', 8)
    c.drawCentredString(w/4+10*mm, h-25*mm, 'Autonome Provinz Bozen – Südtirol')
    c.drawCentredString(3*w/4-10*mm, h-25*mm, 'Provincia Autonoma di Bolzano – Alto Adige')
    # coat of arms placeholder
    c.setLineWidth(0.8); c.rect(w/2-6*mm, h-28*mm, 12*mm, 14*mm)
    c.setFont('LSans', 5); c.drawCentredString(w/2, h-21.5*mm, 'WAPPEN')
    c.setLineWidth(0.4); c.line(20*mm, h-31*mm, w-20*mm, h-31*mm)
    c.setFont('LSans', 7)
    c.drawString(20*mm, 12*mm, 'Gemeinde Tisens – Comune di Tesimo · Rathausplatz 1 / Piazza Municipio 1 · 39010 Tisens / Tesimo · St.Nr./C.F. 82002170215')
    c.drawRightString(w-20*mm, 12*mm, 'Seite / pagina %d' % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=36*mm, bottomMargin=20*mm,
                        title='Beschluss Gemeindeausschuss Nr. 87 / Deliberazione Giunta comunale n. 87', author='Gemeinde Tisens', creator='GVCC Ratsinformation')
cw = [(A4[0]-40*mm)/2 - 2*mm]*2
def T(rows, extra=()):
    t = Table(rows, colWidths=cw, hAlign='CENTER')
    t.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),0),('RIGHTPADDING',(0,0),(-1,-1),4*mm),
                           ('LINEAFTER',(0,0),(0,-1),0.3,colors.grey),('LEFTPADDING',(1,0),(1,-1),3*mm)] + list(extra)))
    return t

st = []
st.append(Paragraph('ABSCHRIFT – COPIA', S))
st.append(Spacer(1, 3*mm))
st.append(T([pair('<b>BESCHLUSS DES GEMEINDEAUSSCHUSSES</b>', '<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', CB)]))
st.append(Spacer(1, 2*mm))
st.append(Paragraph('Nr. / n. <b>87</b>', H))
st.append(Spacer(1, 3*mm))
st.append(T([pair('Sitzung vom <b>17.03.2026</b> – Uhr <b>18:00</b>', 'Seduta del <b>17.03.2026</b> – ore <b>18:00</b>', C)]))
st.append(Spacer(1, 4*mm))
subj_de = 'Genehmigung des Ausführungsprojektes für die Sanierung der Gemeindestraße Prissian – Grissian und Zweckbindung der Ausgabe – CUP H57H25001430004'
subj_it = 'Approvazione del progetto esecutivo per il risanamento della strada comunale Prissiano – Grissiano e impegno della spesa – CUP H57H25001430004'
st.append(T([pair('<b>Betreff:</b>', '<b>Oggetto:</b>'), pair('<b>'+subj_de+'</b>', '<b>'+subj_it+'</b>')],
            [('BOX',(0,0),(-1,-1),0.6,colors.black),('LEFTPADDING',(0,0),(-1,-1),2*mm),('TOPPADDING',(0,0),(-1,0),2*mm),('BOTTOMPADDING',(0,-1),(-1,-1),2*mm)]))
st.append(Spacer(1, 4*mm))
st.append(T([pair('Nach Erfüllung der im geltenden Regionalgesetz über die Gemeindeordnung enthaltenen Formvorschriften wurde für heute, im üblichen Sitzungssaal, der Gemeindeausschuss einberufen.',
                  'Previo esaurimento delle formalità prescritte dalla vigente legge regionale sull\'ordinamento dei comuni, per oggi è stata convocata, nella solita sala delle riunioni, la Giunta comunale.')]))
st.append(Spacer(1, 3*mm))
roll = [['Name / Nome', 'Funktion / Carica', 'anwesend\npresente', 'entschuldigt\nabwesend\nassente\ngiustificato', 'unentschuldigt\nabwesend\nassente\ningiustificato'],
        ['Christoph Holzner', 'Bürgermeister / Sindaco', 'X', '', ''],
        ['Verena Gamper Mair', 'Vizebürgermeisterin / Vicesindaca', 'X', '', ''],
        ['Andreas Kofler', 'Gemeindereferent / Assessore', '', 'X', ''],
        ['Martin Pircher', 'Gemeindereferent / Assessore', 'X', '', ''],
        ['Sabine Ladurner', 'Gemeindereferentin / Assessora', 'X', '', '']]
rt = Table(roll, colWidths=[45*mm, 60*mm, 20*mm, 22*mm, 23*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSans',8.5),('FONT',(0,0),(-1,0),'LSans-Bold',7),('GRID',(0,0),(-1,-1),0.4,colors.black),
                        ('ALIGN',(2,0),(-1,-1),'CENTER'),('VALIGN',(0,0),(-1,-1),'MIDDLE'),('BACKGROUND',(0,0),(-1,0),colors.Color(.9,.9,.9))]))
st.append(rt)
st.append(Spacer(1, 3*mm))
st.append(T([pair('Seinen Beistand leistet der Gemeindesekretär, Herr Dr. Markus Pichler.', 'Assiste il Segretario comunale, signor Dott. Markus Pichler.'),
             pair('Nach Feststellung der Beschlussfähigkeit übernimmt Herr Christoph Holzner in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Gemeindeausschuss behandelt folgenden',
                  'Riconosciuto legale il numero degli intervenuti, il signor Christoph Holzner, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta. La Giunta comunale passa alla trattazione del seguente'),
             pair('<b>GEGENSTAND</b>', '<b>OGGETTO</b>', C)]))
st.append(Spacer(1, 3*mm))
body = [
 ('Nach Einsichtnahme in den Beschluss des Gemeinderates Nr. 41 vom 18.12.2025, mit welchem der Haushaltsvoranschlag 2026–2028 genehmigt wurde;',
  'Vista la deliberazione del Consiglio comunale n. 41 del 18.12.2025, con la quale è stato approvato il bilancio di previsione 2026–2028;'),
 ('Festgestellt, dass die Gemeindestraße Prissian – Grissian auf einer Länge von ca. 1.250 m erhebliche Schäden am Straßenbelag und an den Stützmauern aufweist;',
  'Constatato che la strada comunale Prissiano – Grissiano presenta, su una lunghezza di circa 1.250 m, rilevanti danni alla pavimentazione e ai muri di sostegno;'),
 ('Nach Einsichtnahme in das von Dr. Ing. Lukas Thaler, Meran, ausgearbeitete Ausführungsprojekt vom 20.02.2026 im Gesamtbetrag von 486.300,00 Euro, davon 372.000,00 Euro für Arbeiten;',
  'Visto il progetto esecutivo redatto dal dott. ing. Lukas Thaler, Merano, in data 20.02.2026, per l\'importo complessivo di 486.300,00 euro, di cui 372.000,00 euro per lavori;'),
 ('Nach Einsicht in das positive Gutachten in technischer und buchhalterischer Hinsicht gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2;',
  'Visti i pareri favorevoli in ordine alla regolarità tecnica e contabile ai sensi dell\'art. 185 della legge regionale 3 maggio 2018, n. 2;'),
 ('Nach Einsichtnahme in den Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;',
  'Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;'),
]
st.append(T([pair(a, b) for a, b in body], [('BOTTOMPADDING',(0,0),(-1,-1),2.5*mm)]))
st.append(T([pair('<b>beschließt</b><br/>der Gemeindeausschuss einstimmig in gesetzlicher Form durch Handerheben:',
                  '<b>delibera</b><br/>la Giunta comunale ad unanimità di voti legalmente espressi per alzata di mano:', C)]))
st.append(Spacer(1, 3*mm))
pts = [
 ('1. das Ausführungsprojekt für die Sanierung der Gemeindestraße Prissian – Grissian im Gesamtbetrag von 486.300,00 Euro zu genehmigen;',
  '1. di approvare il progetto esecutivo per il risanamento della strada comunale Prissiano – Grissiano per l\'importo complessivo di 486.300,00 euro;'),
 ('2. die Ausgabe von 486.300,00 Euro auf dem Kapitel 10052.01 des Haushaltes 2026 zweckzubinden;',
  '2. di impegnare la spesa di 486.300,00 euro sul capitolo 10052.01 del bilancio 2026;'),
 ('3. Herrn Geom. Thomas Gruber zum einzigen Projektverantwortlichen (RUP) zu ernennen;',
  '3. di nominare responsabile unico del progetto (RUP) il geom. Thomas Gruber;'),
 ('4. festzuhalten, dass gegen diesen Beschluss während des Zeitraumes seiner Veröffentlichung von jedem Bürger beim Gemeindeausschuss Einspruch erhoben werden kann.',
  '4. di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione.'),
]
st.append(T([pair(a, b) for a, b in pts], [('BOTTOMPADDING',(0,0),(-1,-1),2*mm)]))
st.append(Spacer(1, 2*mm))
st.append(T([pair('Dieser Beschluss wird mit gesonderter, einstimmiger Abstimmung im Sinne des Art. 183 Abs. 4 des RG Nr. 2/2018 für unverzüglich vollziehbar erklärt.',
                  'La presente deliberazione è dichiarata immediatamente eseguibile, con separata votazione unanime, ai sensi dell\'art. 183, comma 4, della L.R. n. 2/2018.')]))
st.append(Spacer(1, 8*mm))
sig = Table([[Paragraph('Der Bürgermeister – Il Sindaco<br/><b>Christoph Holzner</b>', C), Paragraph('Der Gemeindesekretär – Il Segretario comunale<br/><b>Dr. Markus Pichler</b>', C)],
             [Paragraph('<i>digital signiert – firmato digitalmente</i>', S), Paragraph('<i>digital signiert – firmato digitalmente</i>', S)]], colWidths=cw)
st.append(KeepTogether([sig]))
doc.build(st, onFirstPage=header, onLaterPages=header)
