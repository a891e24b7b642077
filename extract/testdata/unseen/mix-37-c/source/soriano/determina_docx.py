# Soriano Calabro: a Word-style determinazione built as .docx (python-docx), printed to PDF by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(4)

def par(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def mixed(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = d.add_paragraph(); p.alignment = align
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

def borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '6'); x.set(qn('w:color'), '000000'); b.append(x)
    tblPr.append(b)

# footer with page field
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Comune di Soriano Calabro – Determinazione Area Amministrativa – pag. '); r.font.size = Pt(8)
for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    run = fp.add_run(); run.font.size = Pt(8)
    if kind:
        fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); run._r.append(fc)
    else:
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; run._r.append(it)

par('COMUNE DI SORIANO CALABRO', True, 18, WD_ALIGN_PARAGRAPH.CENTER, after=0)
par('(Provincia di Vibo Valentia)', False, 10, WD_ALIGN_PARAGRAPH.CENTER, after=0)
par('Piazza Pisani, 1 – 89831 Soriano Calabro (VV) – protocollo.sorianocalabro@asmepec.it', False, 8.5, WD_ALIGN_PARAGRAPH.CENTER, after=10)
par('AREA AMMINISTRATIVA', True, 13, WD_ALIGN_PARAGRAPH.CENTER, after=0)
par('Servizi Sociali e Pubblica Istruzione', False, 11, WD_ALIGN_PARAGRAPH.CENTER, after=8)

t = d.add_table(rows=2, cols=2); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('DETERMINAZIONE', 'Reg. Gen. N. 134 del 16/03/2026'), ('Reg. Area N. 28 del 16/03/2026', 'Reg. Albo N. 402 del 17/03/2026')]
for i, (a, b) in enumerate(cells):
    for j, txt in enumerate((a, b)):
        c = t.cell(i, j); c.text = ''
        run = c.paragraphs[0].add_run(txt); run.bold = (i == 0); run.font.size = Pt(10.5)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
par(after=4)
p = mixed([('OGGETTO: ', True), ('Servizio di trasporto scolastico alunni con disabilità frequentanti gli istituti superiori di Vibo Valentia – periodo marzo/giugno 2026. Affidamento all’Associazione di volontariato “Il Sorriso ODV” e impegno di spesa. CIG B8C6E37F02.', True)])
par(after=2)
par('IL RESPONSABILE DELL’AREA', True, 11.5, WD_ALIGN_PARAGRAPH.CENTER)
for lead, text in [
    ('VISTO ', 'il decreto sindacale n. 4 del 02/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità dell’Area Amministrativa;'),
    ('VISTA ', 'la deliberazione del Consiglio Comunale n. 6 del 28/02/2026, esecutiva, con la quale è stato approvato il bilancio di previsione 2026/2028;'),
    ('PREMESSO ', 'che il Comune garantisce il trasporto degli alunni con disabilità residenti frequentanti gli istituti di istruzione secondaria di secondo grado, ai sensi dell’art. 139 del D.Lgs. 112/1998 e della L.R. Calabria n. 27/1985;'),
    ('CONSIDERATO ', 'che per n. 3 studenti residenti è necessario un mezzo attrezzato con pedana e un accompagnatore, e che l’Associazione “Il Sorriso ODV”, iscritta al RUNTS, ha presentato un preventivo di € 6.840,00 per il periodo dal 23/03/2026 al 10/06/2026 (nota prot. n. 1677 del 09/03/2026);'),
    ('RITENUTO ', 'di procedere ai sensi dell’art. 56 del D.Lgs. 117/2017 e dell’art. 50, comma 1, lett. b), del D.Lgs. 36/2023;'),
    ('ACCERTATA ', 'la regolarità tecnica del presente provvedimento ai sensi dell’art. 147-bis del D.Lgs. 267/2000;'),
    ]:
    mixed([(lead, True), (text, False)])
par('D E T E R M I N A', True, 12, WD_ALIGN_PARAGRAPH.CENTER)
for i, text in enumerate([
    'di affidare all’Associazione di volontariato “Il Sorriso ODV”, con sede in Soriano Calabro, via Santa Maria n. 14, C.F. 96031240797, il servizio di trasporto scolastico di n. 3 alunni con disabilità per il periodo dal 23/03/2026 al 10/06/2026, per un rimborso spese complessivo di € 6.840,00;',
    'di impegnare la somma di € 6.840,00 sul capitolo 1450/3 “Trasporto alunni con disabilità” – Missione 04, Programma 06 – del bilancio 2026/2028, esercizio 2026;',
    'di dare atto che si provvederà alla liquidazione con successivi atti, su presentazione del rendiconto mensile delle spese sostenute;',
    'di trasmettere il presente atto al Responsabile dell’Area Economico-Finanziaria per l’apposizione del visto di regolarità contabile attestante la copertura finanziaria.',
    ], 1):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run('%d)\t' % i); p.add_run(text)
par(after=8)
p = par('Soriano Calabro, lì 16/03/2026', after=10); p.paragraph_format.keep_with_next = True
p = par('IL RESPONSABILE DELL’AREA AMMINISTRATIVA', True, 11, WD_ALIGN_PARAGRAPH.RIGHT, after=0); p.paragraph_format.keep_with_next = True
p = par('F.to Dott.ssa Caterina Pugliese', False, 11, WD_ALIGN_PARAGRAPH.RIGHT, after=14)
t2 = d.add_table(rows=1, cols=1); borders(t2)
c = t2.cell(0, 0); c.text = ''
r = c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE'); r.bold = True; r.font.size = Pt(10)
c.add_paragraph('Si attesta la copertura finanziaria della spesa (art. 151, comma 4, D.Lgs. 267/2000). Impegno n. 219/2026 – Cap. 1450/3.').runs[0].font.size = Pt(10)
c.add_paragraph('Soriano Calabro, 16/03/2026 – Il Responsabile dell’Area Economico-Finanziaria F.to Rag. Domenico Tassone').runs[0].font.size = Pt(10)
par(after=4)
par('Il presente atto è pubblicato all’Albo Pretorio on line per quindici giorni consecutivi dal 17/03/2026 al 01/04/2026.', False, 9, italic=True)
d.core_properties.author = 'ufficio.servizisociali'; d.core_properties.title = 'Determinazione 134/2026'
d.save(sys.argv[1])
