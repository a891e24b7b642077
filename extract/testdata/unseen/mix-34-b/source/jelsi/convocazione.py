# Comune di Jelsi - avviso di convocazione del Consiglio Comunale (.docx built with python-docx, exported by LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def field(par, instr):
    r = par.add_run()
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    i = OxmlElement('w:instrText'); i.set(qn('xml:space'), 'preserve'); i.text = instr; r._r.append(i)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)

# header: letterhead
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNE DI JELSI'); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1a, 0x3a, 0x6b)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run('Provincia di Campobasso'); r.font.size = Pt(10)
h3 = sec.header.add_paragraph(); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run('Piazza Umberto I – 86015 Jelsi (CB)'); r.font.size = Pt(8.5); r.italic = True
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – pag. '); r.font.size = Pt(8)
field(fp, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
field(fp, 'NUMPAGES')

t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0, 0).text = 'Prot. n. 1042'
c = t.cell(0, 1); c.text = 'Jelsi, 11/03/2026'; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

para(before=6)
for line in ['Ai Signori Consiglieri Comunali', 'LORO SEDI', 'e, p.c.', 'Al Prefetto di Campobasso', 'Al Revisore dei Conti', 'Al Responsabile del Servizio Finanziario']:
    p = para(line, after=0); p.paragraph_format.left_indent = Mm(95)
para(after=6)
para('AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, before=8)
para('Sessione ordinaria – seduta pubblica', italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p.add_run('Il Sindaco, ai sensi dell’art. 50, comma 2, del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 8 e 9 del vigente Regolamento per il funzionamento del Consiglio Comunale,')
para('C O N V O C A', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p.add_run('il Consiglio Comunale in sessione ordinaria, in prima convocazione, per il giorno ')
p.add_run('venerdì 20 marzo 2026, alle ore 18:30').bold = True
p.add_run(', presso la Sala consiliare del Palazzo municipale, e, occorrendo, in seconda convocazione per il giorno ')
p.add_run('sabato 21 marzo 2026, alle ore 18:30').bold = True
p.add_run(', nello stesso luogo, per discutere e deliberare sul seguente')
para('ORDINE DEL GIORNO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4)

odg = [
    'Lettura ed approvazione dei verbali delle deliberazioni adottate nella seduta del 30/12/2025.',
    'Comunicazioni del Sindaco.',
    'Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Nota di aggiornamento.',
    'Approvazione del Bilancio di previsione finanziario 2026/2028 e relativi allegati.',
    'Conferma delle aliquote dell’addizionale comunale all’IRPEF per l’anno 2026.',
    'Approvazione del Regolamento comunale per l’utilizzo della sala polifunzionale “ex Mattatoio”.',
    'Interrogazione presentata dal gruppo consiliare di minoranza in data 02/03/2026, prot. n. 874, in merito alla manutenzione della strada comunale “Piana”.',
]
tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
for i, x in enumerate(odg, 1):
    cells = tb.add_row().cells
    cells[0].text = f'{i}.'; cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cells[1].text = x
tb.autofit = False
tb.columns[0].width = Mm(12); tb.columns[1].width = Mm(154)
for row in tb.rows:
    row.cells[0].width = Mm(12); row.cells[1].width = Mm(154)

p = para(before=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p.add_run('Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio Segreteria e sono consultabili dai Consiglieri durante l’orario di apertura degli uffici, nei termini previsti dal Regolamento.')
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p.add_run('Il presente avviso è pubblicato all’Albo Pretorio on line e sul sito istituzionale del Comune.')
para(before=14)
for line, b in [('IL SINDACO', True), ('Dott. Antonio Paolucci', False)]:
    p = para(line, bold=b, after=0); p.paragraph_format.left_indent = Mm(100); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.core_properties.title = 'Convocazione Consiglio Comunale 20/03/2026'
d.core_properties.author = 'Ufficio Segreteria'
d.save(sys.argv[1])
