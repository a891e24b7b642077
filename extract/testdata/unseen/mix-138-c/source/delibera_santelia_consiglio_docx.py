"""Sant'Elia Fiumerapido, Sicraweb-like minute of a deliberation of the
Commissario Straordinario adopted with the powers of the Consiglio Comunale:
a .docx written with python-docx (letterhead in the page header, a register
box at the top left, a one-row roll), exported by LibreOffice Writer."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(1.9)
sec.header_distance = Cm(0.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def borders(table, sz=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def para(text="", bold=False, align=None, size=None, italic=False, after=None, before=None):
    p = doc.add_paragraph()
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
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None):
    p = doc.add_paragraph()
    p.alignment = align
    for text, b in parts:
        r = p.add_run(text)
        r.bold = b
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.7)
    return p


# letterhead in the page header
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI SANT'ELIA FIUMERAPIDO")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x3D, 0x6B)
hp2 = hdr.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Provincia di Frosinone")
r.italic = True
r.font.size = Pt(10)
hp3 = hdr.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("_" * 78)
r.font.size = Pt(8)

# footer with page field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Delib. Comm. Str. (poteri C.C.) n. 2/2029 - pag. ")
r.font.size = Pt(8)
for kind, txt in (("begin", None), ("instr", "PAGE"), ("end", None)):
    run = fp.add_run()
    run.font.size = Pt(8)
    if kind == "instr":
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = txt
        run._r.append(it)
    else:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        run._r.append(fc)

# register box at top left + ORIGINALE at right
t = doc.add_table(rows=2, cols=3)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.LEFT
cells = t.rows[0].cells
cells[0].text = "Registro Deliberazioni"
cells[1].text = "N. 2"
cells[2].text = "ORIGINALE"
cells2 = t.rows[1].cells
cells2[0].text = "Data"
cells2[1].text = "12/01/2029"
cells2[2].text = ""
for c in (cells[0], cells2[0]):
    shade(c, "DCE3EE")
    for p in c.paragraphs:
        for rr in p.runs:
            rr.font.size = Pt(9)
for c in (cells[1], cells2[1]):
    for p in c.paragraphs:
        for rr in p.runs:
            rr.bold = True
for p in cells[2].paragraphs:
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for rr in p.runs:
        rr.bold = True
        rr.font.size = Pt(12)
cells[2].merge(cells2[2])
widths(t, [4.0, 3.2, 3.5])

para("", after=2)
para("VERBALE DI DELIBERAZIONE DEL COMMISSARIO STRAORDINARIO", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=0)
para("CON I POTERI DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=8)

ot = doc.add_table(rows=1, cols=2)
borders(ot, 8)
widths(ot, [2.6, 14.3])
ot.rows[0].cells[0].text = "OGGETTO:"
ot.rows[0].cells[0].paragraphs[0].runs[0].bold = True
c1 = ot.rows[0].cells[1]
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rr = c1.paragraphs[0].add_run(
    "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL "
    "GIUDICE DI PACE DI CASSINO N. 1184/2028, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), "
    "DEL D.LGS. N. 267/2000")
rr.bold = True

para("", after=2)
runs([("L'anno ", False), ("duemilaventinove", True), (", addì ", False), ("dodici", True),
      (" del mese di ", False), ("gennaio", True), (", alle ore ", False), ("10:30", True),
      (", nella Casa Comunale, si è riunito, nell'esercizio delle attribuzioni spettanti al Consiglio "
       "Comunale, il Commissario Straordinario, come di seguito:", False)])

rt = doc.add_table(rows=2, cols=3)
borders(rt, 4)
for i, h in enumerate(("Cognome e nome", "Carica", "Presente/Assente")):
    rt.rows[0].cells[i].text = h
    shade(rt.rows[0].cells[i], "DCE3EE")
    rt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rt.rows[0].cells[i].paragraphs[0].runs[0].font.size = Pt(10)
for i, v in enumerate(("COLASANTI Marina", "Commissario Straordinario", "P")):
    rt.rows[1].cells[i].text = v
    rt.rows[1].cells[i].paragraphs[0].runs[0].font.size = Pt(10)
rt.rows[1].cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(rt, [5.5, 6.0, 3.4])

para("", after=2)
runs([("Assume la presidenza la ", False), ("Dott.ssa Marina Colasanti", True),
      (", Commissario Straordinario, nominata con D.P.R. del 21 novembre 2028, con i poteri spettanti al "
       "Consiglio Comunale. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione, "
       "ai sensi dell'art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000, il ", False),
      ("Segretario Comunale Dott. Gianluca Petrucci", True), (".", False)])

para("IL COMMISSARIO STRAORDINARIO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for txt in (
    "VISTA la proposta di deliberazione n. 5 del 08/01/2029, predisposta dall'Area Amministrativa – Servizio "
    "Affari Generali e Contenzioso, avente ad oggetto quanto in epigrafe;",
    "PREMESSO che con sentenza n. 1184/2028, depositata il 4 dicembre 2028, il Giudice di Pace di Cassino ha "
    "condannato il Comune al risarcimento dei danni subiti da un privato cittadino a seguito di sinistro "
    "occorso su strada comunale in località Valleluce, oltre alle spese di lite, per complessivi € 3.846,20;",
    "RILEVATO che la spesa derivante da sentenza esecutiva costituisce debito fuori bilancio riconoscibile ai "
    "sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 e che il riconoscimento è atto dovuto, "
    "volto a evitare ulteriori oneri a carico dell'ente;",
    "ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, espresso con verbale n. 1 "
    "del 10/01/2029 ai sensi dell'art. 239, comma 1, lett. b), n. 6, del D.Lgs. n. 267/2000;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "n. 267/2000;",
):
    para(txt, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
for i, txt in enumerate((
    "di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del "
    "debito fuori bilancio di complessivi € 3.846,20 derivante dalla sentenza del Giudice di Pace di Cassino "
    "n. 1184/2028;",
    "di dare atto che alla copertura della spesa si provvede con imputazione alla Missione 1, Programma 11, "
    "del bilancio 2029, in esercizio provvisorio, trattandosi di spesa non frazionabile derivante da "
    "obbligo di legge;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di liquidazione conseguenti;",
    "di trasmettere il presente atto alla competente Procura regionale della Corte dei conti, ai sensi "
    "dell'art. 23, comma 5, della legge n. 289/2002.",
), start=1):
    runs([("%d) " % i, True), (txt, False)], indent=0.7)

para("Inoltre, stante l'urgenza di provvedere al pagamento entro i termini di legge, con i poteri del "
     "Consiglio Comunale, dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
     "comma 4, del D.Lgs. n. 267/2000.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)

para("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6)

ft = doc.add_table(rows=2, cols=2)
ft.rows[0].cells[0].text = "IL COMMISSARIO STRAORDINARIO"
ft.rows[0].cells[1].text = "IL SEGRETARIO COMUNALE"
ft.rows[1].cells[0].text = "Dott.ssa Marina Colasanti"
ft.rows[1].cells[1].text = "Dott. Gianluca Petrucci"
for row in ft.rows:
    for c in row.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c in ft.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True
para("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", italic=True, size=8,
     align=WD_ALIGN_PARAGRAPH.CENTER, before=6)

doc.save(out)
