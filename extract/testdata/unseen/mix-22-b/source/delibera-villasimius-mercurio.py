# Comune di Villasimius - Giunta deliberation, a .docx in the shape of a
# "Mercurio" atti template, converted to PDF by LibreOffice (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NUM, DATA = 52, '23/04/2026'
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)
st = doc.styles['Normal']
st.font.name = 'Carlito'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def p(text='', bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, after=None):
    par = doc.add_paragraph()
    par.alignment = align
    if text:
        r = par.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def rich(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    par = doc.add_paragraph(); par.alignment = align
    for t, b in parts:
        r = par.add_run(t); r.bold = b
    return par

# header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('[stemma]\n'); r.italic = True; r.font.size = Pt(7)
r = hp.add_run('COMUNE DI VILLASIMIUS\n'); r.bold = True; r.font.size = Pt(15)
r = hp.add_run('Regione Autonoma della Sardegna'); r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run(f'Deliberazione G.C. n. {NUM} del {DATA} – Pagina '); r.font.size = Pt(8)
field(fp, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
field(fp, 'NUMPAGES')
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Mercurio Atti'); r.font.size = Pt(7); r.italic = True

p('ORIGINALE', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
p('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=6)
t = doc.add_table(rows=2, cols=4)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [['Numero', str(NUM), 'Data', DATA], ['Proposta n.', '61 del 20/04/2026', 'Settore proponente', 'Polizia Locale']]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.bold = (j % 2 == 0); rr.font.size = Pt(9.5)
p(after=2)
rich([('OGGETTO: ', True), ('INDIRIZZI PER LA DISCIPLINA TEMPORANEA DELLA SOSTA A PAGAMENTO NELLE AREE DI PARCHEGGIO '
                            'LITORANEE DI CAMPULONGU, SIMIUS E PORTO GIUNCO – STAGIONE ESTIVA 2026.', True)])
p(after=2)
p('L\'anno duemilaventisei, il giorno ventitré del mese di aprile, alle ore 12:30, nella sala delle adunanze della Casa '
  'Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale.')
p('Sono presenti i Sigg.: SODDU MARIA GRAZIA, Sindaco; MELIS ANDREA, Vice Sindaco; PIRAS FEDERICA, Assessore; '
  'CONTU ROBERTO, Assessore. Risulta assente il Sig. FLORIS STEFANO, Assessore.')
p('Presenti n. 4 – Assenti n. 1.')
p('Presiede la seduta il Sindaco Dott.ssa Maria Grazia Soddu. Partecipa il Segretario Comunale Dott. Efisio Pinna, '
  'che provvede alla redazione del presente verbale.')
p('Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull\'argomento in oggetto.')
p('LA GIUNTA COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for a, b in [
    ('PREMESSO ', 'che nel periodo estivo le aree di parcheggio prossime ai litorali di Campulongu, Simius e Porto Giunco sono '
     'interessate da un afflusso veicolare eccedente la capacità di sosta, con conseguenti fenomeni di sosta irregolare lungo la '
     'viabilità di accesso alle spiagge e intralcio ai mezzi di soccorso;'),
    ('RICHIAMATA ', 'la deliberazione della Giunta Comunale n. 44 del 16/05/2025, con la quale sono state approvate le tariffe '
     'della sosta a pagamento per la stagione estiva 2025;'),
    ('RITENUTO ', 'di confermare, per la stagione estiva 2026, il sistema della sosta a pagamento nelle aree suddette nel periodo '
     'dal 1° giugno al 30 settembre, dalle ore 8:00 alle ore 20:00, con le tariffe di cui al prospetto allegato;'),
    ('VISTO ', 'l\'art. 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada);'),
    ('ACQUISITI ', 'i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi dell\'art. 49 del '
     'D.Lgs. 267/2000 dal Responsabile del Settore Polizia Locale e dal Responsabile del Settore Finanziario;'),
]:
    rich([(a, True), (b, False)])
p('Con voti unanimi, espressi in forma palese,')
p('DELIBERA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
pts = [
    'di confermare, per la stagione estiva 2026, la sosta a pagamento nelle aree di parcheggio litoranee di Campulongu, Simius e '
    'Porto Giunco, nel periodo dal 1° giugno al 30 settembre 2026, dalle ore 8:00 alle ore 20:00;',
    'di approvare le tariffe orarie e giornaliere riportate nel prospetto allegato, che forma parte integrante e sostanziale del '
    'presente atto, prevedendo l\'esenzione per i veicoli dei residenti muniti di contrassegno;',
    'di demandare al Responsabile del Settore Polizia Locale l\'adozione dell\'ordinanza di disciplina della circolazione e della '
    'sosta e di tutti gli atti gestionali conseguenti.',
]
for i, x in enumerate(pts, 1):
    par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    par.paragraph_format.left_indent = Cm(0.9); par.paragraph_format.first_line_indent = Cm(-0.6)
    par.add_run(f'{i})  {x}')
p('Con separata e unanime votazione, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell\'art. 134, '
  'comma 4, del D.Lgs. 18 agosto 2000, n. 267, stante l\'urgenza di avviare le procedure prima dell\'inizio della stagione balneare.')
p(after=6)
p('PARERI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000', bold=True, size=9.5)
t2 = doc.add_table(rows=2, cols=3); t2.style = 'Table Grid'
for i, row in enumerate([['Regolarità tecnica', 'Favorevole', 'Il Responsabile del Settore Polizia Locale – Comm. Giovanni Loi'],
                         ['Regolarità contabile', 'Favorevole', 'Il Responsabile del Settore Finanziario – Dott.ssa Paola Serra']]):
    for j, v in enumerate(row):
        c = t2.cell(i, j); c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
p(after=8)
p('Letto, approvato e sottoscritto.')
t3 = doc.add_table(rows=2, cols=2)
for i, row in enumerate([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['Dott.ssa Maria Grazia Soddu', 'Dott. Efisio Pinna']]):
    for j, v in enumerate(row):
        c = t3.cell(i, j); c.text = ''
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v); rr.bold = (i == 0)
p(after=8)
p('CERTIFICATO DI PUBBLICAZIONE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5)
p('Si certifica che la presente deliberazione è stata pubblicata all\'Albo Pretorio on line in data 24/04/2026 e vi rimarrà per '
  'quindici giorni consecutivi (art. 124 D.Lgs. 267/2000). Il Funzionario incaricato – Sig.ra Anna Maria Usai', size=9)
doc.save(sys.argv[1])
