#!/usr/bin/env python3
"""Giunta Comunale di Siderno, deliberazione n. 3 del 09/01/2029: the Halley-like
model saved as .docx (python-docx) and exported by LibreOffice Writer."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, before=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def widths(table, ws):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


C = WD_ALIGN_PARAGRAPH.CENTER
para("COMUNE DI SIDERNO", bold=True, align=C, size=18, after=0)
para("Città Metropolitana di Reggio Calabria", align=C, size=11, after=10)
para("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=10, after=6)
para("DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, align=C, size=14, after=6)

p = para(align=WD_ALIGN_PARAGRAPH.LEFT, after=8)
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.8), WD_TAB_ALIGNMENT.RIGHT)
r = p.add_run("N. 3 del Reg."); r.bold = True
r = p.add_run("\tData 09/01/2029"); r.bold = True

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].paragraphs[0].add_run("Oggetto:").bold = True
t.rows[0].cells[1].paragraphs[0].add_run(
    "NOMINA DEL FUNZIONARIO RESPONSABILE DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2029.").bold = True
widths(t, [Cm(2.4), Cm(14.4)])
para("", after=2)

para("L'anno duemilaventinove il giorno nove del mese di gennaio alle ore 13:00, nella sala delle adunanze "
     "della Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei "
     "Signori:")
roll = [("MACRI' VINCENZO", "SINDACO", "P"), ("SAINATO ROSALBA", "VICE SINDACO", "P"),
        ("AUDINO GIUSEPPE", "ASSESSORE", "A"), ("CODESPOTI CATERINA", "ASSESSORE", "P"),
        ("IERINO' ANTONIO", "ASSESSORE", "P"), ("ZITO FRANCESCA", "ASSESSORE", "P")]
rt = doc.add_table(rows=0, cols=3)
no_borders(rt)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for n, c, pa in roll:
    cells = rt.add_row().cells
    for i, v in enumerate((n, c, pa)):
        pp = cells[i].paragraphs[0]
        pp.paragraph_format.space_after = Pt(0)
        if i == 2:
            pp.alignment = C
        pp.add_run(v).font.size = Pt(11)
widths(rt, [Cm(6.5), Cm(4.5), Cm(1.5)])
para("ne risultano presenti n.   5 e assenti n.   1.", before=4)
para("Assume la presidenza l'Avv. Vincenzo Macrì in qualità di SINDACO assistito dal SEGRETARIO GENERALE "
     "Dott.ssa Rosa Maria Sergi.")
para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la "
     "Giunta ad esaminare la proposta di deliberazione in oggetto.")
para("Proposta n. 4 del 05-01-2029 - Ufficio proponente: Servizio Tributi", italic=True, size=10, before=2)

para("LA GIUNTA COMUNALE", bold=True, align=C, before=6)
for s in [
    "Visto l'art. 1, comma 639, della Legge 27 dicembre 2013, n. 147, istitutivo della tassa sui rifiuti (TARI) "
    "destinata a finanziare i costi del servizio di raccolta e smaltimento dei rifiuti;",
    "Visto l'art. 1, comma 692, della medesima legge, il quale dispone che il Comune designa il funzionario "
    "responsabile a cui sono attribuiti tutti i poteri per l'esercizio di ogni attività organizzativa e "
    "gestionale, compreso quello di sottoscrivere i provvedimenti afferenti a tali attività, nonché la "
    "rappresentanza in giudizio per le controversie relative al tributo stesso;",
    "Considerato che, a seguito del collocamento a riposo del precedente funzionario responsabile a decorrere "
    "dal 1° gennaio 2029, occorre procedere ad una nuova designazione;",
    "Ritenuto di individuare quale funzionario responsabile della TARI il Dott. Francesco Logozzo, funzionario "
    "di Elevata Qualificazione titolare del Servizio Tributi, in possesso dei requisiti professionali necessari;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49, comma 1, del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Con votazione unanime favorevole, resa nelle forme di legge,",
]:
    para(s)
para("DELIBERA", bold=True, align=C, before=4)
for s in [
    "Di designare il Dott. Francesco Logozzo quale funzionario responsabile della tassa sui rifiuti (TARI) per "
    "l'anno 2029, ai sensi dell'art. 1, comma 692, della Legge n. 147/2013, con tutti i poteri ivi previsti.",
    "Di dare atto che la presente designazione non comporta oneri aggiuntivi a carico del bilancio comunale.",
    "Di comunicare il presente provvedimento all'interessato e di pubblicarne gli estremi sul sito istituzionale "
    "dell'Ente.",
]:
    p = para("-  " + s)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
para("Con separata ed unanime votazione, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, "
     "ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", before=4)
para("Letto, approvato e sottoscritto.", before=8)
ft = doc.add_table(rows=2, cols=2)
for i, (a, b) in enumerate([("IL SINDACO", "IL SEGRETARIO GENERALE"),
                            ("Avv. Vincenzo Macrì", "Dott.ssa Rosa Maria Sergi")]):
    for j, v in enumerate((a, b)):
        pp = ft.rows[i].cells[j].paragraphs[0]
        pp.alignment = C
        pp.add_run(v)
para("")
para("Il presente documento è sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005.",
     size=8.5, align=C, italic=True)
doc.core_properties.author = "Halley"
doc.save(out)
