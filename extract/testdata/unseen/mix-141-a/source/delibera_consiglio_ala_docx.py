#!/usr/bin/env python3
"""Comune di Ala - verbale di deliberazione del Consiglio comunale n. 1/2029.
Sicraweb-like model exported to .docx (python-docx), converted by LibreOffice.
The roll is printed as lists in sentences (present / absent)."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(16), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def para(text="", bold=False, align=None, size=None, italic=False, after=None, before=None, container=None):
    p = (container or d).add_paragraph()
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


def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def cell_borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def shade(cell, fill="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    r.font.size = Pt(7.5)


# letterhead in the page header
h = sec.header
hp = h.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI ALA"); r.bold = True; r.font.size = Pt(18)
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("PROVINCIA DI TRENTO"); r.font.size = Pt(9.5)
hp3 = h.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("_" * 86); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

# running foot
fp = sec.footer.paragraphs[0]
r = fp.add_run("Deliberazione del Consiglio comunale n. 1 di data 12/01/2029 - pag. "); r.font.size = Pt(7.5)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5)
field(fp, "NUMPAGES")

para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=6)

t = d.add_table(rows=1, cols=6)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("Deliberazione n.", False), ("1", True), ("di data", False), ("12/01/2029", True), ("ore", False), ("20:00", True)]
widths = [Mm(30), Mm(20), Mm(18), Mm(52), Mm(14), Mm(36)]
for i, (v, b) in enumerate(vals):
    c = t.rows[0].cells[i]
    c.width = widths[i]
    c.paragraphs[0].paragraph_format.space_after = Pt(1)
    rr = c.paragraphs[0].add_run(v); rr.bold = b; rr.font.size = Pt(9.5); rr.font.name = "Liberation Sans"
    cell_borders(c)
    if not b:
        shade(c)
set_widths(t, widths)
para("Adunanza ordinaria di prima convocazione - seduta pubblica", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10, before=4, after=6)

SUBJECT = ("Approvazione della convenzione per la gestione in forma associata del servizio di custodia "
           "forestale tra i Comuni di Ala e Avio per il periodo 2029-2034.")
ot = d.add_table(rows=1, cols=2)
set_widths(ot, [Mm(26), Mm(144)])
c0, c1 = ot.rows[0].cells
rr = c0.paragraphs[0].add_run("OGGETTO:"); rr.bold = True
rr = c1.paragraphs[0].add_run(SUBJECT); rr.bold = True
for c in (c0, c1):
    cell_borders(c, 8)

para(before=6)
p = para(
    "L'anno duemilaventinove, il giorno dodici del mese di gennaio, alle ore 20:00, nella sala consiliare "
    "del Municipio, a seguito di convocazione disposta dal Presidente del Consiglio comunale con avvisi "
    "recapitati a ciascun consigliere nelle forme e nei termini di legge, si è riunito il Consiglio comunale.",
    align=WD_ALIGN_PARAGRAPH.JUSTIFY)

present = ["VICENTINI STEFANO (Sindaco)", "RAFFAELLI GIORGIO (Presidente)", "COSER ELENA", "MARTINELLI DAVIDE",
           "GASPEROTTI SARA", "TOMASI FRANCO", "BALDESSARINI IVANA", "CAVAZZANI MATTEO", "DEBIASI ROSANNA",
           "LORENZINI GIULIANO", "PETERLINI ALBERTO", "SCRINZI VALERIO", "TOLLER MARIA", "VALLE LORENZO",
           "CHEMELLI ANNALISA"]
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
runs(p, [("Risultano presenti i signori: ", True), (", ".join(present) + ".", False)])
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
runs(p, [("Risultano assenti giustificati i signori: ", True), ("BENEDETTI LUIGI, MANICA CHIARA.", False)])
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
runs(p, [("Risulta assente ingiustificato il signor: ", True), ("ZANDONAI PIETRO.", False)])
para("Consiglieri assegnati n. 18 - in carica n. 18 - presenti n. 15 - assenti n. 3.", size=9.5, italic=True)
para("Assiste il Segretario comunale dott.ssa Monica Azzolini.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Presiede la seduta il Presidente del Consiglio comunale sig. Giorgio Raffaelli, il quale, constatato il "
     "numero legale degli intervenuti, dichiara aperta la seduta e chiama a fungere da scrutatori i consiglieri "
     "Toller Maria e Valle Lorenzo.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for t_ in [
    "Premesso che i Comuni di Ala e Avio gestiscono da anni in forma associata il servizio di custodia forestale "
    "sul territorio dei rispettivi patrimoni silvo-pastorali, sulla base della convenzione in scadenza al "
    "31 dicembre 2028;",
    "vista la legge provinciale 23 maggio 2007, n. 11 e il relativo regolamento di attuazione in materia di "
    "custodia forestale;",
    "ritenuto opportuno rinnovare la gestione associata, confermando il Comune di Ala quale ente capofila e "
    "datore di lavoro dei custodi forestali, con ripartizione delle spese in proporzione alla superficie "
    "boscata di ciascun Comune, pari al 58,4 per cento per Ala e al 41,6 per cento per Avio;",
    "visto lo schema di convenzione composto da 14 articoli, condiviso con l'Amministrazione comunale di Avio "
    "e allegato alla presente deliberazione quale parte integrante e sostanziale;",
    "visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio "
    "2018, n. 2, e in particolare l'art. 49, comma 3, lettera c);",
    "acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile, espressi "
    "dai Responsabili dei servizi competenti ai sensi dell'art. 185 del Codice e allegati al presente atto;",
    "uditi gli interventi dei consiglieri, come riportati nel resoconto integrale della seduta;",
    "con voti favorevoli n. 11, contrari n. 1 (cons. Scrinzi), astenuti n. 3 (conss. Cavazzani, Debiasi e "
    "Peterlini), espressi per alzata di mano dai n. 15 consiglieri presenti, di cui n. 12 votanti, accertati "
    "e proclamati dal Presidente con l'assistenza degli scrutatori,",
]:
    para(t_, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6).paragraph_format.keep_with_next = True
for i, t_ in enumerate([
    "di approvare, per le motivazioni esposte in premessa, lo schema di convenzione per la gestione in forma "
    "associata del servizio di custodia forestale tra i Comuni di Ala e Avio per il periodo dal 1 gennaio 2029 "
    "al 31 dicembre 2034, composto da 14 articoli e allegato al presente atto;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportarvi le modifiche "
    "non sostanziali eventualmente necessarie;",
    "di dare atto che la spesa a carico del Comune di Ala, stimata in euro 48.500,00 annui, trova copertura "
    "alla missione 09, programma 05 del bilancio di previsione 2029-2031 e dei bilanci degli esercizi successivi.",
], 1):
    p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)
    p.add_run("%d)\t%s" % (i, t_))
para("Avverso la presente deliberazione sono ammessi opposizione alla Giunta comunale durante il periodo di "
     "pubblicazione, ai sensi dell'art. 183, comma 5, del Codice degli enti locali, ricorso giurisdizionale al "
     "T.R.G.A. di Trento entro 60 giorni ai sensi del D.Lgs. 2 luglio 2010, n. 104, ovvero, in alternativa, "
     "ricorso straordinario al Presidente della Repubblica entro 120 giorni ai sensi del D.P.R. 24 novembre "
     "1971, n. 1199.", size=9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)
para("Successivamente, con separata votazione, con voti favorevoli n. 13, contrari n. 0, astenuti n. 2, "
     "espressi per alzata di mano dai n. 15 consiglieri presenti, la presente deliberazione viene dichiarata "
     "immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali, al fine di "
     "garantire la continuità del servizio.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("Letto, confermato e sottoscritto.", before=10, after=8)
sg = d.add_table(rows=3, cols=2)
rows = [("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"), ("sig. Giorgio Raffaelli", "dott.ssa Monica Azzolini"),
        ("(firmato digitalmente)", "(firmato digitalmente)")]
for ri, (a, b) in enumerate(rows):
    for ci, v in enumerate((a, b)):
        c = sg.rows[ri].cells[ci]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v)
        rr.bold = ri == 0
        rr.font.size = Pt(8 if ri == 2 else 10.5)
        rr.italic = ri == 2

d.core_properties.title = "Deliberazione del Consiglio comunale n. 1/2029"
d.core_properties.author = "Segreteria generale"
d.save(OUT)
