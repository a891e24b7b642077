#!/usr/bin/env python3
"""Oleggio, house style "Civilia Next" as the Area Economico-Finanziaria types it in Word:
a .docx (python-docx) exported by LibreOffice Writer. Header table beside the crest with the
Area and Servizio, register numbers in a bordered grid, footer with the numbers and a PAGE field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT, CREST = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(15); sec.bottom_margin = Mm(20)
sec.header_distance = Mm(8); sec.footer_distance = Mm(8)
st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def borders(cell, sz=8):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000"); b.append(e)
    tcPr.append(b)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)

def set_widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for col, wd in zip(table.columns, widths):
        col.width = wd
    for row in table.rows:
        for cell, wd in zip(row.cells, widths):
            cell.width = wd

def para(container, text="", bold=False, size=None, align=None, italic=False, after=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)

# --- letterhead (in the body of page 1, as the office's model has it)
t = doc.add_table(rows=1, cols=3); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
w = [Mm(22), Mm(78), Mm(70)]
set_widths(t, w)
t.cell(0, 0).paragraphs[0].add_run().add_picture(CREST, width=Mm(16))
c = t.cell(0, 1); p = c.paragraphs[0]; r = p.add_run("COMUNE DI OLEGGIO"); r.bold = True; r.font.size = Pt(17); r.font.name = "Liberation Sans"
p = c.add_paragraph(); r = p.add_run("Provincia di Novara"); r.font.size = Pt(10); r.font.name = "Liberation Sans"
p = c.add_paragraph(); r = p.add_run("Via Novara, 5 - 28047 Oleggio (NO)"); r.font.size = Pt(8); r.font.name = "Liberation Sans"
c = t.cell(0, 2); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("AREA ECONOMICO-FINANZIARIA"); r.bold = True; r.font.size = Pt(10); r.font.name = "Liberation Sans"
p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run("Servizio Tributi"); r.font.size = Pt(9.5); r.font.name = "Liberation Sans"

p = para(doc, "", after=2)
pPr = p._p.get_or_add_pPr(); bd = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "12"); bt.set(qn("w:color"), "B3202A"); bd.append(bt); pPr.append(bd)

p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
r = p.add_run("DETERMINAZIONE"); r.bold = True; r.font.size = Pt(14); r.font.name = "Liberation Sans"
rpr = r._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "60"); rpr.append(sp)

g = doc.add_table(rows=2, cols=8); g.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [["Registro Generale N.", "431", "del", "15/05/2026", "Registro di Area N.", "29", "del", "14/05/2026"],
        ["Proposta N.", "118", "del", "13/05/2026", "Classificazione", "04.02", "Fasc.", "2026/3"]]
gw = [Mm(30), Mm(15), Mm(9), Mm(25), Mm(29), Mm(15), Mm(12), Mm(25)]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        cell = g.cell(i, j); cell.width = gw[j]
        pp = cell.paragraphs[0]; rr = pp.add_run(v); rr.font.name = "Liberation Sans"
        if j % 2:
            rr.bold = True; rr.font.size = Pt(10.5); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER; borders(cell)
        else:
            rr.font.size = Pt(7.5)
set_widths(g, gw)
para(doc, "", after=2)

s = doc.add_table(rows=1, cols=2); s.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(s, [Mm(25), Mm(145)])
for cc in s.rows[0].cells: borders(cc, 6); shade(cc, "F2F2F2")
rr = s.cell(0, 0).paragraphs[0].add_run("OGGETTO:"); rr.bold = True
pp = s.cell(0, 1).paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rr = pp.add_run("Rimborso di somme versate e non dovute a titolo di Imposta Municipale Propria (IMU) "
                "per le annualità 2023, 2024 e 2025 - Contribuenti diversi - Impegno e liquidazione della spesa")
rr.bold = True

para(doc, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6).paragraph_format.space_before = Pt(10)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
def prem(lead, rest):
    p = doc.add_paragraph(); p.alignment = J
    r = p.add_run(lead); r.bold = True; p.add_run(" " + rest)
prem("Visto", "il decreto del Sindaco n. 5 del 2 gennaio 2026, con il quale è stato conferito alla sottoscritta l'incarico "
     "di Elevata Qualificazione per l'Area Economico-Finanziaria;")
prem("Visto", "l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, ai sensi del quale il rimborso delle somme "
     "versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del "
     "versamento e l'ente provvede entro centottanta giorni dalla data di presentazione dell'istanza;")
prem("Esaminate", "le istanze di rimborso presentate dai contribuenti indicati nell'elenco allegato, conservato agli "
     "atti del Servizio Tributi e non pubblicato per ragioni di riservatezza, e verificato, a seguito dell'istruttoria "
     "condotta dall'Ufficio, che i versamenti eccedenti derivano da errori di calcolo dell'imposta e da immobili "
     "assimilati all'abitazione principale;")
prem("Accertato", "che l'importo complessivo da rimborsare ammonta a € 7.482,36, di cui € 6.910,00 a titolo di imposta "
     "e € 572,36 a titolo di interessi calcolati al tasso legale;")
prem("Richiamati", "il Regolamento comunale per l'applicazione dell'IMU approvato con deliberazione del Consiglio "
     "Comunale n. 18 del 29 giugno 2020 e il Bilancio di previsione 2026/2028;")
para(doc, "DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6).paragraph_format.space_before = Pt(6)
for n, txt in enumerate([
    "di disporre, per le motivazioni espresse in premessa, il rimborso delle somme versate e non dovute a titolo di "
    "IMU ai contribuenti indicati nell'elenco conservato agli atti, per l'importo complessivo di € 7.482,36;",
    "di impegnare e liquidare la spesa di € 7.482,36 alla Missione 01, Programma 04, capitolo 1480 \"Rimborsi di "
    "tributi comunali\" del bilancio 2026/2028, esercizio 2026;",
    "di trasmettere il presente atto al Servizio Ragioneria per l'emissione dei mandati di pagamento e di dare atto "
    "che lo stesso è pubblicato all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    p = doc.add_paragraph(); p.alignment = J
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
    p.add_run(f"{n})\t{txt}")
para(doc, "Oleggio, 15/05/2026").paragraph_format.space_before = Pt(8)
sig = doc.add_table(rows=1, cols=2); set_widths(sig, [Mm(70), Mm(100)])
c = sig.cell(0, 1)
for i, line in enumerate(["IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "dott.ssa Silvia Zanetta",
                          "(firmato digitalmente)"]):
    p = c.paragraphs[0] if i == 0 else c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(line); r.font.size = Pt(10 if i < 2 else 8)

fp = sec.footer.paragraphs[0]
fr = fp.add_run("Determinazione Area Economico-Finanziaria n. 29 - Reg. Gen. n. 431 del 15/05/2026 - Pag. ")
fr.font.size = Pt(8); field(fp, "PAGE")
for r in fp.runs: r.font.size = Pt(8)
doc.core_properties.title = "Determinazione n. 431/2026"; doc.core_properties.author = "Servizio Tributi"
doc.save(OUT)
