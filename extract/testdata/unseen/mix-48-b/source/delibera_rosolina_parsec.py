# Consiglio deliberation of the Comune di Rosolina, in the manner of a Parsec 3.26 "Atti" .docx export,
# built with python-docx and converted to PDF by LibreOffice (see build.sh).
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
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
st = d.styles['Normal']
st.font.name = 'Times New Roman'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
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

def mixed(parts, align='j'):
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '000000')
        b.append(x)
    tcPr.append(b)

# footer with page field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Delibera di Consiglio Comunale n. 9 del 10/03/2026 – Pagina ')
r.font.size = Pt(8)
for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    rr = fp.add_run(); rr.font.size = Pt(8)
    if kind:
        f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); rr._r.append(f)
    else:
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; rr._r.append(it)
f2 = sec.footer.add_paragraph(); f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r2 = f2.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.'); r2.font.size = Pt(7); r2.italic = True

# letterhead table
t = d.add_table(rows=1, cols=3); t.autofit = False; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(3); t.columns[1].width = Cm(10.6); t.columns[2].width = Cm(3)
c0, c1, c2 = t.rows[0].cells
c0.width, c1.width, c2.width = Cm(3), Cm(10.6), Cm(3)
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run('\n[Stemma]\n'); rr.font.size = Pt(7)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = p.add_run('COMUNE DI ROSOLINA'); rr.bold = True; rr.font.size = Pt(18)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run('Provincia di Rovigo'); rr.font.size = Pt(11); rr.italic = True
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run('Piazza Martiri della Libertà, 15 – 45010 Rosolina (RO)'); rr.font.size = Pt(8)
p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run('ORIGINALE'); rr.bold = True; rr.font.size = Pt(9)
borders(c2)

para('', after=2)
para('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=13, align='c', after=0)
para('N. 9 del 10/03/2026', bold=True, size=12, align='c', after=2)
para('Sessione ordinaria – Seduta pubblica di prima convocazione', italic=True, size=10, align='c', after=6)

t = d.add_table(rows=1, cols=2)
t.autofit = False
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14)
a, b = t.rows[0].cells
a.width, b.width = Cm(2.6), Cm(14)
pa = a.paragraphs[0]; ra = pa.add_run('OGGETTO:'); ra.bold = True
pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rb = pb.add_run("MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO. APPROVAZIONE."); rb.bold = True
for c in (a, b): borders(c)

para('', after=2)
para("L'anno duemilaventisei, addì dieci del mese di marzo, alle ore 20:30, nella Sala Consiliare della Sede Municipale, previa convocazione con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale.", align='j')
para('Eseguito l\'appello risultano:', align='j', after=4)

members = [
    ('VIANELLO MICHELE', 'Sindaco', 'P'), ('BELLATO GIORGIA', 'Consigliere', 'P'),
    ('CREPALDI ROBERTO', 'Consigliere', 'P'), ('TOMBOLATO SARA', 'Consigliere', 'P'),
    ('BOSCOLO MARCHI DENIS', 'Consigliere', 'P'), ('FERRO ALESSANDRA', 'Consigliere', 'A'),
    ('MANTOVAN LUIGI', 'Consigliere', 'P'), ('SACCHETTO ILARIA', 'Consigliere', 'P'),
    ('FINOTTI MATTEO', 'Consigliere', 'P'), ('ZANIN CHIARA', 'Consigliere', 'P'),
    ('PAGANIN STEFANO', 'Consigliere', 'A'), ('GIBIN MARTINA', 'Consigliere', 'P'),
    ('CAVALLARO ENRICO', 'Consigliere', 'P'),
]
# printed in two columns, numbered row-wise
t = d.add_table(rows=7, cols=2)
for i, (n, role, pa_) in enumerate(members):
    cell = t.rows[i // 2].cells[i % 2]
    p = cell.paragraphs[0]
    r = p.add_run(f'{i+1:>2}) {n}  ({role})'); r.font.size = Pt(10)
    r = p.add_run(f'\t{pa_}'); r.font.size = Pt(10); r.bold = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.6))
    p.paragraph_format.space_after = Pt(0)
para('Presenti n. 11 – Assenti n. 2 (P = presente; A = assente)', size=10, align='r', italic=True, before=3)

para("Partecipa alla seduta il Segretario Comunale Dott. Giorgio Ferrarese, il quale provvede alla redazione del presente verbale.", align='j')
para("Il Sig. Michele Vianello, nella sua qualità di Sindaco, assunta la presidenza e constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'oggetto sopra indicato. Sono nominati scrutatori i Consiglieri Tombolato Sara, Zanin Chiara e Crepaldi Roberto.", align='j')

para('IL CONSIGLIO COMUNALE', bold=True, align='c', before=6)
para("Vista la proposta di deliberazione n. 12 del 26/02/2026 predisposta dal Servizio Tributi (Ufficio proponente: Servizio Tributi);", align='j')
mixed([('Richiamato ', True), ("l'art. 4 del D.Lgs. 14 marzo 2011, n. 23, che consente ai comuni inclusi negli elenchi regionali delle località turistiche di istituire un'imposta di soggiorno a carico di coloro che alloggiano nelle strutture ricettive situate sul proprio territorio;", False)])
mixed([('Richiamato ', True), ("il vigente Regolamento per l'applicazione dell'imposta di soggiorno, approvato con deliberazione del Consiglio Comunale n. 14 del 28/03/2022 e successivamente modificato con deliberazione consiliare n. 7 del 29/02/2024;", False)])
mixed([('Ritenuto ', True), ("necessario adeguare il Regolamento alle modifiche introdotte in materia di obblighi dichiarativi dei gestori delle strutture ricettive e delle locazioni brevi, nonché rivedere i periodi di esenzione per i minori e per gli accompagnatori dei soggetti ricoverati presso strutture sanitarie;", False)])
mixed([('Acquisiti ', True), ("il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 4 del 03/03/2026, nonché i pareri di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;", False)])
para("Udita la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nella registrazione audio della seduta conservata agli atti;", align='j')
para("Con la seguente votazione, espressa per alzata di mano:", align='j', after=1)
para("Presenti n. 11 – Votanti n. 10 – Favorevoli n. 8 – Contrari n. 2 (Crepaldi, Boscolo Marchi) – Astenuti n. 1 (Mantovan)", bold=True, align='c', size=10.5)

para('D E L I B E R A', bold=True, align='c', before=6)
pts = [
    "di approvare le modifiche al Regolamento per l'applicazione dell'imposta di soggiorno, nel testo allegato alla presente deliberazione quale parte integrante e sostanziale (Allegato A);",
    "di stabilire che le modifiche di cui al punto 1 hanno efficacia a decorrere dal 1° maggio 2026, ai sensi dell'art. 13, comma 15-quater, del D.L. 201/2011;",
    "di disporre la trasmissione della presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale e la pubblicazione del Regolamento nella sezione \"Amministrazione Trasparente\" del sito istituzionale.",
]
for i, s in enumerate(pts, 1):
    p = para(f'{i}.  {s}', align='j')
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)

para("Successivamente, con separata votazione espressa per alzata di mano con il seguente esito: presenti n. 11, votanti n. 10, favorevoli n. 8, contrari n. 2, astenuti n. 1, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", align='j', before=4)

para('Letto, confermato e sottoscritto.', before=10, after=6)
t = d.add_table(rows=3, cols=2)
for col, lines in enumerate((('IL SINDACO', 'Michele Vianello', '(firmato digitalmente)'),
                             ('IL SEGRETARIO COMUNALE', 'Dott. Giorgio Ferrarese', '(firmato digitalmente)'))):
    for row, txt in enumerate(lines):
        p = t.rows[row].cells[col].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = row == 0; r.italic = row == 2; r.font.size = Pt(10 if row < 2 else 8)

d.core_properties.author = 'Parsec 3.26 - Modulo Atti'
d.core_properties.title = 'Delibera CC 9/2026'
d.save(out)
