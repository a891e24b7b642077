# Comune di Mercatello sul Metauro (PU) - decreto del Sindaco, written as a Word document (python-docx):
# letterhead and the decree's number in a table in the page header; date only in the closing line;
# page numbers as fields in the footer. build.sh converts it with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.15
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2), Cm(1.6), Cm(1.8)
sec.header_distance, sec.footer_distance = Cm(0.8), Cm(0.8)
def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor(*color)
    if font: r.font.name = font
    return r
def field(p, instr, size=8):
    for kind, txt in (("begin", None), ("instr", instr), ("sep", None), ("text", "1"), ("end", None)):
        r = p.add_run(); r.font.size = Pt(size)
        if kind == "instr":
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = instr; r._r.append(e)
        elif kind == "text": r.text = txt
        else:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), {"begin": "begin", "sep": "separate", "end": "end"}[kind]); r._r.append(e)
def borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for edge, val in kw.items():
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), val); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000"); b.append(e)
    tcPr.append(b)
# header: letterhead left, register cell right
hd = sec.header; hp = hd.paragraphs[0]
t = hd.add_table(rows=1, cols=2, width=Cm(16.3)); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(11.3); t.columns[1].width = Cm(5)
c0, c1 = t.rows[0].cells; c0.width = Cm(11.3); c1.width = Cm(5)
p = c0.paragraphs[0]; run(p, "COMUNE DI MERCATELLO SUL METAURO", bold=True, size=14, color=(0x1f, 0x3b, 0x5c))
p = c0.add_paragraph(); run(p, "Provincia di Pesaro e Urbino", italic=True, size=10)
p = c0.add_paragraph(); run(p, "Piazza Garibaldi, 5 – 61040 Mercatello sul Metauro (PU) – tel. 0722 89114", size=8, font="Arial")
borders(c1, top="single", left="single", bottom="single", right="single")
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, "DECRETO", bold=True, size=10, font="Arial")
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, "N. 2 / 2026", bold=True, size=13, font="Arial")
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, "Registro dei decreti sindacali", size=7.5, font="Arial")
hp2 = hd.add_paragraph(); hp2.paragraph_format.space_after = Pt(0)
pPr = hp2._p.get_or_add_pPr(); bd = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "1F3B5C")): e.set(qn(k), v)
bd.append(e); pPr.append(bd)
# footer with page fields
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run(fp, "Comune di Mercatello sul Metauro – Ufficio Segreteria        Pag. ", size=8, font="Arial"); field(fp, "PAGE"); run(fp, " di ", size=8, font="Arial"); field(fp, "NUMPAGES")
# body
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(14)
run(p, "DECRETO DEL SINDACO", bold=True, size=15)
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(12)
p.paragraph_format.left_indent = Cm(2.4); p.paragraph_format.first_line_indent = Cm(-2.4); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
run(p, "OGGETTO:\t", bold=True); run(p, "Nomina dei messi notificatori comunali per il triennio 2026-2028.", bold=True)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, "IL SINDACO", bold=True)
body = [
 "Premesso che con proprio decreto n. 1 del 4 gennaio 2023 erano stati nominati i messi notificatori comunali per il triennio 2023-2025, e che tali nomine sono scadute il 31 dicembre 2025;",
 "Visto l'art. 10 della Legge 3 agosto 1999, n. 265, che attribuisce ai messi comunali la notificazione degli atti delle pubbliche amministrazioni, e l'art. 1, commi 158 e seguenti, della Legge 27 dicembre 2006, n. 296, relativi ai messi notificatori per gli atti di accertamento e riscossione delle entrate;",
 "Dato atto che i dipendenti di seguito indicati hanno frequentato il corso di formazione e qualificazione organizzato dall'Unione Montana Alta Valle del Metauro e superato il relativo esame di idoneità, come da attestati acquisiti al protocollo n. 611 del 9 febbraio 2026;",
 "Visti l'art. 50 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
]
for s in body:
    p = doc.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(6); run(p, "D E C R E T A", bold=True)
pts = [
 "di nominare messi notificatori del Comune di Mercatello sul Metauro, per il triennio 2026-2028, i seguenti dipendenti: sig. Giovanni Ugolini, istruttore amministrativo, e sig.ra Federica Guerra, collaboratrice amministrativa, assegnati al Servizio Affari Generali;",
 "di stabilire che i messi notificatori svolgono le funzioni di notificazione degli atti dell'Amministrazione comunale e, su richiesta, degli atti di altre pubbliche amministrazioni, e provvedono alla tenuta del registro cronologico delle notificazioni;",
 "di dare atto che dalla presente nomina non derivano oneri aggiuntivi a carico del bilancio comunale;",
 "di disporre che il presente decreto sia notificato agli interessati, comunicato al Responsabile del Servizio Affari Generali e pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.",
]
for i, s in enumerate(pts, 1):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(0.9); p.paragraph_format.first_line_indent = Cm(-0.9)
    run(p, "%d)\t" % i); run(p, s)
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14); run(p, "Mercatello sul Metauro, lì 16 febbraio 2026")
for s, b in (("IL SINDACO", True), ("Fabio Santi", False), ("(firmato digitalmente)", False)):
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    run(p, s, bold=b, size=9 if s.startswith("(") else None, italic=s.startswith("("))
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(30)
run(p, "Per ricevuta e accettazione:  ______________________   ______________________", size=9)
doc.core_properties.title = "Decreto sindacale 2/2026"; doc.core_properties.author = "Segreteria"
doc.save(sys.argv[1])
