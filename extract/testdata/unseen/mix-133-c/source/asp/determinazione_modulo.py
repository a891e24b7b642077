#!/usr/bin/env python3
"""ASP Vittorio Fossombroni - the blank Word form ("modulo") the Direttore's office uses for small
direct purchases: same letterhead, blanks of underscores for number, date, office, supplier, amounts,
and a framed box for the subject. Exported to PDF by LibreOffice, then filled by determinazione_fill.py."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.oxml.ns import qn
from asp_common import setup

OUT = sys.argv[1]
doc = Document()
setup(doc, 'Modulo DET-DIR/03 rev. 2')


def para(text='', bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, before=None, font=None):
    p = doc.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.line_spacing = 1.45
    return p


U = lambda n: '_' * n
para('DETERMINAZIONE DEL DIRETTORE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=4, after=0,
     font='Liberation Sans')
para('(affidamenti diretti di forniture e servizi di importo inferiore a euro 140.000,00)',
     align=WD_ALIGN_PARAGRAPH.CENTER, size=8.5, after=6, font='Liberation Sans')
para('N. ' + U(12) + '          del ' + U(20), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2,
     font='Liberation Sans', size=11)
para('Servizio proponente: ' + U(44), align=WD_ALIGN_PARAGRAPH.LEFT, font='Liberation Sans', size=10, after=6)
t = doc.add_table(rows=1, cols=2)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.rows[0].height = Mm(19); t.rows[0].height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
c0, c1 = t.rows[0].cells
c0.width = Mm(26); c1.width = Mm(140)
t.autofit = False
for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), (Mm(26), Mm(140))):
    gc.set(qn('w:w'), str(int(w.twips)))
r = c0.paragraphs[0].add_run('OGGETTO:'); r.bold = True; r.font.name = 'Liberation Sans'; r.font.size = Pt(10)
para(after=2)
para('IL DIRETTORE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for t_ in [
    "Visti la legge regionale Toscana 3 agosto 2004, n. 43, lo Statuto aziendale e il Regolamento di organizzazione, "
    "che attribuiscono al Direttore l'adozione degli atti di gestione e di spesa;",
    "Visto il bilancio economico preventivo per l'esercizio 2028, approvato dal Consiglio di Amministrazione;",
    "Vista la richiesta del Coordinatore sanitario prot. n. " + U(10) + " del " + U(14) + ";",
    "Visto il preventivo della ditta " + U(36) + " per l'importo di euro " + U(14) + " oltre IVA, ritenuto congruo;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e acquisito il CIG n. " + U(16) + ";",
    "Accertata la regolarità contributiva della ditta e la disponibilità della spesa in bilancio;"]:
    para(t_, after=1)
para('DETERMINA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
for i, t_ in enumerate([
    "di affidare alla ditta " + U(36) + " la fornitura di cui in oggetto per l'importo di euro " + U(14) +
    " oltre IVA;",
    "di imputare la spesa complessiva di euro " + U(14) + " al conto " + U(12) + " del bilancio economico 2028;",
    "di disporre la pubblicazione del presente atto all'Albo on line e nella sezione Amministrazione Trasparente."], 1):
    p = para('%d.  %s' % (i, t_), after=1)
    p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)
para('Arezzo, ' + U(18), align=WD_ALIGN_PARAGRAPH.LEFT, before=8)
para('IL DIRETTORE', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, font='Liberation Sans', size=10)
para(U(30), align=WD_ALIGN_PARAGRAPH.RIGHT, after=8)
para("Visto di regolarità contabile: la spesa trova copertura nel bilancio economico preventivo 2028.",
     size=9, font='Liberation Sans', after=0)
para("Il Responsabile del Servizio Ragioneria  " + U(28), size=9, font='Liberation Sans',
     align=WD_ALIGN_PARAGRAPH.LEFT)
doc.save(OUT)
