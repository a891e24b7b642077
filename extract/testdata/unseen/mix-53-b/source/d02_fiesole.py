# Delibera di Consiglio, Comune di Fiesole - in the manner of a Progel atti template; python-docx -> LibreOffice
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
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)

# running head and foot
hp = sec.header.paragraphs[0]
hp.text = 'Comune di Fiesole – Deliberazione C.C. n. 18/2026'
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Pag. '); r.font.size = Pt(8)
field(fp, 'PAGE')
r = fp.add_run(' – Atto firmato digitalmente ai sensi del D.Lgs. 82/2005'); r.font.size = Pt(8)

para('COMUNE DI FIESOLE', True, 18, WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('Città Metropolitana di Firenze', False, 10, WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('Piazza Mino da Fiesole, 26 – 50014 Fiesole (FI)', False, 8, WD_ALIGN_PARAGRAPH.CENTER, after=10)
para('ORIGINALE', True, 9, WD_ALIGN_PARAGRAPH.RIGHT, after=6)
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE', True, 14, WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('N. 18 DEL 26/02/2026', True, 13, WD_ALIGN_PARAGRAPH.CENTER, after=6)
para('Seduta pubblica ordinaria di prima convocazione', False, 10, WD_ALIGN_PARAGRAPH.CENTER, italic=True, after=10)
# subject as a title block in a shaded single-cell table
t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
r = c.paragraphs[0].add_run("Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 27 e 41.")
r.bold = True; r.font.size = Pt(11)
sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), 'EDEDED'); c._tc.get_or_add_tcPr().append(sh)
para(after=4)
para("L'anno duemilaventisei, il giorno ventisei del mese di febbraio, alle ore 21:00, nella Sala consiliare del Palazzo Comunale, si è riunito il Consiglio Comunale, convocato con avviso prot. n. 3312 del 19/02/2026, regolarmente notificato ai Consiglieri.")
para("Presiede la seduta la Presidente del Consiglio Comunale Sig.ra Chiara Benvenuti. Partecipa il Vice Segretario Generale Dott. Marco Innocenti, incaricato della redazione del verbale.")
para("Al momento della trattazione del presente punto risultano:")
members = [('TORRINI LORENZO', 'Sindaco', True), ('BENVENUTI CHIARA', 'Presidente del Consiglio', True),
 ('CAPPELLI MATTEO', 'Consigliere', True), ('NESI GIULIA', 'Consigliere', True), ('SALVADORI ANDREA', 'Consigliere', False),
 ('BARTOLINI FRANCESCA', 'Consigliere', True), ('PAOLETTI RICCARDO', 'Consigliere', True), ('GUARDUCCI ELISA', 'Consigliere', True),
 ('MANNUCCI FILIPPO', 'Consigliere', True), ('CIONI SARA', 'Consigliere', True), ('LAPINI TOMMASO', 'Consigliere', True),
 ('FANFANI ILARIA', 'Consigliere', False), ('BIAGIOTTI LUCA', 'Consigliere', True), ('PECCHIOLI MARTA', 'Consigliere', True),
 ('ROSSELLI DAVIDE', 'Consigliere', True), ('ARRIGHI VALENTINA', 'Consigliere', True), ('CHELLINI PIETRO', 'Consigliere', True)]
half = 9
t = d.add_table(rows=half + 1, cols=9); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
hdr = ['N.', 'Cognome e nome', 'Carica', 'P/A', '', 'N.', 'Cognome e nome', 'Carica', 'P/A']
for j, h in enumerate(hdr):
    cc = t.cell(0, j); cc.text = ''; rr = cc.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8.5)
for i in range(half):
    for k, idx in enumerate([i, i + half]):
        if idx >= len(members): continue
        n, role, pres = members[idx]
        base = 0 if k == 0 else 5
        for j, v in enumerate([str(idx + 1), n, role, 'P' if pres else 'A']):
            cc = t.cell(i + 1, base + j); cc.text = ''
            rr = cc.paragraphs[0].add_run(v); rr.font.size = Pt(8.5)
widths = [Mm(7), Mm(36), Mm(28), Mm(10), Mm(3), Mm(7), Mm(36), Mm(28), Mm(10)]
grid = t._tbl.tblGrid
for j, gc in enumerate(grid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[j].twips)))
for row in t.rows:
    for j, w in enumerate(widths): row.cells[j].width = w
para(after=2)
para('Presenti n. 15 – Assenti n. 2 (Salvadori, Fanfani).', True)
para('Scrutatori: Cioni, Biagiotti, Rosselli.', italic=True)
para('IL CONSIGLIO COMUNALE', True, 11.5, WD_ALIGN_PARAGRAPH.CENTER)
for s in [
 "Udita l'illustrazione dell'Assessore al Bilancio e ai Tributi e la discussione che ne è seguita, integralmente riportata nel resoconto della seduta;",
 "Richiamata la propria deliberazione n. 11 del 29/03/2021, con la quale è stato approvato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816-836, della Legge 27 dicembre 2019, n. 160;",
 "Ritenuto necessario aggiornare la disciplina delle occupazioni temporanee per cantieri edili (art. 12), delle riduzioni per le manifestazioni promosse da associazioni senza scopo di lucro (art. 27) e delle sanzioni (art. 41);",
 "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 4 del 20/02/2026, acquisito ai sensi dell'art. 239 del D.Lgs. 267/2000;",
 "Visto il parere della Commissione consiliare Bilancio e Affari generali espresso nella seduta del 23/02/2026;",
 "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente:"]:
    para(s)
t = d.add_table(rows=2, cols=5); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (h, v) in enumerate([('Presenti', '15'), ('Votanti', '13'), ('Favorevoli', '10'), ('Contrari', '3'), ('Astenuti', '2')]):
    a = t.cell(0, j); a.text = ''; rr = a.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = t.cell(1, j); b.text = ''; rr = b.paragraphs[0].add_run(v); rr.font.size = Pt(10); b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para('(contrari: Lapini, Pecchioli, Chellini; astenuti: Rosselli, Arrighi)', italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para('DELIBERA', True, 11.5, WD_ALIGN_PARAGRAPH.CENTER)
for i, s in enumerate([
 "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato A, parte integrante e sostanziale del presente atto;",
 "di dare atto che le modifiche hanno effetto dal 1° aprile 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "di disporre la pubblicazione del Regolamento aggiornato nella sezione \"Amministrazione trasparente\" del sito istituzionale."], 1):
    para('%d) %s' % (i, s))
para("Successivamente, con separata votazione (presenti 15, votanti 13, favorevoli 10, contrari 3, astenuti 2), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
para(after=10)
t = d.add_table(rows=3, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (a, b, c2) in enumerate([('LA PRESIDENTE DEL CONSIGLIO', 'Chiara Benvenuti', 'firmato digitalmente'), ('IL VICE SEGRETARIO GENERALE', 'Dott. Marco Innocenti', 'firmato digitalmente')]):
    for i, (v, bb) in enumerate([(a, True), (b, False), (c2, False)]):
        cc = t.cell(i, j); cc.text = ''; cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = cc.paragraphs[0].add_run(v); rr.bold = bb; rr.italic = (i == 2); rr.font.size = Pt(9.5 if i < 2 else 8)
d.core_properties.author = 'Segreteria Generale'; d.core_properties.title = 'DCC 18/2026'
d.save(out)
