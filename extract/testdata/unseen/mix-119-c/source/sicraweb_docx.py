#!/usr/bin/env python3
"""Comune di Piansano -- "Sicraweb" house style as the office's Word model:
a .docx written with python-docx, exported to PDF by LibreOffice.

Consiglio n. 21/2027.  Letterhead table with the crest, boxed number and
date, shaded OGGETTO row, justified body, header on later pages with the
act's number, footer with PAGE / NUMPAGES fields.
usage: sicraweb_docx.py WORKDIR   (writes WORKDIR/consiglio-piansano-sicraweb-21.docx)
"""
import sys, os
from PIL import Image, ImageDraw
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

WD = sys.argv[1] if len(sys.argv) > 1 else "."
NUM, DATA = 21, "29/07/2027"

# crest picture, as the model has it
im = Image.new("RGB", (232, 280), "white")
d = ImageDraw.Draw(im)
d.polygon([(16, 24), (216, 24), (216, 136), (190, 210), (116, 268), (42, 210), (16, 136)],
          fill="#f3e7c9", outline="#7a1f1f", width=9)
d.rectangle([16, 24, 216, 80], fill="#7a1f1f")
for cx in (64, 116, 168):
    d.ellipse([cx - 12, 40, cx + 12, 64], fill="#f3e7c9")
d.polygon([(48, 208), (88, 136), (116, 176), (144, 120), (184, 208)], fill="#2f5d2f")
crest = os.path.join(WD, "stemma-piansano.png")
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.header_distance, sec.footer_distance = Mm(9), Mm(9)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def field(par, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._r.append(el)
        elif kind == "text":
            r.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
    return par


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def run(p, text, bold=False, size=None, font=None, color=None, spacing=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if spacing:
        rPr = r._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rPr.append(sp)
    return r


# headers and footers
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(hp, "Comune di Piansano - Deliberazione di Consiglio Comunale n. %d del %s" % (NUM, DATA), size=8,
    font="Liberation Sans", color="444444")
for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(fp, "Comune di Piansano - Sicraweb Atti          Pag. ", size=8, font="Liberation Sans")
    field(fp, " PAGE ")
    run(fp, " di ", size=8, font="Liberation Sans")
    field(fp, " NUMPAGES ")
    for r in fp.runs:
        r.font.size = Pt(8)

# letterhead
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
widths = (Mm(22), Mm(98), Mm(52))
for i, w in enumerate(widths):
    t.columns[i].width = w
    t.rows[0].cells[i].width = w
c0, c1, c2 = t.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(16))
p = c1.paragraphs[0]
run(p, "COMUNE DI PIANSANO", bold=True, size=18, font="Liberation Sans", color="7A1F1F", spacing=10)
p = c1.add_paragraph()
run(p, "Provincia di Viterbo", size=10, font="Liberation Sans")
p = c1.add_paragraph()
run(p, "Piazza Indipendenza, 1 - 01010 Piansano (VT) - Tel. 0761 450021", size=7.5, font="Liberation Sans")
nb = c2.add_table(rows=2, cols=1)
borders(nb, 8)
c2.paragraphs[0].paragraph_format.space_after = Pt(0)
p = nb.rows[0].cells[0].paragraphs[0]
run(p, "DELIBERAZIONE N. ", size=9.5, font="Liberation Sans")
run(p, str(NUM), bold=True, size=11, font="Liberation Sans")
p = nb.rows[1].cells[0].paragraphs[0]
run(p, "Data: ", size=9.5, font="Liberation Sans")
run(p, DATA, bold=True, size=11, font="Liberation Sans")

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(8)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "COPIA CONFORME ALL'ORIGINALE DIGITALE", size=9, font="Liberation Sans", spacing=20)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=11.5, font="Liberation Sans", spacing=42)

og = doc.add_table(rows=2, cols=2)
borders(og, 8)
og.autofit = False
og.columns[0].width = Mm(24)
og.columns[1].width = Mm(148)
for row in og.rows:
    row.cells[0].width = Mm(24)
    row.cells[1].width = Mm(148)
shade(og.rows[0].cells[0], "E9E4DA")
shade(og.rows[1].cells[0], "E9E4DA")
run(og.rows[0].cells[0].paragraphs[0], "OGGETTO:", bold=True, size=10, font="Liberation Sans")
run(og.rows[0].cells[1].paragraphs[0],
    "ADOZIONE DEL PIANO COMUNALE DI CLASSIFICAZIONE ACUSTICA DEL TERRITORIO AI SENSI DELLA LEGGE "
    "REGIONALE LAZIO 3 AGOSTO 2001, N. 18", bold=True, size=10, font="Liberation Sans")
run(og.rows[1].cells[0].paragraphs[0], "Seduta", bold=True, size=10, font="Liberation Sans")
run(og.rows[1].cells[1].paragraphs[0], "Sessione ordinaria - seduta pubblica di prima convocazione", size=10,
    font="Liberation Sans")
doc.add_paragraph()


def P(text, center=False, indent=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.left_indent = Mm(8)
        p.paragraph_format.first_line_indent = Mm(-6)
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = run(p, part, bold=(i % 2 == 1) or center)
            if center:
                r.font.size = Pt(11.5)
    if center:
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(6)
    return p


P("L'anno **duemilaventisette**, addì **ventinove** del mese di **luglio**, alle ore **19:00**, nella sala "
  "consiliare del Palazzo Comunale, previa convocazione notificata ai sensi del vigente Regolamento del "
  "Consiglio Comunale, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di "
  "prima convocazione.")
P("Risultano presenti, su 11 componenti assegnati e in carica, n. 10 membri: il Sindaco BRUSCHINI Paolo; "
  "la Presidente del Consiglio ZAPPAROLI Giulia; i Consiglieri FALESIEDI Chiara, MANCINELLI Luca, CECCARINI "
  "Fabio, PAPINI Roberta, SANTORI Massimo, TASCIOTTI Irene, DE SANTIS Walter e CHIATTI Valerio. È assente "
  "la Consigliera PULCINELLI Sara.")
P("Presiede la seduta la Presidente del Consiglio, ZAPPAROLI Giulia, la quale, accertato il numero legale, "
  "dichiara aperta la seduta. Partecipa il Vice Segretario Comunale dott.ssa Serena MECHELLI, in "
  "sostituzione del Segretario titolare assente, che provvede alla redazione del presente verbale.")
P("IL CONSIGLIO COMUNALE", center=True)
P("**Premesso** che la legge 26 ottobre 1995, n. 447 (Legge quadro sull'inquinamento acustico) e la legge "
  "regionale Lazio 3 agosto 2001, n. 18, pongono in capo ai Comuni l'obbligo di procedere alla "
  "classificazione acustica del proprio territorio, suddividendolo in zone omogenee cui attribuire i "
  "valori limite di emissione e di immissione;")
P("**Vista** la proposta di piano redatta dal tecnico competente in acustica ambientale ing. Daniela "
  "Fiorentini, incaricata con determinazione dell'Area Tecnica n. 96 del 14/03/2027, e trasmessa con nota "
  "prot. n. 3702 del 12/07/2027, costituita da relazione tecnica, norme tecniche di attuazione e n. 4 "
  "tavole grafiche;")
P("**Dato atto** che la proposta è stata illustrata alla Commissione consiliare Urbanistica e Ambiente "
  "nella seduta del 19/07/2027;")
P("**Visti** l'art. 42 del D.Lgs. 18 agosto 2000, n. 267 e l'art. 7 della L.R. n. 18/2001, che disciplina "
  "il procedimento di adozione, deposito e osservazioni;")
P("**Acquisito** il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica ai "
  "sensi dell'art. 49 del D.Lgs. n. 267/2000;")
P("Uditi gli interventi dei Consiglieri DE SANTIS e CHIATTI, che chiedono il rinvio dell'argomento per "
  "consentire un confronto con le associazioni di categoria, e la replica del Sindaco;")
P("Con voti favorevoli n. 8, contrari n. 2 (DE SANTIS Walter, CHIATTI Valerio), astenuti n. 0, espressi "
  "per alzata di mano dai n. 10 Consiglieri presenti e votanti;")
P("DELIBERA", center=True)
for t in ["1. di adottare il Piano comunale di classificazione acustica del territorio, costituito dagli "
          "elaborati elencati in premessa, che si allegano alla presente quale parte integrante e sostanziale;",
          "2. di disporre il deposito del Piano presso la Segreteria comunale per trenta giorni consecutivi, "
          "dandone avviso all'Albo Pretorio on line e sul sito istituzionale, affinché chiunque possa "
          "presentare osservazioni nei successivi trenta giorni;",
          "3. di trasmettere il Piano adottato alla Provincia di Viterbo e all'ARPA Lazio per l'espressione "
          "dei pareri di competenza."]:
    P(t, indent=True)
P("Successivamente, con separata votazione e con il medesimo esito (favorevoli n. 8, contrari n. 2), il "
  "Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
  "comma 4, del D.Lgs. n. 267/2000.")

pt = doc.add_table(rows=1, cols=2)
borders(pt, 4)
pt.autofit = False
for i, w in enumerate((Mm(100), Mm(72))):
    pt.columns[i].width = w
    pt.rows[0].cells[i].width = w
run(pt.rows[0].cells[0].paragraphs[0], "Parere di regolarità tecnica: favorevole\nPiansano, 20/07/2027",
    size=8.5, font="Liberation Sans")
run(pt.rows[0].cells[1].paragraphs[0], "Il Responsabile dell'Area Tecnica\nf.to ing. Tommaso Ruspantini",
    size=8.5, font="Liberation Sans")
doc.add_paragraph()

ft = doc.add_table(rows=1, cols=2)
for cell, (a, b) in zip(ft.rows[0].cells, [("La Presidente del Consiglio", "Giulia ZAPPAROLI"),
                                           ("Il Vice Segretario Comunale", "dott.ssa Serena MECHELLI")]):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, a + "\n")
    run(p, b + "\n", bold=True)
    run(p, "(documento firmato digitalmente)", size=8).italic = True

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "RELATA DI PUBBLICAZIONE", bold=True, size=9.5, font="Liberation Sans", spacing=30)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
run(p, "Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line del "
       "Comune il 03/08/2027, n. 702 di registro, e vi rimarrà per quindici giorni consecutivi, ai sensi "
       "dell'art. 124 del D.Lgs. n. 267/2000.", size=8.5, font="Liberation Sans")
p = doc.add_paragraph()
run(p, "Piansano, 03/08/2027      Il Messo Comunale - f.to Anna Rita Cordeschi", size=8.5, font="Liberation Sans")

doc.core_properties.title = "Deliberazione del Consiglio Comunale n. %d del %s" % (NUM, DATA)
doc.core_properties.author = "Comune di Piansano - Ufficio Segreteria"
doc.save(os.path.join(WD, "consiglio-piansano-sicraweb-21.docx"))
