#!/usr/bin/env python3
"""ASST Pavia - Archiflow-like deliberazione del Direttore Generale as a Word document.

The whole act sits in a one-row, two-cell table: the narrow left cell is the
letterhead column (logo lines at the top; address and the Direzione strategica
lower down, beside the body), the wide
right cell the act; the row breaks across pages, so page 2 has an empty left
column.  The four signatures close the act as a 2x2 grid.  A page footer
carries the number.  LibreOffice exports it (build.sh).
Usage: docx_delib_asstpavia.py OUTDIR   (writes the .docx there)
"""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(sys.argv[1], "deliberazione-asstpavia-archiflow.docx")
NUM, DATA = "512", "24/06/2027"
SUBJECT = ("Approvazione dello schema di convenzione con l'Università degli Studi di Pavia per lo "
           "svolgimento del tirocinio professionalizzante degli studenti del Corso di Laurea in "
           "Infermieristica – anni accademici 2027/2028, 2028/2029 e 2029/2030.")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin, sec.right_margin = Cm(1.3), Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.8)
sec.footer_distance = Cm(0.8)


def para(container, text="", bold=False, size=None, align=None, color=None, after=None,
         italic=False, before=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    pr.append(b)


def cell_border(cell, side, sz=8, color="1F4E79"):
    tcPr = cell._tc.get_or_add_tcPr()
    bs = tcPr.find(qn("w:tcBorders"))
    if bs is None:
        bs = OxmlElement("w:tcBorders")
        tcPr.append(bs)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:color"), color)
    bs.append(e)


# footer with the number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("ASST Pavia – Deliberazione n. %s del %s – documento firmato digitalmente" % (NUM, DATA))
r.font.size = Pt(7.5)
r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

outer = doc.add_table(rows=1, cols=2)
outer.alignment = WD_TABLE_ALIGNMENT.CENTER
no_borders(outer)
outer.autofit = False
left, right = outer.rows[0].cells
left.width, right.width = Cm(4.4), Cm(13.5)
outer.columns[0].width, outer.columns[1].width = Cm(4.4), Cm(13.5)
cell_border(left, "right")

# ---- letterhead column
left.paragraphs[0].text = ""
para(left, "Sistema Socio Sanitario", size=7.5, after=0)
para(left, "Regione Lombardia", bold=True, size=9, after=6)
para(left, "ASST Pavia", bold=True, size=17, color="1F4E79", after=2)
for t in ["Azienda Socio Sanitaria", "Territoriale di Pavia"]:
    para(left, t, size=7.5, after=0)
# the address and the Direzione strategica stand low in the column, beside the text
para(left, "", after=0, before=175)
for t in ["Viale Repubblica, 34", "27100 Pavia", "Tel. 0382 4311", "protocollo@pec.asst-pavia.it",
          "C.F./P.IVA 02613080189"]:
    para(left, t, size=7, after=0)
para(left, "", after=10)
para(left, "DIREZIONE STRATEGICA", bold=True, size=7, after=3)
for role, name in [("Direttore Generale", "dott. Marco Ferrandi"),
                   ("Direttore Amministrativo", "dott.ssa Chiara Bertolotti"),
                   ("Direttore Sanitario", "dott. Alessandro Moroni"),
                   ("Direttore Sociosanitario", "dott.ssa Elena Vercesi")]:
    para(left, role, size=7, after=0, italic=True)
    para(left, name, size=7, after=4)

# ---- the act
right.paragraphs[0].text = ""
J = WD_ALIGN_PARAGRAPH.JUSTIFY
para(right, "DELIBERAZIONE DEL DIRETTORE GENERALE", bold=True, size=12, after=2)
p = para(right, "", after=8)
for t, b in [("N. ", False), (NUM, True), ("    DEL ", False), (DATA, True)]:
    rr = p.add_run(t)
    rr.bold = b
    rr.font.size = Pt(11)
para(right, "Struttura proponente: S.C. Affari Generali e Legali", size=9, after=0)
para(right, "Responsabile del procedimento: dott.ssa Francesca Bottazzi", size=9, after=10)
p = para(right, "", after=12, align=J)
rr = p.add_run("OGGETTO: ")
rr.bold = True
rr = p.add_run(SUBJECT)
rr.bold = True

para(right, "IL DIRETTORE GENERALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
body = [
    "nominato con deliberazione della Giunta Regionale n. XII/1624 del 21/12/2026;",
    "Premesso che l'art. 6, comma 3, del D.Lgs. 30 dicembre 1992, n. 502 prevede che la formazione "
    "del personale sanitario infermieristico avvenga in sede ospedaliera ovvero presso altre strutture "
    "del Servizio Sanitario Nazionale, sulla base di appositi protocolli d'intesa tra le Regioni e le "
    "Università;",
    "Richiamato il Protocollo d'intesa tra Regione Lombardia e Università degli Studi di Pavia per "
    "la formazione delle professioni sanitarie, approvato con D.G.R. n. XII/1180 del 07/10/2026;",
    "Dato atto che la convenzione in essere con l'Università degli Studi di Pavia per il tirocinio "
    "degli studenti del Corso di Laurea in Infermieristica, approvata con deliberazione n. 689 del "
    "29/07/2024, scade il 30 settembre 2027 e che l'Università, con nota del 03/05/2027, ha "
    "trasmesso il nuovo schema di convenzione per il triennio accademico 2027/2030;",
    "Vista l'istruttoria della S.C. Affari Generali e Legali, condivisa con la S.C. Direzione delle "
    "Professioni Sanitarie e Sociosanitarie, che ha verificato la disponibilità delle unità operative "
    "dei presidi ospedalieri di Pavia, Vigevano e Voghera ad accogliere fino a 240 studenti per anno "
    "accademico;",
    "Dato atto che il presente provvedimento non comporta oneri a carico del bilancio aziendale;",
    "Acquisiti i pareri del Direttore Amministrativo, del Direttore Sanitario e del Direttore "
    "Sociosanitario;",
]
for t in body:
    para(right, t, align=J)

para(right, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=8)
points = [
    "di approvare lo schema di convenzione con l'Università degli Studi di Pavia per lo "
    "svolgimento del tirocinio professionalizzante degli studenti del Corso di Laurea in "
    "Infermieristica per gli anni accademici 2027/2028, 2028/2029 e 2029/2030, allegato al "
    "presente provvedimento quale parte integrante e sostanziale;",
    "di dare mandato al Direttore Generale di sottoscrivere la convenzione con firma digitale;",
    "di individuare nella S.C. Direzione delle Professioni Sanitarie e Sociosanitarie la struttura "
    "referente per l'organizzazione dei tirocini;",
    "di dare atto che dal presente provvedimento non derivano oneri a carico del bilancio aziendale.",
]
for i, t in enumerate(points, 1):
    p = para(right, "%d)  %s" % (i, t), align=J)
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0.7)

para(right, "", after=6)
sig = right.add_table(rows=2, cols=2)
no_borders(sig)
for row in sig.rows:
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
for c in sig.columns:
    c.width = Cm(6.6)
    for cl in c.cells:
        cl.width = Cm(6.6)
cells = [("IL DIRETTORE AMMINISTRATIVO", "dott.ssa Chiara Bertolotti", "parere favorevole"),
         ("IL DIRETTORE SANITARIO", "dott. Alessandro Moroni", "parere favorevole"),
         ("IL DIRETTORE SOCIOSANITARIO", "dott.ssa Elena Vercesi", "parere favorevole"),
         ("IL DIRETTORE GENERALE", "dott. Marco Ferrandi", "")]
for k, (a, b, c) in enumerate(cells):
    cl = sig.rows[k // 2].cells[k % 2]
    cl.paragraphs[0].text = ""
    para(cl, a, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(cl, b, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if c:
        para(cl, c, size=8, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    else:
        para(cl, "(firmato digitalmente)", size=8, italic=True,
             align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

para(right, "", after=4)
para(right, "Il presente provvedimento è pubblicato all'Albo on line dell'Azienda dal 25/06/2027 "
     "per quindici giorni consecutivi. Allegati: n. 1 (schema di convenzione, pagine 9).",
     size=8, align=J)

doc.save(OUT)
