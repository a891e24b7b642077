#!/usr/bin/env python3
# Comune di Pasiano di Pordenone: Giunta Comunale, deliberazione n. 83 of
# 16/06/2027, written as a .docx (python-docx) in the "Ascot"-like model and
# exported to PDF by LibreOffice Writer. Header grid in a table, running head
# from page 2 (different first page), "Pag. X di Y" as fields in the footer.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1]          # .docx
CREST = sys.argv[2]        # png written here

# a schematic crest (shield, red band, silver field)
im = Image.new("RGB", (240, 300), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (230, 10), (230, 170), (120, 290), (10, 170)], fill=(200, 30, 40), outline=(60, 60, 60))
d.rectangle([10, 100, 230, 150], fill=(235, 235, 235))
d.ellipse([95, 35, 145, 85], fill=(240, 200, 60))
im.save(CREST)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(10)
sec.different_first_page_header_footer = True


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run("1")
    r5 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)
    for rr in (r, r2, r3, r4, r5):
        rr.font.size = Pt(8)


def footer(f, text):
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(text + "\tPag. ")
    r.font.size = Pt(8)
    field(p, "PAGE")
    r = p.add_run(" di ")
    r.font.size = Pt(8)
    field(p, "NUMPAGES")


footer(sec.first_page_footer, "Comune di Pasiano di Pordenone – Deliberazione della Giunta Comunale n. 83 del 16/06/2027")
footer(sec.footer, "Comune di Pasiano di Pordenone – Deliberazione della Giunta Comunale n. 83 del 16/06/2027")
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
r = hp.add_run("COMUNE DI PASIANO DI PORDENONE\tDelibera G.C. n. 83 del 16/06/2027")
r.font.size = Pt(8); r.italic = True


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wdt in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(wdt.twips if hasattr(wdt, "twips") else wdt / 635)))
    for row in table.rows:
        for c, wdt in zip(row.cells, ws):
            c.width = wdt


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "808080")
        b.append(el)
    tblPr.append(b)


def para(text=None, bold=False, size=None, align=None, after=None, italic=False, cell=None):
    p = (cell.add_paragraph() if cell is not None else doc.add_paragraph())
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


# --- header grid: crest | name | kind and number ---
t = doc.add_table(rows=1, cols=3)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(t, [Mm(22), Mm(100), Mm(48)])
c0, c1, c2 = t.rows[0].cells
c0.paragraphs[0].add_run().add_picture(CREST, width=Mm(15))
c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI PASIANO DI PORDENONE"); r.bold = True; r.font.size = Pt(14)
para("Regione Autonoma Friuli Venezia Giulia", size=9, cell=c1, after=0)
para("Piazza Luigi Cadorna, 1 – 33087 Pasiano di Pordenone (PN)", size=8, cell=c1, after=0)
p = c2.paragraphs[0]; r = p.add_run("Deliberazione della\nGiunta Comunale"); r.font.size = Pt(9)
para("N. 83", bold=True, size=13, cell=c2, after=0)
para("del 16/06/2027", bold=True, size=11, cell=c2, after=0)
para("ORIGINALE", size=8, cell=c2, after=0)

para("", after=2)
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

t = doc.add_table(rows=1, cols=2)
borders(t)
a, b = t.rows[0].cells
widths(t, [Mm(27), Mm(143)])
a.paragraphs[0].add_run("OGGETTO:").bold = True
rb = b.paragraphs[0].add_run(
    "CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO STRAORDINARIO ALL’ASSOCIAZIONE "
    "PRO LOCO PASIANO PER LA MANIFESTAZIONE “ESTATE PASIANESE 2027”.")
rb.bold = True
para("Proposta di deliberazione n. 97 del 10/06/2027 – Ufficio proponente: SERVIZIO CULTURA, "
     "SPORT E ASSOCIAZIONISMO", size=8.5, italic=True, after=8)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("L’anno 2027, il giorno 16 del mese di GIUGNO alle ore 17:00, nella sala comunale, in seguito "
     "a convocazione disposta dal Sindaco, si è riunita la Giunta Comunale.", align=J)
para("Fatto l’appello nominale risultano:", align=J)

roll = [("BORTOLUSSI Loris", "Sindaco", "Presente"),
        ("DRIGO Martina", "Vice Sindaco", "Presente"),
        ("ZANUTTO Federico", "Assessore", "Presente"),
        ("PEZZUTTI Sonia", "Assessore", "Assente"),
        ("MORAS Gianni", "Assessore", "Presente"),
        ("FABBRO Elisa", "Assessore", "Presente")]
t = doc.add_table(rows=1, cols=3)
borders(t, 4)
hdr = t.rows[0].cells
for c, txt in zip(hdr, ("Componente", "Carica", "Presente/Assente")):
    c.paragraphs[0].add_run(txt).bold = True
for n, rl, pr in roll:
    cells = t.add_row().cells
    cells[0].paragraphs[0].add_run(n)
    cells[1].paragraphs[0].add_run(rl)
    cells[2].paragraphs[0].add_run(pr)
widths(t, [Mm(70), Mm(55), Mm(45)])
for row in t.rows:
    for c in row.cells:
        c.paragraphs[0].paragraph_format.space_after = Pt(0)

para("", after=2)
para("Assiste il Segretario Comunale dott.ssa Federica Tomasella.", align=J)
para("Constatato il numero legale degli intervenuti, assume la presidenza il sig. Loris Bortolussi "
     "nella sua qualità di Sindaco ed espone gli oggetti iscritti all’ordine del giorno e su questi "
     "la Giunta Comunale adotta la seguente deliberazione:", align=J, after=8)

para("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for txt in [
    "PREMESSO che l’Associazione Pro Loco Pasiano, con nota pervenuta al protocollo comunale "
    "n. 8237 del 28/05/2027, ha chiesto il patrocinio del Comune e un contributo straordinario per "
    "l’organizzazione della manifestazione “Estate Pasianese 2027”, che si terrà nei mesi di luglio "
    "e agosto 2027 nel parco di Villa Saccomani e nelle frazioni di Cecchini, Visinale e Rivarotta;",
    "VISTO il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi "
    "economici ad enti e associazioni, e in particolare l’art. 9, che disciplina i contributi "
    "straordinari per iniziative di particolare rilievo per la comunità;",
    "CONSIDERATO che il programma presentato comprende concerti, spettacoli per bambini, serate "
    "gastronomiche e la tradizionale rassegna dei cori, e che il preventivo di spesa ammonta a "
    "€ 24.800,00, a fronte di entrate previste per € 17.300,00;",
    "RITENUTO di concedere il patrocinio e un contributo straordinario di € 4.500,00, nei limiti "
    "delle risorse stanziate alla Missione 5, Programma 02, del bilancio di previsione 2027-2029;",
    "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi "
    "dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "CON VOTI unanimi, palesemente espressi,",
]:
    para(txt, align=J)

para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6).paragraph_format.keep_with_next = True
pts = [
    "di concedere il patrocinio del Comune di Pasiano di Pordenone alla manifestazione “Estate "
    "Pasianese 2027”, organizzata dall’Associazione Pro Loco Pasiano, con facoltà di utilizzare lo "
    "stemma comunale sul materiale promozionale;",
    "di concedere all’Associazione un contributo straordinario di € 4.500,00, che sarà liquidato "
    "a presentazione del rendiconto delle spese sostenute;",
    "di demandare al Responsabile dell’Area Amministrativa l’adozione dei conseguenti atti di "
    "impegno e liquidazione della spesa.",
]
for i, txt in enumerate(pts, 1):
    p = para("%d. %s" % (i, txt), align=J)
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)

para("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente "
     "deliberazione immediatamente eseguibile ai sensi dell’art. 1, comma 19, della L.R. "
     "11 dicembre 2003, n. 21, e successive modifiche, al fine di consentire l’avvio della "
     "manifestazione nei tempi previsti.", align=J, after=10)

para("PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000", bold=True, size=9.5, after=2)
para("Regolarità tecnica: parere FAVOREVOLE – Il Responsabile dell’Area Amministrativa, "
     "dott. Marco Sartor", size=9.5, after=1)
para("Regolarità contabile: parere FAVOREVOLE – Il Responsabile dell’Area Economico-Finanziaria, "
     "dott.ssa Cristina Bressan", size=9.5, after=10)

para("Letto, confermato e sottoscritto.", after=6)
t = doc.add_table(rows=3, cols=2)
rows = [("Il Presidente", "Il Segretario Comunale"),
        ("Loris Bortolussi", "dott.ssa Federica Tomasella"),
        ("(documento firmato digitalmente)", "(documento firmato digitalmente)")]
for r_i, (x, y) in enumerate(rows):
    for c_i, txt in enumerate((x, y)):
        c = t.rows[r_i].cells[c_i]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(txt)
        if r_i == 0: rr.bold = True
        if r_i == 2: rr.italic = True; rr.font.size = Pt(8)

doc.core_properties.title = "Deliberazione della Giunta Comunale n. 83 del 16/06/2027"
doc.core_properties.author = "Comune di Pasiano di Pordenone – Ascot Web Delibere"
doc.save(OUT)
