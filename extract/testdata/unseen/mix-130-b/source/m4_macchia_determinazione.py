#!/usr/bin/env python3
"""Macchia d'Isernia (IS): a determinazione of the Area Tecnica typed on
the office's Word model of the "Halley" print - Courier New, rules of
'=', registry numbers and dates filled over underscores. Written as .docx
with python-docx (footer with PAGE / NUMPAGES fields); build.sh converts it
with LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-macchiadisernia-halley.docx"
FONT = "Courier New"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.0
doc.core_properties.title = "Determinazione Area Tecnica 143/2028"
doc.core_properties.author = "Ufficio Tecnico - Comune di Macchia d'Isernia"

RULE = "=" * 80


def p(text="", align=None, bold=False, after=0):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(after)
    return para


def runs(parts, align=None, after=0, indent=None, hanging=None):
    para = doc.add_paragraph()
    for t, b in parts:
        r = para.add_run(t)
        r.bold = b
    if align == "j":
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(after)
    if indent is not None:
        para.paragraph_format.left_indent = Cm(indent)
        para.paragraph_format.first_line_indent = Cm(-hanging)
    return para


def field(run_parent, code):
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        r = run_parent.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text == code:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % code
            r._r.append(it)
        else:
            r.text = text


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Determinazione Area Tecnica R.G. n. 143 del 20-06-2028 - Pagina ")
r.font.size = Pt(8)
field(fp, "PAGE")
fp.add_run(" di ").font.size = Pt(8)
field(fp, "NUMPAGES")
for rr in fp.runs:
    rr.font.size = Pt(8)

p("COMUNE DI MACCHIA D'ISERNIA", "c", bold=True)
p("Provincia di Isernia", "c")
p("86070 Macchia d'Isernia (IS)", "c")
p(RULE)
p("AREA TECNICA", "c", bold=True)
p("Servizio Manutenzioni e Patrimonio", "c")
p(RULE)
p("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", "c", bold=True, after=8)
p("Registro Generale  n. ___143_____   del ___20-06-2028______")
p("Registro di Area   n. ____58_____   del ___19-06-2028______", after=8)
runs([("OGGETTO: ", True),
      ("AFFIDAMENTO DIRETTO DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE \"COLLE "
       "VECCHIO\" ALLA DITTA EDIL VOLTURNO S.R.L. - IMPEGNO DI SPESA - CIG B2A4C91E07 - CUP "
       "C57H28000120006", True)], indent=2.1, hanging=2.1)
p(RULE, after=6)
p("IL RESPONSABILE DELL'AREA TECNICA", "c", bold=True, after=6)
for lead, t in [
    ("VISTO", " il decreto del Sindaco n. 6 del 05-06-2028, con il quale il sottoscritto e' stato nominato "
     "Responsabile dell'Area Tecnica con le funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;"),
    ("PREMESSO", " che a seguito delle intense precipitazioni del mese di maggio 2028 la strada comunale "
     "\"Colle Vecchio\" ha subito il cedimento di un tratto della banchina di valle e l'ostruzione delle "
     "cunette di scolo, come accertato con verbale di sopralluogo del 27-05-2028;"),
    ("VISTO", " il computo metrico estimativo redatto dall'Ufficio Tecnico, dell'importo di Euro 31.240,00 "
     "per lavori, di cui Euro 980,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA 22%;"),
    ("RICHIAMATO", " l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente "
     "l'affidamento diretto dei lavori di importo inferiore a 150.000 euro;"),
    ("DATO ATTO", " che la ditta Edil Volturno S.r.l., con sede in Colli a Volturno (IS), P.IVA "
     "00918350946, interpellata tramite la piattaforma di approvvigionamento digitale, ha offerto un "
     "ribasso del 6,50% sull'importo soggetto a ribasso, e che sono state verificate con esito positivo "
     "la regolarita' contributiva e l'assenza di cause di esclusione;"),
    ("VISTA", " la deliberazione della Giunta Comunale n. 31 del 12-05-2028, con la quale e' stato "
     "assegnato all'Area Tecnica il relativo budget di spesa;"),
]:
    runs([(lead, True), (t, False)], align="j", after=4)
p("D E T E R M I N A", "c", bold=True, after=6)
pts = [
    "di affidare alla ditta Edil Volturno S.r.l., P.IVA 00918350946, i lavori di manutenzione "
    "straordinaria della strada comunale \"Colle Vecchio\" per l'importo netto di Euro 29.273,10, "
    "compresi oneri della sicurezza, oltre IVA 22%, per complessivi Euro 35.713,18;",
    "di impegnare la spesa di Euro 35.713,18 alla Missione 10, Programma 05, Capitolo 3510/2 del "
    "bilancio di previsione 2028/2030, esercizio 2028;",
    "di dare atto che il contratto sara' stipulato mediante scrittura privata in modalita' elettronica "
    "e che i lavori dovranno essere ultimati entro 45 giorni dalla consegna;",
    "di dare atto che il Responsabile Unico del Progetto e' il sottoscritto ing. Nicola Mancini;",
    "di trasmettere la presente determinazione al Responsabile dell'Area Finanziaria per l'apposizione "
    "del visto di regolarita' contabile attestante la copertura finanziaria.",
]
for i, t in enumerate(pts, 1):
    runs([("%d) " % i, False), (t, False)], align="j", after=4, indent=1.0, hanging=1.0)
p("", after=4)
p("Macchia d'Isernia, ___19-06-2028______", after=8)
p("                                    IL RESPONSABILE DELL'AREA TECNICA")
p("                                    ______ing. Nicola Mancini_______", after=10)
p(RULE)
p("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "c", bold=True, after=4)
p("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarita' contabile "
  "attestante la copertura finanziaria. Impegno n. ___212/2028___ - Capitolo ___3510/2___", "j", after=4)
p("Data ___20-06-2028______          IL RESPONSABILE DELL'AREA FINANZIARIA")
p("                                    ______rag. Emilio Paolone_______", after=8)
p(RULE)
p("CERTIFICATO DI PUBBLICAZIONE", "c", bold=True, after=4)
p("Copia della presente determinazione e' pubblicata all'Albo Pretorio on line dal ___21-06-2028___ "
  "per 15 giorni consecutivi. Reg. Pubbl. n. ___319___", "j", after=4)
p("Macchia d'Isernia, ___21-06-2028___            IL MESSO COMUNALE ___Carmine Di Nucci___")
doc.save(OUT)
