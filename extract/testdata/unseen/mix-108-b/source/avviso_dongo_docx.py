#!/usr/bin/env python3
"""Comune di Dongo - numbered avviso pubblico for contributions (Word model).

python-docx writes the .docx as the office's Word model has it: the
letterhead in a borderless header table with the crest, a running foot
with the avviso's number and PAGE / NUMPAGES fields, numbered articles,
a criteria table.  LibreOffice converts it to PDF (see build.sh).
Usage: avviso_dongo_docx.py OUT.docx WORKDIR
"""
import os
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

out, work = sys.argv[1], sys.argv[2]
BLUE = RGBColor(0x1D, 0x3C, 0x6E)

# crest picture
crest = os.path.join(work, "crest-dongo.png")
im = Image.new("RGB", (240, 288), "white")
d = ImageDraw.Draw(im)
d.polygon([(16, 16), (224, 16), (224, 160), (190, 236), (120, 276), (50, 236), (16, 160)],
          fill=(0xDF, 0xE8, 0xF5), outline=(0x1D, 0x3C, 0x6E), width=10)
d.polygon([(32, 160), (208, 160), (180, 222), (120, 256), (60, 222)], fill=(0x3A, 0x6D, 0xB0))
d.polygon([(56, 88), (88, 48), (120, 88), (152, 48), (184, 88), (184, 120), (56, 120)], fill=(0xB0, 0x3A, 0x2E))
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(1.3), Cm(1.6)
sec.left_margin, sec.right_margin = Cm(2.0), Cm(1.9)
sec.header_distance, sec.footer_distance = Cm(0.9), Cm(0.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def border(par, side="bottom", sz=12, color="1D3C6E"):
    pPr = par._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        pPr.append(b)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def grid(tbl, widths):
    tbl.autofit = False
    g = tbl._tbl.tblGrid
    for gc, w in zip(g.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)
    for x in (r, r2, r3, r4, r5):
        x.font.size = Pt(7)


# ---- header: letterhead ----
hdr = sec.header
hp = hdr.paragraphs[0]
t = hdr.add_table(rows=1, cols=3, width=Cm(17.1))
no_borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = (Cm(1.9), Cm(7.0), Cm(8.2))
grid(t, widths)
c0, c1, c2 = t.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest, width=Cm(1.45))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI DONGO")
r.bold, r.font.size, r.font.color.rgb = True, Pt(17), BLUE
p.paragraph_format.space_before = Pt(6)
p.paragraph_format.space_after = Pt(0)
p = c1.add_paragraph()
r = p.add_run("Provincia di Como")
r.italic, r.font.size = True, Pt(10)
for i, s in enumerate(["Area Amministrativa", "Servizio Cultura, Sport e Associazionismo"]):
    p = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    if i == 0:
        p.paragraph_format.space_before = Pt(8)
    r = p.add_run(s)
    r.font.small_caps = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
hp2 = hdr.add_paragraph()
hp2.paragraph_format.space_after = Pt(0)
border(hp2, "bottom", 12)
hdr._element.remove(hp._p)

# ---- footer: running foot with the number ----
ftr = sec.footer
fp = ftr.paragraphs[0]
border(fp, "top", 4)
fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.1), alignment=2)
r = fp.add_run("Comune di Dongo \u2013 Piazza Paracchini, 6 \u2013 22014 Dongo (CO) \u2013 protocollo@pec.comune.dongo.co.it\t"
               "Avviso pubblico n. 7/2026 \u2013 pag. ")
r.font.size = Pt(7)
field(fp, "PAGE")
r = fp.add_run(" di ")
r.font.size = Pt(7)
field(fp, "NUMPAGES")

# ---- body ----
p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
p.paragraph_format.tab_stops.add_tab_stop(Cm(17.1), alignment=2)
r = p.add_run("Prot. n. 4602\tDongo, 13 luglio 2026")
r.font.size = Pt(9.5)
p.paragraph_format.space_after = Pt(14)


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, before=None, indent=None):
    p = doc.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


para("AVVISO PUBBLICO N. 7/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=8)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.left_indent = Cm(2.2)
p.paragraph_format.first_line_indent = Cm(-2.2)
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
r = p.add_run("OGGETTO:\t")
r.bold = True
r = p.add_run("Concessione di contributi economici alle associazioni culturali, sportive e di volontariato "
              "per attivit\u00e0 e manifestazioni di interesse pubblico \u2013 anno 2026.")
r.bold = True
p.paragraph_format.space_after = Pt(10)

para("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("Richiamati:", after=2)
for s in [
    "il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato "
    "con deliberazione del Consiglio Comunale n. 18 del 27/05/2022;",
    "la deliberazione della Giunta Comunale n. 49 del 29/06/2026, con la quale sono stati formulati gli "
    "indirizzi per l'assegnazione dei contributi per l'anno 2026;",
    "la propria determinazione n. 98 del 10/07/2026, con la quale \u00e8 stato approvato il presente avviso;",
]:
    p = doc.add_paragraph(style="List Bullet")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(s)
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
para("che sono aperti i termini per la presentazione delle domande di contributo economico da parte delle "
     "associazioni senza scopo di lucro che svolgono attivit\u00e0 culturali, sportive, ricreative e di "
     "volontariato a favore della comunit\u00e0 di Dongo, alle condizioni indicate di seguito.")

arts = [
    ("Art. 1 \u2013 Risorse disponibili",
     "Le risorse destinate al presente avviso ammontano complessivamente a \u20ac 18.000,00 e trovano copertura "
     "al capitolo 1840 \u201cContributi ad associazioni\u201d del bilancio di previsione 2026-2028, esercizio 2026."),
    ("Art. 2 \u2013 Soggetti ammessi",
     "Possono presentare domanda le associazioni e i gruppi organizzati che abbiano sede o operino stabilmente "
     "nel territorio comunale, iscritti al Registro unico nazionale del Terzo settore o all'Albo comunale delle "
     "associazioni, e che non perseguano finalit\u00e0 di lucro."),
    ("Art. 3 \u2013 Iniziative ammissibili",
     "Sono ammesse a contributo l'attivit\u00e0 ordinaria svolta nell'anno 2026 e le manifestazioni di richiamo "
     "turistico realizzate nel territorio comunale tra il 1\u00b0 gennaio e il 31 dicembre 2026, con "
     "particolare riguardo alle iniziative rivolte ai giovani, agli anziani e alla valorizzazione del lago."),
    ("Art. 4 \u2013 Modalit\u00e0 e termini di presentazione",
     "Le domande, redatte sul modello allegato al presente avviso e sottoscritte dal legale rappresentante, "
     "devono pervenire entro le ore 12:00 del giorno 14 agosto 2026 a mezzo PEC all'indirizzo "
     "protocollo@pec.comune.dongo.co.it oppure con consegna a mano all'Ufficio Protocollo. Le domande "
     "pervenute oltre il termine non saranno prese in considerazione."),
]
for h, s in arts:
    para(h, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=5, after=2)
    para(s)

para("Art. 5 \u2013 Criteri di valutazione", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=5, after=2)
para("Le domande sono valutate da una commissione interna secondo i seguenti criteri:", after=4)
tb = doc.add_table(rows=1, cols=2)
tb.style = "Table Grid"
tb.rows[0].cells[0].text = "Criterio"
tb.rows[0].cells[1].text = "Punti max"
for a, b in [("Rilevanza dell'iniziativa per la comunit\u00e0 locale", "30"),
             ("Coinvolgimento di giovani, anziani e persone con disabilit\u00e0", "25"),
             ("Continuit\u00e0 e radicamento dell'attivit\u00e0 sul territorio", "20"),
             ("Quota di cofinanziamento a carico dell'associazione", "15"),
             ("Collaborazione con altre associazioni o enti", "10")]:
    row = tb.add_row().cells
    row[0].text, row[1].text = a, b
grid(tb, (Cm(13.6), Cm(3.4)))
for rr in tb.rows:
    rr.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

arts2 = [
    ("Art. 6 \u2013 Erogazione e rendicontazione",
     "Il contributo \u00e8 liquidato per il 50% all'atto della concessione e per il restante 50% a seguito della "
     "presentazione del rendiconto delle spese sostenute, da trasmettere entro il 31 gennaio 2027."),
    ("Art. 7 \u2013 Trattamento dei dati personali",
     "I dati forniti sono trattati esclusivamente per le finalit\u00e0 del presente avviso, ai sensi del "
     "Regolamento (UE) 2016/679. Titolare del trattamento \u00e8 il Comune di Dongo."),
    ("Art. 8 \u2013 Responsabile del procedimento e informazioni",
     "Responsabile del procedimento \u00e8 la dott.ssa Lorena Gianoncelli. Informazioni possono essere richieste "
     "all'Ufficio Cultura e Sport (tel. 0344 81117, int. 4) dal luned\u00ec al venerd\u00ec dalle 9:00 alle 12:30. "
     "Il presente avviso \u00e8 pubblicato all'Albo Pretorio on line e nella sezione Amministrazione trasparente "
     "del sito istituzionale."),
]
for h, s in arts2:
    para(h, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=5, after=2)
    para(s)

para("Allegati: modello di domanda (A); scheda di rendiconto (B).", before=6, size=9)
for s, b in [("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True), ("dott.ssa Lorena Gianoncelli", False)]:
    p = para(s, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, before=14 if b else 0, indent=7.5)
p = para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align=WD_ALIGN_PARAGRAPH.CENTER, size=7,
         indent=7.5)
p.runs[0].italic = True

doc.core_properties.title = "Avviso pubblico n. 7/2026 - contributi associazioni"
doc.core_properties.author = "Area Amministrativa"
doc.save(out)
