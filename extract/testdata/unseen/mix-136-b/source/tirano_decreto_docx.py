#!/usr/bin/env python3
"""Comunità Montana Valtellina di Tirano -- decreto del Presidente typed on the
office's Word model (the Sicr@web letterhead pasted in the header), written
as .docx by python-docx and exported to PDF by LibreOffice (build.sh).

usage: tirano_decreto_docx.py OUT.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()


def widths(table, mms):
    tbl = table._tbl
    pr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); pr.append(lay)
    table.autofit = False
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def crest_png(path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (200, 260), "white")
    dr = ImageDraw.Draw(im)
    dr.polygon([(5, 5), (195, 5), (195, 160), (100, 255), (5, 160)], fill=(223, 231, 242),
               outline=(31, 61, 107), width=5)
    dr.polygon([(25, 170), (80, 60), (110, 110), (140, 40), (180, 170)], fill=(31, 61, 107))
    im.save(path)

sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def para(text="", bold=False, align=None, size=None, after=None, italic=False, caps=False):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if caps:
        r.font.all_caps = True
    if size:
        r.font.size = Pt(size)
    return p


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


# header: letterhead table (crest cell + name), as the Sicr@web model has it
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(22), Mm(144)
import os, tempfile
_png = os.path.join(tempfile.mkdtemp(), "stemma.png")
crest_png(_png)
c0.paragraphs[0].add_run().add_picture(_png, width=Mm(15))
widths(ht, [22, 144])
p1 = c1.paragraphs[0]
r1 = p1.add_run("COMUNITÀ MONTANA VALTELLINA DI TIRANO")
r1.bold = True; r1.font.size = Pt(14); r1.font.name = "Liberation Sans"
for line in ("Provincia di Sondrio",
             "Via Maurizio Quadrio, 13 – 23037 Tirano (SO) – tel. 0342 708511",
             "PEC: protocollo.cmtirano@cert.provincia.so.it"):
    q = c1.add_paragraph()
    q.paragraph_format.space_after = Pt(0)
    rr = q.add_run(line); rr.font.size = Pt(8.5); rr.font.name = "Liberation Sans"
hdr.paragraphs[0].text = ""

# footer: page n of N
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Decreto del Presidente n. 9 del 28/12/2028 – pag. ")
fr.font.size = Pt(8)
field(fp, "PAGE")
fr2 = fp.add_run(" di "); fr2.font.size = Pt(8)
field(fp, "NUMPAGES")

para("", after=2)
para("DECRETO DEL PRESIDENTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=0)
para("N. 9 DEL 28/12/2028", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=10)

t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
a, b = t.rows[0].cells
widths(t, [25, 141])
a.paragraphs[0].add_run("OGGETTO:").bold = True
b.paragraphs[0].add_run(
    "INDIVIDUAZIONE DEL RESPONSABILE DELL'AREA TECNICA E ATTRIBUZIONE DELL'INCARICO DI "
    "ELEVATA QUALIFICAZIONE PER L'ANNO 2029").bold = True
para("", after=4)
para("IL PRESIDENTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
for txt in [
    "VISTI gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
    "VISTO lo Statuto della Comunità Montana e in particolare l'art. 28, che attribuisce al "
    "Presidente la nomina dei responsabili degli uffici e dei servizi;",
    "VISTO il Regolamento sull'ordinamento degli uffici e dei servizi, approvato con "
    "deliberazione della Giunta Esecutiva n. 44 del 18/05/2023, e la disciplina delle elevate "
    "qualificazioni ivi contenuta;",
    "VISTO il CCNL del personale del comparto Funzioni Locali sottoscritto il 16 novembre 2022, "
    "artt. 16 e seguenti;",
    "RICHIAMATO il proprio decreto n. 1 del 08/01/2028, con il quale l'ing. Walter Pedrotti è "
    "stato individuato quale Responsabile dell'Area Tecnica fino al 31/12/2028;",
    "RITENUTO di confermare il medesimo incarico per l'anno 2029, in considerazione dei "
    "risultati conseguiti, come attestati dalla valutazione del Nucleo di valutazione del "
    "05/12/2028, e della continuità dei procedimenti in corso;",
]:
    para(txt, align=J)

para("DECRETA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
for i, txt in enumerate([
    "di individuare l'ing. Walter Pedrotti, funzionario tecnico a tempo indeterminato, quale "
    "Responsabile dell'Area Tecnica, con attribuzione dell'incarico di elevata qualificazione "
    "dal 01/01/2029 al 31/12/2029;",
    "di attribuire al medesimo le funzioni di cui all'art. 107 del D.Lgs. 267/2000 per i servizi "
    "dell'Area: lavori pubblici, patrimonio, foreste e viabilità agro-silvo-pastorale, "
    "protezione civile associata;",
    "di stabilire la retribuzione di posizione in € 12.500,00 annui lordi per tredici mensilità, "
    "oltre alla retribuzione di risultato secondo il sistema di valutazione vigente;",
    "di individuare quale sostituto, in caso di assenza o impedimento, il geom. Mirko Bonazzi;",
    "di notificare il presente decreto all'interessato e di pubblicarlo all'Albo on line e nella "
    "sezione \"Amministrazione trasparente\".",
], 1):
    p = para("%d) %s" % (i, txt), align=J)
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)

para("Tirano, 28/12/2028", after=14)
sig = d.add_table(rows=3, cols=2)
widths(sig, [83, 83])
for r, (l, rr) in enumerate([("", "IL PRESIDENTE"), ("", "avv. Elena Cioccarelli"),
                             ("", "(documento firmato digitalmente)")]):
    c = sig.rows[r].cells[1]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = c.paragraphs[0].add_run(rr)
    run.bold = (r == 0)
para("", after=8)
para("Per accettazione: ing. Walter Pedrotti ____________________", size=9, italic=True)
d.core_properties.author = "Segreteria – Comunità Montana Valtellina di Tirano"
d.core_properties.title = "Decreto del Presidente n. 9/2028"
d.save(out)
import shutil
shutil.rmtree(os.path.dirname(_png if "_png" in globals() else png), ignore_errors=True)
