#!/usr/bin/env python3
"""Comune di Campoformido - Consiglio Comunale n. 11 del 29/03/2027.
House style 'adweb' as the Segreteria's Word model reproduces it: a header table
(letterhead left, number box right), running foot with the act number and a PAGE
field. Written with python-docx, exported to PDF by LibreOffice (build.sh).
Roll: only the absent councillors are named."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-campoformido-adweb-11.docx"
BLU = RGBColor(0x1D, 0x3F, 0x73)
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
sec.footer_distance = Mm(9)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1
d.core_properties.title = "Deliberazione del Consiglio Comunale n. 11 del 29/03/2027"
d.core_properties.author = "Segreteria - Comune di Campoformido"


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, after=None):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


def cell_border(cell, sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        bd.append(el)
    tcPr.append(bd)


# footer
fp = sec.footer.paragraphs[0]
fp.text = ""
r = fp.add_run("Atto n. 11 del 29/03/2027 - Consiglio Comunale\t\tPag. ")
r.font.size = Pt(8)
field(fp, "PAGE")
for rr in fp.runs: rr.font.size = Pt(8)

p = para("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=9, after=2)
t = d.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
c0, c1 = t.rows[0].cells
t.columns[0].width, t.columns[1].width = Mm(118), Mm(52)
c0.width, c1.width = Mm(118), Mm(52)
p0 = c0.paragraphs[0]
r = p0.add_run("COMUNE DI CAMPOFORMIDO"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = BLU
p0b = c0.add_paragraph(); r = p0b.add_run("Comun di Cjampfuarmit"); r.italic = True; r.font.color.rgb = BLU
p0c = c0.add_paragraph(); r = p0c.add_run("Regione Autonoma Friuli Venezia Giulia"); r.font.size = Pt(8.5)
p0d = c0.add_paragraph(); r = p0d.add_run("Largo Municipio 9 - 33030 Campoformido (UD) - C.F. 80002410308"); r.font.size = Pt(8.5)
for pp in (p0b, p0c, p0d): pp.paragraph_format.space_after = Pt(0)
cell_border(c1)
q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = q.add_run("Verbale di deliberazione\ndel Consiglio Comunale"); r.font.size = Pt(8.5)
q2 = c1.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = q2.add_run("N. 11"); r.bold = True; r.font.size = Pt(13)
q3 = c1.add_paragraph(); q3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = q3.add_run("del 29/03/2027"); r.font.size = Pt(10)

para(after=6)
p = para(after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("VARIAZIONE AL BILANCIO DI PREVISIONE 2027-2029 AI SENSI DELL'ART. 175, COMMA 2, DEL "
              "D.LGS. 267/2000 E APPLICAZIONE DI QUOTA DELL'AVANZO VINCOLATO PRESUNTO."); r.bold = True

para("Adunanza straordinaria di prima convocazione - seduta pubblica.", italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
para("L'anno duemilaventisette, il giorno ventinove del mese di marzo, alle ore 19:00, nella sala consiliare "
     "del Municipio, convocato con avviso prot. n. 3822 del 22/03/2027, si è riunito il Consiglio Comunale.")
para("All'appello nominale risultano presenti n. 15 consiglieri su n. 17 assegnati e in carica.")
para("Risultano assenti giustificati i consiglieri: TOMASIN Giorgia, PASCOLO Ilaria.")
para("È presente, senza diritto di voto, l'assessore esterno Chiara Zuliani.")
para("Presiede il Sindaco Paolo Cragnolini. Partecipa il Segretario comunale dott. Fabio Della Vedova, "
     "che cura la redazione del presente verbale.")
para("Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for s in [
    "VISTA la proposta di deliberazione n. 17 del 15/03/2027 del Servizio Finanziario e Tributi, illustrata "
    "dall'assessore al bilancio Davide Missio;",
    "RICHIAMATA la deliberazione del Consiglio Comunale n. 53 del 18/12/2026, di approvazione del bilancio "
    "di previsione 2027-2029;",
    "CONSIDERATO che si rende necessario applicare al bilancio la quota vincolata dell'avanzo presunto "
    "derivante dal contributo regionale per la manutenzione degli edifici scolastici, pari a euro 62.400,00, "
    "e adeguare gli stanziamenti di spesa per il servizio di trasporto scolastico;",
    "VISTO il prospetto aggiornato del risultato di amministrazione presunto, allegato sub A);",
    "VISTO il parere favorevole dell'Organo di revisione, verbale n. 6 del 24/03/2027;",
    "ACQUISITI i pareri di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "CON voti favorevoli n. 11, contrari n. 4 (Lizzi, Bearzi, Gomba, De Cecco), astenuti n. 0, espressi "
    "per alzata di mano dai n. 15 consiglieri presenti e votanti;"]:
    para(s)
para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, s in enumerate([
    "di approvare la variazione al bilancio di previsione 2027-2029 riportata nel prospetto allegato sub B) "
    "alla presente deliberazione, che ne costituisce parte integrante e sostanziale;",
    "di applicare al bilancio di previsione 2027 la quota vincolata dell'avanzo di amministrazione presunto "
    "per euro 62.400,00;",
    "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all'art. 193 "
    "del D.Lgs. 267/2000;",
    "di trasmettere il presente atto al Tesoriere comunale."], 1):
    p = para()
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-6)
    p.add_run("%d)\t%s" % (i, s))
para("Successivamente, con voti favorevoli n. 11, contrari n. 4, astenuti n. 0, il Consiglio Comunale "
     "dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della "
     "L.R. 11 dicembre 2003, n. 21.")
p = para("Letto, confermato e sottoscritto.", after=10)
p.paragraph_format.keep_with_next = True
t2 = d.add_table(rows=3, cols=2)
for j, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"),
                            ("Paolo Cragnolini", "dott. Fabio Della Vedova"),
                            ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for k, txt in enumerate((a, b)):
        cp = t2.rows[j].cells[k].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp.paragraph_format.keep_with_next = (j < 2)
        rr = cp.add_run(txt)
        if j == 2: rr.italic = True; rr.font.size = Pt(8.5)
d.save(OUT)
