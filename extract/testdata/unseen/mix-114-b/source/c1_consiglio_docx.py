#!/usr/bin/env python3
"""Provincia di Ferrara: deliberazione del Consiglio Provinciale in the
Provincia's "ADS" house style, typed as a Word document (python-docx) and
exported by LibreOffice Writer (build.sh).

Running head in the page header (the act's number and date), page x of y
in the footer, the roll as a table of two name/role/presence groups per
row (members numbered across the rows), a majority vote with counts."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "c1.docx"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(3)


def field(par, instr, size=8):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run()
        r.font.size = Pt(size)
        if kind == "instr":
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = txt; r._r.append(t)
        elif kind == "text":
            r.text = txt
        else:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)


def pborder(par, side="bottom", sz=8):
    pPr = par._p.get_or_add_pPr()
    bd = OxmlElement("w:pBdr")
    x = OxmlElement(f"w:{side}")
    x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:space"), "1"); x.set(qn("w:color"), "000000")
    bd.append(x); pPr.append(bd)


def tgrid(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def run(p, text, bold=False, size=None, italic=False):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return r


# running head on pages after the first, page numbers on all pages
for hdr in (sec.header,):
    p = hdr.paragraphs[0]
    run(p, "PROVINCIA DI FERRARA – Deliberazione del Consiglio Provinciale n. 5 del 24/02/2027", size=8, italic=True)
    pborder(p)
for ftr in (sec.footer, sec.first_page_footer):
    p = ftr.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, "Pagina ", size=8); field(p, "PAGE"); run(p, " di ", size=8); field(p, "NUMPAGES")

# first page letterhead in the body
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "PROVINCIA DI FERRARA", bold=True, size=18)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "Castello Estense – Largo Castello, 1 – 44121 Ferrara – C.F. 00334500386", size=8)
pborder(p, sz=12)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10)
run(p, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO PROVINCIALE", bold=True, size=12)

t = doc.add_table(rows=2, cols=4)
tgrid(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("Seduta n.", "3"), ("Deliberazione n.", "5"), ("Data", "24/02/2027"), ("Ora", "15:00")]
for i, (k, v) in enumerate(cells):
    c = t.rows[0].cells[i]; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(c.paragraphs[0], k, size=8)
    c = t.rows[1].cells[i]; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(c.paragraphs[0], v, bold=True, size=11)

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
run(p, "Proposta n. 9 del 03/02/2027 – Settore proponente: Settore Risorse Finanziarie e Bilancio", size=8.5)
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
run(p, "OGGETTO: ", bold=True)
run(p, "Approvazione del Documento Unico di Programmazione (DUP) 2027-2029 e del Bilancio di previsione "
       "finanziario 2027-2029.", bold=True)
pborder(p, "top", 6); pborder(p, "bottom", 6)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.space_before = Pt(6)
run(p, "L'anno duemilaventisette, addì ventiquattro del mese di febbraio, alle ore 15:00, nella Sala del "
       "Consiglio della Residenza Provinciale in Ferrara, convocato dal Presidente con avviso prot. n. 4218 "
       "del 17/02/2027, si è riunito il Consiglio Provinciale in seduta pubblica. All'appello risultano:")

roll = [("GUIDETTI Alessandro", "Presidente", True), ("BARBIERI Chiara", "Consigliere", True),
        ("CAVALLINI Marco", "Consigliere", True), ("DONDI Elisa", "Consigliere", True),
        ("FABBRI Stefano", "Consigliere", True), ("GAMBERINI Luca", "Consigliere", True),
        ("LAZZARI Sara", "Consigliere", False), ("MANTOVANI Paolo", "Consigliere", True),
        ("NEGRINI Federica", "Consigliere", True), ("PAVANI Giorgio", "Consigliere", True),
        ("ROSSATO Ilaria", "Consigliere", False), ("TASSINARI Davide", "Consigliere", True),
        ("ZAGHINI Monica", "Consigliere", True)]
rows = (len(roll) + 1) // 2
t = doc.add_table(rows=rows + 1, cols=8)
tgrid(t, 3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdrs = ["N.", "Cognome e nome", "Carica", "Pres.", "N.", "Cognome e nome", "Carica", "Pres."]
widths = [Mm(8), Mm(38), Mm(24), Mm(13), Mm(8), Mm(38), Mm(24), Mm(13)]
for i, h in enumerate(hdrs):
    c = t.rows[0].cells[i]; run(c.paragraphs[0], h, bold=True, size=8)
for r in range(rows):
    for half in range(2):
        idx = r * 2 + half
        base = half * 4
        if idx >= len(roll):
            continue
        name, role, pres = roll[idx]
        vals = [str(idx + 1), name, role, "SI" if pres else "NO"]
        for j, v in enumerate(vals):
            run(t.rows[r + 1].cells[base + j].paragraphs[0], v, size=8.5)
t.autofit = False
for i, w in enumerate(widths):
    t.columns[i].width = w
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.paragraph_format.space_before = Pt(3)
run(p, "Presenti n. 11 – Assenti n. 2", bold=True, size=9)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
run(p, "Presiede la seduta il Presidente della Provincia, Alessandro Guidetti. Partecipa il Segretario "
       "Generale, dott.ssa Elena Zanardi, incaricato della redazione del verbale. Sono presenti, senza diritto "
       "di voto, il Dirigente del Settore Risorse Finanziarie e Bilancio e il Collegio dei Revisori.")
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
run(p, "Il Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta e introduce "
       "l'argomento iscritto al punto 2 dell'ordine del giorno.")

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
run(p, "IL CONSIGLIO PROVINCIALE", bold=True)
prem = [
    "Visti l'art. 1, comma 55, della Legge 7 aprile 2014, n. 56, e gli articoli 151, 170 e 174 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Visto il decreto del Ministro dell'Interno che ha differito al 31 marzo 2027 il termine per "
    "l'approvazione del bilancio di previsione 2027-2029 degli enti locali;",
    "Visto il decreto del Presidente della Provincia n. 18 del 05/02/2027, con il quale sono stati "
    "approvati lo schema di DUP 2027-2029 e lo schema di bilancio di previsione finanziario 2027-2029;",
    "Visto il parere favorevole espresso dall'Assemblea dei Sindaci nella seduta del 19/02/2027, ai sensi "
    "dell'art. 1, comma 55, della Legge n. 56/2014;",
    "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 2 del 10/02/2027;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Dirigente del Settore Risorse "
    "Finanziarie e Bilancio, dott. Matteo Boldrini, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Udita l'illustrazione del Consigliere delegato al bilancio e gli interventi dei Consiglieri, integralmente "
    "registrati e conservati agli atti;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 11, voti favorevoli "
    "n. 8, voti contrari n. 3 (Cavallini, Fabbri, Pavani), astenuti n. 0;",
]
for x in prem:
    p = doc.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
run(p, "DELIBERA", bold=True)
pts = [
    "di approvare il Documento Unico di Programmazione (DUP) 2027-2029, nel testo allegato sub A);",
    "di approvare il Bilancio di previsione finanziario 2027-2029 e i relativi allegati, nelle risultanze "
    "riportate nell'allegato sub B), che pareggia in € 118.442.350,00 per l'esercizio 2027;",
    "di dare atto che il bilancio rispetta gli equilibri di cui all'art. 162 del D.Lgs. n. 267/2000;",
    "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche entro trenta giorni.",
]
for i, x in enumerate(pts, 1):
    p = doc.add_paragraph(f"{i}. {x}"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.space_before = Pt(4)
run(p, "Successivamente, con separata votazione (presenti n. 11, voti favorevoli n. 8, contrari n. 3, "
       "astenuti n. 0), il Consiglio Provinciale dichiara la presente deliberazione immediatamente eseguibile "
       "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
run(p, "Letto, approvato e sottoscritto digitalmente.")
t = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate((("IL PRESIDENTE", "IL SEGRETARIO GENERALE"),
                            ("Alessandro Guidetti", "dott.ssa Elena Zanardi"),
                            ("(firmato digitalmente)", "(firmato digitalmente)"))):
    for j, v in enumerate((a, b)):
        c = t.rows[i].cells[j]; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(c.paragraphs[0], v, bold=(i == 0), size=(8 if i == 2 else 10))

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14)
run(p, "Documento prodotto con ADS – Gestione Atti. Pubblicato all'Albo Pretorio on line dal 26/02/2027 "
       "(n. 603 del registro delle pubblicazioni).", italic=True, size=8)

doc.core_properties.author = "Segreteria Generale"
doc.core_properties.title = "Deliberazione del Consiglio Provinciale n. 5/2027"
doc.save(OUT)
