#!/usr/bin/env python3
"""Spormaggiore (TN): the Sindaco's notice convening the Consiglio comunale
for 16 March 2028, a letter typed in the office's Word model (python-docx),
exported by LibreOffice Writer. Usage: script.py OUT.docx CREST.png"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from PIL import Image, ImageDraw

out, crest = sys.argv[1], sys.argv[2]
im = Image.new("RGB", (120, 150), "white")
d = ImageDraw.Draw(im)
d.polygon([(6, 6), (114, 6), (114, 84), (92, 130), (60, 146), (28, 130), (6, 84)], outline=(47, 81, 48), width=5)
d.polygon([(60, 26), (92, 100), (28, 100)], fill=(47, 81, 48))
d.rectangle([54, 100, 66, 120], fill=(47, 81, 48))
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(20), Mm(15), Mm(20)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)

# letterhead in the page header: crest beside the name
hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Mm(165))
t.autofit = False
for col, w in zip(t.columns, (Mm(20), Mm(145))):
    col.width = w
    for cc in col.cells:
        cc.width = w
t.cell(0, 0).paragraphs[0].add_run().add_picture(crest, width=Mm(14))
p = t.cell(0, 1).paragraphs[0]
r = p.add_run("COMUNE DI SPORMAGGIORE"); r.bold = True; r.font.size = Pt(15)
r = t.cell(0, 1).add_paragraph().add_run("Provincia di Trento"); r.font.size = Pt(10)
r = t.cell(0, 1).add_paragraph().add_run("Piazza della Chiesa, 5 - 38010 Spormaggiore (TN) - tel. 0461 653124 - PEC: comune@pec.comune.spormaggiore.tn.it")
r.font.size = Pt(7)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Questo documento, se trasmesso in forma cartacea, costituisce copia dell'originale informatico.")
r.font.size = Pt(7)


def P(text="", bold=False, align=None, after=None, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


p = P(after=0)
p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
p.add_run("Prot. n. 1402/2.8\tSpormaggiore, 9 marzo 2028")
P("", after=8)
for line in ("Ai Signori Consiglieri comunali", "LORO SEDI", "", "e, p.c.", "Al Segretario comunale", "Al Revisore dei conti", "All'Albo telematico"):
    p = P(line, after=0)
    p.paragraph_format.left_indent = Mm(95)
P("", after=10)
p = P(after=10)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Convocazione del Consiglio comunale in seduta ordinaria"); r.bold = True

p = P(after=8)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.add_run("Ai sensi del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. "
          "3 maggio 2018, n. 2, e dell'art. 12 del vigente Regolamento interno del Consiglio comunale, la S.V. è invitata a "
          "partecipare alla seduta del Consiglio comunale, in sessione ordinaria e in seduta pubblica, che si terrà presso la "
          "sala consiliare del Municipio")
p = P(after=8, align=WD_ALIGN_PARAGRAPH.CENTER)
r = p.add_run("giovedì 16 marzo 2028 alle ore 20.30"); r.bold = True
p = P(after=8)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.add_run("in prima convocazione e, qualora non si raggiunga il numero legale, venerdì 17 marzo 2028 alle ore 20.30 in seconda "
          "convocazione, per la trattazione del seguente")
P("ORDINE DEL GIORNO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
odg = [
    "Lettura e approvazione del verbale della seduta del 15 febbraio 2028.",
    "Comunicazioni del Sindaco.",
    "Ratifica della deliberazione della Giunta comunale n. 17 di data 28 febbraio 2028 avente ad oggetto: \"Variazione d'urgenza al bilancio di previsione 2028-2030\".",
    "Approvazione della convenzione con il Comune di Cavedago per la gestione associata del servizio di custodia forestale per il periodo 2028-2032.",
    "Modifica del Regolamento comunale per l'utilizzo delle sale e delle strutture comunali.",
    "Interrogazioni e mozioni.",
]
for t_ in odg:
    p = doc.add_paragraph(t_, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = P(after=6)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.space_before = Pt(8)
p.add_run("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria comunale "
          "e può essere consultata dai Consiglieri durante l'orario di apertura degli uffici, a partire dalla data di "
          "notifica del presente avviso.")
p = P(after=6)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.add_run("In caso di impedimento si prega di darne tempestiva comunicazione alla Segreteria comunale (tel. 0461 653124).")
P("Distinti saluti.", after=18)
s = doc.add_table(rows=3, cols=2)
s.alignment = WD_TABLE_ALIGNMENT.CENTER
s.cell(0, 1).paragraphs[0].add_run("IL SINDACO").bold = True
s.cell(1, 1).paragraphs[0].add_run("Andrea Santuari")
rr = s.cell(2, 1).paragraphs[0].add_run("firmato digitalmente"); rr.italic = True; rr.font.size = Pt(8)
for i in range(3):
    s.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.save(out)
