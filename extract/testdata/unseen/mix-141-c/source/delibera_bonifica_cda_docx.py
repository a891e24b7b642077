"""Consorzio di Bonifica della Media Pianura Bergamasca - Delibera del
C.d.A. n. 2 del 13/01/2029 with its roll, python-docx .docx (letterhead
in the first-page header, the roll as a table) exported by LibreOffice.
usage: script OUT.docx CREST.png"""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.9), Cm(2.0)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.2)
sec.header_distance = Cm(0.9)
BLUE = RGBColor(0x14, 0x3C, 0x78)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def borders(cell, sides="top bottom left right", sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in sides.split():
        e = OxmlElement("w:" + s); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.add_run().add_picture(crest, width=Cm(1.3))
h2 = hdr.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
h2.paragraph_format.space_after = Pt(0)
r = h2.add_run("CONSORZIO DI BONIFICA DELLA MEDIA PIANURA BERGAMASCA")
r.bold = True; r.font.size = Pt(13); r.font.color.rgb = BLUE
h3 = hdr.add_paragraph(); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run("Ente di diritto pubblico – L.R. Lombardia 5 dicembre 2008, n. 31 – Bergamo")
r.font.size = Pt(8); r.italic = True

ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Delibera C.d.A. n. 2/2029 – pag. "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")


def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, before=0, after=3, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


C = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
a, b = t.cell(0, 0), t.cell(0, 1)
for cc in (a, b):
    borders(cc, sz=8)
ra = a.paragraphs[0].add_run("DELIBERA DEL C.d.A. N. 2"); ra.bold = True; ra.font.size = Pt(12)
rb = b.paragraphs[0].add_run("DEL 13/01/2029"); rb.bold = True; rb.font.size = Pt(12)
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align=C, size=11, before=8, after=6)

SUBJECT = ("APPROVAZIONE DEL PROGRAMMA ANNUALE DEI LAVORI DI MANUTENZIONE ORDINARIA DELLA RETE DI BONIFICA E "
           "DI IRRIGAZIONE - ESERCIZIO 2029")
p = P(after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run(SUBJECT); r.bold = True

P("Il giorno 13 gennaio 2029, alle ore 9.30, presso la sede consortile di Bergamo, a seguito di convocazione "
  "prot. n. 118 del 07/01/2029 trasmessa a mezzo posta elettronica certificata, si è riunito il Consiglio di "
  "Amministrazione del Consorzio nelle persone dei Signori:")

ROLL = [("MAFFEIS GIUSEPPE", "Presidente", True), ("LOCATELLI FRANCA", "Vice Presidente", True),
        ("PESENTI ROBERTO", "Consigliere", True), ("GHISLENI MARIO", "Consigliere", False),
        ("CARRARA STEFANIA", "Consigliere", True), ("BELOTTI ANGELO", "Consigliere", True)]
rt = doc.add_table(rows=1 + len(ROLL), cols=4)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(("Componente", "Carica", "Presente", "Assente")):
    c = rt.cell(0, j)
    borders(c, "bottom", 6)
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9.5)
    if j >= 2: c.paragraphs[0].alignment = C
for i, (n, role, pr) in enumerate(ROLL, 1):
    vals = (n, role, "SÌ" if pr else "", "" if pr else "SÌ")
    for j, v in enumerate(vals):
        c = rt.cell(i, j)
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
        if j >= 2: c.paragraphs[0].alignment = C

P("Presenti n. 5 – Assenti n. 1. È presente il Revisore legale, Dott. Enrico Cortinovis.", before=6)
P("Assume la presidenza il Presidente, Sig. Giuseppe Maffeis, il quale, riconosciuta la validità della seduta, "
  "dichiara aperta la discussione sull'argomento in oggetto. Funge da Segretario verbalizzante il Direttore "
  "Generale, Ing. Paolo Rota.")

P("IL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align=C, before=6, after=4)
for s in [
    "Vista la proposta n. 3 del 09/01/2029 formulata dall'Area Tecnica – Settore Manutenzione ed Esercizio, "
    "corredata del parere favorevole di regolarità tecnica del Dirigente e del parere di regolarità contabile del "
    "Responsabile del Settore Ragioneria;",
    "Premesso che, ai sensi dell'art. 80 della L.R. 5 dicembre 2008, n. 31, il Consorzio provvede all'esercizio e "
    "alla manutenzione delle opere pubbliche di bonifica e di irrigazione ricadenti nel comprensorio;",
    "Visto il programma annuale dei lavori di manutenzione ordinaria per l'esercizio 2029, redatto dal Settore "
    "Manutenzione ed Esercizio sulla base delle segnalazioni dei capi zona e dei Comuni consorziati, che prevede "
    "interventi di espurgo, sfalcio, ripristino spondale e manutenzione dei manufatti idraulici per un importo "
    "complessivo di € 2.385.000,00, di cui € 1.410.000,00 in amministrazione diretta ed € 975.000,00 mediante "
    "affidamento a terzi;",
    "Dato atto che la spesa trova copertura negli stanziamenti del bilancio di previsione dell'esercizio 2029, "
    "approvato con deliberazione dell'Assemblea consortile n. 6 del 18/12/2028;",
    "Con voti favorevoli n. 4, nessun contrario e n. 1 astenuto (Carrara), espressi per alzata di mano dai n. 5 "
    "consiglieri presenti;",
]:
    P(s)

P("D E L I B E R A", bold=True, align=C, before=6, after=4)
PTS = [
    "di approvare il programma annuale dei lavori di manutenzione ordinaria della rete di bonifica e di irrigazione "
    "per l'esercizio 2029, allegato al presente verbale sotto la lettera \"A\", per l'importo complessivo di "
    "€ 2.385.000,00;",
    "di dare atto che gli interventi saranno eseguiti secondo il cronoprogramma allegato, compatibilmente con la "
    "stagione irrigua e con le esigenze di sicurezza idraulica del comprensorio;",
    "di demandare al Direttore Generale e al Dirigente dell'Area Tecnica l'adozione degli atti gestionali necessari "
    "all'attuazione del programma, ivi compresi gli affidamenti a terzi nel rispetto del D.Lgs. 31 marzo 2023, n. 36.",
]
for i, s in enumerate(PTS, 1):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.space_after = Pt(3)
    p.add_run("%d.\t" % i)
    p.add_run(s)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))

P("Con successiva votazione, unanime, la presente deliberazione è dichiarata immediatamente esecutiva.", before=4)

P("Letto, approvato e sottoscritto.", before=10, after=6)
ft = doc.add_table(rows=2, cols=2)
ft.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (a1, a2) in enumerate((("IL PRESIDENTE", "Giuseppe Maffeis"), ("IL SEGRETARIO", "Ing. Paolo Rota"))):
    ft.cell(0, j).paragraphs[0].add_run(a1).bold = True
    ft.cell(0, j).paragraphs[0].alignment = C
    ft.cell(1, j).paragraphs[0].add_run(a2)
    ft.cell(1, j).paragraphs[0].alignment = C
P("(documento sottoscritto con firma digitale)", align=C, size=8, italic=True, before=2)
P("La presente deliberazione è pubblicata all'Albo consortile on line per otto giorni consecutivi a decorrere "
  "dal 15/01/2029.", size=8.5, before=10)

doc.core_properties.author = "segreteria.cda"
doc.core_properties.title = "Delibera CdA 2-2029"
doc.save(out)
