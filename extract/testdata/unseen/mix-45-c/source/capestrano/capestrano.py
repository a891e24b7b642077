# Comune di Capestrano - deliberazione di Consiglio; .docx in the style of the
# Abruzzo Engineering "atti" Word template, converted to PDF by LibreOffice.
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
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2)
st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(3)

def p(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: para.paragraph_format.space_after = Pt(after)
    if before is not None: para.paragraph_format.space_before = Pt(before)
    return para

def borders(table, sz=4):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), str(sz)); el.set(qn('w:color'), '000000'); b.append(el)
    pr.append(b)

def grid(table, widths):
    table.autofit = False
    g = table._tbl.tblGrid
    for gc, w in zip(g.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for j, w in enumerate(widths): row.cells[j].width = w

def cellp(cell, text, bold=False, size=10, align=None):
    cell.text = ''
    para = cell.paragraphs[0]; r = para.add_run(text); r.bold = bold; r.font.size = Pt(size)
    para.paragraph_format.space_after = Pt(0)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER

# header / footer
hp = sec.header.paragraphs[0]; hp.text = ''
r = hp.add_run('Comune di Capestrano – Deliberazione del Consiglio Comunale n. 7 del 27-02-2026'); r.font.size = Pt(8); r.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run('Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pag. '); r.font.size = Pt(8)
for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    run = fp.add_run(); run.font.size = Pt(8)
    if kind:
        fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); run._r.append(fc)
    else:
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; run._r.append(it)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

p('COMUNE DI CAPESTRANO', bold=True, size=17, align='c', after=0)
p('PROVINCIA DELL\'AQUILA', size=10, align='c', after=0)
p('Piazza Municipio, 1 – 67022 Capestrano (AQ) – Tel. 0862 95220 – PEC: protocollo@pec.comune.capestrano.aq.it', size=8, align='c', after=10)

t = doc.add_table(rows=1, cols=2); borders(t)
cellp(t.cell(0, 0), 'ORIGINALE', bold=True, size=10, align='c')
cellp(t.cell(0, 1), 'Codice Ente 066020', size=9, align='c')
p('', after=2)
p('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=14, align='c', after=0)
p('N. 7 Del 27-02-2026', bold=True, size=12, align='c', after=8)

t = doc.add_table(rows=1, cols=2); borders(t)
t.columns[0].width = Cm(2.6)
cellp(t.cell(0, 0), 'Oggetto:', bold=True, size=11)
cellp(t.cell(0, 1), 'APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE ED INTEGRAZIONI.', bold=True, size=11)
grid(t, [Cm(2.6), Cm(14)])

p('L\'anno duemilaventisei il giorno ventisette del mese di febbraio alle ore 18:00, nella sala consiliare del Palazzo municipale, in Sessione Ordinaria, seduta Pubblica di Prima convocazione, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale.', align='j', before=10)
p('Alla trattazione dell\'argomento in oggetto risultano presenti ed assenti i consiglieri di seguito indicati:', align='j')

roll = [('CIOTTI ANTONIO', 'Sindaco', 'P'), ('DI FELICE LAURA', 'Consigliere', 'P'), ('MARINUCCI PIERLUIGI', 'Consigliere', 'P'),
        ('SANTAVENERE GIULIA', 'Consigliere', 'A'), ('PETRELLA NICOLA', 'Consigliere', 'P'), ('COLANGELI ROBERTA', 'Consigliere', 'P'),
        ('D\'ALESSANDRO MARCO', 'Consigliere', 'P'), ('FEBBO SIMONE', 'Consigliere', 'A'), ('IACOBUCCI ANNA', 'Consigliere', 'P'),
        ('RANIERI LUCA', 'Consigliere', 'P'), ('DI GIAMBERARDINO ELENA', 'Consigliere', 'P')]
t = doc.add_table(rows=7, cols=9); borders(t)
for j, h in enumerate(['N.', 'Consiglieri', 'Carica', 'P/A', '', 'N.', 'Consiglieri', 'Carica', 'P/A']):
    cellp(t.cell(0, j), h, bold=True, size=9, align='c')
for i, (n, role, pa) in enumerate(roll):
    r, c = (i % 6) + 1, (0 if i < 6 else 5)
    cellp(t.cell(r, c), str(i + 1), size=9, align='c')
    cellp(t.cell(r, c + 1), n, size=8.5)
    cellp(t.cell(r, c + 2), role, size=9)
    cellp(t.cell(r, c + 3), pa, size=9, align='c')
grid(t, [Cm(0.8), Cm(4.6), Cm(1.9), Cm(0.9), Cm(0.2), Cm(0.8), Cm(4.6), Cm(1.9), Cm(0.9)])
p('Presenti n.   9                                   Assenti n.   2', bold=True, size=10, before=4)

p('Partecipa alla seduta il Segretario Comunale Dott.ssa Maria Teresa Colasante, che provvede alla redazione del presente verbale.', align='j', before=6)
p('Presiede il Sindaco Dott. Antonio Ciotti il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare sull\'oggetto sopra indicato.', align='j')

p('IL CONSIGLIO COMUNALE', bold=True, align='c', before=8)
for s in [
    'PREMESSO che con deliberazione consiliare n. 11 del 29-04-2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall\'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160;',
    'RILEVATA la necessità di aggiornare le disposizioni relative alle occupazioni temporanee per manifestazioni e ai dehors degli esercizi di somministrazione, nonché di coordinare il testo con la disciplina dei mercati;',
    'VISTO lo schema di regolamento modificato, predisposto dal Servizio Tributi e composto da n. 58 articoli, allegato al presente atto quale parte integrante e sostanziale;',
    'ACQUISITO il parere favorevole del Revisore dei conti, reso ai sensi dell\'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000 (verbale n. 3 del 20-02-2026);',
    'VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del D.Lgs. 267/2000;',
    'UDITA la relazione dell\'Assessore al Bilancio e gli interventi dei Consiglieri riportati nel resoconto della seduta;']:
    p(s, align='j')
p('Con voti favorevoli n. 7, contrari n. 2 (Consiglieri Iacobucci e Ranieri), astenuti n. 0, espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti,', align='j', before=4)
p('D E L I B E R A', bold=True, align='c', before=6)
for i, s in enumerate([
    'di approvare le modifiche e integrazioni al Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub "A" che sostituisce integralmente quello approvato con deliberazione consiliare n. 11 del 29-04-2021;',
    'di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell\'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;',
    'di trasmettere la presente deliberazione al Ministero dell\'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale.'], 1):
    para = p(f'{i}.  {s}', align='j')
    para.paragraph_format.left_indent = Cm(0.6); para.paragraph_format.first_line_indent = Cm(-0.6)
p('Successivamente, stante l\'urgenza, con voti favorevoli n. 7 e contrari n. 2, espressi per alzata di mano, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del D.Lgs. 267/2000.', align='j', before=6)

p('Il presente verbale viene letto, approvato e sottoscritto.', italic=True, before=12)
t = doc.add_table(rows=3, cols=2)
cellp(t.cell(0, 0), 'IL PRESIDENTE', bold=True, align='c'); cellp(t.cell(0, 1), 'IL SEGRETARIO COMUNALE', bold=True, align='c')
cellp(t.cell(1, 0), 'F.to Dott. Antonio Ciotti', align='c'); cellp(t.cell(1, 1), 'F.to Dott.ssa Maria Teresa Colasante', align='c')

p('', after=6)
t = doc.add_table(rows=1, cols=1); borders(t)
cellp(t.cell(0, 0), 'CERTIFICATO DI PUBBLICAZIONE\nLa presente deliberazione è pubblicata all\'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 04-03-2026 al 19-03-2026 (Reg. Pubbl. n. 118).\nCapestrano, 04-03-2026                                        IL SEGRETARIO COMUNALE\n                                                                                   F.to Dott.ssa Maria Teresa Colasante', size=9)
doc.core_properties.author = 'Ufficio Segreteria'
doc.core_properties.title = 'Delibera CC 7/2026'
doc.save(out)
