# Gemeinde Klausen / Comune di Chiusa - Beschluss des Gemeindeausschusses / deliberazione della Giunta
# Word template (python-docx) -> LibreOffice Writer PDF export
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
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)
st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
st.paragraph_format.space_after = Pt(3)

def borders(tbl, val='single'):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), val); x.set(qn('w:sz'), '4'); x.set(qn('w:color'), '808080'); b.append(x)
    tblPr.append(b)

def widths(tbl, cms):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), cms):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in tbl.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)

def para(cell_or_doc, text='', bold=False, size=None, align=None, italic=False, after=None):
    p = cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def cellp(cell, text, bold=False, size=None, align=None, italic=False):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 and not getattr(cell, '_used', False) else cell.add_paragraph()
    cell._used = True
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(3)
    return p

# running header (letterhead) and footer
hdr = sec.header
ht = hdr.add_table(1, 3, Cm(17.4))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c = ht.rows[0].cells
cellp(c[0], 'GEMEINDE KLAUSEN', bold=True, size=12)
cellp(c[0], 'Autonome Provinz Bozen – Südtirol', size=8)
c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c[1].paragraphs[0].add_run().add_picture(sys.argv[2], height=Cm(1.5)); c[1]._used = True
widths(ht, [7.7, 2.0, 7.7])
cellp(c[2], 'COMUNE DI CHIUSA', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
cellp(c[2], 'Provincia autonoma di Bolzano – Alto Adige', size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
ftr = sec.footer
fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Marktplatz 6 – 39043 Klausen | Piazza Mercato 6 – 39043 Chiusa  ·  Tel. 0472 858200  ·  info@klausen.gemeinde.bz.it  ·  Steuernr./Cod. fisc. 00000210212'); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

para(doc, 'Abschrift / Copia', italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
t = doc.add_table(1, 2); borders(t, 'nil')
c = t.rows[0].cells
cellp(c[0], 'BESCHLUSS DES GEMEINDEAUSSCHUSSES', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[1], 'DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
t = doc.add_table(2, 4); borders(t)
vals = [('Nr. / n.', '94'), ('Sitzung vom / Seduta del', '17.03.2026'), ('Uhr / ore', '17:00'), ('Sitzungssaal / Sala riunioni', 'Rathaus / Municipio')]
for i, (a, b) in enumerate(vals):
    cellp(t.rows[0].cells[i], a, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    cellp(t.rows[1].cells[i], b, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

para(doc, '', after=2)
t = doc.add_table(1, 2); borders(t, 'nil')
c = t.rows[0].cells
cellp(c[0], 'Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol enthaltenen Formvorschriften wurde für heute, in diesem Sitzungssaal, der Gemeindeausschuss einberufen.', size=9).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
cellp(c[1], 'Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali della Regione autonoma Trentino-Alto Adige, per oggi è stata convocata, in questa sala riunioni, la Giunta comunale.', size=9).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

roll = [('KERSCHBAUMER ANDREAS', 'Bürgermeister', 'Sindaco', 'X', '', ''),
        ('PLONER SABINE', 'Vizebürgermeisterin', 'Vicesindaca', 'X', '', ''),
        ('FISCHNALLER MARKUS', 'Gemeindereferent', 'Assessore', 'X', '', ''),
        ('DELLAGO ELISABETH', 'Gemeindereferentin', 'Assessora', '', 'X', ''),
        ('RABENSTEINER THOMAS', 'Gemeindereferent', 'Assessore', 'X', '', ''),
        ('MAIRHOFER GIULIA', 'Gemeindereferentin', 'Assessora', 'X', '', '')]
t = doc.add_table(1 + len(roll), 5); borders(t)
heads = ['Name / Nome', 'Amt / Carica', 'anwesend\npresente', 'entschuldigt abwesend\nassente giustificato', 'unentschuldigt abwesend\nassente ingiustificato']
for i, h in enumerate(heads):
    cellp(t.rows[0].cells[i], h, bold=True, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
for j, (n, de, it, p, ag, ai) in enumerate(roll, 1):
    cells = t.rows[j].cells
    cellp(cells[0], n, size=9)
    cellp(cells[1], de + ' / ' + it, size=8.5)
    for k, v in enumerate((p, ag, ai)):
        cellp(cells[2 + k], v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
widths(t, [5.0, 5.4, 1.8, 2.6, 2.6])

t = doc.add_table(1, 2); borders(t, 'nil')
c = t.rows[0].cells
cellp(c[0], 'Es wirkt der Gemeindesekretär Dr. Lukas Oberhofer mit.', size=9)
cellp(c[0], 'Nach Feststellung der Beschlussfähigkeit übernimmt Herr Andreas Kerschbaumer in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet.', size=9)
cellp(c[1], 'Assiste il Segretario comunale Dr. Lukas Oberhofer.', size=9)
cellp(c[1], 'Riconosciuto legale il numero degli intervenuti, il Sindaco Andreas Kerschbaumer assume la presidenza e dichiara aperta la seduta.', size=9)

para(doc, '', after=1)
t = doc.add_table(2, 2); borders(t)
cellp(t.rows[0].cells[0], 'Gegenstand:', bold=True, size=9)
cellp(t.rows[0].cells[1], 'Genehmigung des Ausführungsprojektes für die energetische Sanierung der Grundschule Gufidaun – CUP D95B25000120004', bold=True, size=10)
cellp(t.rows[1].cells[0], 'Oggetto:', bold=True, size=9)
cellp(t.rows[1].cells[1], 'Approvazione del progetto esecutivo per il risanamento energetico della scuola primaria di Gudon – CUP D95B25000120004', bold=True, size=10)
widths(t, [2.4, 15.0])

doc.add_page_break()
de = [
 'DER GEMEINDEAUSSCHUSS',
 'Nach Einsichtnahme in den Beschluss des Gemeinderates Nr. 52 vom 18.12.2025, mit welchem der Haushaltsvoranschlag 2026-2028 genehmigt worden ist;',
 'Festgestellt, dass das Ausführungsprojekt für die energetische Sanierung der Grundschule Gufidaun, ausgearbeitet von Ing. Martin Pichler aus Brixen, am 27.02.2026 (Prot. Nr. 2874) hinterlegt worden ist und Gesamtkosten von 1.240.000,00 Euro vorsieht, davon 965.000,00 Euro für Arbeiten;',
 'Nach Einsichtnahme in das positive Gutachten des Verantwortlichen des Verfahrens vom 09.03.2026;',
 'Nach Einsichtnahme in die Gutachten im Sinne des Art. 185 des Kodex der örtlichen Körperschaften, genehmigt mit R.G. vom 3. Mai 2018, Nr. 2;',
 'beschließt',
 'einstimmig in gesetzlicher Form:',
 '1. das Ausführungsprojekt für die energetische Sanierung der Grundschule Gufidaun mit Gesamtkosten von 1.240.000,00 Euro zu genehmigen;',
 '2. die Ausgabe auf Kapitel 04.02.2.0202 des Haushaltsvoranschlages 2026-2028 zweckzubinden;',
 '3. Ing. Martin Pichler mit der Bauleitung zu beauftragen, vorbehaltlich eigener Maßnahme;',
 '4. festzuhalten, dass gegen diesen Beschluss während des Zeitraumes seiner Veröffentlichung jeder Bürger beim Gemeindeausschuss Einwände erheben kann und innerhalb von 30 Tagen Rekurs beim Regionalen Verwaltungsgericht Bozen eingebracht werden kann.',
 'Dieser Beschluss wird mit getrennter, einstimmiger Abstimmung im Sinne des Art. 183 Abs. 4 des Kodex der örtlichen Körperschaften für unverzüglich vollziehbar erklärt.',
]
it = [
 'LA GIUNTA COMUNALE',
 'Vista la deliberazione del Consiglio comunale n. 52 del 18.12.2025, con la quale è stato approvato il bilancio di previsione 2026-2028;',
 'Accertato che il progetto esecutivo per il risanamento energetico della scuola primaria di Gudon, redatto dall’ing. Martin Pichler di Bressanone, è stato depositato il 27.02.2026 (prot. n. 2874) e prevede una spesa complessiva di euro 1.240.000,00, di cui euro 965.000,00 per lavori;',
 'Visto il parere favorevole del Responsabile del procedimento del 09.03.2026;',
 'Visti i pareri espressi ai sensi dell’art. 185 del Codice degli enti locali, approvato con L.R. 3 maggio 2018, n. 2;',
 'delibera',
 'ad unanimità di voti legalmente espressi:',
 '1. di approvare il progetto esecutivo per il risanamento energetico della scuola primaria di Gudon con una spesa complessiva di euro 1.240.000,00;',
 '2. di impegnare la spesa sul capitolo 04.02.2.0202 del bilancio di previsione 2026-2028;',
 '3. di affidare all’ing. Martin Pichler la direzione dei lavori, con separato provvedimento;',
 '4. di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione ed entro 30 giorni ricorso al Tribunale Regionale di Giustizia Amministrativa di Bolzano.',
 'Con separata votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell’art. 183, comma 4, del Codice degli enti locali.',
]
t = doc.add_table(len(de), 2); borders(t, 'nil')
for i, (a, b) in enumerate(zip(de, it)):
    bold = i in (0, 5)
    al = WD_ALIGN_PARAGRAPH.CENTER if bold else WD_ALIGN_PARAGRAPH.JUSTIFY
    cellp(t.rows[i].cells[0], a, bold=bold, size=9.5, align=al)
    cellp(t.rows[i].cells[1], b, bold=bold, size=9.5, align=al)

para(doc, '', after=6)
para(doc, 'Gelesen, genehmigt und unterzeichnet – Letto, confermato e sottoscritto', italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
t = doc.add_table(1, 2); borders(t, 'nil')
c = t.rows[0].cells
cellp(c[0], 'Der Bürgermeister / Il Sindaco', size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[0], 'Andreas Kerschbaumer', bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[0], '(digital signiert – firmato digitalmente)', italic=True, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[1], 'Der Gemeindesekretär / Il Segretario comunale', size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[1], 'Dr. Lukas Oberhofer', bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
cellp(c[1], '(digital signiert – firmato digitalmente)', italic=True, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '', after=6)
t = doc.add_table(1, 2); borders(t)
c = t.rows[0].cells
cellp(c[0], 'VERÖFFENTLICHUNGSBESTÄTIGUNG', bold=True, size=8)
cellp(c[0], 'Dieser Beschluss wird am 19.03.2026 für zehn aufeinanderfolgende Tage an der digitalen Amtstafel der Gemeinde veröffentlicht.', size=8)
cellp(c[1], 'REFERTO DI PUBBLICAZIONE', bold=True, size=8)
cellp(c[1], 'La presente deliberazione viene pubblicata all’albo digitale del Comune il 19.03.2026 per dieci giorni consecutivi.', size=8)
doc.save(out)
