#!/usr/bin/env python3
"""ASP Vittorio Fossombroni (Arezzo) - deliberazione del Consiglio di Amministrazione n. 22/2028.
The ASP's Word model ("Halley" house style: letterhead in the page header with the logo at left,
number and date in a ruled line under the title, roll in a table, signatures side by side),
written with python-docx and exported to PDF by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from asp_common import setup

OUT = sys.argv[1]
doc = Document()
sec = setup(doc, 'Deliberazione C.d.A. n. 22 del 20/09/2028')


def para(text='', bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, after=None, before=None,
         font=None, spacing=None):
    p = doc.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
        if spacing is not None:
            rPr = r._r.get_or_add_rPr(); sp = OxmlElement('w:spacing'); sp.set(qn('w:val'), str(spacing)); rPr.append(sp)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p


# ---- title and register line
para('VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
     size=12.5, before=6, after=4, font='Liberation Sans')
t = doc.add_table(rows=1, cols=3)
t.style = 'Table Grid'
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for cell, txt in zip(t.rows[0].cells, ('Deliberazione n. 22', 'Seduta del 20/09/2028', 'Ore 16:00')):
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cell.paragraphs[0].add_run(txt); r.bold = True; r.font.name = 'Liberation Sans'; r.font.size = Pt(10)
para(after=2)
p = para(after=6)
r = p.add_run('OGGETTO: '); r.bold = True; r.font.name = 'Liberation Sans'; r.font.size = Pt(10)
r = p.add_run("Approvazione del regolamento per l'accesso ai posti letto di sollievo temporaneo nella residenza "
              "sanitaria assistenziale.")
r.bold = True
p.paragraph_format.left_indent = Mm(20); p.paragraph_format.first_line_indent = Mm(-20)

para("L'anno duemilaventotto, il giorno venti del mese di settembre, alle ore 16:00, nella sede dell'Azienda in "
     "Arezzo, previa regolare convocazione disposta con nota prot. n. 1406 del 14/09/2028, si è riunito il "
     "Consiglio di Amministrazione nelle persone dei signori:")
roll = [('BIGIARINI Elena', 'Presidente', 'presente'), ('CAPORALI Massimo', 'Vice Presidente', 'presente'),
        ('DINI Lorenzo', 'Consigliere', 'presente'), ('FARALLI Chiara', 'Consigliere', 'assente giustificata'),
        ('MIGLIORINI Paolo', 'Consigliere', 'presente')]
rt = doc.add_table(rows=1 + len(roll), cols=3)
rt.style = 'Table Grid'
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(('Componente', 'Carica', 'Presenza')):
    c = rt.rows[0].cells[i]; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
    r.font.name = 'Liberation Sans'
for j, row in enumerate(roll, 1):
    for i, v in enumerate(row):
        r = rt.rows[j].cells[i].paragraphs[0].add_run(v); r.font.size = Pt(10); r.font.name = 'Liberation Sans'
for row in rt.rows:
    row.cells[0].width = Mm(60); row.cells[1].width = Mm(45); row.cells[2].width = Mm(45)
para(after=2)
para("Presiede la seduta la Presidente, dott.ssa Elena Bigiarini, la quale, constatato il numero legale degli "
     "intervenuti, dichiara aperta la seduta. Assiste, con funzioni di Segretario verbalizzante, il Direttore "
     "dell'Azienda, dott. Riccardo Mencarelli.")
para('IL CONSIGLIO DI AMMINISTRAZIONE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for t_ in [
    "Vista la legge regionale Toscana 3 agosto 2004, n. 43, di riordino delle istituzioni pubbliche di assistenza "
    "e beneficenza e disciplina delle aziende pubbliche di servizi alla persona, e lo Statuto aziendale;",
    "Premesso che l'Azienda gestisce una residenza sanitaria assistenziale accreditata per n. 80 posti letto, dei "
    "quali n. 4 possono essere destinati, in accordo con la Zona Distretto Aretina, a ricoveri temporanei di "
    "sollievo per persone anziane assistite al domicilio;",
    "Ritenuto necessario disciplinare in modo organico i criteri di accesso, la durata dei ricoveri, le "
    "modalità di formazione della lista d'attesa e le tariffe a carico degli ospiti, fino ad oggi regolati da "
    "disposizioni di servizio;",
    "Visto lo schema di regolamento predisposto dal Direttore, composto da n. 14 articoli, allegato alla presente "
    "quale parte integrante e sostanziale;",
    "Visto il parere favorevole di regolarità tecnica e contabile espresso dal Direttore;",
    "Con voti unanimi dei presenti, espressi in forma palese;"]:
    para(t_)
para('DELIBERA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for t_ in [
    "di approvare il regolamento per l'accesso ai posti letto di sollievo temporaneo nella residenza sanitaria "
    "assistenziale, composto da n. 14 articoli, allegato alla presente deliberazione sotto la lettera A);",
    "di stabilire che il regolamento entra in vigore il 1° novembre 2028 e di trasmetterlo al Comune di Arezzo e "
    "alla Zona Distretto Aretina;",
    "di incaricare il Direttore dell'adozione degli atti gestionali conseguenti, compresa la pubblicazione del "
    "regolamento sul sito istituzionale."]:
    p = doc.add_paragraph(t_, style='List Number')
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
para("Il Consiglio di Amministrazione, con successiva votazione unanime, dichiara la presente deliberazione "
     "immediatamente eseguibile.", before=4)
para('Letto, approvato e sottoscritto.', italic=True, before=8, after=8, size=10)
st_ = doc.add_table(rows=3, cols=2)
st_.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate((('LA PRESIDENTE', 'IL SEGRETARIO VERBALIZZANTE'),
                            ('dott.ssa Elena Bigiarini', 'dott. Riccardo Mencarelli'),
                            ('(firmato digitalmente)', '(firmato digitalmente)'))):
    for cell, txt in zip(st_.rows[i].cells, (a, b)):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cell.paragraphs[0].add_run(txt)
        r.font.size = Pt(10 if i < 2 else 8); r.bold = (i == 0); r.italic = (i == 1)
        if i != 1: r.font.name = 'Liberation Sans'
para(before=10)
p = para("La presente deliberazione è pubblicata all'Albo on line dell'Azienda dal 22/09/2028 per quindici giorni "
         "consecutivi.", size=8.5, font='Liberation Sans')
doc.save(OUT)
