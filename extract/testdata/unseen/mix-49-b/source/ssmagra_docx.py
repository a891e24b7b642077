# Comune di Santo Stefano di Magra - deliberazione di Consiglio n. 9/2026
# Word-style document written with python-docx, converted by LibreOffice; the PDF's
# metadata are then set as a Word document printed through Win2PDF would carry them.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(3)

def setw(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

def para(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def mixed(parts, align='j'):
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.CENTER
    return p

def field(run, code):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# footer: page x of y
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Delibera C.C. n. 9 del 26/02/2026 – pagina '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')

para('COMUNE DI SANTO STEFANO DI MAGRA', bold=True, size=18, align='c', after=0)
para('PROVINCIA DELLA SPEZIA', size=10, align='c', after=0)
para('Piazza G. Matteotti, 3 – 19037 Santo Stefano di Magra (SP)', size=9, align='c', italic=True, after=10)
para('ORIGINALE', bold=True, size=10, align='r', after=6)
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 26/02/2026', bold=True, size=13, align='c', after=2)
para('Adunanza ordinaria di prima convocazione – seduta pubblica', size=10, align='c', italic=True, after=8)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
c0, c1 = t.rows[0].cells
setw(t, [Mm(28), Mm(138)])
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run('MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ARTT. 12, 18 E 27) – APPROVAZIONE.').bold = True
para(after=4)
mixed([("L’anno duemilaventisei, addì ventisei del mese di febbraio alle ore 20:45, nella sala consiliare del Palazzo Comunale, convocato con avviso del Presidente del Consiglio prot. n. 2811 del 19/02/2026, regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.", False)])
para('Fatto l’appello nominale risultano:', after=4)

roll = [('1', 'MAZZANTI GIULIO', 'Sindaco', 'P'), ('2', 'BERTOLOTTI ELENA', 'Consigliere', 'P'),
        ('3', 'CRUDELI SIMONE', 'Consigliere', 'P'), ('4', 'FORNACIARI MARTA', 'Consigliere', 'P'),
        ('5', 'GIANNARELLI LUCA', 'Consigliere', 'A'), ('6', 'LAZZERINI ROBERTA', 'Consigliere', 'P'),
        ('7', 'MORACCHIOLI FABIO', 'Consigliere', 'P'), ('8', 'NERI ALESSANDRA', 'Consigliere', 'P'),
        ('9', 'PAOLINI DAVIDE', 'Consigliere', 'P'), ('10', 'RAFFO CHIARA', 'Consigliere', 'P'),
        ('11', 'SARTI MATTEO', 'Consigliere', 'A'), ('12', 'TONELLI SILVIA', 'Consigliere', 'P'),
        ('13', 'VANNUCCI PIERO', 'Consigliere', 'P')]
left, right = roll[:7], roll[7:]
t = d.add_table(rows=8, cols=8); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['N.', 'Cognome e Nome', 'Carica', 'P/A'] * 2
for i, h in enumerate(hdr):
    rr = t.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8.5)
for i in range(7):
    for half, lst in ((0, left), (4, right)):
        if i < len(lst):
            for j, v in enumerate(lst[i]):
                rr = t.rows[i+1].cells[half+j].paragraphs[0].add_run(v); rr.font.size = Pt(8.5)
widths = [Mm(7), Mm(42), Mm(24), Mm(10)] * 2
setw(t, widths)
para('Presenti n. 11 – Assenti n. 2', bold=True, size=10, align='r', after=6)
mixed([("Assiste il Segretario Generale ", False), ("Dott. Riccardo Bonvicini", True), (", il quale provvede alla redazione del presente verbale.", False)])
mixed([("Riconosciuto legale il numero degli intervenuti, ", False), ("la Sig.ra Alessandra Neri", True), (", nella sua qualità di ", False), ("Presidente del Consiglio Comunale", True), (", assume la presidenza e dichiara aperta la seduta.", False)])
para('IL CONSIGLIO COMUNALE', bold=True, align='c', after=4)
for tx in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 14 del 29/03/2021, e successive modificazioni, è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito ai sensi dell’art. 1, commi da 816 a 836, della Legge 27 dicembre 2019, n. 160;",
 "RITENUTO necessario modificare gli articoli 12 (occupazioni con dehors e strutture temporanee), 18 (esposizioni pubblicitarie su impianti di proprietà comunale) e 27 (riduzioni ed esenzioni) al fine di adeguarli alle nuove esigenze del commercio di vicinato e delle associazioni del territorio;",
 "VISTA la proposta di modifica esaminata dalla Commissione consiliare Bilancio e Affari Generali nella seduta del 17/02/2026;",
 "ACQUISITO il parere favorevole dell’Organo di revisione economico-finanziaria, verbale n. 4 del 20/02/2026, ai sensi dell’art. 239 del D.Lgs. 267/2000;",
 "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore Finanziario ai sensi dell’art. 49 del D.Lgs. 267/2000;",
 "UDITI gli interventi dei Consiglieri, integralmente registrati e conservati agli atti;"]:
    para(tx, align='j')
para('Con la seguente votazione, espressa per alzata di mano:', align='j', after=4)
vt = d.add_table(rows=2, cols=5); vt.style = 'Table Grid'; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (h, v) in enumerate([('Presenti', '11'), ('Votanti', '10'), ('Favorevoli', '8'), ('Contrari', '2'), ('Astenuti', '1')]):
    rr = vt.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9.5)
    vt.rows[0].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = vt.rows[1].cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
    vt.rows[1].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para('(astenuto il Consigliere Vannucci; contrari i Consiglieri Raffo e Tonelli)', italic=True, size=9.5, align='c', after=6)
para('D E L I B E R A', bold=True, align='c', after=4)
for i, tx in enumerate([
 "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell’allegato “A”, parte integrante e sostanziale del presente atto;",
 "di stabilire che le modifiche approvate decorrono dal 1° gennaio 2026, ai sensi dell’art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "di disporre la pubblicazione del Regolamento modificato nella sezione “Amministrazione Trasparente” del sito istituzionale e la sua trasmissione al Ministero dell’Economia e delle Finanze secondo le modalità previste dalla normativa vigente."], 1):
    p = para(f'{i}. {tx}', align='j')
    p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)
para('Successivamente, con votazione separata che dà il medesimo esito (presenti 11, votanti 10, favorevoli 8, contrari 2, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', align='j', after=10)
para('Letto, approvato e sottoscritto.', after=8)
st2 = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('IL PRESIDENTE DEL CONSIGLIO', 'IL SEGRETARIO GENERALE'), ('Alessandra Neri', 'Dott. Riccardo Bonvicini'), ('firmato digitalmente', 'firmato digitalmente')]):
    for j, v in enumerate((a, b)):
        pp = st2.rows[i].cells[j].paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v); rr.bold = (i == 0); rr.italic = (i == 2); rr.font.size = Pt(10 if i < 2 else 8)
para(after=10)
p = para('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD) e s.m.i., che sostituisce il documento cartaceo e la firma autografa.', size=8, italic=True, align='c')
d.core_properties.author = 'Segreteria'; d.core_properties.title = 'Delibera C.C. 9-2026'
d.save(OUT)
