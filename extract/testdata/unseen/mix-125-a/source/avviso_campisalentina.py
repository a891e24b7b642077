#!/usr/bin/env python3
"""Campi Salentina, public notice of the Settore Servizi alla Persona (no number
of its own), typed on the office's Word model with the Halley letterhead;
python-docx writes the .docx, build.sh exports it with LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-campisalentina-halley.docx"
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(5)


def p(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, caps=False, sans=False):
    q = doc.add_paragraph()
    q.alignment = align
    if after is not None:
        q.paragraph_format.space_after = Pt(after)
    if text:
        r = q.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if sans:
            r.font.name = "Liberation Sans"
    return q


def bottom_border(par):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "12"); e.set(qn("w:space"), "4"); e.set(qn("w:color"), "000000")
    b.append(e)
    pPr.append(b)


h = sec.header
a = h.paragraphs[0]; a.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = a.add_run("COMUNE DI CAMPI SALENTINA"); r.bold = True; r.font.size = Pt(18); r.font.name = "Liberation Sans"
b = h.add_paragraph(); b.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = b.add_run("PROVINCIA DI LECCE"); r.font.size = Pt(10.5)
c = h.add_paragraph(); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = c.add_run("SETTORE SERVIZI ALLA PERSONA"); r.bold = True; r.font.size = Pt(10.5)
d = h.add_paragraph(); d.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = d.add_run("Ufficio Cultura, Sport e Associazionismo – tel. 0832 790211"); r.font.size = Pt(8.5)
bottom_border(d)

f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Piazza Libertà – 73012 Campi Salentina (LE) – C.F. 80010350752")
r.font.size = Pt(7.5)

p("Prot. n. 721 del 13/01/2028", align=WD_ALIGN_PARAGRAPH.LEFT, size=10)
p("", after=2)
p("AVVISO PUBBLICO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=17, sans=True, after=3)
p("PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI CULTURALI, SPORTIVE E DI VOLONTARIATO – ANNO 2028",
  bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=10)
p("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("in esecuzione della deliberazione della Giunta Comunale n. 3 del 05/01/2028 e del vigente Regolamento per "
  "la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio "
  "Comunale n. 27 del 30/09/2019,")
p("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("che sono aperti i termini per la presentazione delle domande di contributo a sostegno delle attività "
  "ordinarie e delle manifestazioni che le associazioni intendono svolgere nel corso dell'anno 2028 nel "
  "territorio comunale.")
sections = [
    ("Art. 1 – Soggetti ammessi.", "Possono presentare domanda le associazioni senza scopo di lucro con sede "
     "nel Comune di Campi Salentina, iscritte al Registro Unico Nazionale del Terzo Settore o all'Albo comunale "
     "delle associazioni alla data di pubblicazione del presente avviso."),
    ("Art. 2 – Risorse disponibili.", "Le risorse destinate al presente avviso ammontano complessivamente a "
     "€ 38.000,00, ripartite in € 16.000,00 per le attività culturali, € 15.000,00 per le attività sportive e "
     "€ 7.000,00 per le attività di volontariato sociale."),
    ("Art. 3 – Modalità e termini.", "Le domande, redatte sul modello allegato e sottoscritte dal legale "
     "rappresentante, dovranno pervenire entro le ore 12:00 del 14/02/2028 all'Ufficio Protocollo ovvero a "
     "mezzo PEC, corredate del programma delle attività, del bilancio preventivo e dell'ultimo rendiconto "
     "approvato."),
    ("Art. 4 – Criteri di valutazione.", "Le domande saranno valutate da una commissione interna secondo i "
     "criteri di cui all'art. 9 del Regolamento: rilevanza per la comunità, numero dei soci e dei destinatari, "
     "continuità dell'attività, capacità di cofinanziamento."),
    ("Art. 5 – Informazioni.", "Responsabile del procedimento è la sig.ra Addolorata Mele, Ufficio Cultura, "
     "Sport e Associazionismo, alla quale è possibile rivolgersi dal lunedì al venerdì dalle ore 9:00 alle ore "
     "12:00. Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito istituzionale."),
]
for head, body in sections:
    q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = q.add_run(head + " "); r.bold = True
    q.add_run(body)
p("", after=2)
p("Campi Salentina, 13/01/2028", align=WD_ALIGN_PARAGRAPH.LEFT)
t = doc.add_table(rows=3, cols=2)
for i, s in enumerate(["IL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA", "dott.ssa Lucia Renna",
                       "(firmato digitalmente)"]):
    cell = t.cell(i, 1).paragraphs[0]
    cell.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cell.add_run(s)
    r.bold = i == 0
    r.font.size = Pt(10 if i == 0 else (11 if i == 1 else 8.5))
    r.italic = i == 2
doc.core_properties.title = "Avviso contributi associazioni 2028"
doc.core_properties.author = "Settore Servizi alla Persona"
doc.save(OUT)
