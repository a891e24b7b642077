# Comune di Monsummano Terme - deliberazione C.C. 14/2026
# A .docx "modello" filled by a merge (python-docx here), then converted to PDF by LibreOffice,
# as a JODConverter-based atti module does.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2)
st = doc.styles['Normal']
st.font.name = 'Times New Roman'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, runs=None):
    p = doc.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def fixw(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
        for c in t.columns[j].cells: c.width = w

def borders(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), str(sz)); el.set(qn('w:color'), '000000')
        b.append(el)
    tcPr.append(b)

# header / footer
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Deliberazione C.C. n. 14 del 26/02/2026'); r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def field(p, instr):
    r = p.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)
    for x in (r, r2, r3): x.font.size = Pt(8)
rr = fp.add_run('Pagina '); rr.font.size = Pt(8); field(fp, 'PAGE'); rr = fp.add_run(' di '); rr.font.size = Pt(8); field(fp, 'NUMPAGES')

para('[stemma]', size=7, align='c', after=0, italic=True)
para('COMUNE DI MONSUMMANO TERME', bold=True, size=18, align='c', after=0)
para('Provincia di Pistoia', size=11, align='c', after=10)
para('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=13, align='c', after=2)
para('', align='c', runs=[('Deliberazione n. ', False), ('14', True), (' del ', False), ('26/02/2026', True)], after=2)
para('Adunanza ordinaria di prima convocazione – seduta pubblica', size=10, align='c', italic=True, after=10)

t = doc.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Cm(2.6), Cm(14)
for c in (c0, c1): borders(c, 8)
fixw(t, [Cm(2.6), Cm(14)])
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run("REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 27 E 41.").bold = True
para(after=4)
para("L'anno duemilaventisei (2026) il giorno ventisei del mese di febbraio alle ore 21:00 nella Sala consiliare del Palazzo Comunale, a seguito di regolare convocazione notificata ai Consiglieri ai sensi del vigente Regolamento del Consiglio Comunale, si è riunito il Consiglio Comunale.", align='j')
para('Fatto l’appello nominale risultano:', align='j', after=4)

roll = [
 ('MARTINELLI SIMONE', 'Sindaco', 'P'), ('BARONTINI LUCIA', 'Presidente', 'P'), ('CECCHI ANDREA', 'Consigliere', 'P'),
 ('GORI FEDERICA', 'Consigliere', 'P'), ('NICCOLAI PAOLO', 'Consigliere', 'A'), ('BIAGINI SARA', 'Consigliere', 'P'),
 ('TADDEI LORENZO', 'Consigliere', 'P'), ('VANNUCCI MARTA', 'Consigliere', 'P'), ('BARDELLI ENRICO', 'Consigliere', 'P'),
 ('FRANCESCHI GIULIA', 'Consigliere', 'P'), ('LAZZERINI MATTEO', 'Consigliere', 'A'), ('PAOLINI ROBERTA', 'Consigliere', 'P'),
 ('CINTOLESI FABIO', 'Consigliere', 'P'), ('NESTI VALENTINA', 'Consigliere', 'P'), ('BALDI ALESSIO', 'Consigliere', 'P'),
 ('GIUNTINI CLAUDIA', 'Consigliere', 'P'), ('MELANI DARIO', 'Consigliere', 'P')]
left, right = roll[:9], roll[9:]
t = doc.add_table(rows=10, cols=8); t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(0.8), Cm(4.3), Cm(2.1), Cm(1.0), Cm(0.8), Cm(4.3), Cm(2.1), Cm(1.0)]
hdr = ['N.', 'Cognome e nome', 'Carica', 'P/A', 'N.', 'Cognome e nome', 'Carica', 'P/A']
for j, h in enumerate(hdr):
    c = t.rows[0].cells[j]; c.width = widths[j]; borders(c)
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
for i in range(9):
    for side, lst, off in ((0, left, 1), (4, right, 10)):
        vals = [str(i + off), *lst[i]] if i < len(lst) else ['', '', '', '']
        for j, v in enumerate(vals):
            c = t.rows[i + 1].cells[side + j]; c.width = widths[side + j]; borders(c)
            r = c.paragraphs[0].add_run(v); r.font.size = Pt(9.5)
fixw(t, widths)
para(after=2)
para('Presenti n. 15 – Assenti n. 2 (Niccolai, Lazzerini).', size=10, after=6)
para('Sono altresì presenti, senza diritto di voto, gli Assessori esterni Bruno Pacini e Irene Guidotti.', align='j')
para("Presiede la seduta la Sig.ra Lucia Barontini, Presidente del Consiglio Comunale, che, constatato il numero legale, dichiara aperta la discussione. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Generale Dott.ssa Caterina Lenzi.", align='j')
para('Scrutatori: Taddei Lorenzo, Nesti Valentina, Melani Dario.', size=10, italic=True, after=8)
para('IL CONSIGLIO COMUNALE', bold=True, align='c', after=6)
for t_ in [
 "Udita la relazione dell'Assessore al Bilancio e Tributi, come da resoconto integrale agli atti;",
 "Richiamata la propria deliberazione n. 9 del 30/03/2021 con la quale è stato approvato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
 "Ritenuto necessario aggiornare la disciplina delle esenzioni per le iniziative delle associazioni senza scopo di lucro (art. 12), dei termini di versamento per le occupazioni temporanee (art. 27) e delle riduzioni per i cantieri di durata superiore a sei mesi (art. 41);",
 "Visto il parere favorevole del Collegio dei Revisori dei Conti, verbale n. 4 del 18/02/2026;",
 "Visto il parere espresso dalla I Commissione consiliare permanente nella seduta del 20/02/2026;",
 "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con la seguente votazione, espressa in forma palese per alzata di mano e proclamata dal Presidente:"]:
    para(t_, align='j')
vt = doc.add_table(rows=2, cols=5); vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (h, v) in enumerate(zip(['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'], ['15', '14', '10', '4', '1'])):
    for i, s in enumerate((h, v)):
        c = vt.rows[i].cells[j]; c.width = Cm(2.8); borders(c)
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s); r.bold = (i == 0); r.font.size = Pt(10)
para('(Contrari: Franceschi, Paolini, Cintolesi, Baldi – Astenuta: Giuntini)', size=9.5, italic=True, align='c', after=8)
para('D E L I B E R A', bold=True, align='c', after=6)
for t_ in [
 "1) di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato «A» che costituisce parte integrante e sostanziale del presente atto;",
 "2) di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "3) di disporre la pubblicazione del Regolamento coordinato nella sezione «Amministrazione trasparente» del sito istituzionale;",
 "4) di incaricare il Servizio Entrate della trasmissione del presente atto al concessionario del servizio di riscossione."]:
    p = para(t_, align='j'); p.paragraph_format.left_indent = Cm(0.6)
para('Successivamente, con separata votazione (presenti 15, votanti 15, favorevoli 11, contrari 4), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', align='j', after=12)
para('Letto, approvato e sottoscritto.', after=10)
ft = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('IL PRESIDENTE DEL CONSIGLIO', 'IL SEGRETARIO GENERALE'), ('Lucia Barontini', 'Dott.ssa Caterina Lenzi'), ('(firmato digitalmente)', '(firmato digitalmente)')]):
    for j, s in enumerate((a, b)):
        p = ft.rows[i].cells[j].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s); r.font.size = Pt(10); r.bold = (i == 0); r.italic = (i == 2)
para(after=10)
para('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; l’originale informatico è conservato negli archivi del Comune di Monsummano Terme.', size=8, italic=True, align='c')
doc.save('delibera-cc-14-2026.docx')
