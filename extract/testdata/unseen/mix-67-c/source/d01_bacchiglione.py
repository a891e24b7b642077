# Consorzio di Bonifica Bacchiglione (Padova, Veneto) - deliberazione del Consiglio di Amministrazione n. 58/2026.
# A Word model written with python-docx (header grid, roll with X marks in a P/A table, running head and
# "Pag. N di M" fields in the footer); build.sh converts it with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
sec.different_first_page_header_footer = True
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    r = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    r = par.add_run("1")
    r = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)

def cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor); tcPr.append(sh)

# first-page letterhead
hp = sec.first_page_header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("CONSORZIO DI BONIFICA BACCHIGLIONE\n"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
r = hp.add_run("Ente di diritto pubblico economico – L.R. Veneto 8 maggio 2009, n. 12\n"); r.italic = True; r.font.size = Pt(9)
r = hp.add_run("Sede legale in Padova"); r.font.size = Pt(8)
# running head on the other pages
hp2 = sec.header.paragraphs[0]; hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp2.add_run("Consorzio di Bonifica Bacchiglione – Deliberazione del C.d.A. n. 58 del 07/05/2026"); r.italic = True; r.font.size = Pt(8)
for ft in (sec.first_page_footer, sec.footer):
    fp = ft.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pag. "); r.font.size = Pt(8)
    field(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(8)
    field(fp, "NUMPAGES")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=4, italic=False, indent=None):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-indent)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

P("COPIA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, after=2)
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=6)

# header grid: labels over values
g = d.add_table(rows=2, cols=3); g.style = "Table Grid"; g.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (lab, val) in enumerate([("Deliberazione n.", "58"), ("Data", "07/05/2026"), ("Verbale di seduta n.", "9")]):
    c = g.cell(0, i); c.text = ""; rr = c.paragraphs[0].add_run(lab); rr.font.size = Pt(8); cell_shade(c, "DCE6F1")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = g.cell(1, i); c.text = ""; rr = c.paragraphs[0].add_run(val); rr.bold = True; rr.font.size = Pt(12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P("", after=4)

p = P(after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Lavori di manutenzione straordinaria e ripresa delle frane arginali dello scolo Maestro in Comune di Saonara – Approvazione del progetto esecutivo e determinazione a contrarre. CUP D57H26000410005."); r.bold = True

P("L'anno duemilaventisei, il giorno sette del mese di maggio, alle ore 16:30, nella sede consortile di Padova, "
  "a seguito di convocazione diramata dal Presidente con nota prot. n. 6120 del 30/04/2026, si è riunito il "
  "Consiglio di Amministrazione del Consorzio. Risultano:")

t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["Componente", "Carica", "Presente", "Assente"]
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(10); cell_shade(c, "DCE6F1")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
roll = [("FERRO Paolo", "Presidente", True), ("ZANON Giulia", "Vice Presidente", True),
        ("MENEGHETTI Luca", "Consigliere", True), ("BORTOLAMI Anna", "Consigliere", False),
        ("CAVINATO Sergio", "Consigliere – rappresentante dei Comuni", True)]
for name, role, pres in roll:
    cells = t.add_row().cells
    for i, v in enumerate([name, role, "X" if pres else "", "" if pres else "X"]):
        cells[i].text = ""; rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(10)
        if i >= 2: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
t.autofit = False
for i, w in enumerate((Cm(5.0), Cm(7.4), Cm(2.1), Cm(2.1))):
    t.columns[i].width = w
    for row in t.rows:
        row.cells[i].width = w
P("", after=2)
P("Assente giustificata la consigliera Bortolami. È presente il Revisore legale dott. Franco Bellin.", size=10)
P("Assume la presidenza il Presidente Paolo Ferro, il quale, constatato il numero legale degli intervenuti, "
  "dichiara aperta la seduta. Assume le funzioni di Segretario verbalizzante il Direttore Generale dott.ssa Elisa Pavan.")
P("IL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in [
 "PREMESSO che lo scolo Maestro, collettore principale del bacino omonimo in sinistra Bacchiglione, presenta nel tratto compreso tra via Vigonovese e la botte a sifone di Villatora diffusi fenomeni di franamento delle sponde, aggravati dagli eventi meteorici dell'autunno 2025;",
 "VISTO il programma triennale dei lavori pubblici 2026-2028, approvato con deliberazione dell'Assemblea consortile n. 14 del 18/12/2025, che prevede l'intervento per un importo complessivo di euro 480.000,00;",
 "VISTO il progetto esecutivo redatto dall'Area Tecnica consortile, datato aprile 2026, dell'importo complessivo di euro 480.000,00, di cui euro 356.200,00 per lavori a base d'asta, euro 9.800,00 per oneri della sicurezza ed euro 114.000,00 per somme a disposizione dell'Amministrazione;",
 "VISTO il rapporto conclusivo di verifica del progetto ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, sottoscritto in data 29/04/2026, e il relativo atto di validazione del Responsabile Unico del Progetto ing. Davide Schiavon;",
 "RITENUTO di procedere all'affidamento dei lavori mediante procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. n. 36/2023, con invito ad almeno cinque operatori economici;",
 "ACQUISITO il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e contabile;",
]:
    P(s)
P("Con voti unanimi favorevoli dei presenti, espressi in forma palese,", after=6)
P("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for i, s in enumerate([
 "di approvare il progetto esecutivo dei lavori di manutenzione straordinaria e ripresa delle frane arginali dello scolo Maestro in Comune di Saonara, dell'importo complessivo di euro 480.000,00, secondo il quadro economico riportato in premessa;",
 "di stabilire che l'affidamento dei lavori avvenga mediante procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. n. 36/2023, con il criterio del minor prezzo;",
 "di dare atto che la spesa trova copertura al capitolo 2.02.01.09 del bilancio di previsione 2026, finanziato con contributo regionale di cui al decreto n. 211 del 12/02/2026;",
 "di incaricare il Direttore Generale dell'adozione degli atti conseguenti.",
], 1):
    P(f"{i}) {s}", indent=0.7)
P("Con successiva e separata votazione unanime, il Consiglio di Amministrazione dichiara la presente deliberazione "
  "immediatamente eseguibile, stante l'urgenza di avviare i lavori prima della stagione irrigua.", after=14)
P("Letto, approvato e sottoscritto.", after=8)
s = d.add_table(rows=2, cols=2); s.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO VERBALIZZANTE"), ("f.to Paolo Ferro", "f.to dott.ssa Elisa Pavan")]):
    for j, v in enumerate((a, b)):
        c = s.cell(i, j); c.text = ""; rr = c.paragraphs[0].add_run(v); rr.bold = (i == 0); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P("", after=10)
P("CERTIFICATO DI PUBBLICAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10, after=2)
P("Si certifica che copia della presente deliberazione è pubblicata all'Albo on line del Consorzio dal 11/05/2026 "
  "per quindici giorni consecutivi (reg. pubbl. n. 287).  Il Direttore Generale – f.to dott.ssa Elisa Pavan", size=9)
d.core_properties.author = "segreteria"; d.core_properties.title = "CdA 58-2026 scolo Maestro"
d.save(sys.argv[1])
