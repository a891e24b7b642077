#!/usr/bin/env python3
"""Consiglio deliberation of the Comune di Castellana Grotte: a Word (.docx)
verbale of the kind that offices turn into PDF with ABBYY FineReader PDF's
printer. Written here with python-docx; build.sh converts it with LibreOffice
and pikepdf stamps the Creator/Producer an ABBYY conversion leaves."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
SUBJECT = ("APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
           "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTT. 12, 27 E 41.")

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p


def borders(table, sz=6):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz))
        x.set(qn("w:color"), "000000"); b.append(x)
    pr.append(b)


# header / footer
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI CASTELLANA GROTTE"); r.bold = True; r.font.size = Pt(16)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Città Metropolitana di Bari"); r.italic = True; r.font.size = Pt(11)
h3 = sec.header.add_paragraph(); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run("Via Marconi, 9 – 70013 Castellana Grotte (BA) – www.comune.castellanagrotte.ba.it")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Delibera di C.C. n. 18 del 27/03/2026 – pagina "); r.font.size = Pt(8)
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    rr = fp.add_run(); rr.font.size = Pt(8)
    if kind:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); rr._r.append(fc)
    else:
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; rr._r.append(it)

para("ORIGINALE", bold=True, size=10, align="r")
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13, align="c", after=0)
para("N. 18 del 27/03/2026", bold=True, size=13, align="c")
para("Sessione ordinaria – Seduta pubblica di prima convocazione", italic=True, align="c")
p = para(align="j"); runs(p, [("OGGETTO: ", True), (SUBJECT, True)])
p = para(align="j")
runs(p, [("L’anno duemilaventisei, il giorno ventisette del mese di marzo, alle ore 18:30, nella sala "
          "consiliare “Tommaso Fiore” del Palazzo di Città, a seguito di invito diramato dal Presidente "
          "del Consiglio in data 20/03/2026, prot. n. 6124, si è riunito il Consiglio Comunale. "
          "All’appello nominale risultano:", False)])

names = ["DE BELLIS ANTONELLO", "LIPPOLIS ROSANNA", "SIMONE VITO", "GIANNINI MARIA TERESA",
         "PINTO DOMENICO", "ANGELINI ANNA", "CAMPANELLA PASQUALE", "NOTARNICOLA ILARIA",
         "TINELLI GIUSEPPE", "LOCOROTONDO FRANCESCO", "CALABRESE ROSA", "DELL’AERA NICOLA",
         "SPINELLI MARIANGELA", "D’ALESSANDRO LUCA", "MICCOLIS VITANTONIO", "TAURINO ELENA",
         "GIRARDI MICHELE"]
absent = {"CAMPANELLA PASQUALE", "CALABRESE ROSA", "TAURINO ELENA"}
t = d.add_table(rows=10, cols=6); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["N.", "Consiglieri", "P / A", "N.", "Consiglieri", "P / A"]
for i, x in enumerate(hdr):
    c = t.cell(0, i); c.text = ""; rr = c.paragraphs[0].add_run(x); rr.bold = True; rr.font.size = Pt(9)
for k, n in enumerate(names):
    row = 1 + (k % 9); col = 0 if k < 9 else 3
    vals = [str(k + 1), n, "A" if n in absent else "P"]
    for j, v in enumerate(vals):
        c = t.cell(row, col + j); c.text = ""; rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
widths = [Mm(9), Mm(56), Mm(14), Mm(9), Mm(56), Mm(14)]
t.autofit = False
for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[i].twips if hasattr(widths[i], "twips") else widths[i] / 635)))
for row in t.rows:
    for i, c in enumerate(row.cells): c.width = widths[i]
para("Presenti n. 14 – Assenti n. 3 (Campanella, Calabrese, Taurino).", size=10)
p = para(align="j")
runs(p, [("Presiede la seduta la ", False), ("Presidente del Consiglio Avv. Rosanna Lippolis", True),
         (". Partecipa il ", False), ("Segretario Generale Dott. Vito Antonio Sgobba", True),
         (", incaricato della redazione del verbale. La Presidente, riconosciuta la validità del numero "
          "legale, dichiara aperta la discussione sull’argomento iscritto al punto n. 4 dell’ordine del giorno.", False)])
para("IL CONSIGLIO COMUNALE", bold=True, align="c")
for s in [
    "PREMESSO che con deliberazione consiliare n. 9 del 29/04/2021 è stato approvato il Regolamento per "
    "la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, "
    "istituito dall’art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
    "RITENUTO necessario aggiornare gli artt. 12 (occupazioni per esercizi di somministrazione), 27 "
    "(riduzioni ed esenzioni) e 41 (sanzioni e indennità) alla luce delle esigenze emerse nella gestione "
    "delle occupazioni di suolo pubblico nel centro storico e nell’area delle Grotte;",
    "VISTO il parere favorevole espresso dall’Organo di revisione economico-finanziaria con verbale n. 7 "
    "del 16/03/2026;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "UDITA la relazione dell’Assessore al Bilancio e gli interventi dei Consiglieri, riportati nel resoconto "
    "integrale della seduta;"]:
    para(s, align="j")
p = para(align="j")
runs(p, [("Con la seguente votazione, resa per alzata di mano: ", False),
         ("presenti n. 14, votanti n. 13, voti favorevoli n. 10, voti contrari n. 3 (Locorotondo, "
          "Dell’Aera, Miccolis), astenuti n. 1 (D’Alessandro)", True), (";", False)])
para("D E L I B E R A", bold=True, align="c")
pts = [
    "di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;",
    "di approvare le modifiche agli artt. 12, 27 e 41 del Regolamento per la disciplina del canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub “A”;",
    "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell’art. 53, comma 16, "
    "della Legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze – Dipartimento "
    "delle Finanze, secondo le modalità previste dalla normativa vigente;",
    "di incaricare il Responsabile del Settore Economico-Finanziario degli adempimenti conseguenti."]
for i, x in enumerate(pts, 1):
    p = para(align="j"); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d)\t%s" % (i, x))
p = para(align="j")
runs(p, [("Successivamente, con separata votazione dal medesimo esito (presenti 14, favorevoli 10, contrari 3, "
          "astenuti 1), il Consiglio Comunale ", False),
         ("dichiara la presente deliberazione immediatamente eseguibile", True),
         (", ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", False)])
para("Letto, approvato e sottoscritto.", italic=True)
t2 = d.add_table(rows=2, cols=2); t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate([("LA PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"),
                            ("Avv. Rosanna Lippolis", "Dott. Vito Antonio Sgobba")]):
    for j, v in enumerate((a, b)):
        c = t2.cell(i, j); c.text = ""; pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v); rr.bold = (i == 0); rr.font.size = Pt(10)
para("")
para("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
     "il quale sostituisce il documento cartaceo e la firma autografa.", italic=True, size=8, align="c")
d.save(out)
