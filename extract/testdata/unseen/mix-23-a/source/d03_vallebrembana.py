# Comunita' Montana Valle Brembana - deliberazione Giunta Esecutiva 18/2026
# python-docx (Word template, Sicraweb-like) -> LibreOffice Writer -> PDF
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import subprocess

doc = Document()
st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)

def para(text='', bold=False, size=None, align=None, space_after=4, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after); p.paragraph_format.space_before = Pt(0)
    return p
def runs(parts, align=AL.JUSTIFY, space_after=4):
    p = doc.add_paragraph(); p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol); tcPr.append(s)
def celltext(cell, text, bold=False, size=10, align=None):
    cell.text = ''
    p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(0)

def setw(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)

# footer
fp = sec.footer.paragraphs[0]
fp.text = 'Comunità Montana Valle Brembana – Via Don Angelo Tondini, 16 – 24014 Piazza Brembana (BG) – C.F. 94000150160'
fp.alignment = AL.CENTER
for r in fp.runs: r.font.size = Pt(7.5)

# letterhead table
t = doc.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
setw(t, [3, 14])
celltext(c0, '[stemma]', size=8, align=AL.CENTER)
c1.text = ''
p = c1.paragraphs[0]; r = p.add_run('COMUNITÀ MONTANA VALLE BREMBANA'); r.bold = True; r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x2C)
p2 = c1.add_paragraph(); r = p2.add_run('Provincia di Bergamo'); r.font.size = Pt(10); r.italic = True
para('', space_after=2)

# register box
t = doc.add_table(rows=2, cols=3); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdrs = ['Codice ente', 'DELIBERAZIONE N.', 'Data']
vals = ['10154', '18', '24/02/2026']
for i in range(3):
    celltext(t.rows[0].cells[i], hdrs[i], size=8, align=AL.CENTER); shade(t.rows[0].cells[i], 'E2EFD9')
    celltext(t.rows[1].cells[i], vals[i], bold=True, size=11, align=AL.CENTER)
para('', space_after=2)
para('VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA', bold=True, size=12.5, align=AL.CENTER, space_after=6)

t = doc.add_table(rows=1, cols=2); t.style = 'Table Grid'
celltext(t.rows[0].cells[0], 'OGGETTO:', bold=True, size=10)
celltext(t.rows[0].cells[1], 'APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DELLA FUNZIONE DI PROTEZIONE CIVILE – PERIODO 2026-2028.', bold=True, size=10.5)
setw(t, [2.6, 14.4])
para('', space_after=2)

runs([('L’anno ', False), ('duemilaventisei', True), (' addì ', False), ('ventiquattro', True), (' del mese di ', False), ('febbraio', True),
      (' alle ore ', False), ('17:00', True), (', nella sede dell’Ente, convocata con avviso prot. n. 1187 del 18/02/2026, si è riunita la Giunta Esecutiva nelle persone dei Signori:', False)])

roll = [('MILESI GIANLUIGI', 'Presidente', True), ('CARMINATI SARA', 'Vicepresidente', True),
        ('LOCATELLI ENRICO', 'Assessore', True), ('TIRABOSCHI MIRKO', 'Assessore', False), ('PESENTI ROBERTA', 'Assessore', True)]
t = doc.add_table(rows=1+len(roll)+1, cols=3); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(['Cognome e nome', 'Carica', 'Presenze']):
    celltext(t.rows[0].cells[i], h, bold=True, size=9.5, align=AL.CENTER); shade(t.rows[0].cells[i], 'E2EFD9')
for j, (n, ro, pr) in enumerate(roll, 1):
    celltext(t.rows[j].cells[0], n, size=10)
    celltext(t.rows[j].cells[1], ro, size=10)
    celltext(t.rows[j].cells[2], 'Presente' if pr else 'Assente giustificato', size=10, align=AL.CENTER)
last = t.rows[-1].cells
m = last[0].merge(last[1]); celltext(m, 'Totale presenti: 4          Totale assenti: 1', bold=True, size=9.5)
celltext(last[2], '', size=9)
setw(t, [7, 5, 5])
para('', space_after=2)
runs([('Partecipa il Segretario ', False), ('Dott.ssa Lorena Arnoldi', True), (', che provvede alla redazione del presente verbale.', False)])
runs([('Essendo legale il numero degli intervenuti, il Sig. ', False), ('Gianluigi Milesi', True),
      (' – Presidente – assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', False)], space_after=8)

para('LA GIUNTA ESECUTIVA', bold=True, align=AL.CENTER, space_after=6)
prem = [
 ('Premesso', ' che, ai sensi dell’art. 3 del vigente Statuto e della L.R. 27 giugno 2008, n. 19, la Comunità Montana Valle Brembana esercita in forma associata, su delega dei Comuni, funzioni e servizi comunali, tra i quali la funzione di protezione civile;'),
 ('Dato atto', ' che la convenzione in essere, approvata con deliberazione dell’Assemblea n. 21 del 28/11/2022, scade il 31/03/2026 e che 31 dei 37 Comuni del territorio hanno manifestato la volontà di rinnovarla;'),
 ('Visto', ' lo schema di convenzione predisposto dal Servizio Protezione Civile e Ambiente, composto da 14 articoli, che prevede la gestione unitaria del piano intercomunale di emergenza, del gruppo intercomunale di volontari e della sala operativa di Piazza Brembana;'),
 ('Ritenuto', ' di approvare lo schema e di sottoporlo ai Consigli comunali dei Comuni aderenti per la relativa approvazione;'),
 ('Acquisiti', ' i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;'),
]
for a, b in prem: runs([(a, True), (b, False)])
runs([('Con voti unanimi favorevoli espressi nelle forme di legge,', False)], space_after=6)
para('D E L I B E R A', bold=True, align=AL.CENTER, space_after=6)
pts = [
 'di approvare lo schema di convenzione per la gestione associata della funzione di protezione civile per il periodo 2026-2028, allegato alla presente deliberazione quale parte integrante e sostanziale (Allegato A);',
 'di trasmettere lo schema ai Comuni aderenti per l’approvazione da parte dei rispettivi Consigli comunali entro il 31/03/2026;',
 'di dare atto che la quota a carico di ciascun Comune è determinata in € 1,20 per abitante residente al 31 dicembre dell’anno precedente;',
 'di autorizzare il Presidente alla sottoscrizione della convenzione;',
 'di incaricare il Responsabile del Servizio Protezione Civile e Ambiente degli adempimenti conseguenti.',
]
for i, ptx in enumerate(pts, 1):
    p = runs([(f'{i}.\t', True), (ptx, False)])
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
runs([('Successivamente, con separata e unanime votazione, la presente deliberazione viene dichiarata ', False), ('immediatamente eseguibile', True),
      (' ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', False)], space_after=12)

para('Letto, approvato e sottoscritto.', space_after=8)
t = doc.add_table(rows=3, cols=2)
celltext(t.rows[0].cells[0], 'IL PRESIDENTE', bold=True, align=AL.CENTER)
celltext(t.rows[0].cells[1], 'IL SEGRETARIO', bold=True, align=AL.CENTER)
celltext(t.rows[1].cells[0], 'Gianluigi Milesi', align=AL.CENTER)
celltext(t.rows[1].cells[1], 'Dott.ssa Lorena Arnoldi', align=AL.CENTER)
celltext(t.rows[2].cells[0], '(documento firmato digitalmente)', size=8, align=AL.CENTER)
celltext(t.rows[2].cells[1], '(documento firmato digitalmente)', size=8, align=AL.CENTER)
doc.save('d03_vallebrembana.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '.', 'd03_vallebrembana.docx'], check=True, capture_output=True)
import shutil; shutil.copy('d03_vallebrembana.pdf', '../deliberazione-vallebrembana-sicraweb.pdf')
