#!/usr/bin/env python3
"""Comune di Quinto di Treviso - Decreto del Sindaco n. 7/2026, the
"Civilia Next" model saved as .docx (python-docx) and exported to PDF by
LibreOffice Writer. Letterhead in the page header (crest picture + text),
a grid of labels over values, list numbering for the DECRETA, and a page
footer with the number and PAGE / NUMPAGES fields.

usage: quinto_decreto_docx.py OUT.docx CREST.png"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT, CREST = sys.argv[1], sys.argv[2]
BLUE = RGBColor(0x1F, 0x3F, 0x6E)

# the crest, as a small picture
im = Image.new("RGB", (112, 136), "white")
d = ImageDraw.Draw(im)
d.polygon([(2, 2), (110, 2), (110, 80), (56, 134), (2, 80)], fill=(223, 232, 245), outline=(31, 63, 110))
for y in (45, 72):
    d.arc((10, y - 10, 60, y + 10), 200, 340, fill=(42, 109, 181), width=5)
    d.arc((52, y - 10, 102, y + 10), 20, 160, fill=(42, 109, 181), width=5)
im.save(CREST)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(42), Mm(22)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


def bottom_border(par, color="1F3F6E", sz="12"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", sz), ("space", "1"), ("color", color)):
        b.set(qn("w:" + k), v)
    bdr.append(b)
    pPr.append(bdr)


# header: crest + letterhead
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(170))
ht.autofit = False
ht.columns[0].width = Mm(16)
ht.columns[1].width = Mm(154)
ht.cell(0, 0).width = Mm(16)
ht.cell(0, 1).width = Mm(154)
ht.cell(0, 0).paragraphs[0].add_run().add_picture(CREST, width=Mm(11))
p = ht.cell(0, 1).paragraphs[0]
r = p.add_run("COMUNE DI QUINTO DI TREVISO"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = BLUE
p.paragraph_format.space_after = Pt(0)
for line in ("Provincia di Treviso", "Piazza Roma, 2 - 31055 Quinto di Treviso (TV) - C.F. 80008050265"):
    q = ht.cell(0, 1).add_paragraph()
    q.paragraph_format.space_after = Pt(0)
    rr = q.add_run(line); rr.font.size = Pt(9)
hp = hdr.paragraphs[0]
bottom_border(hp)

# footer: number and page fields
fp = sec.footer.paragraphs[0]
bottom_border(fp, "1F3F6E", "4")
fp2 = sec.footer.add_paragraph()
r = fp2.add_run("Decreto del Sindaco n. 7 del 16/04/2026 - documento firmato digitalmente - Pagina ")
r.font.size = Pt(7.5)
field(fp2, "PAGE")
fp2.add_run(" di ").font.size = Pt(7.5)
field(fp2, "NUMPAGES")

# band and grid
band = doc.add_table(rows=1, cols=1)
band.alignment = WD_TABLE_ALIGNMENT.CENTER
c = band.cell(0, 0)
shade(c, "1F3F6E")
r = c.paragraphs[0].add_run("DECRETO DEL SINDACO"); r.bold = True; r.font.size = Pt(12)
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph().paragraph_format.space_after = Pt(0)
g = doc.add_table(rows=1, cols=3)
g.style = "Table Grid"
for i, (lab, val) in enumerate((("Numero", "7"), ("Data", "16/04/2026"),
                                 ("Ufficio proponente", "Segreteria - Personale"))):
    cc = g.cell(0, i)
    p1 = cc.paragraphs[0]; p1.paragraph_format.space_after = Pt(0)
    rl = p1.add_run(lab); rl.font.size = Pt(7); rl.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p2 = cc.add_paragraph(); p2.paragraph_format.space_after = Pt(0)
    rv = p2.add_run(val); rv.bold = True

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(10)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("OGGETTO: NOMINA DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA E CONFERIMENTO "
              "DELL'INCARICO DI ELEVATA QUALIFICAZIONE PER IL PERIODO 01/05/2026 - 31/12/2026.")
r.bold = True


def centre(text):
    q = doc.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.paragraph_format.space_before = Pt(6)
    q.add_run(text).bold = True


def para(text):
    q = doc.add_paragraph(text)
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return q


centre("IL SINDACO")
for t in [
    "Premesso che con proprio decreto n. 22 del 28/12/2025 è stato conferito al dott. Enrico Sartor "
    "l'incarico di Responsabile dell'Area Economico-Finanziaria fino al 30/04/2026, data di cessazione dal "
    "servizio del dipendente per collocamento a riposo;",
    "Rilevata la necessità di assicurare la continuità della direzione dell'Area, cui fanno capo i servizi "
    "Ragioneria, Tributi ed Economato;",
    "Visti gli artt. 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, gli artt. 16, 17, 18 e "
    "19 del CCNL Funzioni Locali del 16/11/2022 e il vigente Regolamento sull'ordinamento degli uffici e "
    "dei servizi;",
    "Richiamata la deliberazione della Giunta Comunale n. 112 del 18/12/2025, con la quale è stata approvata "
    "la graduazione delle posizioni di lavoro cui conferire incarichi di elevata qualificazione;",
    "Considerato che la dott.ssa Marta Gobbo, dipendente a tempo indeterminato inquadrata nell'Area dei "
    "Funzionari e dell'Elevata Qualificazione, possiede la preparazione e l'esperienza professionale "
    "richieste, come risulta dal curriculum agli atti dell'Ufficio Personale;",
]:
    para(t)

centre("DECRETA")
for t in [
    "di nominare la dott.ssa Marta Gobbo Responsabile dell'Area Economico-Finanziaria, conferendole "
    "l'incarico di elevata qualificazione per il periodo dal 01/05/2026 al 31/12/2026, con le funzioni di cui "
    "all'art. 107 del D.Lgs. 267/2000;",
    "di attribuire all'incaricata la retribuzione di posizione annua lorda di € 12.500,00, rapportata al "
    "periodo di incarico, oltre alla retribuzione di risultato nella misura stabilita dal sistema di "
    "misurazione e valutazione della performance;",
    "di individuare quale sostituta, in caso di assenza o impedimento dell'incaricata, il Segretario "
    "Comunale dott.ssa Chiara Toffoletto;",
    "di disporre la notifica del presente decreto all'interessata e la sua pubblicazione all'Albo Pretorio on "
    "line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale.",
]:
    q = doc.add_paragraph(t, style="List Number")
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

q = doc.add_paragraph("Quinto di Treviso, 16/04/2026")
q.paragraph_format.space_before = Pt(12)
sig = doc.add_table(rows=3, cols=2)
for i, t in enumerate(("IL SINDACO", "arch. Michele Bortolato", "(firmato digitalmente)")):
    cc = sig.cell(i, 1).paragraphs[0]
    cc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = cc.add_run(t)
    if i == 0:
        rr.bold = True
    if i == 2:
        rr.font.size = Pt(8)
q = doc.add_paragraph()
q.paragraph_format.space_before = Pt(18)
rr = q.add_run("Per accettazione: dott.ssa Marta Gobbo ______________________   data ____________")
rr.font.size = Pt(9)
doc.core_properties.title = "Decreto del Sindaco n. 7 del 16/04/2026"
doc.core_properties.author = "Comune di Quinto di Treviso - Ufficio Segreteria"
doc.save(OUT)
