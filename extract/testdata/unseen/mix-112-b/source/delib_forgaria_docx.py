#!/usr/bin/env python3
"""Comune di Forgaria nel Friuli - Giunta minute presided by the Vicesindaco
(the Sindaco absent), as the Ascot Web Word model prints it: a header table
beside a crest picture, the roll in a table of two columns of members, page
numbers as fields in the footer. Written with python-docx; build.sh exports
it with LibreOffice Writer."""
import sys
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-forgarianelfriuli-ascotweb.docx"
CREST = os.path.join(os.path.dirname(os.path.abspath(OUT)), "crest-forgaria.png")

img = Image.new("RGB", (180, 230), "white")
d = ImageDraw.Draw(img)
d.polygon([(5, 5), (175, 5), (175, 130), (150, 190), (90, 225), (30, 190), (5, 130)], fill=(200, 30, 36), outline="black")
d.rectangle([78, 30, 102, 190], fill="white")
d.rectangle([35, 80, 145, 104], fill="white")
img.save(CREST)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    return r


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def para(text="", bold=False, italic=False, size=None, align=None, after=None, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


# footer with page field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione della Giunta comunale n. 96 del 16/12/2026 - pag. ")
r.font.size = Pt(8)
field(fp, "PAGE").font.size = Pt(8)
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES").font.size = Pt(8)

# header table: crest | name
ht = doc.add_table(rows=1, cols=2)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(ht, [Cm(2.2), Cm(14.4)])
ht.cell(0, 0).paragraphs[0].add_run().add_picture(CREST, width=Cm(1.6))
c1 = ht.cell(0, 1)
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI FORGARIA NEL FRIULI"); r.bold = True; r.font.size = Pt(16); r.font.name = "Liberation Sans"
p = c1.add_paragraph(); r = p.add_run("Comun di Forgjarie tal Fri\u00fbl"); r.italic = True; r.font.size = Pt(10); r.font.name = "Liberation Sans"
p = c1.add_paragraph(); r = p.add_run("Regione Autonoma Friuli Venezia Giulia"); r.font.size = Pt(9); r.font.name = "Liberation Sans"

para("COPIA", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4, after=2)

bt = doc.add_table(rows=2, cols=2)
borders(bt)
set_widths(bt, [Cm(10.4), Cm(6.2)])
p = bt.cell(0, 0).paragraphs[0]
r = p.add_run("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); r.bold = True; r.font.size = Pt(11)
p = bt.cell(0, 1).paragraphs[0]
r = p.add_run("N. 96 del 16/12/2026"); r.bold = True
p = bt.cell(1, 0).paragraphs[0]
r = p.add_run("Proposta n. 104 del 10/12/2026"); r.font.size = Pt(9)
p = bt.cell(1, 1).paragraphs[0]
r = p.add_run("Ufficio proponente: Area Amministrativa"); r.font.size = Pt(9)

p = para(before=10, after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Approvazione dello schema di convenzione con l'Associazione Pro Loco Forgaria per la gestione "
              "dei servizi turistici e di accoglienza presso il lago di Cornino per gli anni 2027-2028.")
r.bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = para("L'anno duemilaventisei, il giorno sedici del mese di dicembre alle ore 18:00, nella sala delle "
         "adunanze della sede municipale, a seguito di regolare convocazione, si \u00e8 riunita la Giunta comunale.",
         align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Risultano:", after=4)

roll = [("MOLINARO Pierluigi", "Sindaco", False), ("ZANNIER Mauro", "Vicesindaco", True),
        ("CIMENTI Elisa", "Assessore", True), ("MARCUZZI Daniele", "Assessore", True),
        ("PICCO Sonia", "Assessore", True)]
rt = doc.add_table(rows=4, cols=8)
borders(rt, 4)
heads = ["Cognome e nome", "Carica", "Pres.", "Ass."] * 2
widths = [Cm(3.9), Cm(2.2), Cm(1.1), Cm(1.1)] * 2
set_widths(rt, widths)
for i, h in enumerate(heads):
    cell = rt.cell(0, i)
    cell.width = widths[i]
    r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
for k, (n, role, pres) in enumerate(roll):
    row, col = 1 + k // 2, (k % 2) * 4
    vals = [n, role, "X" if pres else "", "" if pres else "X"]
    for j, v in enumerate(vals):
        cell = rt.cell(row, col + j)
        cell.width = widths[col + j]
        r = cell.paragraphs[0].add_run(v); r.font.size = Pt(9.5)
        if j >= 2:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para("Presenti n. 4 - Assenti n. 1", bold=True, size=10, before=4, align=WD_ALIGN_PARAGRAPH.RIGHT)

para("Assiste alla seduta il Segretario comunale dott.ssa Lorena Bortolussi. Essendo assente il Sindaco, "
     "assume la presidenza il sig. Mauro Zannier nella sua qualit\u00e0 di Vicesindaco il quale, constatato il "
     "numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto "
     "sopra indicato.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6)

para("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=6)
prem = [
    "PREMESSO che il Comune \u00e8 proprietario dell'area attrezzata e del punto informativo presso il lago di "
    "Cornino, meta di un rilevante afflusso di visitatori anche in relazione alla vicina Riserva naturale "
    "regionale, e che la gestione dei servizi di accoglienza \u00e8 stata affidata negli ultimi anni "
    "all'Associazione Pro Loco Forgaria mediante convenzione in scadenza il 31/12/2026;",
    "VISTO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle "
    "amministrazioni pubbliche di sottoscrivere convenzioni con le associazioni di promozione sociale iscritte "
    "da almeno sei mesi nel Registro unico nazionale del Terzo settore;",
    "VISTO lo schema di convenzione predisposto dall'Area Amministrativa, allegato al presente atto quale parte "
    "integrante e sostanziale, che prevede un rimborso delle spese effettivamente sostenute e documentate "
    "nel limite di euro 9.500,00 annui;",
    "ACQUISITI i pareri favorevoli di regolarit\u00e0 tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dai Responsabili delle Aree competenti;",
]
for t in prem:
    para(t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Con voti unanimi favorevoli espressi nelle forme di legge,", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)
para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
pts = [
    "di approvare lo schema di convenzione con l'Associazione Pro Loco Forgaria per la gestione dei servizi "
    "turistici e di accoglienza presso il lago di Cornino per gli anni 2027-2028, allegato al presente atto;",
    "di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e l'adozione "
    "dei conseguenti atti di impegno della spesa, pari a euro 9.500,00 per ciascuna annualit\u00e0, al "
    "cap. 7310/5 del bilancio 2026-2028, esercizi 2027 e 2028;",
    "di dare atto che l'Associazione dovr\u00e0 presentare entro il 31 gennaio di ogni anno il rendiconto "
    "delle attivit\u00e0 svolte e delle spese sostenute nell'anno precedente.",
]
for i, t in enumerate(pts, 1):
    p = para("%d) %s" % (i, t), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.6)
para("Con successiva e separata votazione unanime, la presente deliberazione \u00e8 dichiarata immediatamente "
     "eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante l'approssimarsi "
     "della scadenza della convenzione in essere.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6)

para("Letto, confermato e sottoscritto.", before=12, after=8)
st_ = doc.add_table(rows=3, cols=2)
set_widths(st_, [Cm(8.3), Cm(8.3)])
sig = [("IL VICESINDACO - PRESIDENTE", "IL SEGRETARIO COMUNALE"),
       ("F.to sig. Mauro Zannier", "F.to dott.ssa Lorena Bortolussi"), ("", "")]
for i, (a, b) in enumerate(sig):
    for j, v in enumerate((a, b)):
        pp = st_.cell(i, j).paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = pp.add_run(v); r.bold = (i == 0); r.font.size = Pt(10)

para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", bold=True, size=9, before=14)
para("Regolarit\u00e0 tecnica: favorevole - Il Responsabile dell'Area Amministrativa F.to dott.ssa Lorena Bortolussi",
     size=9, after=1)
para("Regolarit\u00e0 contabile: favorevole - Il Responsabile dell'Area Economico-Finanziaria F.to rag. Tiziana Ceconi",
     size=9)

props = doc.core_properties
props.author = "ascotweb"
props.title = "Deliberazione della Giunta comunale n. 96 del 16/12/2026"
doc.save(OUT)
