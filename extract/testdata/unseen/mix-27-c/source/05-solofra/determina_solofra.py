# Determinazione dirigenziale of the Comune di Solofra in the manner of a Wolters Kluwer (Word template) atti print:
# python-docx writes the .docx (Cambria body, Word header/footer with PAGE / NUMPAGES fields), LibreOffice converts it.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

SUBJECT = "RIMBORSO DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) VERSATA IN ECCEDENZA PER LE ANNUALITÀ 2022 E 2023 – CONTRIBUENTE COD. 004187 – LIQUIDAZIONE."

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)
st = d.styles['Normal']
st.font.name = 'Cambria'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Cambria')
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)


def para(text='', bold=False, align=None, size=None, italic=False, after=None, container=None):
    p = (container or d).add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(p, code):
    r = p.add_run()
    for tag, txt in (('begin', None), (None, code), ('separate', None), (None, '1'), ('end', None)):
        if tag:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), tag); r._r.append(e)
        elif txt == code:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = code; r._r.append(e)
        else:
            e = OxmlElement('w:t'); e.text = txt; r._r.append(e)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)


# header: letterhead
h = sec.header
hp = h.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNE DI SOLOFRA'); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1f, 0x3a, 0x68)
para('(Provincia di Avellino)', align=WD_ALIGN_PARAGRAPH.CENTER, size=10, container=h, after=0)
para('Piazza San Michele, 1 – 83029 Solofra (AV) – Tel. 0825 582411 – protocollo.solofra@asmepec.it', align=WD_ALIGN_PARAGRAPH.CENTER, size=7.5, container=h, after=2)
# footer
f = sec.footer
fp = f.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = fp.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Determinazione R.G. n. 402/2026 – Pag. '); rr.font.size = Pt(7.5)
field(fp, 'PAGE')
rr = fp.add_run(' di '); rr.font.size = Pt(7.5)
field(fp, 'NUMPAGES')

para('SETTORE ECONOMICO – FINANZIARIO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=0)
para('Servizio Tributi', align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=8, italic=True)
para('DETERMINAZIONE DIRIGENZIALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=6)

t = d.add_table(rows=2, cols=2)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [('Registro Generale', 'n. 402 del 06/05/2026'), ('Registro del Settore', 'n. 37 del 04/05/2026')]
for i, (a, b) in enumerate(vals):
    c0, c1 = t.rows[i].cells
    c0.text = ''; c1.text = ''
    c0.paragraphs[0].add_run(a).bold = True
    c1.paragraphs[0].add_run(b)
    shade(c0, 'E7ECF3')
para('', after=2)

t2 = d.add_table(rows=1, cols=1)
t2.style = 'Table Grid'
c = t2.rows[0].cells[0]
c.text = ''
p = c.paragraphs[0]
p.add_run('OGGETTO: ').bold = True
p.add_run(SUBJECT).bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para('', after=2)

para('IL DIRIGENTE DEL SETTORE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=6)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for txt in [
    "Premesso che con istanza acquisita al protocollo generale dell'Ente al n. 4412 del 17/03/2026 il contribuente identificato con "
    "codice 004187, i cui dati sono conservati agli atti d'ufficio nel rispetto del Regolamento (UE) 2016/679, ha chiesto il rimborso "
    "delle somme versate a titolo di IMU per le annualità 2022 e 2023 in misura superiore al dovuto;",
    "Dato atto che dall'istruttoria svolta dal Servizio Tributi è emerso che l'immobile censito al N.C.E.U. al foglio 7, particella 1093, "
    "sub. 4, costituisce abitazione principale del contribuente a decorrere dal 01/01/2022 e che, pertanto, l'imposta versata "
    "pari a complessivi € 1.286,00 non era dovuta;",
    "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, in materia di rimborsi dei tributi locali;",
    "Visto il decreto sindacale n. 14 del 30/12/2025 di conferimento dell'incarico dirigenziale del Settore Economico – Finanziario;",
    "Vista la deliberazione del Consiglio Comunale n. 7 del 24/02/2026, di approvazione del bilancio di previsione 2026/2028;",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
]:
    para(txt, align=J)
para('D E T E R M I N A', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=6)
for i, txt in enumerate([
    "di riconoscere al contribuente cod. 004187 il rimborso dell'IMU versata in eccedenza per le annualità 2022 e 2023, per "
    "l'importo di € 1.286,00, oltre agli interessi legali calcolati in € 61,73, per complessivi € 1.347,73;",
    "di imputare la spesa di € 1.347,73 alla Missione 01, Programma 04, Capitolo 1420 “Rimborsi di imposte e tasse” del bilancio "
    "2026/2028, esercizio 2026, impegno n. 2026/388;",
    "di liquidare la somma di cui al punto 1 mediante accredito sul conto corrente indicato dal contribuente nell'istanza;",
    "di trasmettere il presente provvedimento al Servizio Ragioneria per l'emissione del relativo mandato di pagamento.",
], 1):
    p = para('', align=J)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run('%d.\t%s' % (i, txt))
para('', after=4)
para('Solofra, 06/05/2026', after=6)
for line, b in (('IL DIRIGENTE DEL SETTORE ECONOMICO – FINANZIARIO', True), ('Dott. Gerardo De Maio', False)):
    p = para(line, bold=b, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para('', after=6)
t3 = d.add_table(rows=1, cols=1)
t3.style = 'Table Grid'
c = t3.rows[0].cells[0]
c.text = ''
p = c.paragraphs[0]
r = p.add_run('VISTO DI REGOLARITÀ CONTABILE'); r.bold = True; r.font.size = Pt(9)
p2 = c.add_paragraph()
r = p2.add_run("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. "
               "Impegno n. 2026/388 – Solofra, 06/05/2026 – Il Responsabile del Servizio Finanziario, Rag. Anna Guarino")
r.font.size = Pt(9)
d.core_properties.author = 'Servizio Tributi'
d.core_properties.title = 'Determinazione R.G. 402/2026'
d.save('determina-solofra.docx')
