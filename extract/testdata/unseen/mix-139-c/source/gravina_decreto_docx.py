#!/usr/bin/env python3
"""Gravina di Catania, decreto sindacale n. 1/2029 (nomina dei Responsabili
delle Aree): python-docx, exported by LibreOffice Writer."""
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x1A, 0x40, 0x73)
doc = Document()
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(1.6), Cm(2.0), Cm(2.2), Cm(2.0)
n = doc.styles["Normal"]
n.font.name = "Liberation Sans"
n.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
n.font.size = Pt(10.5)
n.paragraph_format.space_after = Pt(4)
n.paragraph_format.line_spacing = 1.15


def P(text="", bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=None, font=None, color=None,
      italic=False, left=None, hang=None):
    p = doc.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = color
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if hang is not None:
        p.paragraph_format.first_line_indent = Cm(-hang)
    return p


def rule(p, side="bottom", color="1A4073", sz="8"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + side)
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "4"), ("w:color", color)):
        e.set(qn(k), v)
    b.append(e)
    pPr.append(b)


P("COMUNE DI GRAVINA DI CATANIA", bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
  font="Liberation Serif", color=BLUE)
p = P("Città Metropolitana di Catania", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=12,
      font="Liberation Serif", color=BLUE)
rule(p)
P("IL SINDACO", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.style = "Table Grid"
t.autofit = False
for i, w in enumerate((Cm(10.3), Cm(6.4))):
    t.columns[i].width = w
    t.rows[0].cells[i].width = w
a, b = t.rows[0].cells
a.paragraphs[0].add_run("DECRETO SINDACALE N. 1 DEL 08/01/2029").bold = True
a.paragraphs[0].runs[0].font.size = Pt(12)
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = b.paragraphs[0].add_run("Prot. n. 874 del 08/01/2029")
r.font.size = Pt(9)

P("", after=2)
ot = doc.add_table(rows=1, cols=2)
ot.autofit = False
for i, w in enumerate((Cm(2.4), Cm(14.3))):
    ot.columns[i].width = w
    ot.rows[0].cells[i].width = w
ot.rows[0].cells[0].paragraphs[0].add_run("Oggetto:").bold = True
op = ot.rows[0].cells[1].paragraphs[0]
op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
op.add_run("Nomina dei Responsabili delle Aree e attribuzione degli incarichi di Elevata Qualificazione "
           "per l'anno 2029.").bold = True
P("", after=4)

for x in [
    "Visto l'art. 13 della L.R. 26 agosto 1992, n. 7, e successive modificazioni, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
    "Visto l'art. 51, comma 3, della L. 8 giugno 1990, n. 142, come recepito dall'art. 1, comma 1, lett. h), della L.R. 11 dicembre 1991, n. 48, e l'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, a norma del quale nei Comuni privi di personale di qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli uffici o dei servizi;",
    "Visti gli artt. 16, 17 e 18 del CCNL del personale del comparto Funzioni Locali sottoscritto il 16/11/2022, che disciplinano gli incarichi di Elevata Qualificazione;",
    "Vista la deliberazione della Giunta Municipale n. 142 del 20/11/2028, con la quale è stata approvata la nuova macrostruttura dell'Ente, articolata in quattro Aree, e sono state graduate le relative posizioni;",
    "Visto il Regolamento comunale per il conferimento, la revoca e la graduazione degli incarichi di Elevata Qualificazione;",
    "Considerato che gli incarichi conferiti con il precedente decreto sindacale n. 14 del 29/12/2027 sono scaduti il 31/12/2028 e che occorre assicurare la continuità dell'azione amministrativa;",
    "Valutati i curricula dei dipendenti inquadrati nell'Area dei Funzionari e dell'Elevata Qualificazione e acquisite le dichiarazioni di insussistenza di cause di inconferibilità e incompatibilità di cui al D.Lgs. 39/2013;",
]:
    P(x)

P("DECRETA", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
P("1)\tdi nominare, con decorrenza dal 09/01/2029 e fino al 31/12/2029, Responsabili delle Aree, con attribuzione "
  "dell'incarico di Elevata Qualificazione e delle funzioni di cui all'art. 107 del D.Lgs. 267/2000, i seguenti dipendenti:",
  left=0.8, hang=0.8)
rows = [("Area", "Responsabile", "Sostituto"),
        ("Area Affari Generali e Servizi alla Persona", "Dott.ssa Agata Castorina", "Dott. Giuseppe Lo Faro"),
        ("Area Economico-Finanziaria", "Dott. Giuseppe Lo Faro", "Dott.ssa Agata Castorina"),
        ("Area Tecnica", "Arch. Salvatore Nicotra", "Geom. Alfio Coco"),
        ("Area Vigilanza e Attività Produttive", "Dott. Rosario Pappalardo", "Arch. Salvatore Nicotra")]
tt = doc.add_table(rows=len(rows), cols=3)
tt.style = "Table Grid"
tt.alignment = WD_TABLE_ALIGNMENT.CENTER
tt.autofit = False
for j, w in enumerate((Cm(6.6), Cm(4.8), Cm(4.8))):
    tt.columns[j].width = w
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = tt.rows[i].cells[j]
        c.width = (Cm(6.6), Cm(4.8), Cm(4.8))[j]
        pp = c.paragraphs[0]
        pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(v)
        rr.font.size = Pt(9.5)
        rr.bold = i == 0
P("", after=2)
for i, x in enumerate([
    "di attribuire ai Responsabili nominati la retribuzione di posizione nella misura stabilita dalla pesatura approvata con la citata deliberazione della Giunta Municipale n. 142/2028, e la retribuzione di risultato nei limiti del fondo e secondo il vigente sistema di misurazione e valutazione della performance;",
    "di stabilire che, in caso di assenza o impedimento del Responsabile, le funzioni sono esercitate dal sostituto indicato nella tabella di cui al punto 1;",
    "di dare atto che gli incarichi possono essere revocati prima della scadenza con atto scritto e motivato, nei casi previsti dall'art. 17 del CCNL 16/11/2022 e dal Regolamento comunale;",
    "di notificare il presente decreto agli interessati e di trasmetterlo al Segretario Generale, all'Ufficio Personale e al Nucleo di Valutazione, nonché di disporne la pubblicazione all'Albo Pretorio on line e nella sezione Amministrazione Trasparente.",
], 2):
    P("%d)\t%s" % (i, x), left=0.8, hang=0.8)

P("Gravina di Catania, 08/01/2029", align=WD_ALIGN_PARAGRAPH.LEFT, after=10)
for x, bb in (("IL SINDACO", True), ("Dott.ssa Lucia Raciti", False)):
    P(x, bold=bb, align=WD_ALIGN_PARAGRAPH.CENTER, left=9.0, after=0)
P("(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)", size=8,
  align=WD_ALIGN_PARAGRAPH.CENTER, left=9.0)

doc.save(sys.argv[1])
