#!/usr/bin/env python3
"""Sant'Olcese, Civilia Next house style: decreto di esproprio of the Area
Tecnica - Ufficio Espropri, typed in the office's Word model (.docx written
with python-docx), exported by LibreOffice Writer. Letterhead in the page
header with a crest picture, register grid in a table, dispositivo in Word's
automatic list numbering, page number field in the footer."""
import sys, os, io
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "so3.docx"


def crest_png():
    im = Image.new("RGB", (180, 216), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(10, 10), (170, 10), (170, 120), (90, 205), (10, 120)], fill=(216, 228, 239), outline=(29, 79, 122))
    d.line([(90, 10), (90, 205)], fill=(29, 79, 122), width=4)
    d.line([(10, 80), (170, 80)], fill=(29, 79, 122), width=4)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    return r


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(42), Mm(22)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15

# header: crest + name
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(170))
ht.columns[0].width = Mm(20)
ht.cell(0, 0).width = Mm(20)
ht.cell(0, 1).width = Mm(150)
hp = ht.cell(0, 0).paragraphs[0]
hp.add_run().add_picture(crest_png(), width=Mm(15))
p = ht.cell(0, 1).paragraphs[0]
r = p.add_run("COMUNE DI SANT'OLCESE")
r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1d, 0x4f, 0x7a)
p2 = ht.cell(0, 1).add_paragraph("Città Metropolitana di Genova")
p2.runs[0].font.size = Pt(9.5)
rule = hdr.add_paragraph()
pPr = rule._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "1D4F7A")):
    bot.set(qn(k), v)
bdr.append(bot); pPr.append(bdr)
hdr.paragraphs[0].text = ""

# footer: running foot with number and page field
fp = sec.footer.paragraphs[0]
fp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Decreto n. 2 del 18/03/2027 – Area Tecnica – Ufficio Espropri – pag. ")
r.font.size = Pt(7.5)
field(fp, "PAGE").font.size = Pt(7.5)
r = fp.add_run(" di "); r.font.size = Pt(7.5)
field(fp, "NUMPAGES").font.size = Pt(7.5)

# register grid
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [("AREA", "AREA TECNICA", "REGISTRO DECRETI", "n. 2 del 18/03/2027"),
        ("UFFICIO", "Ufficio Espropri", "PROTOCOLLO", "n. 3187 del 18/03/2027")]
widths = [Mm(24), Mm(66), Mm(38), Mm(42)]
t.autofit = False
for j, w in enumerate(widths):
    t.columns[j].width = w
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = t.cell(i, j)
        c.width = widths[j]
        c.text = ""
        rr = c.paragraphs[0].add_run(v)
        c.paragraphs[0].paragraph_format.space_after = Pt(1)
        if j in (0, 2):
            rr.font.size = Pt(7.5); shade(c, "EEF2F6")
        else:
            rr.font.size = Pt(9.5)
        if (i, j) == (0, 1):
            rr.bold = True

h = doc.add_paragraph()
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
h.paragraph_format.space_before = Pt(10)
r = h.add_run("DECRETO DI ESPROPRIO")
r.bold = True; r.font.size = Pt(14)

ot = doc.add_table(rows=1, cols=2)
ot.style = "Table Grid"
ot.autofit = False
ot.columns[0].width = Mm(24); ot.columns[1].width = Mm(146)
ot.cell(0, 0).width = Mm(24); ot.cell(0, 1).width = Mm(146)
ot.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
op = ot.cell(0, 1).paragraphs[0]
op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
op.add_run("ESPROPRIAZIONE PER PUBBLICA UTILITÀ DEGLI IMMOBILI NECESSARI ALLA REALIZZAZIONE DEI LAVORI "
           "DI ALLARGAMENTO E MESSA IN SICUREZZA DELLA STRADA COMUNALE MANESSENO – VICOMORASSO. "
           "DECRETO DI ESPROPRIO AI SENSI DEGLI ARTT. 20 E 23 DEL D.P.R. 8 GIUGNO 2001, N. 327.").bold = True


def center(text, space=3):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    rPr = r._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(space * 20)); rPr.append(sp)
    return p


center("IL RESPONSABILE DELL'AREA TECNICA", 0)


def prem(lead, rest):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(lead).bold = True
    p.add_run(" " + rest)


prem("Visto", "il D.P.R. 8 giugno 2001, n. 327, recante il testo unico delle disposizioni legislative e "
     "regolamentari in materia di espropriazione per pubblica utilità, e la legge regionale della Liguria "
     "22 dicembre 2004, n. 24;")
prem("Premesso", "che con deliberazione della Giunta Comunale n. 88 del 12/09/2025 è stato approvato il progetto "
     "di fattibilità tecnica ed economica dei lavori di allargamento e messa in sicurezza della strada comunale "
     "Manesseno – Vicomorasso, con contestuale apposizione del vincolo preordinato all'esproprio, e che con "
     "deliberazione della Giunta Comunale n. 41 del 07/05/2026 è stato approvato il progetto esecutivo, con "
     "dichiarazione di pubblica utilità dell'opera;")
prem("Dato atto", "che ai proprietari delle aree interessate è stata notificata l'indennità provvisoria di "
     "espropriazione determinata con propria determinazione n. 214 del 21/10/2026, e che gli stessi, nel termine "
     "di trenta giorni, hanno comunicato di condividerla, sottoscrivendo l'atto di accettazione;")
prem("Dato atto", "altresì che le indennità accettate sono state liquidate ai proprietari con determinazione n. 17 "
     "del 26/01/2027 e che è stato redatto il tipo di frazionamento approvato dall'Agenzia delle Entrate – Ufficio "
     "Provinciale di Genova – Territorio in data 02/03/2027, prot. 2027/GE0031744;")
prem("Visto", "il decreto del Sindaco n. 11 del 30/12/2026, con il quale sono state attribuite alla sottoscritta "
     "la responsabilità dell'Area Tecnica e le funzioni dell'autorità espropriante, esercitate per il tramite "
     "dell'Ufficio Espropri;")

center("DECRETA", 3)

pts = [
    "è pronunciata a favore del Comune di Sant'Olcese, C.F. 80007310109, l'espropriazione degli immobili di seguito "
    "descritti, necessari alla realizzazione dei lavori di allargamento e messa in sicurezza della strada comunale "
    "Manesseno – Vicomorasso, con il conseguente trasferimento del diritto di proprietà:",
    "il presente decreto sarà notificato ai proprietari espropriati nelle forme degli atti processuali civili, "
    "con l'avviso della data in cui si procederà all'immissione in possesso, almeno sette giorni prima della stessa;",
    "il presente decreto sarà registrato, trascritto presso l'Ufficio dei Registri Immobiliari e volturato nel "
    "catasto a cura e spese del Comune, in esenzione dall'imposta di bollo ai sensi dell'art. 22 della tabella "
    "allegata al D.P.R. 642/1972;",
    "un estratto del presente decreto sarà trasmesso entro cinque giorni per la pubblicazione nel Bollettino "
    "Ufficiale della Regione Liguria; l'opposizione del terzo è proponibile entro i trenta giorni successivi "
    "alla pubblicazione dell'estratto;",
    "avverso il presente decreto è ammesso ricorso al Tribunale Amministrativo Regionale per la Liguria entro "
    "sessanta giorni dalla notifica, o ricorso straordinario al Presidente della Repubblica entro centoventi giorni.",
]
for i, x in enumerate(pts):
    p = doc.add_paragraph(x, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if i == 0:
        tb = doc.add_table(rows=3, cols=5)
        tb.style = "Table Grid"
        data = [("Foglio", "Mappale", "Superficie espropriata", "Ditta catastale", "Indennità liquidata"),
                ("12", "847 (ex 512)", "m² 64", "PARODI Giuseppe; PARODI Luisa", "€ 1.536,00"),
                ("12", "851 (ex 519)", "m² 112", "CEVASCO Marina", "€ 2.688,00")]
        for a, row in enumerate(data):
            for b, v in enumerate(row):
                c = tb.cell(a, b)
                c.text = ""
                rr = c.paragraphs[0].add_run(v)
                rr.font.size = Pt(8.5)
                rr.bold = a == 0
                c.paragraphs[0].paragraph_format.space_after = Pt(0)

doc.add_paragraph()
sig = doc.add_table(rows=1, cols=2)
sig.autofit = False
sig.columns[0].width = Mm(80); sig.columns[1].width = Mm(90)
sig.cell(0, 0).width = Mm(80); sig.cell(0, 1).width = Mm(90)
c = sig.cell(0, 1)
for k, (txt, b, sz) in enumerate([("IL RESPONSABILE DELL'AREA TECNICA", True, 10.5),
                                  ("Ufficio Espropri", False, 10),
                                  ("Arch. Elena Traverso", False, 10.5),
                                  ("documento firmato digitalmente ai sensi del D.Lgs. 82/2005", False, 7.5)]):
    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(txt); r.bold = b; r.font.size = Pt(sz)

doc.core_properties.title = "Decreto di esproprio n. 2/2027"
doc.core_properties.author = "ufficio.espropri"
doc.save(OUT)
