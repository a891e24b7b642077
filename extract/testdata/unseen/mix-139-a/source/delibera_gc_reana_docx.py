#!/usr/bin/env python3
"""Giunta Comunale di Reana del Rojale, deliberazione n. 4/2029: an Insiel-like
print (FVG), written as .docx with python-docx and exported by LibreOffice."""
import sys
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, italic=False, size=None, align=None, after=None, before=None, caps=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.all_caps = True
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4):
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def set_widths(table, widths):
    table.autofit = False
    cols = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def borders(cell, sides="top,bottom,left,right", sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in sides.split(","):
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


# running foot (Insiel prints the act and page)
fp = sec.footer.paragraphs[0]
fp.text = "Comune di Reana del Rojale – Deliberazione della Giunta Comunale n. 4 del 10/01/2029"
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT

# letterhead
para("COMUNE DI REANA DEL ROJALE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Provincia di Udine", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Piazza del Municipio, 1 – 33010 Reana del Rojale (UD)", size=8, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

para("COPIA", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12.5,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Cm(8.3), Cm(8.3)
for c in (c0, c1):
    borders(c)
c0.paragraphs[0].add_run("N. 4").bold = True
c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c1.paragraphs[0].add_run("del 10/01/2029").bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_widths(t, [Cm(5.0), Cm(5.0)])
para("", after=2)

runs([("Proposta di deliberazione n. 5 del 08/01/2029 – Ufficio proponente: Area Servizi alla Persona", False)],
     align=WD_ALIGN_PARAGRAPH.LEFT, after=6).runs[0].font.size = Pt(8.5)

ot = doc.add_table(rows=1, cols=2)
a, b = ot.rows[0].cells
a.width, b.width = Cm(2.6), Cm(14.0)
for c in (a, b):
    borders(c)
a.paragraphs[0].add_run("OGGETTO:").bold = True
b.paragraphs[0].add_run("INDIRIZZI PER LA CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI "
                        "CULTURALI, SPORTIVE E DI VOLONTARIATO OPERANTI SUL TERRITORIO COMUNALE PER "
                        "L'ANNO 2029.").bold = True
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
set_widths(ot, [Cm(2.4), Cm(14.2)])
para("", after=4)

runs([("L'anno 2029, il giorno 10 del mese di gennaio alle ore 18:30, nella sala delle adunanze della "
       "sede municipale, in seguito a convocazione disposta dal Sindaco, si è riunita la Giunta Comunale "
       "nelle persone dei Signori:", False)])

roll = [("ZAMPARO Emiliano", "Sindaco", True), ("TOMASIN Chiara", "Vice Sindaco", True),
        ("DE CECCO Luca", "Assessore", True), ("PASCOLO Michela", "Assessore", False),
        ("ERMACORA Davide", "Assessore", True)]
rt = doc.add_table(rows=1 + len(roll), cols=4)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(6.0), Cm(4.2), Cm(2.4), Cm(2.4)]
for i, h in enumerate(["Componente", "Carica", "Presente", "Assente"]):
    c = rt.rows[0].cells[i]
    c.width = widths[i]
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if i > 1 else WD_ALIGN_PARAGRAPH.LEFT
    borders(c, "bottom", 8)
for j, (n, role, pres) in enumerate(roll, 1):
    vals = [n, role, "X" if pres else "", "" if pres else "X"]
    for i, v in enumerate(vals):
        c = rt.rows[j].cells[i]
        c.width = widths[i]
        c.paragraphs[0].add_run(v)
        c.paragraphs[0].paragraph_format.space_after = Pt(1)
        if i > 1:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_widths(rt, widths)
p = para("Presenti n. 4        Assenti n. 1", bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4, after=8)

runs([("Assiste il Segretario comunale dott. Marco Fabris.", False)])
runs([("Constatato il legale numero degli intervenuti, il sig. Emiliano Zamparo, nella sua qualità di "
       "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
       "indicato.", False)], after=10)

para("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
body = [
    "PREMESSO che il Comune di Reana del Rojale riconosce e sostiene il ruolo delle libere forme "
    "associative che operano senza fine di lucro nei settori della cultura, dello sport, del tempo libero "
    "e della solidarietà sociale, quale espressione della partecipazione dei cittadini alla vita della comunità;",
    "VISTO il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, "
    "approvato con deliberazione del Consiglio comunale n. 31 del 27/11/2017, ed in particolare l'art. 6, che "
    "demanda alla Giunta la definizione annuale degli indirizzi e dei criteri di ripartizione;",
    "DATO ATTO che nel bilancio di previsione 2029-2031, approvato con deliberazione consiliare n. 48 del "
    "19/12/2028, sono stanziati alla Missione 6, Programma 1, euro 18.000,00 e alla Missione 5, Programma 2, "
    "euro 9.500,00 per contributi ordinari alle associazioni;",
    "RITENUTO di stabilire che le domande siano presentate entro il 15 marzo 2029 e che i contributi siano "
    "ripartiti in proporzione alle attività svolte sul territorio comunale, al numero di iscritti residenti e "
    "alle iniziative rivolte ai giovani e agli anziani;",
    "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
    "del D.Lgs. 18 agosto 2000, n. 267, riportati in calce al presente atto;",
    "VISTA la L.R. 11 dicembre 2003, n. 21 e successive modifiche ed integrazioni;",
    "CON VOTI unanimi, espressi nelle forme di legge,",
]
for x in body:
    runs([(x, False)])
para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
points = [
    "di approvare gli indirizzi per la concessione dei contributi ordinari alle associazioni culturali, "
    "sportive e di volontariato per l'anno 2029, nei termini indicati in premessa, che qui si intendono "
    "integralmente richiamati;",
    "di fissare al 15 marzo 2029 il termine per la presentazione delle domande, da redigersi sul modulo "
    "predisposto dall'Ufficio Cultura, Sport e Associazionismo;",
    "di incaricare il Titolare di Posizione Organizzativa dell'Area Servizi alla Persona dell'adozione "
    "dell'avviso pubblico e di tutti gli atti gestionali conseguenti, nei limiti degli stanziamenti di bilancio;",
    "di dare atto che il presente provvedimento non comporta di per sé impegno di spesa.",
]
for i, x in enumerate(points, 1):
    p = runs([("%d. " % i, True), (x, False)])
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.6)
runs([("Inoltre, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione "
       "immediatamente eseguibile, ai sensi dell'art. 1, comma 19, della L.R. 11/12/2003, n. 21, stante "
       "l'urgenza di pubblicare l'avviso.", False)], after=10)

para("Letto, confermato e sottoscritto.", italic=True, after=8)
st2 = doc.add_table(rows=2, cols=2)
for i, (h, n) in enumerate([("IL PRESIDENTE", "F.to Emiliano Zamparo"),
                             ("IL SEGRETARIO COMUNALE", "F.to dott. Marco Fabris")]):
    c = st2.rows[0].cells[i]; c.paragraphs[0].add_run(h).bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = st2.rows[1].cells[i]; c.paragraphs[0].add_run(n)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

# pareri on a new page, as Insiel appends them
p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
para("COMUNE DI REANA DEL ROJALE", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", bold=True, size=10,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("sulla proposta di deliberazione n. 5 del 08/01/2029", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
for h, txt, who in [
    ("PARERE DI REGOLARITÀ TECNICA",
     "Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica della proposta.",
     "Il Titolare di P.O. dell'Area Servizi alla Persona\nF.to dott.ssa Silvia Toniutti"),
    ("PARERE DI REGOLARITÀ CONTABILE",
     "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile della proposta.",
     "Il Titolare di P.O. dell'Area Economico-Finanziaria\nF.to rag. Paolo Bertossi")]:
    para(h, bold=True, size=10, after=3)
    para(txt, after=3)
    para("Reana del Rojale, 08/01/2029", size=9.5, after=3)
    for ln in who.split("\n"):
        para(ln, size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para("", after=10)
para("Copia conforme all'originale, in carta libera per uso amministrativo.", italic=True, size=8.5, before=20)
doc.save(out)
