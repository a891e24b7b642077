#!/usr/bin/env python3
"""Comune di Susa - Consiglio Comunale n. 15 del 08/04/2027 (house style "Civilia Next"),
written as .docx with python-docx and exported by LibreOffice Writer.
The roll lists the names; their presence marks stand in a second table in the
first page's footer (the "prospetto presenze" at the foot of the page)."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "s3.docx"
NUM, DATA = 15, "08/04/2027"
RED = RGBColor(0x7a, 0x1f, 0x1f)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1

sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(20), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(14)
sec.header_distance, sec.footer_distance = Mm(8), Mm(6)
sec.different_first_page_header_footer = True


def cell_border(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def shade(cell, fill="EEEEEE"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def widths(table, mm_list):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm_list):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mm_list):
            c.width = Mm(w)


def run(p, text, bold=False, size=None, font=None, color=None, spacing=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = color
    if spacing is not None:
        rPr = r._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))  # twentieths of a point
        rPr.append(sp)
    return r


def para(container, text="", align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw):
    p = container.add_paragraph()
    p.alignment = align
    if text:
        run(p, text, **kw)
    return p


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    r.font.size = Pt(7.5)


# ---- first-page header: letterhead
fh = sec.first_page_header
t = fh.add_table(rows=1, cols=3, width=Mm(170))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1, c2 = t.rows[0].cells
c0.width, c1.width, c2.width = Mm(20), Mm(108), Mm(42)
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "[stemma]", size=6, font="Liberation Sans", color=RED)
p = c1.paragraphs[0]
run(p, "COMUNE DI SUSA", bold=True, size=17, font="Liberation Sans", color=RED)
p = c1.add_paragraph(); run(p, "Città Metropolitana di Torino", size=9, font="Liberation Sans")
p = c1.add_paragraph(); run(p, "Codice Fiscale 86501270010 – segreteria@comune.susa.to.it", size=9, font="Liberation Sans")
cell_border(c2, 6)
p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "ORIGINALE", bold=True, size=10, font="Liberation Sans")
p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "Codice ente 001270", size=7.5, font="Liberation Sans")
widths(t, [20, 108, 42])
fh.paragraphs[0].text = ""

# ---- later pages' header: running head
hh = sec.header
p = hh.paragraphs[0]
run(p, "COMUNE DI SUSA", bold=True, size=8, font="Liberation Sans", color=RED)
run(p, "\tVerbale di deliberazione del Consiglio Comunale", size=8, font="Liberation Sans")

# ---- first-page footer: the presence marks (second table)
ff = sec.first_page_footer
p = ff.paragraphs[0]
run(p, "PROSPETTO DELLE PRESENZE AL MOMENTO DELLA TRATTAZIONE DEL PUNTO", bold=True, size=7.5, font="Liberation Sans")
marks = ["P", "P", "P", "P", "P", "P", "P", "P", "A", "P", "P", "A", "P"]
ft = ff.add_table(rows=2, cols=16, width=Mm(170))
ft.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["N."] + [str(i) for i in range(1, 14)] + ["Pres.", "Ass."]
val = ["P/A"] + marks + ["11", "2"]
for j in range(16):
    for i, txt in enumerate((hdr, val)):
        c = ft.rows[i].cells[j]
        cell_border(c, 4)
        if i == 0:
            shade(c)
        pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(pp, txt[j], bold=(i == 0 or j >= 14), size=8, font="Liberation Sans")
widths(ft, [12] + [9.5] * 13 + [14, 12])
p = ff.add_paragraph()
run(p, "Legenda: P = presente; A = assente. La numerazione corrisponde all'elenco dei componenti riportato nel verbale.",
    size=6.5, font="Liberation Sans")
p = ff.add_paragraph()
run(p, "Deliberazione C.C. n. %d del %s – Pag. " % (NUM, DATA), size=7.5, font="Liberation Sans")
add_field(p, "PAGE")

fo = sec.footer
p = fo.paragraphs[0]
run(p, "Deliberazione C.C. n. %d del %s – Pag. " % (NUM, DATA), size=7.5, font="Liberation Sans")
add_field(p, "PAGE")
p = fo.add_paragraph()
run(p, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005", size=7, font="Liberation Sans")

# ---- body
p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
run(p, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=11, font="Liberation Sans", spacing=44)

g = doc.add_table(rows=2, cols=3)
g.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (h, v) in enumerate([("Numero", "15"), ("Data", DATA), ("Seduta", "ordinaria, pubblica, di prima convocazione")]):
    a, b = g.rows[0].cells[j], g.rows[1].cells[j]
    cell_border(a); cell_border(b); shade(a)
    run(a.paragraphs[0], h, bold=True, size=8.5, font="Liberation Sans")
    run(b.paragraphs[0], v, bold=(j < 2))
widths(g, [30, 40, 100])
doc.add_paragraph().paragraph_format.space_after = Pt(0)

o = doc.add_table(rows=1, cols=2)
oa, ob = o.rows[0].cells
oa.width, ob.width = Mm(24), Mm(146)
cell_border(oa); cell_border(ob)
run(oa.paragraphs[0], "OGGETTO:", bold=True, size=9, font="Liberation Sans")
widths(o, [24, 146])
run(ob.paragraphs[0], "RINNOVO DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI "
    "SEGRETERIA COMUNALE – APPROVAZIONE DELLO SCHEMA", bold=True, size=10.5, font="Liberation Sans")
p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
run(p, "Proposta n. 21 del 29/03/2027  -  Area proponente: AREA AMMINISTRATIVA – SEGRETERIA GENERALE", size=9)

para(doc, "L'anno duemilaventisette, addì otto del mese di aprile, alle ore 20:30, nella Sala Consiliare del "
     "Palazzo Civico, in seduta ordinaria pubblica di prima convocazione, si è riunito il Consiglio Comunale. "
     "Alla trattazione del presente punto, iscritto al n. 3 dell'ordine del giorno, sono componenti del "
     "Consiglio i Signori (presenze nel prospetto a piè di pagina):")

roll = [("PEROTTO Andrea", "Sindaco"), ("CHIABERTO Elena", "Consigliere"), ("FAVRO Marco", "Consigliere"),
        ("REGE Simona", "Consigliere"), ("BORGIS Davide", "Consigliere"), ("JANNON Paola", "Consigliere"),
        ("GROS Fabrizio", "Consigliere"), ("VOTTERO Ilaria", "Consigliere"), ("USSEGLIO Mattia", "Consigliere"),
        ("RICHETTO Carla", "Consigliere"), ("TONDA Stefano", "Consigliere"), ("BELLONE Giorgia", "Consigliere"),
        ("ASCHIERI Roberto", "Consigliere")]
# two columns of the roll: 1-7 and 8-13
rt = doc.add_table(rows=8, cols=6)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["N.", "Cognome e nome", "Carica", "N.", "Cognome e nome", "Carica"]):
    c = rt.rows[0].cells[j]; shade(c); cell_border(c)
    run(c.paragraphs[0], h, bold=True, size=8.5, font="Liberation Sans")
for i in range(7):
    for k, idx in enumerate((i, i + 7)):
        cells = rt.rows[i + 1].cells[3 * k:3 * k + 3]
        for c in cells:
            cell_border(c)
        if idx < len(roll):
            run(cells[0].paragraphs[0], str(idx + 1), size=9, font="Liberation Sans")
            run(cells[1].paragraphs[0], roll[idx][0], size=9, font="Liberation Sans")
            run(cells[2].paragraphs[0], roll[idx][1], size=9, font="Liberation Sans")
widths(rt, [8, 46, 31, 8, 46, 31])
doc.add_paragraph().paragraph_format.space_after = Pt(0)

para(doc, "Si dà atto che alle ore 20:50, nel corso della trattazione del punto n. 2, è entrato in aula il Consigliere "
     "TONDA Stefano e che alle ore 21:35, prima dell'inizio della trattazione del presente punto, è uscito dall'aula "
     "il Consigliere USSEGLIO Mattia. Risultano pertanto presenti n. 11 Consiglieri e assenti n. 2 (USSEGLIO Mattia, "
     "BELLONE Giorgia).")
para(doc, "Il Segretario Comunale dott.ssa Luisa MARTINASSO, direttamente interessata dall'argomento, si allontana "
     "dall'aula ai sensi dell'art. 7 del D.P.R. n. 62/2013. Assume le funzioni di segretario verbalizzante il "
     "Vice Segretario Comunale, dott.ssa Monica CORDOLA, Responsabile dell'Area Amministrativa.")
para(doc, "Presiede la seduta il sig. Andrea PEROTTO, Sindaco, il quale, constatato il numero legale, invita il "
     "Consiglio a trattare l'argomento in oggetto.")
para(doc, "IL CONSIGLIO COMUNALE", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
for t_ in [
    "Premesso che l'art. 30 del D.Lgs. 18 agosto 2000, n. 267 consente agli enti locali di stipulare tra loro "
    "apposite convenzioni al fine di svolgere in modo coordinato funzioni e servizi determinati, e che l'art. 98, "
    "comma 3, del medesimo decreto prevede la possibilità per i Comuni di stipulare convenzioni per l'ufficio di "
    "segreteria;",
    "Richiamata la propria deliberazione n. 22 del 29/04/2022, con la quale è stata approvata la convenzione per la "
    "gestione associata del servizio di segreteria comunale con i Comuni di Mompantero e Venaus, con scadenza al "
    "30/04/2027;",
    "Ritenuto di rinnovare la convenzione per ulteriori cinque anni, confermando il Comune di Susa quale ente capo "
    "convenzione e la ripartizione degli oneri in proporzione alle ore di servizio prestate presso ciascun ente "
    "(Susa 60%, Mompantero 20%, Venaus 20%);",
    "Visto lo schema di convenzione composto da n. 12 articoli, allegato alla presente deliberazione quale parte "
    "integrante e sostanziale;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. "
    "267/2000;",
    "Con voti unanimi favorevoli, espressi per alzata di mano dai n. 11 Consiglieri presenti e votanti,",
]:
    para(doc, t_)
para(doc, "D E L I B E R A", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
for i, t_ in enumerate([
    "di approvare lo schema di convenzione per la gestione in forma associata del servizio di segreteria comunale "
    "tra i Comuni di Susa, Mompantero e Venaus, per il periodo dal 01/05/2027 al 30/04/2032, allegato alla "
    "presente quale parte integrante e sostanziale;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
    "di trasmettere copia della presente deliberazione ai Comuni convenzionati e alla Prefettura di Torino – Albo "
    "dei Segretari comunali e provinciali – Sezione regionale del Piemonte.",
], 1):
    p = para(doc)
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-6)
    run(p, "%d)  " % i)
    run(p, t_)
para(doc, "Successivamente, con separata votazione resa per alzata di mano, con voti unanimi favorevoli dei n. 11 "
     "Consiglieri presenti, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai "
     "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire la sottoscrizione della convenzione "
     "prima della scadenza di quella vigente.")
para(doc, "Al termine della trattazione del punto rientra in aula il Segretario Comunale.")
para(doc, "Letto, confermato e sottoscritto.")
s = doc.add_table(rows=1, cols=2)
widths(s, [85, 85])
for c, txt in zip(s.rows[0].cells, [("IL PRESIDENTE", "Andrea PEROTTO"),
                                    ("IL VICE SEGRETARIO COMUNALE", "dott.ssa Monica CORDOLA")]):
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, txt[0], bold=True)
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, txt[1])
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "(firmato digitalmente)", size=8)

doc.core_properties.author = "Segreteria - Comune di Susa"
doc.core_properties.title = "Deliberazione C.C. n. 15/2027"
doc.save(OUT)
