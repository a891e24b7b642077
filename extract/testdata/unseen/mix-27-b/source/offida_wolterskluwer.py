# Comune di Offida - determinazione of the Area Amministrativa, written as a .docx in the layout of a
# Wolters Kluwer "Atti" Word template (python-docx) and printed to PDF by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(4)

def para(text="", bold=False, align=None, size=None, italic=False, after=None, indent=None, hang=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if hang is not None: p.paragraph_format.first_line_indent = Cm(-hang)
    return p

def field(par, instr):
    r = par.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r._r.append(b)

# header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("COMUNE DI OFFIDA – Provincia di Ascoli Piceno"); hr.font.size = Pt(8); hr.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Determinazione Reg. Gen. n. 98 del 24/03/2026 – pag. "); fr.font.size = Pt(8)
field(fp, "PAGE")
fr2 = fp.add_run(" di "); fr2.font.size = Pt(8)
field(fp, "NUMPAGES")

para("COMUNE DI OFFIDA", bold=True, align="c", size=18, after=0)
para("Provincia di Ascoli Piceno", align="c", size=10, after=0)
para("Corso Serpente Aureo, 66 – 63073 Offida (AP) – PEC: comune.offida@emarche.it", align="c", size=8.5, after=10)
para("AREA AMMINISTRATIVA", bold=True, align="c", size=12, after=0)
para("Servizio Cultura e Turismo", align="c", size=11, after=8)

t = d.add_table(rows=2, cols=2)
t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("REGISTRO GENERALE", "N. 98 del 24/03/2026"), ("REGISTRO DI AREA", "N. 27 del 23/03/2026")]
for i, (a, b) in enumerate(cells):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    for c in (t.cell(i, 0), t.cell(i, 1)):
        c.paragraphs[0].runs[0].font.size = Pt(10)
        c.width = Cm(8)
para("", after=2)
para("DETERMINAZIONE DEL RESPONSABILE DELL’AREA", bold=True, align="c", size=12, after=6)
p = para("", after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Impegno di spesa e liquidazione in acconto del contributo all’Associazione “Merletto a Tombolo Offidano” per la realizzazione della mostra “Fili d’Oro – Il merletto nelle Marche” – Anno 2026."); r.bold = True

para("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", bold=True, align="c", after=6)
for x in ["Visto il decreto sindacale n. 2 del 08/01/2026, con il quale è stato conferito alla sottoscritta l’incarico di Responsabile dell’Area Amministrativa;",
          "Richiamata la deliberazione della Giunta Comunale n. 31 del 12/03/2026, dichiarata immediatamente eseguibile, con la quale è stato concesso all’Associazione “Merletto a Tombolo Offidano” un contributo di € 3.500,00 per la realizzazione della mostra “Fili d’Oro – Il merletto nelle Marche”, in programma presso il Polo Museale di Palazzo De Castellotti dal 4 aprile al 3 maggio 2026;",
          "Visto il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 30/04/2018;",
          "Vista la richiesta di anticipazione del 60% del contributo presentata dal Presidente dell’Associazione, acquisita al protocollo n. 3177 del 16/03/2026, corredata dal piano finanziario dell’iniziativa;",
          "Dato atto che, ai sensi dell’art. 6-bis della L. 241/1990, non sussistono situazioni di conflitto di interessi in capo alla sottoscritta;",
          "Visti il D.Lgs. 267/2000 e il vigente Regolamento di contabilità;"]:
    para(x)
para("DETERMINA", bold=True, align="c", after=6)
for i, x in enumerate(["di impegnare, per le motivazioni espresse in narrativa, la somma di € 3.500,00 a favore dell’Associazione “Merletto a Tombolo Offidano” (C.F. 92018730446) al capitolo 1120/3 “Contributi ad associazioni culturali” del bilancio 2026-2028, esercizio 2026;",
                       "di liquidare a titolo di anticipazione la somma di € 2.100,00, pari al 60% del contributo concesso, rinviando la liquidazione del saldo alla presentazione del rendiconto delle spese sostenute;",
                       "di dare atto che il contributo non è soggetto alla ritenuta del 4% di cui all’art. 28 del D.P.R. 600/1973, trattandosi di ente non commerciale per attività istituzionale;",
                       "di disporre la pubblicazione del presente atto ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013."], 1):
    para("%d. %s" % (i, x), indent=0.7, hang=0.7)
para("", after=4)
para("Offida, 23/03/2026", after=2)
para("La Responsabile dell’Area Amministrativa", align="r", after=0)
para("Dott.ssa Valentina Cappelli", align="r", after=0)
para("(documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005)", align="r", italic=True, size=8.5, after=10)
para("VISTO DI REGOLARITÀ CONTABILE", bold=True, align="c", size=10, after=2)
para("Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 – Impegno n. 266/2026. Offida, 24/03/2026 – Il Responsabile dell’Area Finanziaria, Rag. Marco Travaglini.", size=9.5)
d.core_properties.author = "Area Amministrativa"
d.core_properties.title = "Determinazione RG 98/2026"
d.save(out)
