# Unione dei Comuni Pratiarcati - determinazione of the Polizia Locale, imitating a Municipia "JEnte" .docx
# export (the office saves the .docx and converts it with LibreOffice).
# This script writes the .docx with python-docx; build.sh converts it with soffice --convert-to pdf.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
SUBJ = ("Affidamento del servizio di noleggio e manutenzione di n. 2 apparecchiature per il rilevamento della "
        "velocità per l\u2019anno 2026 \u2013 CIG B5C3E91A07 \u2013 Determina a contrarre e aggiudicazione")

d = Document()
st = d.styles["Normal"]
st.font.name = "Carlito"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)


def para(text="", bold=False, align=None, size=None, italic=False, after=4, style=None, doc=d):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    r.font.size = Pt(8)


# header: running head on every page
hd = sec.header
hp = hd.paragraphs[0]
hp.text = ""
r = hp.add_run("UNIONE DEI COMUNI PRATIARCATI")
r.bold = True; r.font.size = Pt(13)
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp2 = hd.add_paragraph()
r = hp2.add_run("Provincia di Padova")
r.font.size = Pt(8.5)
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp3 = hd.add_paragraph()
r = hp3.add_run("Determinazione n. 27 del 04/03/2026")
r.font.size = Pt(8); r.italic = True
hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT

ft = sec.footer
fp = ft.paragraphs[0]
r = fp.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i.  \u2013  pag. ")
r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" / "); r.font.size = Pt(8)
field(fp, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# heading block as a table
t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("SETTORE POLIZIA LOCALE", "Ufficio Verbali e Contenzioso"),
         ("DETERMINAZIONE N. 27", "Data di adozione: 04/03/2026"),
         ("Proposta n. 33 del 02/03/2026", "Registro di settore: PL/9")]
for i, (a, b) in enumerate(cells):
    for j, txt in enumerate((a, b)):
        c = t.cell(i, j)
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = (i < 2 and j == 0) or (i == 1)
        rr.font.size = Pt(10.5 if i < 2 else 9)
para("", after=2)
p = para("", after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run(SUBJ); r.bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("IL COMANDANTE DEL CORPO DI POLIZIA LOCALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t_ in [
    "Richiamato il decreto del Presidente dell\u2019Unione n. 3 del 15/01/2026, con il quale al sottoscritto è stato "
    "conferito l\u2019incarico di Comandante del Corpo di Polizia Locale e di responsabile del Settore;",
    "Premesso che il contratto per il noleggio delle apparecchiature per il rilevamento della velocità installate sulla "
    "S.P. 3 e sulla S.P. 35 nel territorio dell\u2019Unione è scaduto il 31/12/2025 e che occorre "
    "garantire la continuità del servizio di controllo;",
    "Visti l\u2019art. 142 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il D.M. 11 aprile 2024 in materia "
    "di omologazione e approvazione dei dispositivi di controllo della velocità;",
    "Dato atto che è stata svolta sulla piattaforma di e-procurement della Regione Veneto una procedura di affidamento "
    "diretto ai sensi dell\u2019art. 50, comma 1, lett. b), del D.Lgs. 36/2023, con richiesta di offerta alla ditta "
    "Sicurezza Stradale Veneta S.r.l. di Padova, che ha offerto il canone annuo di \u20ac 18.900,00 oltre IVA;",
    "Ritenuta l\u2019offerta congrua e verificato il possesso dei requisiti di ordine generale dell\u2019operatore;",
    "Visti il D.Lgs. 267/2000, lo Statuto dell\u2019Unione e il Regolamento di contabilità;"]:
    para(t_, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("D E T E R M I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t_ in [
    "di affidare alla ditta Sicurezza Stradale Veneta S.r.l., P.IVA 04518730288, il servizio di noleggio e "
    "manutenzione di n. 2 apparecchiature per il rilevamento della velocità per il periodo 01/04/2026 \u2013 31/12/2026, "
    "per l\u2019importo di \u20ac 14.175,00 oltre IVA 22%, pari a \u20ac 17.293,50;",
    "di impegnare la spesa di \u20ac 17.293,50 al capitolo 3120/5 del bilancio di previsione 2026/2028, esercizio 2026;",
    "di dare atto che il RUP è il sottoscritto Comandante e che non sussistono situazioni di conflitto di interessi;",
    "di disporre la pubblicazione del presente atto all\u2019Albo Pretorio on line dell\u2019Unione e nella sezione "
    "\u201cAmministrazione Trasparente\u201d \u2013 Bandi di gara e contratti."]:
    p = para(t_, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
para("", after=10)
t2 = d.add_table(rows=1, cols=2)
c = t2.cell(0, 1)
c.text = ""
pp = c.paragraphs[0]
rr = pp.add_run("IL COMANDANTE\n"); rr.bold = True
pp.add_run("Commissario Capo dott. Alberto Fincato\n")
rr = pp.add_run("(sottoscritto con firma digitale)"); rr.italic = True; rr.font.size = Pt(8)
pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
para("", after=10)
p = para("", after=2)
r = p.add_run("VISTO DI REGOLARITÀ CONTABILE"); r.bold = True; r.font.size = Pt(9.5)
para("Si attesta la copertura finanziaria della spesa ai sensi dell\u2019art. 183, comma 7, del D.Lgs. 267/2000 "
     "(impegno n. 96/2026). Il Responsabile del Servizio Finanziario: rag. Lucia Schiavon.", size=9,
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
d.core_properties.title = "Determinazione n. 27 del 04/03/2026"
d.core_properties.author = "JEnte - Atti"
d.save(out)
