#!/usr/bin/env python3
"""Comune di Chiari - Ordinanza sindacale n. 87 del 18/12/2026.

The office's Word model (python-docx): letterhead in the page header as a
table beside a crest picture, the number box of the package's house style,
a footer with the number and a PAGE field. Exported by LibreOffice Writer.
usage: ordinanza_chiari.py OUT.docx WORKDIR
"""
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT, WORK = sys.argv[1], sys.argv[2]

crest = os.path.join(WORK, "stemma-chiari.png")
im = Image.new("RGB", (230, 290), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (220, 10), (220, 160), (200, 220), (115, 280), (30, 220), (10, 160)],
          fill=(179, 20, 28), outline="black")
d.rectangle([45, 120, 185, 150], fill="white")
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def cell_borders(cell, sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def para(container, text="", bold=False, size=None, align=None, italic=False, after=None, caps_space=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if caps_space:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(caps_space)); rPr.append(sp)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# header: crest and letterhead
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(170))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
ht.columns[0].width = Mm(22); ht.columns[1].width = Mm(148)
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(22), Mm(148)
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(15))
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI CHIARI"); r.bold = True; r.font.size = Pt(19)
para(c1, "PROVINCIA DI BRESCIA", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(c1, "Piazza Martiri della Libertà, 26 - 25032 Chiari (BS) - C.F. 00606660179",
     size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
hdr.paragraphs[0].text = ""

# footer: number and page field
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Ordinanza sindacale n. 87 del 18/12/2026 - pag. "); r.font.size = Pt(8)
for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    rr = fp.add_run(); rr.font.size = Pt(8)
    if kind:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); rr._r.append(fc)
    else:
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; rr._r.append(it)

# the number box of the house style
bt = doc.add_table(rows=1, cols=2)
bt.alignment = WD_TABLE_ALIGNMENT.CENTER
a, b = bt.rows[0].cells
a.width, b.width = Mm(99), Mm(71)
bt.autofit = False
bt.columns[0].width, bt.columns[1].width = Mm(99), Mm(71)
for c in (a, b):
    cell_borders(c)
pa = a.paragraphs[0]; ra = pa.add_run("ORDINANZA SINDACALE"); ra.bold = True; ra.font.size = Pt(12)
para(a, "Ordinanza contingibile e urgente", size=9.5, italic=True, after=0)
pb = b.paragraphs[0]; rb = pb.add_run("Registro generale n. "); rb.font.size = Pt(11)
rb = pb.add_run("87"); rb.bold = True
pb.add_run(" del ")
rb = pb.add_run("18/12/2026"); rb.bold = True
para(b, "Prot. n. 38714 del 18/12/2026", size=9.5, after=0)

para(doc, after=2)
t = doc.add_table(rows=1, cols=2)
o1, o2 = t.rows[0].cells
o1.width, o2.width = Mm(28), Mm(142)
t.autofit = False
t.columns[0].width, t.columns[1].width = Mm(28), Mm(142)
r = o1.paragraphs[0].add_run("OGGETTO:"); r.bold = True
p = o2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("DIVIETO DI UTILIZZO DI ARTIFICI PIROTECNICI, PETARDI E ALTRI ARTIFIZI ESPLODENTI "
              "NEL CENTRO ABITATO DAL 24 DICEMBRE 2026 AL 6 GENNAIO 2027"); r.bold = True

para(doc, "IL SINDACO", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, caps_space=60)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
for txt in [
    "Premesso che, in occasione delle festività natalizie e di fine anno, è consuetudine diffusa "
    "l'accensione di petardi, botti e altri artifici pirotecnici, anche in luoghi pubblici o aperti al "
    "pubblico transito, e che negli anni passati si sono verificati danni a persone, ad animali e a "
    "beni pubblici e privati, in particolare nelle piazze del centro storico;",
    "Considerato che l'uso di tali artifici in prossimità dell'Ospedale Mellino Mellini, delle "
    "residenze sanitarie per anziani e delle strutture di ricovero per animali costituisce fonte di "
    "pericolo e di grave disturbo per le persone fragili e per gli animali;",
    "Ritenuto necessario, a tutela dell'incolumità pubblica e della sicurezza urbana, adottare un "
    "provvedimento che limiti l'utilizzo di tali artifici nel centro abitato per il periodo delle "
    "festività;",
    "Visti l'art. 50, commi 5 e 7-bis, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267; il R.D. 18 "
    "giugno 1931, n. 773 (T.U.L.P.S.); il D.Lgs. 29 luglio 2015, n. 123; il vigente Regolamento di "
    "Polizia Urbana;",
]:
    para(doc, txt, align=J)

para(doc, "ORDINA", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, caps_space=60)
para(doc, "dalle ore 00:00 del 24 dicembre 2026 alle ore 24:00 del 6 gennaio 2027:", align=J)
for i, txt in enumerate([
    "il divieto di utilizzare, accendere e lanciare artifici pirotecnici, petardi, razzi e altri "
    "artifizi esplodenti in tutte le aree pubbliche o aperte al pubblico del centro abitato, come "
    "delimitato ai sensi del Codice della Strada;",
    "il divieto assoluto, su tutto il territorio comunale, dell'utilizzo dei medesimi artifici nel "
    "raggio di 200 metri dall'Ospedale, dalle residenze sanitarie assistenziali, dalle chiese e dal "
    "canile intercomunale;",
    "l'obbligo, per chi abbia comunque fatto uso di artifici nelle aree private, di rimuovere i "
    "residui degli stessi entro le ore 12:00 del giorno successivo.",
], 1):
    p = para(doc, "%d. %s" % (i, txt), align=J)
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)

para(doc, "AVVERTE", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, caps_space=60)
para(doc, "che, salvo che il fatto costituisca reato, la violazione della presente ordinanza è punita con "
     "la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00, ai sensi dell'art. 7-bis del "
     "D.Lgs. 267/2000, con il sequestro degli artifici ai fini della confisca.", align=J)
para(doc, "DISPONE", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, caps_space=60)
para(doc, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale "
     "del Comune e trasmessa alla Prefettura di Brescia, al Comando di Polizia Locale, alla Stazione "
     "dei Carabinieri di Chiari e agli esercenti autorizzati alla vendita di artifici pirotecnici.", align=J)
para(doc, "Contro il presente provvedimento è ammesso ricorso al T.A.R. per la Lombardia - Sezione di "
     "Brescia entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della "
     "Repubblica entro 120 giorni.", align=J, size=10)
para(doc, "Chiari, 18/12/2026", after=10)
for txt, b_ in (("IL SINDACO", True), ("dott. Marco Belotti", False),
                ("(documento firmato digitalmente)", False)):
    p = para(doc, txt, bold=b_, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
             size=9 if txt.startswith("(") else None, italic=txt.startswith("("))
    p.paragraph_format.left_indent = Mm(90)
    p.paragraph_format.keep_with_next = True

cp = doc.core_properties
cp.author = "Polizia Locale Chiari"; cp.title = "Ordinanza sindacale 87/2026"
doc.save(OUT)
