# Unione di Comuni Montana Lunigiana - Giunta dell'Unione, delib. n. 27/2026
# A "Word template" verbale (python-docx), converted to PDF by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)

st = d.styles['Normal']
st.font.name = 'Times New Roman'
st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None, indent=None, runs=None):
    p = d.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold = b
        r.italic = i
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
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear')
    s.set(qn('w:color'), 'auto')
    s.set(qn('w:fill'), hexcol)
    tcPr.append(s)


# running foot
fp = sec.footer.paragraphs[0]
fp.text = 'Unione di Comuni Montana Lunigiana – Via Gandhi n. 8 – 54011 Aulla (MS) – C.F. 90015720457 – PEC: unionelunigiana@postacert.toscana.it'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(7.5)

# letterhead
para('UNIONE DI COMUNI MONTANA LUNIGIANA', bold=True, size=17, align='c', after=0)
para('Provincia di Massa-Carrara', italic=True, size=11, align='c', after=0)
para('Comuni di Bagnone, Casola in Lunigiana, Comano, Filattiera, Fivizzano, Fosdinovo, Licciana Nardi, Tresana, Villafranca in Lunigiana, Zeri',
     size=8, align='c', after=10)

para('VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE', bold=True, size=13, align='c', after=2)
para('COPIA', bold=True, size=10, align='c', after=8)

t = d.add_table(rows=2, cols=2)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0, 0).text = 'Deliberazione n. 27'
t.cell(0, 1).text = 'Data: 12/03/2026'
c = t.cell(1, 0).merge(t.cell(1, 1))
c.text = ''
p = c.paragraphs[0]
r = p.add_run('OGGETTO: ')
r.bold = True
r = p.add_run('Approvazione dello schema di convenzione con la Regione Toscana per l’esercizio delle funzioni '
              'in materia di vincolo idrogeologico e di forestazione – annualità 2026-2027.')
r.bold = True
for row in t.rows:
    for cell in row.cells:
        for pp in cell.paragraphs:
            for rr in pp.runs:
                rr.font.size = Pt(11.5)
for cc in t.rows[0].cells:
    shade(cc, 'E7EEF7')
    for rr in cc.paragraphs[0].runs:
        rr.bold = True

para('', after=2)
para('L’anno duemilaventisei, il giorno dodici del mese di marzo alle ore 15:30, nella sala riunioni della sede '
     'dell’Unione in Aulla, a seguito di regolare convocazione, si è riunita la Giunta dell’Unione nelle persone dei signori:',
     align='j')

roll = [
    ('1', 'BERTOLINI ANDREA', 'Presidente', 'Fivizzano', 'X', ''),
    ('2', 'CASONI MARIA LUISA', 'Vice Presidente', 'Villafranca in Lunigiana', 'X', ''),
    ('3', 'FERDANI PAOLO', 'Assessore', 'Bagnone', '', 'X'),
    ('4', 'GHELFI ROBERTO', 'Assessore', 'Licciana Nardi', 'X', ''),
    ('5', 'MORACCHINI ELENA', 'Assessore', 'Filattiera', 'X', ''),
    ('6', 'RICCI DAVIDE', 'Assessore', 'Fosdinovo', 'X', ''),
    ('7', 'TONARELLI LUCA', 'Assessore', 'Zeri', '', 'X'),
]
t = d.add_table(rows=1, cols=6)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['N.', 'Cognome e Nome', 'Carica', 'Sindaco del Comune di', 'Presente', 'Assente']
for i, h in enumerate(hdr):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], 'D9D9D9')
    for rr in t.rows[0].cells[i].paragraphs[0].runs:
        rr.bold = True
        rr.font.size = Pt(10)
for row in roll:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
        for pp in cells[i].paragraphs:
            for rr in pp.runs:
                rr.font.size = Pt(10)
            if i in (0, 4, 5):
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(1.0), Cm(4.8), Cm(2.9), Cm(4.5), Cm(1.9), Cm(1.9)]
t.autofit = False
for i, w in enumerate(widths):
    t.columns[i].width = w
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w
para('Presenti n. 5                                        Assenti n. 2', bold=True, align='c', before=4)

para('Assume la presidenza il Sig. Andrea Bertolini, in qualità di Presidente dell’Unione, il quale, constatato il numero '
     'legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull’oggetto sopra indicato.', align='j')
para('Partecipa alla seduta, con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione ai sensi '
     'dell’art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000, il Segretario dell’Unione Dott.ssa Chiara Baldassini.', align='j')

para('LA GIUNTA DELL’UNIONE', bold=True, align='c', before=6)
para('Vista la proposta di deliberazione n. 31 del 09/03/2026 predisposta dal Servizio Forestazione e Vincolo '
     'Idrogeologico, di seguito integralmente riportata;', align='j')
for txt in [
    'Premesso che, ai sensi della L.R. Toscana n. 39/2000 (Legge forestale della Toscana) e del relativo regolamento di '
    'attuazione, le Unioni di Comuni esercitano le funzioni amministrative in materia di vincolo idrogeologico e di '
    'gestione del patrimonio agricolo-forestale regionale;',
    'Vista la nota della Regione Toscana – Direzione Agricoltura e Sviluppo rurale, acquisita al protocollo dell’Ente '
    'al n. 2214 del 24/02/2026, con la quale è stato trasmesso lo schema di convenzione per le annualità 2026-2027;',
    'Considerato che la convenzione prevede il trasferimento all’Unione di risorse pari a complessivi € 184.600,00 per '
    'le spese di personale, di funzionamento e di manutenzione del patrimonio forestale affidato;',
    'Dato atto che sulla proposta sono stati espressi i pareri favorevoli di regolarità tecnica e contabile ai sensi '
    'dell’art. 49, comma 1, del D.Lgs. n. 267/2000, allegati al presente atto;',
    'Con voti unanimi favorevoli, espressi nelle forme di legge;',
]:
    para(txt, align='j')

para('D E L I B E R A', bold=True, align='c', before=4, after=4)
points = [
    'di approvare lo schema di convenzione con la Regione Toscana per l’esercizio delle funzioni in materia di vincolo '
    'idrogeologico e di forestazione per le annualità 2026-2027, allegato al presente atto quale parte integrante e sostanziale (Allegato A);',
    'di autorizzare il Presidente dell’Unione alla sottoscrizione della convenzione, con facoltà di apportare le modifiche '
    'non sostanziali che si rendessero necessarie;',
    'di dare atto che le entrate derivanti dalla convenzione, pari a € 184.600,00, saranno accertate al Titolo 2, '
    'Tipologia 101, del bilancio di previsione 2026-2028;',
    'di demandare al Responsabile del Servizio Forestazione e Vincolo Idrogeologico l’adozione degli atti gestionali conseguenti;',
    'di trasmettere copia del presente atto alla Regione Toscana e ai Comuni aderenti.',
]
for i, ptxt in enumerate(points, 1):
    p = para(runs=[(f'{i}. ', True, False), (ptxt, False, False)], align='j', indent=0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)

para('Successivamente, con separata votazione unanime favorevole, la Giunta dell’Unione dichiara il presente atto '
     'immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, stante l’urgenza di sottoscrivere '
     'la convenzione entro il 31 marzo 2026.', align='j', before=4)

para('Letto, approvato e sottoscritto.', italic=True, before=8)
t = d.add_table(rows=3, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('IL PRESIDENTE', 'IL SEGRETARIO DELL’UNIONE'), ('F.to Andrea Bertolini', 'F.to Dott.ssa Chiara Baldassini'), ('', '')]
for i, (a, b) in enumerate(vals):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
    for cc in (t.cell(i, 0), t.cell(i, 1)):
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

d.add_page_break()
para('PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. N. 267/2000', bold=True, align='c', after=6)
para('Regolarità tecnica: FAVOREVOLE', bold=True)
para('Aulla, 09/03/2026 – Il Responsabile del Servizio Forestazione e Vincolo Idrogeologico F.to Dott. For. Marco Lazzerini', size=10)
para('Regolarità contabile: FAVOREVOLE', bold=True, before=6)
para('Aulla, 10/03/2026 – Il Responsabile del Servizio Finanziario F.to Rag. Silvia Pucciarelli', size=10)

para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', before=18, after=4)
para('Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione '
     'per quindici giorni consecutivi dal 16/03/2026 al 31/03/2026 (Reg. Pubbl. n. 214).', align='j')
para('Aulla, 16/03/2026                                                  IL SEGRETARIO DELL’UNIONE', size=10.5)
para('                                                                        F.to Dott.ssa Chiara Baldassini', size=10.5)
para('ESECUTIVITÀ', bold=True, align='c', before=12, after=4)
para('☒ Dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', align='j')
para('☐ Divenuta esecutiva decorsi dieci giorni dalla pubblicazione ai sensi dell’art. 134, comma 3, del D.Lgs. n. 267/2000.', align='j')
para('Copia conforme all’originale per uso amministrativo.', italic=True, size=9.5, before=14)

d.save(out)
