#!/usr/bin/env python3
"""Comune di Arzana - ordinanza sindacale, "Sipal" house style, as a Word model.

python-docx writes the .docx (letterhead in the page header, number and date
in a bordered two-cell table, ORDINA as a bulleted list); LibreOffice exports
it to PDF (see build.sh).
Usage: arzana_ordinanza_docx.py OUTPUT.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)


def border_bottom(p, sz=8):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "2")
    e.set(qn("w:color"), "1D3B6A")
    b.append(e)
    pPr.append(b)


def cell_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# letterhead in the header
h = sec.header
hp = h.paragraphs[0]
r = hp.add_run("COMUNE DI ARZANA")
r.bold = True
r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x1D, 0x3B, 0x6A)
hp2 = h.add_paragraph()
r = hp2.add_run("Provincia di Nuoro")
r.italic = True
r.font.size = Pt(11)
hp3 = h.add_paragraph()
r = hp3.add_run("Via Monsignor Virgilio, 1 - 08040 Arzana (NU) - Tel. 0782 37361 - "
                "protocollo@pec.comune.arzana.nu.it")
r.font.size = Pt(8)
border_bottom(hp3)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Ordinanza sindacale n. 31 del 12/10/2027 - Sipal Atti Amministrativi")
r.font.size = Pt(8)
r.italic = True

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_borders(t)
c0, c1 = t.rows[0].cells
p = c0.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORDINANZA SINDACALE")
r.bold = True
r.font.size = Pt(13)
p = c1.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("N. 31 del 12/10/2027")
r.bold = True
r.font.size = Pt(13)

doc.add_paragraph()
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.left_indent = Mm(25)
p.paragraph_format.first_line_indent = Mm(-25)
r = p.add_run("OGGETTO:\t")
r.bold = True
r = p.add_run("Chiusura delle scuole di ogni ordine e grado, degli impianti sportivi e del "
              "cimitero comunale per la giornata del 13 ottobre 2027 a seguito dell'avviso "
              "di criticità per rischio idrogeologico - codice arancione.")
r.bold = True

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10)
r = p.add_run("IL SINDACO")
r.bold = True
r.font.size = Pt(12.5)


def jp(label, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)


jp("VISTO", "l'avviso di criticità per rischio idrogeologico e idraulico n. 118/2027 emesso "
   "in data 12/10/2027 dal Centro Funzionale Decentrato della Direzione Generale della "
   "Protezione Civile della Regione Autonoma della Sardegna, che per la zona di allerta "
   "Flumendosa-Flumineddu dichiara per la giornata del 13 ottobre 2027 il livello di "
   "criticità moderata (codice arancione);")
jp("CONSIDERATO", "che le previsioni indicano precipitazioni da forti a molto forti, anche "
   "a carattere di rovescio o temporale, con possibili allagamenti della viabilità urbana, "
   "smottamenti lungo le strade comunali e ruscellamenti nei compluvi che attraversano "
   "l'abitato;")
jp("RITENUTO", "necessario, a tutela della pubblica incolumità, limitare gli spostamenti "
   "della popolazione scolastica e la frequentazione dei luoghi aperti al pubblico più "
   "esposti, in attuazione del Piano comunale di Protezione Civile;")
jp("VISTI", "gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 2 gennaio 2018, "
   "n. 1 (Codice della protezione civile) e il Piano comunale di Protezione Civile approvato "
   "con deliberazione del Consiglio Comunale n. 15 del 30/05/2024;")

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run("ORDINA")
r.bold = True
r.font.size = Pt(12.5)

for txt in [
    "la chiusura, per l'intera giornata di mercoledì 13 ottobre 2027, della scuola "
    "dell'infanzia, della scuola primaria e della scuola secondaria di primo grado "
    "dell'Istituto Comprensivo di Arzana, con sospensione del servizio di trasporto "
    "scolastico e della mensa;",
    "la chiusura, per la medesima giornata, della palestra comunale, del campo sportivo "
    "di Via Funtana 'e Susu e del cimitero comunale;",
    "alla popolazione di evitare gli spostamenti non necessari e di non sostare in "
    "prossimità dei corsi d'acqua, dei ponti e dei sottopassi, seguendo le norme di "
    "autoprotezione diffuse dalla Protezione Civile.",
]:
    p = doc.add_paragraph(style="List Bullet")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(txt)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run("DISPONE")
r.bold = True
jp("", "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on "
   "line e sul sito istituzionale del Comune e trasmessa al Dirigente dell'Istituto "
   "Comprensivo, alla Prefettura di Nuoro, alla Stazione dei Carabinieri di Arzana e al "
   "Corpo Forestale e di Vigilanza Ambientale.")
jp("AVVERTE", "che contro il presente provvedimento è ammesso ricorso al T.A.R. Sardegna "
   "entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della "
   "Repubblica entro 120 giorni.")

p = doc.add_paragraph("Arzana, 12/10/2027")
p.paragraph_format.space_before = Pt(10)
for txt, bold in [("IL SINDACO", True), ("Antonello Murru", False),
                  ("(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", False)]:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(txt)
    r.bold = bold
    if txt.startswith("("):
        r.font.size = Pt(8)
        r.italic = True

doc.core_properties.title = "Ordinanza sindacale n. 31/2027"
doc.core_properties.author = "Comune di Arzana - Ufficio Protezione Civile"
doc.save(OUT)
