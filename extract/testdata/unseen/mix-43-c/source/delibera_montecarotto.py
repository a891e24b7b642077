# Comune di Montecarotto - deliberazione del Consiglio n. 9/2026
# .docx written with python-docx (Word-template look of a Marche software house), converted by LibreOffice
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
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
st = d.styles['Normal']
st.font.name = 'Times New Roman'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3): run._r.append(e)

def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '000000')
        b.append(x)
    tcPr.append(b)

# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('DELIBERAZIONE DEL CONSIGLIO COMUNALE n. 9 del 27-02-2026  -  COMUNE DI MONTECAROTTO  -  Pag. ')
r.font.size = Pt(8)
r2 = fp.add_run(); r2.font.size = Pt(8); field(r2, 'PAGE')

para('COMUNE DI MONTECAROTTO', bold=True, align='c', size=18, after=0)
para('Provincia di Ancona', align='c', size=11, after=0)
para('Piazza del Municipio - 60036 Montecarotto (AN)', align='c', size=8.5, after=10)
para('COPIA', bold=True, align='r', size=10, after=4)
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, align='c', size=14, after=6)

t = d.add_table(rows=2, cols=4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('Numero', '9'), ('Data', '27-02-2026')]
for i, (lab, val) in enumerate(cells):
    c = t.cell(0, i*2); c.text = ''; runs(c.paragraphs[0], [(lab, False)]); borders(c)
    c = t.cell(0, i*2+1); c.text = ''; runs(c.paragraphs[0], [(val, True)]); borders(c)
m = t.cell(1, 0).merge(t.cell(1, 3))
m.text = ''
runs(m.paragraphs[0], [('Oggetto: ', False), ('MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.', True)])
borders(m)
para(after=4)

p = para(align='j')
runs(p, [("L'anno ", False), ('duemilaventisei', True), (' il giorno ', False), ('ventisette', True), (' del mese di ', False), ('febbraio', True),
         (' alle ore ', False), ('21:00', True), (", nella sala consiliare della sede municipale, si è riunito il Consiglio Comunale, convocato con avvisi scritti recapitati a norma di legge, in sessione ordinaria, in seduta pubblica di prima convocazione.", False)])
para('Dei Consiglieri comunali sono presenti n. 10 e assenti n. 1:', align='j')

roll = [('1', 'MANCINELLI LAURA', 'P'), ('2', 'ROSSETTI FABIO', 'P'), ('3', 'GIULIONI SARA', 'P'), ('4', 'CASTELLUCCI DAVIDE', 'P'),
        ('5', 'ANIBALDI MATTEO', 'P'), ('6', 'PAOLONI ILARIA', 'P'), ('7', 'CARBINI SIMONE', 'P'), ('8', 'PIERSANTI MONICA', 'A'),
        ('9', 'BELARDINELLI ENRICO', 'P'), ('10', 'SERVADIO ALESSIA', 'P'), ('11', 'TONINELLI GIORGIO', 'P')]
t = d.add_table(rows=6, cols=6)
t.style = 'Table Grid'
left, right = roll[:6], roll[6:]
for i in range(6):
    for j, src in enumerate((left, right)):
        if i < len(src):
            n, name, pa = src[i]
            t.cell(i, j*3).text = n; t.cell(i, j*3+1).text = name; t.cell(i, j*3+2).text = pa
t.autofit = False
for k, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))):
    gc.set(qn('w:w'), str(int((8, 62, 12, 8, 62, 12)[k] * 56.7)))
for row in t.rows:
    for k, w in enumerate((8, 62, 12, 8, 62, 12)):
        row.cells[k].width = Mm(w)
        for pp in row.cells[k].paragraphs:
            pp.paragraph_format.space_after = Pt(0)
            for rr in pp.runs: rr.font.size = Pt(10)
para(after=2)
para('Assegnati n. 11          In carica n. 11          Presenti n. 10          Assenti n. 1', size=10, after=6)
para('Risultato legale il numero degli intervenuti, assume la presidenza la Sig.ra Laura Mancinelli in qualità di SINDACO.', align='j')
para('Partecipa il Segretario Comunale Dott. Federico Gambelli, incaricato della redazione del verbale.', align='j')
para('Nominati scrutatori i Consiglieri: Giulioni Sara, Carbini Simone, Servadio Alessia.', align='j', after=10)

para('IL CONSIGLIO COMUNALE', bold=True, align='c', after=6)
for t_ in [
 "VISTA la proposta di deliberazione n. 11 del 13-02-2026 predisposta dal Servizio Tributi, allegata al presente atto;",
 "RICHIAMATI l'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160, istitutivi del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, e l'art. 52 del D.Lgs. 15 dicembre 1997, n. 446;",
 "RICHIAMATA la propria deliberazione n. 7 del 30-03-2021 con la quale è stato approvato il relativo regolamento, successivamente modificato con deliberazione n. 14 del 28-04-2023;",
 "RITENUTO di modificare gli articoli 12 (occupazioni per lavori edili), 18 (esenzioni) e 25 (canone mercatale per gli spuntisti) per adeguarli alle esigenze emerse nella gestione del mercato settimanale del venerdì;",
 "UDITA la relazione dell'Assessore al Bilancio Fabio Rossetti e gli interventi dei Consiglieri, riportati integralmente nella registrazione della seduta conservata agli atti;",
 "DATO ATTO che sulla proposta sono stati acquisiti il parere favorevole di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000 e il parere favorevole del Revisore dei Conti, verbale n. 3 del 20-02-2026;",
 "Con la seguente votazione, resa per alzata di mano e proclamata dal Presidente:"]:
    para(t_, align='j')
vt = d.add_table(rows=1, cols=5)
vt.style = 'Table Grid'
for k, s in enumerate(['Presenti n. 10', 'Votanti n. 9', 'Favorevoli n. 7', 'Contrari n. 2 (Belardinelli, Toninelli)', 'Astenuti n. 1 (Servadio)']):
    vt.cell(0, k).text = s
    for rr in vt.cell(0, k).paragraphs[0].runs: rr.font.size = Pt(9.5)
trPr = vt.rows[0]._tr.get_or_add_trPr(); cs = OxmlElement('w:cantSplit'); trPr.append(cs)
para(after=4)
para('DELIBERA', bold=True, align='c', after=6)
for n, t_ in enumerate([
 "di approvare le modifiche agli articoli 12, 18 e 25 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nel testo coordinato allegato sub A) quale parte integrante e sostanziale;",
 "di dare atto che le modifiche approvate hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della legge 23 dicembre 2000, n. 388;",
 "di disporre la pubblicazione del regolamento coordinato sul sito istituzionale dell'Ente, nella sezione \"Amministrazione trasparente\" - Disposizioni generali - Atti generali."], 1):
    para('%d) %s' % (n, t_), align='j')
para('Successivamente,', align='j')
para('IL CONSIGLIO COMUNALE', bold=True, align='c')
para("con separata votazione, resa per alzata di mano, che dà il seguente esito: presenti n. 10, votanti n. 9, favorevoli n. 7, contrari n. 2 (Belardinelli, Toninelli), astenuti n. 1 (Servadio),", align='j')
p = para(align='j'); runs(p, [('DELIBERA', True), (" di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", False)])
para(after=6)
para('PARERI ESPRESSI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000', bold=True, size=10)
para("Regolarità tecnica: FAVOREVOLE - Il Responsabile del Servizio Tributi F.to Dott.ssa Cinzia Morbidelli - 13-02-2026", size=10)
para("Regolarità contabile: FAVOREVOLE - Il Responsabile del Servizio Finanziario F.to Rag. Paolo Fiordelmondo - 16-02-2026", size=10, after=10)
para('Il presente verbale viene letto, approvato e sottoscritto.', align='j')
sg = d.add_table(rows=2, cols=2)
sg.cell(0, 0).text = 'IL PRESIDENTE'; sg.cell(0, 1).text = 'IL SEGRETARIO COMUNALE'
sg.cell(1, 0).text = 'F.to Laura Mancinelli'; sg.cell(1, 1).text = 'F.to Dott. Federico Gambelli'
for row in sg.rows:
    for c in row.cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(after=8)
para('ATTESTATO DI PUBBLICAZIONE', bold=True, align='c', size=10)
para("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi (art. 124, comma 1, D.Lgs. 267/2000), n. 187 del Registro delle Pubblicazioni.", align='j', size=10)
para('Montecarotto, 05-03-2026', size=10)
para('IL SEGRETARIO COMUNALE F.to Dott. Federico Gambelli', size=10, align='r')
para('È copia conforme all\'originale, firmato digitalmente ai sensi del D.Lgs. 82/2005, ad uso amministrativo.', italic=True, size=9)
d.save(out)
