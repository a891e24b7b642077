#!/usr/bin/env python3
"""Comune di Galbiate - Consiglio Comunale n. 41/2028, house style "ApKappa".
A .docx written with python-docx (the package's Word model: letterhead table
with a crest, a header grid, a roll in two side-by-side columns, running
head with the number on the following pages), converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "galbiate.docx"
CREST = OUT.replace(".docx", "-crest.png")

# a simple drawn crest (shield) as the Word model's picture
im = Image.new("RGB", (180, 220), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (170, 10), (170, 120), (90, 210), (10, 120)], outline=(20, 70, 40), width=6,
          fill=(232, 240, 232))
d.line([(10, 80), (170, 80)], fill=(20, 70, 40), width=4)
d.ellipse([(60, 100), (120, 160)], outline=(150, 30, 30), width=5)
im.save(CREST)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
sec.header_distance = Mm(8)
sec.footer_distance = Mm(8)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def set_cell_border(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:%s" % e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def shade(cell, color="DDE7DD"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def fix_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for cell in table.columns[i].cells:
            cell.width = w


def para(text="", bold=False, size=None, align=None, after=None, italic=False, cont=None):
    p = cont.add_paragraph() if cont is not None else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    r.font.size = Pt(7.5)


# --- first-page header: the letterhead table
fh = sec.first_page_header
tb = fh.add_table(rows=1, cols=2, width=Mm(170))
tb.columns[0].width = Mm(22)
c0, c1 = tb.rows[0].cells
c0.width, c1.width = Mm(22), Mm(148)
c0.paragraphs[0].add_run().add_picture(CREST, width=Mm(15))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI GALBIATE"); r.bold = True; r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x14, 0x46, 0x28)
p2 = c1.add_paragraph(); r = p2.add_run("Provincia di Lecco"); r.font.size = Pt(10.5)
p3 = c1.add_paragraph()
r = p3.add_run("Piazza Martiri della Liberazione, 7 - 23851 Galbiate (LC) - tel. 0341 241 411 - "
               "comune.galbiate@pec.regione.lombardia.it")
r.font.size = Pt(7.5)
fix_widths(tb, [Mm(22), Mm(148)])
fh.paragraphs[0].text = ""

# --- following pages: running head with the number
hh = sec.header
hp = hh.paragraphs[0]
r = hp.add_run("COMUNE DI GALBIATE - Deliberazione del Consiglio Comunale n. 41 del 10/10/2028")
r.italic = True; r.font.size = Pt(8)
pPr = hp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
bot.set(qn("w:val"), "single"); bot.set(qn("w:sz"), "4"); bot.set(qn("w:color"), "000000")
bdr.append(bot); pPr.append(bdr)

for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    r = fp.add_run("ApKappa - Atti Amministrativi - documento firmato digitalmente (D.Lgs. 82/2005)\t\tPag. ")
    r.font.size = Pt(7.5)
    add_field(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    add_field(fp, "NUMPAGES")

# --- body
para("ORIGINALE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=4)

g = doc.add_table(rows=2, cols=4)
g.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ["Deliberazione n.", "Data", "Seduta", "Proposta"]
vals = ["41", "10/10/2028", "Ordinaria - pubblica - 1ª convocazione",
        "n. 48 del 25/09/2028\nSettore Economico Finanziario"]
widths = [Mm(30), Mm(30), Mm(55), Mm(55)]
for i in range(4):
    hc, vc = g.rows[0].cells[i], g.rows[1].cells[i]
    hc.width = vc.width = widths[i]
    set_cell_border(hc); set_cell_border(vc); shade(hc)
    hc.paragraphs[0].text = ""
    rr = hc.paragraphs[0].add_run(heads[i]); rr.font.size = Pt(8); rr.bold = True
    lines = vals[i].split("\n")
    rr = vc.paragraphs[0].add_run(lines[0]); rr.bold = True; rr.font.size = Pt(10 if i < 2 else 8.5)
    for ln in lines[1:]:
        q = vc.add_paragraph(); q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(ln); rr.font.size = Pt(8.5)
fix_widths(g, widths)
para(after=2)

o = doc.add_table(rows=1, cols=2)
oc0, oc1 = o.rows[0].cells
oc0.width, oc1.width = Mm(25), Mm(145)
for c in (oc0, oc1):
    set_cell_border(c, 8)
rr = oc0.paragraphs[0].add_run("OGGETTO:"); rr.bold = True
rr = oc1.paragraphs[0].add_run(
    "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 19/09/2028 AVENTE AD OGGETTO "
    "«VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 (ART. 175, COMMA 4, "
    "D.LGS. N. 267/2000)»")
rr.bold = True
fix_widths(o, [Mm(25), Mm(145)])
para(after=2)

p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
runs(p, [("L’anno ", False), ("duemilaventotto", True), (" addì ", False), ("dieci", True),
         (" del mese di ", False), ("ottobre", True), (" alle ore ", False), ("20:45", True),
         (" nella Sala Consiliare del Palazzo Municipale, previa osservanza di tutte le formalità "
          "prescritte dalla vigente legge e dal regolamento del Consiglio Comunale, vennero oggi "
          "convocati a seduta i Consiglieri Comunali. All’appello risultano:", False)])

roll = [("BONFANTI Elena", "Sindaco", "P"), ("ROCCA Davide", "Consigliere", "P"),
        ("MAGNI Chiara", "Consigliere", "P"), ("CASTELNUOVO Luca", "Consigliere", "P"),
        ("PIROVANO Silvia", "Consigliere", "A"), ("VILLA Andrea", "Consigliere", "P"),
        ("GALLI Federico", "Consigliere", "P"), ("SALA Beatrice", "Consigliere", "P"),
        ("COLOMBO Matteo", "Consigliere", "P"), ("ROTA Giorgio", "Consigliere", "P"),
        ("PANZERI Laura", "Consigliere", "P"), ("VALSECCHI Paolo", "Consigliere", "P"),
        ("CORTI Simone", "Consigliere", "A")]
left, right = roll[:7], roll[7:]
rt = doc.add_table(rows=8, cols=7)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
cw = [Mm(42), Mm(24), Mm(10), Mm(6), Mm(42), Mm(24), Mm(10)]
hdr = ["Cognome e nome", "Carica", "P/A", "", "Cognome e nome", "Carica", "P/A"]
for i, cell in enumerate(rt.rows[0].cells):
    cell.width = cw[i]
    rr = cell.paragraphs[0].add_run(hdr[i]); rr.bold = True; rr.font.size = Pt(8.5)
    if i != 3:
        shade(cell); set_cell_border(cell)
for k in range(7):
    row = rt.rows[k + 1].cells
    for side, base in ((left, 0), (right, 4)):
        if k < len(side):
            n, c, pa = side[k]
            for j, v in enumerate((n, c, pa)):
                row[base + j].width = cw[base + j]
                rr = row[base + j].paragraphs[0].add_run(v); rr.font.size = Pt(9)
                if j == 2:
                    row[base + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_cell_border(row[base + j])
    row[3].width = cw[3]
fix_widths(rt, cw)
p = para(align=WD_ALIGN_PARAGRAPH.RIGHT, after=4)
runs(p, [("Presenti: ", False), ("11", True), ("   Assenti: ", False), ("2", True)])

para("Partecipa alla seduta l’Assessore esterno sig. Fabio Crippa, senza diritto di voto.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Assume la presidenza il Sindaco, sig.ra Elena Bonfanti, la quale, riconosciuta la validità "
     "dell’adunanza, dichiara aperta la seduta. Partecipa il Segretario Comunale, dott. Marco "
     "Invernizzi, che provvede alla redazione del presente verbale.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for parts in [
    [("Premesso ", True), ("che con deliberazione della Giunta Comunale n. 112 del 19/09/2028, adottata in via "
      "d’urgenza ai sensi dell’art. 175, comma 4, del D.Lgs. n. 267/2000, è stata approvata una variazione al "
      "bilancio di previsione finanziario 2028/2030 per far fronte alle maggiori spese per il servizio di "
      "trasporto scolastico e per la manutenzione straordinaria della copertura della palestra comunale di "
      "via Unione;", False)],
    [("Considerato ", True), ("che, ai sensi del citato art. 175, comma 4, le deliberazioni in materia di "
      "variazioni di bilancio adottate dall’organo esecutivo in via d’urgenza sono soggette a ratifica del "
      "Consiglio Comunale entro i sessanta giorni seguenti, a pena di decadenza;", False)],
    [("Udita ", True), ("la relazione dell’Assessore al Bilancio, sig. Fabio Crippa, e gli interventi dei "
      "Consiglieri riportati nella registrazione integrale della seduta, depositata agli atti;", False)],
    [("Visto ", True), ("il parere favorevole del Revisore dei Conti, dott. Alberto Ripamonti, reso con verbale "
      "n. 19 del 30/09/2028;", False)],
    [("Acquisiti ", True), ("i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Settore "
      "Economico Finanziario, ai sensi dell’art. 49 del D.Lgs. n. 267/2000;", False)],
    [("Con la seguente votazione, resa per alzata di mano: presenti n. 11, votanti n. 11, favorevoli n. 8, "
      "contrari n. 3 (Consiglieri Rota, Panzeri, Valsecchi), astenuti n. 0,", False)],
]:
    runs(para(align=WD_ALIGN_PARAGRAPH.JUSTIFY), parts)

para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for i, t in enumerate([
    "di ratificare, ai sensi dell’art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della Giunta "
    "Comunale n. 112 del 19/09/2028, avente ad oggetto «Variazione d’urgenza al bilancio di previsione "
    "finanziario 2028/2030», nel testo e con gli allegati ivi approvati;",
    "di dare atto che, a seguito della variazione ratificata, permangono gli equilibri generali di bilancio e "
    "il rispetto dei vincoli di finanza pubblica;",
    "di trasmettere copia della presente deliberazione al Tesoriere comunale per gli adempimenti di competenza.",
], 1):
    p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-6)
    p.add_run("%d)\t%s" % (i, t))

para("Successivamente, con voti favorevoli n. 8, contrari n. 3, astenuti n. 0, espressi per alzata di mano "
     "dai n. 11 Consiglieri presenti e votanti, il Consiglio Comunale dichiara la presente deliberazione "
     "immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("Letto, confermato e sottoscritto.", after=6)
s = doc.add_table(rows=3, cols=2)
for j, (a, b) in enumerate([("IL SINDACO", "IL SEGRETARIO COMUNALE"),
                             ("Elena Bonfanti", "dott. Marco Invernizzi"),
                             ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for k, v in enumerate((a, b)):
        c = s.rows[j].cells[k]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v)
        rr.font.size = Pt(9 if j < 2 else 7.5)
        rr.bold = j == 0
fix_widths(s, [Mm(85), Mm(85)])
doc.core_properties.title = "Deliberazione C.C. n. 41 del 10/10/2028"
doc.core_properties.author = "Comune di Galbiate - Segreteria"
doc.save(OUT)
