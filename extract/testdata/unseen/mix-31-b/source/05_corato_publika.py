# Città di Corato - determinazione 298/2026 (Area IV, Servizio Pubblica Istruzione)
# A .docx written with python-docx in the manner of a bought Word template (label grid, shaded subject
# row, running head and page field), converted to PDF by LibreOffice (soffice --convert-to pdf).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1] if len(sys.argv) > 1 else "corato.docx"
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Carlito"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def field(par, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); f.append(rr)
    par._p.append(f)


def para(text, bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, italic=False, before=0, after=4, indent=None):
    p = d.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.left_indent = Cm(indent[0]); p.paragraph_format.first_line_indent = Cm(indent[1])
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


# running head and foot
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Città di Corato \u2013 Determinazione n. 298 del 09/03/2026"); r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 \u2013 Pag. "); r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

p = para("CITTÀ DI CORATO", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p.runs[0].font.color.rgb = RGBColor(0x7a, 0x12, 0x12)
para("Città Metropolitana di Bari", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, italic=True)
para("70033 Corato (BA) \u2013 Codice Ufficio IPA UF7R2K", size=8,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para("Area IV \u2013 Servizi Sociali, Pubblica Istruzione e Cultura", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Servizio Pubblica Istruzione", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

t = d.add_table(rows=3, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("DETERMINAZIONE DIRIGENZIALE", None), ("", None),
         ("Registro Generale", "N. 298 del 09/03/2026"), ("Registro di Area", "N. 41 del 06/03/2026"),
         ("Proposta", "N. 63 del 04/03/2026"), ("Esecutiva dal", "09/03/2026")]
t.cell(0, 0).merge(t.cell(0, 3))
c = t.cell(0, 0); c.text = ""; rr = c.paragraphs[0].add_run("DETERMINAZIONE DIRIGENZIALE"); rr.bold = True
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(c, "D9E2F3")
vals = [[("Registro Generale", "N. 298 del 09/03/2026")], [("Registro di Area", "N. 41 del 06/03/2026")]]
grid = [["Registro Generale", "N. 298 del 09/03/2026", "Registro di Area", "N. 41 del 06/03/2026"],
        ["Proposta", "N. 63 del 04/03/2026", "Esecutiva dal", "09/03/2026"]]
for i, row in enumerate(grid, 1):
    for j, v in enumerate(row):
        cc = t.cell(i, j); cc.text = ""
        rr = cc.paragraphs[0].add_run(v); rr.font.size = Pt(10); rr.bold = (j % 2 == 1)
        if j % 2 == 0:
            shade(cc, "F2F2F2")
d.add_paragraph().paragraph_format.space_after = Pt(2)

SUBJECT = ("Servizio di refezione scolastica a.s. 2025/2026 \u2013 Liquidazione fatture del mese di febbraio 2026 "
           "in favore della ditta Ristorazione Murgiana S.r.l. \u2013 CIG A03F5B12C9.")
s = d.add_table(rows=1, cols=2)
s.style = "Table Grid"
s.autofit = False
s.columns[0].width = Cm(2.6); s.columns[1].width = Cm(14)
s.cell(0, 0).width = Cm(2.6); s.cell(0, 1).width = Cm(14)
s.cell(0, 0).text = ""; rr = s.cell(0, 0).paragraphs[0].add_run("Oggetto"); rr.bold = True
shade(s.cell(0, 0), "D9E2F3")
s.cell(0, 1).text = ""; rr = s.cell(0, 1).paragraphs[0].add_run(SUBJECT); rr.bold = True
s.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("LA DIRIGENTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
for x in [
    "Premesso che, con determinazione dirigenziale n. 1021 del 29/08/2025, il servizio di refezione scolastica per le scuole "
    "dell\u2019infanzia e primarie statali per l\u2019a.s. 2025/2026 è stato affidato alla ditta Ristorazione Murgiana S.r.l., "
    "con sede in Altamura, per l\u2019importo di \u20ac 4,38 oltre IVA 4% per pasto (CIG A03F5B12C9);",
    "Viste le fatture elettroniche n. 212/PA e n. 213/PA del 02/03/2026, relative ai pasti erogati nel mese di febbraio 2026 "
    "(n. 18.640 pasti), per l\u2019importo complessivo di \u20ac 84.911,68 IVA compresa;",
    "Accertata la regolare esecuzione del servizio sulla base dei riepiloghi giornalieri vistati dai referenti scolastici e "
    "dalla Commissione mensa;",
    "Acquisito il DURC regolare, prot. INPS_49812260, con scadenza 24/06/2026, e verificato l\u2019adempimento di cui "
    "all\u2019art. 48-bis del D.P.R. 602/1973;",
    "Visto il decreto sindacale n. 3 del 15/01/2026 di conferimento dell\u2019incarico dirigenziale dell\u2019Area IV;",
    "Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    para(x)
para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=6)
for x in [
    "di liquidare in favore della ditta Ristorazione Murgiana S.r.l. la somma complessiva di \u20ac 84.911,68, di cui "
    "\u20ac 81.645,85 per imponibile ed \u20ac 3.265,83 per IVA da versare all\u2019Erario in regime di split payment;",
    "di imputare la spesa all\u2019impegno n. 2025/1488, capitolo 1388 \u201cServizio mensa scolastica\u201d, del bilancio "
    "2026/2028, esercizio 2026, gestione residui;",
    "di trasmettere il presente atto al Servizio Finanziario per l\u2019emissione del mandato di pagamento mediante bonifico "
    "sul conto corrente dedicato comunicato ai sensi della L. 136/2010;",
    "di dare atto dell\u2019assenza di conflitti di interesse, anche potenziali, ai sensi dell\u2019art. 6-bis della L. 241/1990.",
]:
    para("\u2013\t" + x, indent=(0.8, -0.6))

para("Corato, 09/03/2026", before=10, after=2)
for x, b in [("LA DIRIGENTE DELL\u2019AREA IV", True), ("Dott.ssa Rosa Tedone", False), ("(firmato digitalmente)", False)]:
    p = para(x, bold=b, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)

para("ATTESTAZIONE DI COPERTURA FINANZIARIA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=16, after=4, size=10)
para("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell\u2019art. 183, comma 7, del "
     "D.Lgs. 267/2000. Corato, 09/03/2026 \u2013 Il Dirigente dell\u2019Area II Finanziaria, Dott. Vito Lops", size=10)
para("PUBBLICAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=4, size=10)
para("La presente determinazione è pubblicata all\u2019Albo Pretorio on line dal 10/03/2026 al 25/03/2026 "
     "(n. 1187 del registro delle pubblicazioni).", size=10)
d.core_properties.author = "Servizio Pubblica Istruzione"
d.core_properties.title = "Determinazione dirigenziale"
d.save(out)
