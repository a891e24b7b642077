"""Rivignano Teor, Insiel-like determinazione written as .docx with
python-docx: a header grid with the Area, the Servizio and both numbers,
body in Liberation Serif; exported by LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Mm(210), Mm(297)
s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(22), Mm(20), Mm(15), Mm(18)
n = d.styles["Normal"]; n.font.name = "Liberation Serif"; n.font.size = Pt(11)
n.paragraph_format.space_after = Pt(5)


def grid(t):
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "6"); b.append(el)
    t._tbl.tblPr.append(b)


def P(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=5, indent=None):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent); p.paragraph_format.first_line_indent = Mm(-indent)
    r = p.add_run(text); r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("Comune di Rivignano Teor - Determina n. 15 del 12/01/2029"); r.font.size = Pt(7.5)

P("COMUNE DI RIVIGNANO TEOR", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=15, after=0)
P("Regione Autonoma Friuli Venezia Giulia", align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=8)
t = d.add_table(rows=3, cols=2); grid(t); t.autofit = False
t.columns[0].width = Mm(104); t.columns[1].width = Mm(64)
cells = [("AREA TECNICA E TECNICO-MANUTENTIVA", "Registro generale n. 15 del 12/01/2029"),
         ("Servizio Manutenzioni e Viabilità", "Determinazione nr. 5 del 11/01/2029"),
         ("Responsabile: ing. Daniele Bortolin", "")]
for i, (a, b) in enumerate(cells):
    for j, v in enumerate((a, b)):
        c = t.cell(i, j); c.width = (Mm(104), Mm(64))[j]
        p = c.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(v); rr.font.size = Pt(9.5 if i else 10.5); rr.bold = (i == 0 or j == 1)
t.cell(2, 0).merge(t.cell(2, 1)) if False else None
P("", after=2)
P("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, after=8)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.left_indent = Mm(22); p.paragraph_format.first_line_indent = Mm(-22)
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI - STAGIONE INVERNALE 2028/2029 - INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA AGRISERVIZI STELLA S.R.L. - CIG B4D91E2A70"); r.bold = True
P("", after=2)
P("IL TITOLARE DI POSIZIONE ORGANIZZATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for x in [
    "RICHIAMATA la propria determinazione n. 212 del 07/11/2028 (Reg. gen. n. 498), con la quale è stato affidato alla ditta Agriservizi Stella S.r.l. di Rivignano Teor il servizio di sgombero neve e spargimento sale sulle strade comunali per la stagione invernale 2028/2029, con impegno di euro 18.000,00;",
    "CONSIDERATO che le nevicate del 2 e del 9 gennaio 2029 hanno richiesto un numero di interventi superiore a quello stimato, come risulta dai rapportini di servizio vistati dal capo operaio, e che la somma residua dell'impegno non è sufficiente a coprire gli interventi fino al termine della stagione;",
    "VISTO l'art. 120, comma 9, del D.Lgs. 31 marzo 2023, n. 36, che consente l'aumento delle prestazioni fino a concorrenza del quinto dell'importo del contratto;",
    "VISTO il bilancio di previsione 2029-2031 approvato con deliberazione consiliare n. 47 del 18/12/2028;",
]:
    P(x)
P("D E T E R M I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate([
    "di integrare l'affidamento alla ditta Agriservizi Stella S.r.l., P.IVA 02871430309, per l'importo di euro 3.600,00 IVA inclusa, pari al quinto dell'importo contrattuale;",
    "di impegnare la spesa di euro 3.600,00 al capitolo 2610 \"Spese per sgombero neve\" del bilancio 2029-2031, esercizio 2029;",
    "di dare atto che il CIG B4D91E2A70 resta invariato e che la presente determinazione è esecutiva dall'apposizione del visto di regolarità contabile.",
], 1):
    P("%d)\t%s" % (i, x), indent=8)
P("", after=8)
P("Rivignano Teor, 11/01/2029", after=2)
P("Il Titolare di P.O.", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("ing. Daniele Bortolin", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("(documento sottoscritto digitalmente)", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8, after=14)
P("VISTO DI REGOLARITÀ CONTABILE", bold=True, size=9.5, after=2)
P("Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 84/2029. Esecutiva il 12/01/2029.", size=9.5, after=2)
P("Il Responsabile del Servizio finanziario - dott. Enrico Gigante", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = "Insiel"
d.save(out)
