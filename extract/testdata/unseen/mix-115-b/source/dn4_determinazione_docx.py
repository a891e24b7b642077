#!/usr/bin/env python3
"""Domusnovas, Halley house style typed in the office's Word model: a
determinazione del Responsabile del Servizio whose Servizio is named only in
the signature block. .docx by python-docx, exported by LibreOffice Writer.
Letterhead in a borderless table with the register box at the right, a
running foot with the numbers and a page field."""
import sys, io
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "dn4.docx"


def crest():
    im = Image.new("RGB", (150, 190), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(8, 8), (142, 8), (142, 110), (75, 182), (8, 110)], fill=(242, 222, 222), outline=(122, 29, 29))
    d.polygon([(8, 8), (142, 8), (142, 110), (75, 182), (8, 110)], outline=(122, 29, 29))
    b = io.BytesIO(); im.save(b, "PNG"); b.seek(0)
    return b


def borders(cell, sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def rule(par, where="bottom", sz=12):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + where)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    bdr.append(e); pPr.append(bdr)


def field(par, instr, size):
    r = par.add_run(); r.font.size = Pt(size)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate"), ("w:t", None), ("w:fldChar", "end")):
        e = OxmlElement(tag)
        if tag == "w:fldChar":
            e.set(qn("w:fldCharType"), attr)
        elif tag == "w:instrText":
            e.set(qn("xml:space"), "preserve"); e.text = instr
        else:
            e.text = "1"
        r._r.append(e)


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(20), Mm(18), Mm(16), Mm(20)
st = doc.styles["Normal"]
st.font.name = "DejaVu Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Sans")
st.font.size = Pt(9.8)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12

# letterhead table: crest | name | register box
t = doc.add_table(rows=1, cols=3)
t.autofit = False
for j, w in enumerate((Mm(17), Mm(110), Mm(45))):
    t.columns[j].width = w
    t.cell(0, j).width = w
t.cell(0, 0).paragraphs[0].add_run().add_picture(crest(), width=Mm(13))
p = t.cell(0, 1).paragraphs[0]
r = p.add_run("COMUNE DI DOMUSNOVAS"); r.bold = True; r.font.size = Pt(16)
r = t.cell(0, 1).add_paragraph().add_run("Provincia del Sud Sardegna"); r.font.size = Pt(9)
box = t.cell(0, 2)
borders(box)
for k, (txt, b, sz) in enumerate([("REGISTRO GENERALE", False, 8.5), ("N. 236", True, 12), ("del 24/03/2027", False, 8.5)]):
    pp = box.paragraphs[0] if k == 0 else box.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp.paragraph_format.space_after = Pt(0)
    rr = pp.add_run(txt); rr.bold = b; rr.font.size = Pt(sz)

doc.add_paragraph()
p = doc.add_paragraph(); rule(p, "top"); rule(p, "bottom")
p.paragraph_format.space_after = Pt(2)
r = p.add_run("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO"); r.bold = True; r.font.size = Pt(12)
p.add_run("\n")
r = p.add_run("N. 33 DEL 24/03/2027"); r.bold = True; r.font.size = Pt(12)

o = doc.add_table(rows=1, cols=2)
o.autofit = False
for j, w in enumerate((Mm(24), Mm(148))):
    o.columns[j].width = w; o.cell(0, j).width = w
o.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
op = o.cell(0, 1).paragraphs[0]
op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
op.add_run("IMPEGNO DI SPESA E AFFIDAMENTO DIRETTO DEL SERVIZIO DI FORMAZIONE DEL PERSONALE DIPENDENTE IN "
           "MATERIA DI PREVENZIONE DELLA CORRUZIONE E TRASPARENZA – ANNO 2027 – CIG B6E1A90C28.").bold = True

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
p.add_run("IL RESPONSABILE DEL SERVIZIO").bold = True


def prem(lead, rest):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(lead).bold = True
    p.add_run(" " + rest)


prem("Visto", "il decreto del Sindaco n. 4 del 08/01/2027, di nomina del sottoscritto quale Responsabile del "
     "Servizio, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")
prem("Visto", "il Piano Integrato di Attività e Organizzazione 2027/2029, approvato con deliberazione della Giunta "
     "Comunale n. 14 del 29/01/2027, che nella sottosezione \"Rischi corruttivi e trasparenza\" prevede per "
     "l'anno 2027 la formazione obbligatoria di tutto il personale dipendente;")
prem("Dato atto", "che la società Formazione Enti Locali Sardegna S.r.l., con sede in Cagliari, P.IVA 03652190921, "
     "ha proposto un percorso formativo in modalità mista, articolato in quattro giornate per complessive 16 ore, "
     "al costo di € 2.400,00, esente IVA ai sensi dell'art. 10 del D.P.R. 633/1972 e dell'art. 14, comma 10, della "
     "legge 537/1993;")
prem("Visto", "l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e dato atto che al presente "
     "affidamento è stato attribuito il CIG B6E1A90C28;")
prem("Accertata", "la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
     "D.Lgs. 267/2000;")

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
p.add_run("DETERMINA").bold = True

for x in [
    "di affidare alla società Formazione Enti Locali Sardegna S.r.l. il servizio di formazione del personale "
    "dipendente in materia di prevenzione della corruzione e trasparenza per l'anno 2027, per l'importo di "
    "€ 2.400,00 esente IVA;",
    "di impegnare la spesa di € 2.400,00 sul capitolo 1030/4 \"Formazione del personale\", missione 01, "
    "programma 10, del bilancio 2027/2029, esercizio 2027;",
    "di dare atto che la liquidazione avverrà a prestazione resa, su presentazione di regolare fattura "
    "elettronica, previa verifica della regolarità contributiva.",
]:
    p = doc.add_paragraph(x, style="List Number"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

doc.add_paragraph()
s = doc.add_table(rows=1, cols=2)
s.autofit = False
for j, w in enumerate((Mm(72), Mm(100))):
    s.columns[j].width = w; s.cell(0, j).width = w
c = s.cell(0, 1)
for k, (txt, b, sz) in enumerate([("IL RESPONSABILE DEL SERVIZIO", True, 9.8),
                                  ("AFFARI GENERALI E PERSONALE", True, 9.8),
                                  ("Dott. Roberto Pili", False, 9.8),
                                  ("(firmato digitalmente)", False, 7.5)]):
    pp = c.paragraphs[0] if k == 0 else c.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp.paragraph_format.space_after = Pt(0)
    rr = pp.add_run(txt); rr.bold = b; rr.font.size = Pt(sz)

doc.add_paragraph()
v = doc.add_table(rows=1, cols=1)
v.autofit = False
v.columns[0].width = Mm(172); v.cell(0, 0).width = Mm(172)
borders(v.cell(0, 0), 6)
vc = v.cell(0, 0)
vp = vc.paragraphs[0]; vp.add_run("PARERE DI REGOLARITÀ CONTABILE E ATTESTAZIONE DI COPERTURA FINANZIARIA").bold = True
vc.add_paragraph("Si esprime parere favorevole di regolarità contabile e si attesta la copertura finanziaria della "
                 "spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 402/2027.")
vc.add_paragraph("Domusnovas, 24/03/2027 – Il Responsabile del Servizio Finanziario – Rag. Alessandra Porcu")
for pp in vc.paragraphs:
    for rr in pp.runs:
        rr.font.size = Pt(8.5)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
rule(fp, "top", 4)
r = fp.add_run("Determinazione n. 33 del 24/03/2027 – Reg. Gen. n. 236 del 24/03/2027 – pagina "); r.font.size = Pt(7.5)
field(fp, "PAGE", 7.5)

doc.core_properties.title = "Determinazione n. 33/2027"
doc.core_properties.author = "affari.generali"
doc.save(OUT)
