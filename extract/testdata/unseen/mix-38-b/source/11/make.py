# Comune di Cerea - convocation of the Consiglio comunale: a Word letter carrying a Titulus-style protocol
# stamp ("segnatura"), written with python-docx and converted to PDF by LibreOffice
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)

def para(text="", bold=False, size=None, align=None, italic=False, after=None, font=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if font: r.font.name = font
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

# letterhead table: name left, protocol stamp right
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
l, r = t.rows[0].cells
l.width = Cm(10.5); r.width = Cm(6)
p = l.paragraphs[0]; run = p.add_run("COMUNE DI CEREA"); run.bold = True; run.font.size = Pt(16); run.font.name = "Liberation Sans"
p2 = l.add_paragraph(); x = p2.add_run("Provincia di Verona"); x.font.size = Pt(9); x.font.name = "Liberation Sans"
p3 = l.add_paragraph(); x = p3.add_run("Via XXV Aprile, 52 – 37053 Cerea (VR)\nSegreteria Generale – tel. 0442 80055"); x.font.size = Pt(8); x.font.name = "Liberation Sans"
stamp = ["Comune di Cerea", "Prot. n. 0009872 del 15/04/2026", "Tit. II – Cl. 3 – Fasc. 2026/2", "USCITA – UOR: SEGRETERIA"]
rp = r.paragraphs[0]
for i, s in enumerate(stamp):
    q = rp if i == 0 else r.add_paragraph()
    q.paragraph_format.space_after = Pt(0)
    z = q.add_run(s); z.font.size = Pt(7.5); z.font.name = "Liberation Mono"; z.bold = (i == 1)
# border around the stamp cell
tcPr = r._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
for side in ("top", "left", "bottom", "right"):
    e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "444444"); b.append(e)
tcPr.append(b)

para("", after=6)
para("Cerea, 15 aprile 2026", align=WD_ALIGN_PARAGRAPH.RIGHT, after=10)
for s in ["Ai Signori Consiglieri Comunali", "LORO SEDI", "", "e p.c.   Al Sindaco", "             Agli Assessori comunali", "             Al Revisore dei conti", "             Alla Stazione Carabinieri di Cerea", "             Alla Prefettura – U.T.G. di Verona"]:
    para(s, after=0, align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.left_indent = Cm(9)
para("", after=8)
p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(2.2); p.paragraph_format.first_line_indent = Cm(-2.2)
r1 = p.add_run("OGGETTO:\t"); r1.bold = True
r2 = p.add_run("Convocazione del Consiglio Comunale in seduta ordinaria di prima convocazione per giovedì 23 aprile 2026."); r2.bold = True
para("", after=4)
body = ("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 12 e 14 del vigente Regolamento per il funzionamento del "
        "Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio Comunale, in prima convocazione, che si terrà "
        "nella Sala consiliare della Sede municipale, in Via XXV Aprile n. 52, il giorno")
p = para(body, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p = para("GIOVEDÌ 23 APRILE 2026 ALLE ORE 19:00", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("per la trattazione del seguente", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("ORDINE DEL GIORNO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
odg = ["Comunicazioni del Sindaco e del Presidente del Consiglio.",
       "Approvazione dei verbali della seduta consiliare del 26 marzo 2026.",
       "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025.",
       "Variazione al bilancio di previsione finanziario 2026/2028 – Ratifica della deliberazione della Giunta Comunale n. 48 del 02/04/2026 adottata in via d’urgenza ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000.",
       "Modifica del Regolamento comunale per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.",
       "Interrogazione presentata dal gruppo consiliare “Cerea Futura” in merito alla viabilità di Via Paride da Cerea (prot. n. 8410 del 30/03/2026)."]
for i, s in enumerate(odg, 1):
    q = para(f"{i}.\t{s}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2)
    q.paragraph_format.left_indent = Cm(1); q.paragraph_format.first_line_indent = Cm(-0.7)
para("", after=2)
para("Qualora la seduta di prima convocazione andasse deserta per mancanza del numero legale, la seduta di seconda convocazione è fin d’ora fissata per venerdì 24 aprile 2026 alle ore 19:00, nello stesso luogo e con il medesimo ordine del giorno.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio Segreteria ed è consultabile dai Consiglieri nelle ore d’ufficio, nonché nell’area riservata del portale istituzionale. La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Distinti saluti.", after=8)
for s, bb in [("IL PRESIDENTE DEL CONSIGLIO COMUNALE", True), ("Dott. Giorgio Zanini", False), ("(documento firmato digitalmente)", False)]:
    q = para(s, bold=bb, align=WD_ALIGN_PARAGRAPH.CENTER, after=0); q.paragraph_format.left_indent = Cm(7)
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Segnatura di protocollo apposta dal sistema di gestione documentale"); fr.font.size = Pt(7); fr.italic = True
d.core_properties.author = "Segreteria Generale"; d.core_properties.title = "Convocazione Consiglio Comunale 23/04/2026"
d.save("convocazione-cerea-titulus.docx")
