#!/usr/bin/env python3
"""Consiglio Comunale di Frossasco, deliberazione n. 1/2029, Sicraweb-like print,
written as .docx with python-docx (LibreOffice Writer exports it to PDF).
usage: consiglio_frossasco_docx.py CREST.png OUT.docx"""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

crest, out = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def grid(table, widths):
    """LibreOffice follows w:tblGrid, not the cells' own widths: write both."""
    g = table._tbl.tblGrid
    for gc, w in zip(g.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def shade(cell, fill="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, cell=None, font=None, spacing=None):
    p = cell.paragraphs[0] if cell is not None and not cell.paragraphs[0].text and not cell.paragraphs[0].runs else (cell.add_paragraph() if cell is not None else doc.add_paragraph())
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if spacing:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)
    return p


def field(p, instr, size=7.5):
    r = p.add_run()
    r.font.size = Pt(size)
    r.font.name = "Liberation Sans"
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


# running foot: act reference left, page x of y right (tab)
fp = sec.footer.paragraphs[0]
fp.paragraph_format.tab_stops.add_tab_stop(Mm(172), alignment=2)
r = fp.add_run("Deliberazione C.C. n. 1 del 12/01/2029\t\tPag. ")
r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
field(fp, "NUMPAGES")

# letterhead
lh = doc.add_table(rows=1, cols=3)
lh.alignment = WD_TABLE_ALIGNMENT.CENTER
lh.autofit = False
for c, w in zip(lh.rows[0].cells, (Mm(24), Mm(118), Mm(30))):
    c.width = w
grid(lh, (Mm(24), Mm(118), Mm(30)))
lh.rows[0].cells[0].paragraphs[0].add_run().add_picture(crest, width=Mm(17))
c = lh.rows[0].cells[1]
para("COMUNE DI FROSSASCO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=17, after=0, cell=c, spacing=30)
para("CITTÀ METROPOLITANA DI TORINO", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, after=0, cell=c, spacing=12)
para("Piazza Donatori di Sangue n. 1 – 10060 Frossasco (TO)", align=WD_ALIGN_PARAGRAPH.CENTER, size=8.5, after=0, cell=c)
c = lh.rows[0].cells[2]
p = para("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=0, cell=c, font="Liberation Sans")
pb = OxmlElement("w:pBdr")
for side in ("top", "left", "bottom", "right"):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "3"); e.set(qn("w:color"), "000000")
    pb.append(e)
p._p.get_or_add_pPr().append(pb)
c.vertical_alignment = 1
rule = doc.add_paragraph()
pPr = rule._p.get_or_add_pPr()
pb = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "12"); bt.set(qn("w:color"), "000000")
pb.append(bt); pPr.append(pb)
rule.paragraph_format.space_after = Pt(8)

para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=0, font="Liberation Sans")
para("N. 1", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=2, font="Liberation Sans")
para("Adunanza straordinaria di prima convocazione – seduta pubblica", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, after=6)

og = doc.add_table(rows=1, cols=2)
og.autofit = False
og.rows[0].cells[0].width, og.rows[0].cells[1].width = Mm(29), Mm(143)
grid(og, (Mm(29), Mm(143)))
para("OGGETTO:", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, cell=og.rows[0].cells[0], after=0)
para("MODIFICA DEGLI ARTICOLI 5 E 9 DEL REGOLAMENTO COMUNALE PER IL SERVIZIO DI ILLUMINAZIONE VOTIVA NEL CIMITERO COMUNALE",
     bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, cell=og.rows[0].cells[1], after=0)
for cc in og.rows[0].cells:
    borders(cc)
para("", after=2)

para("L'anno DUEMILAVENTINOVE, addì DODICI del mese di GENNAIO, alle ore 20:45, nella sala consiliare del Palazzo Municipale, "
     "previa osservanza di tutte le formalità prescritte dalla vigente legge e dal regolamento del Consiglio, vennero oggi convocati "
     "a seduta i Consiglieri Comunali. All'appello risultano:")

members = [
    ("BERTONE Federico", "Sindaco", True), ("GALLO Simona", "Consigliere", True), ("PAUTASSO Marco", "Consigliere", True),
    ("MERLO Giovanni", "Consigliere", True), ("BOUNOUS Elena", "Consigliere", False), ("RIBOTTA Luca", "Consigliere", True),
    ("GAY Paola", "Consigliere", True), ("CASTAGNO Renato", "Consigliere", True), ("VOTTERO Alessia", "Consigliere", True),
    ("DEMATTEIS Sergio", "Consigliere", True), ("AVALIS Chiara", "Consigliere", False),
]
t = doc.add_table(rows=1, cols=5)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
widths = (Mm(10), Mm(62), Mm(36), Mm(22), Mm(22))
for cc, w, h in zip(t.rows[0].cells, widths, ("N.", "Cognome e Nome", "Carica", "Presente", "Assente")):
    cc.width = w
    para(h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if h not in ("Cognome e Nome", "Carica") else WD_ALIGN_PARAGRAPH.LEFT,
         size=9, after=0, cell=cc, font="Liberation Sans")
    borders(cc); shade(cc)
for i, (n, role, pres) in enumerate(members, 1):
    row = t.add_row().cells
    vals = (str(i), n, role, "X" if pres else "", "" if pres else "X")
    for j, (cc, w, v) in enumerate(zip(row, widths, vals)):
        cc.width = w
        para(v, align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER, size=10.5, after=0, cell=cc)
        borders(cc)
grid(t, widths)
para("Totale presenti: 9     Totale assenti: 2", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10, after=4)

para("Assiste all'adunanza il Segretario Comunale Dott.ssa Laura Chiabrando, la quale provvede alla redazione del presente verbale.")
para("Riconosciuto legale il numero degli intervenuti, il Sig. Federico Bertone, nella sua qualità di Sindaco, assume la presidenza "
     "e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, spacing=40)
for txt in [
    "Richiamato il Regolamento comunale per il servizio di illuminazione votiva nel cimitero comunale, approvato con deliberazione "
    "del Consiglio Comunale n. 14 del 29/04/2008 e successivamente modificato con deliberazione n. 22 del 30/07/2015;",
    "Considerato che la gestione del servizio è stata internalizzata a decorrere dal 1° gennaio 2029, a seguito della scadenza della "
    "concessione in essere, e che occorre pertanto adeguare le disposizioni relative alle modalità di pagamento del canone annuo "
    "(art. 5) e alla disdetta dell'utenza (art. 9);",
    "Vista la proposta di modifica predisposta dall'Area Tecnico-Manutentiva ed esaminata dalla Commissione consiliare per i "
    "regolamenti nella seduta del 20/12/2028;",
    "Udita la relazione del Sindaco e gli interventi dei Consiglieri Ribotta e Castagno, riportati nella registrazione audio della seduta "
    "conservata agli atti;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 18 agosto 2000, n. 267;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 8, favorevoli n. 6, contrari n. 2 (Ribotta, Gay), "
    "astenuti n. 1 (Castagno);",
]:
    para(txt)

para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, spacing=60)
for i, txt in enumerate([
    "di approvare le modifiche agli articoli 5 e 9 del Regolamento comunale per il servizio di illuminazione votiva nel cimitero "
    "comunale, nel testo riportato nell'allegato A, che forma parte integrante e sostanziale del presente atto;",
    "di dare atto che il canone annuo resta fissato nella misura stabilita dalla Giunta Comunale con la deliberazione di approvazione "
    "delle tariffe per l'anno 2029 e che la sua riscossione avverrà mediante avviso di pagamento PagoPA;",
    "di disporre che il Regolamento, nel testo coordinato con le modifiche approvate, sia pubblicato sul sito istituzionale nella sezione "
    "Amministrazione Trasparente.",
], 1):
    p = para("%d) %s" % (i, txt))
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)

para("La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla sua pubblicazione, ai sensi dell'art. 134, comma 3, "
     "del D.Lgs. 267/2000.", after=8)

para("Letto, confermato e sottoscritto.", after=6)
ft = doc.add_table(rows=1, cols=2)
for cc, lines in zip(ft.rows[0].cells, (("IL PRESIDENTE", "Federico Bertone"), ("IL SEGRETARIO COMUNALE", "Dott.ssa Laura Chiabrando"))):
    for k, l in enumerate(lines):
        para(l, align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5, after=0, cell=cc)
    p = para("(firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=0, cell=cc)
    p.runs[0].italic = True

doc.core_properties.author = "Sicraweb - Segreteria"
doc.core_properties.title = "Deliberazione C.C. n. 1 del 12/01/2029"
doc.save(out)
