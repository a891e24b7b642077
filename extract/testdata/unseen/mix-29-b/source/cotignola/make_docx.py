# Comune di Cotignola - Consiglio deliberation 14/2026.
# A Word (.docx) minute in the manner of a Word template printed through Adobe PDFMaker;
# written with python-docx, converted to PDF by LibreOffice (soffice --convert-to pdf).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2)
st = doc.styles["Normal"]
st.font.name = "Caladea"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Caladea")
st.paragraph_format.space_after = Pt(3)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)

def p(text="", bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=0, after=3, italic=False, container=None):
    par = (container or doc).add_paragraph()
    par.alignment = align
    par.paragraph_format.space_before = Pt(before); par.paragraph_format.space_after = Pt(after)
    if text:
        r = par.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return par


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)

def field(par, code):
    r = par.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r._r.append(t)
    r = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)

# footer: running foot with page field
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Cotignola – Deliberazione del Consiglio Comunale n. 14 del 26/02/2026 – pag. "); r.font.size = Pt(8)
field(fp, "PAGE")
fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."); r.font.size = Pt(7); r.italic = True

# letterhead
h = doc.add_table(rows=1, cols=3); h.alignment = WD_TABLE_ALIGNMENT.CENTER
h.columns[0].width = Cm(2.6)
c0, c1, c2 = h.rows[0].cells
set_widths(h, [2.6, 10.2, 3.8])
p("(stemma)", italic=True, size=7, align=WD_ALIGN_PARAGRAPH.CENTER, container=c0)
c0.paragraphs[0].text = ""
p("COMUNE DI COTIGNOLA", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, container=c1); c1.paragraphs[0].text = ""
p("Provincia di Ravenna", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, container=c1)
c2.paragraphs[0].text = ""
p("Deliberazione", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, container=c2)
p("n. 14", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, container=c2)
p("ORIGINALE", size=8, align=WD_ALIGN_PARAGRAPH.CENTER, container=c2)
shade(c2, "EDEDED")

p("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
p("Adunanza ordinaria di prima convocazione – Seduta pubblica", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

ot = doc.add_table(rows=2, cols=1); ot.style = "Table Grid"; set_widths(ot, [16.6])
ot.rows[0].cells[0].paragraphs[0].add_run("OGGETTO").bold = True
shade(ot.rows[0].cells[0], "D9D9D9")
oc = ot.rows[1].cells[0].paragraphs[0]; oc.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = oc.add_run("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L’ASSEGNAZIONE E LA GESTIONE DEGLI ORTI URBANI."); r.bold = True; r.font.size = Pt(12)

p("L’anno 2026 (duemilaventisei) addì ventisei (26) del mese di febbraio alle ore 20:30, nella Sala Consiliare della Residenza Municipale, previa osservanza di tutte le formalità prescritte dalla vigente legge e dal Regolamento del Consiglio Comunale, vennero oggi convocati a seduta i Consiglieri Comunali. All’appello risultano:", before=10)

roll = [("NANNI FEDERICA", "Sindaco", "SI"), ("BALDINI STEFANO", "Consigliere", "SI"), ("RICCI MARTINA", "Consigliere", "SI"),
        ("ZAULI GABRIELE", "Consigliere", "SI"), ("GUERRINI ANNA", "Consigliere", "NO"), ("MONTANARI LUCA", "Consigliere", "SI"),
        ("BALLARDINI SILVIA", "Consigliere", "SI"), ("FOSCHINI DAVIDE", "Consigliere", "SI"), ("CASADIO ELISA", "Consigliere", "SI"),
        ("TAMPIERI MARCO", "Consigliere", "NO"), ("BERTONI GIULIA", "Consigliere", "SI"), ("RAVAGLIA PAOLO", "Consigliere", "SI"),
        ("SAMORÈ CHIARA", "Consigliere", "SI")]
rt = doc.add_table(rows=8, cols=8); rt.style = "Table Grid"
hdr = ["N.", "Cognome e Nome", "Carica", "Pres.", "N.", "Cognome e Nome", "Carica", "Pres."]
for i, t in enumerate(hdr):
    c = rt.rows[0].cells[i]; c.paragraphs[0].add_run(t).bold = True; shade(c, "D9D9D9")
for i, (n, ro, pr) in enumerate(roll):
    row = 1 + (i % 7); col = 0 if i < 7 else 4
    vals = [str(i + 1), n, ro, pr]
    for j, v in enumerate(vals):
        rt.rows[row].cells[col + j].paragraphs[0].add_run(v)
set_widths(rt, [0.7, 4.0, 2.2, 1.1] * 2)
for row in rt.rows:
    for j in range(8):
        for par in row.cells[j].paragraphs:
            par.paragraph_format.space_after = Pt(0)
            for run in par.runs: run.font.size = Pt(8.5)
p("PRESENTI: 11          ASSENTI: 2", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4)

p("Assiste il Segretario Comunale Dott. Marco Gamberini, il quale provvede alla redazione del presente verbale.", before=4)
p("Essendo legale il numero degli intervenuti, il Sindaco Federica Nanni assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato. Sono designati scrutatori i Consiglieri: Ricci Martina, Casadio Elisa, Bertoni Giulia.")

p("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=6)
for s in [
    "Premesso che l’Amministrazione comunale intende promuovere l’utilizzo sociale e ricreativo di aree di proprietà comunale destinate a orto, favorendo l’aggregazione, l’invecchiamento attivo e la diffusione di pratiche di coltivazione sostenibile;",
    "Dato atto che le aree di Via Canale e di Via Madrara, per complessivi 48 lotti, sono state sistemate a cura del Comune con la realizzazione dell’impianto di irrigazione e delle recinzioni;",
    "Vista la bozza di “Regolamento comunale per l’assegnazione e la gestione degli orti urbani”, composta da n. 18 articoli, esaminata dalla Commissione consiliare Affari Istituzionali nella seduta del 17/02/2026;",
    "Visti l’art. 7 e l’art. 42 del D.Lgs. 18 agosto 2000, n. 267;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000;",
    "Udita la relazione dell’Assessore all’Ambiente e gli interventi dei Consiglieri, riportati nella registrazione audio della seduta conservata agli atti;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"]:
    p(s)

vt = doc.add_table(rows=5, cols=2); vt.style = "Table Grid"; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (k, v) in enumerate([("Consiglieri presenti", "11"), ("Consiglieri votanti", "10"), ("Voti favorevoli", "8"),
                             ("Voti contrari", "2 (Ravaglia, Samorè)"), ("Astenuti", "1 (Bertoni)")]):
    vt.rows[i].cells[0].paragraphs[0].add_run(k); vt.rows[i].cells[1].paragraphs[0].add_run(v).bold = True

set_widths(vt, [5, 5])
p("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=6)
for i, s in enumerate([
    "di approvare il “Regolamento comunale per l’assegnazione e la gestione degli orti urbani”, composto da n. 18 articoli, nel testo allegato sub A) al presente atto quale parte integrante e sostanziale;",
    "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all’Albo Pretorio on line della presente deliberazione;",
    "di demandare al Responsabile del Settore Lavori Pubblici e Ambiente la predisposizione del bando per la prima assegnazione dei lotti."], 1):
    par = p(); par.paragraph_format.left_indent = Cm(0.8); par.paragraph_format.first_line_indent = Cm(-0.8)
    par.add_run(f"{i}.\t{s}")

p("Successivamente, stante l’urgenza di procedere alla pubblicazione del bando di assegnazione, con voti favorevoli n. 8, contrari n. 0, astenuti n. 3 (Bertoni, Ravaglia, Samorè), espressi per alzata di mano dagli 11 Consiglieri presenti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", before=6)

p("Letto, approvato e sottoscritto.", italic=True, before=14)
s = doc.add_table(rows=1, cols=2)
for c, (role, name) in zip(s.rows[0].cells, [("IL SINDACO", "Federica Nanni"), ("IL SEGRETARIO COMUNALE", "Dott. Marco Gamberini")]):
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; c.paragraphs[0].add_run(role).bold = True
    p(name, align=WD_ALIGN_PARAGRAPH.CENTER, container=c)
    p("(documento firmato digitalmente)", italic=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, container=c)

doc.save(sys.argv[1])
