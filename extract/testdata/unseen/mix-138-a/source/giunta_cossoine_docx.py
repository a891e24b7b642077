#!/usr/bin/env python3
"""Giunta Comunale di Cossoine, deliberazione n. 1 del 08.01.2029, Datagraph-like print
(number/date grid beside the subject, roll given in a sentence, dotted dates), written as .docx
with python-docx; LibreOffice Writer exports it to PDF.
usage: giunta_cossoine_docx.py CREST.png OUT.docx"""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

crest, out = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(12), Mm(18)
sec.header_distance = Mm(8)
sec.footer_distance = Mm(8)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1

FULL = Mm(168)


def grid(table, widths):
    g = table._tbl.tblGrid
    for gc, w in zip(g.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def borders(cell, sides=("top", "left", "bottom", "right"), sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in sides:
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def add(container, text="", bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=None, italic=False, first=False,
        caps_space=None):
    if first and container.paragraphs and not container.paragraphs[0].runs:
        p = container.paragraphs[0]
    else:
        p = container.add_paragraph()
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if caps_space:
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(caps_space))
            r._r.get_or_add_rPr().append(sp)
    return p


def run(p, text, bold=False, size=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return r


def field(p, instr, size=8):
    r = p.add_run(); r.font.size = Pt(size)
    for kind in ("begin", None, "separate", "t", "end"):
        if kind is None:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = instr
        elif kind == "t":
            e = OxmlElement("w:t"); e.text = "1"
        else:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind)
        r._r.append(e)


# page header: crest + name, repeated on every page (Word template style)
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=FULL)
grid(ht, (Mm(20), Mm(148)))
ht.rows[0].cells[0].paragraphs[0].add_run().add_picture(crest, width=Mm(14))
c = ht.rows[0].cells[1]
c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
add(c, "COMUNE DI COSSOINE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, first=True, caps_space=20)
add(c, "PROVINCIA DI SASSARI", size=9.5, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, caps_space=10)
add(c, "Via Vittorio Emanuele n. 10 - 07010 Cossoine (SS)", size=7.5, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
hp = hdr.paragraphs[0]
hdr._element.remove(hp._p)
hdr._element.append(hp._p)
pPr = hp._p.get_or_add_pPr()
pb = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "double"); bt.set(qn("w:sz"), "6"); bt.set(qn("w:color"), "000000")
pb.append(bt); pPr.append(pb)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione della Giunta Comunale n. 1 del 08.01.2029 - pag. "); r.font.size = Pt(8)
field(fp, "PAGE")

add(doc, "ORIGINALE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
add(doc, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

# number/date grid, subject in the merged row below
g = doc.add_table(rows=2, cols=4)
g.alignment = WD_TABLE_ALIGNMENT.CENTER
grid(g, (Mm(22), Mm(40), Mm(22), Mm(84)))
for cc, (txt, b) in zip(g.rows[0].cells, (("Numero", False), ("1", True), ("Data", False), ("08.01.2029", True))):
    add(cc, txt, bold=b, size=11 if b else 9, align=WD_ALIGN_PARAGRAPH.CENTER if b else WD_ALIGN_PARAGRAPH.LEFT, after=0, first=True)
    borders(cc); cc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
m = g.cell(1, 0).merge(g.cell(1, 3))
p = add(m, "", align=WD_ALIGN_PARAGRAPH.LEFT, after=2, first=True)
p.paragraph_format.space_before = Pt(2)
run(p, "Oggetto: ", bold=False, size=10)
run(p, "APPROVAZIONE PROGETTO PER L'INSERIMENTO DI CITTADINI IN SITUAZIONE DI DISAGIO ECONOMICO NEL SERVIZIO "
       "CIVICO COMUNALE - ANNUALITÀ 2029", bold=True, size=10.5)
borders(m)
add(doc, "", after=2)

add(doc, "L'anno duemilaventinove il giorno otto del mese di gennaio alle ore 13:00, nella sala delle adunanze della Casa "
         "Comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge.")
p = add(doc, "")
run(p, "Sono presenti i Signori: ")
run(p, "MURA Giovanni Maria, Sindaco; CUBEDDU Franca, Vice Sindaco.", bold=True)
p = add(doc, "")
run(p, "È assente il Signor: ")
run(p, "PINNA Salvatore, Assessore.", bold=True)
add(doc, "Presiede la seduta il Sindaco Sig. Giovanni Maria Mura.")
add(doc, "Partecipa il Segretario Comunale Dott. Gianfranco Sanna, con funzioni consultive, referenti e di assistenza e "
         "ne cura la verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000).")
add(doc, "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a "
         "deliberare sull'oggetto sopra indicato.", after=8)

add(doc, "LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for t in [
    "PREMESSO che la Legge Regionale 2 agosto 2016, n. 18, istituisce il Reddito di inclusione sociale (REIS) e prevede che "
    "i Comuni possano subordinare l'erogazione del sussidio alla partecipazione a progetti di inclusione attiva, ivi compreso "
    "il servizio civico comunale;",
    "VISTA la comunicazione della Regione Autonoma della Sardegna - Assessorato dell'Igiene e Sanità e dell'Assistenza "
    "Sociale, con la quale sono state ripartite tra i Comuni le risorse per l'annualità 2029 e assegnata al Comune di "
    "Cossoine la somma di € 18.400,00;",
    "VISTO il progetto predisposto dal Servizio Sociale comunale, allegato alla presente per farne parte integrante e "
    "sostanziale, che prevede l'inserimento di n. 6 cittadini in attività di cura del verde pubblico, di piccola "
    "manutenzione degli edifici comunali e di supporto alla biblioteca, per un importo complessivo di € 24.000,00, di cui "
    "€ 5.600,00 a carico del bilancio comunale;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile, espressi dai Responsabili dei Servizi interessati ai "
    "sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "CON VOTI unanimi, espressi nei modi e nelle forme di legge;",
]:
    add(doc, t)

add(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, caps_space=40)
for t in [
    "Di approvare il progetto per l'inserimento di cittadini in situazione di disagio economico nel servizio civico "
    "comunale per l'annualità 2029, nel testo allegato;",
    "Di dare atto che la spesa complessiva di € 24.000,00 trova copertura per € 18.400,00 nel contributo regionale e per "
    "€ 5.600,00 nei fondi del bilancio comunale, Missione 12, Programma 04, Capitolo 10420;",
    "Di demandare al Responsabile del Servizio Socio-Assistenziale l'adozione degli atti gestionali conseguenti, ivi "
    "compresa la pubblicazione dell'avviso per la raccolta delle domande.",
]:
    p = add(doc, t)
    p.paragraph_format.left_indent = Mm(8)

add(doc, "Con separata e unanime votazione, la Giunta Comunale DICHIARA la presente deliberazione immediatamente "
         "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", after=10)

add(doc, "Letto, approvato e sottoscritto.", after=6).paragraph_format.keep_with_next = True
ft = doc.add_table(rows=1, cols=2)
grid(ft, (Mm(84), Mm(84)))
trPr = ft.rows[0]._tr.get_or_add_trPr()
cs = OxmlElement("w:cantSplit"); trPr.append(cs)
for cc, (a, b) in zip(ft.rows[0].cells, (("IL PRESIDENTE", "Giovanni Maria Mura"), ("IL SEGRETARIO COMUNALE", "Dott. Gianfranco Sanna"))):
    add(cc, a, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, first=True)
    add(cc, b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    add(cc, "(firmato digitalmente)", italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
add(doc, "", after=10)

pub = doc.add_table(rows=1, cols=1)
grid(pub, (FULL,))
pub.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
cc = pub.rows[0].cells[0]
borders(cc)
add(cc, "CERTIFICATO DI PUBBLICAZIONE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=2, first=True)
add(cc, "Il sottoscritto Segretario Comunale attesta che la presente deliberazione viene pubblicata all'Albo Pretorio on "
        "line del Comune in data 09.01.2029 per quindici giorni consecutivi (art. 124, comma 1, D.Lgs. 267/2000) ed è "
        "stata contestualmente comunicata ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000).", size=9, after=2)
add(cc, "Cossoine, 09.01.2029                                                       Il Segretario Comunale - Dott. Gianfranco Sanna",
    size=9, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)

doc.core_properties.author = "Comune di Cossoine - Ufficio Segreteria"
doc.core_properties.title = "Delibera G.C. n. 1 del 08.01.2029"
doc.save(out)
