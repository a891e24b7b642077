#!/usr/bin/env python3
"""Tremezzina: the Sindaco's ordinanza, typed in a Word model (python-docx),
exported to PDF by LibreOffice (see build.sh). Letterhead and number box in the
page header as a table; ORDINA points in a numbered list."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-tremezzina-civilianext.docx"
BLUE = RGBColor(0x1D, 0x4E, 0x89)

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
sec.header_distance = Mm(8)
st = d.styles["Normal"]
st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        if edge in kw:
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(kw[edge])); e.set(qn("w:color"), "1D4E89")
            b.append(e)
    tcPr.append(b)


def para(container, text="", bold=False, size=None, align=None, color=None, after=None, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = color
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


# header: letterhead left, number box right
hdr = sec.header
hp = hdr.paragraphs[0]
t = hdr.add_table(rows=1, cols=2, width=Mm(170))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Mm(118); t.columns[1].width = Mm(52)
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(118), Mm(52)
p = c0.paragraphs[0]; r = p.add_run("COMUNE DI TREMEZZINA"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = BLUE
para(c0, "Provincia di Como", size=10, after=0)
para(c0, "Via Regina, 3 – 22016 Tremezzina (CO) – C.F. e P.IVA 03564890131", size=7.5, after=0)
cell_border(c0, bottom=12)
cell_border(c1, top=8, left=8, bottom=12, right=8)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORDINANZA"); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = BLUE
para(c1, "N. 14 del 21/04/2028", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(c1, "Registro delle ordinanze sindacali", size=7, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
hp._p.getparent().remove(hp._p)
hdr.add_paragraph()

ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run("Comune di Tremezzina – Ufficio del Sindaco – tel. 0344 40138 – protocollo@comune.tremezzina.co.it")
r.font.size = Pt(7.5)

para(d, "ORDINANZA CONTINGIBILE E URGENTE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para(d, "(artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267)", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, italic=True)

ot = d.add_table(rows=1, cols=2)
ot.columns[0].width = Mm(24); ot.columns[1].width = Mm(146)
a, b = ot.rows[0].cells
a.width, b.width = Mm(24), Mm(146)
a.paragraphs[0].add_run("OGGETTO:").bold = True
b.paragraphs[0].add_run("Messa in sicurezza del versante roccioso sovrastante la strada comunale Via per Ossuccio "
                        "in località Spurano. Chiusura temporanea al transito veicolare e pedonale.").bold = True
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para(d, after=4)

para(d, "IL SINDACO", bold=True, size=11.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for txt in [
    "Premesso che nella notte tra il 19 e il 20 aprile 2028, a seguito delle intense precipitazioni, si è verificato il distacco "
    "di alcuni massi dal versante roccioso che sovrasta la strada comunale Via per Ossuccio, in località Spurano, con caduta di "
    "materiale lapideo sulla sede stradale, come accertato dal Comando di Polizia Locale con rapporto prot. n. 6112 del 20/04/2028;",
    "Vista la relazione tecnica del Responsabile dell'Area Tecnica del 21/04/2028, dalla quale risulta la presenza di ulteriori "
    "blocchi instabili sui fondi privati censiti al Catasto Terreni, foglio 9, mappali 1204 e 1207, e la conseguente situazione "
    "di pericolo per la pubblica incolumità lungo il tratto stradale compreso tra il civico 12 e il civico 40;",
    "Ritenuto necessario e urgente adottare provvedimenti a tutela della pubblica incolumità, nelle more dell'esecuzione degli "
    "interventi di disgaggio e di posa delle reti paramassi;",
    "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, l'art. 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) "
    "e lo Statuto comunale;",
]:
    para(d, txt, align=J)

para(d, "O R D I N A", bold=True, size=11.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
pts = [
    "la chiusura immediata al transito veicolare e pedonale del tratto della strada comunale Via per Ossuccio compreso tra il "
    "civico 12 e il civico 40, a decorrere dalle ore 14:00 del 21/04/2028 e fino al completamento degli interventi di messa in "
    "sicurezza, salvo il transito dei mezzi di soccorso e di quelli impiegati nei lavori;",
    "ai proprietari dei fondi censiti al Catasto Terreni, foglio 9, mappali 1204 e 1207, di eseguire entro dieci giorni dalla "
    "notifica della presente, a propria cura e spese, a mezzo di ditta specializzata, il disgaggio dei massi instabili e la posa "
    "di reti paramassi, dandone comunicazione all'Area Tecnica;",
    "all'Area Tecnica di installare la segnaletica di chiusura e di deviazione del traffico lungo la Strada Statale 340 "
    "\"Regina\" e di verificare l'esecuzione degli interventi.",
]
for i, txt in enumerate(pts, 1):
    p = para(d, align=J)
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d)\t%s" % (i, txt))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(8))

para(d, "AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para(d, "che, in caso di inottemperanza, si procederà all'esecuzione d'ufficio degli interventi con addebito delle spese ai "
        "proprietari inadempienti, fatta salva l'applicazione delle sanzioni previste dall'art. 650 del Codice Penale.", align=J)
para(d, "Contro il presente provvedimento è ammesso ricorso al T.A.R. Lombardia entro 60 giorni dalla pubblicazione all'Albo "
        "Pretorio on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", align=J)
para(d, "La presente ordinanza è notificata ai proprietari interessati e trasmessa alla Prefettura di Como, al Comando di "
        "Polizia Locale e alla Stazione dei Carabinieri di Lenno.", align=J)
para(d, "Tremezzina, 21/04/2028", after=14)
for txt, bb in [("IL SINDACO", True), ("dott. Paolo Bertoldini", False), ("(firmato digitalmente)", False)]:
    p = para(d, txt, bold=bb, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.paragraph_format.left_indent = Mm(90)
d.core_properties.title = "Ordinanza n. 14/2028"
d.core_properties.author = "Ufficio Segreteria"
d.save(out)
