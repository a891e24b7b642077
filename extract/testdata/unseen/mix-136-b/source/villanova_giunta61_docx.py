#!/usr/bin/env python3
"""Unione dei Comuni del Villanova -- deliberazione della Giunta dell'Unione
n. 61/2028 as Halley's Word model prints it: letterhead table, number and date
in a boxed row, the roll in two column groups side by side, justified text.
Written as .docx by python-docx, exported to PDF by LibreOffice (build.sh).

usage: villanova_giunta61_docx.py OUT.docx
"""
import os
import sys
import tempfile
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(18)
sec.footer_distance = Mm(8)
st = d.styles["Normal"]
st.font.name = "DejaVu Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Serif")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
J, C = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER


def widths(table, mms):
    tbl = table._tbl
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tbl.tblPr.append(lay)
    table.autofit = False
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def shade(cell, fill="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, bold=False, size=None, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text); r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def para(text="", bold_lead=None, align=J, bold=False, size=None, after=3):
    p = d.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
        text = text[len(bold_lead):]
    r = p.add_run(text); r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def crest_png(path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (200, 250), "white")
    dr = ImageDraw.Draw(im)
    dr.polygon([(5, 5), (195, 5), (195, 150), (100, 245), (5, 150)], fill=(243, 233, 200),
               outline=(107, 74, 31), width=6)
    dr.ellipse((60, 40, 140, 120), fill=(47, 107, 58))
    dr.rectangle((90, 115, 110, 190), fill=(107, 74, 31))
    im.save(path)


# letterhead
t = d.add_table(rows=1, cols=3)
widths(t, [22, 128, 20])
png = os.path.join(tempfile.mkdtemp(), "stemma.png")
crest_png(png)
t.rows[0].cells[0].paragraphs[0].add_run().add_picture(png, width=Mm(16))
c = t.rows[0].cells[1]
cell_text(c, "UNIONE DEI COMUNI DEL VILLANOVA", bold=True, size=13.5)
for line in ("Villanova Monteleone – Mara – Monteleone Rocca Doria – Padria – Romana",
             "Provincia di Sassari – Via Roma, 24 – 07019 Villanova Monteleone (SS)"):
    q = c.add_paragraph(); q.paragraph_format.space_after = Pt(0)
    q.add_run(line).font.size = Pt(9)
cell_text(t.rows[0].cells[2], "COPIA", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.RIGHT)

para("", after=2)
para("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", align=C, bold=True, size=12.5, after=4)
nd = d.add_table(rows=1, cols=2)
nd.style = "Table Grid"
widths(nd, [85, 85])
cell_text(nd.rows[0].cells[0], "N. 61", bold=True, size=11.5)
cell_text(nd.rows[0].cells[1], "del 27/12/2028", bold=True, size=11.5)
para("Proposta n. 71 del 20/12/2028 – Servizio proponente: Servizio Finanziario",
     align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5, after=4)
og = d.add_table(rows=1, cols=2)
widths(og, [22, 148])
cell_text(og.rows[0].cells[0], "Oggetto:", bold=True)
cell_text(og.rows[0].cells[1], "ESERCIZIO PROVVISORIO 2029 – ASSEGNAZIONE PROVVISORIA DELLE "
          "RISORSE FINANZIARIE AI RESPONSABILI DEI SERVIZI.", align=J)
para("", after=2)
para("L'anno duemilaventotto il giorno ventisette del mese di dicembre alle ore 13:00, nella "
     "sede dell'Unione in Villanova Monteleone, regolarmente convocata, si è riunita la Giunta "
     "dell'Unione con l'intervento dei Signori:")

roll = d.add_table(rows=4, cols=8)
roll.style = "Table Grid"
roll.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(roll, [45, 27, 6.5, 6.5, 45, 27, 6.5, 6.5])
H = ["Componente", "Carica", "P", "A"]
for i, h in enumerate(H + H):
    cell_text(roll.rows[0].cells[i], h, bold=True, size=8.5, align=C)
    shade(roll.rows[0].cells[i])
L = [("FOIS SALVATORE", "Presidente", True), ("CHESSA MARIA GRAZIA", "Vicepresidente", True),
     ("CANU PIETRO", "Componente", False)]
R = [("DETTORI ANTONELLO", "Componente", True), ("SPANU FRANCESCA", "Componente", True)]
for grp, off in ((L, 0), (R, 4)):
    for r, (n, ca, pr) in enumerate(grp, 1):
        cells = roll.rows[r].cells
        cell_text(cells[off], n, size=8)
        cell_text(cells[off + 1], ca, size=8)
        cell_text(cells[off + 2], "X" if pr else "", size=8.5, align=C)
        cell_text(cells[off + 3], "" if pr else "X", size=8.5, align=C)
para("Presenti: 4 – Assenti: 1", align=WD_ALIGN_PARAGRAPH.RIGHT, bold=True, size=9, after=4)

para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Segretario "
     "dell'Unione dott.ssa Paola Useli.")
para("Il sig. Salvatore Fois, nella sua qualità di Presidente dell'Unione, constatato il numero "
     "legale degli intervenuti, dichiara aperta la seduta e invita i presenti a deliberare "
     "sull'oggetto sopra indicato.")
para("LA GIUNTA DELL'UNIONE", align=C, bold=True, after=4)
for bl, txt in [
    ("Premesso", "Premesso che il bilancio di previsione 2029-2031 dell'Unione non potrà essere "
     "approvato entro il 31 dicembre 2028, essendo in corso la definizione dei trasferimenti "
     "dei Comuni aderenti per le funzioni conferite, e che pertanto dal 1° gennaio 2029 l'Ente "
     "opererà in esercizio provvisorio ai sensi dell'art. 163 del D.Lgs. 267/2000;"),
    ("Visto", "Visto il principio contabile applicato concernente la contabilità finanziaria "
     "(allegato 4/2 al D.Lgs. 118/2011), punto 8, che disciplina la gestione in esercizio "
     "provvisorio;"),
    ("Ritenuto", "Ritenuto necessario assegnare ai Responsabili dei Servizi, in via "
     "provvisoria e nelle more dell'approvazione del Piano Esecutivo di Gestione 2029-2031, le "
     "risorse finanziarie corrispondenti agli stanziamenti del secondo esercizio del bilancio "
     "2028-2030, nei limiti dei dodicesimi;"),
    ("Preso atto", "Preso atto che il componente Dettori dichiara di astenersi, ritenendo "
     "opportuna una preventiva verifica con i Comuni sulle quote di trasferimento;"),
    ("Acquisiti", "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del "
     "Responsabile del Servizio Finanziario, ai sensi dell'art. 49 del D.Lgs. 267/2000;"),
]:
    para(txt, bold_lead=bl)
para("Con voti favorevoli n. 3, contrari n. 0, astenuti n. 1 (Dettori), espressi in forma palese;")
para("DELIBERA", align=C, bold=True, after=4)
for i, txt in enumerate([
    "Di assegnare in via provvisoria ai Responsabili dei Servizi, per l'esercizio provvisorio "
    "2029, le risorse finanziarie corrispondenti agli stanziamenti dell'annualità 2029 del "
    "bilancio 2028-2030, secondo il prospetto allegato sotto la lettera A);",
    "Di dare atto che gli impegni di spesa potranno essere assunti esclusivamente nei limiti "
    "previsti dall'art. 163, commi 3 e 5, del D.Lgs. 267/2000;",
    "Di trasmettere il presente atto ai Responsabili dei Servizi e al Revisore dei conti.",
], 1):
    p = para("%d) %s" % (i, txt))
    p.paragraph_format.left_indent = Mm(6)
    p.paragraph_format.first_line_indent = Mm(-6)
para("Con successiva votazione, con voti favorevoli n. 3 e astenuti n. 1, la presente "
     "deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
     "del D.Lgs. 18 agosto 2000, n. 267.")

pr = d.add_table(rows=3, cols=1)
pr.style = "Table Grid"
widths(pr, [170])
cell_text(pr.rows[0].cells[0], "PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000",
          bold=True, size=8.5)
cell_text(pr.rows[1].cells[0], "Parere di regolarità tecnica: Favorevole – Data 20/12/2028 – "
          "Il Responsabile del Servizio Finanziario f.to dott. Mario Carta", size=8.5)
cell_text(pr.rows[2].cells[0], "Parere di regolarità contabile: Favorevole – Data 20/12/2028 – "
          "Il Responsabile del Servizio Finanziario f.to dott. Mario Carta", size=8.5)
para("", after=6)
para("Letto, approvato e sottoscritto.", align=WD_ALIGN_PARAGRAPH.LEFT)
sg = d.add_table(rows=2, cols=2)
widths(sg, [85, 85])
cell_text(sg.rows[0].cells[0], "IL PRESIDENTE", bold=True, align=C)
cell_text(sg.rows[0].cells[1], "IL SEGRETARIO", bold=True, align=C)
cell_text(sg.rows[1].cells[0], "f.to Salvatore Fois", align=C)
cell_text(sg.rows[1].cells[1], "f.to dott.ssa Paola Useli", align=C)

fp = sec.footer.paragraphs[0]
fp.alignment = C
fr = fp.add_run("Unione dei Comuni del Villanova – Deliberazione della Giunta n. 61 del 27/12/2028")
fr.font.size = Pt(7.5)
d.core_properties.author = "Halley"
d.core_properties.title = "Deliberazione G.U. n. 61/2028"
d.save(out)
import shutil
shutil.rmtree(os.path.dirname(_png if "_png" in globals() else png), ignore_errors=True)
