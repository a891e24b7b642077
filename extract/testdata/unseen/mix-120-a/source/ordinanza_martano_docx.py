#!/usr/bin/env python3
"""Comune di Martano - Ordinanza sindacale n. 41 del 06/08/2027, written as .docx
(python-docx) and exported to PDF by LibreOffice Writer (see build.sh).

Sicraweb house style: centred letterhead in the page header, letter-spaced
title, boxed number band, "OGGETTO:" hanging; justified body; page x of y in
the footer as fields.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-martano-sicraweb.docx"
BLUE = RGBColor(0x1F, 0x3B, 0x73)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(16)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False,
         container=None, color=None, spacing=None, font=None, before=None, after=None):
    p = (container or doc).add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
        if font:
            r.font.name = font
        if spacing:
            rpr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rpr.append(sp)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(run, instr):
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)
        elif txt == instr:
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = " %s " % instr
            run._r.append(t)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            run._r.append(t)


# --- header: letterhead
hd = sec.header
hp = hd.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI MARTANO")
r.bold = True; r.font.size = Pt(20); r.font.color.rgb = BLUE
para("Provincia di Lecce", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5,
     container=hd, color=BLUE, after=0)
p = para("Piazza Caduti, 1 - 73025 Martano (LE) - C.F. 80010370752 - Tel. 0836 575211",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=7.5, container=hd, font="Liberation Sans", after=2)
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
b = OxmlElement("w:bottom")
for k, v in (("val", "single"), ("sz", "12"), ("space", "1"), ("color", "1F3B73")):
    b.set(qn("w:" + k), v)
bdr.append(b); pPr.append(bdr)

# --- footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Ordinanza n. 41 del 06/08/2027 - Pag. "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "NUMPAGES")

# --- title and band
para("ORDINANZA SINDACALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14,
     spacing=60, font="Liberation Sans", before=6, after=6)
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(88), Mm(82)
c0.paragraphs[0].add_run("N. 41 del 06/08/2027").bold = True
c0.paragraphs[0].runs[0].font.size = Pt(12)
c0.paragraphs[0].runs[0].font.name = "Liberation Sans"
rr = c1.paragraphs[0].add_run("Registro delle Ordinanze - Anno 2027\nProt. n. 12406 del 06/08/2027")
rr.font.size = Pt(8.5); rr.font.name = "Liberation Sans"

p = para(before=8)
p.paragraph_format.left_indent = Mm(24)
p.paragraph_format.first_line_indent = Mm(-24)
p.paragraph_format.tab_stops.add_tab_stop(Mm(24))
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("Divieto di vendita per asporto di bevande in contenitori di vetro e lattine e di "
              "somministrazione in contenitori di vetro su aree pubbliche in occasione della "
              "manifestazione \"Martano in Festa 2027\" (11 e 12 agosto 2027).")
r.bold = True

para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for lead, rest in [
    ("Premesso che", " nei giorni 11 e 12 agosto 2027 si svolgerà nel centro storico la manifestazione "
     "\"Martano in Festa 2027\", organizzata dalla Pro Loco con il patrocinio del Comune, con spettacoli "
     "musicali in Piazza Caduti e stand gastronomici lungo Via Roma, Via Cavour e Largo Sant'Antonio;"),
    ("Considerato che", " in occasione di analoghi eventi è stata registrata una rilevante affluenza di "
     "pubblico e che l'abbandono di bottiglie e bicchieri di vetro sulle aree pubbliche costituisce "
     "pericolo per l'incolumità delle persone e pregiudizio per il decoro urbano;"),
    ("Sentito", " il Comando di Polizia Locale e acquisito il parere espresso in sede di riunione tecnica "
     "di coordinamento del 03/08/2027;"),
    ("Visti", " l'art. 50, commi 5 e 7-bis, del D.Lgs. n. 267/2000, la Legge n. 689/1981 e il vigente "
     "Regolamento di Polizia Urbana;"),
]:
    p = para()
    p.add_run(lead).bold = True
    p.add_run(rest)

para("ORDINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
pts = [
    "il divieto, dalle ore 18:00 dell'11 agosto 2027 alle ore 04:00 del 13 agosto 2027, di vendita per "
    "asporto di bevande di qualsiasi tipo in contenitori di vetro e in lattine da parte degli esercizi "
    "commerciali, artigianali e di somministrazione e degli operatori su area pubblica ubicati nel "
    "centro storico e nelle vie indicate in premessa;",
    "il divieto, nel medesimo periodo e nelle medesime aree, di somministrazione di bevande in "
    "contenitori di vetro all'esterno dei locali, fatta eccezione per il servizio ai tavoli nelle aree "
    "oggetto di concessione di suolo pubblico;",
    "a chiunque di introdurre e detenere, nelle aree della manifestazione, bevande in contenitori di "
    "vetro e lattine.",
]
for i, tx in enumerate(pts, 1):
    p = para()
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(7))
    p.add_run("%d.\t%s" % (i, tx))

para("AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
para("che, salvo che il fatto costituisca reato, la violazione della presente ordinanza è punita con la "
     "sanzione amministrativa pecuniaria da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. "
     "n. 267/2000, oltre al sequestro e alla confisca della merce.")
para("DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa al Comando di "
     "Polizia Locale, alla Stazione dei Carabinieri di Martano e alla Prefettura di Lecce. Avverso il "
     "presente provvedimento è ammesso ricorso al T.A.R. Puglia - sezione di Lecce entro 60 giorni, "
     "ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")

para("Martano, 06/08/2027", before=10)
for tx, b, it in (("IL SINDACO", True, False), ("dott. Giuseppe Prontera", False, False),
                  ("(firmato digitalmente)", False, True)):
    p = para(tx, bold=b, italic=it, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.paragraph_format.left_indent = Mm(95)

doc.core_properties.title = "Ordinanza sindacale n. 41/2027"
doc.core_properties.author = "Comune di Martano - Segreteria"
doc.save(OUT)
