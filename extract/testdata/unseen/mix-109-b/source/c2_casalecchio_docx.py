#!/usr/bin/env python3
"""Casalecchio di Reno, J-Iride model saved as .docx (the package exports
the act to Word for the signature) and turned to PDF by LibreOffice Writer.

Same house style as c1: letterhead in the first page's header, the label
grid of registers as a Word table, subject in a bordered cell, running
head with the R.G. number from page 2 on (different first page), page
"X di Y" as fields, dispositivo in Word's automatic numbering."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "c2.docx"
BLUE = RGBColor(0x1D, 0x3F, 0x73)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


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


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def run(par, text, bold=False, size=None, italic=False, color=None, font=None):
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


# first page header: letterhead
fh = sec.first_page_header
p = fh.paragraphs[0]
run(p, "COMUNE DI CASALECCHIO DI RENO", bold=True, size=15, color=BLUE, font="Arial")
p = fh.add_paragraph()
run(p, "Citt\u00e0 metropolitana di Bologna", size=9.5, color=BLUE, font="Arial")
p = fh.add_paragraph()
run(p, "Via dei Mille, 9 \u2013 40033 Casalecchio di Reno (BO) \u2013 C.F. 01135570370", size=8, font="Arial")
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "1D3F73")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)

# running head of the later pages
hp = sec.header.paragraphs[0]
run(hp, "Comune di Casalecchio di Reno \u2013 Determinazione dirigenziale R.G. n. 627 del 17/09/2026",
    italic=True, size=8, font="Arial")
for ft in (sec.first_page_footer, sec.footer):
    fp = ft.paragraphs[0]
    run(fp, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.\tPag. ",
        size=7.5, font="Arial")
    r = field(fp, "PAGE"); r.font.size = Pt(7.5)
    run(fp, " di ", size=7.5, font="Arial")
    r = field(fp, "NUMPAGES"); r.font.size = Pt(7.5)
    tabs = fp.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "DETERMINAZIONE DIRIGENZIALE", bold=True, size=13, font="Arial")

rows = [("N. Registro Generale", "627", "Data", "17/09/2026"),
        ("N. Registro Settore", "41", "Data", "16/09/2026"),
        ("N. Proposta", "1768", "Data", "15/09/2026"),
        ("Area", "AREA SERVIZI ALLA PERSONA", None, None),
        ("Servizio", "Servizio Scuola e Servizi Educativi", None, None),
        ("Responsabile del procedimento", "dott.ssa Paola Venturi", None, None)]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
for j, w in enumerate([Mm(48), Mm(58), Mm(18), Mm(46)]):
    t.columns[j].width = w
widths = [Mm(48), Mm(58), Mm(18), Mm(46)]
for i, (a, b_, c, d) in enumerate(rows):
    cells = t.rows[i].cells
    for j, w in enumerate(widths):
        cells[j].width = w
    run(cells[0].paragraphs[0], a, size=8.5, font="Arial"); shade(cells[0], "EEF2F8")
    if c is None:
        m = cells[1].merge(cells[3])
        run(m.paragraphs[0], b_, bold=True, size=9.5, font="Arial")
    else:
        run(cells[1].paragraphs[0], b_, bold=True, size=9.5, font="Arial")
        run(cells[2].paragraphs[0], c, size=8.5, font="Arial"); shade(cells[2], "EEF2F8")
        run(cells[3].paragraphs[0], d, bold=True, size=9.5, font="Arial")

doc.add_paragraph()
subject = ("CONTRIBUTI ALLE SCUOLE DELL'INFANZIA PARITARIE PER L'ANNO SCOLASTICO 2026/2027 IN ATTUAZIONE "
           "DELLA CONVENZIONE APPROVATA CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 38 DEL 29/05/2024. "
           "IMPEGNO DI SPESA E LIQUIDAZIONE DEL PRIMO ACCONTO")
ob = doc.add_table(rows=1, cols=1); ob.style = "Table Grid"
c0 = ob.rows[0].cells[0]; c0.width = Mm(170)
run(c0.paragraphs[0], "OGGETTO:", bold=True, size=9.5, font="Arial")
sp = c0.add_paragraph(); sp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
run(sp, subject, bold=True, size=10, font="Arial")

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10)
run(p, "LA DIRIGENTE", bold=True)

body = [
    ("Premesso che", " con deliberazione del Consiglio Comunale n. 38 del 29/05/2024 \u00e8 stata approvata la "
     "convenzione tra il Comune di Casalecchio di Reno e le scuole dell'infanzia paritarie private presenti sul "
     "territorio per gli anni scolastici 2024/2025 \u2013 2027/2028, che prevede l'erogazione di un contributo "
     "annuo per ciascuna sezione funzionante, a sostegno del contenimento delle rette a carico delle famiglie;"),
    ("Dato atto che", " l'art. 6 della convenzione stabilisce un contributo di \u20ac 9.800,00 per sezione, "
     "da liquidare in un primo acconto pari al 40% entro il mese di settembre, sulla base del numero di sezioni "
     "comunicato dalle scuole, e in un saldo entro il mese di giugno, previa rendicontazione delle attivit\u00e0 "
     "svolte e delle iscrizioni;"),
    ("Viste", " le comunicazioni pervenute dalle scuole, agli atti del Servizio, dalle quali risulta il seguente "
     "numero di sezioni funzionanti per l'anno scolastico 2026/2027:"),
]
for bb, rest in body:
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run(p, bb, bold=True); run(p, rest)

sc = [("Scuola dell'infanzia paritaria \u201cSanta Lucia\u201d", "3", "29.400,00", "11.760,00"),
      ("Scuola dell'infanzia paritaria \u201cMaria Ausiliatrice\u201d", "2", "19.600,00", "7.840,00"),
      ("Scuola dell'infanzia paritaria \u201cIl Girotondo\u201d", "2", "19.600,00", "7.840,00"),
      ("TOTALE", "7", "68.600,00", "27.440,00")]
tt = doc.add_table(rows=1 + len(sc), cols=4); tt.style = "Table Grid"
for j, h in enumerate(("Scuola", "Sezioni", "Contributo annuo (\u20ac)", "Primo acconto 40% (\u20ac)")):
    run(tt.rows[0].cells[j].paragraphs[0], h, bold=True, size=9, font="Arial")
for i, r_ in enumerate(sc, 1):
    for j, v in enumerate(r_):
        pp = tt.rows[i].cells[j].paragraphs[0]
        if j:
            pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(pp, v, size=9, font="Arial", bold=(i == len(sc)))
tt.autofit = False
for j, w in enumerate((Mm(86), Mm(20), Mm(32), Mm(32))):
    tt.columns[j].width = w
    for row in tt.rows:
        row.cells[j].width = w

body2 = [
    ("Ritenuto", " pertanto di impegnare la somma complessiva di \u20ac 68.600,00 per l'anno scolastico "
     "2026/2027, imputandola per \u20ac 27.440,00 all'esercizio 2026 e per \u20ac 41.160,00 all'esercizio 2027, e "
     "di liquidare contestualmente il primo acconto;"),
    ("Dato atto", " che i contributi non sono soggetti alla ritenuta d'acconto del 4% di cui all'art. 28 del "
     "D.P.R. 600/1973, trattandosi di enti non commerciali che li destinano a finalit\u00e0 istituzionali, "
     "come da dichiarazioni acquisite agli atti;"),
    ("Visti", " il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 184; la legge 10 marzo 2000, n. 62; "
     "il vigente Regolamento di contabilit\u00e0; il decreto del Sindaco n. 21 del 30/06/2025 di conferimento "
     "dell'incarico dirigenziale;"),
]
for bb, rest in body2:
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run(p, bb, bold=True); run(p, rest)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
run(p, "DETERMINA", bold=True)
pts = [
    "di prendere atto del numero di sezioni funzionanti nelle scuole dell'infanzia paritarie convenzionate per "
    "l'anno scolastico 2026/2027, come riportato nella tabella in premessa;",
    "di impegnare la somma complessiva di \u20ac 68.600,00 al capitolo 10411/130 \u201cContributi a scuole "
    "dell'infanzia paritarie\u201d, per \u20ac 27.440,00 sull'esercizio 2026 e per \u20ac 41.160,00 "
    "sull'esercizio 2027 del Bilancio 2026-2028;",
    "di liquidare alle scuole il primo acconto pari al 40% del contributo annuo, per complessivi "
    "\u20ac 27.440,00, secondo gli importi indicati in tabella;",
    "di rinviare a successivo atto la liquidazione del saldo, previa verifica della rendicontazione prevista "
    "dall'art. 6 della convenzione;",
    "di pubblicare il presente atto ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
]
for x in pts:
    p = doc.add_paragraph(style="List Number"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run(p, x)

doc.add_paragraph()
for line, b_ in (("LA DIRIGENTE", True), ("AREA SERVIZI ALLA PERSONA", True), ("dott.ssa Elena Zucchini", False),
                 ("(sottoscritto digitalmente)", False)):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    run(p, line, bold=b_, italic=line.startswith("("), size=9 if line.startswith("(") else None)

doc.add_paragraph()
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.keep_with_next = True
run(p, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True, size=10, font="Arial")
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.keep_with_next = True
run(p, "Si attesta la copertura finanziaria della spesa (impegni n. 2026/1921 e n. 2027/212, capitolo 10411/130) "
       "ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Casalecchio di Reno, 17/09/2026.")
for line in ("IL DIRIGENTE AREA SERVIZI FINANZIARI", "dott.ssa Silvia Bernardi", "(sottoscritto digitalmente)"):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.keep_with_next = True
    run(p, line, italic=line.startswith("("), size=9 if line.startswith("(") else 10)

doc.core_properties.author = "Servizio Scuola"
doc.core_properties.title = "Determinazione R.G. 627/2026"
doc.save(OUT)
