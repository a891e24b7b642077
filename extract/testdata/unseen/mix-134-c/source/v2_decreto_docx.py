#!/usr/bin/env python3
"""Villa Estense, decreto del Sindaco n. 9/2028 (house style "Civilia Next"),
typed as a Word document: letterhead and register box in the page header as a
table, headings letter-spaced with character spacing (w:spacing), the
dispositivo in Word's automatic numbering, "Pagina X di Y" as fields.
LibreOffice converts it (see build.sh).
Usage: v2_decreto_docx.py OUTPUT.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
BLUE = RGBColor(0x1F, 0x3B, 0x63)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin = Mm(48)
sec.header_distance = Mm(10)
sec.bottom_margin = Mm(22)
sec.footer_distance = Mm(9)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def shade(cell, fill):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def borders(cell, sz=8):
    tcpr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "1F3B63")
        b.append(e)
    tcpr.append(b)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._element.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._element.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._element.append(f2)
    par.add_run("1")
    r4 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._element.append(f3)


# ---- header: letterhead left, register box right
hdr = sec.header
hp = hdr.paragraphs[0]
t = hdr.add_table(rows=1, cols=2, width=Mm(170))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Mm(108)
t.columns[1].width = Mm(62)
left, right = t.rows[0].cells
left.width, right.width = Mm(108), Mm(62)
p = left.paragraphs[0]
r = p.add_run("COMUNE DI VILLA ESTENSE"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = BLUE
for txt, size in [("Provincia di Padova", 9.5),
                  ("Piazza Italia, 1 - 35040 Villa Estense (PD) - C.F. 82006150289", 7.5),
                  ("Tel. 0429 91118 - PEC: comune.villaestense.pd@pecveneto.it", 7.5)]:
    q = left.add_paragraph(); q.paragraph_format.space_after = Pt(0)
    rr = q.add_run(txt); rr.font.size = Pt(size)
borders(right)
q = right.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = q.add_run("DECRETO DEL SINDACO"); rr.bold = True; rr.font.size = Pt(9); rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
shade(right, "1F3B63")
inner = right.add_table(rows=3, cols=2)
for i, (k, v) in enumerate([("N.", "9"), ("Data", "10/10/2028"), ("Prot. n.", "6903")]):
    a, b = inner.rows[i].cells
    a.width, b.width = Mm(22), Mm(36)
    shade(a, "FFFFFF"); shade(b, "FFFFFF")
    ra = a.paragraphs[0].add_run(k); ra.font.size = Pt(8.5)
    rb = b.paragraphs[0].add_run(v); rb.font.size = Pt(9); rb.bold = (k != "Prot. n.")
    a.paragraphs[0].paragraph_format.space_after = Pt(0)
    b.paragraphs[0].paragraph_format.space_after = Pt(0)

# ---- footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for txt in ["Civilia Next - Atti amministrativi | Decreto del Sindaco n. 9 del 10/10/2028        Pagina "]:
    rr = fp.add_run(txt); rr.font.size = Pt(7.5)
field(fp, "PAGE")
rr = fp.add_run(" di "); rr.font.size = Pt(7.5)
field(fp, "NUMPAGES")
for r_ in fp.runs:
    r_.font.size = Pt(7.5)

# ---- body
band = doc.add_table(rows=1, cols=1)
c = band.rows[0].cells[0]
shade(c, "E9EEF5")
q = c.paragraphs[0]; q.paragraph_format.space_after = Pt(1)
rr = q.add_run("Ufficio proponente: "); rr.font.size = Pt(8)
rr = q.add_run("SEGRETERIA GENERALE - PERSONALE"); rr.font.size = Pt(8.5); rr.bold = True

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(8)
r = p.add_run("DECRETO DEL SINDACO"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = BLUE
spacing(r, 80)

p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(24)
p.paragraph_format.first_line_indent = Mm(-24)
p.paragraph_format.space_after = Pt(10)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("Conferimento dell'incarico di Elevata Qualificazione e nomina del Responsabile dell'Area Tecnica - "
              "Lavori Pubblici, Edilizia Privata e Urbanistica per il periodo dall'11 ottobre 2028 al 31 dicembre 2029.")
r.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Mm(24))

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("IL SINDACO"); r.bold = True; r.font.size = Pt(11.5)
spacing(r, 60)

prem = [
    ("Richiamati ", "gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco "
     "la nomina dei responsabili degli uffici e dei servizi e il conferimento degli incarichi di funzioni dirigenziali "
     "nei Comuni privi di personale con qualifica dirigenziale;"),
    ("Visto ", "il C.C.N.L. del personale del comparto Funzioni Locali sottoscritto il 16 novembre 2022, e in particolare "
     "gli artt. 16, 17 e 18, che disciplinano gli incarichi di Elevata Qualificazione;"),
    ("Vista ", "la deliberazione della Giunta Comunale n. 61 del 28/08/2028, con la quale è stata approvata la "
     "macrostruttura dell'Ente articolata nell'Area Amministrativa, nell'Area Economico-Finanziaria, nell'Area "
     "Tecnica - Lavori Pubblici, Edilizia Privata e Urbanistica e nell'Area Vigilanza;"),
    ("Dato atto ", "che il precedente Responsabile dell'Area Tecnica è cessato dal servizio per mobilità "
     "volontaria verso altro Ente con decorrenza dal 1° ottobre 2028;"),
    ("Considerato ", "che l'arch. Stefano Zanellato, dipendente a tempo pieno e indeterminato inquadrato nell'Area dei "
     "Funzionari e dell'Elevata Qualificazione, possiede i requisiti culturali e professionali e l'esperienza "
     "necessari, come risulta dal curriculum agli atti e dall'esito della procedura comparativa avviata con "
     "avviso interno prot. n. 6512 del 20/09/2028;"),
    ("Acquisita ", "la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità resa "
     "dall'interessato ai sensi dell'art. 20 del D.Lgs. 8 aprile 2013, n. 39;"),
]
for a, b in prem:
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(a); r.bold = True
    p.add_run(b)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(6)
r = p.add_run("DECRETA"); r.bold = True; r.font.size = Pt(11.5)
spacing(r, 100)

for t_ in [
    "di conferire all'arch. Stefano Zanellato l'incarico di Elevata Qualificazione di Responsabile dell'Area "
    "Tecnica - Lavori Pubblici, Edilizia Privata e Urbanistica, con decorrenza dall'11 ottobre 2028 e fino al "
    "31 dicembre 2029, salvo revoca anticipata nei casi previsti dal C.C.N.L.;",
    "di attribuire al medesimo le funzioni e le competenze di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, "
    "ivi compresa l'adozione delle ordinanze in materia edilizia e la firma degli atti di gestione finanziaria "
    "sui capitoli di spesa assegnati con il Piano Esecutivo di Gestione;",
    "di determinare la retribuzione di posizione in euro 12.400,00 annui lordi per tredici mensilità e di "
    "riconoscere la retribuzione di risultato nella misura massima del 15 per cento, secondo gli esiti del "
    "sistema di misurazione e valutazione della performance;",
    "di individuare quale sostituto, in caso di assenza o impedimento, la Responsabile dell'Area "
    "Amministrativa, dott.ssa Paola Rizzato;",
    "di disporre la notifica del presente decreto all'interessato, la sua trasmissione all'Ufficio Personale e "
    "al Nucleo di Valutazione e la pubblicazione all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "Trasparente\" del sito istituzionale.",
]:
    p = doc.add_paragraph(t_, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
p.paragraph_format.keep_with_next = True
p.add_run("Villa Estense, 10 ottobre 2028")
for txt, bold, size in [("IL SINDACO", True, 10.5), ("Elena Bertazzo", False, 10.5),
                        ("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.)", False, 7.5)]:
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.left_indent = Mm(85); p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(txt); r.bold = bold; r.font.size = Pt(size); r.italic = size < 8

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(18)
r = p.add_run("Per accettazione: arch. Stefano Zanellato, in data 10/10/2028 (firmato digitalmente)")
r.font.size = Pt(8.5)

doc.core_properties.title = "Decreto del Sindaco n. 9/2028"
doc.core_properties.author = "Segreteria - Comune di Villa Estense"
doc.save(OUT)
