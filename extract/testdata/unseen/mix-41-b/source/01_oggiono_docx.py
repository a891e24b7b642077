# Giunta deliberation of the Comune di Oggiono, imitating a Mediagroup98 "Atti"
# print: a .docx built with python-docx, converted to PDF by LibreOffice.
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
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)


def para(text="", bold=False, size=None, align=None, italic=False, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "000000")
        b.append(x)
    tcPr.append(b)


# header: crest caption + body name, footer: page x of y and signature note
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Deliberazione G.C. n. 47 del 14/04/2026 - pag. "); r.font.size = Pt(7.5)
r2 = hp.add_run(); r2.font.size = Pt(7.5); field(r2, "PAGE")
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Mediagroup98 Atti Amministrativi - documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
r.font.size = Pt(7); r.italic = True

para("[stemma]", size=7, align="c", italic=True, space_after=0)
para("COMUNE DI OGGIONO", bold=True, size=17, align="c", space_after=0)
para("Provincia di Lecco", size=10, align="c", space_after=0)
para("Piazza Giuseppe Garibaldi, 14 – 23848 Oggiono (LC)", size=7.5, align="c", space_after=10)

t = d.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("ORIGINALE", ""), ("DELIBERAZIONE N.", "47"), ("DATA", "14/04/2026")]
for i, (a, b) in enumerate(vals):
    c = t.rows[0].cells[i]
    borders(c, 8)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    ra = c.paragraphs[0].add_run(a); ra.bold = True; ra.font.size = Pt(9)
    if b:
        p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rb = p2.add_run(b); rb.bold = True; rb.font.size = Pt(12)
para("", space_after=2)
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12.5, align="c", space_after=8)

t = d.add_table(rows=1, cols=2)
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width, t.columns[1].width = Cm(2.6), Cm(14)
c0.width, c1.width = Cm(2.6), Cm(14)
borders(c0); borders(c1)
r = c0.paragraphs[0].add_run("OGGETTO:"); r.bold = True
r = c1.paragraphs[0].add_run("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                             "RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE DI VIA LAZZARETTO – "
                             "CUP F64H26000110004")
r.bold = True
para("", space_after=2)

para("L’anno duemilaventisei addì quattordici del mese di aprile alle ore 18:00 nella sala delle adunanze "
     "della sede municipale, previa osservanza di tutte le formalità prescritte dalla vigente legge, "
     "vennero convocati a seduta i componenti della Giunta Comunale.", align="j")
para("All’appello risultano:", space_after=2)

roll = [("CASTAGNA ROBERTO", "Sindaco", "Presente"),
        ("VALSECCHI MARTA", "Vicesindaco", "Presente"),
        ("BONFANTI LUCA", "Assessore", "Presente"),
        ("MAGNI SILVIA", "Assessore", "Assente"),
        ("RIPAMONTI DAVIDE", "Assessore", "Presente")]
t = d.add_table(rows=0, cols=3)
for n, ro, pr in roll:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = n, ro, pr
    cells[0].width, cells[1].width, cells[2].width = Cm(7), Cm(5), Cm(4)
para("Totale presenti: 4     Totale assenti: 1", bold=True, align="r")

para("Partecipa alla seduta il Segretario Comunale Dott. Gianluca Ferrario, il quale provvede alla "
     "redazione del presente verbale.", align="j")
para("Essendo legale il numero degli intervenuti, il Dott. Roberto Castagna, nella sua qualità di "
     "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.",
     align="j", space_after=10)

para("LA GIUNTA COMUNALE", bold=True, align="c")
for s in [
    "PREMESSO che con deliberazione del Consiglio Comunale n. 9 del 26/02/2026 è stato approvato il "
    "Programma triennale dei lavori pubblici 2026/2028, nel quale è inserito l’intervento di riqualificazione "
    "energetica della palestra comunale di via Lazzaretto per l’importo complessivo di € 420.000,00;",
    "RICHIAMATA la determinazione del Responsabile dell’Area Tecnica n. 212 del 18/11/2025 con la quale è "
    "stato affidato allo Studio Tecnico Associato Redaelli & Pozzi di Galbiate l’incarico di redazione del "
    "progetto di fattibilità tecnico-economica;",
    "VISTO il progetto di fattibilità tecnico-economica trasmesso in data 31/03/2026, prot. n. 5127, "
    "composto dagli elaborati elencati nel quadro allegato, con il seguente quadro economico: lavori a base "
    "d’asta € 318.500,00, oneri per la sicurezza € 9.500,00, somme a disposizione dell’Amministrazione "
    "€ 92.000,00;",
    "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’allegato I.7;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
    para(s, align="j")
para("DELIBERA", bold=True, align="c")
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della "
    "palestra comunale di via Lazzaretto, dell’importo complessivo di € 420.000,00;",
    "di dare atto che la spesa trova copertura al capitolo 20620/1 del bilancio di previsione 2026/2028, "
    "annualità 2026, finanziato con contributo regionale e avanzo di amministrazione;",
    "di nominare Responsabile Unico del Progetto l’Arch. Fabio Sala, Responsabile dell’Area Tecnica;",
    "di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti;",
    "di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000."]
for i, s in enumerate(pts, 1):
    p = para(f"{i}. {s}", align="j")
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
para("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata "
     "immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", align="j", space_after=12)

para("Letto, confermato e sottoscritto.", italic=True)
t = d.add_table(rows=2, cols=2)
t.rows[0].cells[0].text = "IL SINDACO"
t.rows[0].cells[1].text = "IL SEGRETARIO COMUNALE"
t.rows[1].cells[0].text = "Dott. Roberto Castagna"
t.rows[1].cells[1].text = "Dott. Gianluca Ferrario"
for row in t.rows:
    for c in row.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("", space_after=10)

t = d.add_table(rows=1, cols=1)
c = t.rows[0].cells[0]; borders(c, 6)
r = c.paragraphs[0].add_run("RELAZIONE DI PUBBLICAZIONE"); r.bold = True
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c.add_paragraph("La presente deliberazione viene pubblicata all’Albo Pretorio on line il 16/04/2026 per "
                "quindici giorni consecutivi (Reg. Pubbl. n. 402) e contestualmente comunicata ai capigruppo "
                "consiliari.")
c.add_paragraph("Oggiono, 16/04/2026                              Il Messo Comunale – Laura Anghileri")
d.save(out)
