# Camera di Commercio Riviere di Liguria - determinazione del Segretario Generale (python-docx -> LibreOffice).
# The body's name is printed only in the running foot; the header carries the act's heading.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.2)
d.core_properties.title = "Determinazione del Segretario Generale n. 147/2026"
d.core_properties.author = "Segreteria Generale"

hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Segreteria Generale – Atti del Segretario Generale"); r.font.size = Pt(8.5); r.italic = True
r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Camera di Commercio Industria Artigianato e Agricoltura Riviere di Liguria – Imperia La Spezia Savona\n")
r.font.size = Pt(8); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
r = fp.add_run("Sede legale: Via Quarda Superiore 16 – 17100 Savona – C.F. 01704270098 – PEC cciaa.rivlig@legalmail.it – pag. ")
r.font.size = Pt(8)
def field(par, code):
    run = par.add_run(); run.font.size = Pt(8)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = code
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(i); run._r.append(e)
field(fp, "PAGE")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=6, italic=False):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

P("DETERMINAZIONE DEL SEGRETARIO GENERALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=2)
P("N. 147 DEL 18 GIUGNO 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=12)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.autofit = False
for col, w in zip(t.columns, (Cm(2.6), Cm(13.8))):
    col.width = w
    for cell in col.cells: cell.width = w
t.cell(0, 0).paragraphs[0].add_run("OGGETTO").bold = True
t.cell(0, 1).paragraphs[0].add_run("Bando “Voucher Digitali I4.0 – Anno 2026”: approvazione della graduatoria delle domande ammesse e concessione dei contributi alle imprese del territorio.")
P(after=4)
P("IL SEGRETARIO GENERALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for txt in [
 "Vista la Legge 29 dicembre 1993, n. 580, come modificata dal D.Lgs. 25 novembre 2016, n. 219, e in particolare l'art. 18, comma 10, che consente l'incremento del diritto annuale per il finanziamento di progetti volti alla digitalizzazione delle imprese;",
 "Richiamata la deliberazione della Giunta camerale n. 31 del 24 febbraio 2026, con la quale è stato approvato il Bando “Voucher Digitali I4.0 – Anno 2026” con una dotazione di € 650.000,00;",
 "Preso atto che entro il termine del 30 aprile 2026 sono pervenute 214 domande, delle quali 187 sono risultate ammissibili all'esito dell'istruttoria condotta dall'Ufficio Promozione e Sviluppo delle Imprese, come da verbale del 12 giugno 2026;",
 "Verificata la regolarità contributiva delle imprese ammesse e l'assenza di cause ostative ai sensi del D.Lgs. 159/2011;",
 "Visto il budget direzionale 2026 assegnato con deliberazione della Giunta camerale n. 2 del 13 gennaio 2026;",
]:
    P(txt)
P("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, txt in enumerate([
 "di approvare la graduatoria delle 187 domande ammesse al Bando “Voucher Digitali I4.0 – Anno 2026”, riportata nell'allegato A, parte integrante del presente provvedimento;",
 "di approvare l'elenco delle 27 domande non ammesse, con le relative motivazioni, riportato nell'allegato B;",
 "di concedere alle imprese di cui all'allegato A i contributi ivi indicati, per complessivi € 648.720,00, imputando la spesa al conto 330000 “Interventi economici” del budget 2026;",
 "di disporre la pubblicazione del presente provvedimento all'Albo camerale on line e nella sezione “Amministrazione trasparente” ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
], 1):
    p = P(f"{i}. {txt}"); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
P(after=10)
P("Savona, 18 giugno 2026", align=WD_ALIGN_PARAGRAPH.LEFT, after=14)
P("IL SEGRETARIO GENERALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("dott.ssa Elena Parodi", align=WD_ALIGN_PARAGRAPH.RIGHT, italic=True, after=0)
P("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
d.save(out)
