# Comune di Budoni - Giunta comunale n. 47 del 05/05/2026.
# A Word (.docx) model written with python-docx, exported by LibreOffice Writer: header table with
# labels over the values, a roll table whose roles include "Vicesindaco" and "Assessore esterno",
# Word's own numbered list for the dispositive part, the act's number in the page header.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
st = d.styles["Normal"]
st.font.name = "Arial"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)

def widths(table, mm_list):
    """LibreOffice reads the grid (w:tblGrid), Word the cells: set both."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm_list):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mm_list): c.width = Mm(w)

def para(text="", bold=False, size=None, align=None, after=None, italic=False, color=None, container=None):
    p = (container or d).add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

# page header: the act's reference on every page
hp = sec.header.paragraphs[0]
hp.text = "Comune di Budoni – Deliberazione della Giunta Comunale n. 47 del 05/05/2026"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]
fp.text = "Piazza Giubileo 2000, 1 – 08020 Budoni – www.comune.budoni.ss.it"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs: r.font.size = Pt(7.5)

para("COMUNE DI BUDONI", True, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, color="1F4E79")
para("Provincia della Gallura Nord-Est Sardegna", False, 10, WD_ALIGN_PARAGRAPH.CENTER, 10)

# header grid: labels above values
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
labels = ["DELIBERAZIONE DELLA GIUNTA COMUNALE", "Numero", "Data"]
vals = ["COPIA", "47", "05/05/2026"]
for i, (l, v) in enumerate(zip(labels, vals)):
    c = t.rows[0].cells[i]; c.text = ""; shade(c, "D9E2F3")
    r = c.paragraphs[0].add_run(l); r.bold = True; r.font.size = Pt(9)
    c2 = t.rows[1].cells[i]; c2.text = ""
    r2 = c2.paragraphs[0].add_run(v); r2.font.size = Pt(11); r2.bold = i > 0
    for cc in (c, c2): cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(t, [110, 30, 30])
para("", after=2)
o = d.add_table(rows=1, cols=2); o.style = "Table Grid"
c0, c1 = o.rows[0].cells
c0.text = ""; shade(c0, "D9E2F3"); r = c0.paragraphs[0].add_run("Oggetto:"); r.bold = True
c1.text = ""; r = c1.paragraphs[0].add_run(
    "Approvazione del piano operativo del servizio di salvamento a mare per la stagione balneare 2026 e "
    "indirizzi al Responsabile dell'Area Vigilanza.")
r.bold = True
widths(o, [25, 145])
para("", after=2)

para("L'anno duemilaventisei, il giorno cinque del mese di maggio, alle ore 12:30, nella sala delle adunanze "
     "della Casa comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei "
     "Signori:", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

roll = [("PORCU Giuseppe", "Sindaco", True), ("SATTA Maria Grazia", "Vicesindaco", True),
        ("MULA Antonello", "Assessore", True), ("CAREDDU Salvatore", "Assessore", True),
        ("DEIANA Federica", "Assessore esterno", False)]
rt = d.add_table(rows=1, cols=4); rt.style = "Table Grid"; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["Cognome e nome", "Carica", "Presente", "Assente"]):
    c = rt.rows[0].cells[i]; c.text = ""; shade(c, "EDEDED")
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
for nm, role, pres in roll:
    cells = rt.add_row().cells
    for i, v in enumerate([nm, role, "X" if pres else "", "" if pres else "X"]):
        cells[i].text = v
        if i > 1: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cells = rt.add_row().cells
cells[1].text = "Totale"; cells[2].text = "4"; cells[3].text = "1"
for i in (1, 2, 3):
    cells[i].paragraphs[0].runs[0].bold = True
    if i > 1: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(rt, [60, 45, 25, 25])
para("", after=2)

for s in [
    "Presiede il Sindaco, Giuseppe Porcu. Partecipa con funzioni consultive, referenti e di assistenza il "
    "Segretario Comunale Dott.ssa Antonella Fresi, che cura la verbalizzazione.",
    "Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita i presenti a deliberare "
    "sull'argomento in oggetto.",
]:
    para(s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("LA GIUNTA COMUNALE", True, 11, WD_ALIGN_PARAGRAPH.CENTER, 4)
for s in [
    "Premesso che il litorale del Comune di Budoni si estende per circa 18 chilometri e comprende le spiagge "
    "di Cala Ottiolu, Porto Ottiolu, Budoni centro, Sa Capannizza, Li Cuncheddi e Tanaunella, frequentate "
    "nella stagione estiva da un numero elevato di bagnanti;",
    "Vista l'Ordinanza balneare della Regione Autonoma della Sardegna per l'anno 2026 e l'Ordinanza di "
    "sicurezza balneare della Capitaneria di Porto di Olbia, che pongono a carico dei Comuni il servizio di "
    "assistenza e salvamento nelle spiagge libere;",
    "Visto il piano operativo predisposto dall'Area Vigilanza, che prevede sei postazioni di salvamento "
    "attive dal 1° giugno al 15 settembre 2026, dalle ore 9:00 alle ore 19:00, con un assistente bagnanti "
    "per postazione e un mezzo nautico di soccorso;",
    "Dato atto che la spesa stimata di € 168.400,00 trova copertura sul capitolo 3120 del bilancio di "
    "previsione 2026-2028, annualità 2026, anche mediante il contributo regionale di cui alla L.R. 9/2026;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. "
    "267/2000;",
    "Con votazione unanime espressa in forma palese;",
]:
    para(s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("D E L I B E R A", True, 11, WD_ALIGN_PARAGRAPH.CENTER, 4)
for s in [
    "di approvare il piano operativo del servizio di salvamento a mare per la stagione balneare 2026, "
    "allegato alla presente deliberazione per farne parte integrante e sostanziale;",
    "di dare indirizzo al Responsabile dell'Area Vigilanza di procedere all'affidamento del servizio nel "
    "rispetto del D.Lgs. 36/2023, entro il termine utile ad assicurarne l'avvio al 1° giugno 2026;",
    "di stabilire che le postazioni siano segnalate con idonea cartellonistica bilingue e che il calendario "
    "del servizio sia pubblicato sul sito istituzionale dell'Ente;",
    "di trasmettere copia del presente atto alla Capitaneria di Porto di Olbia e al Comando di Polizia Locale.",
]:
    p = d.add_paragraph(s, style="List Number"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Infine la Giunta Comunale, con successiva e separata votazione unanime, dichiara il presente atto "
     "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Letto, approvato e sottoscritto.", after=8)
s = d.add_table(rows=2, cols=2)
for i, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"), ("F.to Giuseppe Porcu", "F.to Dott.ssa Antonella Fresi")]):
    for j, v in enumerate((a, b)):
        c = s.rows[i].cells[j]; c.text = v; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("", after=6)
para("È copia conforme all'originale, per uso amministrativo. Budoni, 05/05/2026", size=8.5, italic=True)
d.core_properties.title = "Delibera GC 47 del 05-05-2026"
d.core_properties.author = "segreteria"
d.save(out)
