#!/usr/bin/env python3
"""Comune di Pettorazza Grimani - Consiglio n. 18 del 22-06-2027.

The same house style as the Giunta minutes, typed in the office's Word
model: writes a .docx (python-docx) that LibreOffice Writer exports to PDF.
Running head and foot with the number in the page header/footer, page
number fields, the number row as a table, OGGETTO between paragraph rules.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out = sys.argv[1] if len(sys.argv) > 1 else "consiglio18.docx"
crest = sys.argv[2] if len(sys.argv) > 2 else "crest.png"

# a plain crest drawn once, as the model's letterhead picture
im = Image.new("L", (260, 320), 255)
d = ImageDraw.Draw(im)
d.line([(10, 10), (250, 10), (250, 180)], fill=0, width=8)
d.line([(10, 10), (10, 180)], fill=0, width=8)
d.arc([10, 60, 250, 310], 0, 180, fill=0, width=8)
d.line([(10, 110), (250, 110)], fill=0, width=4)
d.ellipse([110, 40, 150, 80], outline=0, width=4)
d.arc([50, 140, 210, 230], 20, 160, fill=0, width=4)
d.arc([50, 180, 210, 270], 20, 160, fill=0, width=4)
im.save(crest)

NUM, DATA = "18", "22-06-2027"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(22)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def rule(p, where="bottom", sz=6):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); pPr.append(b)
    e = OxmlElement("w:" + where)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "2"); e.set(qn("w:color"), "000000")
    b.append(e)


def sans(run, size=None, bold=False):
    run.font.name = "Liberation Sans"
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


# header and footer
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Mm(172), WD_TAB_ALIGNMENT.RIGHT)
sans(hp.add_run("Comune di Pettorazza Grimani \u2013 Deliberazione di Consiglio Comunale n. %s del %s\tORIGINALE" % (NUM, DATA)), 8)
rule(hp, "bottom", 4)
fp = sec.footer.paragraphs[0]
fp.paragraph_format.tab_stops.add_tab_stop(Mm(172), WD_TAB_ALIGNMENT.RIGHT)
rule(fp, "top", 4)
sans(fp.add_run("Delibera C.C. n. %s del %s \u2013 Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005\tPag. " % (NUM, DATA)), 7)
r = sans(fp.add_run(), 7); field(r, "PAGE")
sans(fp.add_run(" di "), 7)
r = sans(fp.add_run(), 7); field(r, "NUMPAGES")

# letterhead
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_after = Pt(0)
p.add_run().add_picture(crest, height=Mm(15))
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
sans(p.add_run("COMUNE DI PETTORAZZA GRIMANI"), 16, True)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
r = p.add_run("Provincia di Rovigo"); r.italic = True; r.font.size = Pt(10.5)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
sans(p.add_run("Piazza Municipio \u2022 45010 Pettorazza Grimani (RO)"), 7.5)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
sans(p.add_run("ORIGINALE"), 10, True)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
sans(p.add_run("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), 12, True)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
sans(p.add_run("Sessione ordinaria \u2013 Seduta pubblica di prima convocazione"), 9)

tb = doc.add_table(rows=1, cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
tb.autofit = False
cells = [("Numero", NUM, True), ("Data", DATA, True), ("Proposta", "n. 12 del 10-06-2027", False),
         ("Ufficio proponente", "Area Economico-Finanziaria", False)]
widths = [Mm(22), Mm(30), Mm(44), Mm(76)]
for col, w in zip(tb.columns, widths):
    col.width = w
for c, (lab, val, big), w in zip(tb.rows[0].cells, cells, widths):
    c.width = w
    c.paragraphs[0].paragraph_format.space_after = Pt(0)
    sans(c.paragraphs[0].add_run(lab), 7)
    q = c.add_paragraph(); q.paragraph_format.space_after = Pt(1)
    sans(q.add_run(val), 11 if big else 9, big)

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(10)
rule(p, "top", 8); rule(p, "bottom", 8)
sans(p.add_run("OGGETTO: "), 9, True)
r = p.add_run("VERIFICA DEGLI EQUILIBRI GENERALI DI BILANCIO E ASSESTAMENTO GENERALE DEL BILANCIO DI PREVISIONE "
              "2027/2029 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000."); r.bold = True


def J(text, bold_center=False):
    q = doc.add_paragraph()
    if bold_center:
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_before = Pt(6)
        rr = q.add_run(text); rr.bold = True
    else:
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        q.add_run(text)
    return q


J("L\u2019anno duemilaventisette, addì ventidue del mese di giugno, alle ore 20:30, nella sala consiliare della Residenza "
  "Municipale, a seguito di convocazione del Sindaco prot. n. 3120 del 15-06-2027, regolarmente notificata ai Consiglieri, si è "
  "riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.")
J("Al momento della trattazione del presente argomento risultano presenti i Consiglieri: Gianluca ZANFORLIN (Sindaco), "
  "Marta BELLINELLO, Davide TROMBIN, Elisa CHIARION, Stefano CREPALDI, Nicola PAVANELLO, Roberto MARANGON e Francesca RIZZATO "
  "(entrata alle ore 20:45, prima della trattazione del presente argomento). Sono assenti i Consiglieri Ilaria TOSARELLO "
  "(giustificata) e Paolo BERGAMIN.")
J("Presenti n. 9 \u2013 Assenti n. 2.")
J("Partecipa il Segretario Comunale dott.ssa Cristina Zennaro, incaricato della redazione del verbale.")
J("Essendo legale il numero degli intervenuti, il sig. Gianluca Zanforlin, nella sua qualità di Sindaco, assume la presidenza "
  "e, dato atto che l\u2019argomento è iscritto al punto n. 2 dell\u2019ordine del giorno, invita il Consiglio a deliberare.")
J("Il Sindaco illustra la proposta, dando conto delle variazioni richieste dai Responsabili delle Aree e dell\u2019esito "
  "della ricognizione sullo stato di attuazione dei programmi. Interviene il Consigliere Roberto Marangon, capogruppo "
  "di minoranza, che lamenta il ritardo nella manutenzione delle strade arginali e preannuncia il voto contrario del "
  "proprio gruppo. Replica il Sindaco. Non essendovi altri interventi, il Presidente pone in votazione la proposta.")
J("IL CONSIGLIO COMUNALE", True)
J("Premesso che con deliberazione del Consiglio Comunale n. 5 del 26-02-2027, esecutiva, è stato approvato il bilancio di "
  "previsione finanziario 2027/2029 e che con deliberazione del Consiglio Comunale n. 11 del 29-04-2027 è stato approvato il "
  "rendiconto della gestione 2026, con un avanzo di amministrazione di \u20ac 214.385,12;")
J("Visti l\u2019art. 175, comma 8, e l\u2019art. 193 del D.Lgs. n. 267/2000, che prevedono che entro il 31 luglio di ciascun anno "
  "l\u2019organo consiliare provveda con apposita deliberazione alla verifica generale di tutte le voci di entrata e di uscita e "
  "dia atto del permanere degli equilibri generali di bilancio;")
J("Viste le attestazioni dei Responsabili delle Aree circa l\u2019insussistenza di debiti fuori bilancio e l\u2019andamento "
  "delle entrate e delle spese di rispettiva competenza;")
J("Visto il parere favorevole dell\u2019Organo di revisione economico-finanziaria, reso con verbale n. 7 del 14-06-2027;")
J("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\u2019art. 49, comma 1, del D.Lgs. "
  "n. 267/2000 dal Responsabile dell\u2019Area Economico-Finanziaria;")
J("Con voti favorevoli n. 7, contrari n. 2 (Marangon, Rizzato), astenuti n. 0, espressi per alzata di mano dai n. 9 "
  "Consiglieri presenti e votanti,")
J("DELIBERA", True)
pts = [
    "di dare atto del permanere degli equilibri generali di bilancio per l\u2019esercizio 2027, come risulta dal prospetto allegato sub A) alla presente deliberazione;",
    "di approvare la variazione di assestamento generale al bilancio di previsione 2027/2029, nelle risultanze riportate nell\u2019allegato B), che pareggia in \u20ac 58.240,00;",
    "di dare atto che non sussistono debiti fuori bilancio da riconoscere ai sensi dell\u2019art. 194 del D.Lgs. n. 267/2000;",
    "di trasmettere la presente deliberazione al Tesoriere comunale per gli adempimenti di competenza.",
]
for i, t in enumerate(pts, 1):
    q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    q.paragraph_format.left_indent = Mm(8); q.paragraph_format.first_line_indent = Mm(-6)
    q.add_run("%d)\t%s" % (i, t))
    q.paragraph_format.tab_stops.add_tab_stop(Mm(8))
J("Successivamente, con voti favorevoli n. 7, contrari n. 2 (Marangon, Rizzato), astenuti n. 0, IL CONSIGLIO COMUNALE "
  "dichiara la presente deliberazione immediatamente eseguibile ai sensi dell\u2019art. 134, comma 4, del D.Lgs. n. 267/2000.")

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
p.add_run("Letto, approvato e sottoscritto.")
ft = doc.add_table(rows=3, cols=2)
ft.alignment = WD_TABLE_ALIGNMENT.CENTER
for row, (a, b) in zip(ft.rows, [("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"),
                                  ("Gianluca Zanforlin", "dott.ssa Cristina Zennaro"),
                                  ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for c, v in zip(row.cells, (a, b)):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v)
        if v.startswith("("):
            rr.font.size = Pt(8)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(14)
rule(p, "top", 4)
sans(p.add_run("REFERTO DI PUBBLICAZIONE"), 9, True)
q = J("Reg. Pubbl. n. 458. Si certifica che copia della presente deliberazione viene pubblicata all\u2019Albo Pretorio on line "
      "di questo Comune il giorno 28-06-2027 e vi rimarrà per quindici giorni consecutivi, ai sensi dell\u2019art. 124 del D.Lgs. "
      "n. 267/2000.")
for r in q.runs:
    r.font.size = Pt(9.5)
q = doc.add_paragraph(); r = q.add_run("Il Messo Comunale \u2013 Anna Bonato"); r.font.size = Pt(9.5)

doc.core_properties.title = "Deliberazione C.C. n. %s del %s" % (NUM, DATA)
doc.core_properties.author = "Segreteria - Comune di Pettorazza Grimani"
doc.save(out)
