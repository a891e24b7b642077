# Giunta deliberation of the Comune di Toirano, laid out as a Jsibac-style
# verbale (register box, roll table with X marks), written as .docx with
# python-docx and converted to PDF by LibreOffice (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.2); sec.right_margin = Cm(2.0)
sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)

st = doc.styles['Normal']
st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


def widths(table, ws):
    table.autofit = False
    for i, w in enumerate(ws):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '6'); el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)


# footer: page number + software line
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione G.C. n. 14 del 10/02/2026 - Pag. '); r.font.size = Pt(8)
fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fld.append(rr)
fp._p.append(fld)

para('COMUNE DI TOIRANO', bold=True, size=18, align='c', after=0)
para('PROVINCIA DI SAVONA', size=10, align='c', after=0)
para('Piazza Ponzio n. 1 - 17055 Toirano (SV) - C.F. 00330450091', size=8, align='c', after=10)

para('COPIA', bold=True, size=10, align='r', after=2)
para('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=13, align='c', after=6)

box = doc.add_table(rows=2, cols=3); borders(box)
box.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['N. Reg. Delib.', 'Data', 'Codice Ente']
val = ['14', '10/02/2026', '009062']
for i in range(3):
    c = box.cell(0, i); c.text = hdr[i]
    c.paragraphs[0].runs[0].font.size = Pt(8)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = box.cell(1, i); c.text = val[i]
    c.paragraphs[0].runs[0].bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(after=4)

ob = doc.add_table(rows=1, cols=2); borders(ob)
ob.cell(0, 0).text = 'OGGETTO:'
ob.cell(0, 0).paragraphs[0].runs[0].bold = True
widths(ob, [Cm(2.6), Cm(14.2)])
ob.cell(0, 1).text = ('APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI '
                      'DI MESSA IN SICUREZZA DEL PERCORSO PEDONALE DI VIA BRAIDA E DELL’ACCESSO '
                      'ALLE GROTTE. CUP F27H25001230004.')
ob.cell(0, 1).paragraphs[0].runs[0].bold = True
para(after=4)

para('L’anno duemilaventisei addì dieci del mese di febbraio alle ore 17:30 nella solita sala '
     'delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, '
     'vennero oggi convocati a seduta i componenti la Giunta Comunale.', align='j')
para('All’appello risultano:', after=2)

roll = [('GANDOLFO MARCO', 'Sindaco', True),
        ('BRUZZONE ELENA', 'Vice Sindaco', True),
        ('FERRARI DAVIDE', 'Assessore', False),
        ('ROVERE PAOLA', 'Assessore', True)]
rt = doc.add_table(rows=1 + len(roll), cols=4); borders(rt)
for i, h in enumerate(['Cognome e Nome', 'Carica', 'Presente', 'Assente']):
    c = rt.cell(0, i); c.text = h; c.paragraphs[0].runs[0].bold = True
for j, (n, role, pres) in enumerate(roll, 1):
    rt.cell(j, 0).text = n
    rt.cell(j, 1).text = role
    rt.cell(j, 2).text = 'X' if pres else ''
    rt.cell(j, 3).text = '' if pres else 'X'
    for k in (2, 3):
        rt.cell(j, k).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(rt, [Cm(6.5), Cm(4.5), Cm(2.8), Cm(2.8)])
tot = para('Totale presenti: 3          Totale assenti: 1', bold=True, align='r')

para('Partecipa all’adunanza il Segretario Comunale Dott.ssa Simona Parodi, la quale provvede '
     'alla redazione del presente verbale.', align='j')
para('Essendo legale il numero degli intervenuti, il Sig. Marco Gandolfo, nella sua qualità di '
     'Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto '
     'sopra indicato.', align='j')

para('LA GIUNTA COMUNALE', bold=True, align='c')
para('Vista la proposta di deliberazione n. 18 del 05/02/2026 predisposta dall’Area Tecnica, '
     'avente ad oggetto quanto sopra;', align='j')
for t in [
    'Premesso che il percorso pedonale di Via Braida, che collega il centro storico al piazzale '
    'di accesso alle Grotte di Toirano, presenta tratti di parapetto ammalorati e una '
    'pavimentazione dissestata, con conseguente pericolo per i visitatori;',
    'Dato atto che con determinazione dell’Area Tecnica n. 112 del 18/11/2025 è stato affidato '
    'all’Ing. Luca Siccardi l’incarico per la redazione del progetto di fattibilità '
    'tecnico-economica;',
    'Visto il progetto trasmesso in data 30/01/2026, prot. n. 1184, che prevede una spesa '
    'complessiva di € 185.000,00, di cui € 142.600,00 per lavori a base d’asta;',
    'Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 '
    'del D.Lgs. 18 agosto 2000, n. 267;',
]:
    para(t, align='j')
para('Con voti unanimi favorevoli espressi nelle forme di legge,', align='j')
para('D E L I B E R A', bold=True, align='c')
pts = [
    'di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza '
    'del percorso pedonale di Via Braida e dell’accesso alle Grotte, per un importo complessivo '
    'di € 185.000,00, secondo il quadro economico allegato;',
    'di dare atto che la spesa trova copertura al capitolo 20810/4 del bilancio di previsione '
    '2026/2028, esercizio 2026, finanziato con contributo regionale;',
    'di nominare Responsabile Unico del Progetto il Geom. Franco Oddone, Responsabile '
    'dell’Area Tecnica;',
    'di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti.',
]
for i, t in enumerate(pts, 1):
    para(f'{i}. {t}', align='j')
para('Successivamente, con separata votazione unanime, la presente deliberazione viene '
     'dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. '
     '267/2000.', align='j')

para(after=6)
para('Letto, confermato e sottoscritto.', italic=True)
sg = doc.add_table(rows=2, cols=2)
sg.cell(0, 0).text = 'IL PRESIDENTE'; sg.cell(0, 1).text = 'IL SEGRETARIO COMUNALE'
sg.cell(1, 0).text = 'F.to Marco Gandolfo'; sg.cell(1, 1).text = 'F.to Dott.ssa Simona Parodi'
for r_ in sg.rows:
    for c in r_.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para(after=8)
para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', size=10)
para('Copia della presente deliberazione viene pubblicata all’Albo Pretorio on line per 15 '
     'giorni consecutivi dal 13/02/2026 al 28/02/2026 (Reg. Pubbl. n. 142).', size=10, align='j')
para('Toirano, 13/02/2026                                        IL SEGRETARIO COMUNALE', size=10)
para('                                                                          F.to Dott.ssa Simona Parodi', size=10)
para('Copia conforme all’originale per uso amministrativo.', size=8, italic=True)
doc.save(out)
