# Consiglio Comunale deliberation, Comune di Omegna: python-docx -> LibreOffice (imitates IDS&Unitelm "Atti" print)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import sys

d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')

def para(text='', bold=False, size=None, align=None, italic=False, space_after=4):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p

def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[i].twips)))
    for row in t.rows:
        for j, w in enumerate(widths): row.cells[j].width = w

def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run('Comune di Omegna – Deliberazione del Consiglio Comunale n. 14 del 26/03/2026'); hr.font.size = Pt(8); hr.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Pagina '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')
fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.'); r.font.size = Pt(7)

para('[stemma]', size=7, align='c', italic=True, space_after=0)
para('COMUNE DI OMEGNA', bold=True, size=18, align='c', space_after=0)
para('Provincia del Verbano Cusio Ossola', size=11, align='c', space_after=0)
para('Piazza XXIV Aprile, 17 – 28887 Omegna (VB)', size=8, align='c', space_after=10)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(t, [Cm(5), Cm(11.6)])
c = t.rows[0].cells
c[0].text = ''; c[0].paragraphs[0].add_run('ORIGINALE').bold = True
c[1].text = ''; rr = c[1].paragraphs[0].add_run('Codice ente 103049   –   Reg. Delib. C.C. N. 14'); rr.bold = True
para('', space_after=2)
para('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=13, align='c', space_after=0)
para('Adunanza ordinaria di prima convocazione – Seduta pubblica', italic=True, align='c', space_after=8)

ot = d.add_table(rows=1, cols=2); ot.style = 'Table Grid'
oc = ot.rows[0].cells
set_widths(ot, [Cm(2.6), Cm(14)])
oc[0].text = ''; oc[0].paragraphs[0].add_run('OGGETTO:').bold = True
oc[1].text = ''
oc[1].paragraphs[0].add_run('MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE – ARTT. 12, 18 E 27. APPROVAZIONE.').bold = True
para('', space_after=2)

para("L'anno duemilaventisei, addì ventisei del mese di marzo, alle ore 20:30, nella Sala Consiliare del Palazzo Comunale, previa convocazione nei modi e nei termini di legge, si è riunito il Consiglio Comunale, in sessione ordinaria ed in seduta pubblica di prima convocazione.", align='j')
para('Fatto l\'appello nominale risultano:', space_after=4)

roll = [
 ('ZANONI DAVIDE', 'Sindaco', 'P'), ('RUSCHETTI ALBERTO', 'Presidente', 'P'),
 ('BERTOLETTI MARTA', 'Consigliere', 'P'), ('CANETTA GIORGIO', 'Consigliere', 'P'),
 ('DE GIULI SILVIA', 'Consigliere', 'A'), ('FORNARA LUCA', 'Consigliere', 'P'),
 ('GALLI ROBERTA', 'Consigliere', 'P'), ('GUGLIELMETTI PAOLO', 'Consigliere', 'P'),
 ('MAZZETTI CHIARA', 'Consigliere', 'P'),
 ('NOLLI ENRICO', 'Consigliere', 'P'), ('PIROLA ANNALISA', 'Consigliere', 'A'),
 ('RAGAZZONI MATTEO', 'Consigliere', 'P'), ('SACCHI ELENA', 'Consigliere', 'P'),
 ('TADINI STEFANO', 'Consigliere', 'P'), ('USELLINI FRANCESCA', 'Consigliere', 'P'),
 ('VALSESIA GIANLUCA', 'Consigliere', 'A'), ('ZOPPIS ILARIA', 'Consigliere', 'P'),
]
half = 9
rt = d.add_table(rows=half + 1, cols=8); rt.style = 'Table Grid'
hdr = ['N.', 'Cognome e Nome', 'Carica', 'P/A'] * 2
for i, h in enumerate(hdr):
    rt.rows[0].cells[i].text = ''
    rn = rt.rows[0].cells[i].paragraphs[0].add_run(h); rn.bold = True; rn.font.size = Pt(9)
for i, (n, role, pa) in enumerate(roll):
    row = 1 + (i % half); col = 0 if i < half else 4
    for j, v in enumerate([f'{i+1}', n, role, pa]):
        cell = rt.rows[row].cells[col + j]; cell.text = ''
        rn = cell.paragraphs[0].add_run(v); rn.font.size = Pt(9)
set_widths(rt, [Cm(0.8), Cm(4.4), Cm(2.1), Cm(1.0)] * 2)
para('', space_after=2)
para('Totale presenti: 14          Totale assenti: 3', bold=True, space_after=6)
para("Partecipa alla seduta il Segretario Generale Dott.ssa Paola Cerutti, la quale provvede alla redazione del presente verbale.", align='j')
para("Essendo legale il numero degli intervenuti, il Sig. Alberto Ruschetti, nella sua qualità di Presidente del Consiglio, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align='j', space_after=8)

para('IL CONSIGLIO COMUNALE', bold=True, align='c', space_after=6)
for t_ in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 9 del 29/04/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, ai sensi dell'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 31 del 12/02/2026, con la quale sono state aggiornate le tariffe del canone per l'anno 2026;",
 "CONSIDERATO che il Servizio Tributi ha segnalato la necessità di adeguare la disciplina delle occupazioni temporanee per manifestazioni sul lungolago e di semplificare il procedimento di rilascio delle concessioni per i dehors stagionali;",
 "VISTO lo schema di modifica degli articoli 12, 18 e 27 del Regolamento, allegato al presente atto quale parte integrante e sostanziale (Allegato A);",
 "DATO ATTO che la proposta è stata esaminata dalla I Commissione Consiliare Permanente nella seduta del 19/03/2026;",
 "ACQUISITI il parere favorevole di regolarità tecnica del Responsabile del Servizio Tributi e il parere favorevole di regolarità contabile del Responsabile del Settore Finanziario, ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, nonché il parere dell'Organo di revisione economico-finanziaria reso con verbale n. 6 del 16/03/2026;",
 "UDITI gli interventi dei Consiglieri, integralmente registrati e conservati agli atti;",
 "CON votazione espressa per alzata di mano, che dà il seguente risultato: presenti n. 14, votanti n. 13, voti favorevoli n. 10, voti contrari n. 3 (Canetta, Nolli, Sacchi), astenuti n. 1 (Tadini);",
]:
    para(t_, align='j')
para('D E L I B E R A', bold=True, align='c', space_after=6)
for i, t_ in enumerate([
 "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo riportato nell'Allegato A;",
 "di dare atto che le modifiche entrano in vigore dal 1° maggio 2026;",
 "di trasmettere il presente atto al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale, nei termini di legge;",
 "di demandare al Responsabile del Servizio Tributi gli adempimenti conseguenti, ivi compresa l'informazione ai pubblici esercizi interessati.",
], 1):
    para(f'{i}. {t_}', align='j')
para("Successivamente, IL CONSIGLIO COMUNALE, con separata votazione che dà il seguente esito: presenti n. 14, favorevoli n. 10, contrari n. 3, astenuti n. 1, DICHIARA la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align='j', space_after=12)

para('Letto, confermato e sottoscritto.', italic=True, space_after=8)
st_ = d.add_table(rows=3, cols=2)
vals = [('IL PRESIDENTE', 'IL SEGRETARIO GENERALE'), ('Alberto Ruschetti', 'Dott.ssa Paola Cerutti'), ('(firmato digitalmente)', '(firmato digitalmente)')]
for i, (a, b) in enumerate(vals):
    for j, v in enumerate((a, b)):
        cc = st_.rows[i].cells[j]; cc.text = ''
        rn = cc.paragraphs[0].add_run(v); rn.bold = (i == 0); rn.font.size = Pt(10 if i < 2 else 8)
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[1])
