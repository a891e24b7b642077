# Determinazione of the Comune di Nembro in the manner of a CEL (Centro Studi Enti Locali) Word model:
# python-docx builds the .docx, LibreOffice converts it to PDF.
import sys, os, subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = os.path.abspath(sys.argv[1])
work = os.path.dirname(out) + '/scratch'
os.makedirs(work, exist_ok=True)
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(4)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, indent=None, first=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    return p

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), color); tcPr.append(sh)

# header (running) with the body's name
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Comune di Nembro – Determinazione n. 212/2026'); r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Modello CEL – Determinazione del Responsabile di Area – Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005'); r.font.size = Pt(7.5)

para('COMUNE DI NEMBRO', bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('PROVINCIA DI BERGAMO', size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('Piazza Italia, 1 – 24027 Nembro (BG) – PEC: comune.nembro@legalmail.it', size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para('AREA TECNICA', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('Servizio Lavori Pubblici e Manutenzioni', size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

t = d.add_table(rows=2, cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('DETERMINAZIONE', 'N. 212', 'del 13/04/2026', 'Registro Generale'),
        ('', 'N. 47', 'del 10/04/2026', 'Registro di Area')]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = ''
        run = c.paragraphs[0].add_run(v); run.bold = (j < 2); run.font.size = Pt(10.5)
        if j == 0: shade(c, 'D9D9D9')
t.cell(0, 0).merge(t.cell(1, 0))
para('', after=4)
p = para(after=8)
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA VITTORIO VENETO – AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 – CUP J52F26000140004 – CIG B81C4D27E9.'); r.bold = True
para('IL RESPONSABILE DELL’AREA TECNICA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t_ in ['Richiamato il decreto sindacale n. 3 del 02/01/2026, con il quale al sottoscritto è stata attribuita la responsabilità dell’Area Tecnica con le funzioni di cui all’art. 107 del D.Lgs. 267/2000;',
           'Richiamata la deliberazione del Consiglio Comunale n. 8 del 23/02/2026, esecutiva, di approvazione del Bilancio di previsione 2026-2028;',
           'Premesso che, a seguito delle infiltrazioni riscontrate nel corso dell’inverno, si rende necessario intervenire sulla copertura della palestra comunale di via Vittorio Veneto, utilizzata dalla scuola secondaria di primo grado e dalle associazioni sportive del territorio;',
           'Visto il preventivo presentato dalla ditta Edilcoperture Seriana S.r.l., con sede in Alzano Lombardo (BG), acquisito al protocollo n. 5321 del 03/04/2026, per un importo di € 68.450,00 oltre IVA 22%, ritenuto congruo dal RUP;',
           'Verificato il possesso dei requisiti di ordine generale e speciale dell’operatore economico mediante il Fascicolo Virtuale dell’Operatore Economico;',
           'Visto l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;']:
    para(t_)
para('D E T E R M I N A', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
pts = ['di affidare alla ditta Edilcoperture Seriana S.r.l., P.IVA 03987650168, i lavori di manutenzione straordinaria della copertura della palestra comunale di via Vittorio Veneto, per l’importo di € 68.450,00 oltre IVA 22%, per complessivi € 83.509,00;',
       'di impegnare la spesa di € 83.509,00 alla Missione 06, Programma 01, capitolo 20610/3 del Bilancio 2026-2028, esercizio 2026;',
       'di dare atto che il Responsabile Unico del Progetto è il Geom. Paolo Carrara;',
       'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;',
       'di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente”.']
for i, t_ in enumerate(pts, 1):
    para('%d.\t%s' % (i, t_), indent=0.75, first=-0.75)
para('', after=10)
para('Nembro, 13/04/2026', after=4)
para('IL RESPONSABILE DELL’AREA TECNICA', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para('Geom. Paolo Carrara', align=WD_ALIGN_PARAGRAPH.RIGHT, after=14)
t2 = d.add_table(rows=1, cols=1); t2.style = 'Table Grid'
c = t2.cell(0, 0); c.text = ''
r = c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA'); r.bold = True; r.font.size = Pt(9.5)
pp = c.add_paragraph(); r = pp.add_run('Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile. Impegno n. 611/2026. Nembro, 13/04/2026 – La Responsabile dell’Area Economico-Finanziaria Dott.ssa Giovanna Pezzotta'); r.font.size = Pt(9.5)
src = os.path.join(work, 'determina-nembro-cel.docx')
d.save(src)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + work + '/lo-profile', '--convert-to', 'pdf', '--outdir', os.path.dirname(out), src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
