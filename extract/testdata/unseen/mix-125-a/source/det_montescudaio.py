#!/usr/bin/env python3
"""Montescudaio, determinazione of the Area Tecnica (R.G. n. 12 of 12/01/2028,
Area n. 4 of 10/01/2028), in the Civilia Next house style, written as .docx by
python-docx; build.sh exports it with LibreOffice Writer. Header table, justified
text, a footer with the act's number and a PAGE field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-montescudaio-civilianext.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(4)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, indent=None, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.first_line_indent = Mm(-indent)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def borders(table, sz=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "808080")
        b.append(el)
    tblPr.append(b)


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


# letterhead in the page header
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = hp.add_run("COMUNE DI MONTESCUDAIO"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x73)
hp2 = sec.header.add_paragraph()
r = hp2.add_run("Provincia di Pisa"); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x73)
hp3 = sec.header.add_paragraph()
r = hp3.add_run("Piazza della Libertà, 1 – 56040 Montescudaio (PI)"); r.font.size = Pt(7.5)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Determinazione R.G. n. 12 del 12/01/2028 – Pag. "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "NUMPAGES")

t = doc.add_table(rows=2, cols=2)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0); c.merge(t.cell(0, 1))
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
r = c.paragraphs[0].add_run("AREA TECNICA"); r.bold = True; r.font.size = Pt(12)
p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p2.add_run("Servizio Lavori Pubblici e Manutenzioni"); r.font.size = Pt(10)
shade(c, "EEF1F7")
a = t.cell(1, 0).paragraphs[0]
r = a.add_run("DETERMINAZIONE N. 12 DEL 12/01/2028"); r.bold = True; r.font.size = Pt(11)
a2 = t.cell(1, 0).add_paragraph(); r = a2.add_run("(Registro generale)"); r.font.size = Pt(8)
b = t.cell(1, 1).paragraphs[0]
r = b.add_run("Determinazione dell'Area n. 4 del 10/01/2028"); r.font.size = Pt(9.5)
b2 = t.cell(1, 1).add_paragraph(); r = b2.add_run("Proposta n. 9 del 10/01/2028"); r.font.size = Pt(8)

para("", after=2)
SUBJECT = ("Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, del servizio di "
           "potatura straordinaria e messa in sicurezza delle alberature di Viale della Rimembranza alla ditta "
           "Verde Maremma S.r.l. – CIG B5D21E8A47 – Impegno di spesa.")
ot = doc.add_table(rows=1, cols=2)
borders(ot, 8)
ot.autofit = False
ot.columns[0].width = Mm(24); ot.columns[1].width = Mm(146)
ot.cell(0, 0).width = Mm(24); ot.cell(0, 1).width = Mm(146)
r = ot.cell(0, 0).paragraphs[0].add_run("OGGETTO:"); r.bold = True
q = ot.cell(0, 1).paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = q.add_run(SUBJECT); r.bold = True

para("", after=2)
para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
for s in [
    "Visto il decreto del Sindaco n. 14 del 28/12/2027, con il quale è stato conferito al sottoscritto "
    "l'incarico di Elevata Qualificazione dell'Area Tecnica per l'anno 2028;",
    "Richiamate la deliberazione del Consiglio Comunale n. 43 del 20/12/2027, di approvazione del bilancio di "
    "previsione 2028/2030, e la deliberazione della Giunta Comunale n. 1 del 04/01/2028, di assegnazione "
    "provvisoria delle risorse ai Responsabili di Area;",
    "Premesso che, a seguito delle raffiche di vento del 29 e 30 dicembre 2027, alcune alberature di pino "
    "domestico di Viale della Rimembranza presentano rami spezzati e sbilanciamenti della chioma, come risulta "
    "dalla relazione dell'agronomo incaricato acquisita al prot. n. 151 del 05/01/2028, che ne raccomanda la "
    "potatura straordinaria entro trenta giorni;",
    "Ritenuto di procedere mediante affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. "
    "31 marzo 2023, n. 36, trattandosi di servizio di importo inferiore a € 140.000,00;",
    "Visto il preventivo della ditta Verde Maremma S.r.l., con sede in Cecina (LI), P.IVA 01987650493, "
    "acquisito al prot. n. 189 del 08/01/2028, per l'importo di € 7.850,00 oltre IVA al 22%, per complessivi "
    "€ 9.577,00, ritenuto congruo in rapporto ai prezzi correnti di mercato;",
    "Dato atto che è stato acquisito il CIG B5D21E8A47 tramite la piattaforma di approvvigionamento digitale "
    "e che la ditta risulta in regola con gli obblighi contributivi (DURC prot. INPS_48812377, scadenza "
    "14/04/2028);",
    "Visti gli artt. 107, 151, comma 4, e 183 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    para(s)
para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
for s in [
    "1. di affidare alla ditta Verde Maremma S.r.l., con sede in Cecina (LI), il servizio di potatura "
    "straordinaria e messa in sicurezza delle alberature di Viale della Rimembranza, per l'importo di "
    "€ 7.850,00 oltre IVA, per complessivi € 9.577,00;",
    "2. di impegnare la spesa di € 9.577,00 al capitolo 1420/5 “Manutenzione del verde pubblico” del "
    "bilancio 2028/2030, esercizio 2028;",
    "3. di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "4. di dare atto che il Responsabile Unico del Progetto è il sottoscritto geom. Stefano Barsotti e che non "
    "sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. n. 36/2023;",
    "5. di pubblicare il presente atto all'Albo Pretorio on line e nella sezione “Amministrazione "
    "trasparente” del sito istituzionale.",
]:
    para(s, indent=5)
para("", after=6)
sg = doc.add_table(rows=1, cols=2)
left = sg.cell(0, 0).paragraphs[0]
left.add_run("Montescudaio, 12/01/2028")
right = sg.cell(0, 1).paragraphs[0]; right.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = right.add_run("IL RESPONSABILE DELL'AREA TECNICA"); r.bold = True
rp = sg.cell(0, 1).add_paragraph(); rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rp.add_run("geom. Stefano Barsotti")
rp2 = sg.cell(0, 1).add_paragraph(); rp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = rp2.add_run("(firmato digitalmente)"); r.italic = True; r.font.size = Pt(8)

para("", after=10)
vt = doc.add_table(rows=1, cols=1)
borders(vt)
vc = vt.cell(0, 0)
r = vc.paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); r.bold = True; r.font.size = Pt(9)
vc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
vp = vc.add_paragraph(); vp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = vp.add_run("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile "
               "attestante la copertura finanziaria della spesa. Impegno n. 58/2028 – Capitolo 1420/5 – € 9.577,00.")
r.font.size = Pt(9)
vp2 = vc.add_paragraph(); vp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = vp2.add_run("Montescudaio, 12/01/2028 – Il Responsabile dell'Area Economico-Finanziaria dott. Gianni Cerri"); r.font.size = Pt(9)

doc.core_properties.title = "Determinazione n. 12/2028"
doc.core_properties.author = "Area Tecnica"
doc.save(OUT)
