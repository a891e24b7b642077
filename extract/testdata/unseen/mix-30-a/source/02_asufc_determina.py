# ASUFC (Azienda sanitaria universitaria Friuli Centrale), determinazione dirigenziale n. 312/2026.
# A Word-template look (header table with logo, sans font), made with python-docx,
# printed to PDF by LibreOffice Writer.
import sys, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out = sys.argv[1]
logo = os.path.join(os.path.dirname(out), 'asufc_logo.png')
im = Image.new('RGB', (240, 240), 'white')
dr = ImageDraw.Draw(im)
dr.ellipse((10, 10, 230, 230), outline=(0, 90, 160), width=14)
dr.rectangle((100, 50, 140, 190), fill=(0, 90, 160))
dr.rectangle((50, 100, 190, 140), fill=(0, 90, 160))
im.save(logo)

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.3), Cm(1.6)
st = d.styles['Normal']
st.font.name = 'Liberation Sans'
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
BLUE = RGBColor(0, 0x5A, 0xA0)


def setw(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def borders(table, sz='4'):
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), sz)
        el.set(qn('w:color'), '005AA0')
        b.append(el)
    table._tbl.tblPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear')
    s.set(qn('w:color'), 'auto')
    s.set(qn('w:fill'), fill)
    tcPr.append(s)


def para(text='', bold=False, size=None, align=None, after=None, color=None, doc=None):
    p = (doc or d).add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY,
                   'r': WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# header: logo | name/address
h = sec.header
ht = h.add_table(rows=1, cols=2, width=Cm(17))
setw(ht, [Cm(2.4), Cm(14.6)])
ht.cell(0, 0).paragraphs[0].add_run().add_picture(logo, width=Cm(1.8))
c = ht.cell(0, 1)
r = c.paragraphs[0].add_run('Azienda sanitaria universitaria Friuli Centrale')
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = BLUE
p = c.add_paragraph()
r = p.add_run('Via Pozzuolo, 330 – 33100 Udine  |  C.F. e P.IVA 02985660303  |  PEC: asufc@certsanita.fvg.it')
r.font.size = Pt(7.5)
h.paragraphs[0].text = ''
# footer
fp = sec.footer.paragraphs[0]
fp.text = 'Determinazione dirigenziale n. 312 del 19/02/2026 – SOC Gestione Risorse Umane'
fp.runs[0].font.size = Pt(7.5)

para(after=2)
t = d.add_table(rows=2, cols=1)
borders(t, '8')
setw(t, [Cm(17)])
shade(t.cell(0, 0), 'DCE8F4')
p = t.cell(0, 0).paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('DETERMINAZIONE DIRIGENZIALE')
r.bold = True
r.font.size = Pt(13)
p = t.cell(1, 0).paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('N. 312 DEL 19/02/2026')
r.bold = True
r.font.size = Pt(11)
para(after=2)

t = d.add_table(rows=3, cols=2)
borders(t)
setw(t, [Cm(4.2), Cm(12.8)])
lab = [('Struttura', 'SOC GESTIONE RISORSE UMANE'),
       ('Articolazione', 'SOS Concorsi e Assunzioni'),
       ('Responsabile del procedimento', 'dott.ssa Chiara Tonutti')]
for i, (a, b) in enumerate(lab):
    t.cell(i, 0).paragraphs[0].add_run(a).font.size = Pt(8.5)
    rr = t.cell(i, 1).paragraphs[0].add_run(b)
    rr.bold = i == 0
    shade(t.cell(i, 0), 'F2F2F2')
para(after=2)

t = d.add_table(rows=1, cols=2)
borders(t)
setw(t, [Cm(2.4), Cm(14.6)])
t.cell(0, 0).paragraphs[0].add_run('OGGETTO:').bold = True
t.cell(0, 1).paragraphs[0].add_run(
    'Liquidazione dei compensi ai componenti esterni della commissione esaminatrice del concorso pubblico, '
    'per titoli ed esami, per la copertura di n. 4 posti di Collaboratore professionale sanitario – '
    'Fisioterapista (area dei professionisti della salute e dei funzionari).').bold = True
para(after=4)

para('IL DIRETTORE DELLA SOC GESTIONE RISORSE UMANE', bold=True, align='c', after=6)
prem = [
    "Richiamato il decreto del Direttore Generale n. 1105 del 28/08/2025, con il quale è stato indetto il "
    "concorso pubblico, per titoli ed esami, per la copertura di n. 4 posti di Collaboratore professionale "
    "sanitario – Fisioterapista;",
    "Richiamata la determinazione dirigenziale n. 1870 del 14/11/2025, con la quale è stata nominata la "
    "commissione esaminatrice ai sensi del D.P.R. 27 marzo 2001, n. 220;",
    "Dato atto che la commissione ha concluso i propri lavori in data 27/01/2026 e che la graduatoria finale "
    "di merito è stata approvata con decreto del Direttore Generale n. 96 del 05/02/2026;",
    "Visto il D.P.C.M. 24 aprile 2020 che disciplina i compensi da corrispondere ai componenti delle "
    "commissioni esaminatrici dei concorsi pubblici;",
    "Accertato che ai componenti esterni spettano il compenso base e i compensi integrativi per ciascun "
    "candidato esaminato, come da prospetto conservato agli atti della SOS Concorsi e Assunzioni;",
    "Attestata la regolarità tecnica e amministrativa del presente provvedimento;",
]
for s in prem:
    para(s, align='j')
para('DETERMINA', bold=True, align='c', after=6)
pts = [
    "di liquidare ai componenti esterni della commissione esaminatrice di cui in premessa i compensi "
    "complessivi di € 3.412,80, al lordo delle ritenute di legge, secondo il prospetto agli atti;",
    "di imputare la spesa al conto 310.400.100.20 «Compensi commissioni di concorso» del bilancio "
    "aziendale 2026;",
    "di trasmettere il presente atto alla SOC Gestione Economico Finanziaria per gli adempimenti di competenza;",
    "di dare atto che il presente provvedimento non è soggetto a controllo ed è esecutivo dalla data di "
    "pubblicazione all'Albo aziendale.",
]
for i, s in enumerate(pts, 1):
    p = para(f'{i}.\t{s}', align='j')
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0.7)
para(after=10)
para('IL DIRETTORE', bold=True, align='r', after=0)
para('SOC Gestione Risorse Umane', align='r', after=0)
para('dott.ssa Paola Zanier', align='r', after=0)
para('(documento firmato digitalmente)', size=8, align='r', after=14)

t = d.add_table(rows=2, cols=1)
borders(t)
setw(t, [Cm(17)])
shade(t.cell(0, 0), 'F2F2F2')
t.cell(0, 0).paragraphs[0].add_run('ATTESTAZIONE DI PUBBLICAZIONE').bold = True
t.cell(1, 0).paragraphs[0].add_run(
    "Il presente atto viene pubblicato all'Albo on line aziendale dal 20/02/2026 al 06/03/2026 "
    "per quindici giorni consecutivi.").font.size = Pt(9)
d.save(out)
