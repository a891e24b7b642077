#!/usr/bin/env python3
"""Campi Bisenzio, determinazione of the Settore 1 (personnel): a Word
document written with python-docx and exported by LibreOffice. The act's
numbers stand only in the running foot; the offices only in the signature."""
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.2)
sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0)
sec.header_distance, sec.footer_distance = Cm(0.9), Cm(0.9)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12


def field(run, instr):
    for tag, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        elif tag == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._r.append(el)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, indent=None, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    return p


# page header: the letterhead, on every page
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI CAMPI BISENZIO")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x1F)
hp2 = sec.header.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Città Metropolitana di Firenze")
r.font.size = Pt(9.5)
hp3 = sec.header.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("Piazza Dante, 36 - 50013 Campi Bisenzio (FI) - Tel. 055 89591")
r.font.size = Pt(7.5)
pPr = hp3._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "7A1F1F")):
    b.set(qn(k), v)
bdr.append(b)
pPr.append(bdr)

# running foot: the only place where the numbers are printed
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
pPr = fp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
t = OxmlElement("w:top")
for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "3"), ("w:color", "808080")):
    t.set(qn(k), v)
bdr.append(t)
pPr.append(bdr)
r = fp.add_run("Determinazione dirigenziale n. 44 del 12/01/2029 - Registro di Settore n. 3 del 12/01/2029")
r.font.size = Pt(8)
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp2.add_run("Pagina ")
r.font.size = Pt(8)
r = fp2.add_run()
r.font.size = Pt(8)
field(r, " PAGE ")
r = fp2.add_run(" di ")
r.font.size = Pt(8)
r = fp2.add_run()
r.font.size = Pt(8)
field(r, " NUMPAGES ")

para("DETERMINAZIONE DIRIGENZIALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=10)

tb = doc.add_table(rows=1, cols=2)
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
tb.autofit = False
c0, c1 = tb.rows[0].cells
c0.width, c1.width = Cm(2.6), Cm(14.1)
tb.columns[0].width, tb.columns[1].width = Cm(2.6), Cm(14.1)
c0.paragraphs[0].add_run("OGGETTO:").bold = True
cp = c1.paragraphs[0]
cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
cp.add_run("ATTRIBUZIONE DEI DIFFERENZIALI STIPENDIALI DI CUI ALL'ART. 14 DEL CCNL FUNZIONI LOCALI "
           "16/11/2022 CON DECORRENZA 01/01/2028 - APPROVAZIONE DELLA GRADUATORIA DEFINITIVA").bold = True

para("", after=2)
para("IL DIRIGENTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

for t in [
    "Visto il decreto del Sindaco n. 30 del 28/12/2028 di conferimento dell'incarico di direzione del Settore 1 - Risorse;",
    "Visto il CCNL relativo al personale del comparto Funzioni Locali sottoscritto il 16/11/2022 e, in particolare, l'art. 14, che disciplina i differenziali stipendiali quale progressione economica all'interno delle aree;",
    "Visto il Contratto Collettivo Decentrato Integrativo per il triennio 2026-2028, sottoscritto in data 14/10/2026, che all'art. 9 stabilisce i criteri per l'attribuzione dei differenziali stipendiali e destina a tale istituto, per l'anno 2028, la somma di € 41.500,00 a valere sul fondo risorse decentrate;",
    "Richiamata la propria determinazione n. 1318 del 04/12/2028, con la quale è stata approvata la graduatoria provvisoria e sono stati assegnati ai dipendenti interessati quindici giorni per la presentazione di eventuali osservazioni;",
    "Dato atto che entro il termine assegnato sono pervenute due istanze di riesame, acquisite al protocollo ai nn. 58211 e 58960, e che l'istruttoria condotta dal Servizio Risorse Umane e Organizzazione ha comportato la rettifica del punteggio di un dipendente per la valutazione dell'esperienza maturata, senza modificare il numero dei beneficiari;",
    "Ritenuto di approvare la graduatoria definitiva nel testo allegato al presente atto quale parte integrante e sostanziale (allegato A), formato nel rispetto della normativa sulla protezione dei dati personali con l'indicazione del solo numero di matricola;",
    "Visti l'art. 107 del D.Lgs. 267/2000, il D.Lgs. 165/2001 e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
]:
    para(t)

para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
for i, t in enumerate([
    "di approvare, per le motivazioni espresse in premessa, la graduatoria definitiva per l'attribuzione dei differenziali stipendiali con decorrenza 01/01/2028, allegata al presente atto (allegato A);",
    "di attribuire il differenziale stipendiale ai n. 27 dipendenti collocati in posizione utile, nei limiti delle risorse destinate dal CCDI, secondo l'ordine della graduatoria;",
    "di dare atto che la spesa complessiva di € 41.500,00, oltre oneri riflessi e IRAP, trova copertura nel fondo risorse decentrate anno 2028, costituito con determinazione n. 1097 del 16/10/2028, ai capitoli del personale del bilancio 2029-2031, gestione residui;",
    "di demandare al Servizio Risorse Umane e Organizzazione la liquidazione degli arretrati con la mensilità di febbraio 2029;",
    "di pubblicare il presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente, sottosezione Personale, ai sensi del D.Lgs. 33/2013.",
], 1):
    para("%d.\t%s" % (i, t), indent=0.6)

para("Allegato A - Graduatoria definitiva (estratto, primi dieci dipendenti)", italic=True, size=9.5, after=3)
rows = [("Pos.", "Matricola", "Area", "Punteggio")] + [
    ("1", "0417", "Funzionari e E.Q.", "91,50"), ("2", "0388", "Istruttori", "90,25"),
    ("3", "0502", "Istruttori", "88,00"), ("4", "0275", "Operatori esperti", "87,75"),
    ("5", "0611", "Funzionari e E.Q.", "86,50"), ("6", "0349", "Istruttori", "85,00"),
    ("7", "0456", "Istruttori", "84,75"), ("8", "0193", "Operatori esperti", "84,50"),
    ("9", "0587", "Funzionari e E.Q.", "83,25"), ("10", "0230", "Istruttori", "82,00")]
gt = doc.add_table(rows=len(rows), cols=4)
gt.style = "Table Grid"
gt.alignment = WD_TABLE_ALIGNMENT.CENTER
gt.autofit = False
for j, w in enumerate([Cm(1.4), Cm(2.4), Cm(5.0), Cm(2.6)]):
    gt.columns[j].width = w
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        cell = gt.rows[i].cells[j]
        cell.width = [Cm(1.4), Cm(2.4), Cm(5.0), Cm(2.6)][j]
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(v)
        rr.font.size = Pt(9)
        rr.bold = i == 0

para("", after=6)
for t, bold in [("SETTORE 1 - RISORSE", True), ("Servizio Risorse Umane e Organizzazione", False),
                ("IL DIRIGENTE", True), ("Dott. Marco Bellandi", False),
                ("(documento firmato digitalmente)", False)]:
    p = para(t, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.paragraph_format.left_indent = Cm(8.5)
    if t.startswith("("):
        p.runs[0].font.size = Pt(8.5)

doc.save(out)
