#!/usr/bin/env python3
"""Castello d'Argile, Area Tecnica: numbered bando typed in the Comune's Word
model (house style "civilia": crest and name, the Area under the name, the
number block on the right). Writes a .docx that build.sh converts with
LibreOffice. Usage: bando_castellodargile_docx.py OUT.docx"""
import sys, os, tempfile
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out = sys.argv[1]
tmp = tempfile.mkdtemp()

# a small drawn crest
crest = os.path.join(tmp, "stemma.png")
im = Image.new("RGB", (240, 300), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (230, 10), (230, 160), (200, 240), (120, 290), (40, 240), (10, 160)], outline=(27, 79, 138), width=8, fill=(243, 243, 243))
d.rectangle([70, 80, 170, 200], outline=(138, 27, 27), width=8)
for x in (70, 110, 150):
    d.rectangle([x, 55, x + 20, 80], fill=(138, 27, 27))
d.rectangle([105, 140, 135, 200], fill=(138, 27, 27))
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
sec.footer_distance = Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)

def para(text="", bold=False, size=None, align=None, italic=False, after=None, before=None, color=None, spacing=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
        if spacing is not None:
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def bottom_border(p, color="1B4F8A", sz="10"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:top")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "2"); e.set(qn("w:color"), color)
    b.append(e); pPr.append(b)

# letterhead: table crest | name
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.LEFT
t.autofit = False
t.columns[0].width = Mm(22); t.columns[1].width = Mm(148)
c0, c1 = t.rows[0].cells
c0.width = Mm(22); c1.width = Mm(148)
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(16))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI CASTELLO D'ARGILE"); r.bold = True; r.font.size = Pt(18); r.font.name = "Liberation Serif"
p.paragraph_format.space_after = Pt(0)
p = c1.add_paragraph(); r = p.add_run("Città Metropolitana di Bologna"); r.italic = True; r.font.size = Pt(10); r.font.name = "Liberation Serif"
p.paragraph_format.space_after = Pt(2)
p = c1.add_paragraph(); bottom_border(p)
r = p.add_run("AREA TECNICA"); r.bold = True; r.font.size = Pt(9.5); r.font.color.rgb = RGBColor(27, 79, 138)
rpr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "40"); rpr.append(sp)
p = c1.add_paragraph(); r = p.add_run("Servizio Patrimonio e Manutenzioni"); r.font.size = Pt(9); r.font.color.rgb = RGBColor(27, 79, 138)

para("Bando n. 2/2028 del 05/04/2028", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10, after=14, bold=True)

para("BANDO PUBBLICO", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("PER L'ASSEGNAZIONE IN CONCESSIONE DI N. 18 ORTI URBANI COMUNALI DI VIA SAN BENEDETTO – TRIENNIO 2028/2030",
     bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("Visto il Regolamento comunale per l'assegnazione e la gestione degli orti urbani, approvato con deliberazione "
     "del Consiglio Comunale n. 14 del 29/04/2019; vista la deliberazione della Giunta Comunale n. 27 del 21/03/2028, "
     "che ha fornito gli indirizzi per il nuovo bando; in esecuzione della propria determinazione n. 91 del 04/04/2028,", align=J)
para("R E N D E   N O T O", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
para("che è indetto un bando pubblico per l'assegnazione in concessione, per il triennio 2028/2030, di n. 18 orti urbani "
     "situati nell'area comunale di Via San Benedetto, della superficie di circa 50 metri quadrati ciascuno, dotati di "
     "punto acqua e di ricovero attrezzi comune.", align=J)

arts = [
 ("Art. 1 – Requisiti per l'assegnazione",
  "Possono partecipare i cittadini residenti a Castello d'Argile, maggiorenni, che non siano titolari né conviventi di "
  "titolari di altro orto comunale e che non dispongano di terreni coltivabili nel territorio comunale o nei comuni limitrofi. "
  "È ammessa una sola domanda per nucleo familiare."),
 ("Art. 2 – Criteri di formazione della graduatoria",
  "Le domande ammissibili sono ordinate secondo i punteggi seguenti: età pari o superiore a 65 anni, punti 4; pensionati, "
  "punti 3; nuclei con figli minori, punti 2; associazioni e scuole del territorio, punti 2; a parità di punteggio precede "
  "la domanda con il numero di protocollo più basso."),
 ("Art. 3 – Canone e durata",
  "Il canone annuo di concessione è fissato in euro 40,00 per ciascun orto, comprensivo del consumo d'acqua, da versare "
  "entro il 31 maggio di ogni anno tramite PagoPA. La concessione scade il 31 dicembre 2030 e non è rinnovabile tacitamente."),
 ("Art. 4 – Presentazione delle domande",
  "Le domande, redatte sul modulo allegato, devono pervenire all'Ufficio Protocollo entro le ore 12:00 del 19 aprile 2028, "
  "a mano, per posta elettronica certificata o tramite lo sportello on line. Le domande pervenute oltre il termine non "
  "saranno prese in considerazione."),
 ("Art. 5 – Graduatoria e assegnazione",
  "La graduatoria sarà approvata con determinazione del Responsabile dell'Area Tecnica e pubblicata all'Albo Pretorio on line. "
  "Gli orti saranno assegnati per sorteggio tra gli aventi diritto, in seduta pubblica, alla presenza del personale del Servizio."),
 ("Art. 6 – Informazioni",
  "Per informazioni: Servizio Patrimonio e Manutenzioni, geom. Marco Ghedini, tel. 051 976934, "
  "e-mail patrimonio@comune.castello-dargile.bo.it."),
]
for h, txt in arts:
    para(h, bold=True, before=5, after=1)
    para(txt, align=J)

para("Elenco degli orti disponibili", bold=True, before=6, after=3)
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
hdr = tb.rows[0].cells
for c, s in zip(hdr, ["Lotto", "Numeri degli orti", "Superficie (mq)"]):
    c.paragraphs[0].add_run(s).bold = True
for row in [("A – lato nord", "da 1 a 6", "48"), ("B – centrale", "da 7 a 12", "52"), ("C – lato sud", "da 13 a 18", "50")]:
    cells = tb.add_row().cells
    for c, s in zip(cells, row):
        c.paragraphs[0].add_run(s)

para("Castello d'Argile, 5 aprile 2028", before=14, after=10)
for s, b in [("IL RESPONSABILE DELL'AREA TECNICA", False), ("ing. Davide Bonfiglioli", True),
             ("(firmato digitalmente)", False)]:
    p = para(s, bold=b, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    p.paragraph_format.right_indent = Mm(8)

# footer: office contacts and page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Castello d'Argile – Piazza A. Gadani 2 – 40050 Castello d'Argile (BO) – tel. 051 976911 – pag. ")
r.font.size = Pt(7.5)
for kind, txt in (("begin", None), ("instr", " PAGE "), ("end", None)):
    rr = fp.add_run(); rr.font.size = Pt(7.5)
    if kind == "instr":
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; rr._r.append(it)
    else:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); rr._r.append(fc)

doc.core_properties.author = "Servizio Patrimonio"
doc.core_properties.title = "Bando orti urbani 2028"
doc.save(out)
