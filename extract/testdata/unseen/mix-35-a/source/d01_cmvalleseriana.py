# Deliberazione dell'Assemblea - Comunita' Montana Valle Seriana
# Word template (python-docx) converted by LibreOffice headless.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
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
st.font.name = 'Calibri'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None, caps=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if caps: r.font.all_caps = True
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), color)
    tcPr.append(shd)

# header / footer (running)
hdr = sec.header.paragraphs[0]
hdr.text = 'Comunità Montana Valle Seriana – Deliberazione dell’Assemblea n. 7 del 28/04/2026'
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hdr.runs[0].font.size = Pt(8); hdr.runs[0].italic = True
ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – pag. ')
r.font.size = Pt(8)
# page field
fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fld.append(rr)
ftr._p.append(fld)

para('COMUNITÀ MONTANA VALLE SERIANA', bold=True, size=17, align='c', after=0)
para('Provincia di Bergamo', size=10, align='c', after=0, italic=True)
para('C.F. 90017650166 – protocollo@pec.cmvalleseriana.bg.it', size=8, align='c', after=10)

t = doc.add_table(rows=2, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0).merge(t.cell(0, 1))
c.text = ''
p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('VERBALE DI DELIBERAZIONE DELL’ASSEMBLEA'); r.bold = True; r.font.size = Pt(13)
shade(c, 'D9E2F3')
a = t.cell(1, 0); a.text = ''
a.paragraphs[0].add_run('N. 7').bold = True
a.add_paragraph('del 28/04/2026')
b = t.cell(1, 1); b.text = ''
b.paragraphs[0].add_run('Adunanza ordinaria di prima convocazione').italic = True
b.add_paragraph('Seduta pubblica')

para('', after=2)
p = para(after=6, align='j')
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L’ESERCIZIO FINANZIARIO 2025 E DEI RELATIVI ALLEGATI.'); r.bold = True

para('L’anno duemilaventisei, addì ventotto del mese di aprile, alle ore 20:30, nella sala riunioni della sede '
     'dell’Ente, previa l’osservanza di tutte le formalità prescritte dallo Statuto e dal Regolamento per il '
     'funzionamento dell’Assemblea, sono stati convocati i componenti dell’Assemblea.', align='j')
para('All’appello risultano:', after=4)

roll = [
    ('CAGNONI ROBERTO', 'Presidente', 'Comune di Gazzaniga', True),
    ('BERTOCCHI MARTA', 'Vicepresidente', 'Comune di Ardesio', True),
    ('ZANOLETTI GIANPIETRO', 'Componente', 'Comune di Albino', True),
    ('PEZZOLI ALESSIA', 'Componente', 'Comune di Alzano Lombardo', True),
    ('GUERINONI LUCA', 'Componente', 'Comune di Casnigo', False),
    ('SAVOLDELLI ANGELO', 'Componente', 'Comune di Cene', True),
    ('MORSTABILINI PAOLA', 'Componente', 'Comune di Gandino', True),
    ('RADICI ENRICO', 'Componente', 'Comune di Leffe', True),
    ('CARRARA DAVIDE', 'Componente', 'Comune di Nembro', True),
    ('TACCHINI SILVIA', 'Componente', 'Comune di Ponte Nossa', False),
    ('BONFANTI MARCO', 'Componente', 'Comune di Valbondione', True),
    ('FORNONI ILARIA', 'Componente', 'Comune di Vertova', True),
]
tb = doc.add_table(rows=1, cols=6); tb.style = 'Table Grid'; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
hd = ['N.', 'Cognome e Nome', 'Qualifica', 'Ente rappresentato', 'Presente', 'Assente']
for i, h in enumerate(hd):
    cc = tb.rows[0].cells[i]; cc.text = ''
    rr = cc.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
    cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(cc, 'EDEDED')
for n, (nm, q, en, pr) in enumerate(roll, 1):
    row = tb.add_row().cells
    vals = [str(n), nm, q, en, 'X' if pr else '', '' if pr else 'X']
    for i, v in enumerate(vals):
        row[i].text = ''
        rr = row[i].paragraphs[0].add_run(v); rr.font.size = Pt(9)
        if i in (0, 4, 5): row[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(0.9), Cm(4.8), Cm(2.8), Cm(4.6), Cm(1.6), Cm(1.6)]
tb.autofit = False
for i, w in enumerate(widths):
    tb.columns[i].width = w
for row in tb.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w
para('Componenti assegnati n. 12 – presenti n. 10 – assenti n. 2', bold=True, size=9.5, before=4)

para('Partecipa alla seduta e ne cura la verbalizzazione il Segretario Generale, Dott.ssa Laura Finazzi.', align='j', before=4)
para('Riconosciuto legale il numero degli intervenuti, il Presidente, Sig. Roberto Cagnoni, assume la presidenza '
     'e dichiara aperta la seduta per la trattazione dell’argomento indicato in oggetto, iscritto al punto n. 3 '
     'dell’ordine del giorno.', align='j')

para('L’ASSEMBLEA', bold=True, align='c', before=6)
para('Vista la proposta di deliberazione n. 9 del 14/04/2026 predisposta dal Servizio Finanziario, che si '
     'allega al presente atto quale parte integrante e sostanziale;', align='j')
para('Premesso che l’art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di '
     'gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo '
     'stato patrimoniale;', align='j')
para('Richiamata la deliberazione dell’Assemblea n. 19 del 16/12/2024, esecutiva, con la quale è stato approvato '
     'il bilancio di previsione finanziario 2025-2027;', align='j')
para('Vista la deliberazione della Giunta Esecutiva n. 31 del 27/03/2026 di approvazione dello schema di '
     'rendiconto e della relazione illustrativa;', align='j')
para('Visto il parere favorevole dell’Organo di revisione economico-finanziaria, espresso con verbale n. 6 del '
     '08/04/2026;', align='j')
para('Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Servizio '
     'Finanziario ai sensi dell’art. 49 del D.Lgs. n. 267/2000;', align='j')
para('Udita la relazione del Presidente e dato atto che non vi sono interventi;', align='j')
para('Con la seguente votazione, espressa per alzata di mano: presenti n. 10, votanti n. 9, voti favorevoli n. 8, '
     'voti contrari n. 1 (Radici), astenuti n. 1 (Carrara);', align='j')

para('DELIBERA', bold=True, align='c', before=6)
pts = [
    'di approvare il rendiconto della gestione per l’esercizio finanziario 2025, composto dal conto del bilancio, '
    'dal conto economico e dallo stato patrimoniale, unitamente agli allegati previsti dall’art. 11, comma 4, del '
    'D.Lgs. n. 118/2011;',
    'di dare atto che il rendiconto chiude con un risultato di amministrazione di euro 1.284.317,52, di cui parte '
    'accantonata euro 212.540,00, parte vincolata euro 608.115,44 e parte disponibile euro 463.662,08;',
    'di dare atto che l’Ente non risulta strutturalmente deficitario sulla base dei parametri di cui al D.M. '
    '4 agosto 2023;',
    'di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro i termini '
    'di legge.',
]
for i, ptx in enumerate(pts, 1):
    p = para(align='j')
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run(f'{i}. ').bold = True
    p.add_run(ptx)

para('Successivamente, con separata votazione che dà il seguente esito: presenti n. 10, votanti n. 10, voti '
     'favorevoli n. 9, voti contrari n. 1, l’Assemblea dichiara la presente deliberazione immediatamente '
     'eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', align='j', before=4)

para('Letto, confermato e sottoscritto.', before=10, italic=True)
sg = doc.add_table(rows=3, cols=2); sg.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('IL PRESIDENTE', 'IL SEGRETARIO GENERALE'), ('Roberto Cagnoni', 'Dott.ssa Laura Finazzi'),
        ('(firmato digitalmente)', '(firmato digitalmente)')]
for ri, (l, rgt) in enumerate(vals):
    for ci, v in enumerate((l, rgt)):
        cc = sg.cell(ri, ci); cc.text = ''
        rr = cc.paragraphs[0].add_run(v); rr.bold = ri == 0; rr.font.size = Pt(9.5 if ri < 2 else 8)
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para('', before=8)
bx = doc.add_table(rows=1, cols=1); bx.style = 'Table Grid'
cc = bx.cell(0, 0); cc.text = ''
rr = cc.paragraphs[0].add_run('REFERTO DI PUBBLICAZIONE'); rr.bold = True; rr.font.size = Pt(9)
cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p2 = cc.add_paragraph(); rr = p2.add_run(
    'La presente deliberazione viene pubblicata all’Albo Pretorio on line della Comunità Montana per quindici giorni '
    'consecutivi dal 30/04/2026 al 15/05/2026 (n. reg. pubbl. 238).'); rr.font.size = Pt(8.5)
p3 = cc.add_paragraph(); rr = p3.add_run('Il Funzionario incaricato – Giulia Bonacorsi'); rr.font.size = Pt(8.5)
p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.core_properties.author = 'Segreteria CMVS'
doc.core_properties.title = 'Delibera Assemblea 7-2026'
doc.save(out)
