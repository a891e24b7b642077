#!/usr/bin/env python3
"""Tione di Trento, Giunta comunale n. 118 di data 8 settembre 2026.

House style "PiTre" (the Comune's Trentino document-management model):
centred letterhead, "Verbale di deliberazione n. ... della Giunta comunale"
under it, roll with the Trentino columns "Assenti giust./ingiust.", the
dispositivo heading letter-spaced, running head with the number from page 2
and "pag. X di Y" in the foot. Written as .docx by python-docx and exported
by LibreOffice Writer.
usage: tione_delibera_docx.py OUT.docx
"""
import sys
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
sec.header_distance, sec.footer_distance = Cm(0.9), Cm(0.9)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def para(text="", bold=False, italic=False, size=None, align=None, after=None,
         before=None, indent=None, first=None, spacing=None, keep=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if spacing is not None:
            letter_space(r, spacing)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def letter_space(run, pts):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(int(pts * 20)))
    rpr.append(sp)


def add_field(par, instr, size=9):
    r = par.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


def footer_into(ft):
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("pag. "); r.font.size = Pt(9)
    add_field(p, "PAGE")
    r = p.add_run(" di "); r.font.size = Pt(9)
    add_field(p, "NUMPAGES")


def cell_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# running head (pages 2..n) and foot (all pages)
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = hp.add_run("Comune di Tione di Trento – Deliberazione della Giunta comunale n. 118 di data 8 settembre 2026")
r.italic = True; r.font.size = Pt(8.5)
footer_into(sec.footer)
footer_into(sec.first_page_footer)

# letterhead
para("COMUNE DI TIONE DI TRENTO", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.5)
para("Provincia di Trento", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Via Damiano Chiesa, 3 – 38079 Tione di Trento (TN) – tel. 0465 343021", size=8.5,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=14)

para("Verbale di deliberazione n. 118", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("della Giunta comunale", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=12, indent=2.2, first=-2.2)
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("Approvazione in linea tecnica del progetto esecutivo dei lavori di riqualificazione "
              "energetica della palestra comunale di via Circonvallazione – CUP J37H26000180005.")
r.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))

para("L’anno duemilaventisei, addì otto del mese di settembre, alle ore 17.30, nella sala delle "
     "riunioni, a seguito di regolare convocazione, si è riunita la Giunta comunale.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)

para("Presenti i signori:", after=4)
roll = [("FERRARI Mauro", "Sindaco", "", ""),
        ("POLLI Silvia", "Vicesindaco", "", ""),
        ("MOSCA Andrea", "Assessore", "", ""),
        ("SERAFINI Chiara", "Assessore", "X", ""),
        ("ARMANI Luca", "Assessore", "", "")]
t = doc.add_table(rows=1, cols=4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_borders(t)
hdr = ["", "", "Assenti giust.", "Assenti ingiust."]
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]
    c.paragraphs[0].add_run(h).font.size = Pt(9)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for name, role, g, ing in roll:
    cells = t.add_row().cells
    cells[0].paragraphs[0].add_run(name)
    cells[1].paragraphs[0].add_run(role)
    for i, v in ((2, g), (3, ing)):
        cells[i].paragraphs[0].add_run(v)
        cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in t.rows:
    for i, w in enumerate((Cm(6.0), Cm(4.0), Cm(2.6), Cm(2.6))):
        row.cells[i].width = w

para("", after=2)
para("Assiste e verbalizza il Segretario generale dott.ssa Elena Bonapace.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
para("Riconosciuto legale il numero degli intervenuti, il signor Mauro Ferrari, nella sua qualità "
     "di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto "
     "suindicato.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=14)

para("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, keep=True)
prem = [
    "Premesso che il Documento Unico di Programmazione 2026-2028 e il bilancio di previsione "
    "2026-2028, approvati dal Consiglio comunale con deliberazione n. 4 di data 26 febbraio 2026, "
    "prevedono nel programma delle opere pubbliche l’intervento di riqualificazione energetica "
    "della palestra comunale di via Circonvallazione;",
    "vista la determinazione del Responsabile del Servizio tecnico n. 96 di data 14 aprile 2026, "
    "con la quale è stato affidato all’ing. Stefano Maffei di Tione di Trento l’incarico per la "
    "progettazione definitiva ed esecutiva dell’intervento;",
    "visto il progetto esecutivo depositato in data 21 agosto 2026, prot. n. 9874, costituito "
    "dagli elaborati elencati nella relazione tecnico-illustrativa, che prevede una spesa "
    "complessiva di euro 486.500,00, di cui euro 372.800,00 per lavori a base d’asta, compresi "
    "euro 14.900,00 per oneri della sicurezza non soggetti a ribasso, ed euro 113.700,00 per "
    "somme a disposizione dell’Amministrazione;",
    "visto il verbale di verifica del progetto redatto ai sensi dell’art. 42 del D.Lgs. 31 marzo "
    "2023, n. 36, e il verbale di validazione sottoscritto dal responsabile unico del progetto "
    "in data 1 settembre 2026;",
    "dato atto che l’intervento è finanziato per euro 340.000,00 con il contributo concesso dalla "
    "Provincia autonoma di Trento sul Fondo per gli investimenti programmati dei comuni e per la "
    "restante parte con mezzi propri di bilancio;",
    "visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con "
    "L.R. 3 maggio 2018, n. 2, e in particolare l’art. 53 sulle competenze della Giunta comunale;",
    "acquisiti sulla proposta di deliberazione, ai sensi dell’art. 185 del citato Codice, i pareri "
    "favorevoli di regolarità tecnico-amministrativa e di regolarità contabile espressi dai "
    "responsabili dei servizi competenti, riportati in calce al presente verbale;",
    "ad unanimità di voti favorevoli, espressi nelle forme di legge,",
]
for x in prem:
    para(x, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=5)

para("d e l i b e r a", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, before=6, spacing=2, keep=True)
points = [
    "di approvare in linea tecnica, per le motivazioni esposte in premessa, il progetto esecutivo "
    "dei lavori di riqualificazione energetica della palestra comunale di via Circonvallazione, "
    "redatto dall’ing. Stefano Maffei, nell’importo complessivo di euro 486.500,00, di cui euro "
    "372.800,00 per lavori ed euro 113.700,00 per somme a disposizione dell’Amministrazione, "
    "secondo il quadro economico riportato nella relazione tecnico-illustrativa;",
    "di dare atto che la spesa complessiva trova copertura al capitolo 3120 “Palestra comunale – "
    "interventi straordinari” del bilancio di previsione 2026-2028, esercizio 2026, e che ai "
    "successivi adempimenti provvederà il Responsabile del Servizio tecnico;",
    "di dichiarare la presente deliberazione, con separata ed unanime votazione, immediatamente "
    "eseguibile ai sensi dell’art. 183, comma 4, del Codice degli enti locali della Regione "
    "autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, stante l’urgenza di "
    "avviare la procedura di affidamento dei lavori entro l’autunno;",
    "di dare evidenza, ai sensi dell’art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la "
    "presente deliberazione sono ammessi opposizione alla Giunta comunale, durante il periodo di "
    "pubblicazione, ai sensi dell’art. 183, comma 5, del Codice degli enti locali; ricorso "
    "giurisdizionale al T.R.G.A. di Trento entro 60 giorni, ai sensi degli articoli 13 e 29 del "
    "D.Lgs. 2 luglio 2010, n. 104; ricorso straordinario al Presidente della Repubblica entro 120 "
    "giorni, ai sensi dell’art. 8 del D.P.R. 24 novembre 1971, n. 1199.",
]
for i, x in enumerate(points, 1):
    para(f"{i}.\t{x}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=5, indent=0.8, first=-0.8)

para("Letto, approvato e sottoscritto.", before=14, after=10)
sig = doc.add_table(rows=3, cols=2)
vals = [("IL SINDACO", "IL SEGRETARIO GENERALE"), ("Mauro Ferrari", "dott.ssa Elena Bonapace"),
        ("(firmato digitalmente)", "(firmato digitalmente)")]
for ri, (a, b) in enumerate(vals):
    for ci, v in enumerate((a, b)):
        pp = sig.rows[ri].cells[ci].paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v)
        if ri == 0:
            rr.bold = True
        if ri == 2:
            rr.font.size = Pt(8.5); rr.italic = True

para("", after=10)
para("PARERI ESPRESSI AI SENSI DELL’ART. 185 DEL CODICE DEGLI ENTI LOCALI", bold=True, size=10,
     before=12, after=4, keep=True)
para("Parere di regolarità tecnico-amministrativa: favorevole. Tione di Trento, 4 settembre 2026. "
     "Il Responsabile del Servizio tecnico – ing. Paolo Cozzini", size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
para("Parere di regolarità contabile: favorevole. Tione di Trento, 4 settembre 2026. "
     "Il Responsabile del Servizio finanziario – dott.ssa Nadia Amistadi", size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)

doc.save(out)
