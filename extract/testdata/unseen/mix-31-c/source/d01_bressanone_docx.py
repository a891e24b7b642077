# Deliberazione della Giunta comunale di Bressanone (bilingual letterhead, GVCC-style template)
# python-docx -> .docx, then LibreOffice converts to PDF (see build.sh)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import sys

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.2); sec.right_margin = Cm(2.0)
sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)

st = doc.styles['Normal']
st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ''
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(1)

def setw(tab, widths):
    tab.autofit = False
    for i, w in enumerate(widths): tab.columns[i].width = w
    for row in tab.rows:
        for i, w in enumerate(widths): row.cells[i].width = w

# running footer
fp = sec.footer.paragraphs[0]
fp.text = 'Beschluss des Stadtrates Nr. 112/2026 – Deliberazione della Giunta comunale n. 112/2026'
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# letterhead: two-language table
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
l, m, r = t.rows[0].cells
cell_text(l, 'STADTGEMEINDE BRIXEN', bold=True, size=13)
l.add_paragraph('Autonome Provinz Bozen – Südtirol').runs[0].font.size = Pt(8)
cell_text(m, '[Stadtwappen – stemma]', size=7, align='c')
cell_text(r, 'COMUNE DI BRESSANONE', bold=True, size=13)
r.add_paragraph('Provincia autonoma di Bolzano – Alto Adige').runs[0].font.size = Pt(8)
for c in (l, r):
    for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.LEFT if c is l else WD_ALIGN_PARAGRAPH.RIGHT

setw(t, [Cm(7.6), Cm(2.2), Cm(7.6)])
para('', after=4)
para('BESCHLUSS DES STADTRATES', bold=True, size=12, align='c', after=0)
para('DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=12, align='c', after=6)

g = doc.add_table(rows=2, cols=3); g.style = 'Table Grid'
hdr = ['Nr. / n.', 'Sitzung vom / Seduta del', 'Uhr / ore']
val = ['112', '17.03.2026', '08:30']
for i in range(3):
    cell_text(g.rows[0].cells[i], hdr[i], size=8, align='c'); shade(g.rows[0].cells[i], 'E6E6E6')
    cell_text(g.rows[1].cells[i], val[i], bold=True, size=11, align='c')

para('', after=2)
p = para(after=2); r = p.add_run('Betreff: '); r.bold = True
p.add_run('Genehmigung des Ausführungsprojektes für die Neugestaltung des Spielplatzes in der Weinbergstraße in Milland – CUP B21B25000870004')
p = para(after=6); r = p.add_run('Oggetto: '); r.bold = True
r2 = p.add_run('Approvazione del progetto esecutivo per la riqualificazione del parco giochi di via dei Vigneti a Millan – CUP B21B25000870004'); r2.bold = True

para('Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formvorschriften wurden für heute, im üblichen Sitzungssaal, die Mitglieder des Stadtrates einberufen. / Previo esaurimento delle formalità prescritte dalla vigente legge regionale, vennero per oggi convocati, nella solita sala delle riunioni, i componenti della Giunta comunale.', size=8.5, align='j', italic=True)

roll = [
    ('OBERHOFER MARKUS', 'Bürgermeister', 'Sindaco', True),
    ('DALPONTE CHIARA', 'Vizebürgermeisterin', 'Vicesindaca', True),
    ('PLANER THOMAS', 'Stadtrat', 'Assessore', True),
    ('KERSCHBAUMER ELISABETH', 'Stadträtin', 'Assessora', False),
    ('FISCHNALLER PETER', 'Stadtrat', 'Assessore', True),
    ('MAZZOLA DAVIDE', 'Stadtrat', 'Assessore', True),
    ('RAINER MONIKA', 'Stadträtin', 'Assessora', True),
]
rt = doc.add_table(rows=1, cols=5); rt.style = 'Table Grid'
for i, h in enumerate(['Name – Nome', 'Amt', 'Carica', 'anwesend\npresente', 'abwesend\nassente']):
    cell_text(rt.rows[0].cells[i], h, bold=True, size=8, align='c' if i > 2 else None); shade(rt.rows[0].cells[i], 'E6E6E6')
for n, de, it, pres in roll:
    row = rt.add_row().cells
    cell_text(row[0], n, size=9); cell_text(row[1], de, size=9); cell_text(row[2], it, size=9)
    cell_text(row[3], 'X' if pres else '', size=9, align='c'); cell_text(row[4], '' if pres else 'X', size=9, align='c')
widths = [Cm(5.8), Cm(3.6), Cm(3.0), Cm(2.2), Cm(2.2)]
setw(rt, widths)

para('', after=2)
para('Seinen Beistand leistet der Generalsekretär / Assiste il Segretario generale Dr. Josef Unterkircher.', size=9.5)
para('Nach Feststellung der Beschlussfähigkeit übernimmt den Vorsitz / Riconosciuto legale il numero degli intervenuti, assume la presidenza il Sindaco Markus Oberhofer, che dichiara aperta la seduta.', size=9.5)

para('LA GIUNTA COMUNALE', bold=True, align='c', before=6, after=4)
body = [
 'Premesso che il parco giochi di via dei Vigneti, nella frazione di Millan, presenta attrezzature ludiche non più conformi alla norma UNI EN 1176 e pavimentazioni antitrauma deteriorate, come accertato dal verbale di sopralluogo dell’Ufficio Giardineria del 9 gennaio 2026;',
 'vista la propria deliberazione n. 401 del 2 dicembre 2025, con la quale è stato approvato il progetto di fattibilità tecnico-economica dell’intervento per un importo complessivo di euro 185.000,00;',
 'visto il progetto esecutivo redatto dall’arch. Lukas Pircher, incaricato con determinazione del Direttore d’Ufficio n. 1288 del 28 novembre 2025, pervenuto al prot. n. 6412 del 3 marzo 2026, che prevede una spesa complessiva di euro 185.000,00, di cui euro 142.300,00 per lavori (compresi euro 4.100,00 per oneri della sicurezza) ed euro 42.700,00 per somme a disposizione dell’Amministrazione;',
 'visto il verbale di verifica e validazione del progetto redatto dal Responsabile unico del progetto, geom. Stefano Bacher, in data 10 marzo 2026;',
 'visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, la L.P. 17 dicembre 2015, n. 16 e il D.Lgs. 31 marzo 2023, n. 36;',
 'visti i pareri favorevoli espressi ai sensi dell’art. 185 della L.R. 3 maggio 2018, n. 2 in ordine alla regolarità tecnico-amministrativa dal Direttore dell’Ufficio Lavori pubblici e in ordine alla regolarità contabile dalla Direttrice della Ripartizione Finanze;',
]
for b in body: para(b, align='j', size=9.5)
para('ad unanimità di voti espressi in forma palese per alzata di mano,', align='j', size=9.5)
para('d e l i b e r a', bold=True, align='c', before=4, after=4)
pts = [
 'di approvare il progetto esecutivo per la riqualificazione del parco giochi di via dei Vigneti a Millan, redatto dall’arch. Lukas Pircher, per una spesa complessiva di euro 185.000,00, secondo il quadro economico allegato alla presente deliberazione;',
 'di dare atto che la spesa trova copertura al capitolo 2091.10 “Manutenzione straordinaria aree verdi e parchi gioco” del bilancio di previsione 2026-2028, esercizio 2026;',
 'di incaricare il Direttore dell’Ufficio Lavori pubblici dell’adozione degli atti di affidamento dei lavori ai sensi dell’art. 50 del D.Lgs. 36/2023;',
 'di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione di dieci giorni e che entro 60 giorni può essere proposto ricorso al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano.',
]
for i, pt in enumerate(pts, 1):
    p = para(align='j', size=9.5); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run(f'{i}.\t{pt}').font.size = Pt(9.5)
para('Con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 183, comma 4, della L.R. 3 maggio 2018, n. 2, stante l’urgenza di avviare i lavori prima della stagione estiva.', align='j', size=9.5, before=4)

para('Gelesen, genehmigt und unterzeichnet – Letto, confermato e sottoscritto', italic=True, size=9, align='c', before=10)
s = doc.add_table(rows=3, cols=2)
cell_text(s.rows[0].cells[0], 'Der Bürgermeister / Il Sindaco', size=9, align='c')
cell_text(s.rows[0].cells[1], 'Der Generalsekretär / Il Segretario generale', size=9, align='c')
cell_text(s.rows[1].cells[0], 'Markus Oberhofer', bold=True, size=10, align='c')
cell_text(s.rows[1].cells[1], 'Dr. Josef Unterkircher', bold=True, size=10, align='c')
cell_text(s.rows[2].cells[0], '(digital signiert – firmato digitalmente)', size=7.5, align='c')
cell_text(s.rows[2].cells[1], '(digital signiert – firmato digitalmente)', size=7.5, align='c')

para('', after=6)
b = doc.add_table(rows=1, cols=1); b.style = 'Table Grid'
c = b.rows[0].cells[0]
cell_text(c, 'VERÖFFENTLICHUNG – PUBBLICAZIONE', bold=True, size=8.5)
c.add_paragraph('Veröffentlicht an der digitalen Amtstafel vom 19.03.2026 für 10 aufeinanderfolgende Tage. / Pubblicata all’albo digitale dal 19.03.2026 per 10 giorni consecutivi.').runs[0].font.size = Pt(8)
c.add_paragraph('Dokument digital signiert gemäß GvD Nr. 82/2005 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005').runs[0].font.size = Pt(7.5)

doc.save(out)
