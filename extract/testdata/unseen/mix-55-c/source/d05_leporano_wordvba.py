# Determinazione, Comune di Leporano - .docx (python-docx) imitating a Word VBA-merged template, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
st.paragraph_format.space_after = Pt(4)

def para(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '6'); el.set(qn('w:color'), '000000'); b.append(el)
    tblPr.append(b)

# header (running) and footer
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Comune di Leporano – Settore Affari Generali – Det. n. 58/2026'); r.font.size = Pt(7.5); r.italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Piazza Vittorio Emanuele III, 74020 Leporano (TA)'); r.font.size = Pt(7)

para('COMUNE DI LEPORANO', True, 'c', 18, after=0)
para('Provincia di Taranto', False, 'c', 10, after=0)
para('www.comune.leporano.ta.it', False, 'c', 8, italic=True, after=8)
para('SETTORE AFFARI GENERALI', True, 'c', 12, after=0)
para('Servizio Pubblica Istruzione e Servizi Scolastici', False, 'c', 10.5, after=8)

t = d.add_table(rows=2, cols=4); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('DETERMINAZIONE N.', '58'), ('DEL', '10/04/2026')]
hdr = ['DETERMINAZIONE N.', 'DEL', 'REG. GENERALE N.', 'DATA REG. GEN.']
val = ['58', '10/04/2026', '201', '10/04/2026']
for i in range(4):
    c = t.rows[0].cells[i]; c.text = ''; rr = c.paragraphs[0].add_run(hdr[i]); rr.bold = True; rr.font.size = Pt(8); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.rows[1].cells[i]; c.text = ''; rr = c.paragraphs[0].add_run(val[i]); rr.font.size = Pt(11); rr.bold = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(after=4)
p = para(align='j'); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mesi di gennaio e febbraio 2026 alla ditta “Sapori del Golfo S.r.l.” – CIG B3C9E07A12.'); r.bold = True
para(after=4)
para('IL RESPONSABILE DEL SETTORE', True, 'c')
for lead, txt in [
 ('VISTO', ' il decreto del Sindaco n. 2 del 07/01/2026 di nomina dei Responsabili di Settore titolari di incarico di Elevata Qualificazione;'),
 ('RICHIAMATA', ' la propria determinazione n. 112 del 05/09/2025 (R.G. n. 598), con la quale è stato affidato alla ditta “Sapori del Golfo S.r.l.”, con sede in Pulsano, il servizio di refezione scolastica per le scuole dell\'infanzia e primaria a tempo pieno per l\'a.s. 2025/2026, al prezzo di € 4,38 a pasto oltre IVA al 4%;'),
 ('VISTE', ' le fatture elettroniche n. 41/PA del 06/02/2026 di € 9.872,35 e n. 77/PA del 05/03/2026 di € 11.206,18, IVA compresa, relative ai pasti erogati nei mesi di gennaio e febbraio 2026;'),
 ('ACCERTATA', ' la corrispondenza dei pasti fatturati con le presenze rilevate dai plessi scolastici e la regolarità contributiva della ditta (DURC con scadenza 18/06/2026);'),
 ('DATO ATTO', ' che non sussistono situazioni di conflitto di interessi ai sensi dell\'art. 6-bis della Legge n. 241/1990;')]:
    p = para(align='j'); r = p.add_run(lead); r.bold = True; p.add_run(txt)
para('D E T E R M I N A', True, 'c')
for txt in [
 'di liquidare alla ditta “Sapori del Golfo S.r.l.” la somma complessiva di € 21.078,53, IVA compresa, a saldo delle fatture n. 41/PA e n. 77/PA;',
 'di imputare la spesa al capitolo 1430 “Spese per il servizio mensa scolastica” del bilancio 2026, impegno n. 1021/2025, reimputato all\'esercizio 2026;',
 'di applicare la scissione dei pagamenti ai sensi dell\'art. 17-ter del D.P.R. n. 633/1972, versando l\'IVA di € 810,71 direttamente all\'Erario;',
 'di trasmettere il presente atto al Settore Economico-Finanziario per l\'emissione del mandato di pagamento.']:
    p = d.add_paragraph(style='List Bullet'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.add_run(txt)
para(after=6)
para('Leporano, 10/04/2026', align=None)
para('IL RESPONSABILE DEL SETTORE AFFARI GENERALI', True, 'r', 10, after=0)
para('Dott.ssa Rosanna Cafaro', False, 'r', after=0)
para('(firmato digitalmente)', False, 'r', 8.5, italic=True, after=10)
t2 = d.add_table(rows=1, cols=1); borders(t2)
c = t2.rows[0].cells[0]; c.text = ''
rr = c.paragraphs[0].add_run('ATTESTAZIONE DI PUBBLICAZIONE – La presente determinazione è pubblicata all\'Albo Pretorio on line dal 14/04/2026 per quindici giorni consecutivi (n. reg. 402).'); rr.font.size = Pt(8.5)
d.save(out)
