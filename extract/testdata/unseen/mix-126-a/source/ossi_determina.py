#!/usr/bin/env python3
"""Comune di Ossi - determinazione Area Tecnica n. 37 (Reg. Gen. 96), Halley-style.

Written as .docx with python-docx; build.sh exports it with LibreOffice.
The running head (every page) repeats the number; the foot has PAGE/NUMPAGES fields.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
sec.header_distance = Mm(10)

st = doc.styles['Normal']
st.font.name = 'Liberation Serif'
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
st.paragraph_format.space_after = Pt(4)


def field(run, instr):
    for kind, text in (('begin', None), (None, instr), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); run._r.append(e)
        elif text == instr:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = instr; run._r.append(e)
        else:
            e = OxmlElement('w:t'); e.text = text; run._r.append(e)


def para(text='', bold=False, align=None, size=None, italic=False, after=None, before=None, indent=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent[0])
        p.paragraph_format.first_line_indent = Mm(indent[1])
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def mixed(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None):
    p = doc.add_paragraph(); p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Mm(indent[0]); p.paragraph_format.first_line_indent = Mm(indent[1])
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p


# running head and foot
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Comune di Ossi - Determinazione Area Tecnica n. 37 del 09/02/2028 - Reg. Gen. n. 96")
r.italic = True; r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Pagina "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')

para("COMUNE DI OSSI", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=17, after=0)
para("Provincia di Sassari", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para("AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=0)
para("Servizio Lavori Pubblici e Manutenzioni", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

t = doc.add_table(rows=2, cols=2)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0).merge(t.cell(0, 1))
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = c.paragraphs[0].add_run("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO"); rr.bold = True
for i, (a, b) in enumerate((("Determinazione n. 37", "del 09/02/2028"), ("Registro Generale n. 96", "del 10/02/2028"))):
    cell = t.cell(1, i)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = cell.paragraphs[0].add_run(a + " "); rr.bold = True
    cell.paragraphs[0].add_run(b)
para(after=4)

mixed([("OGGETTO: ", True),
       ("Lavori di manutenzione straordinaria della copertura della scuola primaria di via Sassari. "
        "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta "
        "Edil Logudoro S.r.l. e impegno di spesa. CIG B4A7C2D91E - CUP H47H27000120004.", True)],
      indent=(22, -22))

para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=8)
for head, body in [
    ("VISTO", " il decreto sindacale n. 2 del 02/01/2028, con il quale il sottoscritto è stato nominato "
              "Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del "
              "D.Lgs. n. 267/2000;"),
    ("RICHIAMATE", " la deliberazione del Consiglio Comunale n. 42 del 18/12/2027, di approvazione del "
                   "bilancio di previsione finanziario 2028/2030, e la deliberazione della Giunta Comunale "
                   "n. 3 del 12/01/2028, di approvazione del Piano Esecutivo di Gestione 2028/2030;"),
    ("PREMESSO", " che a seguito delle precipitazioni del mese di gennaio si sono verificate infiltrazioni "
                 "d'acqua in due aule e nel corridoio del primo piano della scuola primaria di via Sassari, "
                 "come accertato nel sopralluogo dell'Ufficio Tecnico del 24/01/2028;"),
    ("DATO ATTO", " che con nota prot. n. 1208 del 31/01/2028 è stato richiesto un preventivo alla ditta "
                  "Edil Logudoro S.r.l., con sede in Ossi, zona artigianale lotto 7, P.IVA 02871450903, "
                  "operatore economico in possesso dei requisiti e dell'esperienza necessari, individuato nel "
                  "rispetto del principio di rotazione;"),
    ("VISTO", " il preventivo presentato dalla ditta, acquisito al prot. n. 1391 del 06/02/2028, per un "
              "importo di euro 18.420,00 oltre IVA al 22%, per complessivi euro 22.472,40, ritenuto congruo "
              "rispetto ai prezzi del prezzario regionale dei lavori pubblici della Sardegna;"),
    ("ACCERTATA", " la regolarità contributiva della ditta mediante DURC on line prot. INAIL_41127730 con "
                  "scadenza il 22/05/2028;"),
    ("VISTI", " il D.Lgs. n. 267/2000; il D.Lgs. n. 36/2023; il vigente Regolamento comunale di contabilità;"),
]:
    mixed([(head, True), (body, False)])

para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=8)
pts = [
    "di affidare alla ditta Edil Logudoro S.r.l., con sede in Ossi, P.IVA 02871450903, i lavori di "
    "manutenzione straordinaria della copertura della scuola primaria di via Sassari, per l'importo di euro "
    "18.420,00 oltre IVA al 22%, per complessivi euro 22.472,40;",
    "di impegnare la somma di euro 22.472,40 sulla Missione 4, Programma 2, capitolo 20420.1 del bilancio "
    "di previsione finanziario 2028/2030, annualità 2028, come da prospetto allegato;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza commerciale, ai sensi dell'art. 18, "
    "comma 1, del D.Lgs. n. 36/2023, e che i lavori dovranno essere ultimati entro 30 giorni dalla consegna;",
    "di nominare Responsabile Unico del Progetto il geom. Mario Spanu, istruttore tecnico dell'Area;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\" del sito istituzionale.",
]
for i, ptx in enumerate(pts, 1):
    mixed([("%d) " % i, True), (ptx, False)], indent=(8, -8))

para(before=6)
t2 = doc.add_table(rows=2, cols=5)
t2.style = 'Table Grid'
for i, h in enumerate(("Esercizio", "Missione/Programma", "Capitolo", "Importo", "Impegno n.")):
    t2.cell(0, i).paragraphs[0].add_run(h).bold = True
for i, v in enumerate(("2028", "04.02", "20420.1", "€ 22.472,40", "148/2028")):
    t2.cell(1, i).paragraphs[0].add_run(v)

para(before=10)
para("Ossi, 09/02/2028", after=2)
para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("ing. Gavino Dettori", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)

para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, before=14)
mixed([("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai "
        "sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Registrazione nel Registro Generale delle "
        "determinazioni al n. 96 in data 10/02/2028.", False)])
para("Ossi, 10/02/2028", after=2)
para("IL RESPONSABILE DELL'AREA FINANZIARIA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("rag. Tonina Mura", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)

doc.core_properties.author = "Ufficio Tecnico - Comune di Ossi"
doc.core_properties.title = "Determinazione n. 37/2028 Area Tecnica"
doc.save(out)
