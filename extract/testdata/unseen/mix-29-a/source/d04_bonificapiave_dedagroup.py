#!/usr/bin/env python3
"""Consorzio di Bonifica Piave - determinazione del Direttore Generale.
Word template (python-docx) imitating a Dedagroup/Civilia Next act, converted by LibreOffice."""
import sys, os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "determinazione-bonificapiave-dedagroup.pdf")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor); tcPr.append(s)

def para(parts, align="j", after=None, size=None, indent=None):
    p = doc.add_paragraph()
    p.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if isinstance(parts, str): parts = [(parts, False)]
    for t, b in parts:
        r = p.add_run(t); r.bold = b
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent: p.paragraph_format.left_indent = Cm(indent[0]); p.paragraph_format.first_line_indent = Cm(indent[1])
    return p

# letterhead in a two-cell header table
ht = sec.header.add_table(rows=1, cols=2, width=Cm(16.5))
c0, c1 = ht.rows[0].cells
c0.width = Cm(3); c1.width = Cm(13.5)
r = c0.paragraphs[0].add_run("≈ CBP ≈"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1b, 0x5e, 0x9c)
p = c1.paragraphs[0]; r = p.add_run("CONSORZIO DI BONIFICA PIAVE"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1b, 0x5e, 0x9c)
p2 = c1.add_paragraph(); r = p2.add_run("Via S. Maria in Colle, 2 – 31044 Montebelluna (TV) – C.F. 92034030268\nPEC: consorziopiave@pecveneto.it"); r.font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("Determinazione del Direttore Generale n. 112 del 03/03/2026 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); r.font.size = Pt(7)

para("", after=0)
t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("DETERMINAZIONE DEL DIRETTORE GENERALE", ""), ("Numero", "112"), ("Data", "03/03/2026"),
         ("Struttura proponente", "Settore Manutenzione Rete Idraulica – proposta n. 148 del 26/02/2026")]
for (a, b), row in zip(cells, t.rows):
    row.cells[0].text = ""; row.cells[1].text = ""
    ra = row.cells[0].paragraphs[0].add_run(a); ra.bold = True
    rb = row.cells[1].paragraphs[0].add_run(b)
    shade(row.cells[0], "DCE6F1")
t.rows[0].cells[0].merge(t.rows[0].cells[1]); shade(t.rows[0].cells[0], "1B5E9C")
t.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
t.rows[0].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in t.rows: row.cells[0].width = Cm(4.5); row.cells[1].width = Cm(12)
para("", after=0)
ot = doc.add_table(rows=1, cols=1); ot.style = "Table Grid"
c = ot.rows[0].cells[0]; c.text = ""
r = c.paragraphs[0].add_run("Oggetto: "); r.bold = True
r = c.paragraphs[0].add_run("Lavori di manutenzione straordinaria del canale Brentella in comune di Crocetta del Montello – "
                            "Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta "
                            "Idrovie Venete S.r.l. – CIG B5A2C3D4E1 – Impegno di spesa."); r.bold = True
para("", after=2)
para([("IL DIRETTORE GENERALE", True)], align="c", after=6)
for b, rest in [
    ("VISTI ", "la L.R. Veneto 8 maggio 2009, n. 12, lo Statuto consorziale e il Regolamento di organizzazione, che attribuiscono al Direttore Generale l’adozione degli atti di gestione;"),
    ("RICHIAMATA ", "la deliberazione del Consiglio di Amministrazione n. 71 del 18/12/2025, con la quale è stato approvato il bilancio di previsione per l’esercizio 2026;"),
    ("PREMESSO ", "che in seguito ai sopralluoghi del personale di sorveglianza è stato accertato il dissesto di un tratto di circa 180 metri della sponda sinistra del canale Brentella, con pericolo per la funzionalità irrigua della rete;"),
    ("VISTO ", "il preventivo della ditta Idrovie Venete S.r.l., con sede in Valdobbiadene (TV), acquisito al prot. n. 3377 del 24/02/2026, per un importo di € 38.750,00 oltre IVA, ritenuto congruo dal Responsabile Unico del Progetto;"),
    ("DATO ATTO ", "che la ditta è in possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. n. 36/2023, come da verifiche effettuate tramite il Fascicolo Virtuale dell’Operatore Economico;"),
]:
    para([(b, True), (rest, False)])
para([("DETERMINA", True)], align="c", after=6)
for i, txt in enumerate([
    "di affidare alla ditta Idrovie Venete S.r.l. i lavori di manutenzione straordinaria del canale Brentella in comune di Crocetta del Montello, per l’importo di € 38.750,00 oltre IVA 22%, per complessivi € 47.275,00;",
    "di impegnare la spesa di € 47.275,00 al capitolo 2140 “Manutenzione straordinaria opere idrauliche” del bilancio 2026;",
    "di nominare Responsabile Unico del Progetto l’ing. Michele Zanatta, Capo Settore Manutenzione Rete Idraulica;",
    "di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di pubblicare il presente provvedimento all’Albo consortile on line per quindici giorni consecutivi.",
], 1):
    para([(f"{i}.", True), ("\t" + txt, False)], indent=(0.8, -0.8))
para("", after=10)
st2 = doc.add_table(rows=3, cols=2)
for (a, b), row in zip([("", "IL DIRETTORE GENERALE"), ("", "dott. ing. Paolo Bortolin"), ("", "(documento firmato digitalmente)")], st2.rows):
    row.cells[1].text = ""; p = row.cells[1].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(b); rr.bold = b.isupper()
para("", after=14)
vt = doc.add_table(rows=2, cols=1); vt.style = "Table Grid"
vt.rows[0].cells[0].text = ""; rr = vt.rows[0].cells[0].paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); rr.bold = True; rr.font.size = Pt(8.5)
vt.rows[1].cells[0].text = ""; rr = vt.rows[1].cells[0].paragraphs[0].add_run(
    "Impegno n. 2026/318 – Capitolo 2140 – € 47.275,00. Montebelluna, 03/03/2026. Il Capo Settore Ragioneria: rag. Silvia Durighello"); rr.font.size = Pt(8.5)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "DD_112_2026.docx"); doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "DD_112_2026.pdf"), out); shutil.rmtree(tmp)
