"""Comune di Ascoli Satriano, 'Cityware' house style: determinazione R.G. 402/2028.
Written with python-docx (header table beside the crest, numbered list, page field in
the footer), exported to PDF by LibreOffice Writer (see build.sh)."""
import sys
from docx import Document
from docx.shared import Mm, Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest = sys.argv[1], sys.argv[2]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)

def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "6"); x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)

def widths(table, mms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)

def para(text="", bold=False, size=None, align=None, italic=False, after=None, cell=None):
    p = cell.add_paragraph() if cell is not None else d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

# letterhead: crest and name in a borderless two-cell table
lh = d.add_table(rows=1, cols=2)
lh.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(lh, [25, 145])
c0, c1 = lh.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(18))
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI ASCOLI SATRIANO"); r.bold = True; r.font.size = Pt(19)
para("Provincia di Foggia", italic=True, size=11, cell=c1, after=0)
para("Piazza Municipio, 1 - 71022 Ascoli Satriano (FG) - C.F. 80003050714", size=7.5, cell=c1, after=0)

para("", after=2)
para("SETTORE III – LAVORI PUBBLICI, AMBIENTE E PATRIMONIO", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Servizio Ambiente e Igiene Urbana", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

t = d.add_table(rows=2, cols=3)
borders(t)
widths(t, [50, 60, 60])
hdrs = ["DETERMINAZIONE", "REGISTRO GENERALE", "REGISTRO DI SETTORE"]
vals = ["ORIGINALE", "N. 402 del 07/06/2028", "N. 118 del 05/06/2028"]
for i in range(3):
    a, b = t.rows[0].cells[i], t.rows[1].cells[i]
    shade(a, "E8EEF7")
    a.paragraphs[0].add_run(hdrs[i]).bold = True
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = b.paragraphs[0].add_run(vals[i]); rr.bold = i > 0; rr.font.size = Pt(11)
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para("", after=2)
og = d.add_table(rows=1, cols=2)
borders(og)
widths(og, [25, 145])
og.rows[0].cells[0].paragraphs[0].add_run("OGGETTO:").bold = True
rr = og.rows[0].cells[1].paragraphs[0].add_run(
    "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di disinfestazione, "
    "derattizzazione e lotta alla zanzara tigre sul territorio comunale – stagione estiva 2028. Impegno di spesa. CIG B7F2A91C3D.")
rr.bold = True
og.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("", after=2)
para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for s in [
    "Visto il decreto sindacale n. 4 del 02/01/2028, con il quale al sottoscritto è stato conferito l'incarico di Responsabile del "
    "Settore III – Lavori Pubblici, Ambiente e Patrimonio, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
    "Richiamate la deliberazione del Consiglio Comunale n. 12 del 28/03/2028, di approvazione del bilancio di previsione finanziario "
    "2028-2030, e la deliberazione della Giunta Comunale n. 40 del 11/04/2028, di approvazione del Piano Esecutivo di Gestione;",
    "Premesso che, con l'approssimarsi della stagione estiva, occorre assicurare sul territorio comunale gli interventi di "
    "disinfestazione larvicida e adulticida, di derattizzazione delle reti fognarie e degli edifici pubblici e di contrasto alla "
    "diffusione della zanzara tigre (Aedes albopictus), secondo il calendario concordato con il Dipartimento di Prevenzione dell'ASL Foggia;",
    "Considerato che il Comune non dispone di personale e mezzi idonei allo svolgimento diretto del servizio e che l'importo stimato è "
    "inferiore alla soglia di cui all'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023;",
    "Dato atto che, a seguito di richiesta di preventivo tramite la piattaforma di approvvigionamento digitale certificata, la ditta "
    "Igiene Ambientale Dauna S.r.l. ha offerto l'importo di euro 11.480,00 oltre IVA, ritenuto congruo;",
    "Verificati il possesso dei requisiti in capo all'operatore economico e la regolarità contributiva (DURC prot. INAIL_41187724);",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;"]:
    para(s, align=J)
para("DETERMINA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in [
    "di ritenere la premessa parte integrante e sostanziale del presente provvedimento;",
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, il servizio di disinfestazione, derattizzazione e "
    "lotta alla zanzara tigre per la stagione estiva 2028 alla ditta Igiene Ambientale Dauna S.r.l., con sede in Foggia, "
    "P.IVA 04218770719, per l'importo di euro 11.480,00 oltre IVA al 22%;",
    "di impegnare la somma complessiva di euro 14.005,60, IVA compresa, al capitolo 1736 \"Servizi di igiene ambientale\" del "
    "bilancio di previsione 2028-2030, annualità 2028;",
    "di dare atto che il codice identificativo di gara è CIG B7F2A91C3D e che il contratto sarà stipulato mediante corrispondenza "
    "commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto ing. Nicola Russo;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."]:
    para(s, align=J).style = d.styles["List Number"]

para("", after=4)
sg = d.add_table(rows=1, cols=2)
widths(sg, [80, 90])
r0 = sg.rows[0].cells
para("Ascoli Satriano, 07/06/2028", cell=r0[0])
p = r0[1].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Il Responsabile del Settore III").bold = True
para("ing. Nicola Russo", align=WD_ALIGN_PARAGRAPH.CENTER, cell=r0[1], after=0)
para("(firmato digitalmente)", italic=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, cell=r0[1])

para("", after=6)
vc = d.add_table(rows=1, cols=1); borders(vc)
widths(vc, [170])
c = vc.rows[0].cells[0]
p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA").bold = True
para("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile attestante la copertura "
     "finanziaria della spesa. Impegno n. 611/2028 – Capitolo 1736 – euro 14.005,60.", size=10, align=J, cell=c)
para("Ascoli Satriano, 07/06/2028          Il Responsabile del Settore II – Servizi Finanziari  dott. Gerardo Lioce",
     size=10, cell=c)

# footer with number and page field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def run(p, text, size=8):
    r = p.add_run(text); r.font.size = Pt(size); return r
def field(p, instr):
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        r = p.add_run(); r.font.size = Pt(8)
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)
        elif txt == instr:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
        else:
            r.text = txt
run(fp, "Determinazione R.G. n. 402 del 07/06/2028 – Settore III – Pagina ")
field(fp, " PAGE ")
run(fp, " di ")
field(fp, " NUMPAGES ")
d.core_properties.author = "Settore III - Comune di Ascoli Satriano"
d.core_properties.title = "Determinazione R.G. n. 402 del 07/06/2028"
d.save(out)
