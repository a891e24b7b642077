#!/usr/bin/env python3
"""Unione Reno Galliera - verbale di deliberazione della Giunta dell'Unione n. 58/2026.
House style "Sicraweb": header table with the Unione's name and the list of the
eight Comuni, number and date in a ruled box, roll as a ruled table, running
head from page 2 with the act's number, page x of y in the footer.
Written as .docx by python-docx, exported to PDF by LibreOffice (build.sh)."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def fld(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run("1")
    r5 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def para(text="", bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER

# running head (pages 2..n) and footers
hp = sec.header.paragraphs[0]
hr = hp.add_run("Unione Reno Galliera – Deliberazione di Giunta n. 58 del 14/07/2026")
hr.font.size = Pt(8.5); hr.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.alignment = C
    r = fp.add_run("Pagina "); r.font.size = Pt(8.5)
    fld(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(8.5)
    fld(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8.5)

# letterhead as a two-cell table
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(3.0); t.columns[1].width = Cm(13.6)
c0, c1 = t.rows[0].cells
c0.width = Cm(3.0); c1.width = Cm(13.6)
p = c0.paragraphs[0]; p.alignment = C
r = p.add_run("URG"); r.bold = True; r.font.size = Pt(26); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = c1.paragraphs[0]
r = p.add_run("UNIONE RENO GALLIERA"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = c1.add_paragraph()
r = p.add_run("Città metropolitana di Bologna"); r.font.size = Pt(9.5); r.italic = True
p = c1.add_paragraph()
r = p.add_run("Argelato · Bentivoglio · Castello d'Argile · Castel Maggiore · Galliera · "
              "Pieve di Cento · San Giorgio di Piano · San Pietro in Casale")
r.font.size = Pt(8)
p = c1.add_paragraph()
r = p.add_run("Sede: Via Fariselli 4 – 40016 San Giorgio di Piano (BO) – C.F. 02855851206")
r.font.size = Pt(8)

para("", after=2)
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", bold=True, size=13, align=C, after=6)

box = doc.add_table(rows=2, cols=3)
box.style = "Table Grid"
hdr = ["Numero", "Data", "Proposta"]
val = ["58", "14/07/2026", "n. 71 del 08/07/2026"]
for i in range(3):
    box.rows[0].cells[i].text = ""
    rr = box.rows[0].cells[i].paragraphs[0].add_run(hdr[i]); rr.font.size = Pt(8.5); rr.bold = True
    shade(box.rows[0].cells[i], "DCE6F1")
    rr = box.rows[1].cells[i].paragraphs[0].add_run(val[i]); rr.font.size = Pt(11); rr.bold = True
    for row in box.rows:
        row.cells[i].paragraphs[0].alignment = C

p = para("", before=8, after=8, align=J)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("APPROVAZIONE DEL PROGETTO \"ESTATE IN RETE 2026\" PER I CENTRI ESTIVI DEI COMUNI "
              "DELL'UNIONE E RIPARTIZIONE DEL CONTRIBUTO REGIONALE PER LA CONCILIAZIONE VITA-LAVORO")
r.bold = True

para("L'anno duemilaventisei, addì quattordici del mese di luglio alle ore 12:30, nella sede "
     "dell'Unione in San Giorgio di Piano, previa osservanza di tutte le formalità prescritte "
     "dallo Statuto, si è riunita la Giunta dell'Unione. All'appello risultano:", align=J)

roll = [("FRANCESCHINI LUCA", "Presidente", "X", ""),
        ("BORTOLOTTI ELENA", "Vice Presidente", "X", ""),
        ("MARCHESINI DAVIDE", "Assessore", "X", ""),
        ("ZANARDI SILVIA", "Assessore", "", "X"),
        ("GUIDETTI PAOLO", "Assessore", "X", ""),
        ("CAVAZZA MONICA", "Assessore", "X", ""),
        ("TOLOMELLI STEFANO", "Assessore", "", "X"),
        ("MALAGUTI ROBERTA", "Assessore", "X", "")]
rt = doc.add_table(rows=1, cols=4)
rt.style = "Table Grid"
for i, h in enumerate(["Cognome e Nome", "Carica", "Presente", "Assente"]):
    cc = rt.rows[0].cells[i]
    rr = cc.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9.5)
    shade(cc, "DCE6F1")
for row in roll:
    cells = rt.add_row().cells
    for i, v in enumerate(row):
        rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(10)
        if i >= 2: cells[i].paragraphs[0].alignment = C
for row in rt.rows:
    for i, w in enumerate([Cm(6.5), Cm(4.5), Cm(2.6), Cm(2.6)]):
        row.cells[i].width = w
para("Presenti n. 6        Assenti n. 2", bold=True, before=4)

para("Assiste il Segretario dell'Unione dott.ssa Chiara Bonfiglioli, la quale provvede alla "
     "redazione del presente verbale.", align=J)
para("Essendo legale il numero degli intervenuti, il dott. Luca Franceschini, nella sua qualità "
     "di Presidente dell'Unione, assume la presidenza e dichiara aperta la seduta per la "
     "trattazione dell'oggetto sopra indicato.", align=J)

para("LA GIUNTA DELL'UNIONE", bold=True, align=C, before=8)
for txt in [
    "Vista la proposta di deliberazione n. 71 del 08/07/2026 predisposta dall'Area Servizi alla Persona;",
    "Premesso che con deliberazione del Consiglio dell'Unione n. 9 del 26/03/2026 è stata conferita "
    "all'Unione la gestione associata delle funzioni relative ai servizi educativi estivi per i minori "
    "residenti nei Comuni aderenti;",
    "Richiamata la deliberazione della Giunta regionale dell'Emilia-Romagna che approva il \"Progetto per "
    "la conciliazione vita-lavoro\" per l'anno 2026 e assegna al Distretto Pianura Est le risorse "
    "destinate ad abbattere le rette di frequenza dei centri estivi per le famiglie con ISEE fino a "
    "euro 26.000,00;",
    "Dato atto che il contributo assegnato all'ambito dell'Unione ammonta a euro 318.540,00 e che "
    "l'Area Servizi alla Persona ha predisposto, d'intesa con i Comuni, il progetto \"Estate in rete "
    "2026\", che individua i gestori aderenti, i criteri di accesso e la ripartizione del contributo "
    "in base al numero dei minori iscritti in ciascun Comune;",
    "Ritenuto di approvare il progetto e la ripartizione, riportata nell'allegato A, parte integrante "
    "e sostanziale del presente atto;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto dell'Unione e il vigente Regolamento di "
    "contabilità;",
    "Acquisiti i pareri favorevoli di regolarità tecnica, espresso dal Dirigente dell'Area Servizi "
    "alla Persona, e di regolarità contabile, espresso dal Responsabile del Servizio Finanziario, "
    "ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti unanimi e palesi;",
]:
    para(txt, align=J)

para("D E L I B E R A", bold=True, align=C, before=6)
points = [
    "di approvare il progetto \"Estate in rete 2026\" per i centri estivi dei Comuni dell'Unione, "
    "nel testo conservato agli atti dell'Area Servizi alla Persona;",
    "di ripartire il contributo regionale di euro 318.540,00 tra i Comuni aderenti secondo la tabella "
    "di cui all'allegato A;",
    "di demandare al Dirigente dell'Area Servizi alla Persona l'adozione degli atti di impegno e di "
    "liquidazione conseguenti;",
    "di trasmettere copia del presente atto ai Comuni dell'Unione e al Distretto Pianura Est.",
]
for i, ptxt in enumerate(points, 1):
    p = para(f"{i}.  {ptxt}", align=J)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.6)

para("Inoltre, con successiva votazione unanime e palese, la Giunta dichiara la presente "
     "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
     "267/2000, per consentire l'avvio dei centri estivi entro il mese di luglio.", align=J, before=6)

para("Letto, approvato e sottoscritto.", before=10)
sg = doc.add_table(rows=3, cols=2)
vals = [("IL PRESIDENTE", "IL SEGRETARIO"),
        ("dott. Luca Franceschini", "dott.ssa Chiara Bonfiglioli"),
        ("(firmato digitalmente)", "(firmato digitalmente)")]
for ri, (a, b) in enumerate(vals):
    for ci, v in enumerate((a, b)):
        pp = sg.rows[ri].cells[ci].paragraphs[0]
        pp.alignment = C
        rr = pp.add_run(v); rr.bold = ri == 0; rr.font.size = Pt(10 if ri < 2 else 8.5)

para("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
     "il quale sostituisce il documento cartaceo e la firma autografa.", size=8, italic=True, before=14)
doc.save(out)
