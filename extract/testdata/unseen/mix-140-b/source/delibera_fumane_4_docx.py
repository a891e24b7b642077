#!/usr/bin/env python3
"""Comune di Fumane, G.C. n. 4 del 10/01/2029 - python-docx, exported by LibreOffice.
Sicraweb-like print: crest and letterhead in the page header, number and date in the
title, roll as a list (name, role, presence) on tab stops, Vicesindaco presiding."""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
crests = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.8)
sec.header_distance = Cm(0.8)
sec.footer_distance = Cm(0.8)


def border_bottom(p, color="2D5AA0", sz="10"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "2"); e.set(qn("w:color"), color)
    b.append(e); pPr.append(b)


def field(par, instr, size):
    """PAGE / NUMPAGES field as begin / instr / separate / result / end runs, all sized."""
    parts = [("fldChar", "begin"), ("instrText", instr), ("fldChar", "separate"), ("t", "1"), ("fldChar", "end")]
    for kind, val in parts:
        r = par.add_run(); r.font.size = size
        if kind == "fldChar":
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), val)
        elif kind == "instrText":
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " %s " % val
        else:
            e = OxmlElement("w:t"); e.text = val
        r._r.append(e)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


# header: crest + name
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
ht.alignment = WD_TABLE_ALIGNMENT.LEFT
c0, c1 = ht.rows[0].cells
widths(ht, [1.8, 15.2])
c0.paragraphs[0].add_run().add_picture(os.path.join(crests, "fumane.png"), width=Cm(1.3))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI FUMANE"); r.bold = True; r.font.size = Pt(15)
p2 = c1.add_paragraph(); r = p2.add_run("PROVINCIA DI VERONA"); r.font.size = Pt(8.5)
first = hdr.paragraphs[0]._p
first.getparent().remove(first)
hp = hdr.add_paragraph()
hp.paragraph_format.space_after = Pt(0)
border_bottom(hp)

# footer
fp = sec.footer.paragraphs[0]
fp.style = doc.styles["Normal"]
fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
r = fp.add_run("Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005\tPag. "); r.font.size = Pt(7.5)
field(fp, "PAGE", Pt(7.5))
r = fp.add_run(" di "); r.font.size = Pt(7.5)
field(fp, "NUMPAGES", Pt(7.5))

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("COPIA CONFORME ALL'ORIGINALE"); r.font.size = Pt(8); r.italic = True

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
r = p.add_run("DELIBERAZIONE DELLA GIUNTA COMUNALE N. 4 DEL 10/01/2029"); r.bold = True; r.font.size = Pt(12)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Proposta di deliberazione n. 5 del 08/01/2029 – Proponente: Area Tecnica – Servizio Lavori Pubblici e Patrimonio")
r.font.size = Pt(8.5)

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
a, b = t.rows[0].cells
widths(t, [2.3, 14.7])
r = a.paragraphs[0].add_run("OGGETTO:"); r.bold = True
r = b.paragraphs[0].add_run("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE MOLINA - BREONIO. CUP D17H28000120004")
r.bold = True

body = [
    "L'anno duemilaventinove, addì dieci del mese di gennaio, alle ore 12:00, nella Residenza Municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:",
]
for s in body:
    p = doc.add_paragraph(s); p.paragraph_format.space_before = Pt(8); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

roll = [("BENEDETTI Stefano", "Sindaco", "Assente"),
        ("CAMPOSTRINI Laura", "Vicesindaco", "Presente"),
        ("RIGHETTI Marco", "Assessore", "Presente"),
        ("VANTINI Giulia", "Assessore", "Presente"),
        ("LONARDI Davide", "Assessore esterno", "Presente")]
for n, c, pr in roll:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.5); pf.space_after = Pt(0)
    pf.tab_stops.add_tab_stop(Cm(7.0)); pf.tab_stops.add_tab_stop(Cm(12.0))
    p.add_run(n + "\t" + c + "\t" + pr)
p = doc.add_paragraph("Presenti n. 4 – Assenti n. 1")
p.paragraph_format.left_indent = Cm(1.5); p.paragraph_format.space_before = Pt(4)
p.runs[0].bold = True

for s in [
    "Partecipa alla seduta il Segretario Comunale Dott.ssa Chiara Tommasini, che cura la verbalizzazione.",
    "Assume la presidenza il Vicesindaco Sig.ra Laura Campostrini, in assenza del Sindaco, la quale, riconosciuta la validità dell'adunanza per il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
]:
    p = doc.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_before = Pt(6)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(8)
r = p.add_run("LA GIUNTA COMUNALE"); r.bold = True

prem = [
    "Vista l'allegata proposta di deliberazione n. 5 del 08/01/2029 formulata dall'Area Tecnica – Servizio Lavori Pubblici e Patrimonio;",
    "Premesso che la strada comunale che collega la frazione di Molina alla frazione di Breonio presenta, nel tratto compreso tra la località Gorgusello e l'abitato di Breonio, cedimenti della scarpata di valle e barriere di sicurezza non più adeguate;",
    "Richiamata la deliberazione del Consiglio Comunale n. 38 del 18/12/2028, con la quale è stato approvato il Documento Unico di Programmazione 2029-2031 e il programma triennale dei lavori pubblici, che prevede l'intervento per un importo complessivo di € 285.000,00;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall'Ing. Matteo Zardini, incaricato con determinazione dell'Area Tecnica n. 112 del 14/10/2028, composto dagli elaborati elencati nel quadro allegato e dal quale risulta il seguente quadro economico: lavori a base d'asta € 206.500,00, oneri per la sicurezza € 8.500,00, somme a disposizione dell'Amministrazione € 70.000,00;",
    "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Ad unanimità di voti favorevoli, espressi in forma palese;",
]
for s in prem:
    p = doc.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(6)
r = p.add_run("DELIBERA"); r.bold = True

points = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale Molina - Breonio, redatto dall'Ing. Matteo Zardini, per l'importo complessivo di € 285.000,00;",
    "di dare atto che la spesa trova copertura al capitolo 20810/1 \"Manutenzione straordinaria strade comunali\" del bilancio di previsione 2029-2031, annualità 2029, finanziato con contributo regionale e quota di avanzo;",
    "di nominare Responsabile Unico del Progetto il Geom. Andrea Castellani, Responsabile dell'Area Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti per l'affidamento della progettazione esecutiva;",
    "di comunicare la presente deliberazione ai Capigruppo consiliari contestualmente alla pubblicazione all'Albo Pretorio.",
]
for s in points:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(0.9); pf.first_line_indent = Cm(-0.5)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("-\u00a0\u00a0" + s)

for s in [
    "Successivamente, stante l'urgenza di presentare la domanda di contributo entro il termine fissato dalla Regione del Veneto, con separata votazione, ad unanimità di voti favorevoli,",
]:
    p = doc.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_before = Pt(6)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("DELIBERA"); r.bold = True
p = doc.add_paragraph("di dichiarare il presente provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = doc.add_paragraph("Letto, confermato e sottoscritto."); p.paragraph_format.space_before = Pt(12)
t = doc.add_table(rows=3, cols=2)
for i, (l, rr) in enumerate([("IL VICESINDACO", "IL SEGRETARIO COMUNALE"),
                             ("Laura Campostrini", "Dott.ssa Chiara Tommasini"),
                             ("firmato digitalmente", "firmato digitalmente")]):
    for cell, txt in zip(t.rows[i].cells, (l, rr)):
        cp = cell.paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = cp.add_run(txt)
        if i == 2:
            run.italic = True; run.font.size = Pt(8)

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14)
border_bottom(p, "999999", "6")
p = doc.add_paragraph()
r = p.add_run("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000"); r.bold = True; r.font.size = Pt(9)
for s in ["Regolarità tecnica: FAVOREVOLE – Il Responsabile dell'Area Tecnica, Geom. Andrea Castellani, 09/01/2029",
          "Regolarità contabile: FAVOREVOLE – Il Responsabile dell'Area Economico-Finanziaria, Rag. Silvia Bonomi, 09/01/2029"]:
    p = doc.add_paragraph(s); p.runs[0].font.size = Pt(9)

doc.save(out)
