# -*- coding: utf-8 -*-
"""A3: Cassano d'Adda, Consiglio n. 4 - a .docx written with python-docx in
the house style (first-page letterhead table, running head from page 2,
foot with PAGE / NUMPAGES fields), exported to PDF by LibreOffice Writer.
The roll is a table in two side-by-side halves whose marks are SI / NO;
the title is letter-spaced with Word's character spacing."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import A3, it_date, words_date

a = A3
day, month = words_date(a["date"])
ref = "Deliberazione di Consiglio Comunale n. %d del %s" % (a["number"], it_date(a["date"]))
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(9)
sec.different_first_page_header_footer = True
st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def spacing(run, twips):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def field(par, code, size=7.5):
    r = par.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run(); r2.font.size = Pt(size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " %s " % code; r2._r.append(t)
    r3 = par.add_run(); r3.font.size = Pt(size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run("1"); r4.font.size = Pt(size)
    r5 = par.add_run(); r5.font.size = Pt(size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def borders(cell, sz=6, sides=("top", "left", "bottom", "right")):
    tcPr = cell._tc.get_or_add_tcPr()
    tb = OxmlElement("w:tcBorders")
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        tb.append(el)
    tcPr.append(tb)


def shade(cell, fill="E0E0E0"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def fix_widths(table, widths):
    """Word honours the grid; LibreOffice wants tblGrid, tblW and fixed layout."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblPr = tbl.tblPr
    tw = OxmlElement("w:tblW"); tw.set(qn("w:w"), str(sum(int(w / 635) for w in widths))); tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def bottom_rule(par, sz=12):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom"); b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
    bdr.append(b); pPr.append(bdr)


# first-page header: letterhead table
fh = sec.first_page_header
t = fh.add_table(rows=1, cols=2, width=Mm(166))
t.autofit = False
c0, c1 = t.rows[0].cells
fix_widths(t, [Mm(118), Mm(48)])
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI CASSANO D'ADDA"); r.bold = True; r.font.size = Pt(16)
p2 = c0.add_paragraph(); r = p2.add_run("Città Metropolitana di Milano"); r.font.size = Pt(10)
borders(c1, 8)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORIGINALE"); r.bold = True; r.font.size = Pt(9)
bottom_rule(p, 4)
p = c1.add_paragraph("Deliberazione N. %d" % a["number"])
p = c1.add_paragraph("del %s" % it_date(a["date"]))
fh.paragraphs[0].text = ""
bottom_rule(fh.add_paragraph(), 12)
# running head from page 2
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), alignment=2)
r = hp.add_run("Comune di Cassano d'Adda\t" + ref); r.font.size = Pt(8)
bottom_rule(hp, 4)
# foot on every page
for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(166), alignment=2)
    pPr = fp._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); tp = OxmlElement("w:top")
    tp.set(qn("w:val"), "single"); tp.set(qn("w:sz"), "4"); tp.set(qn("w:space"), "1"); tp.set(qn("w:color"), "000000")
    bdr.append(tp); pPr.append(bdr)
    r = fp.add_run("DM Atti - Delibere  |  %s\tPagina " % ref); r.font.size = Pt(7.5)
    field(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    field(fp, "NUMPAGES")

# body
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
r = p.add_run("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"); r.bold = True; r.font.size = Pt(11.5)
spacing(r, 44)
p = doc.add_paragraph()
r = p.add_run("Proposta n. %d del %s  -  Proponente: %s" % (a["proposal_number"], it_date(a["proposal_date"]),
                                                         a["proposing_office"]))
r.font.size = Pt(8.5)
p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(23)
p.paragraph_format.first_line_indent = Mm(-23)
p.paragraph_format.tab_stops.add_tab_stop(Mm(23))
r = p.add_run("OGGETTO:\t" + a["subject"]); r.bold = True
bottom_rule(p, 4)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
p = doc.add_paragraph("L'anno duemilaventisette, addì %s del mese di %s, alle ore %s, nella sala "
                      "consiliare del Palazzo Municipale, convocato dal Presidente con avvisi scritti "
                      "recapitati a norma di legge, si è riunito in sessione ordinaria e in seduta "
                      "pubblica di prima convocazione il Consiglio Comunale." % (day, month, a["time"]))
p.alignment = J
p = doc.add_paragraph("Fatto l'appello nominale risultano:"); p.alignment = J
roll = a["roll"]
half = 9
tbl = doc.add_table(rows=half + 1, cols=7)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(36), Mm(38), Mm(12), Mm(4), Mm(34), Mm(30), Mm(12)]
fix_widths(tbl, widths)
hdr = ["Cognome e Nome", "Carica", "Pres.", "", "Cognome e Nome", "Carica", "Pres."]
for i in range(half + 1):
    for j in range(7):
        cell = tbl.rows[i].cells[j]
        cell.width = widths[j]
        if j != 3:
            borders(cell, 4)
        cp = cell.paragraphs[0]
        cp.paragraph_format.space_after = Pt(0)
        if i == 0:
            txt = hdr[j]
            if j != 3:
                shade(cell)
        else:
            k = i - 1 if j < 3 else i - 1 + half
            txt = ""
            if j != 3 and k < len(roll):
                txt = roll[k][{0: 0, 1: 1, 2: 2, 4: 0, 5: 1, 6: 2}[j]]
        r = cp.add_run(txt); r.font.size = Pt(8.5)
        if i == 0:
            r.bold = True
        if j in (2, 6):
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
pres = sum(1 for x in roll if x[2] == "SI")
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
r = p.add_run("Presenti n. %d        Assenti n. %d" % (pres, len(roll) - pres)); r.bold = True
pr, se = a["president"], a["secretary"]
p = doc.add_paragraph("Presiede il %s %s %s. Assiste il %s %s %s, che provvede alla redazione del "
                      "presente verbale." % (pr["role"], pr["title"], pr["name"], se["role"],
                                             se["title"], se["name"]))
p.alignment = J
p = doc.add_paragraph("Il Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la "
                      "discussione sull'argomento in oggetto, iscritto al punto 2 dell'ordine del giorno.")
p.alignment = J
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
r = p.add_run("IL CONSIGLIO COMUNALE"); r.bold = True; spacing(r, 32)
for t in a["premessa"]:
    p = doc.add_paragraph(t); p.alignment = J
c = a["vote_counts"]
p = doc.add_paragraph("Con la seguente votazione, espressa per alzata di mano: Presenti n. %d; Votanti "
                      "n. %d; Voti favorevoli n. %d; Voti contrari n. %d (Bassi, Ferrario, Locatelli, "
                      "Zanaboni); Astenuti n. %d;" % (c["present"], c["voters"], c["in_favour"],
                                                     c["against"], c["abstained"]))
p.alignment = J
p.paragraph_format.keep_with_next = True
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.keep_with_next = True
r = p.add_run("DELIBERA"); r.bold = True; r.font.size = Pt(11); spacing(r, 90)
for i, t in enumerate(a["points"]):
    p = doc.add_paragraph()
    p.alignment = J
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(7))
    p.add_run("%d.\t%s" % (i + 1, t))
p = doc.add_paragraph("La presente deliberazione diverrà esecutiva ai sensi dell'art. 134, comma 3, "
                      "del D.Lgs. 18 agosto 2000, n. 267.")
p.alignment = J
p.paragraph_format.space_before = Pt(4)
p = doc.add_paragraph("Letto, confermato e sottoscritto.")
p.paragraph_format.space_before = Pt(10)
p.paragraph_format.keep_with_next = True
sig = doc.add_table(rows=2, cols=2)
fix_widths(sig, [Mm(83), Mm(83)])
for j, (role, name) in enumerate((("IL PRESIDENTE DEL CONSIGLIO", "%s %s" % (pr["title"], pr["name"])),
                                   ("IL SEGRETARIO GENERALE", "%s %s" % (se["title"], se["name"])))):
    cp = sig.rows[0].cells[j].paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cp.add_run(role); r.bold = True; r.font.size = Pt(9.5)
    cp = sig.rows[1].cells[j].paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp.add_run(name)
p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(8)
r = p.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che "
              "sostituisce il documento cartaceo e la firma autografa."); r.italic = True; r.font.size = Pt(8)
doc.core_properties.author = "Segreteria Generale"
doc.core_properties.title = "Deliberazione C.C. 4/2027"
doc.save(sys.argv[1])
