#!/usr/bin/env python3
"""Comune di Gambettola, ordinanza del Responsabile del Settore Territorio e Ambiente n. 2 del
11/01/2029 (traffic, road works): python-docx .docx with the letterhead in the page header,
exported by LibreOffice Writer."""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]

SUBJECT = ("ISTITUZIONE DEL DIVIETO DI TRANSITO E DI SOSTA CON RIMOZIONE FORZATA IN VIA GIUSEPPE VERDI, NEL TRATTO "
           "COMPRESO TRA VIA MAZZINI E VIA GARIBALDI, PER LAVORI DI RIFACIMENTO DEL MANTO STRADALE DAL 15/01/2029 "
           "AL 26/01/2029")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(3.4), Cm(2.0)
sec.header_distance = Cm(0.9)

st = doc.styles["Normal"]
st.font.name = "DejaVu Sans Condensed"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Sans Condensed")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12


def widths(table, ws):
    table.autofit = False
    for gc, wdt in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(wdt.twips)))
    for row in table.rows:
        for c, wdt in zip(row.cells, ws):
            c.width = wdt


def bottom_rule(p, color="14643C", sz=18):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:color"), color)
    e.set(qn("w:space"), "2")
    b.append(e)
    pPr.append(b)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


# page header: crest + body
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(16.8))
widths(ht, (Cm(1.7), Cm(15.1)))
ht.rows[0].cells[0].paragraphs[0].add_run().add_picture(os.path.join(HERE, "stemma_gambettola.png"), width=Cm(1.25))
c = ht.rows[0].cells[1]
p = c.paragraphs[0]
r = p.add_run("COMUNE DI GAMBETTOLA")
r.bold = True
r.font.size = Pt(15)
p2 = c.add_paragraph()
r = p2.add_run("Provincia di Forlì-Cesena")
r.font.size = Pt(9)
hp = hdr.paragraphs[0]
hp.paragraph_format.space_after = Pt(0)
bottom_rule(hdr.add_paragraph())

# page foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("47035 Gambettola (FC) - www.comune.gambettola.fc.it")
r.font.size = Pt(7.5)
r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

t = doc.add_table(rows=2, cols=2)
widths(t, (Cm(10.3), Cm(6.5)))
cell = t.rows[0].cells[0]
cell.paragraphs[0].add_run("SETTORE TERRITORIO E AMBIENTE").bold = True
cell.add_paragraph().add_run("Servizio Viabilità e Traffico").font.size = Pt(9.5)
cell = t.rows[0].cells[1]
cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
cell.paragraphs[0].add_run("Prot. n. 714").font.size = Pt(9)
p = cell.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Class. 06.05").font.size = Pt(9)

para("", after=4)
p = para("ORDINANZA N. 2 DEL 11/01/2029", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=8)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.left_indent = Cm(2.2)
p.paragraph_format.first_line_indent = Cm(-2.2)
p.paragraph_format.space_after = Pt(10)
p.add_run("OGGETTO:\t").bold = True
p.add_run(SUBJECT).bold = True
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))

para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in (
    "Vista la determinazione n. 1 del 04/01/2029 con la quale sono stati affidati alla ditta Asfalti Savio S.r.l., "
    "con sede in Cesena, i lavori di rifacimento del manto stradale di Via Giuseppe Verdi;",
    "Vista la richiesta della ditta esecutrice, acquisita al protocollo n. 655 del 10/01/2029, di istituire il "
    "divieto di transito e di sosta nel tratto interessato dai lavori, per il periodo dal 15/01/2029 al "
    "26/01/2029, dalle ore 7:30 alle ore 18:00;",
    "Considerato che, per la larghezza della carreggiata e la natura delle lavorazioni (fresatura, stesa del "
    "conglomerato bituminoso e rifacimento della segnaletica orizzontale), non è possibile garantire il transito "
    "dei veicoli in condizioni di sicurezza;",
    "Sentito il Comando di Polizia Locale dell'Unione Rubicone e Mare in merito ai percorsi alternativi;",
    "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
    "Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;",
    "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
):
    para(s)
para("ORDINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for letter, s in zip("abcd", (
    "l'istituzione del divieto di transito a tutti i veicoli in Via Giuseppe Verdi, nel tratto compreso tra Via "
    "Mazzini e Via Garibaldi, dal 15/01/2029 al 26/01/2029, dalle ore 7:30 alle ore 18:00, ad eccezione dei "
    "mezzi dell'impresa esecutrice, dei mezzi di soccorso e delle forze dell'ordine;",
    "l'istituzione, nel medesimo tratto e per il medesimo periodo, del divieto di sosta con rimozione forzata su "
    "entrambi i lati della carreggiata;",
    "che i residenti possano accedere ai passi carrai compatibilmente con le lavorazioni in corso, secondo le "
    "indicazioni del personale dell'impresa;",
    "che l'impresa esecutrice provveda all'apposizione della prescritta segnaletica, con le relative indicazioni "
    "dei percorsi alternativi, almeno 48 ore prima dell'inizio dei lavori.",
)):
    p = para("%s)\t%s" % (letter, s))
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
para("DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, resa nota mediante la prescritta "
     "segnaletica e trasmessa al Comando di Polizia Locale dell'Unione Rubicone e Mare, alla Stazione Carabinieri "
     "di Gambettola e al servizio di trasporto pubblico locale. Gli organi di polizia stradale di cui all'art. 12 "
     "del Codice della Strada sono incaricati di far rispettare il presente provvedimento.")
para("AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("che contro la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale dell'Emilia-Romagna "
     "entro 60 giorni dalla pubblicazione, ovvero, in alternativa, ricorso straordinario al Presidente della "
     "Repubblica entro 120 giorni; è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti ai "
     "sensi dell'art. 37, comma 3, del Codice della Strada, entro 60 giorni.")
para("", after=6)
para("Gambettola, 11/01/2029", after=10)
for s, b in (("IL RESPONSABILE DEL SETTORE", True), ("TERRITORIO E AMBIENTE", True), ("Arch. Chiara Pieri", False)):
    p = para(s, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, after=1)
    p.paragraph_format.left_indent = Cm(9)
p = para("(documento sottoscritto con firma digitale)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
p.paragraph_format.left_indent = Cm(9)

doc.core_properties.author = "Settore Territorio e Ambiente"
doc.core_properties.title = "Ordinanza n. 2/2029"
doc.save(out)
