#!/usr/bin/env python3
"""San Cesareo, Giunta Comunale n. 6 del 24/01/2029: python-docx, Studio K-like
model (letterhead and estremi as tables in the body), exported by LibreOffice.
President and secretary are named in a sentence of their own after the roll."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(1.5), Cm(1.8), Cm(2.0), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.15


def crest():
    """A plain shield with a mountain, drawn with Pillow (the template's logo)."""
    import io
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (200, 240), "white")
    g = ImageDraw.Draw(im)
    g.polygon([(10, 10), (190, 10), (190, 130), (100, 230), (10, 130)], outline="black", width=7)
    g.polygon([(45, 150), (100, 50), (155, 150)], outline="black", width=5)
    g.line([(10, 40), (190, 40)], fill="black", width=4)
    b = io.BytesIO(); im.save(b, "PNG"); b.seek(0)
    return b


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def grid(t, sz=6):
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "000000")
        b.append(x)
    t._tbl.tblPr.append(b)


def widths(t, cm):
    t.autofit = False
    for col, w in zip(t.columns, cm):
        col.width = Cm(w)
    for r in t.rows:
        for c, w in zip(r.cells, cm):
            c.width = Cm(w)


def par(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, before=None, after=None):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold
        if size:
            r.font.size = Pt(size)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# letterhead table
t = d.add_table(rows=1, cols=2)
widths(t, (2.2, 15.0))
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest(), width=Cm(1.5)); c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI SAN CESAREO"); r.bold = True; r.font.size = Pt(15)
p = c1.add_paragraph(); r = p.add_run("Città Metropolitana di Roma Capitale"); r.font.size = Pt(8.5)
p = c1.add_paragraph(); r = p.add_run("Via Corrado Alvaro, 1 – 00030 San Cesareo (RM)"); r.font.size = Pt(8)
par(after=2)
# estremi
t = d.add_table(rows=2, cols=3)
grid(t)
widths(t, (4.0, 5.4, 7.8))
m = t.rows[0].cells[0].merge(t.rows[0].cells[2])
m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
m.paragraphs[0].add_run("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE").bold = True
shade(m, "DCDCDC")
a, b, c = t.rows[1].cells
a.paragraphs[0].add_run("N. 6").bold = True
b.paragraphs[0].add_run("Data 24/01/2029")
c.paragraphs[0].add_run("Proposta n. 9 del 22/01/2029")
par(after=2)
t = d.add_table(rows=1, cols=1)
grid(t)
widths(t, (17.2,))
p = t.rows[0].cells[0].paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.add_run("OGGETTO: ").bold = True
p.add_run("ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO PUBBLICO REGIONALE PER IL FINANZIAMENTO DI "
          "INTERVENTI DI EFFICIENTAMENTO ENERGETICO DEGLI EDIFICI SCOLASTICI COMUNALI").bold = True
p = t.rows[0].cells[0].add_paragraph()
r = p.add_run("Area proponente: Area III - Lavori Pubblici e Manutenzioni"); r.font.size = Pt(8.5)
par(after=2)

par("L'anno duemilaventinove, il giorno ventiquattro del mese di gennaio, alle ore 13:00, nella Sede comunale, "
    "convocata nelle forme di legge, si è riunita la Giunta Comunale. Risultano presenti e assenti:")
roll = [("PANELLA Alessandro", "Sindaco", False), ("SCACCIA Federica", "Vice Sindaco", True),
        ("FERRI Marco", "Assessore", True), ("COLASANTI Giulia", "Assessore", True),
        ("BERNARDINI Luca", "Assessore", False), ("TOMEI Stefano", "Assessore", True)]
t = d.add_table(rows=1, cols=4)
grid(t, 4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for cell, txt in zip(t.rows[0].cells, ("Componenti", "Carica", "Presenti", "Assenti")):
    cell.paragraphs[0].add_run(txt).bold = True
    shade(cell, "EFEFEF")
for n, q, pr in roll:
    cs = t.add_row().cells
    cs[0].paragraphs[0].add_run(n); cs[1].paragraphs[0].add_run(q)
    cs[2].paragraphs[0].add_run("X" if pr else ""); cs[3].paragraphs[0].add_run("" if pr else "X")
    for cc in cs[2:]:
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cs = t.add_row().cells
cs[0].paragraphs[0].add_run("Totale").bold = True
cs[2].paragraphs[0].add_run("4").bold = True; cs[3].paragraphs[0].add_run("2").bold = True
cs[2].paragraphs[0].alignment = cs[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(t, (5.5, 4.0, 2.2, 2.2))
par(after=2)
par("Assume la presidenza la Vice Sindaco Prof.ssa Federica Scaccia, in assenza del Sindaco.")
par("Assiste il Segretario Comunale a scavalco Dott.ssa Carla Nardi, titolare della sede di segreteria del Comune "
    "di Colonna, incaricata in assenza del Segretario Generale reggente, la quale cura la redazione del presente "
    "verbale.")
par("Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
par("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for x in [
    "Vista la proposta di deliberazione n. 9 del 22/01/2029 dell'Area III - Lavori Pubblici e Manutenzioni;",
    "Premesso che la Regione Lazio ha pubblicato un avviso pubblico per il finanziamento di interventi di "
    "efficientamento energetico degli edifici scolastici di proprietà comunale, con scadenza per la presentazione "
    "delle domande fissata al 20/02/2029 e un contributo massimo di euro 400.000,00 per ciascun intervento;",
    "Considerato che il plesso della scuola primaria di via Fratelli Bandiera presenta consumi elevati a causa "
    "dell'involucro edilizio non isolato e degli infissi originari, e che l'Area III ha redatto uno studio di "
    "fattibilità tecnico-economica dell'importo complessivo di euro 465.000,00;",
    "Ritenuto di fornire al Responsabile dell'Area III gli indirizzi per la partecipazione all'avviso, garantendo la "
    "quota di cofinanziamento comunale di euro 65.000,00;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli, espressi in forma palese,",
]:
    par(x)
par("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
for i, x in enumerate([
    "di approvare la premessa quale parte integrante e sostanziale del presente dispositivo;",
    "di esprimere indirizzo favorevole alla partecipazione del Comune all'avviso pubblico regionale per il "
    "finanziamento di interventi di efficientamento energetico degli edifici scolastici comunali, con il progetto "
    "relativo al plesso della scuola primaria di via Fratelli Bandiera;",
    "di dare atto che la quota di cofinanziamento comunale, pari a euro 65.000,00, sarà iscritta nel bilancio di "
    "previsione 2029-2031 in corso di predisposizione;",
    "di demandare al Responsabile dell'Area III - Lavori Pubblici e Manutenzioni tutti gli adempimenti necessari "
    "alla presentazione della domanda entro il termine previsto.",
], 1):
    p = par("%d) %s" % (i, x))
    p.paragraph_format.left_indent = Cm(0.7); p.paragraph_format.first_line_indent = Cm(-0.7)
par("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente "
    "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'imminente scadenza dell'avviso.",
    before=3)
par("Letto, confermato e sottoscritto.", before=10, after=6)
t = d.add_table(rows=2, cols=2)
widths(t, (8.6, 8.6))
for cell, h in zip(t.rows[0].cells, ("IL PRESIDENTE", "IL SEGRETARIO COMUNALE A SCAVALCO")):
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.paragraphs[0].add_run(h).bold = True
for cell, n in zip(t.rows[1].cells, ("Prof.ssa Federica Scaccia", "Dott.ssa Carla Nardi")):
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.paragraphs[0].add_run(n)
    p = cell.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("(firmato digitalmente)"); r.italic = True; r.font.size = Pt(7.5)
fp = s.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Deliberazione G.C. n. 6 del 24/01/2029"); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
d.save(out)
