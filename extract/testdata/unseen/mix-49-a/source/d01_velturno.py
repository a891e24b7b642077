# Giunta deliberation of Comune di Velturno / Gemeinde Feldthurns, bilingual DE|IT side by side
# python-docx -> LibreOffice Writer (soffice --convert-to pdf)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(2)

def para(cell_or_doc, text, bold=False, size=None, align=None, italic=False, after=None):
    p = cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def nob(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'),'nil'); b.append(x)
    tblPr.append(b)

def cellset(cell, text, bold=False, size=None, align=None):
    cell.text = ''
    p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

# running head / foot
hp = sec.header.paragraphs[0]; hp.text = 'Gemeinde Feldthurns – Comune di Velturno'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(7.5); hp.runs[0].italic = True
fp = sec.footer.paragraphs[0]; fp.text = 'Beschluss/Deliberazione Nr./n. 58/2026 – Gemeindeausschuss/Giunta comunale'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(7.5)

t = doc.add_table(rows=1, cols=2); nob(t)
cellset(t.cell(0,0), 'GEMEINDE FELDTHURNS', bold=True, size=14, align='c')
para(t.cell(0,0), 'Autonome Provinz Bozen – Südtirol', size=8.5, align='c')
cellset(t.cell(0,1), 'COMUNE DI VELTURNO', bold=True, size=14, align='c')
para(t.cell(0,1), 'Provincia autonoma di Bolzano – Alto Adige', size=8.5, align='c')
para(doc, '', after=2)

t = doc.add_table(rows=2, cols=2); t.style = 'Table Grid'
cellset(t.cell(0,0), 'BESCHLUSS DES GEMEINDEAUSSCHUSSES', bold=True, size=11, align='c')
cellset(t.cell(0,1), 'DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=11, align='c')
cellset(t.cell(1,0), 'Nr. 58', bold=True, size=11, align='c')
cellset(t.cell(1,1), 'n. 58', bold=True, size=11, align='c')
para(doc, '', after=2)

t = doc.add_table(rows=2, cols=2); t.style = 'Table Grid'
cellset(t.cell(0,0), 'Betreff:', bold=True)
para(t.cell(0,1), 'Genehmigung des Ausführungsprojektes für die Sanierung des Gehsteiges entlang der Dorfstraße im Ortsteil Schnauders – Ausgabenzweckbindung', bold=True, align='j')
t.cell(0,1).paragraphs[0]._element.getparent().remove(t.cell(0,1).paragraphs[0]._element)
cellset(t.cell(1,0), 'Oggetto:', bold=True)
para(t.cell(1,1), 'Approvazione del progetto esecutivo per il risanamento del marciapiede lungo la via del Paese nella frazione di Snodres – Impegno di spesa', bold=True, align='j')
t.cell(1,1).paragraphs[0]._element.getparent().remove(t.cell(1,1).paragraphs[0]._element)
t.autofit = False
for r in t.rows:
    r.cells[0].width = Cm(2.6); r.cells[1].width = Cm(14.8)
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14.8)
para(doc, '', after=2)

t = doc.add_table(rows=1, cols=2); nob(t)
cellset(t.cell(0,0), 'Sitzung vom 14.04.2026 – Uhr 18:00', align='c')
cellset(t.cell(0,1), 'Seduta del 14.04.2026 – ore 18:00', align='c')
t = doc.add_table(rows=1, cols=2); nob(t)
cellset(t.cell(0,0), 'Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formvorschriften wurden für heute, im üblichen Sitzungssaal, die Mitglieder dieses Gemeindeausschusses einberufen.', align='j')
cellset(t.cell(0,1), 'Previo esaurimento delle formalità prescritte dalla vigente legge regionale, vennero per oggi convocati, nella solita sala delle riunioni, i componenti di questa Giunta comunale.', align='j')

roll = [('MESSNER Thomas','Bürgermeister / Sindaco', True),
        ('PLATTNER Evi','Vizebürgermeisterin / Vicesindaca', True),
        ('GASSER Lukas','Gemeindereferent / Assessore', True),
        ('OBEXER Sabine','Gemeindereferentin / Assessora', False),
        ('RABENSTEINER Florian','Gemeindereferent / Assessore', True)]
t = doc.add_table(rows=1+len(roll), cols=4); t.style = 'Table Grid'
for i,h in enumerate(['Name / Nome','Funktion / Carica','anwesend\npresente','abwesend\nassente']):
    cellset(t.cell(0,i), h, bold=True, size=8.5, align='c')
for j,(n,f,pr) in enumerate(roll, start=1):
    cellset(t.cell(j,0), n); cellset(t.cell(j,1), f)
    cellset(t.cell(j,2), 'X' if pr else '', align='c'); cellset(t.cell(j,3), '' if pr else 'X', align='c')
widths = [Cm(5.2), Cm(6.6), Cm(2.8), Cm(2.8)]
t.autofit = False
for r in t.rows:
    for c,w in zip(r.cells, widths): c.width = w
for c,w in zip(t.columns, widths): c.width = w
para(doc, '', after=2)

t = doc.add_table(rows=1, cols=2); nob(t)
cellset(t.cell(0,0), 'Seinen Beistand leistet der Gemeindesekretär Dr. Martin Unterthiner.', align='j')
para(t.cell(0,0), 'Nach Feststellung der Beschlussfähigkeit übernimmt Herr Thomas Messner in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Gemeindeausschuss behandelt folgenden', align='j')
para(t.cell(0,0), 'GEGENSTAND', bold=True, align='c')
cellset(t.cell(0,1), 'Assiste il Segretario comunale dott. Martin Unterthiner.', align='j')
para(t.cell(0,1), 'Riconosciuto legale il numero degli intervenuti, il Sig. Thomas Messner nella sua qualità di Sindaco ne assume la presidenza e dichiara aperta la seduta. La Giunta comunale passa alla trattazione del seguente', align='j')
para(t.cell(0,1), 'OGGETTO', bold=True, align='c')
doc.add_page_break()

de = [
 ('Der Gemeindeausschuss', True),
 ('Nach Einsichtnahme in das Ausführungsprojekt für die Sanierung des Gehsteiges entlang der Dorfstraße im Ortsteil Schnauders, ausgearbeitet von Ing. Stefan Kerschbaumer aus Brixen, welches Gesamtkosten von 186.400,00 Euro vorsieht, davon 142.300,00 Euro für Arbeiten;', False),
 ('Festgestellt, dass das Projekt mit Gutachten der Gemeindebaukommission vom 26.03.2026 positiv begutachtet wurde;', False),
 ('Nach Einsichtnahme in den Haushaltsvoranschlag 2026-2028, genehmigt mit Ratsbeschluss Nr. 41 vom 18.12.2025;', False),
 ('Nach Einsichtnahme in die positiven Gutachten gemäß Art. 185 des Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;', False),
 ('beschließt', True),
 ('einstimmig in gesetzlicher Form:', False),
 ('1. das Ausführungsprojekt für die Sanierung des Gehsteiges entlang der Dorfstraße im Ortsteil Schnauders mit Gesamtkosten von 186.400,00 Euro in technischer und verwaltungsmäßiger Hinsicht zu genehmigen;', False),
 ('2. die Ausgabe von 186.400,00 Euro auf Kapitel 10052.02.0150 des Haushaltes 2026 zweckzubinden;', False),
 ('3. Ing. Stefan Kerschbaumer zum Verfahrensverantwortlichen für die Ausführungsphase zu bestimmen;', False),
 ('4. diesen Beschluss im Sinne von Art. 183 Abs. 4 des Regionalgesetzes Nr. 2/2018 für unverzüglich vollstreckbar zu erklären.', False),
 ('Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes der Veröffentlichung Einspruch beim Gemeindeausschuss erheben und innerhalb von 60 Tagen ab Vollstreckbarkeit Rekurs beim Regionalen Verwaltungsgericht Bozen einlegen.', False),
]
it = [
 ('La Giunta comunale', True),
 ('Visto il progetto esecutivo per il risanamento del marciapiede lungo la via del Paese nella frazione di Snodres, redatto dall\'ing. Stefan Kerschbaumer di Bressanone, che prevede una spesa complessiva di 186.400,00 euro, di cui 142.300,00 euro per lavori;', False),
 ('Constatato che il progetto ha ottenuto il parere favorevole della commissione edilizia comunale in data 26.03.2026;', False),
 ('Visto il bilancio di previsione 2026-2028, approvato con deliberazione consiliare n. 41 del 18.12.2025;', False),
 ('Visti i pareri favorevoli espressi ai sensi dell\'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;', False),
 ('delibera', True),
 ('ad unanimità di voti espressi nelle forme di legge:', False),
 ('1. di approvare in linea tecnica ed amministrativa il progetto esecutivo per il risanamento del marciapiede lungo la via del Paese nella frazione di Snodres, con una spesa complessiva di 186.400,00 euro;', False),
 ('2. di impegnare la spesa di 186.400,00 euro sul capitolo 10052.02.0150 del bilancio 2026;', False),
 ('3. di nominare l\'ing. Stefan Kerschbaumer responsabile del procedimento per la fase di esecuzione;', False),
 ('4. di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della L.R. n. 2/2018.', False),
 ('Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione e, entro 60 giorni dall\'esecutività, ricorso al Tribunale Regionale di Giustizia Amministrativa di Bolzano.', False),
]
t = doc.add_table(rows=len(de), cols=2); nob(t)
for i,((a,ab),(b,bb)) in enumerate(zip(de,it)):
    cellset(t.cell(i,0), a, bold=ab, align='c' if ab else 'j')
    cellset(t.cell(i,1), b, bold=bb, align='c' if bb else 'j')
para(doc, '', after=6)

t = doc.add_table(rows=1, cols=2); nob(t)
cellset(t.cell(0,0), 'Gelesen, genehmigt und unterfertigt\nLetto, confermato e sottoscritto', size=8.5, align='c')
t = doc.add_table(rows=2, cols=2); nob(t)
cellset(t.cell(0,0), 'Der Bürgermeister – Il Sindaco', bold=True, align='c')
cellset(t.cell(1,0), 'Thomas Messner\n(digital signiert – firmato digitalmente)', align='c')
cellset(t.cell(0,1), 'Der Gemeindesekretär – Il Segretario comunale', bold=True, align='c')
cellset(t.cell(1,1), 'Dr. Martin Unterthiner\n(digital signiert – firmato digitalmente)', align='c')
doc.save('build/delibera-velturno-libreoffice.docx')
