"""Bedollo, convocation of the Consiglio comunale: a .docx letter (python-docx)
with the Comune's letterhead in the page header, exported by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
doc = Document()
s = doc.sections[0]
s.page_width, s.page_height = Mm(210), Mm(297)
s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(25), Mm(22), Mm(15), Mm(20)
s.header_distance = Mm(10)
n = doc.styles["Normal"]
n.font.name = "Liberation Serif"
n.font.size = Pt(11.5)
n.paragraph_format.space_after = Pt(4)

h = s.header
p = h.paragraphs[0]
r = p.add_run("COMUNE DI BEDOLLO"); r.bold = True; r.font.size = Pt(18)
p = h.add_paragraph(); r = p.add_run("PROVINCIA DI TRENTO"); r.font.size = Pt(10.5)
p = h.add_paragraph(); r = p.add_run("Piazza Municipio, 1 - 38043 Bedollo (TN) – tel. 0461 556624 – PEC comune@pec.comune.bedollo.tn.it"); r.font.size = Pt(7.5)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); r.font.size = Pt(7.5); r.italic = True


def P(text="", b=False, al=None, sz=None, sp=4, ind=None):
    p = doc.add_paragraph()
    if al == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if al == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if al == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(sp)
    if ind: p.paragraph_format.left_indent = ind
    r = p.add_run(text); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p


P("")
P("Prot. n. 196", sz=10.5, sp=0)
P("Bedollo, 15 gennaio 2029", sz=10.5, sp=10)
for line in ["Ai Signori Consiglieri comunali", "Al Revisore dei conti", "e p.c. Al Commissariato del Governo per la Provincia di Trento"]:
    P(line, al=None, sp=0, ind=Mm(85))
P("", sp=8)
p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(10)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Convocazione del Consiglio comunale."); r.bold = True
P("Ai sensi dell'art. 48 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con "
  "L.R. 3 maggio 2018, n. 2, e del Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta "
  "del Consiglio comunale, in sessione ordinaria, che si terrà nella sala consiliare del Municipio", al="j")
P("giovedì 25 gennaio 2029 alle ore 20:30", b=True, al="c", sz=12.5, sp=2)
P("in prima convocazione, ed occorrendo in seconda convocazione venerdì 26 gennaio 2029 alle ore 20:30, "
  "per la trattazione del seguente", al="j")
P("ORDINE DEL GIORNO", b=True, al="c", sp=6)
for i, t in enumerate([
    "Comunicazioni del Sindaco.",
    "Lettura ed approvazione del verbale della seduta del 19 dicembre 2028.",
    "Approvazione del Regolamento per la concessione di contributi alle associazioni.",
    "Convenzione con i Comuni di Baselga di Pinè e Fornace per la gestione associata del servizio di custodia forestale: approvazione.",
    "Interrogazione presentata dal consigliere Giovanni Bortolotti in merito alla viabilità di Piazze.",
], 1):
    p = doc.add_paragraph(style="List Number")
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(t)
P("", sp=2)
P("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio "
  "Segreteria, a disposizione dei consiglieri, a partire dal terzo giorno precedente la seduta.", al="j", sp=14)
P("Distinti saluti.", sp=14)
P("IL SINDACO", al=None, ind=Mm(95), sp=0)
P("Francesco Svaldi", ind=Mm(95), sp=0)
doc.save(out)
