# Consiglio deliberation, Città di Francavilla Fontana - imitates an ASMEZ-style Word template (python-docx -> LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]
d = Document()
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
sec = d.sections[0]
sec.page_height = Mm(297); sec.page_width = Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)

def para(text='', bold=False, align=None, size=None, italic=False, space=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space)
    return p

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); b.append(x)
    tcPr.append(b)

# header: letterhead
h = sec.header; hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('CITTÀ DI FRANCAVILLA FONTANA'); r.bold = True; r.font.size = Pt(16); r.font.name = 'Liberation Sans'
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Provincia di Brindisi'); r.italic = True; r.font.size = Pt(10)
hp3 = h.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('_' * 78); r.font.size = Pt(8)
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione di C.C. n. 21 del 27/03/2026 – pag. '); r.font.size = Pt(8)
field(fp, 'PAGE'); r = fp.add_run(' di '); r.font.size = Pt(8); field(fp, 'NUMPAGES')

para('ORIGINALE', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
t = d.add_table(rows=2, cols=3); t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('DELIBERAZIONE DEL CONSIGLIO COMUNALE', 'Numero', 'Data'), ('Seduta ordinaria di prima convocazione', '21', '27/03/2026')]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = ''; borders(c)
        rr = c.paragraphs[0].add_run(v); rr.bold = (i == 0 or j > 0); rr.font.size = Pt(10 if i == 0 else 11)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
t.autofit = False
for j, w in enumerate((Mm(110), Mm(28), Mm(28))): t.columns[j].width = w
for row in t.rows:
    row.cells[0].width = Mm(110); row.cells[1].width = Mm(28); row.cells[2].width = Mm(28)
para('')
p = para(); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run("Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27."); r.bold = True
para("L'anno 2026 il giorno 27 del mese di marzo alle ore 18:00, nella Sala Consiliare del Palazzo di Città, a seguito di avviso di convocazione prot. n. 11873 del 20/03/2026, regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.")
para("Presiede la seduta il Presidente del Consiglio Avv. Cosimo Lanzilotti.")
para("Partecipa il Segretario Generale Dott. Pietro Caliandro, incaricato della redazione del verbale.")
para("Al momento della trattazione del presente argomento risultano presenti e assenti i seguenti Consiglieri:")
names = [('ARGENTIERI VITO – Sindaco', 1), ('LANZILOTTI COSIMO – Presidente', 1), ('CAVALLO MARIA TERESA', 1), ('ELIA GIOVANNI', 1),
         ('DE NITTO ANGELO', 0), ('CARAMIA FRANCESCA', 1), ('SPECCHIA ROCCO', 1), ('MARINOSCI ANNA', 1), ('ROMA ANTONIO', 1),
         ('CALABRESE LUCIA', 1), ('SOLAZZO PIETRO', 0), ('PALMISANO DANIELA', 1), ('URSO DONATO', 1), ('LIGORIO SERENA', 1),
         ('CAVALIERE MASSIMO', 0), ('BARLETTA ORONZO', 1), ("D'AMICO GIUSEPPINA", 1), ('TAURISANO LUCA', 0), ('CAMPANELLA ROSARIA', 1),
         ('FISCHETTI NICOLA', 1), ('PERRUCCI ANGELA', 0), ('ANDRIULLI FABIO', 1), ('QUARANTA MICHELE', 1), ('DELLA CORTE ILARIA', 0),
         ('MICCOLI SALVATORE', 1)]
rows = 13
t = d.add_table(rows=rows + 1, cols=8); t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['N.', 'Consigliere', 'P', 'A'] * 2
for j, v in enumerate(hdr):
    c = t.cell(0, j); borders(c, 4); rr = c.paragraphs[0].add_run(v); rr.bold = True; rr.font.size = Pt(9)
for i in range(rows):
    for side in (0, 1):
        k = i + side * rows
        vals = ['', '', '', ''] if k >= len(names) else [str(k + 1), names[k][0], 'X' if names[k][1] else '', '' if names[k][1] else 'X']
        for j, v in enumerate(vals):
            c = t.cell(i + 1, side * 4 + j); borders(c, 4)
            rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
            if j in (0, 2, 3): c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Mm(8), Mm(57), Mm(8), Mm(8)] * 2
t.autofit = False
for j, col in enumerate(t.columns): col.width = widths[j]
for row in t.rows:
    for j, c in enumerate(row.cells): c.width = widths[j]
para('')
para('Presenti n. 19                Assenti n. 6', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Il Presidente, constatato il numero legale, dichiara aperta la discussione sull'argomento iscritto al punto 4 dell'ordine del giorno.")
para('IL CONSIGLIO COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Vista la proposta di deliberazione n. 28 del 10/03/2026 del Servizio Tributi, corredata dei pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("Richiamata la propria deliberazione n. 9 del 29/03/2021, con la quale è stato approvato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816-847, della Legge 27 dicembre 2019, n. 160;")
para("Ritenuto di dover aggiornare la disciplina delle riduzioni per le occupazioni temporanee connesse a manifestazioni culturali (art. 12), delle modalità di versamento rateale (art. 18) e delle sanzioni per le esposizioni pubblicitarie abusive (art. 27);")
para("Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 7 del 16/03/2026;")
para("Udita la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nel resoconto stenotipico della seduta;")
para("Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:")
para("Presenti n. 19 – Astenuti n. 1 (Quaranta) – Votanti n. 18 – Voti favorevoli n. 13 – Voti contrari n. 5 (Barletta, D'Amico, Campanella, Fischetti, Andriulli)", bold=True)
para('DELIBERA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, s in enumerate(["di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato \"A\", parte integrante e sostanziale del presente atto;",
                       "di dare atto che le modifiche hanno effetto dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
                       "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze secondo le modalità previste dalla normativa vigente e di pubblicarla sul sito istituzionale dell'Ente."], 1):
    p = para('%d) %s' % (i, s)); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)
para('')
para('Letto, confermato e sottoscritto.', italic=True)
t = d.add_table(rows=2, cols=2)
for j, (a, b) in enumerate([('IL PRESIDENTE DEL CONSIGLIO', 'Avv. Cosimo Lanzilotti'), ('IL SEGRETARIO GENERALE', 'Dott. Pietro Caliandro')]):
    c = t.cell(0, j); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = c.paragraphs[0].add_run(a); rr.bold = True; rr.font.size = Pt(10)
    c = t.cell(1, j); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = c.paragraphs[0].add_run(b); rr.font.size = Pt(10)
para('')
para('ATTESTATO DI PUBBLICAZIONE ED ESECUTIVITÀ', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
para("La presente deliberazione è pubblicata all'Albo Pretorio on line dal 02/04/2026 per quindici giorni consecutivi (art. 124 D.Lgs. 267/2000) e diventerà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.", size=10)
para('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', italic=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
d.save(out)
