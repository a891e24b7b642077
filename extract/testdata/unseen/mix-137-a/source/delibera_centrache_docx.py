"""Centrache, Kibernetes-like minute of the Consiglio Comunale: a .docx written
with python-docx (header table, a two-column roll as one 8-column table,
page numbers as fields in the footer), exported by LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, align=None, size=None, space=3, runs=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    return p


def field(par, instr):
    r = par.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr; r._r.append(i)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r._r.append(b)


def borders(table, sz=4):
    tbl = table._tbl
    pr = tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        bd.append(el)
    pr.append(bd)


# running header and footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Comune di Centrache – Deliberazione del Consiglio Comunale n. 1 del 12/01/2029")
r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Pagina "); r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

# letterhead: text on the left, the number box on the right
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width, t.columns[1].width = Mm(115), Mm(55)
c0.width, c1.width = Mm(115), Mm(55)
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI CENTRACHE"); r.bold = True; r.font.size = Pt(17)
p = c0.add_paragraph(); r = p.add_run("Provincia di Catanzaro"); r.font.size = Pt(10.5)
p = c0.add_paragraph(); r = p.add_run("Via Municipio, 1 – 88067 Centrache (CZ)"); r.font.size = Pt(8.5)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORIGINALE"); r.bold = True; r.font.size = Pt(9)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Deliberazione n. 1"); r.bold = True; r.font.size = Pt(12)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("del 12/01/2029"); r.bold = True; r.font.size = Pt(12)
para("", space=2)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align="c", size=13, space=1)
para("Adunanza ordinaria di prima convocazione – seduta pubblica", align="c", size=9.5, space=8)
ot = doc.add_table(rows=1, cols=2)
borders(ot, 8)
a, b = ot.rows[0].cells
ot.autofit = False
ot.columns[0].width, ot.columns[1].width = Mm(24), Mm(146)
a.width, b.width = Mm(24), Mm(146)
a.paragraphs[0].add_run("OGGETTO:").bold = True
b.paragraphs[0].add_run("MODIFICA DELL'ART. 12 DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI "
                        "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA").bold = True
para("", space=2)
para(align="j", runs=[("L'anno duemilaventinove, il giorno dodici del mese di gennaio, alle ore 17:30, nella sala consiliare "
                       "del Palazzo Municipale, a seguito di avvisi scritti regolarmente notificati ai sensi del vigente "
                       "Regolamento del Consiglio, si è riunito il Consiglio Comunale. Fatto l'appello nominale risultano:", False)])

roll = [("VITALE Giuseppe", "Sindaco", True), ("GRILLO Antonio", "Consigliere", True),
        ("MIRARCHI Teresa", "Consigliere", True), ("FODARO Salvatore", "Consigliere", True),
        ("PUGLIESE Rosanna", "Consigliere", True), ("CONDITO Michele", "Consigliere", False),
        ("SCALISE Domenico", "Consigliere", True), ("TOLONE Caterina", "Consigliere", True),
        ("RIGA Vincenzo", "Consigliere", True), ("LENTINI Pasquale", "Consigliere", True),
        ("CIAMBRONE Francesca", "Consigliere", False)]
half = 6
rt = doc.add_table(rows=half + 1, cols=8)
borders(rt, 4)
hdr = ["Cognome e nome", "Carica", "P", "A"] * 2
for i, h in enumerate(hdr):
    cell = rt.rows[0].cells[i]
    run = cell.paragraphs[0].add_run(h); run.bold = True; run.font.size = Pt(9)
widths = [Mm(44), Mm(25), Mm(8), Mm(8)] * 2
for k in range(len(roll)):
    row = rt.rows[1 + (k % half)]
    off = 0 if k < half else 4
    n, ro, pr = roll[k]
    vals = [n, ro, "X" if pr else "", "" if pr else "X"]
    for j, v in enumerate(vals):
        run = row.cells[off + j].paragraphs[0].add_run(v); run.font.size = Pt(9.5)
rt.autofit = False
for j, w in enumerate(widths):
    rt.columns[j].width = w
for row in rt.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = w
para("Presenti n. 9 – Assenti n. 2", bold=True, align="r", size=9.5, space=6)
para(align="j", runs=[("Presiede il Sindaco ", False), ("Avv. Giuseppe Vitale", True),
                      (". Partecipa il Segretario Comunale ", False), ("Dott. Francesco Mirabelli", True),
                      (", che cura la redazione del presente verbale. Il Presidente, constatato il numero legale, "
                       "dichiara aperta la seduta e pone in discussione l'argomento in oggetto.", False)])
para("Proposta n. 2 del 03/01/2029 – Settore proponente: Area Economico-Finanziaria", size=9, space=6)
para("IL CONSIGLIO COMUNALE", bold=True, align="c", space=4)
for s in [
    "PREMESSO che con deliberazione consiliare n. 9 del 29/03/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
    "CONSIDERATO che l'art. 12 del Regolamento, relativo alle occupazioni temporanee per manifestazioni e fiere, non prevede riduzioni per le iniziative promosse dalle associazioni senza scopo di lucro con sede nel territorio comunale;",
    "RITENUTO di introdurre una riduzione del 50 per cento della tariffa per le occupazioni effettuate in occasione di manifestazioni culturali, religiose e sportive promosse dalle associazioni iscritte all'albo comunale;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell'Area Economico-Finanziaria e il parere del Revisore dei conti (verbale n. 1 del 08/01/2029);",
    "UDITI gli interventi dei consiglieri, riportati nella registrazione audio della seduta conservata agli atti;",
    "Con voti favorevoli n. 7, contrari n. 2 (Scalise, Lentini), astenuti n. 0, resi per alzata di mano dai n. 9 consiglieri presenti e votanti;",
]:
    para(s, align="j")
para("DELIBERA", bold=True, align="c", space=4)
for i, s in enumerate([
    "di modificare l'art. 12 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, aggiungendo il comma 4 nel testo riportato nell'allegato A alla presente deliberazione;",
    "di stabilire che la modifica si applica dal 1° gennaio 2029, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale.",
], 1):
    p = para(align="j", runs=[("%d)  " % i, True), (s, False)])
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
para("Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 7, contrari n. 2, il Consiglio "
     "Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
     align="j", space=10)
para("Letto, approvato e sottoscritto.", space=8)
ft = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"),
                            ("Avv. Giuseppe Vitale", "Dott. Francesco Mirabelli"),
                            ("firmato digitalmente", "firmato digitalmente")]):
    for j, v in enumerate((a, b)):
        p = ft.rows[i].cells[j].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(v); r.font.size = Pt(9 if i == 2 else 10.5); r.italic = (i == 2)
doc.save(out)
