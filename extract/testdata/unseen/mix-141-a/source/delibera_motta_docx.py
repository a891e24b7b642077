#!/usr/bin/env python3
"""Comune di Motta San Giovanni - deliberazione della Giunta Comunale n. 6/2029.
Studio K-like model written as .docx with python-docx, exported by LibreOffice.
Number/date in a ruled strip under the title, roll as a table with SI/NO,
the pareri on the last page."""
import io
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from studiok_common import ENTE, SOTTO, INDIRIZZO, crest_png

OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(12), Mm(16)

st = d.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.15


def borders(cell, sides=("top", "left", "bottom", "right"), sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        if side in sides:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def widths(table, ws):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def P(text="", bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=None, before=None, italic=False, cell=None):
    p = cell.paragraphs[0] if cell is not None and not cell.paragraphs[0].text and not cell.paragraphs[0].runs else (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if text:
        text = text.replace("€ ", "€\u00a0")
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


# letterhead: crest | ente
lh = d.add_table(rows=1, cols=2)
widths(lh, [Mm(24), Mm(146)])
c0, c1 = lh.rows[0].cells
c0.paragraphs[0].add_run().add_picture(io.BytesIO(crest_png()), width=Mm(16))
P(ENTE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, cell=c1)
P(SOTTO, size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, cell=c1)
P(INDIRIZZO, size=8, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, italic=True, cell=c1)
for c in (c0, c1):
    borders(c, ("bottom",), 12)

P("ORIGINALE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4, after=2)

strip = d.add_table(rows=1, cols=3)
widths(strip, [Mm(100), Mm(30), Mm(40)])
for i, (txt, b) in enumerate([("DELIBERAZIONE DELLA GIUNTA COMUNALE", True), ("N. 6", True), ("del 09/01/2029", True)]):
    c = strip.rows[0].cells[i]
    P(txt, bold=b, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=1, before=1, cell=c)
    borders(c, sz=8)

SUBJECT = ("ADESIONE ALL'AVVISO PUBBLICO DELLA REGIONE CALABRIA PER IL FINANZIAMENTO DI INTERVENTI DI "
           "MITIGAZIONE DEL RISCHIO DI EROSIONE COSTIERA - APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA "
           "ED ECONOMICA DEGLI INTERVENTI SUL LITORALE DI LAZZARO")
p = P(before=8, after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run(SUBJECT); r.bold = True

P("L'anno duemilaventinove, il giorno nove del mese di gennaio, alle ore 12:15 e seguenti, nella sede comunale, "
  "convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:")

roll = [("MORABITO Domenico", "Sindaco", "SI"), ("NUCERA Caterina", "Vice Sindaco", "SI"),
        ("LAGANÀ Francesco", "Assessore", "NO"), ("FOTI Rocco", "Assessore", "SI"),
        ("ZUMBO Maria Grazia", "Assessore", "SI")]
rt = d.add_table(rows=1 + len(roll), cols=4)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(rt, [Mm(12), Mm(70), Mm(45), Mm(25)])
for i, h in enumerate(["N.", "Cognome e Nome", "Qualifica", "Presente"]):
    c = rt.rows[0].cells[i]
    P(h, bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if i != 1 else WD_ALIGN_PARAGRAPH.LEFT, after=0, cell=c)
    borders(c, sz=6)
for ri, (n, q, pr) in enumerate(roll, 1):
    for ci, v in enumerate([str(ri), n, q, pr]):
        c = rt.rows[ri].cells[ci]
        P(v, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT, after=0, cell=c)
        borders(c, sz=4)
P("Totale presenti: 4          Totale assenti: 1", size=9, align=WD_ALIGN_PARAGRAPH.LEFT, before=3)

P("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a), "
  "del D.Lgs. n. 267/2000) il Segretario Comunale Dott.ssa Annunziata Crucitti.")
P("Il Sindaco, Dott. Domenico Morabito, constatata la presenza del numero legale, dichiara aperta la seduta ed "
  "invita la Giunta a deliberare sull'argomento in oggetto.")

P("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for t in [
    "VISTA la proposta di deliberazione n. 9 del 05/01/2029, predisposta dal SETTORE III – LAVORI PUBBLICI, "
    "URBANISTICA E AMBIENTE, avente ad oggetto quanto sopra;",
    "PREMESSO che il litorale della frazione Lazzaro è interessato da un progressivo arretramento della linea di "
    "riva, che negli ultimi inverni ha provocato danni alla passeggiata a mare e alle opere di urbanizzazione "
    "limitrofe, come documentato nella relazione dell'Ufficio Tecnico Comunale prot. n. 11872 del 12/12/2028;",
    "CHE la Regione Calabria, con decreto dirigenziale pubblicato sul BURC del 19/12/2028, ha approvato l'Avviso "
    "pubblico per il finanziamento di interventi di mitigazione del rischio di erosione costiera, fissando al "
    "20/01/2029 il termine per la presentazione delle istanze da parte dei Comuni costieri;",
    "VISTO il progetto di fattibilità tecnica ed economica denominato «Interventi di protezione e ripascimento "
    "del litorale di Lazzaro – I stralcio», redatto dall'Ufficio Tecnico Comunale, dell'importo complessivo di "
    "€ 1.450.000,00, di cui € 1.120.000,00 per lavori ed € 330.000,00 per somme a disposizione "
    "dell'Amministrazione;",
    "RITENUTO di aderire all'Avviso e di candidare a finanziamento il suddetto intervento;",
    "VISTI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000 in ordine alla "
    "regolarità tecnica e contabile, riportati in calce al presente atto;",
    "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e lo Statuto comunale;",
]:
    P(t)
P("Con votazione unanime, favorevole, resa nei modi di legge,")
P("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
for i, t in enumerate([
    "Di approvare la premessa quale parte integrante e sostanziale del presente atto;",
    "Di aderire all'Avviso pubblico della Regione Calabria per il finanziamento di interventi di mitigazione del "
    "rischio di erosione costiera, candidando l'intervento denominato «Interventi di protezione e ripascimento "
    "del litorale di Lazzaro – I stralcio»;",
    "Di approvare il progetto di fattibilità tecnica ed economica dell'intervento, dell'importo complessivo di "
    "€ 1.450.000,00, composto dagli elaborati elencati in premessa;",
    "Di autorizzare il Sindaco, quale legale rappresentante dell'Ente, alla sottoscrizione dell'istanza di "
    "finanziamento e di ogni atto conseguente;",
    "Di demandare al Responsabile del Settore III l'adozione di tutti gli adempimenti consequenziali.",
], 1):
    p = P("%d. %s" % (i, t))
    p.paragraph_format.left_indent = Mm(6)
    p.paragraph_format.first_line_indent = Mm(-6)
P("Successivamente,", before=4)
P("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("stante l'urgenza di rispettare il termine del 20/01/2029 fissato dall'Avviso, con separata votazione unanime, "
  "DELIBERA di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
  "D.Lgs. n. 267/2000.")

P("Letto, confermato e sottoscritto.", before=10, after=6)
sg = d.add_table(rows=2, cols=2)
widths(sg, [Mm(85), Mm(85)])
for ci, (a, b) in enumerate([("IL SINDACO", "Dott. Domenico Morabito"), ("IL SEGRETARIO COMUNALE", "Dott.ssa Annunziata Crucitti")]):
    P(a, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, cell=sg.rows[0].cells[ci])
    P(b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, cell=sg.rows[1].cells[ci])

p = d.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
P("PARERI ESPRESSI AI SENSI DELL'ART. 49, COMMA 1, DEL D.LGS. N. 267/2000", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
pt = d.add_table(rows=2, cols=1)
widths(pt, [Mm(170)])
for ri, (k, who) in enumerate([("REGOLARITÀ TECNICA", "Il Responsabile del Settore III\nIng. Pasquale Cotroneo"),
                                ("REGOLARITÀ CONTABILE", "Il Responsabile del Settore II – Economico Finanziario\nDott. Carmelo Mafrici")]):
    c = pt.rows[ri].cells[0]
    borders(c, sz=6)
    P("Parere in ordine alla " + k + ": FAVOREVOLE", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2, cell=c)
    P("Motta San Giovanni, 05/01/2029", align=WD_ALIGN_PARAGRAPH.LEFT, after=2, cell=c)
    for ln in who.split("\n"):
        P(ln, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, cell=c)
    P("", after=2, cell=c)

P("", before=10)
P("CERTIFICATO DI PUBBLICAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=4)
P("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni "
  "consecutivi dal 10/01/2029, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000. Reg. pubbl. n. 37.")
P("IL MESSO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6, after=0)
P("Giovanni Mafrica", align=WD_ALIGN_PARAGRAPH.RIGHT)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione di Giunta Comunale n. 6 del 09/01/2029"); r.font.size = Pt(7.5)

d.core_properties.author = "Segreteria"
d.core_properties.title = "DELIBERA DI GIUNTA N. 6 DEL 09/01/2029"
d.save(OUT)
