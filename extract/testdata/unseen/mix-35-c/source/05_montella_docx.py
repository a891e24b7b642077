# Determinazione of the Comune di Montella: a Word-style document (python-docx),
# converted by LibreOffice; build.sh then rewrites the Info dictionary the way
# the doPDF virtual printer stamps it (pikepdf).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.0), Cm(1.5), Cm(2.0)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(2); st.paragraph_format.line_spacing = 1.08

hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNE DI MONTELLA'); r.bold = True; r.font.size = Pt(16)
h2 = s.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run('Provincia di Avellino'); r.italic = True; r.font.size = Pt(10)
h3 = s.header.add_paragraph(); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run('Piazza Bartoli, 1 – 83048 Montella (AV) – Tel. 0827 601211 – protocollo.montella@asmepec.it'); r.font.size = Pt(8)
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run('Determinazione Area Amministrativa n. 64 del 16.03.2026'); r.font.size = Pt(8); r.italic = True

def P(text='', bold=False, size=None, align='j', after=None, before=None, italic=False, indent=None, hang=None):
    p = d.add_paragraph()
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if hang is not None: p.paragraph_format.first_line_indent = Cm(-hang)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), color); tcPr.append(sh)

P(after=4)
t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'; t.autofit = False
for col, w in zip(t.columns, (Cm(8.5), Cm(8.0))): col.width = w
a = t.cell(0, 0).merge(t.cell(0, 1))
a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
r = a.paragraphs[0].add_run('AREA AMMINISTRATIVA'); r.bold = True; r.font.size = Pt(12)
p2 = a.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
p2.add_run('Servizio Affari Generali, Cultura e Turismo').font.size = Pt(10)
shade(a, 'DDE6F0')
c0, c1 = t.cell(1, 0), t.cell(1, 1)
c0.paragraphs[0].add_run('DETERMINAZIONE N. 64 DEL 16.03.2026').bold = True
c1.paragraphs[0].add_run('Registro Generale n. 213 del 16.03.2026').bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
P(after=6)
p = P(after=10, indent=2.2, hang=2.2)
r = p.add_run('OGGETTO:\t'); r.bold = True
r = p.add_run('Liquidazione contributo all’Associazione Pro Loco Montella per l’organizzazione della '
              '“Sagra della Castagna di Montella IGP” – edizione 2025.'); r.bold = True

P('IL RESPONSABILE DELL’AREA AMMINISTRATIVA', True, align='c', after=6)
for x in [
    'Visto il decreto sindacale n. 3 del 02.01.2026 di conferimento dell’incarico di Elevata Qualificazione dell’Area Amministrativa;',
    'Vista la deliberazione della Giunta Comunale n. 118 del 09.10.2025, con la quale è stato concesso all’Associazione Pro Loco Montella, C.F. 91004560642, un contributo di € 8.000,00 per l’organizzazione della “Sagra della Castagna di Montella IGP” – edizione 2025, svoltasi dal 30 ottobre al 2 novembre 2025;',
    'Vista la propria determinazione n. 171 del 14.10.2025 (R.G. n. 689), con la quale è stata impegnata la relativa spesa al capitolo 7320 del bilancio 2025;',
    'Vista la nota prot. n. 2215 del 24.02.2026 con la quale l’Associazione ha trasmesso il rendiconto delle spese sostenute, pari a € 21.346,80, corredato dalla documentazione giustificativa e dalla relazione sull’attività svolta;',
    'Ritenuto di poter procedere alla liquidazione, essendo il rendiconto conforme a quanto previsto dal vigente Regolamento comunale per la concessione di contributi;',
    'Visti il D.Lgs. 267/2000, lo Statuto comunale e il Regolamento sull’ordinamento degli uffici e dei servizi;']:
    P(x, after=3)
P('DETERMINA', True, align='c', before=6, after=6)
for x in [
    'di liquidare all’Associazione Pro Loco Montella la somma di € 8.000,00 a titolo di contributo per l’organizzazione della “Sagra della Castagna di Montella IGP” – edizione 2025;',
    'di imputare la spesa al capitolo 7320 “Contributi per manifestazioni turistiche” – impegno n. 912/2025, gestione residui del bilancio 2026;',
    'di autorizzare il Servizio Finanziario all’emissione del mandato di pagamento mediante accredito sul conto corrente dedicato comunicato dall’Associazione;',
    'di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui all’art. 26 del D.Lgs. 33/2013.']:
    P('-\t' + x, indent=0.8, hang=0.5, after=3)
P('Montella, 16.03.2026', align='l', before=12)
P('Il Responsabile dell’Area Amministrativa', align='r', before=6, after=0)
P('Dott. Gerardo Moscariello', bold=True, align='r', after=12)
t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
c = t.cell(0, 0)
c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE').bold = True
c.add_paragraph('Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 147-bis e '
                'dell’art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 188/2026.')
c.add_paragraph('Montella, 17.03.2026 – Il Responsabile dell’Area Finanziaria – Rag. Antonietta Cianciulli')
P(after=6)
P('La presente determinazione è pubblicata all’Albo Pretorio on line dal 19.03.2026 per quindici giorni consecutivi.', size=9, italic=True)
d.save(sys.argv[1])
