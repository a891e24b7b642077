#!/usr/bin/env python3
"""Comune di Lioni - Ordinanza sindacale n. 41 del 15/10/2026 (Halley-like house style).

Written as a Word document with python-docx (letterhead in the page header,
the number in a boxed table, the ORDINA points in Word list numbering) and
exported to PDF by LibreOffice Writer (see build.sh).
Usage: lioni_ordinanza_docx.py OUT.docx
"""
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
sec.header_distance = Cm(0.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)

# letterhead in the header, centred, as the Halley Word model prints it
hdr = sec.header
p = hdr.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI LIONI")
r.bold = True
r.font.size = Pt(18)
p2 = hdr.add_paragraph()
p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p2.add_run("Provincia di Avellino")
r.italic = True
r.font.size = Pt(11)

ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run("Ordinanza sindacale n. 41 del 15/10/2026")
r.font.size = Pt(8)


def set_cell_border(cell, sz=12):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False,
         before=0, after=4):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


t = doc.add_table(rows=2, cols=1)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, txt in enumerate(["ORDINANZA SINDACALE", "N. 41 del 15/10/2026"]):
    c = t.rows[i].cells[0]
    c.width = Cm(11)
    set_cell_border(c)
    cp = c.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = cp.add_run(txt)
    rr.bold = True
    rr.font.name = "Liberation Sans"
    rr.font.size = Pt(12)

para("", after=2)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.LEFT
p.paragraph_format.left_indent = Cm(2.4)
p.paragraph_format.first_line_indent = Cm(-2.4)
r = p.add_run("OGGETTO:\t")
r.bold = True
r = p.add_run("Chiusura temporanea dei plessi della scuola dell'infanzia e della scuola primaria "
              "di Via Fiume nei giorni 16 e 17 ottobre 2026 per interventi urgenti di "
              "disinfestazione e sanificazione.")
r.bold = True

para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=8, after=6)
for txt in [
    "PREMESSO che con nota acquisita al protocollo comunale n. 10211 del 14/10/2026 il Dirigente "
    "scolastico dell'Istituto Comprensivo di Lioni ha segnalato la presenza di infestanti (blattoidei "
    "e roditori) nei locali della mensa e dei servizi igienici dei plessi della scuola dell'infanzia e "
    "della scuola primaria di Via Fiume;",
    "VISTO il sopralluogo effettuato in data 14/10/2026 dal personale dell'Area Tecnica comunale "
    "congiuntamente al Servizio Igiene e Sanità Pubblica del Dipartimento di Prevenzione dell'ASL "
    "Avellino, dal quale è emersa la necessità di un intervento immediato di disinfestazione, "
    "derattizzazione e successiva sanificazione degli ambienti, incompatibile con la presenza degli "
    "alunni e del personale;",
    "RITENUTO necessario, a tutela della salute pubblica e dell'igiene degli ambienti scolastici, "
    "disporre la chiusura temporanea dei plessi per il tempo strettamente necessario all'esecuzione "
    "degli interventi;",
    "VISTI l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, e la legge 23 dicembre 1978, n. 833;",
]:
    para(txt)

para("ORDINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=6, after=6)
for txt in [
    "la chiusura dei plessi della scuola dell'infanzia e della scuola primaria di Via Fiume nei giorni "
    "di venerdì 16 e sabato 17 ottobre 2026, con sospensione delle attività didattiche e del servizio "
    "di refezione scolastica;",
    "alla ditta Igiene Ambientale Sud S.r.l., affidataria del servizio comunale di disinfestazione, "
    "di eseguire gli interventi di disinfestazione e derattizzazione entro la giornata del 16/10/2026 "
    "e la sanificazione dei locali entro il 17/10/2026, rilasciando la relativa certificazione;",
    "al Responsabile dell'Area Tecnica di verificare l'esito degli interventi e di comunicare al "
    "Dirigente scolastico l'idoneità dei locali alla ripresa delle attività, prevista per lunedì "
    "19 ottobre 2026.",
]:
    p = doc.add_paragraph(style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(txt)

para("DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=6, after=6)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale "
     "del Comune e trasmessa al Dirigente scolastico dell'Istituto Comprensivo di Lioni, all'ASL "
     "Avellino - Dipartimento di Prevenzione, alla Prefettura - Ufficio Territoriale del Governo di "
     "Avellino, al Comando Stazione Carabinieri di Lioni e al Comando di Polizia Municipale.")
para("AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=6, after=6)
para("che avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale "
     "della Campania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente "
     "della Repubblica entro 120 giorni.")

para("Dalla Residenza Municipale, 15/10/2026", align=WD_ALIGN_PARAGRAPH.LEFT, before=10)
for txt, b in [("IL SINDACO", True), ("avv. Antonio Castellano", False),
               ("(firmato digitalmente)", False)]:
    p = para(txt, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.paragraph_format.left_indent = Cm(9)

doc.core_properties.title = "Ordinanza sindacale n. 41 del 15/10/2026"
doc.core_properties.author = "Comune di Lioni"
doc.save(OUT)
