#!/usr/bin/env python3
"""Città Metropolitana di Cagliari – decreto del Sindaco metropolitano n. 42/2027.

The Cityware model of a decree exported to Word (.docx, written here with
python-docx) and turned into PDF by LibreOffice Writer. The organ, number,
proposal and proposing Settore sit in a ruled 2x3 grid under the letterhead;
the two opinions stand side by side in a two-column table.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "a4_decreto_cmcagliari.docx"

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)

st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "333333")
        b.append(e)
    pr.append(b)


def shade(cell, fill="EEEEEE"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, italic=False):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def lead(label, text):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


# header: letterhead in the page header, repeated on every page
hdr = sec.header
hp = hdr.paragraphs[0]
r = hp.add_run("CITTÀ METROPOLITANA DI CAGLIARI")
r.font.size = Pt(17)
r.font.color.rgb = RGBColor(0x7A, 0x1C, 0x1C)
hp2 = hdr.add_paragraph()
r = hp2.add_run("Viale Ciusa 21 – 09131 Cagliari – C.F. 80014650925")
r.font.size = Pt(8)
ft = sec.footer.paragraphs[0]
ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run("Decreto del Sindaco metropolitano n. 42 del 20/05/2027 – Cityware Atti")
r.font.size = Pt(8)

# grid
t = d.add_table(rows=3, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(t)
t.columns[0].width = Mm(105)
t.columns[1].width = Mm(63)
cells = [
    ("DECRETO DEL SINDACO METROPOLITANO", True, "N. 42 del 20/05/2027", True),
    ("Settore proponente: Settore Viabilità e Infrastrutture Stradali", False, "Proposta n. 51 del 17/05/2027", False),
]
for i, (a, ab, b, bb) in enumerate(cells):
    ca, cb = t.rows[i].cells
    ca.width, cb.width = Mm(105), Mm(63)
    ra = ca.paragraphs[0].add_run(a)
    ra.bold = ab
    rb = cb.paragraphs[0].add_run(b)
    rb.bold = bb
    if i == 0:
        shade(ca)
        shade(cb)
m = t.rows[2].cells[0].merge(t.rows[2].cells[1])
p = m.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("OGGETTO: ")
r.bold = True
r = p.add_run("Approvazione dello schema di accordo ai sensi dell'art. 15 della Legge n. 241/1990 con il Comune "
              "di Quartu Sant'Elena per la manutenzione delle aree verdi di pertinenza della S.P. 17 \u201cLitoranea\u201d "
              "nel tratto Poetto – Margine Rosso, annualità 2027-2028.")
r.bold = True

para("", after=2)
para("IL SINDACO METROPOLITANO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)

lead("Vista", "la Legge 7 aprile 2014, n. 56, recante \u201cDisposizioni sulle città metropolitane, sulle province, "
     "sulle unioni e fusioni di comuni\u201d, e in particolare l'art. 1, commi 8 e 44;")
lead("Visti", "la Legge Regionale 4 febbraio 2016, n. 2, e lo Statuto della Città Metropolitana di Cagliari, che "
     "attribuisce al Sindaco metropolitano l'approvazione degli accordi con i Comuni del territorio;")
lead("Premesso che", "la S.P. 17 \u201cLitoranea\u201d, nel tratto compreso tra il Poetto e la località Margine Rosso, "
     "attraversa il territorio urbanizzato del Comune di Quartu Sant'Elena e presenta ampie aiuole spartitraffico e "
     "fasce verdi laterali la cui manutenzione richiede interventi frequenti, in particolare nella stagione estiva;")
lead("Considerato che", "il Comune di Quartu Sant'Elena, con nota prot. 41877 del 29/03/2027, si è reso disponibile a "
     "eseguire, con il proprio appalto del verde pubblico, gli sfalci, le potature e l'irrigazione delle aree verdi "
     "della S.P. 17 a fronte di un contributo annuo della Città Metropolitana pari a € 38.000,00;")
lead("Ritenuto", "che la collaborazione consenta di ottimizzare le risorse dei due Enti e di garantire un livello di "
     "decoro e di sicurezza costante lungo un asse stradale di rilevante interesse turistico;")
lead("Visto", "lo schema di accordo predisposto dal Settore Viabilità e Infrastrutture Stradali, allegato al presente "
     "decreto quale parte integrante e sostanziale (Allegato A);")
lead("Acquisiti", "i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
     "18 agosto 2000, n. 267, riportati in calce;")

para("D E C R E T A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
points = [
    "di approvare lo schema di accordo con il Comune di Quartu Sant'Elena per la manutenzione delle aree verdi di "
    "pertinenza della S.P. 17 \u201cLitoranea\u201d nel tratto Poetto – Margine Rosso, per le annualità 2027 e 2028, "
    "allegato al presente decreto (Allegato A);",
    "di dare atto che la spesa complessiva di € 76.000,00 trova copertura sul capitolo 21740 \u201cTrasferimenti a "
    "Comuni per manutenzione verde stradale\u201d del Bilancio di previsione 2027-2029, annualità 2027 e 2028;",
    "di autorizzare il Dirigente del Settore Viabilità e Infrastrutture Stradali alla sottoscrizione dell'accordo e "
    "all'adozione degli atti conseguenti;",
    "di trasmettere il presente decreto al Comune di Quartu Sant'Elena e al Consiglio metropolitano per opportuna "
    "conoscenza;",
    "di dichiarare il presente decreto immediatamente eseguibile, stante l'urgenza di avviare gli interventi prima "
    "della stagione estiva.",
]
for n, txt in enumerate(points, 1):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d.\t%s" % (n, txt))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(8))

para("", after=4)
sig = d.add_table(rows=1, cols=2)
sig.columns[0].width = Mm(84)
sig.columns[1].width = Mm(84)
c = sig.rows[0].cells[1]
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c.paragraphs[0].add_run("IL SINDACO METROPOLITANO").bold = True
pp = c.add_paragraph("Avv. Paolo Cadeddu")
pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
pp = c.add_paragraph()
pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = pp.add_run("(firmato digitalmente)")
rr.italic = True
rr.font.size = Pt(8.5)

para("", after=6)
para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
pt = d.add_table(rows=2, cols=2)
borders(pt, 4)
heads = ["Parere di regolarità tecnica: FAVOREVOLE", "Parere di regolarità contabile: FAVOREVOLE"]
bodies = ["Cagliari, 17/05/2027\nIl Dirigente del Settore Viabilità e Infrastrutture Stradali\nIng. Marco Pisano",
          "Cagliari, 19/05/2027\nIl Dirigente del Settore Finanziario\nDott.ssa Giovanna Atzeni"]
for i in range(2):
    h = pt.rows[0].cells[i].paragraphs[0]
    rr = h.add_run(heads[i])
    rr.bold = True
    rr.font.size = Pt(9.5)
    b = pt.rows[1].cells[i]
    lines = bodies[i].split("\n")
    rr = b.paragraphs[0].add_run(lines[0])
    rr.font.size = Pt(9.5)
    for ln in lines[1:]:
        q = b.add_paragraph()
        rr = q.add_run(ln)
        rr.font.size = Pt(9.5)

d.core_properties.title = "Decreto del Sindaco metropolitano n. 42/2027"
d.core_properties.author = "Città Metropolitana di Cagliari"
d.save(OUT)
