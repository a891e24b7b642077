# Deliberazione dell'Assemblea dell'Unione dei Comuni del Sarrabus.
# Word template (python-docx) in the Sicraweb/Maggioli layout, converted to PDF
# by LibreOffice (build.sh). Roll as a table, vote with counts.
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
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)

st = doc.styles['Normal']
st.font.name = 'Times New Roman'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), color)
    tcPr.append(shd)


def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)


# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione dell\'Assemblea n. 6 del 12/03/2026 - Pag. ')
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')

# letterhead
para('UNIONE DEI COMUNI DEL SARRABUS', bold=True, size=16, align='c', after=0)
para('Castiadas – Muravera – San Vito – Villaputzu', size=10, align='c', after=0)
para('Provincia del Sud Sardegna', italic=True, size=10, align='c', after=0)
para('Sede legale: Via Roma n. 102 – 09043 Muravera (SU) – C.F. 92018740923', size=8, align='c', after=10)

para('COPIA', bold=True, size=10, align='r', after=2)
para('VERBALE DI DELIBERAZIONE DELL\'ASSEMBLEA DELL\'UNIONE', bold=True, size=13, align='c', after=6)

t = doc.add_table(rows=2, cols=3)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['Deliberazione N.', 'Data', 'Seduta']
val = ['6', '12/03/2026', 'Ordinaria – Prima convocazione']
for i in range(3):
    c = t.rows[0].cells[i]; c.text = ''
    rr = c.paragraphs[0].add_run(hdr[i]); rr.bold = True; rr.font.size = Pt(9)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(c, 'D9D9D9')
    c = t.rows[1].cells[i]; c.text = ''
    rr = c.paragraphs[0].add_run(val[i]); rr.font.size = Pt(11); rr.bold = (i < 2)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

p = para(before=8, align='j')
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028 dell\'Unione dei Comuni del Sarrabus.')
r.bold = True

para('L\'anno duemilaventisei, il giorno dodici del mese di marzo, alle ore 17:30, nella sala consiliare '
     'del Comune di Muravera, sede legale dell\'Unione, previa convocazione disposta con nota prot. n. 412 '
     'del 05/03/2026, regolarmente notificata, si è riunita l\'Assemblea dell\'Unione in seduta ordinaria '
     'di prima convocazione.', align='j', before=6)
para('Procedutosi all\'appello nominale, risultano:', align='j')

roll = [
    ('PIRAS GIOVANNI ANTONIO', 'Muravera', 'Presidente', True),
    ('MELIS ROBERTA', 'Villaputzu', 'Vice Presidente', True),
    ('CONGIU STEFANO', 'San Vito', 'Componente', True),
    ('SERRA MARIA FRANCESCA', 'Castiadas', 'Componente', False),
    ('LAI FABRIZIO', 'Muravera', 'Componente', True),
    ('PORCU ELISABETTA', 'Villaputzu', 'Componente', True),
    ('ATZENI MASSIMILIANO', 'San Vito', 'Componente', True),
    ('MURGIA ANTONELLA', 'Castiadas', 'Componente', True),
    ('USAI PIERPAOLO', 'Muravera', 'Componente', False),
    ('CABIDDU MARCO', 'Villaputzu', 'Componente', True),
]
t = doc.add_table(rows=1, cols=5)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(['Cognome e Nome', 'Comune', 'Carica', 'Presente', 'Assente']):
    c = t.rows[0].cells[i]; c.text = ''
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9.5)
    shade(c, 'D9D9D9')
for n, com, role, pres in roll:
    cells = t.add_row().cells
    for i, v in enumerate([n, com, role, 'X' if pres else '', '' if pres else 'X']):
        cells[i].text = ''
        rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
        if i >= 3:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(6.2), Cm(3.0), Cm(3.4), Cm(2.0), Cm(2.0)]
t.autofit = False
for i, w in enumerate(widths):
    t.columns[i].width = w
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para('Presenti n. 8 – Assenti n. 2', bold=True, align='r', before=3)

para('Assume la presidenza il Sig. Giovanni Antonio Piras, in qualità di Presidente dell\'Unione, il quale, '
     'constatato il numero legale degli intervenuti, dichiara aperta la seduta. Partecipa con funzioni '
     'consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) '
     'il Segretario dell\'Unione Dott.ssa Ilaria Mereu.', align='j', before=4)

para('L\'ASSEMBLEA DELL\'UNIONE', bold=True, align='c', before=8)
for t_ in [
    'PREMESSO che l\'art. 151 del D.Lgs. 18 agosto 2000, n. 267 stabilisce che gli enti locali deliberano '
    'entro il 31 dicembre il bilancio di previsione riferito ad un orizzonte temporale almeno triennale, '
    'osservando i principi contabili generali ed applicati allegati al D.Lgs. 23 giugno 2011, n. 118;',
    'RICHIAMATA la deliberazione della Giunta dell\'Unione n. 11 del 19/02/2026, con la quale sono stati '
    'approvati lo schema di Documento Unico di Programmazione 2026/2028 e lo schema di bilancio di previsione '
    'finanziario 2026/2028;',
    'VISTO il parere favorevole espresso dal Revisore unico dei conti con verbale n. 3 del 27/02/2026, '
    'acquisito al protocollo dell\'Unione al n. 388 in pari data;',
    'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Servizio '
    'Finanziario ai sensi dell\'art. 49 del D.Lgs. n. 267/2000;',
    'UDITA la relazione del Presidente e gli interventi dei componenti Cabiddu e Congiu, riportati nel resoconto '
    'della seduta conservato agli atti;',
]:
    para(t_, align='j')

para('Con la seguente votazione, espressa per alzata di mano: presenti n. 8, votanti n. 7, voti favorevoli '
     'n. 6, voti contrari n. 1 (Cabiddu), astenuti n. 1 (Congiu);', align='j', before=4)

para('D E L I B E R A', bold=True, align='c', before=8, after=6)
pts = [
    'di approvare il Documento Unico di Programmazione (DUP) 2026/2028, allegato alla presente quale parte '
    'integrante e sostanziale (Allegato A);',
    'di approvare il Bilancio di previsione finanziario 2026/2028, redatto secondo lo schema di cui '
    'all\'allegato 9 al D.Lgs. n. 118/2011, nelle risultanze riportate nell\'Allegato B;',
    'di dare atto che il bilancio rispetta gli equilibri di cui all\'art. 162, comma 6, del D.Lgs. n. 267/2000;',
    'di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta '
    'giorni dall\'approvazione.',
]
for i, t_ in enumerate(pts, 1):
    p = para(align='j', indent=0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run(f'{i}.\t' + t_)

para('Successivamente, con separata votazione unanime dei presenti, stante l\'urgenza di provvedere '
     'all\'invio dei dati alla BDAP,', align='j', before=6)
para('D E L I B E R A', bold=True, align='c')
para('di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell\'art. 134, comma 4, '
     'del D.Lgs. n. 267/2000.', align='j')

para('Letto, approvato e sottoscritto.', before=12)
t = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('IL PRESIDENTE', 'IL SEGRETARIO'),
                            ('F.to Giovanni Antonio Piras', 'F.to Dott.ssa Ilaria Mereu'), ('', '')]):
    for j, v in enumerate((a, b)):
        c = t.rows[i].cells[j]; c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.bold = (i == 0)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', before=10)
para('Si certifica che la presente deliberazione viene pubblicata all\'Albo Pretorio on line dell\'Unione '
     'per quindici giorni consecutivi dal 13/03/2026 al 28/03/2026 (n. 74 Reg. Pubbl.).', align='j', size=10)
para('Muravera, 13/03/2026', size=10)
para('IL SEGRETARIO – F.to Dott.ssa Ilaria Mereu', size=10, align='r')
para('Copia conforme all\'originale, in carta libera per uso amministrativo.', italic=True, size=8, before=8)

doc.save(out)
