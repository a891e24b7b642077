# Giunta deliberation of Gemeinde Niederdorf / Comune di Villabassa (BZ):
# German and Italian side by side in a borderless two-column table,
# as a Word template printed through LibreOffice Writer.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)
st = doc.styles['Normal']
st.font.name = 'Liberation Sans'
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(3)

# footer: page number, bilingual
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Beschluss / Deliberazione Nr. / n. 47/2026 – Seite / pagina ')
r.font.size = Pt(7.5)
def field(par, code):
    r = par.add_run()
    r.font.size = Pt(7.5)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)
field(fp, 'PAGE')


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def cellpar(cell, text, bold=False, size=None, align=None, italic=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def pair(de, it, bold=False, size=None, align='j', tbl=None):
    row = tbl.add_row()
    cellpar(row.cells[0], de, bold, size, align, first=True)
    cellpar(row.cells[1], it, bold, size, align, first=True)


# letterhead
head = doc.add_table(rows=1, cols=2); no_borders(head)
head.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = head.rows[0].cells
cellpar(c0, 'GEMEINDE NIEDERDORF', True, 14, 'c', first=True)
cellpar(c0, 'Autonome Provinz Bozen – Südtirol', size=8.5, align='c')
cellpar(c1, 'COMUNE DI VILLABASSA', True, 14, 'c', first=True)
cellpar(c1, 'Provincia autonoma di Bolzano – Alto Adige', size=8.5, align='c')

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('Von-Kurz-Platz 1 – 39039 Niederdorf / Piazza von Kurz 1 – 39039 Villabassa – Tel. 0474 745133 – PEC: niederdorf.villabassa@legalmail.it')
r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

t = doc.add_table(rows=0, cols=2); no_borders(t)
pair('Abschrift', 'Copia', True, 9, 'c', t)
pair('BESCHLUSS DES GEMEINDEAUSSCHUSSES', 'DELIBERAZIONE DELLA GIUNTA COMUNALE', True, 11.5, 'c', t)
pair('Nr. 47', 'n. 47', True, 11, 'c', t)
pair('Sitzung vom 17.03.2026 – Uhr 18:00', 'Seduta del 17.03.2026 – ore 18:00', False, 10, 'c', t)

doc.add_paragraph()
t = doc.add_table(rows=0, cols=2); no_borders(t)
pair('Betreff:', 'Oggetto:', True, 9.5, None, t)
pair('Genehmigung der Vereinbarung mit der Gemeinde Toblach für die gemeinsame Führung des Recyclinghofes – Jahre 2026-2028',
     'Approvazione della convenzione con il Comune di Dobbiaco per la gestione associata del centro di riciclaggio – anni 2026-2028',
     True, 10.5, None, t)

doc.add_paragraph()
t = doc.add_table(rows=0, cols=2); no_borders(t)
pair('Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formvorschriften wurden für heute, im üblichen Sitzungssaal, die Mitglieder dieses Gemeindeausschusses einberufen.',
     'Previo esaurimento delle formalità prescritte dalla vigente legge regionale, vennero per oggi convocati, nella solita sala delle riunioni, i componenti di questa Giunta comunale.', tbl=t)

# roll (one table, both languages in the header)
roll = doc.add_table(rows=1, cols=5)
roll.style = 'Table Grid'
roll.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['Name / Nome', 'Funktion', 'Carica', 'anwesend\npresente', 'abwesend\nassente']
for i, h in enumerate(hdr):
    cellpar(roll.rows[0].cells[i], h, True, 8.5, 'c', first=True)
members = [
    ('STEINER GÜNTHER', 'Bürgermeister', 'Sindaco', True),
    ('MAIR MONIKA', 'Vizebürgermeisterin', 'Vicesindaca', True),
    ('HOFER ALOIS', 'Gemeindereferent', 'Assessore', True),
    ('PATZLEINER KARIN', 'Gemeindereferentin', 'Assessora', False),
    ('WALDER MARTIN', 'Gemeindereferent', 'Assessore', True),
]
for n, f, c, pres in members:
    row = roll.add_row().cells
    cellpar(row[0], n, first=True, size=9)
    cellpar(row[1], f, first=True, size=9)
    cellpar(row[2], c, first=True, size=9)
    cellpar(row[3], 'X' if pres else '', first=True, size=9, align='c')
    cellpar(row[4], '' if pres else 'X (entsch./giust.)', first=True, size=8, align='c')
for row in roll.rows:
    for i, w in enumerate([Cm(5.0), Cm(3.8), Cm(3.2), Cm(2.2), Cm(3.2)]):
        row.cells[i].width = w

doc.add_paragraph()
t = doc.add_table(rows=0, cols=2); no_borders(t)
pair('Seinen Beistand leistet die Gemeindesekretärin Dr. Elisabeth Kargruber.',
     'Assiste la Segretaria comunale dott.ssa Elisabeth Kargruber.', tbl=t)
pair('Nach Feststellung der Beschlussfähigkeit übernimmt der Bürgermeister Dr. Günther Steiner den Vorsitz und erklärt die Sitzung für eröffnet. Der Ausschuss behandelt folgenden',
     'Riconosciuto legale il numero degli intervenuti, il Sindaco dott. Günther Steiner assume la presidenza e dichiara aperta la seduta. La Giunta passa alla trattazione del seguente',
     tbl=t)
pair('GEGENSTAND', 'OGGETTO', True, 10, 'c', t)

body = [
    ('Nach Einsicht in die Vereinbarung vom 12.12.2022, mit welcher die Gemeinden Niederdorf und Toblach die gemeinsame Führung des Recyclinghofes in der Örtlichkeit Rienzfeld für die Jahre 2023-2025 geregelt haben;',
     'Vista la convenzione del 12.12.2022, con la quale i Comuni di Villabassa e Dobbiaco hanno disciplinato la gestione associata del centro di riciclaggio in località Rienzfeld per gli anni 2023-2025;'),
    ('Festgestellt, dass die genannte Vereinbarung am 31.12.2025 verfallen ist und es zweckmäßig ist, die gemeinsame Führung für weitere drei Jahre fortzusetzen;',
     'Accertato che la suddetta convenzione è scaduta il 31.12.2025 e che è opportuno proseguire la gestione associata per ulteriori tre anni;'),
    ('Nach Einsicht in den neuen Vereinbarungsentwurf, welcher die Aufteilung der Kosten im Verhältnis zur Anzahl der Einwohner zum 31.12.2025 vorsieht (Niederdorf 27,4 % – Toblach 72,6 %);',
     'Visto il nuovo schema di convenzione, che prevede la ripartizione dei costi in proporzione al numero degli abitanti al 31.12.2025 (Villabassa 27,4 % – Dobbiaco 72,6 %);'),
    ('Festgestellt, dass der auf die Gemeinde Niederdorf entfallende Jahresanteil auf 18.400,00 Euro geschätzt wird;',
     'Accertato che la quota annua a carico del Comune di Villabassa è stimata in euro 18.400,00;'),
    ('Nach Einsicht in die positiven Gutachten gemäß Art. 185 des Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit R.G. vom 3. Mai 2018, Nr. 2;',
     'Visti i pareri favorevoli espressi ai sensi dell\'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2;'),
    ('Dies vorausgeschickt, fasst der Gemeindeausschuss einstimmig, in gesetzmäßiger Form durch Handerheben, folgenden',
     'Tutto ciò premesso, la Giunta comunale, ad unanimità di voti legalmente espressi per alzata di mano,'),
    ('BESCHLUSS', 'DELIBERA'),
    ('1. die beiliegende Vereinbarung mit der Gemeinde Toblach für die gemeinsame Führung des Recyclinghofes für die Jahre 2026-2028 zu genehmigen;',
     '1. di approvare l\'allegata convenzione con il Comune di Dobbiaco per la gestione associata del centro di riciclaggio per gli anni 2026-2028;'),
    ('2. den Bürgermeister zur Unterzeichnung der Vereinbarung zu ermächtigen;',
     '2. di autorizzare il Sindaco alla sottoscrizione della convenzione;'),
    ('3. die Ausgabe von 18.400,00 Euro jährlich auf dem Kapitel 09031.03.0210 des Haushaltsvoranschlages 2026-2028 zweckzubinden;',
     '3. di impegnare la spesa annua di euro 18.400,00 al capitolo 09031.03.0210 del bilancio di previsione 2026-2028;'),
    ('4. diesen Beschluss, mit eigener einstimmiger Abstimmung, im Sinne von Art. 183 Abs. 4 des R.G. Nr. 2/2018 für unverzüglich vollstreckbar zu erklären.',
     '4. di dichiarare la presente deliberazione, con separata votazione unanime, immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della L.R. n. 2/2018.'),
    ('Gegen diesen Beschluss kann jeder Bürger innerhalb des Zeitraumes der Veröffentlichung Einspruch beim Gemeindeausschuss erheben und innerhalb von 60 Tagen ab Vollstreckbarkeit Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, einreichen.',
     'Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione e, entro 60 giorni dall\'esecutività, ricorso al Tribunale Regionale di Giustizia Amministrativa, Sezione autonoma di Bolzano.'),
]
t = doc.add_table(rows=0, cols=2); no_borders(t)
for de, it in body:
    b = it == 'DELIBERA'
    pair(de, it, b, 10 if b else None, 'c' if b else 'j', t)

doc.add_paragraph()
t = doc.add_table(rows=0, cols=2); no_borders(t)
pair('Gelesen, genehmigt und unterfertigt', 'Letto, confermato e sottoscritto', False, 9, 'c', t)
sig = doc.add_table(rows=2, cols=2); no_borders(sig)
cellpar(sig.rows[0].cells[0], 'Der Bürgermeister / Il Sindaco', True, 9, 'c', first=True)
cellpar(sig.rows[0].cells[0], 'Dr. Günther Steiner', size=9, align='c')
cellpar(sig.rows[0].cells[1], 'Die Gemeindesekretärin / La Segretaria comunale', True, 9, 'c', first=True)
cellpar(sig.rows[0].cells[1], 'Dr. Elisabeth Kargruber', size=9, align='c')
cellpar(sig.rows[1].cells[0], 'digital signiert / firmato digitalmente', size=7.5, align='c', italic=True, first=True)
cellpar(sig.rows[1].cells[1], 'digital signiert / firmato digitalmente', size=7.5, align='c', italic=True, first=True)

doc.add_paragraph()
box = doc.add_table(rows=1, cols=2); box.style = 'Table Grid'
cellpar(box.rows[0].cells[0], 'VERÖFFENTLICHUNGSBESTÄTIGUNG', True, 8.5, 'c', first=True)
cellpar(box.rows[0].cells[0], 'Dieser Beschluss wird an der digitalen Amtstafel vom 19.03.2026 an für 10 aufeinanderfolgende Tage veröffentlicht.', size=8.5, align='j')
cellpar(box.rows[0].cells[1], 'ATTESTATO DI PUBBLICAZIONE', True, 8.5, 'c', first=True)
cellpar(box.rows[0].cells[1], 'La presente deliberazione viene pubblicata all\'albo digitale a partire dal 19.03.2026 per 10 giorni consecutivi.', size=8.5, align='j')

doc.core_properties.author = 'Gemeinde Niederdorf - Sekretariat'
doc.core_properties.title = 'Beschluss GA 47/2026'
doc.save(out)
