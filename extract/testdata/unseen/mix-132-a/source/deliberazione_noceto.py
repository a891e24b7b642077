#!/usr/bin/env python3
"""Comune di Noceto - Giunta deliberation in the house style imitated from a
Civilia Next print, written as the .docx its model produces (python-docx):
letterhead in the first page's header, a running head with the number on the
following pages, a grid of labels over values, the roll as a ruled table,
"Pag. X di Y" as fields. build.sh exports it with LibreOffice Writer."""
import sys, os, tempfile
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-noceto-civilianext.docx"
NUMLINE = "Comune di Noceto \u2013 Deliberazione della Giunta Comunale n. 112 del 09/08/2028"

tmp = tempfile.mkdtemp()
crest = os.path.join(tmp, "stemma.png")
im = Image.new("RGB", (180, 230), "white")
d = ImageDraw.Draw(im)
d.polygon([(0, 0), (180, 0), (180, 140), (140, 200), (90, 229), (40, 200), (0, 140)], fill=(20, 110, 60))
d.ellipse([55, 50, 125, 120], fill=(240, 200, 40))
d.rectangle([84, 110, 96, 185], fill=(110, 70, 30))
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(20), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(45), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(9)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def field(par, code, size=8):
    r = par.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    r2.font.size = Pt(size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r2._r.append(t)
    r3 = par.add_run()
    r3.font.size = Pt(size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


# first page header: the letterhead
fh = sec.first_page_header
ht = fh.add_table(rows=1, cols=3, width=Mm(170))
set_widths(ht, [Mm(22), Mm(108), Mm(40)])
c0, c1, c2 = ht.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(15))
p = c1.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI NOCETO"); r.bold = True; r.font.size = Pt(16)
q = c1.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
q.add_run("Provincia di Parma").font.size = Pt(10)
q = c1.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
q.add_run("Piazzale Adami, 1 \u2013 43015 Noceto (PR) \u2013 www.comune.noceto.pr.it").font.size = Pt(7.5)
q = c2.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rr = q.add_run("ORIGINALE"); rr.bold = True; rr.font.size = Pt(9)
q = c2.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
q.add_run("Codice Ente 034025").font.size = Pt(7)

# running head on the other pages
dh = sec.header.paragraphs[0]
dh.alignment = WD_ALIGN_PARAGRAPH.LEFT
rr = dh.add_run(NUMLINE); rr.italic = True; rr.font.size = Pt(8.5)

for ft in (sec.first_page_footer, sec.footer):
    fp = ft.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    x = fp.add_run("Pag. "); x.font.size = Pt(8)
    field(fp, "PAGE")
    x = fp.add_run(" di "); x.font.size = Pt(8)
    field(fp, "NUMPAGES")


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, italic=False):
    q = doc.add_paragraph()
    q.alignment = align
    if text:
        rr = q.add_run(text)
        rr.bold = bold
        rr.italic = italic
        if size:
            rr.font.size = Pt(size)
    if after is not None:
        q.paragraph_format.space_after = Pt(after)
    return q


para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=6)

g = doc.add_table(rows=2, cols=4)
g.style = "Table Grid"
set_widths(g, [Mm(25), Mm(30), Mm(45), Mm(70)])
labels = ["NUMERO", "DATA", "PROPOSTA", "SETTORE PROPONENTE"]
vals = ["112", "09/08/2028", "n. 128 del 03/08/2028", "Settore Servizi alla Persona"]
for i, (l, v) in enumerate(zip(labels, vals)):
    c = g.rows[0].cells[i]
    shade(c, "E6E6E6")
    rr = c.paragraphs[0].add_run(l); rr.font.size = Pt(7.5); rr.bold = True
    rr = g.rows[1].cells[i].paragraphs[0].add_run(v); rr.bold = True; rr.font.size = Pt(10.5)
para(after=2)

og = doc.add_table(rows=1, cols=2)
og.style = "Table Grid"
set_widths(og, [Mm(24), Mm(146)])
rr = og.rows[0].cells[0].paragraphs[0].add_run("OGGETTO:"); rr.bold = True
rr = og.rows[0].cells[1].paragraphs[0].add_run(
    "APPROVAZIONE DEL PIANO COMUNALE DEGLI INTERVENTI PER IL DIRITTO ALLO STUDIO \u2013 ANNO SCOLASTICO 2028/2029")
rr.bold = True
para(after=2)

para("L\u2019anno 2028 il giorno nove del mese di agosto alle ore 12:30 nella Residenza Municipale, convocata "
     "nei modi di legge, si è riunita la Giunta Comunale. Risultano:")

roll = [("BERTOLOTTI ANDREA", "Sindaco", "Presente"),
        ("GHIRARDI ELENA", "Vicesindaco", "Presente"),
        ("MAGNANI LUCA", "Assessore", "Presente"),
        ("FERRARI SILVIA", "Assessore", "Assente"),
        ("ZANICHELLI DAVIDE", "Assessore", "Presente"),
        ("BOCCHI GIULIA", "Assessore", "Presente")]
rt = doc.add_table(rows=1 + len(roll), cols=3)
rt.style = "Table Grid"
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(rt, [Mm(70), Mm(45), Mm(35)])
for i, h in enumerate(["Nominativo", "Carica", "Presenza"]):
    c = rt.rows[0].cells[i]
    shade(c, "E6E6E6")
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
for r_i, row in enumerate(roll, 1):
    for c_i, v in enumerate(row):
        p_ = rt.rows[r_i].cells[c_i].paragraphs[0]
        p_.paragraph_format.space_after = Pt(0)
        rr = p_.add_run(v); rr.font.size = Pt(10)
para("Presenti: 5 \u2013 Assenti: 1", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5, after=6)

para("Partecipa il Segretario Generale dott. Roberto Ugolotti, che provvede alla redazione del presente "
     "verbale.")
para("Assume la presidenza il Sindaco dott. Andrea Bertolotti il quale, constatata la legalità "
     "dell\u2019adunanza, dichiara aperta la seduta e invita la Giunta a deliberare sull\u2019oggetto sopra "
     "indicato.", after=8)

para("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t in [
    "Vista la Legge Regionale dell\u2019Emilia-Romagna 8 agosto 2001, n. 26, in materia di diritto allo studio "
    "ed all\u2019apprendimento per tutta la vita, e gli indirizzi regionali per il triennio 2027/2029;",
    "Richiamate la deliberazione del Consiglio Comunale n. 71 del 19/12/2027, di approvazione del bilancio "
    "di previsione finanziario 2028/2030, e la deliberazione della Giunta Comunale n. 4 del 11/01/2028, di "
    "approvazione del Piano Esecutivo di Gestione;",
    "Considerato che il Piano comunale degli interventi per il diritto allo studio comprende i servizi di "
    "trasporto scolastico, di refezione, di pre e post scuola, il sostegno educativo agli alunni con "
    "disabilità, i contributi alle istituzioni scolastiche per l\u2019ampliamento dell\u2019offerta formativa e "
    "la fornitura gratuita dei libri di testo agli alunni della scuola primaria;",
    "Visto il Piano predisposto dal Settore Servizi alla Persona, concordato con la Dirigenza "
    "dell\u2019Istituto Comprensivo di Noceto nell\u2019incontro del 24/07/2028, che prevede una spesa "
    "complessiva di \u20ac 186.400,00;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile del Settore Servizi alla Persona "
    "e di regolarità contabile del Responsabile del Settore Finanziario, espressi ai sensi dell\u2019art. 49 "
    "del D.Lgs. n. 267/2000;",
    "Con voti unanimi e favorevoli espressi nelle forme di legge;",
]:
    para(t)
para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for i, t in enumerate([
    "di approvare il Piano comunale degli interventi per il diritto allo studio per l\u2019anno scolastico "
    "2028/2029, allegato al presente atto quale parte integrante e sostanziale, che prevede una spesa "
    "complessiva di \u20ac 186.400,00;",
    "di dare atto che la spesa trova copertura negli stanziamenti della Missione 04 del bilancio di "
    "previsione 2028/2030, esercizi 2028 e 2029;",
    "di demandare al Responsabile del Settore Servizi alla Persona l\u2019adozione degli atti di gestione "
    "conseguenti, compresa l\u2019erogazione dei contributi all\u2019Istituto Comprensivo.",
], 1):
    q = para("%d.\t%s" % (i, t))
    q.paragraph_format.left_indent = Mm(8)
    q.paragraph_format.first_line_indent = Mm(-8)
para("Inoltre, con successiva votazione unanime favorevole, la Giunta Comunale dichiara la presente "
     "deliberazione immediatamente eseguibile, ai sensi dell\u2019art. 134, comma 4, del D.Lgs. n. 267/2000, "
     "per consentire l\u2019avvio dei servizi dall\u2019inizio dell\u2019anno scolastico.", after=14)

para("Letto, approvato e sottoscritto.", after=6)
sg = doc.add_table(rows=3, cols=2)
set_widths(sg, [Mm(85), Mm(85)])
for i, (a, b) in enumerate([("Il Sindaco", "Il Segretario Generale"),
                            ("dott. Andrea Bertolotti", "dott. Roberto Ugolotti"),
                            ("(sottoscritto digitalmente)", "(sottoscritto digitalmente)")]):
    for j, v in enumerate((a, b)):
        p_ = sg.rows[i].cells[j].paragraphs[0]
        p_.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p_.paragraph_format.space_after = Pt(0)
        rr = p_.add_run(v)
        if i == 0:
            rr.bold = True
        if i == 2:
            rr.italic = True; rr.font.size = Pt(8)

para(after=10)
para("Documento informatico sottoscritto con firma digitale ai sensi degli artt. 20 e 21 del D.Lgs. n. "
     "82/2005, che sostituisce il documento cartaceo e la firma autografa. Le firme e i pareri sono "
     "conservati nel sistema documentale dell\u2019Ente.", size=8, italic=True)

doc.core_properties.author = "Civilia Next \u2013 Atti"
doc.core_properties.title = "Delibera di Giunta n. 112 del 09/08/2028"
doc.save(OUT)
