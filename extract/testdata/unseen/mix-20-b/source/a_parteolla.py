# A. Unione dei Comuni del Parteolla e Basso Campidano - deliberazione dell'Assemblea
# Word document (python-docx) in the layout of a Zuddas "verbale", converted by LibreOffice.
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
st.font.name = 'Times New Roman'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(0)


def para(text='', bold=False, size=None, align=None, italic=False, after=0, before=0, caps=False):
    p = doc.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


def runs(parts, align='j', after=4, indent=None):
    p = doc.add_paragraph()
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent[0]); p.paragraph_format.first_line_indent = Cm(indent[1])
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, align='l', size=10):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER}[align]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    cols = grid.findall(qn('w:gridCol'))
    for gc, w in zip(cols, widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)

# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione dell\'Assemblea dell\'Unione n. 5 del 10/03/2026 - Pag. ')
r.font.size = Pt(8)
# page field
def add_field(p, instr):
    r = p.add_run(); r.font.size = Pt(8)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)
add_field(fp, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
add_field(fp, 'NUMPAGES')

# letterhead
para('UNIONE DEI COMUNI DEL PARTEOLLA E BASSO CAMPIDANO', bold=True, size=15, align='c')
para('Barrali – Dolianova – Donori – Monastir – Serdiana – Soleminis – Ussana', size=9.5, align='c', italic=True)
para('Provincia del Sud Sardegna', size=9.5, align='c', after=10)

t = doc.add_table(rows=1, cols=2)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(t.rows[0].cells[0], 'COPIA', bold=True, align='c', size=12)
c = t.rows[0].cells[1]
c.text = ''
p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = p.add_run('VERBALE DI DELIBERAZIONE DELL\'ASSEMBLEA DELL\'UNIONE'); rr.bold = True; rr.font.size = Pt(12)
p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = p2.add_run('N. 5 del 10/03/2026'); rr.bold = True; rr.font.size = Pt(12)
set_widths(t, [3.0, 13.6])

para('', after=6)
t = doc.add_table(rows=1, cols=2)
t.style = 'Table Grid'
cell_text(t.rows[0].cells[0], 'OGGETTO:', bold=True, size=11)
cell_text(t.rows[0].cells[1], 'Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028 dell\'Unione.', bold=True, size=11)
set_widths(t, [2.6, 14.0])
cell_shade(t.rows[0].cells[0], 'E7E6E6')

para('', after=6)
runs([('L\'anno ', False), ('duemilaventisei', True), (', il giorno ', False), ('dieci', True), (' del mese di ', False), ('marzo', True),
      (', alle ore ', False), ('17:30', True), (', nella sala riunioni della sede dell\'Unione in Dolianova, convocata con avviso prot. n. 812 del 03/03/2026, '
      'ritualmente notificato ai componenti, si è riunita l\'Assemblea dell\'Unione in seduta ordinaria pubblica di prima convocazione.', False)])
runs([('Risultano all\'appello nominale:', False)], after=4)

roll = [
    ('SERRA Marco', 'Dolianova', 'Presidente', True),
    ('ATZENI Roberta', 'Soleminis', 'Vice Presidente', True),
    ('PORCU Efisio', 'Barrali', 'Componente', True),
    ('MURGIA Stefano', 'Donori', 'Componente', False),
    ('CABRAS Luisa', 'Monastir', 'Componente', True),
    ('DEIANA Fabrizio', 'Serdiana', 'Componente', True),
    ('ORRÙ Paolo', 'Ussana', 'Componente', False),
]
t = doc.add_table(rows=1 + len(roll), cols=6)
t.style = 'Table Grid'
hdr = ['N.', 'COMPONENTE', 'COMUNE', 'CARICA', 'PRES.', 'ASS.']
widths = [1.0, 5.0, 3.4, 3.6, 1.6, 1.6]
for i, h in enumerate(hdr):
    cell_text(t.rows[0].cells[i], h, bold=True, align='c', size=9.5)
    cell_shade(t.rows[0].cells[i], 'D9D9D9')
for k, (n, com, car, pres) in enumerate(roll, 1):
    cells = t.rows[k].cells
    cell_text(cells[0], str(k), align='c')
    cell_text(cells[1], n)
    cell_text(cells[2], com)
    cell_text(cells[3], car)
    cell_text(cells[4], 'X' if pres else '', align='c')
    cell_text(cells[5], '' if pres else 'X', align='c')
set_widths(t, widths)
runs([('Presenti: 5        Assenti: 2', True)], align='l', after=6).paragraph_format.space_before = Pt(4)

runs([('Presiede la seduta il Sig. Marco Serra, nella sua qualità di Presidente dell\'Unione, il quale, constatato il numero legale degli intervenuti, '
       'dichiara aperta la seduta ed invita l\'Assemblea a deliberare sull\'argomento in oggetto.', False)])
runs([('Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) '
       'il Segretario dell\'Unione Dott.ssa Maria Grazia Lai.', False)], after=8)

para('L\'ASSEMBLEA DELL\'UNIONE', bold=True, align='c', after=6)
body = [
    ('PREMESSO CHE', 'l\'art. 151, comma 1, del D.Lgs. n. 267/2000 dispone che gli enti locali deliberano entro il 31 dicembre il bilancio di previsione finanziario riferito ad un orizzonte temporale almeno triennale, osservando i principi contabili generali ed applicati allegati al D.Lgs. n. 118/2011;'),
    ('DATO ATTO CHE', 'il termine per l\'approvazione del bilancio di previsione 2026/2028 degli enti locali è stato differito al 28 febbraio 2026 e successivamente, per gli enti dell\'ambito regionale, al 31 marzo 2026;'),
    ('VISTA', 'la deliberazione della Giunta dell\'Unione n. 9 del 17/02/2026, con la quale è stato approvato lo schema del Documento Unico di Programmazione (DUP) 2026/2028 e lo schema del bilancio di previsione finanziario 2026/2028, completo degli allegati previsti dalla normativa vigente;'),
    ('CONSIDERATO CHE', 'le quote di trasferimento a carico dei Comuni aderenti per il funzionamento dell\'Unione e per la gestione associata dei servizi di polizia locale, di raccolta e trasporto dei rifiuti urbani e della centrale unica di committenza sono state determinate secondo i criteri previsti dallo Statuto, come riepilogate nella nota integrativa;'),
    ('VISTO', 'il parere favorevole espresso dal Revisore unico dei conti con verbale n. 3 del 27/02/2026, acquisito al protocollo dell\'Unione al n. 701 in pari data;'),
    ('ACQUISITI', 'i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Servizio Finanziario ai sensi dell\'art. 49 del D.Lgs. n. 267/2000, riportati in calce al presente atto;'),
]
for lab, txt in body:
    runs([(lab + ' ', True), (txt, False)])
runs([('UDITA', True), (' la relazione del Presidente e preso atto dell\'intervento del componente Deiana, il quale dichiara il voto contrario motivandolo con il mancato riparto delle economie della gestione 2025 tra i Comuni aderenti;', False)])
runs([('CON', True), (' votazione palese, espressa per alzata di mano, che dà il seguente risultato: presenti n. 5, votanti n. 5, favorevoli n. 4, contrari n. 1 (Deiana);', False)], after=8)

para('D E L I B E R A', bold=True, align='c', after=6)
pts = [
    'di approvare il Documento Unico di Programmazione (DUP) 2026/2028, nel testo allegato alla presente quale parte integrante e sostanziale (Allegato A);',
    'di approvare il bilancio di previsione finanziario 2026/2028 nelle risultanze riportate nel quadro generale riassuntivo (Allegato B), che pareggia in € 4.318.560,00 per l\'esercizio 2026;',
    'di approvare il riparto delle quote di trasferimento a carico dei Comuni aderenti per l\'esercizio 2026, come risultante dalla tabella allegata (Allegato C);',
    'di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall\'approvazione, ai sensi dell\'art. 13 della Legge n. 196/2009.',
]
for i, ptxt in enumerate(pts, 1):
    runs([(f'{i}.\t', False), (ptxt, False)], indent=(0.9, -0.6))
runs([('Successivamente, con separata votazione palese, con voti favorevoli n. 4 e contrari n. 1 (Deiana),', False)], after=4).paragraph_format.space_before = Pt(6)
para('D E L I B E R A', bold=True, align='c', after=4)
runs([('altresì di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell\'art. 134, comma 4, del D.Lgs. n. 267/2000, '
       'stante l\'urgenza di consentire l\'ordinaria gestione finanziaria dell\'Unione.', False)], after=10)

# pareri
t = doc.add_table(rows=2, cols=1)
t.style = 'Table Grid'
c = t.rows[0].cells[0]
cell_text(c, 'PARERE DI REGOLARITÀ TECNICA', bold=True, align='c', size=10)
pp = c.add_paragraph('Si esprime parere FAVOREVOLE ai sensi dell\'art. 49 del D.Lgs. n. 267/2000.'); pp.runs[0].font.size = Pt(10)
pp = c.add_paragraph('Dolianova, 17/02/2026                       Il Responsabile del Servizio Finanziario f.to Dott. Alessandro Pinna'); pp.runs[0].font.size = Pt(10)
c = t.rows[1].cells[0]
cell_text(c, 'PARERE DI REGOLARITÀ CONTABILE', bold=True, align='c', size=10)
pp = c.add_paragraph('Si esprime parere FAVOREVOLE ai sensi dell\'art. 49 del D.Lgs. n. 267/2000.'); pp.runs[0].font.size = Pt(10)
pp = c.add_paragraph('Dolianova, 17/02/2026                       Il Responsabile del Servizio Finanziario f.to Dott. Alessandro Pinna'); pp.runs[0].font.size = Pt(10)

para('', after=6)
para('Letto, confermato e sottoscritto.', after=6)
t = doc.add_table(rows=3, cols=2)
cell_text(t.rows[0].cells[0], 'IL PRESIDENTE', bold=True, align='c', size=11)
cell_text(t.rows[0].cells[1], 'IL SEGRETARIO DELL\'UNIONE', bold=True, align='c', size=11)
cell_text(t.rows[1].cells[0], 'f.to Marco Serra', align='c', size=11)
cell_text(t.rows[1].cells[1], 'f.to Dott.ssa Maria Grazia Lai', align='c', size=11)

para('', after=4)
t = doc.add_table(rows=1, cols=1)
t.style = 'Table Grid'
c = t.rows[0].cells[0]
cell_text(c, 'CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', size=10)
for line in ['Si attesta che copia della presente deliberazione è stata pubblicata all\'Albo Pretorio on line dell\'Unione il 13/03/2026 '
             'e vi rimarrà per quindici giorni consecutivi (registro pubblicazioni n. 98).',
             'Dolianova, 13/03/2026                                         Il Segretario dell\'Unione f.to Dott.ssa Maria Grazia Lai',
             'Copia conforme all\'originale, per uso amministrativo.']:
    pp = c.add_paragraph(line); pp.runs[0].font.size = Pt(9.5)

doc.core_properties.author = 'Unione Parteolla - Segreteria'
doc.core_properties.title = 'Deliberazione Assemblea n. 5/2026'
doc.save(out)
