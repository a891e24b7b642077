# Comune di Ghedi - Giunta deliberation: Word template (python-docx), converted by LibreOffice.
# Layout imitates a Word template exported through the iLovePDF web converter.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None, caps=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def runs(parts, align='j'):
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    return p

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol)
    tcPr.append(s)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = 'Deliberazione G.C. n. 38 del 12/03/2026'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
fp = sec.footer.paragraphs[0]
fp.text = 'Comune di Ghedi – Piazza Roma, 45 – 25016 Ghedi (BS) – Tel. 030 9058211 – PEC protocollo@pec.comune.ghedi.bs.it'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(7.5)

para('[stemma]', size=8, align='c', italic=True, after=0)
para('COMUNE DI GHEDI', bold=True, size=18, align='c', after=0)
para('Provincia di Brescia', size=11, align='c', after=8)
para('COPIA', bold=True, size=10, align='r', after=2)
para('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=13, align='c', after=2)
para('N. 38 del 12/03/2026', bold=True, size=12, align='c', after=8)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width, t.columns[1].width = Cm(2.6), Cm(14)
c0.width, c1.width = Cm(2.6), Cm(14)
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"INSIEME PER GHEDI\" ODV PER LA GESTIONE DEL CENTRO DIURNO ANZIANI DI VIA XX SETTEMBRE – ANNI 2026/2027").bold = True
shade(c0, 'E7E6E6')
para(after=4)

para("L'anno duemilaventisei, addì dodici del mese di marzo alle ore 17:30 nella Sala delle adunanze della Sede Comunale, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.", align='j')
para('All\'appello risultano:', after=2)

roll = [('ZANOLA FEDERICO', 'Sindaco', 'Presente'), ('BERTOLI CHIARA', 'Vice Sindaco', 'Presente'),
        ('MAFFEZZONI LUCA', 'Assessore', 'Assente'), ('TONOLI PAOLA', 'Assessore', 'Presente'),
        ('GUERINI STEFANO', 'Assessore', 'Presente')]
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, h in zip(t.rows[0].cells, ['Cognome e Nome', 'Carica', 'Presenza']):
    c.paragraphs[0].add_run(h).bold = True; shade(c, 'D9E2F3')
for n, r, p in roll:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = n, r, p
for row in t.rows:
    row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(7), Cm(5), Cm(3.5)
para('Totale presenti: 4        Totale assenti: 1', bold=True, align='r', before=3)

para("Partecipa all'adunanza il Segretario Comunale Dott.ssa Marina Scalvini, la quale provvede alla redazione del presente verbale.", align='j')
para("Essendo legale il numero degli intervenuti, il Sig. Federico Zanola, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align='j')

para('LA GIUNTA COMUNALE', bold=True, align='c', before=6)
para("Vista la proposta di deliberazione n. 45 del 05/03/2026 predisposta dall'Area Servizi alla Persona, avente ad oggetto quanto sopra indicato;", align='j')
for s in [
    "Premesso che il Comune di Ghedi è proprietario dell'immobile sito in via XX Settembre n. 12, destinato a Centro Diurno Anziani, e che da oltre un decennio la gestione delle attività ricreative e di socializzazione è affidata ad associazioni di volontariato del territorio;",
    "Richiamato l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle amministrazioni pubbliche di sottoscrivere con le organizzazioni di volontariato convenzioni finalizzate allo svolgimento di attività o servizi sociali di interesse generale;",
    "Dato atto che l'Associazione \"Insieme per Ghedi\" ODV è iscritta al Registro Unico Nazionale del Terzo Settore e ha manifestato la propria disponibilità alla prosecuzione della gestione per il biennio 2026/2027;",
    "Visto lo schema di convenzione allegato al presente atto quale parte integrante e sostanziale, che prevede un rimborso delle spese effettivamente sostenute e documentate fino a un massimo di € 9.500,00 annui;",
    "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
]:
    para(s, align='j')
para("Con voti unanimi favorevoli, espressi nelle forme di legge,", align='j')
para('DELIBERA', bold=True, align='c', before=4)
pts = [
    "di approvare lo schema di convenzione con l'Associazione \"Insieme per Ghedi\" ODV per la gestione del Centro Diurno Anziani di via XX Settembre per gli anni 2026 e 2027, allegato alla presente quale parte integrante e sostanziale;",
    "di dare atto che la spesa complessiva di € 19.000,00 trova copertura alla Missione 12, Programma 03, cap. 11040/5 del bilancio di previsione 2026/2028, annualità 2026 e 2027;",
    "di demandare al Responsabile dell'Area Servizi alla Persona la sottoscrizione della convenzione e l'adozione dei conseguenti atti gestionali;",
    "di disporre la pubblicazione della convenzione nella sezione \"Amministrazione Trasparente\" del sito istituzionale;",
    "di comunicare la presente deliberazione ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.",
]
for i, s in enumerate(pts, 1):
    p = para(f'{i}.\t{s}', align='j')
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
para("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align='j', before=4)

para('Letto, confermato e sottoscritto.', before=10)
t = d.add_table(rows=3, cols=2)
t.rows[0].cells[0].text = 'IL SINDACO'; t.rows[0].cells[1].text = 'IL SEGRETARIO COMUNALE'
t.rows[1].cells[0].text = 'Federico Zanola'; t.rows[1].cells[1].text = 'Dott.ssa Marina Scalvini'
t.rows[2].cells[0].text = '(firmato digitalmente)'; t.rows[2].cells[1].text = '(firmato digitalmente)'
for row in t.rows:
    for c in row.cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c in t.rows[0].cells: c.paragraphs[0].runs[0].bold = True
para('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.', size=8, italic=True, align='c', before=10)
d.core_properties.author = 'Segreteria Generale'
d.core_properties.title = 'Delibera GC 38-2026'
d.save(out)
