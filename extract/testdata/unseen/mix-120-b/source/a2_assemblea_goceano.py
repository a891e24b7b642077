#!/usr/bin/env python3
"""Unione dei Comuni del Goceano - Assemblea dell'Unione n. 14 del 26/08/2027.
A .docx written with python-docx (the office's Word model of the Halley
print), exported by LibreOffice. Letterhead in the first page's header, a
running head with the number on the following pages, page fields in the
footer, the roll of sixteen members in two side-by-side columns."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
NUM, DATA = "14", "26/08/2027"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
sec.header_distance = Mm(8)
sec.different_first_page_header_footer = True


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        v = kw.get(side)
        e.set(qn("w:val"), "single" if v else "nil")
        if v:
            e.set(qn("w:sz"), str(v)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def grid(table, widths):
    table.autofit = False
    g = table._tbl.tblGrid
    for gc, w in zip(g.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.mm * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def para(container, text="", bold=False, size=None, align=None, italic=False, after=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


# first page header: letterhead with the member Comuni at the right
fh = sec.first_page_header
t = fh.add_table(rows=1, cols=2, width=Mm(166))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(116), Mm(50)
p = c0.paragraphs[0]
r = p.add_run("UNIONE DEI COMUNI DEL GOCEANO"); r.bold = True; r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1f, 0x3a, 0x5f)
para(c0, "Provincia di Sassari", size=10, after=0)
para(c0, "Piazza Municipio \u2013 07011 Bono (SS) \u2013 tel. 079 790112", size=8.5, after=0)
para(c0, "protocollo@pec.unionegoceano.ss.it", size=8.5, after=0)
p = c1.paragraphs[0]; r = p.add_run("Comuni aderenti"); r.bold = True; r.font.size = Pt(8)
for com in ["Anela", "Benetutti", "Bono", "Bottidda", "Burgos", "Esporlatu", "Illorai", "Nule"]:
    para(c1, com, size=8, after=0)
grid(t, [Mm(116), Mm(50)])
borders(c0, bottom=8); borders(c1, bottom=8, left=4)
fh.paragraphs[0].text = ""

# running head on the following pages
hd = sec.header
p = hd.paragraphs[0]
r = p.add_run("Unione dei Comuni del Goceano \u2013 Deliberazione dell'Assemblea dell'Unione n. %s del %s" % (NUM, DATA))
r.font.size = Pt(8.5); r.italic = True
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

for ft in (sec.footer, sec.first_page_footer):
    p = ft.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Pag. "); r.font.size = Pt(8)
    r = p.add_run(); r.font.size = Pt(8); field(r, "PAGE")
    r = p.add_run(" di "); r.font.size = Pt(8)
    r = p.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

para(doc, "COPIA", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
para(doc, "VERBALE DI DELIBERAZIONE DELL'ASSEMBLEA DELL'UNIONE", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para(doc, "N. %s del %s" % (NUM, DATA), bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para(doc, "Seduta ordinaria \u2013 prima convocazione \u2013 seduta pubblica", size=9.5, italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
ot = doc.add_table(rows=1, cols=2)
ot.style = "Table Grid"
a, b = ot.rows[0].cells
grid(ot, [Mm(26), Mm(140)])
a.paragraphs[0].add_run("OGGETTO:").bold = True
b.paragraphs[0].add_run(
    "Variazione al bilancio di previsione finanziario 2027/2029 ai sensi dell'art. 175, comma 2, del "
    "D.Lgs. n. 267/2000 \u2013 Applicazione di quota dell'avanzo di amministrazione vincolato.").bold = True
para(doc, after=2)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
para(doc, "L'anno duemilaventisette, addì ventisei del mese di agosto, alle ore 18:00, nella sala consiliare "
     "del Comune di Bono, sede dell'Unione, a seguito di convocazione disposta con avviso prot. n. 2231 del "
     "19/08/2027, si è riunita l'Assemblea dell'Unione. Fatto l'appello nominale, risultano:", align=J)

roll = [("SANNA Giovanni Maria", "Bono", "Sindaco", True), ("MURA Antonella", "Benetutti", "Sindaco", True),
        ("DEIANA Paolo", "Anela", "Sindaco", True), ("FADDA Gian Luigi", "Bottidda", "Sindaco", True),
        ("CHESSA Maria Grazia", "Burgos", "Sindaco", False), ("SOLINAS Tonino", "Esporlatu", "Sindaco", True),
        ("PORCU Giuseppe", "Illorai", "Sindaco", True), ("CARTA Roberta", "Nule", "Sindaco", True),
        ("ARRU Francesco", "Anela", "Consigliere", True), ("MELONI Sara", "Benetutti", "Consigliere", True),
        ("FARINA Giovanni", "Bono", "Consigliere", False), ("PIRAS Angelo", "Bottidda", "Consigliere", True),
        ("MASIA Elena", "Burgos", "Consigliere", True), ("COSSU Mario", "Esporlatu", "Consigliere", False),
        ("SECHI Ilaria", "Illorai", "Consigliere", True), ("ZICCHEDDU Marco", "Nule", "Consigliere", True)]
rt = doc.add_table(rows=9, cols=9)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ["Componente", "Comune", "Carica", "P", "", "Componente", "Comune", "Carica", "P"]
widths = [Mm(36), Mm(18), Mm(20), Mm(9), Mm(3), Mm(36), Mm(18), Mm(20), Mm(9)]
for j, h in enumerate(heads):
    c = rt.rows[0].cells[j]; c.width = widths[j]
    if h:
        rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
        borders(c, bottom=6, top=6)
for i in range(8):
    for half in range(2):
        n, com, car, pres = roll[i + 8 * half]
        vals = [n, com, car, "SI" if pres else "NO"]
        for k, v in enumerate(vals):
            c = rt.rows[i + 1].cells[k + 5 * half]; c.width = widths[k + 5 * half]
            rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
            c.paragraphs[0].paragraph_format.space_after = Pt(0)
grid(rt, widths)
para(doc, "Presenti n. 13 \u2013 Assenti n. 3", bold=True, size=10, after=6)
para(doc, "Assume la presidenza il sig. Tonino Solinas, nella sua qualità di Presidente dell'Assemblea. "
     "Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il "
     "Segretario dell'Unione, dott.ssa Franca Satta. Il Presidente, riconosciuta la validità del numero "
     "legale degli intervenuti, dichiara aperta la discussione sull'argomento in oggetto.", align=J)
para(doc, "L'ASSEMBLEA DELL'UNIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for tx in [
    "Premesso che con deliberazione dell'Assemblea n. 3 del 28/03/2027 è stato approvato il bilancio di "
    "previsione finanziario 2027/2029 e con deliberazione n. 9 del 29/05/2027 il rendiconto della gestione "
    "2026, che evidenzia un avanzo vincolato di euro 96.480,00 derivante da trasferimenti regionali per il "
    "servizio di raccolta differenziata dei rifiuti;",
    "Considerato che l'Area Tecnica ha rappresentato la necessità di finanziare l'acquisto di due automezzi "
    "a vasca per la raccolta nei centri di Illorai ed Esporlatu e di incrementare lo stanziamento per i "
    "conferimenti all'impianto di Ozieri;",
    "Visto il prospetto della variazione predisposto dal Servizio Finanziario (allegato A) e il parere "
    "favorevole dell'Organo di revisione, verbale n. 12 del 20/08/2027 (allegato B);",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. "
    "267/2000;",
    "Udito l'intervento della consigliera Masia, che annuncia l'astensione propria e della consigliera "
    "Sechi in attesa del piano di riparto dei costi tra i Comuni;",
    "Con la seguente votazione, espressa per alzata di mano: Presenti n. 13 \u2013 Votanti n. 11 \u2013 "
    "Favorevoli n. 11 \u2013 Contrari n. 0 \u2013 Astenuti n. 2 (Masia, Sechi);"]:
    para(doc, tx, align=J)
para(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, tx in enumerate([
    "di approvare la variazione al bilancio di previsione finanziario 2027/2029, esercizio 2027, di "
    "competenza e di cassa, come dettagliata nel prospetto allegato A, applicando una quota di euro "
    "96.480,00 dell'avanzo di amministrazione vincolato;",
    "di dare atto che a seguito della variazione permangono gli equilibri di bilancio di cui all'art. 193 "
    "del D.Lgs. n. 267/2000 e il rispetto dei vincoli di finanza pubblica;",
    "di trasmettere il presente atto al Tesoriere dell'Unione ed ai Comuni aderenti."], 1):
    p = para(doc, "%d. %s" % (i, tx), align=J)
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
para(doc, "Successivamente, con separata votazione dal medesimo esito (favorevoli n. 11, astenuti n. 2), "
     "l'Assemblea dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
     "comma 4, del D.Lgs. n. 267/2000.", align=J)
para(doc, "Letto, confermato e sottoscritto.", after=10)
sg = doc.add_table(rows=2, cols=2)
for j, (a1, a2) in enumerate([("IL PRESIDENTE DELL'ASSEMBLEA", "F.to sig. Tonino Solinas"),
                              ("IL SEGRETARIO DELL'UNIONE", "F.to dott.ssa Franca Satta")]):
    sg.rows[0].cells[j].paragraphs[0].add_run(a1).bold = True
    sg.rows[1].cells[j].paragraphs[0].add_run(a2)
    for rr in (0, 1):
        sg.rows[rr].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(doc, after=8)
para(doc, "ATTESTATO DI PUBBLICAZIONE", bold=True, size=9.5)
para(doc, "La presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione dal 30/08/2027 per "
     "quindici giorni consecutivi. Copia conforme all'originale per uso amministrativo.", size=9.5, align=J)
para(doc, "Bono, 30/08/2027 \u2013 Il Segretario dell'Unione, dott.ssa Franca Satta", size=9.5)
doc.core_properties.author = "Unione Goceano - Segreteria"
doc.core_properties.title = "Delibera Assemblea 14-2027"
doc.save(OUT)
