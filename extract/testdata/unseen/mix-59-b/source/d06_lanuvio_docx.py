# Determinazione, Comune di Lanuvio (RM): personnel office print in the manner of an Inaz HR module
# (.docx with python-docx, converted to PDF by LibreOffice - see build.sh)
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(1.6), Cm(1.8), Cm(2), Cm(2)
N = d.styles['Normal']; N.font.name = 'Arial'; N.font.size = Pt(10)
N.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial'); N.paragraph_format.space_after = Pt(3)

def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexc); tcPr.append(sh)

def P(t='', b=False, al='j', sz=None, it=False, after=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
    if sz: r.font.size = Pt(sz)
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT}[al]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

# letterhead as a 2-column borderless table
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(2.5); t.columns[1].width = Cm(14.5)
c0.width = Cm(2.5); c1.width = Cm(14.5)
c0.paragraphs[0].add_run('[stemma]').font.size = Pt(7)
p = c1.paragraphs[0]; r = p.add_run('COMUNE DI LANUVIO'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x80, 0, 0)
p = c1.add_paragraph(); r = p.add_run('Città Metropolitana di Roma Capitale'); r.font.size = Pt(9)
p = c1.add_paragraph(); r = p.add_run('AREA I - AFFARI GENERALI E RISORSE UMANE'); r.bold = True; r.font.size = Pt(10)
p = c1.add_paragraph(); r = p.add_run('Servizio Personale'); r.font.size = Pt(9.5)
P('', after=6)

reg = d.add_table(rows=2, cols=4); reg.style = 'Table Grid'
vals = [('DETERMINAZIONE N.', '187', 'DEL', '14/04/2026'), ('REG. GEN. N.', '529', 'DEL', '15/04/2026')]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = reg.cell(i, j); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9.5); rr.bold = j % 2 == 1
        if j % 2 == 0: shade(c, 'E7E6E6')
P('', after=4)
p = P('', after=8)
r = p.add_run('Oggetto: '); r.bold = True
r = p.add_run('Liquidazione compensi per lavoro straordinario al personale dipendente – mese di marzo 2026.'); r.bold = True

P('IL RESPONSABILE DELL\'AREA I', True, 'c', after=6)
for x in [
 "Visto il decreto sindacale n. 11 del 30/12/2025 con il quale è stata attribuita al sottoscritto la responsabilità dell'Area I - Affari Generali e Risorse Umane;",
 "Visto l'art. 32 del CCNL Funzioni Locali del 16/11/2022, che disciplina il lavoro straordinario;",
 "Richiamata la determinazione n. 12 del 20/01/2026 (Reg. Gen. n. 41) con la quale è stato costituito il fondo per il lavoro straordinario per l'anno 2026 nell'importo di € 21.450,00;",
 "Viste le autorizzazioni preventive rilasciate dai Responsabili di Area e i riepiloghi delle prestazioni rese nel mese di marzo 2026, estratti dal sistema di rilevazione delle presenze;",
 "Accertata la regolarità delle prestazioni e la disponibilità del fondo;"]:
    P(x)
P('DETERMINA', True, 'c', after=6)
pts = [
 "di liquidare al personale dipendente di seguito indicato i compensi per lavoro straordinario prestato nel mese di marzo 2026, per complessivi € 2.187,44 oltre oneri riflessi, come da prospetto:",
 "di imputare la spesa ai capitoli del bilancio 2026 relativi al fondo per il lavoro straordinario (cap. 1150/3) e agli oneri riflessi (cap. 1150/4 e 1150/5);",
 "di trasmettere il presente atto al Servizio Finanziario e all'ufficio stipendi per l'inserimento nel cedolino del mese di maggio 2026;",
 "di disporre la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi, omettendo i dati personali non necessari."]
for i, x in enumerate(pts, 1):
    p = P('%d. %s' % (i, x)); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    if i == 1:
        tb = d.add_table(rows=1, cols=5); tb.style = 'Table Grid'
        hdr = ['Matr.', 'Area', 'Ore diurne', 'Ore festive/notturne', 'Importo €']
        for j, h in enumerate(hdr):
            c = tb.rows[0].cells[j]; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8.5); shade(c, 'D9E2F3')
        rows = [('00214', 'Area III - Polizia Locale', '22', '14', '812,36'), ('00231', 'Area III - Polizia Locale', '18', '10', '631,20'),
                ('00117', 'Area I - Demografici', '12', '0', '233,76'), ('00305', 'Area IV - Tecnica', '9', '6', '310,62'),
                ('00142', 'Area I - Segreteria', '10', '0', '199,50'), ('', 'TOTALE', '71', '30', '2.187,44')]
        for rw in rows:
            cs = tb.add_row().cells
            for j, v in enumerate(rw):
                cs[j].paragraphs[0].add_run(v).font.size = Pt(8.5)
                if j >= 2: cs[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        P('', after=2)
P('', after=8)
P("IL RESPONSABILE DELL'AREA I", True, 'r', after=0)
P('Dott. Gianluca Mariani', False, 'r', after=0)
P('(firmato digitalmente ai sensi del D.Lgs. 82/2005)', False, 'r', 8, True)
P('', after=8)
P('VISTO DI REGOLARITÀ CONTABILE', True, 'l', 9, after=1)
P("Si attesta la copertura finanziaria ai sensi dell'art. 153, comma 5, del D.Lgs. 267/2000. Lanuvio, 15/04/2026. "
  "Il Responsabile dell'Area II - Servizi Finanziari, Dott.ssa Claudia Tomassi.", sz=8.5)
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run('Det. n. 187/2026 - Area I - Servizio Personale   |   Piazza della Maddalena, 1 - 00075 Lanuvio (RM)'); r.font.size = Pt(7)
d.save(sys.argv[1])
