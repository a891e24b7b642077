# Deliberazione della Giunta Comunale - Comune di Paupisi (BN). python-docx .docx (a Word template
# with the letterhead in the page header), exported to PDF by LibreOffice Writer.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
sec = d.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18); sec.header_distance = Mm(8)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.12
def P(text="", bold=False, align=None, size=None, after=None, italic=False, container=None):
    p = (container or d).add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
def RP(parts, align="j"):
    p = P(align=align)
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color); tcPr.append(s)
# header
h = sec.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI PAUPISI"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x7a, 0x12, 0x12)
P("Provincia di Benevento", align="c", size=10, after=0, container=h)
P("Piazza Vittorio Emanuele, 1 – 82030 Paupisi (BN) – Tel. 0824 872057", align="c", size=8.5, after=2, italic=True, container=h)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione G.C. n. 52 del 07/05/2026"); r.font.size = Pt(8)
P("ORIGINALE", bold=True, align="r", size=9, after=2)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, align="c", size=13, after=6)
t = d.add_table(rows=2, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("N.", True), ("52", False), ("Seduta del", True), ("07/05/2026", False)]
for i, (v, b) in enumerate(cells):
    c = t.cell(0, i); c.text = ""; rr = c.paragraphs[0].add_run(v); rr.bold = True if not b else True
    if b: shade(c, "E6E6E6")
m = t.cell(1, 0).merge(t.cell(1, 3)); m.text = ""
rr = m.paragraphs[0].add_run("OGGETTO: "); rr.bold = True
rr = m.paragraphs[0].add_run("Concessione di un contributo economico all’Istituto Comprensivo “Luigi Sodo” per le attività del Piano Estate 2026 rivolte agli alunni residenti. Indirizzi al Responsabile dell’Area Amministrativa."); rr.bold = True
P(after=2)
RP([("L’anno duemilaventisei, addì sette del mese di maggio, alle ore 13,15, nella sede comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:", False)])
rt = d.add_table(rows=1, cols=4); rt.style = "Table Grid"; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, v in enumerate(["Cognome e Nome", "Carica", "P", "A"]):
    c = rt.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(v).bold = True; shade(c, "E6E6E6")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
roll = [("PASSARIELLO Salvatore", "Sindaco", "X", ""), ("IANNOTTI Carmela", "Vice Sindaco", "X", ""),
        ("DE LUCIA Antonio", "Assessore", "", "X"), ("MARRO Giovanna", "Assessore esterno", "X", "")]
for row in roll:
    cs = rt.add_row().cells
    for i, v in enumerate(row):
        cs[i].text = v
        if i > 1: cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
rt.autofit = False
for i, w in enumerate((Mm(70), Mm(50), Mm(18), Mm(18))):
    rt.columns[i].width = w
    for cell in rt.columns[i].cells: cell.width = w
P("Presenti n. 3 – Assenti n. 1", bold=True, align="r", after=4)
RP([("Partecipa, con funzioni consultive, referenti, di assistenza e verbalizzazione, il Segretario Comunale ", False), ("Dott.ssa Rosaria Mazzone", True), (".", False)])
RP([("Il Sindaco ", False), ("Salvatore Passariello", True), (", riconosciuta la validità del numero legale degli intervenuti, assume la presidenza e invita la Giunta a deliberare sull’argomento in oggetto.", False)])
P("LA GIUNTA COMUNALE", bold=True, align="c")
for a, b in [("Premesso ", "che l’Istituto Comprensivo “Luigi Sodo”, con nota acquisita al prot. n. 1862 del 28/04/2026, ha presentato il progetto “Piano Estate 2026”, comprendente laboratori di musica, teatro, educazione ambientale e attività sportive per gli alunni della scuola primaria e secondaria di primo grado nel periodo dal 15 giugno al 17 luglio 2026;"),
             ("Considerato ", "che il progetto è rivolto prevalentemente agli alunni residenti nel Comune di Paupisi e costituisce un valido strumento di contrasto alla povertà educativa;"),
             ("Visto ", "il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 21 del 29/09/2014;"),
             ("Ritenuto ", "di concedere all’Istituto un contributo di € 2.500,00, a parziale copertura delle spese di trasporto e dei materiali;"),
             ("Visti ", "i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;")]:
    RP([(a, True), (b, False)])
P("Con voti unanimi favorevoli, espressi nei modi di legge,", align="j")
P("D E L I B E R A", bold=True, align="c")
for i, txt in enumerate(["di concedere all’Istituto Comprensivo “Luigi Sodo” un contributo economico di € 2.500,00 per la realizzazione del progetto “Piano Estate 2026”;",
                         "di demandare al Responsabile dell’Area Amministrativa l’adozione dell’impegno di spesa sul capitolo 1420 del bilancio 2026 e la successiva liquidazione, previa presentazione del rendiconto delle spese sostenute;",
                         "di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. n. 267/2000."], 1):
    p = P(align="j"); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d.\t" % i); p.add_run(txt)
RP([("Successivamente, la Giunta Comunale, con separata votazione unanime, dichiara il presente atto ", False), ("immediatamente eseguibile", True), (", ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", False)])
P(after=6)
st2 = d.add_table(rows=3, cols=2); st2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate([("IL SINDACO", "IL SEGRETARIO COMUNALE"), ("Salvatore Passariello", "Dott.ssa Rosaria Mazzone"), ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for j, v in enumerate((a, b)):
        c = st2.cell(i, j); c.text = ""; rr = c.paragraphs[0].add_run(v); rr.bold = i == 0; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 2: rr.font.size = Pt(8.5)
d.core_properties.author = "Segreteria Paupisi"; d.core_properties.title = "Delibera GC 52-2026"
d.save(sys.argv[1])
