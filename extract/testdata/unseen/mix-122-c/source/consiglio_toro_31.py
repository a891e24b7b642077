#!/usr/bin/env python3
"""Comune di Toro - Consiglio n. 31 del 26/10/2027 (Studio K house style).
Written as a Word document (python-docx) and exported by LibreOffice Writer.
Usage: consiglio_toro_31.py OUT.docx"""
import sys, io
from PIL import Image, ImageDraw
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]


def crest():
    im = Image.new("RGB", (232, 280), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(16, 16), (216, 16), (216, 150), (116, 264), (16, 150)], outline="black", width=7)
    d.pieslice([(56, 110), (176, 230)], 180, 360, fill=(122, 29, 29))
    d.ellipse([(96, 60), (136, 100)], fill=(201, 162, 39), outline="black", width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def shade(cell, color="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def field(run, code):
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            run._r.append(e)
        elif text == code:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = code
            run._r.append(e)
        else:
            e = OxmlElement("w:t")
            e.text = text
            run._r.append(e)


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(16), Mm(22)
sec.footer_distance = Mm(10)

# running foot with the number and page x of y
fp = sec.footer.paragraphs[0]
fp.paragraph_format.tab_stops.add_tab_stop(Mm(168))
r = fp.add_run("Comune di Toro – Deliberazione del Consiglio Comunale n. 31 del 26/10/2027\tPag. ")
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

# letterhead: crest | name | COPIA
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1, c2 = t.rows[0].cells
c0.width, c1.width, c2.width = Mm(22), Mm(128), Mm(18)
c0.paragraphs[0].add_run().add_picture(crest(), width=Mm(17))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI TORO"); r.bold = True; r.font.size = Pt(20)
p = c1.add_paragraph(); r = p.add_run("Provincia di Campobasso"); r.italic = True; r.font.size = Pt(12)
p = c1.add_paragraph(); r = p.add_run("Piazza Municipio, 1 – 86018 Toro (CB) – Tel. 0874 461105 – PEC: protocollo.comunetoro@pec.it"); r.font.size = Pt(8)
p = c2.paragraphs[0]; set_widths(t, [Mm(22), Mm(128), Mm(18)]); r = p.add_run("COPIA"); r.bold = True; r.font.size = Pt(10)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p = doc.add_paragraph()
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"); r.bold = True; r.font.size = Pt(13)

t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
vals = ["N.", "31", "Data", "26/10/2027"]
set_widths(t, [Mm(20), Mm(64), Mm(20), Mm(64)])
for i, v in enumerate(vals):
    cell = t.rows[0].cells[i]
    rr = cell.paragraphs[0].add_run(v)
    if i % 2 == 0:
        rr.bold = True; shade(cell)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Sessione ordinaria – Seduta pubblica di prima convocazione"); r.italic = True; r.font.size = Pt(10)

t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
p = t.rows[0].cells[0].paragraphs[0]
r = p.add_run("OGGETTO: "); r.bold = True
p.add_run("RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 88 DEL 28/09/2027 AVENTE AD OGGETTO "
          "“VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 (ART. 175, COMMA 4, D.LGS. 267/2000)”.")

def para(text, bold_lead=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, italic=False, size=None):
    p = doc.add_paragraph(); p.alignment = align
    if bold_lead:
        r = p.add_run(bold_lead + " "); r.bold = True
    r = p.add_run(text); r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p

def centre(text):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True
    return p

doc.add_paragraph()
para("L’anno duemilaventisette, il giorno ventisei del mese di ottobre, alle ore 18:00, nella sala consiliare del "
     "Palazzo Municipale, convocato con avvisi notificati ai consiglieri nei modi e termini di legge, si è riunito "
     "il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, sotto la presidenza del "
     "Sindaco sig. Roberto Capozio, con la partecipazione del Segretario Comunale dott.ssa Marisa Santorelli, che "
     "cura la redazione del verbale.")
para("All’appello nominale risultano:")

roll_l = [("1", "CAPOZIO Roberto", "Sindaco", True), ("2", "MASTROGIACOMO Lucia", "Consigliere", True),
          ("3", "DI IORIO Pasquale", "Consigliere", True), ("4", "FRATANGELO Carmine", "Consigliere", True),
          ("5", "PALLOTTA Sabrina", "Consigliere", True), ("6", "VENDITTI Michele", "Consigliere", True)]
roll_r = [("7", "COLAVITA Annamaria", "Consigliere", True), ("8", "DE LISIO Franco", "Consigliere", True),
          ("9", "TARTAGLIA Gennaro", "Consigliere", False), ("10", "MANCINI Rosaria", "Consigliere", False),
          ("11", "PETRELLA Domenico", "Consigliere", True), ("", "", "", None)]
t = doc.add_table(rows=1 + len(roll_l), cols=10); t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ["N.", "Consigliere", "Carica", "P", "A"] * 2
widths = [Mm(8), Mm(46), Mm(20), Mm(5.5), Mm(5.5)] * 2
for i, h in enumerate(heads):
    c = t.rows[0].cells[i]; c.width = widths[i]
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); shade(c)
for j, (L, R) in enumerate(zip(roll_l, roll_r)):
    row = t.rows[j + 1].cells
    for k, item in enumerate((L, R)):
        n, name, role, pres = item
        vals = [n, name, role, "X" if pres is True else "", "X" if pres is False else ""]
        for i, v in enumerate(vals):
            c = row[k * 5 + i]; c.width = widths[k * 5 + i]
            rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
            if i in (0, 3, 4):
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_widths(t, widths)
para("Presenti n. 9 – Assenti n. 2", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)

para("Il Presidente, riconosciuta la validità della seduta, passa alla trattazione del punto n. 2 dell’ordine del giorno.")
para("Alle ore 18:25, durante l’illustrazione del punto, entra in aula il consigliere TARTAGLIA Gennaro. Presenti n. 10.", italic=True)

centre("IL CONSIGLIO COMUNALE")
para("che con deliberazione della Giunta Comunale n. 88 del 28/09/2027, adottata in via d’urgenza ai sensi dell’art. 175, "
     "comma 4, del D.Lgs. 267/2000, è stata apportata al bilancio di previsione finanziario 2027/2029 una variazione di "
     "€ 38.600,00 per far fronte alle spese di ripristino della copertura della scuola primaria danneggiata dagli eventi "
     "atmosferici del 14 e 15 settembre 2027;", "Premesso")
para("che la norma citata prevede la ratifica consiliare, a pena di decadenza, entro i sessanta giorni seguenti "
     "all’adozione;", "Considerato")
para("il parere favorevole dell’Organo di revisione economico-finanziaria, reso con verbale n. 19 del 10/10/2027;", "Visto")
para("il Sindaco, che illustra la variazione, e il consigliere DE LISIO Franco, capogruppo di minoranza, il quale, pur "
     "condividendo la necessità dell’intervento, annuncia l’astensione del proprio gruppo per la mancata "
     "informazione preventiva della commissione consiliare;", "Uditi")
para("i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell’Area Finanziaria, rag. Teresa "
     "Colagiovanni, ai sensi dell’art. 49 del D.Lgs. 267/2000;", "Acquisiti")
para("Alle ore 18:50 esce dall’aula il consigliere PETRELLA Domenico. Presenti n. 9.", italic=True)
para("Il Presidente pone in votazione la proposta, con il seguente esito, accertato con l’assistenza del Segretario: "
     "Presenti n. 9 – Votanti n. 7 – Favorevoli n. 7 – Contrari n. 0 – Astenuti n. 2 (DE LISIO Franco, TARTAGLIA Gennaro).")
para("Visto l’esito della votazione, a maggioranza,")
centre("DELIBERA")
items = [
    "di ratificare, ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione della Giunta Comunale n. 88 del "
    "28/09/2027 avente ad oggetto “Variazione d’urgenza al bilancio di previsione finanziario 2027/2029”;",
    "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all’art. 193 del D.Lgs. 267/2000;",
    "di trasmettere copia della presente al Tesoriere comunale per gli adempimenti di competenza.",
]
for i, it in enumerate(items, 1):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)
    p.add_run(f"{i}.\t{it}")
para("Successivamente, con separata votazione, presenti n. 9, votanti n. 7, favorevoli n. 7, contrari n. 0, astenuti n. 2, "
     "la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")

doc.add_paragraph()
para("Letto, confermato e sottoscritto.", align=WD_ALIGN_PARAGRAPH.LEFT)
t = doc.add_table(rows=2, cols=2)
for i, (a, b) in enumerate((("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"), ("F.to Roberto Capozio", "F.to dott.ssa Marisa Santorelli"))):
    for j, v in enumerate((a, b)):
        c = t.rows[i].cells[j]; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.paragraphs[0].add_run(v)

doc.add_paragraph()
centre("CERTIFICATO DI PUBBLICAZIONE")
para("Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune il "
     "29/10/2027 per quindici giorni consecutivi (Reg. pubbl. n. 561).", size=10)
para("IL SEGRETARIO COMUNALE\nF.to dott.ssa Marisa Santorelli", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)

doc.core_properties.author = "Segreteria - Comune di Toro"
doc.core_properties.title = "Delibera C.C. n. 31/2027"
doc.save(out)
