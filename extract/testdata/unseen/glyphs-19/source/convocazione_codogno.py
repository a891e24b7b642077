"""Comune di Codogno - convocazione del Consiglio Comunale (17/03/2026), made
as a Word-template .docx (python-docx) and exported to PDF by LibreOffice
Writer (soffice --convert-to pdf):
  * Carlito (Calibri-metric) TrueType subsets through Identity-H, ToUnicode;
  * HarfBuzz fi/ffi/fl ligatures, which Writer keeps in the PDF as ligature
    glyphs mapped back to two or three letters;
  * justified paragraphs (Writer positions each glyph run);
  * optional hyphens (U+00AD) in long words, which Writer draws as a hyphen
    only where the word breaks at a line end.
Usage: python3 convocazione_codogno.py OUT.docx
"""
import re
import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from textlay import hyph_parts
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-codogno-word.docx"
SHY = "\u00ad"


def shy(text):
    """Optional hyphens in the long words, as a hyphenation add-in leaves them."""
    return re.sub(r"[A-Za-zàèéìòù]{10,}", lambda m: SHY.join(hyph_parts(m.group(0))), text)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.3), Cm(1.6)
st = doc.styles["Normal"]
st.font.name = "Carlito"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.05
doc.core_properties.title = "Convocazione Consiglio Comunale 26 marzo 2026"
doc.core_properties.author = "Ufficio Segreteria - Comune di Codogno"


def para(text="", bold=False, size=None, align=None, after=None, before=None, italic=False,
         color=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(shy(text) if align == WD_ALIGN_PARAGRAPH.JUSTIFY else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def bottom_border(p):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "1F4E79")):
        e.set(qn(k), v)
    b.append(e)
    pPr.append(b)


# header and footer of the Word template
hdr = sec.header.paragraphs[0]
hdr.text = ""
r = hdr.add_run("COMUNE DI CODOGNO")
r.bold = True
r.font.size = Pt(17)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
hp2 = sec.header.add_paragraph()
r = hp2.add_run("Provincia di Lodi")
r.font.size = Pt(10)
hp3 = sec.header.add_paragraph()
r = hp3.add_run("Ufficio di Presidenza del Consiglio Comunale")
r.font.size = Pt(9)
r.italic = True
bottom_border(hp3)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Via Vittorio Emanuele II, 4 \u2013 26845 Codogno (LO) \u2013 tel. 0377 3141 \u2013 "
               "PEC: comune.codogno@pec.regione.lombardia.it")
r.font.size = Pt(8)

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run("Prot. n. 6021").font.size = Pt(10.5)
c0.add_paragraph().add_run("Cat. 2 Cl. 3").font.size = Pt(10.5)
rp = c1.paragraphs[0]
rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rp.add_run("Codogno, 17 marzo 2026").font.size = Pt(10.5)

para(after=2)
for ln in ["Ai Signori Consiglieri Comunali", "Al Signor Sindaco", "e, p.c.", "Al Segretario Generale",
           "Al Signor Prefetto di Lodi", "Agli organi di informazione"]:
    para(ln, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, indent=10.2, size=10,
         italic=(ln == "e, p.c."))
para(after=2)
para("CONVOCAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
     after=8, color="1F4E79")

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Ai sensi degli artt. 38 e 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e "
     "dell'art. 12 del Regolamento per il funzionamento "
     "del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, "
     "convocata in sessione ordinaria e in prima convocazione per il giorno", align=J)
para("GIOVEDÌ 26 MARZO 2026 ALLE ORE 20:45", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
para("presso la Sala Consiliare del Palazzo Municipale, e in seconda convocazione per il giorno "
     "venerdì 27 marzo 2026, alla stessa ora e nel medesimo luogo, qualora la prima "
     "andasse deserta, per la trattazione del seguente", align=J)
para("ORDINE DEL GIORNO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, before=4)
odg = [
    "Lettura e approvazione dei verbali della seduta del 12 febbraio 2026.",
    "Comunicazioni del Sindaco e del Presidente del Consiglio Comunale.",
    "Approvazione del Rendiconto della gestione dell'esercizio finanziario "
    "2025 e della relazione illustrativa della Giunta Comunale.",
    "Variazione al bilancio di previsione finanziario 2026-2028 ai sensi dell'art. 175 del D.Lgs. "
    "n. 267/2000 e verifica degli equilibri.",
    "Approvazione del Regolamento comunale per la tutela e la fruizione delle aree verdi e dei "
    "parchi pubblici.",
    "Approvazione della convenzione con i Comuni di Maleo e Fombio per la gestione associata del "
    "servizio di polizia locale \u2013 rinnovo per il triennio 2026-2028.",
    "Interrogazione presentata dal gruppo consiliare \u201cCodogno Domani\u201d in merito alla "
    "sicurezza del sottopasso ciclopedonale della stazione ferroviaria.",
    "Mozione presentata dal gruppo consiliare \u201cCodogno in Comune\u201d per l'istituzione di un "
    "tavolo per la mobilità sostenibile e il trasporto flessibile a chiamata.",
]
for i, o in enumerate(odg, 1):
    p = para("%d.\t%s" % (i, o), align=J, after=2, indent=0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))

para("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso "
     "l'Ufficio Segreteria e sono consultabili dai Consiglieri Comunali, anche in formato digitale "
     "sulla piattaforma riservata, nei giorni e negli orari di apertura al pubblico degli "
     "uffici comunali, a decorrere dalla data di notifica del presente avviso.", align=J)
para("La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente; "
     "la registrazione resterà disponibile sul sito internet comunale, nel rispetto della normativa "
     "in materia di protezione dei dati personali.", align=J)
para("Distinti saluti.", after=4)

sig = doc.add_table(rows=3, cols=2)
cells = sig.rows
for row, txt, bold in ((0, "IL PRESIDENTE DEL CONSIGLIO COMUNALE", True),
                       (1, "Dott. Stefano Pagani", False),
                       (2, "(firmato digitalmente)", False)):
    p = cells[row].cells[1].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(txt)
    r.bold = bold
    if row == 2:
        r.font.size = Pt(8.5)
        r.italic = True
doc.save(OUT)
print(OUT)
