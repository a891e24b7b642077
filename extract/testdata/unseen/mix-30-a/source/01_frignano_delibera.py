# Giunta dell'Unione dei Comuni del Frignano, deliberazione n. 14/2026.
# Built as a .docx with python-docx, printed to PDF by LibreOffice Writer.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles['Normal']
st.font.name = 'Liberation Serif'
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, after=None):
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


def borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), '4')
        el.set(qn('w:color'), '000000')
        b.append(el)
    pr.append(b)


def setw(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


# running foot
fp = sec.footer.paragraphs[0]
fp.text = "Unione dei Comuni del Frignano – Deliberazione della Giunta dell'Unione n. 14 del 12/02/2026"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(8)

para('UNIONE DEI COMUNI DEL FRIGNANO', bold=True, size=16, align='c', after=0)
para('Provincia di Modena', size=10, align='c', after=0)
para('Fanano – Fiumalbo – Lama Mocogno – Montecreto – Pavullo nel Frignano – Pievepelago – Polinago – Riolunato – Serramazzoni – Sestola',
     size=8, align='c', italic=True, after=0)
para('Via Giardini n. 15 – 41026 Pavullo nel Frignano (MO) – C.F. 03208250366', size=8, align='c', after=10)

para('COPIA', bold=True, size=11, align='r', after=4)
para("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", bold=True, size=13, align='c', after=0)
para('N. 14 del 12/02/2026', bold=True, size=12, align='c', after=8)

t = d.add_table(rows=1, cols=2)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
setw(t, [Cm(2.6), Cm(14.0)])
t.cell(0, 0).paragraphs[0].add_run('OGGETTO:').bold = True
t.cell(0, 1).paragraphs[0].add_run(
    'APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE '
    'ASSOCIATA DELLE FUNZIONI DI PROTEZIONE CIVILE – TRIENNIO 2026/2028').bold = True
para(after=4)

para("L'anno duemilaventisei (2026), il giorno dodici del mese di febbraio alle ore 17:30, nella sala "
     "riunioni della sede dell'Unione in Pavullo nel Frignano, previa l'osservanza di tutte le formalità "
     "prescritte dallo Statuto, si è riunita la Giunta dell'Unione nelle persone dei Signori:", align='j')

rows = [
    ('GIANASI ROBERTO', 'Presidente', 'Pavullo nel Frignano', True),
    ('BORTOLANI ELENA', 'Vice Presidente', 'Sestola', True),
    ('CORSINI MAURO', 'Assessore', 'Fanano', True),
    ('PALLADINI SIMONE', 'Assessore', 'Fiumalbo', False),
    ('TORRI ANNALISA', 'Assessore', 'Lama Mocogno', True),
    ('BERNARDONI LUCA', 'Assessore', 'Montecreto', True),
    ('MARCHIONI PAOLO', 'Assessore', 'Pievepelago', False),
    ('FRANCESCHINI GIULIA', 'Assessore', 'Polinago', True),
    ('ZANNI DAVIDE', 'Assessore', 'Riolunato', True),
    ('VENTURELLI MARCO', 'Assessore', 'Serramazzoni', True),
]
t = d.add_table(rows=1, cols=5)
borders(t)
hdr = ['Cognome e Nome', 'Carica', 'Sindaco del Comune di', 'Presente', 'Assente']
for i, h in enumerate(hdr):
    r = t.rows[0].cells[i].paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9.5)
for n, c, com, p in rows:
    cells = t.add_row().cells
    vals = [n, c, com, 'X' if p else '', '' if p else 'X']
    for i, v in enumerate(vals):
        par = cells[i].paragraphs[0]
        rr = par.add_run(v)
        rr.font.size = Pt(9.5)
        if i >= 3:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(5.0), Cm(3.2), Cm(4.6), Cm(1.9), Cm(1.9)]
setw(t, widths)
para('Presenti n. 8                Assenti n. 2', bold=True, align='r', after=6)

para("Assume la presidenza il Sig. Roberto Gianasi, in qualità di Presidente, il quale, constatato il "
     "numero legale degli intervenuti, dichiara aperta la seduta.", align='j')
para("Partecipa il Segretario dell'Unione Dott. Alessandro Fiorini, incaricato della redazione del verbale.",
     align='j', after=8)

para('LA GIUNTA DELL\'UNIONE', bold=True, align='c')
para("Vista la proposta di deliberazione n. 19 del 05/02/2026 predisposta dal Servizio Protezione Civile, "
     "allegata al presente atto quale parte integrante e sostanziale;", align='j')
premises = [
    "Premesso che, ai sensi dell'art. 8 dello Statuto, l'Unione esercita in forma associata per conto dei Comuni "
    "aderenti le funzioni di pianificazione di protezione civile e di coordinamento dei primi soccorsi, di cui "
    "all'art. 14, comma 27, lett. e) del D.L. 31 maggio 2010, n. 78;",
    "Richiamato il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) e la L.R. Emilia-Romagna "
    "7 febbraio 2005, n. 1;",
    "Dato atto che la convenzione vigente, approvata con deliberazione del Consiglio dell'Unione n. 31 del "
    "18/12/2022, giunge a scadenza il 31/03/2026 e che occorre pertanto approvare un nuovo schema da "
    "sottoporre ai Consigli comunali;",
    "Visto lo schema di convenzione allegato, concordato nella Conferenza dei Sindaci del 29/01/2026;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
]
for s in premises:
    para(s, align='j')
para('Con voti unanimi e favorevoli, espressi nelle forme di legge,', align='j', after=6)
para('D E L I B E R A', bold=True, align='c', after=6)
pts = [
    "di approvare lo schema di convenzione per la gestione associata delle funzioni di protezione civile "
    "tra l'Unione dei Comuni del Frignano e i Comuni aderenti per il triennio 2026/2028, allegato sub A) "
    "alla presente deliberazione;",
    "di trasmettere il presente atto ai Comuni aderenti per l'approvazione della convenzione da parte dei "
    "rispettivi Consigli comunali entro il 31/03/2026;",
    "di dare atto che la spesa per il funzionamento del servizio associato, stimata in € 184.500,00 annui, "
    "trova copertura nel bilancio di previsione 2026/2028 dell'Unione, Missione 11, Programma 01;",
    "di individuare quale responsabile del procedimento il Responsabile del Servizio Protezione Civile, "
    "Geom. Daniele Pedroni;",
    "di pubblicare il presente atto all'Albo Pretorio on line dell'Unione e dei Comuni aderenti.",
]
for i, s in enumerate(pts, 1):
    p = para(f'{i}. {s}', align='j')
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
para("Successivamente, con separata ed unanime votazione, la presente deliberazione viene dichiarata "
     "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align='j', after=14)

para('Letto, approvato e sottoscritto.', after=8)
t = d.add_table(rows=3, cols=2)
t.cell(0, 0).paragraphs[0].add_run('IL PRESIDENTE').bold = True
t.cell(0, 1).paragraphs[0].add_run("IL SEGRETARIO DELL'UNIONE").bold = True
t.cell(1, 0).paragraphs[0].add_run('F.to Roberto Gianasi')
t.cell(1, 1).paragraphs[0].add_run('F.to Dott. Alessandro Fiorini')
for c in t.rows[0].cells + t.rows[1].cells:
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(after=10)

d.add_page_break()
para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', after=6)
para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
     "dell'Unione per quindici giorni consecutivi dal 13/02/2026 al 28/02/2026, ai sensi dell'art. 124 "
     "del D.Lgs. 267/2000 (reg. pubbl. n. 96).", align='j')
para("Pavullo nel Frignano, 13/02/2026", after=2)
para("IL SEGRETARIO DELL'UNIONE", align='r', after=0)
para('F.to Dott. Alessandro Fiorini', align='r', after=10)
para('ESECUTIVITÀ', bold=True, align='c', after=6)
para("La presente deliberazione è divenuta esecutiva il 12/02/2026 in quanto dichiarata immediatamente "
     "eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", align='j')
para("Copia conforme all'originale firmato digitalmente, per uso amministrativo.", italic=True, size=9)
d.save(out)
