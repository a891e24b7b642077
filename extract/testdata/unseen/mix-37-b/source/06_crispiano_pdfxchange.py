# Determinazione of the Comune di Crispiano (TA): a Word (.docx) template as
# offices print it through PDF-XChange; here the .docx is written with
# python-docx and converted to PDF by LibreOffice (build.sh).
# Layout: letterhead, a label grid (Settore / Servizio / numbers / date),
# "OGGETTO:" paragraph, numbered "DETERMINA" points, page x of y in the footer.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
st = d.styles['Normal']
st.font.name = 'Calibri'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def para(text='', bold=False, align=None, size=None, italic=False, after=None, caps=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.all_caps = caps
    if size:
        r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(run, code):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def shade(cell, color='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), color)
    tcPr.append(sh)


# header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Determinazione R.G. n. 176 del 09/03/2026')
r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Comune di Crispiano – Piazza Madonna della Neve, 1 – 74012 Crispiano (TA) – Pag. ')
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')

# letterhead
t = d.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14)
c0.width = Cm(2.6); c1.width = Cm(14)
c0.paragraphs[0].add_run('[Stemma]').font.size = Pt(7)
p = c1.paragraphs[0]
r = p.add_run('COMUNE DI CRISPIANO'); r.bold = True; r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
p2 = c1.add_paragraph(); r = p2.add_run('Provincia di Taranto'); r.font.size = Pt(10)
p3 = c1.add_paragraph(); r = p3.add_run('PEC: protocollo.comunecrispiano@pec.rupar.puglia.it'); r.font.size = Pt(8.5)
para('', after=2)

# label grid
g = d.add_table(rows=4, cols=4)
g.style = 'Table Grid'
labels = [('Settore', '3° SETTORE – LAVORI PUBBLICI, AMBIENTE E PATRIMONIO', None, None),
          ('Servizio', 'Ambiente e Igiene urbana', None, None),
          ('N. Settore', '24', 'N. Reg. Gen.', '176'),
          ('Data', '09/03/2026', 'Proposta', 'n. 31 del 05/03/2026')]
for i, (a, b, c, e) in enumerate(labels):
    row = g.rows[i].cells
    if c is None:
        m = row[1].merge(row[3])
        row[0].text = a
        m.text = b
    else:
        row[0].text, row[1].text, row[2].text, row[3].text = a, b, c, e
        shade(row[2])
        row[2].paragraphs[0].runs[0].bold = True
    shade(row[0])
    row[0].paragraphs[0].runs[0].bold = True
for row in g.rows:
    for c in row.cells:
        for p in c.paragraphs:
            p.paragraph_format.space_after = Pt(1)
            for r in p.runs:
                r.font.size = Pt(9.5)

para('', after=2)
para('DETERMINAZIONE DIRIGENZIALE', bold=True, align='c', size=13, after=6)
SUBJ = ("Servizio di disinfestazione, derattizzazione e deblattizzazione del territorio comunale – "
        "Anno 2026. Determina a contrarre e affidamento diretto mediante Ordine Diretto sul MePA. "
        "CIG B81D2E4F77.")
p = d.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run(SUBJ); r.bold = True
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement('w:pBdr')
for side in ('top', 'bottom'):
    e = OxmlElement('w:' + side); e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '6'); e.set(qn('w:space'), '2')
    bdr.append(e)
pPr.append(bdr)

para('IL DIRIGENTE DEL 3° SETTORE', bold=True, align='c', after=6)
for t_ in [
    "Premesso che, con deliberazione della Giunta Comunale n. 19 del 12/02/2026, è stato approvato "
    "il Piano Esecutivo di Gestione 2026-2028 e sono state assegnate ai Dirigenti le risorse per "
    "il funzionamento dei servizi;",
    "Considerato che, in vista della stagione primaverile ed estiva, occorre garantire gli "
    "interventi di disinfestazione larvicida e adulticida, di derattizzazione e di deblattizzazione "
    "sulle aree pubbliche, sulla rete fognaria bianca e negli edifici comunali, secondo il "
    "calendario predisposto dal Servizio Ambiente;",
    "Rilevato che il servizio è presente sul Mercato Elettronico della Pubblica Amministrazione "
    "(MePA), bando \"Servizi\", categoria \"Servizi di igiene ambientale\", e che l'operatore "
    "economico Ecoservice Jonica S.r.l. di Statte (TA) ha offerto il servizio per l'importo di "
    "euro 18.900,00 oltre IVA;",
    "Visti l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, l'art. 192 del D.Lgs. "
    "18 agosto 2000, n. 267, e il vigente Regolamento comunale sull'ordinamento degli uffici e dei "
    "servizi;",
    "Dato atto che il presente provvedimento è stato istruito dal funzionario dott.ssa Angela "
    "Scarano, Responsabile del procedimento, che ha dichiarato l'insussistenza di conflitti di "
    "interesse;"]:
    para(t_, align='j')
para('DETERMINA', bold=True, align='c', after=6)
for i, t_ in enumerate([
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di "
    "disinfestazione, derattizzazione e deblattizzazione del territorio comunale per l'anno 2026 "
    "alla ditta Ecoservice Jonica S.r.l., P.IVA 03119870737, mediante Ordine Diretto sul MePA n. "
    "5218834, per l'importo di euro 18.900,00 oltre IVA al 22%, per complessivi euro 23.058,00;",
    "di impegnare la spesa di euro 23.058,00 sul capitolo 1736 \"Servizi di igiene pubblica\" del "
    "bilancio di previsione 2026-2028, esercizio 2026;",
    "di dare atto che il contratto si intende stipulato con la sottoscrizione digitale dell'Ordine "
    "Diretto sulla piattaforma MePA;",
    "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile "
    "attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000."], 1):
    p = para('%d) %s' % (i, t_), align='j')
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0.7)
para('')
p = para('IL DIRIGENTE DEL 3° SETTORE', bold=True, align='r', after=0)
para('Ing. Vito Leogrande', align='r', after=0)
para('(Documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', italic=True, align='r', size=8.5)
para('')
box = d.add_table(rows=2, cols=1)
box.style = 'Table Grid'
box.rows[0].cells[0].text = 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA'
shade(box.rows[0].cells[0], 'EDEDED')
box.rows[0].cells[0].paragraphs[0].runs[0].bold = True
box.rows[1].cells[0].text = ("Impegno n. 412/2026 – Capitolo 1736 – Importo euro 23.058,00.\n"
                             "Crispiano, 10/03/2026 – Il Dirigente del 1° Settore – Servizi Finanziari, "
                             "Dott. Cosimo Lasigna")
for row in box.rows:
    for p in row.cells[0].paragraphs:
        for r in p.runs:
            r.font.size = Pt(9)
d.core_properties.author = 'ufficio.ambiente'
d.core_properties.title = 'Determinazione R.G. 176/2026'
d.save(OUT)
