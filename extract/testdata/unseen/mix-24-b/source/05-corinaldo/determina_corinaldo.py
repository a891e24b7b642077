# Modello Word dell'ente (intestazione in header, titoli in grassetto, elenco numerato automatico),
# salvato in .docx e convertito in PDF con LibreOffice.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = doc.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(4)

def p(text='', bold=False, align=None, size=None, italic=False, after=None, before=None):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: par.alignment = align
    if after is not None: par.paragraph_format.space_after = Pt(after)
    if before is not None: par.paragraph_format.space_before = Pt(before)
    return par

def field(run, instr):
    for t, val in (('begin', None), (None, instr), ('end', None)):
        if t:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); run._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = val; run._r.append(e)

# intestazione
h = sec.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNE DI CORINALDO'); r.bold = True; r.font.size = Pt(16)
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Provincia di Ancona\nPiazza Il Terreno, 1 – 60013 Corinaldo (AN)'); r.font.size = Pt(8.5)
# piè di pagina
f = sec.footer
fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run('Determinazione n. 214 del 11/03/2026 – pag. '); r.font.size = Pt(8)
r2 = fp.add_run(); r2.font.size = Pt(8); field(r2, 'PAGE')
r3 = fp.add_run(' di '); r3.font.size = Pt(8)
r4 = fp.add_run(); r4.font.size = Pt(8); field(r4, 'NUMPAGES')

p('AREA AFFARI GENERALI E SERVIZI ALLA PERSONA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, before=6, after=0)
p('Servizio Cultura, Turismo e Sport', align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

par = p(align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=10)
par.add_run('DETERMINAZIONE DEL RESPONSABILE DELL’AREA N. 87 DEL 11/03/2026 ').bold = True
par.add_run('(Registro Generale n. 214 del 11/03/2026)')

t = doc.add_table(rows=1, cols=2); t.style = 'Table Grid'
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(2.8); t.columns[1].width = Cm(13.6)
c0.width = Cm(2.8); c1.width = Cm(13.6)
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run('Liquidazione del contributo straordinario all’Associazione Pro Loco Corinaldo APS per l’organizzazione della manifestazione “Festa del Pozzo della Polenta” – edizione 2025.').bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p('IL RESPONSABILE DELL’AREA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=6)
prem = [
 'Visto il decreto del Sindaco n. 3 del 02/01/2026, di attribuzione dell’incarico di Elevata Qualificazione e della responsabilità dell’Area Affari Generali e Servizi alla Persona;',
 'Richiamata la deliberazione della Giunta Comunale n. 112 del 18/07/2025, con la quale è stato concesso all’Associazione Pro Loco Corinaldo APS un contributo straordinario di € 6.500,00 per l’organizzazione della manifestazione “Festa del Pozzo della Polenta” – edizione 2025, subordinandone la liquidazione alla presentazione del rendiconto delle spese sostenute;',
 'Richiamata altresì la propria determinazione n. 141 del 24/07/2025 (R.G. n. 402), con la quale è stato assunto il relativo impegno di spesa n. 736/2025 al capitolo 7310 “Contributi per manifestazioni turistiche”;',
 'Vista la nota acquisita al protocollo n. 2871 del 19/02/2026, con la quale l’Associazione ha trasmesso il rendiconto della manifestazione, dal quale risultano spese documentate per € 14.236,40 ed entrate per € 7.120,00;',
 'Verificata la regolarità della documentazione presentata e accertato che il contributo non supera il disavanzo della manifestazione, come previsto dall’art. 9 del vigente Regolamento comunale per la concessione di contributi;',
 'Visti gli artt. 107 e 184 del D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento di contabilità;',
]
for s in prem: p(s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p('DETERMINA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=6)
pts = [
 'di liquidare all’Associazione Pro Loco Corinaldo APS (C.F. 83004710422) la somma di € 6.500,00 a titolo di contributo straordinario per la manifestazione “Festa del Pozzo della Polenta” – edizione 2025;',
 'di imputare la spesa all’impegno n. 736/2025, capitolo 7310 del bilancio 2026/2028, gestione residui;',
 'di trasmettere il presente atto al Servizio Finanziario per l’emissione del mandato di pagamento mediante bonifico sul conto corrente dedicato indicato dall’Associazione;',
 'di dare atto che il presente provvedimento è soggetto a pubblicazione ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.',
]
for s in pts:
    q = doc.add_paragraph(s, style='List Number'); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p('Corinaldo, 11/03/2026', before=10)
p('Il Responsabile dell’Area\nDott. Andrea Baldelli', align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
p('Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005', italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)

p('VISTO DI REGOLARITÀ CONTABILE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=16)
p('Si attesta la regolarità contabile della presente liquidazione ai sensi dell’art. 184, comma 4, del D.Lgs. 267/2000. Liquidazione n. 388/2026.', align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p('Corinaldo, 12/03/2026 – Il Responsabile dell’Area Finanziaria, Rag. Silvia Gregorini', align=WD_ALIGN_PARAGRAPH.JUSTIFY)
doc.core_properties.author = 'Ufficio Cultura'
doc.core_properties.title = 'Determinazione n. 214 del 11/03/2026'
doc.save('determina-corinaldo.docx')
