#!/usr/bin/env python3
"""Convocation of the Consiglio Comunale, Comune di Trecate: the Comune's own
Word letter template (.docx by python-docx), converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "out.docx"
d = Document()
st = d.styles["Normal"]
st.font.name = "Carlito"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(3)
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin, sec.right_margin = Cm(2.5), Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.2), Cm(1.5)

# letterhead in a borderless 2-col table in the header
h = sec.header
t = h.add_table(rows=1, cols=2, width=Cm(16.5))
t.columns[0].width = Cm(2.5)
c0, c1 = t.rows[0].cells
c0.width, c1.width = Cm(2.5), Cm(14)
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("[stemma\nTrecate]"); r.font.size = Pt(7); r.italic = True
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI TRECATE"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = c1.add_paragraph(); r = p.add_run("Provincia di Novara"); r.font.size = Pt(10)
p = c1.add_paragraph(); r = p.add_run("Piazza Cavour, 24 – 28069 Trecate (NO) – Tel. 0321 776311 – PEC: trecate@pec.comune.trecate.no.it"); r.font.size = Pt(8)
p = c1.add_paragraph(); r = p.add_run("Ufficio di Presidenza del Consiglio Comunale"); r.font.size = Pt(9); r.italic = True
h.paragraphs[0].text = ""
# rule under the header
pb = h.add_paragraph()
pPr = pb._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "1F4E79")):
    bot.set(qn(k), v)
bdr.append(bot); pPr.append(bdr)

f = sec.footer
fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Codice fiscale 80000770030 – Partita IVA 00464620035 – www.comune.trecate.no.it"); r.font.size = Pt(7.5)

def para(txt="", align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, size=None, before=0, after=3):
    p = d.add_paragraph(); p.alignment = align
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    if txt:
        r = p.add_run(txt); r.bold = bold
        if size: r.font.size = Pt(size)
    return p

p = para(align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
p.add_run("Prot. n. 11842").bold = True
p.add_run("\t\t\t\t\t\tTrecate, 10 giugno 2026")
para("Ai Signori Consiglieri Comunali", WD_ALIGN_PARAGRAPH.RIGHT, before=8, after=0)
para("Al Signor Sindaco", WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("e p.c.  Al Segretario Generale", WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("Al Revisore dei Conti", WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("Al Comandante della Polizia Locale", WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("Al Prefetto di Novara", WD_ALIGN_PARAGRAPH.RIGHT, after=10)

para("AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14, before=6, after=8)

para("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli articoli 12 e 13 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà, in sessione ordinaria e in seduta pubblica, presso la Sala Consiliare del Palazzo Municipale:")
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=0)
r = p.add_run("in prima convocazione: giovedì 18 giugno 2026, alle ore 21:00"); r.bold = True
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
r = p.add_run("in seconda convocazione: venerdì 19 giugno 2026, alle ore 21:00"); r.bold = True
para("per la trattazione del seguente")
para("ORDINE DEL GIORNO", WD_ALIGN_PARAGRAPH.CENTER, bold=True, before=4, after=4)
odg = [
    "Lettura e approvazione dei verbali della seduta del 29 aprile 2026.",
    "Comunicazioni del Sindaco e del Presidente del Consiglio.",
    "Rendiconto della gestione per l’esercizio finanziario 2025 – Approvazione.",
    "Variazione al bilancio di previsione finanziario 2026/2028 (art. 175 del D.Lgs. 267/2000) – Approvazione.",
    "Regolamento comunale per la concessione in uso temporaneo dei locali e delle sale di proprietà comunale – Approvazione.",
    "Convenzione tra i Comuni di Trecate, Cerano, Romentino e Sozzago per la gestione associata del servizio di segreteria comunale – Rinnovo.",
    "Mozione presentata dal gruppo consiliare “Trecate Futura” in merito alla sicurezza stradale in prossimità dei plessi scolastici.",
]
for i, o in enumerate(odg, 1):
    p = para(f"{i}.\t{o}")
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
para("Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio di Segreteria e consultabili dai Consiglieri, nell’orario di servizio, a partire dalla data di notifica del presente avviso. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell’Ente.", before=6)
para("Distinti saluti.", before=4)
for txt, b in [("IL PRESIDENTE DEL CONSIGLIO COMUNALE", True), ("Marisa Cerutti", False),
               ("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", False)]:
    p = para(txt, WD_ALIGN_PARAGRAPH.CENTER, bold=b, after=0)
    p.paragraph_format.left_indent = Cm(8)
    if txt.startswith("Documento"):
        p.runs[0].font.size = Pt(8); p.runs[0].italic = True
d.core_properties.title = "Convocazione Consiglio Comunale 18-19/06/2026"
d.core_properties.author = "Segreteria Generale"
d.save(OUT)
