# Deliberazione di Consiglio - Comune di Morano Calabro
# A .docx template (as an ONLYOFFICE-edited template would be) written with python-docx,
# converted to PDF by LibreOffice (build.sh).
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
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2.0)

st = doc.styles['Normal']
st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, space_before=None, space_after=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_before is not None: p.paragraph_format.space_before = Pt(space_before)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-indent)
    return p


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color)
    tcPr.append(s)

def fix_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    tblPr = table._tbl.tblPr
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)

# header: letterhead repeated on every page
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNE DI MORANO CALABRO'); r.bold = True; r.font.size = Pt(16); r.font.name = 'Caladea'
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Provincia di Cosenza'); r.italic = True; r.font.size = Pt(10)
hp3 = hdr.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('Area Amministrativa – Ufficio di Segreteria'); r.font.size = Pt(8)

ftr = sec.footer
fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Delibera C.C. n. 14/2026 – pagina '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); add_field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); add_field(r, 'NUMPAGES')

para('COPIA', bold=True, size=10, align='r')
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=14, align='c', space_before=4, space_after=0)
para('N. 14   Seduta del 27/02/2026', bold=True, size=12, align='c', space_after=2)
para('Sessione straordinaria – Seduta pubblica di prima convocazione', italic=True, size=10, align='c', space_after=10)

t = doc.add_table(rows=1, cols=2); t.style = 'Table Grid'
fix_widths(t, [2.6, 14])
c0, c1 = t.rows[0].cells
c0.width = Cm(2.6); c1.width = Cm(14)
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run("Approvazione del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Modifiche.").bold = True
shade(c0, 'E7E6E6')

para("L'anno 2026 il giorno 27 del mese di febbraio alle ore 17:00, nella sala delle adunanze consiliari del Palazzo Municipale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione straordinaria ed in seduta pubblica di prima convocazione.", align='j', space_before=10)
para('Risultano presenti ed assenti i seguenti Consiglieri:', space_before=4, space_after=4)

members = [
    ('DE LUCA NICOLA', 'Sindaco', 'Sì'), ('FASANELLA ROSARIA', 'Consigliere', 'Sì'),
    ('GUAGLIANONE PIETRO', 'Consigliere', 'Sì'), ('CAPPARELLI ANNA MARIA', 'Consigliere', 'Sì'),
    ('BLOISE GIUSEPPE', 'Consigliere', 'No'), ('MAIORANA TERESA', 'Consigliere', 'Sì'),
    ('PROVENZANO LUIGI', 'Consigliere', 'Sì'), ('DONADIO ELENA', 'Consigliere', 'Sì'),
    ('SALERNO FRANCESCO', 'Consigliere', 'Sì'), ('MAGNELLI CARMINE', 'Consigliere', 'No'),
    ('LAURITO GIOVANNA', 'Consigliere', 'Sì'),
]
half = 6
rt = doc.add_table(rows=half + 1, cols=9); rt.style = 'Table Grid'; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [0.85, 3.8, 2.1, 1.1, 0.3, 0.85, 3.8, 2.1, 1.1]
heads = ['N.', 'Cognome e Nome', 'Carica', 'Pres.', '', 'N.', 'Cognome e Nome', 'Carica', 'Pres.']
for i, h in enumerate(heads):
    c = rt.rows[0].cells[i]; c.width = Cm(widths[i])
    if h:
        rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); shade(c, 'E7E6E6')
for k, (n, role, pr) in enumerate(members):
    row = k % half + 1; off = 0 if k < half else 5
    vals = [str(k + 1), n, role, pr]
    for j, v in enumerate(vals):
        c = rt.rows[row].cells[off + j]; c.width = Cm(widths[off + j])
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
fix_widths(rt, widths)
para('Presenti n. 9 – Assenti n. 2', bold=True, size=10, align='r', space_before=4)

para("Presiede la seduta il Presidente del Consiglio comunale Sig. Pietro Guaglianone. Partecipa, con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione, il Segretario Comunale Dott. Antonio Zicarelli.", align='j', space_before=6)
para("Il Presidente, riconosciuta la validità del numero legale, dichiara aperta la seduta e pone in discussione la Proposta n. 9 del 12/02/2026 dell'Area Economico-Finanziaria, iscritta al punto n. 3 dell'ordine del giorno.", align='j')

para('IL CONSIGLIO COMUNALE', bold=True, align='c', space_before=8, space_after=6)
prem = [
    "VISTO l'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160, che ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e il canone mercatale;",
    "RICHIAMATA la propria deliberazione n. 7 del 29/03/2021, con la quale è stato approvato il relativo Regolamento comunale;",
    "RITENUTO necessario adeguare il Regolamento alle esigenze emerse nella gestione delle occupazioni temporanee nel centro storico e alla disciplina delle aree mercatali di Piazza Giovanni XXIII;",
    "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 3 del 20/02/2026 ai sensi dell'art. 239 del D.Lgs. 267/2000;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell'Area Economico-Finanziaria, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nel resoconto della seduta;",
]
for s in prem:
    para(s, align='j')
para("Con la seguente votazione, resa per alzata di mano:", space_before=6, space_after=4)
vt = doc.add_table(rows=2, cols=5); vt.style = 'Table Grid'; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (h, v) in enumerate([('Presenti', '9'), ('Votanti', '8'), ('Favorevoli', '6'), ('Contrari', '2'), ('Astenuti', '1')]):
    a = vt.rows[0].cells[i].paragraphs[0]; a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = a.add_run(h); rr.bold = True; rr.font.size = Pt(9.5); shade(vt.rows[0].cells[i], 'E7E6E6')
    b = vt.rows[1].cells[i].paragraphs[0]; b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = b.add_run(v); rr.font.size = Pt(9.5)
para("(contrari i Consiglieri Salerno e Laurito; astenuta la Consigliera Donadio)", italic=True, size=9, align='c', space_before=2)

para('D E L I B E R A', bold=True, align='c', space_before=8, space_after=6)
pts = [
    "di approvare le modifiche al Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nel testo coordinato allegato al presente atto sotto la lettera «A», quale parte integrante e sostanziale;",
    "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze – Dipartimento delle Finanze, per la pubblicazione nel portale del federalismo fiscale.",
]
for i, s in enumerate(pts, 1):
    para(f"{i}.\t{s}", align='j', indent=0.7)

para("Successivamente, con separata votazione (presenti 9, favorevoli 7, contrari 2), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", align='j', space_before=6)

para('Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue.', italic=True, space_before=10)
st_ = doc.add_table(rows=3, cols=2)
sg = [('IL PRESIDENTE', 'IL SEGRETARIO COMUNALE'), ('F.to Sig. Pietro Guaglianone', 'F.to Dott. Antonio Zicarelli'), ('', '')]
for i, (a, b) in enumerate(sg):
    for j, v in enumerate((a, b)):
        p = st_.rows[i].cells[j].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(v); rr.bold = (i == 0)

doc.add_page_break()
para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', space_after=6)
para("Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune in data 12/03/2026 e vi rimarrà per quindici giorni consecutivi (Reg. Pubbl. n. 301).", align='j')
para('Morano Calabro, 12/03/2026', space_before=4)
para('IL SEGRETARIO COMUNALE\nF.to Dott. Antonio Zicarelli', align='r')
para('ESECUTIVITÀ', bold=True, align='c', space_before=14, space_after=6)
para("La presente deliberazione è divenuta esecutiva il 27/02/2026 perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", align='j')
para("Copia conforme all'originale, per uso amministrativo.", italic=True, space_before=10)
para('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', size=8, align='c', space_before=20)

doc.core_properties.author = 'Segreteria Generale'
doc.core_properties.title = 'Delibera CC 14-2026'
doc.save(out)
