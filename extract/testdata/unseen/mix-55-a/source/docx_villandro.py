# Deliberazione Giunta Comunale Villandro / Beschluss Gemeindeausschuss Villanders
# German | Italian side by side (Word-template style), converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(3)

def par(cell_or_doc, text, bold=False, size=None, align=None, italic=False):
    p = cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def two(de, it, bold=False, size=None, align='j'):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for c in t.columns: c.width = Cm(8.7)
    a, b = t.rows[0].cells
    a.width = b.width = Cm(8.7)
    for cell, txt in ((a, de), (b, it)):
        cell.paragraphs[0].text = ''
        first = True
        for line in (txt if isinstance(txt, list) else [txt]):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(line); r.bold = bold
            if size: r.font.size = Pt(size)
            if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

# header (letterhead in section header)
hdr = s.header
hp = hdr.paragraphs[0]
hp.text = ''
ht = hdr.add_table(rows=1, cols=3, width=Cm(17.4))
c1, c2, c3 = ht.rows[0].cells
c1.paragraphs[0].add_run('GEMEINDE VILLANDERS').bold = True
c1.add_paragraph('Autonome Provinz Bozen – Südtirol')
c2.paragraphs[0].add_run('⚜').font.size = Pt(20)
c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c3.paragraphs[0].add_run('COMUNE DI VILLANDRO').bold = True
c3.add_paragraph('Provincia Autonoma di Bolzano – Alto Adige')
for c in (c3,):
    for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = s.footer.paragraphs[0]
fp.text = 'Dorfplatz 1 / Piazza del Paese 1 – 39040 Villanders / Villandro – Tel. 0472 843 125 – info@villanders.eu / PEC: villanders.villandro@legalmail.it'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(7)

par(d, 'Abschrift / Copia', italic=True, align='c', size=8)
two(['BESCHLUSS DES GEMEINDEAUSSCHUSSES'], ['DELIBERAZIONE DELLA GIUNTA COMUNALE'], bold=True, size=12, align='c')
two(['Nr. 58'], ['n. 58'], bold=True, size=12, align='c')
two(['Sitzung vom 10.03.2026 – Uhrzeit 18:00'], ['Seduta del 10.03.2026 – ore 18:00'], align='c')
par(d, '')
two(['Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formvorschriften wurden für heute, im Sitzungssaal des Rathauses, die Mitglieder dieses Gemeindeausschusses einberufen.'],
    ['Previo esaurimento delle formalità prescritte dalla vigente legge regionale, vennero per oggi convocati, nella sala delle riunioni del municipio, i componenti di questa Giunta comunale.'])

roll = [('Walter Kerschbaumer', 'Bürgermeister / Sindaco', True),
        ('Anna Maria Gasser', 'Vizebürgermeisterin / Vicesindaca', True),
        ('Peter Rabensteiner', 'Gemeindereferent / Assessore', True),
        ('Martina Obexer', 'Gemeindereferentin / Assessora', False),
        ('Thomas Kusstatscher', 'Gemeindereferent / Assessore', True)]
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
hd = ['Name / Nome', 'Amt / Carica', 'anw. / pres.', 'abw. / ass.']
for i, h in enumerate(hd):
    t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
for n, r, p in roll:
    row = t.add_row().cells
    row[0].paragraphs[0].add_run(n)
    row[1].paragraphs[0].add_run(r)
    row[2].paragraphs[0].add_run('X' if p else '')
    row[3].paragraphs[0].add_run('' if p else 'X')
    for c in row[2:]: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in t.rows:
    for i, w in enumerate((Cm(5.5), Cm(6.5), Cm(2.5), Cm(2.5))): row.cells[i].width = w
par(d, '')
two(['Seine Anwesenheit leistet der Gemeindesekretär Dr. Markus Überbacher.',
     'Nach Feststellung der Beschlussfähigkeit übernimmt Herr Walter Kerschbaumer in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Ausschuss behandelt folgenden'],
    ['Assiste il Segretario comunale Dott. Markus Überbacher.',
     'Riconosciuto legale il numero degli intervenuti, il Sig. Walter Kerschbaumer, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta. La Giunta passa alla trattazione del seguente'])
two(['GEGENSTAND:', 'Genehmigung des Ausführungsprojektes für die Sanierung der Gemeindestraße „Sauders – Gasser Hof“ und Zweckbindung der Ausgabe'],
    ['OGGETTO:', 'Approvazione del progetto esecutivo per il risanamento della strada comunale „Sauders – maso Gasser“ e impegno della spesa'], bold=True)
par(d, '')
two(['DER GEMEINDEAUSSCHUSS',
     'Nach Einsichtnahme in das vom beauftragten Techniker Dr. Ing. Lukas Plattner ausgearbeitete Ausführungsprojekt vom 20.02.2026 mit einem Gesamtbetrag von 186.400,00 Euro, davon 142.900,00 Euro für Arbeiten;',
     'nach Einsichtnahme in den Haushaltsvoranschlag 2026-2028, genehmigt mit Ratsbeschluss Nr. 41 vom 18.12.2025;',
     'nach Einsichtnahme in die positiven Gutachten gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2;',
     'mit Stimmeneinhelligkeit, in gesetzlicher Form durch Handerheben zum Ausdruck gebracht,'],
    ['LA GIUNTA COMUNALE',
     'Visto il progetto esecutivo redatto dal tecnico incaricato Dott. Ing. Lukas Plattner in data 20.02.2026, dell\'importo complessivo di 186.400,00 euro, di cui 142.900,00 euro per lavori;',
     'visto il bilancio di previsione 2026-2028, approvato con deliberazione consiliare n. 41 del 18.12.2025;',
     'visti i pareri favorevoli espressi ai sensi dell\'art. 185 della legge regionale 3 maggio 2018, n. 2;',
     'ad unanimità di voti legalmente espressi per alzata di mano,'])
two(['b e s c h l i e ß t'], ['d e l i b e r a'], bold=True, align='c')
two(['1. das Ausführungsprojekt für die Sanierung der Gemeindestraße „Sauders – Gasser Hof“ mit einem Gesamtbetrag von 186.400,00 Euro zu genehmigen;',
     '2. die Ausgabe von 186.400,00 Euro im Kapitel 10052.02.0001 des Haushaltes 2026 zweckzubinden;',
     '3. Dr. Ing. Lukas Plattner als Bauleiter zu bestätigen;',
     '4. festzuhalten, dass gegen diesen Beschluss während des Zeitraumes seiner Veröffentlichung jeder Bürger beim Gemeindeausschuss Einspruch erheben kann.'],
    ['1. di approvare il progetto esecutivo per il risanamento della strada comunale „Sauders – maso Gasser“ dell\'importo complessivo di 186.400,00 euro;',
     '2. di impegnare la spesa di 186.400,00 euro al capitolo 10052.02.0001 del bilancio 2026;',
     '3. di confermare il Dott. Ing. Lukas Plattner quale direttore dei lavori;',
     '4. di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione.'])
two(['Mit eigener, einstimmiger Abstimmung wird dieser Beschluss im Sinne von Art. 183 Abs. 4 des RG Nr. 2/2018 für unverzüglich vollstreckbar erklärt.'],
    ['Con separata votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della L.R. n. 2/2018.'])
par(d, '')
par(d, 'Gelesen, genehmigt und unterfertigt / Letto, confermato e sottoscritto', align='c', italic=True)
t2 = d.add_table(rows=3, cols=2)
t2.rows[0].cells[0].paragraphs[0].add_run('Der Bürgermeister / Il Sindaco')
t2.rows[0].cells[1].paragraphs[0].add_run('Der Gemeindesekretär / Il Segretario comunale')
t2.rows[1].cells[0].paragraphs[0].add_run('Walter Kerschbaumer').bold = True
t2.rows[1].cells[1].paragraphs[0].add_run('Dr. Markus Überbacher').bold = True
t2.rows[2].cells[0].paragraphs[0].add_run('digital signiert / firmato digitalmente').font.size = Pt(7)
t2.rows[2].cells[1].paragraphs[0].add_run('digital signiert / firmato digitalmente').font.size = Pt(7)
for row in t2.rows:
    for c in row.cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
par(d, '')
box = d.add_table(rows=1, cols=1); box.style = 'Table Grid'
c = box.rows[0].cells[0]
c.paragraphs[0].add_run('VERÖFFENTLICHUNGSBESTÄTIGUNG / REFERTO DI PUBBLICAZIONE').bold = True
c.add_paragraph('Dieser Beschluss wird an der digitalen Amtstafel der Gemeinde vom 12.03.2026 für zehn aufeinanderfolgende Tage veröffentlicht. / La presente deliberazione viene pubblicata all\'albo pretorio digitale del Comune dal 12.03.2026 per dieci giorni consecutivi.')
for p in c.paragraphs: 
    for r in p.runs: r.font.size = Pt(8)
d.save(out)
