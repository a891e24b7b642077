#!/usr/bin/env python3
"""python-docx: Mariano Comense decreto del Segretario Generale, exported by
LibreOffice. The running head repeats the number on every page."""
import sys, os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(30); sec.bottom_margin = Mm(22)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
hp = sec.header.paragraphs[0]
hp.text = 'CITTÀ DI MARIANO COMENSE – Segreteria Generale – Decreto n. 6 del 18/11/2026'
hp.runs[0].font.size = Pt(8)
hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
fp = sec.footer.paragraphs[0]; fp.text = 'Piazza Console Teodoro Rosa, 3 – 22066 Mariano Comense (CO) – segreteria@comune.mariano-comense.co.it'
fp.runs[0].font.size = Pt(7.5); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def p(text, bold=False, align=None, size=None, after=4):
    para = d.add_paragraph(); r = para.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    para.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(after); return para
t = d.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
a.paragraphs[0].add_run('CITTÀ DI MARIANO COMENSE').bold = True
a.add_paragraph('Provincia di Como')
b.paragraphs[0].add_run('SEGRETERIA GENERALE').bold = True
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
x = b.add_paragraph('Registro Decreti'); x.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p('')
p('DECRETO DEL SEGRETARIO GENERALE N. 6 DEL 18/11/2026', True, WD_ALIGN_PARAGRAPH.CENTER, 12, 10)
para = d.add_paragraph(); para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para.add_run('OGGETTO: ').bold = True
para.add_run('Individuazione del personale di supporto all\'Ufficio di Segreteria per le sedute della Giunta e del Consiglio Comunale e per la gestione dell\'Albo Pretorio on line – periodo dicembre 2026 – dicembre 2027.').bold = True
p('IL SEGRETARIO GENERALE', True, WD_ALIGN_PARAGRAPH.CENTER, after=8)
for s in ['Visto l\'art. 97 del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Segretario Generale le funzioni di assistenza giuridico-amministrativa agli organi dell\'ente e di partecipazione, con funzioni consultive, referenti e di assistenza, alle riunioni della Giunta e del Consiglio;',
          'Visto il vigente Regolamento sull\'ordinamento degli uffici e dei servizi, e in particolare l\'art. 18, che affida al Segretario Generale la direzione dell\'Ufficio di Segreteria;',
          'Visto il Regolamento per la gestione dell\'Albo Pretorio on line approvato con deliberazione della Giunta Comunale n. 44 del 12/03/2024;',
          'Ritenuto di assicurare la continuità del servizio anche in caso di assenza del personale assegnato;']:
    p(s)
p('DECRETA', True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in ['di individuare la sig.ra Chiara Galli, istruttore amministrativo, quale addetta alla verbalizzazione delle sedute della Giunta Comunale e del Consiglio Comunale, e in sua assenza il sig. Roberto Sala, istruttore amministrativo;',
          'di individuare il sig. Roberto Sala quale responsabile della pubblicazione degli atti all\'Albo Pretorio on line, e in sua assenza la sig.ra Chiara Galli;',
          'di dare atto che il presente decreto non comporta oneri a carico del bilancio comunale;',
          'di trasmettere il presente decreto agli interessati e ai Responsabili di Settore e di pubblicarlo all\'Albo Pretorio on line per quindici giorni.']:
    d.add_paragraph(s, style='List Number').alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p('')
p('Mariano Comense, 18 novembre 2026', after=14)
p('IL SEGRETARIO GENERALE', True, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
p('dott.ssa Paola Frigerio', False, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
p('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005', False, WD_ALIGN_PARAGRAPH.RIGHT, 7.5)
d.save(os.path.join(OUT, 'decreto-marianocomense-hypersic.docx'))
