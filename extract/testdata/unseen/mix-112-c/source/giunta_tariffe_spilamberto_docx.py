#!/usr/bin/env python3
"""Comune di Spilamberto - Giunta Comunale n. 168 del 15/12/2026.

The Sicraweb house style again, this time as the Word model the Segreteria
keeps for the Giunta: header table (letterhead | number box) in the body of
page 1, a running head on every page with the number, "Pag. X di Y" as
fields, the roll in prose, the dispositivo in Word list numbering and a
table of tariffs. Written with python-docx, exported by LibreOffice.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-tariffe-spilamberto-sicraweb.docx"

SUBJECT = ("DETERMINAZIONE DELLE TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE PER L'ANNO 2027 "
           "E DEI RELATIVI TASSI DI COPERTURA DEI COSTI")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin = Mm(22)
sec.bottom_margin = Mm(20)
sec.header_distance = Mm(10)
sec.footer_distance = Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def field(run, code):
    """Insert a simple Word field (PAGE, NUMPAGES) into a run."""
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = " %s " % code
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def set_grid(table, widths_mm):
    """LibreOffice reads the column widths from w:tblGrid, not from the cells."""
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), kw.get(edge, "single"))
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


# running head and foot
hp = sec.header.paragraphs[0]
hp.text = ""
r = hp.add_run("Comune di Spilamberto - Delibera di Giunta Comunale n. 168 del 15/12/2026")
r.font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Pag. "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

# letterhead table
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
c0, c1 = t.rows[0].cells
set_grid(t, (108, 62))
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI SPILAMBERTO"); r.bold = True; r.font.size = Pt(15)
p = c0.add_paragraph(); r = p.add_run("Provincia di Modena"); r.font.size = Pt(10)
p = c0.add_paragraph(); r = p.add_run("Settore Affari Generali - Servizio Segreteria"); r.font.size = Pt(8)
cell_border(c1)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COPIA"); r.bold = True
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("DELIBERAZIONE DELLA\nGIUNTA COMUNALE"); r.bold = True
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("N. 168 del 15/12/2026"); r.bold = True; r.font.size = Pt(11)

doc.add_paragraph()
t = doc.add_table(rows=1, cols=2)
t.autofit = False
a, b = t.rows[0].cells
set_grid(t, (26, 144))
cell_border(a, left="nil", right="nil")
cell_border(b, left="nil", right="nil")
r = a.paragraphs[0].add_run("OGGETTO:"); r.bold = True
r = b.paragraphs[0].add_run(SUBJECT); r.bold = True

p = doc.add_paragraph()
r = p.add_run("Proposta di deliberazione n. 239 del 04/12/2026 - Settore proponente: Settore Servizi Finanziari")
r.font.size = Pt(8.5)


def para(text, bold_bits=(), align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = doc.add_paragraph()
    p.alignment = align
    rest = text
    for bb in bold_bits:
        i = rest.index(bb)
        p.add_run(rest[:i])
        rr = p.add_run(bb); rr.bold = True
        rest = rest[i + len(bb):]
    p.add_run(rest)
    return p


para("L'anno duemilaventisei (2026), addì quindici del mese di dicembre alle ore 12:15, nella Residenza Municipale, "
     "a seguito di regolare convocazione, si è riunita la Giunta Comunale.",
     bold_bits=("duemilaventisei", "quindici", "dicembre", "12:15"))
para("Sono presenti i signori: TAGLIAVINI Carlo, Sindaco; GIBELLINI Laura, Vicesindaco; ZANASI Marco, Assessore; "
     "CUOGHI Andrea, Assessore; FREGNI Silvia, Assessore.")
para("È assente giustificata: PEDERZOLI Elena, Assessore.")
para("Assiste il Segretario Generale dott.ssa Antonella Pellacani, incaricato della redazione del verbale.",
     bold_bits=("Segretario Generale dott.ssa Antonella Pellacani",))
para("Presiede il Sindaco Carlo Tagliavini, il quale, riconosciuta la validità dell'adunanza, invita la Giunta a "
     "deliberare sull'oggetto sopra indicato.", bold_bits=("Sindaco Carlo Tagliavini",))

h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("LA GIUNTA COMUNALE"); r.bold = True; r.font.size = Pt(11)
for x in [
    "Visto l'art. 172, comma 1, lettera c), del D.Lgs. 18 agosto 2000, n. 267, che annovera tra gli allegati al bilancio di "
    "previsione le deliberazioni con le quali sono determinati, per l'esercizio successivo, le tariffe per i servizi "
    "pubblici a domanda individuale e i tassi di copertura in percentuale del costo di gestione dei servizi stessi;",
    "Visto il decreto del Ministro dell'Interno 31 dicembre 1983, che individua le categorie dei servizi pubblici a domanda "
    "individuale;",
    "Dato atto che il Comune di Spilamberto non versa in condizioni strutturalmente deficitarie e non è pertanto tenuto al "
    "rispetto della copertura minima del 36% del costo complessivo dei servizi;",
    "Esaminati i prospetti dei costi e dei proventi predisposti dal Settore Servizi Finanziari sulla base dei dati di "
    "preconsuntivo 2026 e delle previsioni del bilancio 2027-2029;",
    "Ritenuto di aggiornare le tariffe del servizio di refezione scolastica in misura pari all'incremento del costo del pasto "
    "previsto dal contratto di appalto, confermando le tariffe degli altri servizi;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore Servizi Finanziari, "
    "ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti favorevoli n. 4 e astenuti n. 1 (Assessore Zanasi), espressi in forma palese dai n. 5 presenti,",
]:
    para(x)

h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("D E L I B E R A"); r.bold = True; r.font.size = Pt(11)

pts = [
    "di determinare per l'anno 2027 le tariffe dei servizi pubblici a domanda individuale nella misura indicata nella "
    "tabella seguente:",
    "di dare atto che il tasso complessivo di copertura dei costi dei servizi a domanda individuale per l'anno 2027 è "
    "previsto nella misura del 61,4%, come risulta dal prospetto allegato A);",
    "di confermare le agevolazioni tariffarie basate sull'indicatore ISEE previste dal vigente Regolamento per l'accesso "
    "ai servizi scolastici ed educativi;",
    "di allegare la presente deliberazione al bilancio di previsione 2027-2029, ai sensi dell'art. 172 del D.Lgs. 267/2000;",
    "di trasmettere copia del presente atto al Settore Servizi alla Persona e all'Unione Terre di Castelli per gli "
    "adempimenti di competenza.",
]
for i, x in enumerate(pts):
    p = doc.add_paragraph(x, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if i == 0:
        tt = doc.add_table(rows=1, cols=3)
        tt.style = "Table Grid"
        hdr = tt.rows[0].cells
        for c, s in zip(hdr, ("Servizio", "Unità di misura", "Tariffa 2027")):
            rr = c.paragraphs[0].add_run(s); rr.bold = True; rr.font.size = Pt(9)
        for row in [("Refezione scolastica (scuola primaria)", "a pasto", "€ 5,40"),
                    ("Nido d'infanzia comunale - tempo pieno", "mensile", "€ 455,00"),
                    ("Trasporto scolastico", "annuale", "€ 220,00"),
                    ("Pre e post scuola", "annuale", "€ 150,00"),
                    ("Uso sale comunali (Spazio Eventi L. Famigli)", "a giornata", "€ 120,00")]:
            cells = tt.add_row().cells
            for c, s in zip(cells, row):
                rr = c.paragraphs[0].add_run(s); rr.font.size = Pt(9)
        set_grid(tt, (95, 40, 35))
        doc.add_paragraph()

para("Successivamente, con voti unanimi favorevoli, la presente deliberazione è dichiarata immediatamente eseguibile, ai "
     "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, in considerazione della sua natura di allegato al bilancio di "
     "previsione 2027-2029.")

doc.add_paragraph("Letto, approvato e sottoscritto.")
t = doc.add_table(rows=3, cols=2)
for (i, j), s, bold in [((0, 0), "IL SINDACO", True), ((0, 1), "IL SEGRETARIO GENERALE", True),
                         ((1, 0), "Carlo Tagliavini", False), ((1, 1), "dott.ssa Antonella Pellacani", False),
                         ((2, 0), "(firmato digitalmente)", False), ((2, 1), "(firmato digitalmente)", False)]:
    p = t.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(s); rr.bold = bold

doc.core_properties.title = "Delibera G.C. n. 168 del 15/12/2026"
doc.core_properties.author = "Servizio Segreteria"
doc.save(OUT)
