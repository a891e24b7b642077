#!/usr/bin/env python3
"""ASP Città di Siena - deliberazione del Consiglio di Amministrazione.
Word-template layout written with python-docx, converted by LibreOffice Writer."""
import sys, os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "deliberazione-aspsiena-word.pdf")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)

def para(text="", bold=False, align=None, size=None, italic=False, after=None, parts=None):
    p = doc.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t, b in (parts or [(text, bold)]):
        r = p.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# header: letterhead
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("ASP CITTÀ DI SIENA"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x1f)
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Azienda Pubblica di Servizi alla Persona\nVia Campansi, 18 – 53100 Siena – P.IVA 01422300524"); r.font.size = Pt(8.5)
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione C.d.A. n. 14 del 19/02/2026 – pagina "); r.font.size = Pt(8)
r2 = fp.add_run(); r2.font.size = Pt(8); add_field(r2, "PAGE")
r3 = fp.add_run(" di "); r3.font.size = Pt(8)
r4 = fp.add_run(); r4.font.size = Pt(8); add_field(r4, "NUMPAGES")

para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align="c", size=13, after=2)
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, txt in zip(t.rows[0].cells, ["Deliberazione n. 14", "Seduta del 19/02/2026", "Ore 15:30"]):
    c.text = ""; rr = c.paragraphs[0].add_run(txt); rr.bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("", after=2)
para(align="j", parts=[("L’anno duemilaventisei, il giorno diciannove del mese di febbraio, alle ore 15:30, presso la sede "
     "dell’Azienda in Siena, Via Campansi n. 18, a seguito di regolare convocazione del Presidente (prot. n. 611 del 12/02/2026), "
     "si è riunito il Consiglio di Amministrazione dell’ASP Città di Siena.", False)])
para(align="j", parts=[("Sono presenti: il Presidente Avv. Lorenzo Marzocchi, la Vice Presidente Dott.ssa Giulia Ferri, "
     "il Consigliere Sig. Pietro Baldi e il Consigliere Dott. Federico Sestini. È assente giustificata la Consigliera Dott.ssa Caterina Lenzi.", False)])
para(align="j", parts=[("Presiede la seduta il Presidente Avv. Lorenzo Marzocchi, il quale, riconosciuta la validità della seduta, "
     "dichiara aperta la discussione. Assiste con funzioni di segretario verbalizzante il Direttore, Dott. Andrea Pianigiani.", False)])
para(align="j", after=6, parts=[("Il Consiglio di Amministrazione passa quindi all’esame del seguente", False)])
para(parts=[("OGGETTO: ", True), ("Approvazione dello schema di convenzione con l’Università degli Studi di Siena per lo svolgimento di "
     "tirocini curriculari presso la RSA “Campansi” – Anni accademici 2025/2026 e 2026/2027.", True)], align="j", after=8)
para("IL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align="c")
for b, rest in [
    ("Richiamati ", "la L.R. Toscana 3 agosto 2004, n. 43, e lo Statuto dell’Azienda, approvato con deliberazione n. 31 del 28/09/2023;"),
    ("Premesso ", "che l’Azienda gestisce la RSA “Campansi”, struttura residenziale per persone anziane non autosufficienti con 120 posti letto, e che è interesse dell’Azienda favorire la formazione degli studenti dei corsi di laurea delle professioni sanitarie;"),
    ("Vista ", "la nota dell’Università degli Studi di Siena – Dipartimento di Scienze Mediche, Chirurgiche e Neuroscienze, acquisita al prot. n. 402 del 30/01/2026, con la quale si propone la stipula di una convenzione per tirocini curriculari del Corso di Laurea in Infermieristica;"),
    ("Visto ", "lo schema di convenzione allegato al presente atto sotto la lettera “A”, che non comporta oneri finanziari a carico dell’Azienda;"),
    ("Dato atto ", "del parere favorevole di regolarità tecnica e contabile espresso dal Direttore;"),
    ("Con ", "la seguente votazione, espressa in forma palese: presenti n. 4 – favorevoli n. 3 – astenuti n. 1 (Sig. Pietro Baldi), "),
]:
    para(align="j", parts=[(b, True), (rest, False)])
para("DELIBERA", bold=True, align="c")
for i, t in enumerate([
    "di approvare lo schema di convenzione con l’Università degli Studi di Siena per lo svolgimento di tirocini curriculari presso la RSA “Campansi”, allegato sotto la lettera “A” quale parte integrante e sostanziale;",
    "di autorizzare il Presidente alla sottoscrizione della convenzione, con facoltà di apportare le modifiche non sostanziali che si rendessero necessarie;",
    "di individuare nella Coordinatrice infermieristica della RSA il tutor aziendale dei tirocinanti;",
    "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio dell’Azienda;",
    "di disporre la pubblicazione della presente deliberazione all’Albo on line dell’Azienda per quindici giorni consecutivi.",
], 1):
    p = para(align="j", parts=[(f"{i}) ", True), (t, False)])
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
para("Il presente atto diviene esecutivo dal decimo giorno successivo alla sua pubblicazione, ai sensi dell’art. 29 dello Statuto.", align="j", italic=True)
para("Letto, approvato e sottoscritto.", after=10)
t = doc.add_table(rows=3, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for (a, b), row in zip([("IL PRESIDENTE", "IL SEGRETARIO VERBALIZZANTE"), ("Avv. Lorenzo Marzocchi", "Dott. Andrea Pianigiani"),
                        ("(firmato digitalmente)", "(firmato digitalmente)")], t.rows):
    for txt, c in zip((a, b), row.cells):
        c.text = ""; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(txt); rr.bold = txt.isupper(); rr.font.size = Pt(10)
para("", after=12)
p = para(parts=[("PUBBLICAZIONE – ", True), ("La presente deliberazione è pubblicata all’Albo on line dell’ASP Città di Siena dal 20/02/2026 "
     "al 07/03/2026 (n. 58 del registro delle pubblicazioni).", False)], size=9)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "deliberazione-cda-14-2026.docx"); doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "deliberazione-cda-14-2026.pdf"), out); shutil.rmtree(tmp)
