# Giunta deliberation of the Comune di Moncalvo, written as a Word .docx
# (python-docx), converted by LibreOffice, then "printed" through a
# PostScript driver and Ghostscript the way CutePDF Writer does
# (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles['Normal']
st.font.name = 'Times New Roman'
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

# footer with page number field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione G.C. n. 28 del 12/03/2026 – pag. ')
r.font.size = Pt(8)
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
def field(run, code):
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    i = OxmlElement('w:instrText'); i.set(qn('xml:space'), 'preserve'); i.text = code
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    run._r.append(b); run._r.append(i); run._r.append(e)
r2 = fp.add_run(); r2.font.size = Pt(8); field(r2, 'PAGE')

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None, indent=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

para('COMUNE DI MONCALVO', True, 18, 'c', after=0)
para('PROVINCIA DI ASTI', False, 10, 'c', after=0)
para('Piazza Antico Castello, 1 – 14036 Moncalvo (AT) – tel. 0141 917505', False, 8, 'c', after=10)
para('COPIA', True, 10, 'r', after=6)
para('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', True, 13, 'c', after=2)
para('N. 28', True, 13, 'c', after=10)

t = d.add_table(rows=1, cols=2)
t.style = 'Table Grid'
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width, t.columns[1].width = Cm(2.6), Cm(14)
c0.width, c1.width = Cm(2.6), Cm(14)
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI '
                         'MANUTENZIONE STRAORDINARIA DELLA COPERTURA DEL MERCATO COPERTO DI PIAZZA '
                         'GARIBALDI – CUP F37H26000110004.').bold = True
para(after=4)

para("L'anno duemilaventisei, addì dodici del mese di marzo, alle ore 18.00, nella solita sala "
     "delle adunanze, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, "
     "vennero oggi convocati a seduta i componenti la Giunta Comunale.", align='j')
para('All\'appello risultano:', after=2)

t = d.add_table(rows=1, cols=4)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['Cognome e Nome', 'Carica', 'Presente', 'Assente']
for c, h in zip(t.rows[0].cells, hdr):
    c.paragraphs[0].add_run(h).bold = True
rows = [('BERTANA ALDO', 'Sindaco', 'X', ''),
        ('GRIGNOLIO PAOLA', 'Vice Sindaco', 'X', ''),
        ('CAVALLERO MARCO', 'Assessore', '', 'X')]
for rw in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, rw):
        c.paragraphs[0].add_run(v)
        if v == 'X': c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cells = t.add_row().cells
cells[1].paragraphs[0].add_run('Totale').bold = True
cells[2].paragraphs[0].add_run('2'); cells[3].paragraphs[0].add_run('1')
t.autofit = False
for col, w in zip(t.columns, (Cm(6), Cm(4), Cm(2.5), Cm(2.5))): col.width = w
for row in t.rows:
    for c, w in zip(row.cells, (Cm(6), Cm(4), Cm(2.5), Cm(2.5))): c.width = w
para(after=2)
para("Assiste all'adunanza il Segretario Comunale Dott.ssa Laura Massimelli, la quale provvede alla "
     "redazione del presente verbale.", align='j')
para("Essendo legale il numero degli intervenuti, il Sig. Aldo Bertana, nella sua qualità di Sindaco, "
     "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",
     align='j', after=8)

para('LA GIUNTA COMUNALE', True, 11, 'c', before=4, after=4)
para('Vista la proposta di deliberazione n. 34 del 09/03/2026 predisposta dall\'Area Tecnica, '
     'di seguito riportata;', align='j')
para('Premesso che il mercato coperto di Piazza Garibaldi, di proprietà comunale, presenta '
     'infiltrazioni diffuse dalla copertura in lastre di fibrocemento già incapsulate nel 2009, '
     'come rilevato nel sopralluogo dell\'Ufficio Tecnico del 14/01/2026;', align='j')
para('Richiamata la deliberazione del Consiglio Comunale n. 6 del 26/02/2026, di approvazione '
     'del Documento Unico di Programmazione 2026/2028 e del bilancio di previsione 2026/2028, '
     'nel cui programma triennale delle opere pubbliche l\'intervento è inserito per l\'importo '
     'complessivo di € 148.000,00;', align='j')
para('Visto il progetto di fattibilità tecnico-economica redatto dall\'Ing. Fabrizio Ravizza, '
     'incaricato con determinazione dell\'Area Tecnica n. 19 del 02/02/2026, pervenuto al '
     'protocollo n. 1187 del 27/02/2026 e composto dagli elaborati elencati nel dispositivo;', align='j')
para('Visto il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l\'art. 41 e l\'allegato I.7;', align='j')
para('Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 '
     'del D.Lgs. 18 agosto 2000, n. 267 dal Responsabile dell\'Area Tecnica e dal Responsabile '
     'dell\'Area Finanziaria;', align='j')
para('Con voti unanimi favorevoli espressi in forma palese;', align='j', after=6)
para('D E L I B E R A', True, 12, 'c', after=6)
pts = [
    'di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione '
    'straordinaria della copertura del mercato coperto di Piazza Garibaldi, composto da: relazione '
    'tecnico-illustrativa, computo metrico estimativo, quadro economico, elaborati grafici (tavv. 1-4), '
    'piano di sicurezza – prime indicazioni;',
    'di dare atto che il quadro economico dell\'intervento ammonta a complessivi € 148.000,00, di cui '
    '€ 112.400,00 per lavori a base d\'asta, € 3.600,00 per oneri della sicurezza non soggetti a '
    'ribasso ed € 32.000,00 per somme a disposizione dell\'Amministrazione;',
    'di dare atto che la spesa trova copertura al capitolo 2150/1 "Manutenzione straordinaria '
    'immobili comunali" del bilancio di previsione 2026/2028, esercizio 2026;',
    'di demandare al Responsabile dell\'Area Tecnica, Geom. Piero Monticone, in qualità di RUP, '
    'l\'adozione degli atti conseguenti.',
]
for i, p in enumerate(pts, 1):
    q = para(f'{i}) {p}', align='j', indent=0.6)
    q.paragraph_format.first_line_indent = Cm(-0.6)
para('Successivamente, con separata votazione unanime favorevole resa in forma palese, la presente '
     'deliberazione viene dichiarata immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del '
     'D.Lgs. 18 agosto 2000, n. 267.', align='j', before=6, after=12)

para('PARERI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000', True, 9, 'c', after=2)
para('Regolarità tecnica: FAVOREVOLE – Il Responsabile dell\'Area Tecnica F.to Geom. Piero Monticone', size=9)
para('Regolarità contabile: FAVOREVOLE – Il Responsabile dell\'Area Finanziaria F.to Rag. Silvia Gaido', size=9, after=12)

para('Letto, confermato e sottoscritto.', after=8)
t = d.add_table(rows=3, cols=2)
for c, v in zip(t.rows[0].cells, ('IL PRESIDENTE', 'IL SEGRETARIO COMUNALE')):
    c.paragraphs[0].add_run(v).bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c, v in zip(t.rows[1].cells, ('F.to Aldo Bertana', 'F.to Dott.ssa Laura Massimelli')):
    c.paragraphs[0].add_run(v); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(after=10)

t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
c = t.rows[0].cells[0]
c.paragraphs[0].add_run('RELAZIONE DI PUBBLICAZIONE').bold = True
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c.add_paragraph('La presente deliberazione viene pubblicata all\'Albo Pretorio on line del Comune '
                'per 15 giorni consecutivi dal 19/03/2026 al 03/04/2026 (Reg. Pubbl. n. 211) e '
                'contestualmente comunicata ai Capigruppo consiliari ai sensi dell\'art. 125 del '
                'D.Lgs. 267/2000.')
c.add_paragraph('Moncalvo, lì 19/03/2026            IL SEGRETARIO COMUNALE  F.to Dott.ssa Laura Massimelli')
para(after=6)
para('Copia conforme all\'originale, in carta libera per uso amministrativo.', size=9, italic=True)
d.save(out)
