# Comune di Altopascio - determinazione (Word document, python-docx -> LibreOffice), layout imitating a Zucchetti atti print
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(15)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(3)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)

def borders(tbl, sz=4):
    tblPr = tbl._tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '808080'); b.append(x)
    tblPr.append(b)

def field(par, code):
    r = par.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code; r._r.append(it)
    r = par.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r._r.append(f2)

# header: letterhead
hdr = sec.header; hp = hdr.paragraphs[0]
t = hdr.add_table(rows=1, cols=2, width=Mm(170))
t.columns[0].width = Mm(22); t.columns[1].width = Mm(148)
c0, c1 = t.rows[0].cells
c0.width = Mm(22); c1.width = Mm(148)
p = c0.paragraphs[0]; r = p.add_run('[stemma]'); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
p = c1.paragraphs[0]; r = p.add_run('COMUNE DI ALTOPASCIO'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
p = c1.add_paragraph(); r = p.add_run('Provincia di Lucca'); r.font.size = Pt(9); r.italic = True
p = c1.add_paragraph(); r = p.add_run('Piazza Vittorio Emanuele, 24 – 55011 Altopascio (LU) – P.IVA 00197570462'); r.font.size = Pt(8)
hp._p.getparent().remove(hp._p)

ftr = sec.footer; fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Determinazione n. 187 del 09/04/2026 – pag. '); r.font.size = Pt(7.5)
field(fp, 'PAGE'); r = fp.add_run(' di '); r.font.size = Pt(7.5); field(fp, 'NUMPAGES')
fp2 = ftr.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run('Stampato da: Zucchetti – Sistema Atti Amministrativi | Utente: f.lunardi | 09/04/2026 12:41'); r.font.size = Pt(6.5); r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('SETTORE 3 – SERVIZI ALLA PERSONA'); r.bold = True; r.font.size = Pt(11.5)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('U.O. Pubblica Istruzione'); r.font.size = Pt(10)

g = d.add_table(rows=2, cols=4); borders(g); g.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('DETERMINAZIONE N.', '187', 'DATA', '09/04/2026'), ('PROPOSTA N.', '231', 'DEL', '07/04/2026')]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = g.rows[i].cells[j]; c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9.5); rr.bold = (j % 2 == 0)
        if j % 2 == 0: shade(c, 'E3E9F1')
d.add_paragraph()

s = d.add_table(rows=1, cols=1); borders(s, 8)
c = s.rows[0].cells[0]; shade(c, 'F4F4F4')
p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run('Servizio di trasporto scolastico a.s. 2025/2026 – Integrazione dell’impegno di spesa per le uscite didattiche delle scuole dell’infanzia e primarie – Ditta Autolinee Lucchesi S.r.l. – CIG B4D1E8F902'); r.bold = True; r.font.size = Pt(11)
d.add_paragraph()

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run('IL RESPONSABILE DEL SETTORE'); r.bold = True
body = [
    ('Visto', ' il decreto sindacale n. 18 del 30/12/2025 di conferimento dell’incarico di Elevata Qualificazione del Settore 3 – Servizi alla Persona;'),
    ('Richiamata', ' la propria determinazione n. 512 del 21/08/2025, con la quale è stato affidato alla ditta Autolinee Lucchesi S.r.l., con sede in Capannori (LU), il servizio di trasporto scolastico per l’a.s. 2025/2026, comprensivo di un monte di 120 ore per uscite didattiche, ed assunto il relativo impegno di spesa;'),
    ('Considerato', ' che le richieste di uscite didattiche pervenute dall’Istituto Comprensivo “Altopascio” per il periodo aprile-giugno 2026 eccedono il monte ore contrattuale di ulteriori 36 ore, come da nota prot. n. 7410 del 31/03/2026;'),
    ('Dato atto', ' che l’art. 120, comma 9, del D.Lgs. 36/2023 consente di imporre all’appaltatore l’esecuzione delle prestazioni aggiuntive alle stesse condizioni del contratto originario, fino a concorrenza del quinto dell’importo del contratto;'),
    ('Ritenuto', ' pertanto di integrare l’impegno di spesa di € 2.376,00 (36 ore x € 66,00 oltre IVA 10%) per complessivi € 2.613,60;'),
    ('Visti', ' il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;'),
]
for b, tx in body:
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(b); r.bold = True; p.add_run(tx)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(6)
r = p.add_run('DETERMINA'); r.bold = True
pts = [
    'di affidare alla ditta Autolinee Lucchesi S.r.l., P.IVA 01822310467, l’esecuzione di ulteriori 36 ore di servizio per uscite didattiche nel periodo aprile-giugno 2026, alle condizioni del contratto in essere;',
    'di integrare l’impegno di spesa n. 1043/2025, assunto sul capitolo 4510/4 “Trasporto scolastico – prestazioni di servizi”, Missione 04 Programma 06, dell’importo di € 2.613,60, esercizio 2026;',
    'di dare atto che il CIG B4D1E8F902 resta invariato e che la ditta ha assolto gli obblighi di tracciabilità dei flussi finanziari;',
    'di trasmettere il presente provvedimento al Servizio Finanziario per l’apposizione del visto di regolarità contabile ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000.',
]
for tx in pts:
    p = d.add_paragraph(style='List Bullet'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.add_run(tx)
d.add_paragraph()
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run('Il Responsabile del Settore 3 – Servizi alla Persona\n').italic = True
p.add_run('Dott.ssa Francesca Lunardi')
p = d.add_paragraph(); r = p.add_run('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.)'); r.font.size = Pt(8); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph()
v = d.add_table(rows=2, cols=4); borders(v)
for j, h in enumerate(('Esercizio', 'Capitolo', 'Impegno', 'Importo')):
    c = v.rows[0].cells[j]; c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8.5); shade(c, 'E3E9F1')
for j, h in enumerate(('2026', '4510/4', '1043/2025 (integr.)', '€ 2.613,60')):
    c = v.rows[1].cells[j]; c.text = ''; rr = c.paragraphs[0].add_run(h); rr.font.size = Pt(8.5)
p = d.add_paragraph(); r = p.add_run('Visto di regolarità contabile attestante la copertura finanziaria: FAVOREVOLE – 09/04/2026 – Il Responsabile del Settore 1, Rag. Marco Puccinelli'); r.font.size = Pt(8.5)
d.core_properties.title = 'Determinazione n. 187 del 09/04/2026'
d.core_properties.author = 'f.lunardi'
d.save('determina-altopascio.docx')
