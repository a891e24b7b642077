#!/usr/bin/env python3
"""Fiumicello Villa Vicentina (Insiel-like): bando n. 1/2029 of the Servizio
Cultura, Sport e Associazionismo, .docx written with python-docx (letterhead as
a two-cell table in the body), exported by LibreOffice in build.sh."""
import sys
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
GREEN = RGBColor(0x2E, 0x6B, 0x3A)
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.6)
st = doc.styles["Normal"]
st.font.name = "DejaVu Sans"
st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Sans")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def p(text="", bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, color=None, after=None, before=None, italic=False, runs=None):
    par = doc.add_paragraph()
    for t, b in (runs or [(text, bold)]):
        r = par.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = color
    par.alignment = align
    if after is not None: par.paragraph_format.space_after = Pt(after)
    if before is not None: par.paragraph_format.space_before = Pt(before)
    return par


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def bottom_rule(par, color="2E6B3A", sz="12"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), sz); bt.set(qn("w:space"), "4"); bt.set(qn("w:color"), color)
    bdr.append(bt); pPr.append(bdr)


t = doc.add_table(rows=1, cols=2)
no_borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
l, r = t.rows[0].cells
t.autofit = False
for col, w in zip(t.columns, (Cm(11.2), Cm(5.4))):
    col.width = w
l.width, r.width = Cm(11.2), Cm(5.4)
lp = l.paragraphs[0]
x = lp.add_run("COMUNE DI FIUMICELLO VILLA VICENTINA"); x.bold = True; x.font.size = Pt(12.5); x.font.color.rgb = GREEN
lp2 = l.add_paragraph(); x = lp2.add_run("Regione Autonoma Friuli Venezia Giulia"); x.font.size = Pt(8); x.font.color.rgb = GREEN
lp3 = l.add_paragraph(); x = lp3.add_run("Piazza Guglielmo Marconi, 1 – 33050 Fiumicello Villa Vicentina (UD)"); x.font.size = Pt(7.5)
rp = r.paragraphs[0]; rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
x = rp.add_run("AREA AMMINISTRATIVA"); x.bold = True; x.font.size = Pt(9.5)
rp2 = r.add_paragraph(); rp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
x = rp2.add_run("Servizio Cultura, Sport e Associazionismo"); x.font.size = Pt(8.5)
rule = p("", after=10)
bottom_rule(rule)

p("BANDO N. 1/2029", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=2, color=GREEN)
p("Prot. n. 402 del 12/01/2029", size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
p(runs=[("OGGETTO: ", True), ("Contributi ordinari a favore delle associazioni culturali, sportive, ricreative e di volontariato "
                            "operanti nel territorio comunale per l'attività dell'anno 2029.", True)], after=10)

p("LA TITOLARE DI POSIZIONE ORGANIZZATIVA DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
p("in attuazione del vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici e della deliberazione della Giunta comunale n. 1 del 08/01/2029, con la quale sono stati approvati i criteri per l'anno 2029,")
p("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, before=4)
sections = [
    ("Art. 1 – Beneficiari. ", "Possono presentare domanda le associazioni senza fini di lucro iscritte all'Albo comunale delle associazioni, aventi sede o svolgenti attività continuativa nel territorio del Comune di Fiumicello Villa Vicentina."),
    ("Art. 2 – Risorse disponibili. ", "Lo stanziamento complessivo, iscritto nel bilancio di previsione 2029-2031, ammonta a euro 38.000,00, ripartito in euro 16.000,00 per le attività sportive, euro 14.000,00 per le attività culturali e ricreative ed euro 8.000,00 per le attività di volontariato sociale e di protezione civile."),
    ("Art. 3 – Modalità di presentazione. ", "Le domande, redatte utilizzando esclusivamente la modulistica allegata e corredate dal programma delle attività e dal bilancio preventivo 2029, dovranno pervenire entro le ore 12:00 del giorno 15/02/2029 mediante PEC all'indirizzo comune.fiumicellovillavicentina@certgov.fvg.it o consegna a mano all'Ufficio protocollo."),
    ("Art. 4 – Criteri di valutazione. ", "Le domande saranno valutate secondo i criteri approvati dalla Giunta comunale: rilevanza dell'attività per la comunità locale, attività rivolta a giovani e anziani, numero di soci residenti, collaborazione con le scuole e con le altre associazioni del territorio."),
    ("Art. 5 – Erogazione e rendicontazione. ", "Il contributo è erogato per il 70% all'atto della concessione e per il restante 30% a seguito della presentazione del rendiconto delle attività svolte, da trasmettere entro il 31/03/2030."),
    ("Art. 6 – Informazioni. ", "Il bando e la modulistica sono pubblicati all'Albo pretorio on line e sul sito istituzionale. Responsabile del procedimento è la sig.ra Erika Cossar, tel. 0431 972730."),
]
for a, b in sections:
    p(runs=[(a, True), (b, False)])
p("Fiumicello Villa Vicentina, 12/01/2029", align=WD_ALIGN_PARAGRAPH.LEFT, before=10, after=12)
for txt, b, sz in (("LA TITOLARE DI P.O.", True, 9.5), ("dott.ssa Monica Visintin", False, 9.5), ("(documento firmato digitalmente)", False, 7.5)):
    q = p(txt, bold=b, size=sz, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    q.paragraph_format.left_indent = Cm(9)

fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
x = fp.add_run("Comune di Fiumicello Villa Vicentina – Area Amministrativa – Servizio Cultura, Sport e Associazionismo – tel. 0431 972730"); x.font.size = Pt(7)
doc.core_properties.title = "Bando n. 1/2029 contributi associazioni"
doc.core_properties.author = "Insiel ADWeb"
doc.save(out)
