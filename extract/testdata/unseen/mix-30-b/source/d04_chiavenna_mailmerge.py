#!/usr/bin/env python3
"""Determinazione of Comune di Chiavenna as produced by an Excel mail-merge
into a Word template (register box filled from the spreadsheet's fields,
grey merge-field shading left on the merged values).  python-docx writes the
.docx, LibreOffice converts it to PDF."""
import subprocess, sys, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
st = doc.styles['Normal']
st.font.name = 'Carlito'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(4)

def shade(run, color='D9D9D9'):
    rpr = run._r.get_or_add_rPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), color)
    rpr.append(sh)

def para(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, indent=None, first=None):
    p = doc.add_paragraph(); p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    if isinstance(parts, str): parts = [(parts, '')]
    for text, fmt in parts:
        r = p.add_run(text)
        if 'b' in fmt: r.bold = True
        if 'i' in fmt: r.italic = True
        if 'm' in fmt: shade(r)
        if size: r.font.size = Pt(size)
    return p

def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '000000'); b.append(x)
    tcPr.append(b)

# header in the page header: crest caption + name
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('[stemma]\n'); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
r = hp.add_run('COMUNE DI CHIAVENNA'); r.bold = True; r.font.size = Pt(16); r.font.name = 'Caladea'
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Provincia di Sondrio\nPiazza Bertacchi, 2 - 23022 Chiavenna (SO) - Tel. 0343 220211 - PEC: protocollo.chiavenna@cert.provincia.so.it'); r.font.size = Pt(8)
ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Modello DT-AT-03 rev. 2025'); r.font.size = Pt(7)

para([('AREA TECNICA', 'b')], WD_ALIGN_PARAGRAPH.CENTER, 12, 0)
para([('Servizio Lavori Pubblici, Manutenzioni e Patrimonio', '')], WD_ALIGN_PARAGRAPH.CENTER, 10, 8)

t = doc.add_table(rows=3, cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('DETERMINAZIONE N.', '212', 'DEL', '12/03/2026'),
        ('N. SETTORIALE', '87', 'DATA ADOZIONE', '11/03/2026'),
        ('CIG', 'B5C8E21A04', 'CAPITOLO', '9610/1')]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = t.cell(i, j); borders(c)
        c.paragraphs[0].paragraph_format.space_after = Pt(1)
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
        if j % 2 == 0: rr.bold = True
        else: shade(rr)
for j, w in enumerate([4.2, 3.6, 3.6, 4.2]):
    for i in range(3): t.cell(i, j).width = Cm(w)
doc.add_paragraph()

subj = "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO E DELLE AIUOLE DEL CENTRO STORICO - ANNO 2026 - IMPEGNO DI SPESA."
para([('OGGETTO: ', 'b'), (subj, 'bm')], after=10)

para([('IL RESPONSABILE DELL\'AREA TECNICA', 'b')], WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in ["VISTO il decreto del Sindaco n. 3 del 08/01/2026, con il quale è stato conferito allo scrivente l'incarico di Elevata Qualificazione per l'Area Tecnica;",
          "RICHIAMATE la deliberazione del Consiglio Comunale n. 52 del 19/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 4 del 13/01/2026, di approvazione del Piano Esecutivo di Gestione;",
          "PREMESSO che si rende necessario assicurare, per la stagione vegetativa 2026, gli interventi di sfalcio, potatura, diserbo e messa a dimora di essenze floreali nelle aree verdi comunali e nelle aiuole del centro storico, non eseguibili con il personale in servizio;",
          "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori economici;",
          "DATO ATTO che, tramite la piattaforma di approvvigionamento digitale SINTEL di ARIA S.p.A., è stata richiesta offerta all'operatore economico Verde Mera Società Cooperativa Sociale, con sede in Prata Camportaccio (SO), che ha offerto l'importo di euro 24.380,00 oltre IVA 22%, ritenuto congruo (procedura ID 201877456);",
          "ACCERTATO il possesso dei requisiti di ordine generale e di capacità tecnico-professionale dichiarati dall'operatore;",
          "VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;"]:
    para(s)
para([('D E T E R M I N A', 'b')], WD_ALIGN_PARAGRAPH.CENTER, after=6)
pts = ["di affidare, per le motivazioni esposte in premessa, il servizio di manutenzione ordinaria del verde pubblico e delle aiuole del centro storico per l'anno 2026 all'operatore economico Verde Mera Società Cooperativa Sociale, P.IVA 00912340142, per l'importo di euro 24.380,00 oltre IVA 22%, per complessivi euro 29.743,60;",
       "di impegnare la spesa di euro 29.743,60 al capitolo 9610/1 \"Manutenzione verde pubblico - prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026;",
       "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
       "di dare atto che il Responsabile Unico del Progetto è il geom. Walter Pedrazzini, istruttore tecnico dell'Area;",
       "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" ai sensi del D.Lgs. 33/2013."]
for i, s in enumerate(pts, 1):
    para([('%d) ' % i, 'b'), (s, '')], indent=0.9, first=-0.6)
doc.add_paragraph()
para([('Chiavenna, ', ''), ('11/03/2026', 'm')], WD_ALIGN_PARAGRAPH.LEFT)
para([('IL RESPONSABILE DELL\'AREA TECNICA', 'b')], WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para([('Ing. Davide Pedroncelli', 'm')], WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para([('(firmato digitalmente)', 'i')], WD_ALIGN_PARAGRAPH.RIGHT, 8, 14)

t2 = doc.add_table(rows=1, cols=1); c = t2.cell(0, 0); borders(c)
c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA').bold = True
for s in ["Ai sensi dell'art. 151, comma 4, e dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.",
          "Impegno n. 418/2026 - Capitolo 9610/1 - Importo euro 29.743,60",
          "Chiavenna, 12/03/2026                                 IL RESPONSABILE DELL'AREA FINANZIARIA - Dott.ssa Paola Giacomelli"]:
    pp = c.add_paragraph(); rr = pp.add_run(s); rr.font.size = Pt(9)

doc.core_properties.author = 'ufficio.tecnico'
doc.core_properties.title = 'Determina_AT_stampa_unione'
doc.save('/tmp/d04.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp', '/tmp/d04.docx'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.replace('/tmp/d04.pdf', out)
