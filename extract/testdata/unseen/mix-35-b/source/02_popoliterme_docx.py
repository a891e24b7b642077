# Consiglio deliberation of Comune di Popoli Terme as a server-side document
# assembler (Aspose.Words-style merge of a .docx template) would lay it out:
# header table with the crest caption, a two-column roll numbered 1-13, votes in
# prose with counts. Written as .docx with python-docx, converted to PDF by
# LibreOffice (build.sh).
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
st = d.styles['Normal']
st.font.name = 'Carlito'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def para(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
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
    return p


def runs(parts, align='j'):
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    return p


def widths(table, ws):
    table.autofit = False
    for i, w in enumerate(ws):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


def borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:color'), '808080')
        b.append(el)
    tblPr.append(b)


# header (page header of the section: repeated on every page)
hdr = sec.header
hp = hdr.paragraphs[0]
hp.text = ''
r = hp.add_run('COMUNE DI POPOLI TERME')
r.bold = True
r.font.size = Pt(15)
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp2 = hdr.add_paragraph()
r = hp2.add_run('Provincia di Pescara')
r.font.size = Pt(10)
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp3 = hdr.add_paragraph()
r = hp3.add_run('Corso Gramsci, 2 – 65026 Popoli Terme (PE) – PEC: protocollo@pec.comune.popoliterme.pe.it')
r.font.size = Pt(8)
r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER

# footer with page field
ft = sec.footer
fp = ft.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione del Consiglio Comunale n. 9 del 28/04/2026 – pag. ')
r.font.size = Pt(8)
for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    rr = fp.add_run()
    rr.font.size = Pt(8)
    if kind:
        fc = OxmlElement('w:fldChar')
        fc.set(qn('w:fldCharType'), kind)
        rr._r.append(fc)
    else:
        it = OxmlElement('w:instrText')
        it.set(qn('xml:space'), 'preserve')
        it.text = txt
        rr._r.append(it)
fp2 = ft.add_paragraph()
r = fp2.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Copia conforme all\'originale digitale')
r.font.size = Pt(7)
r.italic = True
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER

para('ORIGINALE', bold=True, align='r', size=9)
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, align='c', size=14, after=0)
para('N. 9 del 28/04/2026', bold=True, align='c', size=12)
para('Sessione ordinaria – Seduta pubblica di prima convocazione', align='c', size=10, italic=True)

t = d.add_table(rows=1, cols=2)
borders(t, 8)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
widths(t, [Mm(26), Mm(140)])
c0.paragraphs[0].add_run('OGGETTO:').bold = True
SUBJ = ("Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025 ai sensi "
        "dell'art. 227 del D.Lgs. n. 267/2000.")
rr = c1.paragraphs[0].add_run(SUBJ)
rr.bold = True
para()
runs([("L'anno ", False), ('duemilaventisei', True), (', il giorno ', False), ('ventotto', True),
      (' del mese di ', False), ('aprile', True), (', alle ore ', False), ('18:00', True),
      (", nella sala consiliare del Palazzo Municipale, convocato con avvisi scritti recapitati a norma "
       "di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima "
       "convocazione.", False)])
para('Alla trattazione dell\'argomento in oggetto risultano presenti ed assenti i Consiglieri:', align='j')

roll = [('DI GIANDOMENICO ANTONIO', 'Sindaco', True), ('DI CRESCENZO MARCO', 'Presidente', True),
        ('PETRELLA SILVIA', 'Consigliere', True), ('CIPRIANI LORENZO', 'Consigliere', True),
        ('DI BIASE FEDERICA', 'Consigliere', True), ('MARCHEGIANI ROCCO', 'Consigliere', False),
        ('D\'ALESSANDRO IVANA', 'Consigliere', True),
        ('SANTAVENERE DANILO', 'Consigliere', True), ('DE CESARIS GABRIELE', 'Consigliere', True),
        ('PAOLINI MARTINA', 'Consigliere', True), ('COLANGELO PIERLUIGI', 'Consigliere', True),
        ('FEBBO ALESSIA', 'Consigliere', False), ('LUCIANI ENZO', 'Consigliere', True)]
left, right = roll[:7], roll[7:]
rt = d.add_table(rows=8, cols=6)
borders(rt)
hd = ['Consiglieri', 'Carica', 'P/A', 'Consiglieri', 'Carica', 'P/A']
for j, h in enumerate(hd):
    c = rt.rows[0].cells[j]
    c.paragraphs[0].add_run(h).bold = True
for i in range(7):
    for off, lst, base in ((0, left, 1), (3, right, 8)):
        if i < len(lst):
            n, role, pr = lst[i]
            rt.rows[i + 1].cells[off].paragraphs[0].add_run('%d. %s' % (base + i, n))
            rt.rows[i + 1].cells[off + 1].paragraphs[0].add_run(role)
            rt.rows[i + 1].cells[off + 2].paragraphs[0].add_run('P' if pr else 'A')
widths(rt, [Mm(52), Mm(23), Mm(9), Mm(52), Mm(23), Mm(9)])
for row in rt.rows:
    for j in range(6):
        for p in row.cells[j].paragraphs:
            p.paragraph_format.space_after = Pt(0)
            for r in p.runs:
                r.font.size = Pt(9)
para('Presenti n. 11 – Assenti n. 2 (Marchegiani, Febbo)', bold=True, size=10)
runs([('Partecipa il Segretario Comunale ', False), ('Dott. Giuseppe Liberatore', True),
      (', incaricato della redazione del verbale. ', False),
      ('Assume la presidenza il Sig. ', False), ('Marco Di Crescenzo', True), (', nella sua qualità di ', False),
      ('Presidente del Consiglio Comunale', True),
      (', il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta.', False)])

para('IL CONSIGLIO COMUNALE', bold=True, align='c')
for t_ in [
    "PREMESSO che, ai sensi dell'art. 227 del D.Lgs. 18 agosto 2000, n. 267, la dimostrazione dei risultati "
    "di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico "
    "e lo stato patrimoniale, da approvarsi entro il 30 aprile dell'anno successivo;",
    "VISTA la deliberazione della Giunta Comunale n. 41 del 31/03/2026, con la quale è stata approvata la "
    "relazione illustrativa sulla gestione e lo schema di rendiconto dell'esercizio 2025;",
    "VISTA la deliberazione della Giunta Comunale n. 29 del 10/03/2026 di riaccertamento ordinario dei "
    "residui attivi e passivi al 31/12/2025;",
    "VISTA la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 3877 del "
    "14/04/2026, con la quale si esprime parere favorevole all'approvazione del rendiconto;",
    "DATO ATTO che il rendiconto 2025 chiude con un risultato di amministrazione di € 1.284.613,27, di cui "
    "parte accantonata € 702.118,40, parte vincolata € 301.455,12, parte destinata agli investimenti "
    "€ 48.900,00 e parte disponibile € 232.139,75;",
    "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri riportati nel resoconto "
    "integrale della seduta, conservato agli atti;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Servizio "
    "Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
]:
    para(t_, align='j')
runs([('Con votazione resa per alzata di mano, che dà il seguente esito: presenti n. 11, votanti n. 10, '
       'voti favorevoli n. 7, voti contrari n. 3 (Colangelo, Paolini, Luciani), astenuti n. 1 (De Cesaris),', False)])
para('D E L I B E R A', bold=True, align='c')
pts = [
    "di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del "
    "bilancio, dal conto economico e dallo stato patrimoniale, redatto secondo gli schemi di cui "
    "all'allegato 10 al D.Lgs. 118/2011;",
    "di dare atto che il risultato di amministrazione al 31/12/2025 ammonta a € 1.284.613,27, ripartito "
    "come indicato in premessa;",
    "di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri di cui al "
    "D.M. 4 agosto 2023;",
    "di approvare l'elenco dei residui attivi e passivi distinti per anno di provenienza, allegato al "
    "rendiconto;",
    "di trasmettere il rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro 30 giorni "
    "dall'approvazione.",
]
for i, t_ in enumerate(pts, 1):
    p = para('%d. %s' % (i, t_), align='j')
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-5)
runs([('Successivamente, con separata votazione che dà il seguente esito: presenti n. 11, votanti n. 10, '
       'favorevoli n. 7, contrari n. 3, astenuti n. 1, il Consiglio Comunale dichiara il presente atto ', False),
      ('immediatamente eseguibile', True), (", ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", False)])
para()
para('Letto, confermato e sottoscritto.', italic=True)
sg = d.add_table(rows=2, cols=2)
sg.rows[0].cells[0].paragraphs[0].add_run('IL PRESIDENTE DEL CONSIGLIO').bold = True
sg.rows[0].cells[1].paragraphs[0].add_run('IL SEGRETARIO COMUNALE').bold = True
sg.rows[1].cells[0].paragraphs[0].add_run('Marco Di Crescenzo')
sg.rows[1].cells[1].paragraphs[0].add_run('Dott. Giuseppe Liberatore')
for row in sg.rows:
    for c in row.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para()
p = para('Il presente verbale è pubblicato all\'Albo Pretorio on line del Comune per quindici giorni '
         'consecutivi a partire dal 04/05/2026 (n. 498 del Registro delle pubblicazioni).', size=9, italic=True,
         align='j')
d.core_properties.author = 'Comune di Popoli Terme'
d.core_properties.title = 'Delibera CC 9/2026'
d.save(out)
