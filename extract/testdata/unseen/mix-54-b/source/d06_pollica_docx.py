# Determinazione of Comune di Pollica (SA): a .docx built with python-docx (an "Elcos"-style Word template:
# header with crest caption and Settore, number and date in the heading sentence), converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = Cm(2.5); sec.right_margin = Cm(2); sec.top_margin = Cm(1.2); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(3)
def P(text="", bold=False, align=None, size=None, italic=False, container=None, after=None):
    p = (container or d).add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
h = sec.header
hp = h.paragraphs[0]; hp.text = "[Stemma del Comune]"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER; hp.runs[0].font.size = Pt(7)
P("COMUNE DI POLLICA", True, "c", 16, container=h, after=0)
P("Provincia di Salerno", False, "c", 10, italic=True, container=h, after=0)
P("Parco Nazionale del Cilento, Vallo di Diano e Alburni", False, "c", 8, container=h, after=0)
P("SETTORE II – ECONOMICO FINANZIARIO", True, "c", 11, container=h, after=2)
f = sec.footer
fp = P("Documento firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 (CAD) – Comune di Pollica, Piazza Municipio 1 – 84068 Pollica (SA)", False, "c", 7.5, container=f, after=0)
# page number field
fp2 = f.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("Pagina "); r.font.size = Pt(8)
r2 = fp2.add_run(); r2.font.size = Pt(8)
for t, v in (("begin", None), (None, "PAGE"), ("end", None)):
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = v; r2._r.append(e)
P("")
P("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE N. 143 DEL 13/04/2026", True, "c", 12.5)
P("(Registro Generale delle Determinazioni)", False, "c", 9, italic=True)
P("")
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(2.8); t.columns[1].width = Cm(13.7)
c0.width = Cm(2.8); c1.width = Cm(13.7)
grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
grid[0].set(qn("w:w"), str(int(2.8*567))); grid[1].set(qn("w:w"), str(int(13.7*567)))
c0.paragraphs[0].add_run("OGGETTO:").bold = True
c1.paragraphs[0].add_run("Impegno di spesa per la fornitura di materiale di cancelleria e carta per gli uffici comunali – anno 2026. Affidamento alla ditta Cartotecnica Cilentana s.r.l. – CIG B7A2C41D9E.").bold = True
P("")
P("IL RESPONSABILE DEL SETTORE II", True, "c")
for s in [
 "Visto il decreto sindacale n. 2 del 08/01/2026, con il quale è stata conferita al sottoscritto la responsabilità del Settore II – Economico Finanziario;",
 "Vista la deliberazione di Consiglio Comunale n. 7 del 31/03/2026, esecutiva, con la quale è stato approvato il bilancio di previsione 2026/2028;",
 "Rilevata la necessità di assicurare agli uffici comunali la fornitura di carta in risme, toner e materiale di cancelleria per l’anno 2026;",
 "Considerato che, a seguito di consultazione sul Mercato Elettronico della Pubblica Amministrazione, l’offerta più conveniente è risultata quella della ditta Cartotecnica Cilentana s.r.l., con sede in Vallo della Lucania (SA), per un importo di € 3.420,00 oltre IVA;",
 "Visti gli artt. 107, 151, comma 4, e 183 del D.Lgs. 18 agosto 2000, n. 267;",
]: P(s)
P("D E T E R M I N A", True, "c")
for i, s in enumerate([
 "la premessa costituisce parte integrante e sostanziale del presente provvedimento;",
 "di affidare alla ditta Cartotecnica Cilentana s.r.l. la fornitura di materiale di cancelleria e carta per gli uffici comunali per l’anno 2026, per l’importo di € 3.420,00 oltre IVA al 22%, pari a complessivi € 4.172,40;",
 "di impegnare la somma complessiva di € 4.172,40 sul capitolo 1043.02 “Acquisto beni di consumo – uffici” del bilancio 2026/2028, esercizio 2026;",
 "di dare atto che si procederà alla liquidazione su presentazione di regolare fattura elettronica, previa verifica della regolarità contributiva;",
 "di trasmettere copia della presente al Servizio Finanziario per il visto di regolarità contabile."], 1):
    P(f"{i}) {s}")
P("")
P("Pollica, 13/04/2026", False)
P("Il Responsabile del Settore II", False, "r", after=0)
P("Dott. Vincenzo Maiuri", True, "r", after=0)
P("(firmato digitalmente)", False, "r", 9, italic=True)
P("")
t2 = d.add_table(rows=2, cols=1); t2.style = "Table Grid"
t2.rows[0].cells[0].paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA").bold = True
t2.rows[1].cells[0].paragraphs[0].add_run("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile. Impegno n. 198/2026 – Cap. 1043.02. Pollica, 13/04/2026 – Il Responsabile del Servizio Finanziario, Dott. Vincenzo Maiuri").font.size = Pt(10)
d.core_properties.author = "Ufficio Ragioneria"; d.core_properties.title = "Determina 143/2026"
d.save(out)
