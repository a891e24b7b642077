# Comune di Santa Severina: determinazione written in Word (python-docx), converted by LibreOffice.
# The page header holds a picture-only letterhead (crest and name drawn as pixels, no text) and a header
# table with the Area, the kind and the register numbers; the Comune's name as text is only in the body
# and in the footer. Usage: d05_santaseverina.py OUT.docx  (the PNG is written next to OUT.docx)
import sys, os
from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
png = os.path.join(os.path.dirname(os.path.abspath(out)), "ss_letterhead.png")
# letterhead picture: crest + name + subtitle, all pixels
im = Image.new("RGB", (1800, 300), "white"); d = ImageDraw.Draw(im)
fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 78)
fs = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 38)
d.polygon([(60, 40), (220, 40), (220, 170), (140, 250), (60, 170)], fill=(20, 70, 140), outline=(180, 140, 30))
d.rectangle([95, 75, 185, 150], fill=(240, 200, 60)); d.polygon([(95, 75), (140, 30), (185, 75)], fill=(240, 200, 60))
d.text((270, 55), "COMUNE DI SANTA SEVERINA", font=fb, fill=(20, 50, 110))
d.text((272, 160), "Provincia di Crotone", font=fs, fill=(60, 60, 60))
d.line([(270, 230), (1760, 230)], fill=(180, 140, 30), width=6)
im.save(png)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.8)
sec.header_distance = Cm(0.8)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
hp.add_run().add_picture(png, width=Cm(15.5))
t = hdr.add_table(rows=2, cols=3, width=Cm(16.6)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("AREA AMMINISTRATIVA", "Registro Generale", "Registro di Area"),
        ("Servizi Culturali, Turistici e Sportivi", "N. 289 del 13/05/2026", "N. 61 del 12/05/2026")]
for r, row in enumerate(vals):
    for ci, v in enumerate(row):
        cell = t.cell(r, ci); cell.text = ""
        p = cell.paragraphs[0]; run = p.add_run(v); run.font.size = Pt(9 if r == 0 else 10); run.bold = (r == 0 and ci == 0) or (r == 1 and ci > 0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci else WD_ALIGN_PARAGRAPH.LEFT
        if r == 0: shade(cell, "DCE6F1")
hdr.add_paragraph()

ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run("Comune di Santa Severina – Piazza Campo, 1 – 88832 Santa Severina (KR) – C.F. 81003090799 – pag. ")
r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
def field(par, code):
    run = par.add_run(); run.font.size = Pt(8)
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = code
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
    run._r.append(a); run._r.append(b); run._r.append(c)
field(ft, "PAGE")

def P(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6, size=None, label=None):
    p = doc.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if label:
        rl = p.add_run(label); rl.bold = True
    rr = p.add_run(text); rr.bold = bold
    if size: rr.font.size = Pt(size)
    return p

P("DETERMINAZIONE DEL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
P("Concessione del contributo all'Associazione Turistica Pro Loco di Santa Severina per l'organizzazione dei festeggiamenti in onore di Sant'Anastasia – anno 2026. Impegno di spesa.", bold=True, label="OGGETTO: ", after=12)
P("IL RESPONSABILE DELL'AREA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for s in [
 "VISTO il decreto sindacale n. 2 del 08/01/2026, con il quale alla sottoscritta sono state attribuite le funzioni di Responsabile dell'Area Amministrativa del Comune di Santa Severina;",
 "VISTA la deliberazione della Giunta Comunale n. 47 del 29/04/2026, con la quale è stato assegnato all'Associazione Turistica Pro Loco di Santa Severina un contributo di € 4.500,00 per l'organizzazione dei festeggiamenti in onore della patrona Sant'Anastasia, in programma dal 3 al 5 luglio 2026;",
 "VISTA l'istanza presentata dal legale rappresentante dell'Associazione, acquisita al protocollo n. 2216 del 22/04/2026, corredata del programma e del piano finanziario della manifestazione;",
 "VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 11 del 30/03/2021;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il bilancio di previsione 2026-2028, approvato con deliberazione consiliare n. 9 del 26/03/2026;",
 "DATO ATTO che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;"]:
    P(s)
P("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, s in enumerate([
 "di concedere all'Associazione Turistica Pro Loco di Santa Severina, C.F. 91004560797, il contributo di € 4.500,00 per l'organizzazione dei festeggiamenti in onore di Sant'Anastasia – anno 2026;",
 "di impegnare la somma di € 4.500,00 al capitolo 1452 “Contributi ad associazioni per manifestazioni turistiche” del bilancio 2026, missione 7, programma 1;",
 "di stabilire che la liquidazione avverrà a presentazione del rendiconto delle spese sostenute, secondo l'art. 9 del Regolamento;",
 "di disporre la pubblicazione del presente atto nella sezione Amministrazione Trasparente ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013."], 1):
    P(s, label="%d) " % i)
P("")
P("Santa Severina, 13/05/2026", align=WD_ALIGN_PARAGRAPH.LEFT)
P("La Responsabile dell'Area Amministrativa\nDott.ssa Rosaria Scalise", align=WD_ALIGN_PARAGRAPH.RIGHT)
P("")
P("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
P("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 318/2026 sul capitolo 1452. Santa Severina, 13/05/2026. Il Responsabile dell'Area Economico-Finanziaria, Rag. Antonio Lucente.", size=10)
doc.save(out)
