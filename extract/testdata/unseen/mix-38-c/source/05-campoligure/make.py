# Comune di Campo Ligure - determinazione n. 58/2026: a plain word-processor template (python-docx), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(4)

def p(text="", bold=False, size=None, align=None, italic=False, after=None):
    para = d.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: para.alignment = align
    if after is not None: para.paragraph_format.space_after = Pt(after)
    return para

def runs(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None):
    para = d.add_paragraph(); para.alignment = align
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    if indent is not None:
        para.paragraph_format.left_indent = Mm(indent); para.paragraph_format.first_line_indent = Mm(-indent)
    return para

# page footer with page field
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Campo Ligure – Determinazione n. 58 del 13/04/2026 – pagina "); r.font.size = Pt(8)
for kind, txt in (("begin", None), ("instr", "PAGE"), ("end", None)):
    rr = fp.add_run(); rr.font.size = Pt(8)
    if kind == "instr":
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; rr._r.append(it)
    else:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); rr._r.append(fc)

# letterhead
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width = Mm(25); c1.width = Mm(140)
c0.paragraphs[0].add_run("[stemma]").font.size = Pt(7)
a = c1.paragraphs[0]; ra = a.add_run("COMUNE DI CAMPO LIGURE"); ra.bold = True; ra.font.size = Pt(18); ra.font.color.rgb = RGBColor(0x1a, 0x3c, 0x6e)
b = c1.add_paragraph(); rb = b.add_run("Città Metropolitana di Genova"); rb.italic = True; rb.font.size = Pt(11)
c = c1.add_paragraph(); rc = c.add_run("Via della Giustizia, 1 – 16013 Campo Ligure (GE) – tel. 010 921003 – comune.campoligure@legalmail.it"); rc.font.size = Pt(8)
p("", after=2)
p("AREA AMMINISTRATIVA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p("Servizio Cultura, Turismo e Biblioteca", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
p("DETERMINAZIONE N. 58 DEL 13/04/2026", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
runs([("OGGETTO: ", True), ("Concessione di contributo all’Associazione “Amici della Filigrana” per l’organizzazione della Mostra Mercato della Filigrana 2026 – Impegno di spesa.", True)], indent=22)
p("", after=2)
p("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for lead, rest in [
    ("Premesso ", "che la lavorazione artigianale della filigrana d’argento costituisce elemento identitario della comunità di Campo Ligure e che l’Amministrazione comunale ne sostiene da anni la promozione anche attraverso la collaborazione con le associazioni locali;"),
    ("Vista ", "l’istanza presentata dall’Associazione “Amici della Filigrana”, acquisita al protocollo comunale n. 1893 del 17/03/2026, con la quale si chiede un contributo economico per l’organizzazione della Mostra Mercato della Filigrana, che si svolgerà nel centro storico nei giorni 5, 6 e 7 giugno 2026, corredata del programma e del piano finanziario dell’iniziativa;"),
    ("Richiamata ", "la deliberazione della Giunta Comunale n. 27 del 02/04/2026, con la quale è stato espresso indirizzo favorevole alla concessione di un contributo di € 4.500,00, ai sensi del vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici;"),
    ("Dato atto ", "che l’Associazione ha dichiarato di non perseguire fini di lucro e che il contributo non è soggetto alla ritenuta del 4% di cui all’art. 28 del D.P.R. 600/1973;"),
    ("Visti ", "il D.Lgs. 18 agosto 2000, n. 267, il bilancio di previsione 2026/2028 e il decreto sindacale n. 2 del 08/01/2026 di nomina del Responsabile dell’Area;"),
]:
    runs([(lead, True), (rest, False)])
p("DETERMINA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
for letter, txt in zip("abcd", [
    "di concedere all’Associazione “Amici della Filigrana”, con sede in Campo Ligure, C.F. 95031240108, un contributo di € 4.500,00 per l’organizzazione della Mostra Mercato della Filigrana 2026;",
    "di impegnare la spesa di € 4.500,00 alla Missione 5, Programma 2, capitolo 1570 “Contributi per manifestazioni culturali” del bilancio 2026/2028, esercizio 2026;",
    "di stabilire che il contributo sarà liquidato a presentazione del rendiconto delle spese sostenute, corredato della documentazione giustificativa, entro il 30/09/2026;",
    "di disporre la pubblicazione del presente provvedimento ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013."]):
    runs([("%s) " % letter, False), (txt, False)], indent=7)
p("", after=6)
p("Campo Ligure, 13/04/2026", after=6)
p("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
p("Dott.ssa Giulia Pastorino", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
p("(documento firmato digitalmente)", italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT, after=14)
box = d.add_table(rows=2, cols=1); box.style = "Table Grid"
box.rows[0].cells[0].paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE").bold = True
box.rows[1].cells[0].paragraphs[0].add_run("Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 219/2026. Campo Ligure, 14/04/2026 – Il Responsabile del Servizio Finanziario, Rag. Paola Oliveri").font.size = Pt(9)
d.core_properties.author = "ufficio.cultura"; d.core_properties.title = "Determinazione 58-2026"
d.save(sys.argv[1])
