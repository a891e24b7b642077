# Verbale di deliberazione del Consiglio comunale n. 18/2026, Comune di Santa Maria di Sala (VE).
# Word template in the manner of a Veneto ente's "Sfera"-style print: python-docx writes the .docx,
# LibreOffice Writer exports it. Date only in words in the heading; roll in two side-by-side column groups.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def para(text="", bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def borders(table, sz=4):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "000000"); b.append(x)
    pr.append(b)

def setw(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
        for c in table.columns[i].cells: c.width = Cm(w)

def cell(c, text, bold=False, align="l", size=10):
    c.text = ""; p = c.paragraphs[0]; r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# running footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Santa Maria di Sala – Piazza XXV Aprile, 1 – 30036 Santa Maria di Sala (VE) – www.comune.santamariadisala.ve.it"); r.font.size = Pt(7.5)

para("COMUNE DI SANTA MARIA DI SALA", True, 16, "c", after=0)
para("Città Metropolitana di Venezia", False, 10, "c", italic=True, after=10)
para("Copia", False, 9, "r", after=0)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, 13, "c", after=2)
para("N. 18 di Reg.", True, 12, "c", after=6)
para("Seduta pubblica ordinaria di prima convocazione", False, 10, "c", italic=True, after=8)

t = d.add_table(rows=1, cols=2); borders(t, 8)
c0, c1 = t.rows[0].cells
cell(c0, "OGGETTO:", True); c0.width = Cm(3)
cell(c1, "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 E DELLA RELAZIONE SULLA GESTIONE.", True, size=11)
setw(t, [2.6, 14.0])

para("L'anno duemilaventisei, addì ventotto del mese di aprile, alle ore 20:30, nella sala consiliare del Municipio, "
     "previa convocazione con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio comunale.", align="j", before=10)
para("Eseguito l'appello, risultano:", after=4)

left = [("1", "CAZZARO NATASCIA", "Sindaco", "P"), ("2", "MENIN ALBERTO", "Consigliere", "P"), ("3", "BARATTO SILVIA", "Consigliere", "P"),
        ("4", "FAVARETTO LUCA", "Consigliere", "P"), ("5", "TOSO ELENA", "Consigliere", "A"), ("6", "ZAGO DIEGO", "Consigliere", "P"),
        ("7", "BOSCOLO MARTA", "Consigliere", "P"), ("8", "ZAMPIERI GIORGIO", "Consigliere", "P"), ("9", "VOLTAN PAOLA", "Consigliere", "P")]
right = [("10", "CARRARO ENRICO", "Consigliere", "P"), ("11", "BELLIN CHIARA", "Consigliere", "A"), ("12", "MARCATO STEFANO", "Consigliere", "P"),
         ("13", "PIOVESAN GIULIA", "Consigliere", "P"), ("14", "TREVISAN MARCO", "Consigliere", "P"), ("15", "FURLAN ANNA", "Consigliere", "P"),
         ("16", "DONÒ RICCARDO", "Consigliere", "A"), ("17", "SCARPA DAVIDE", "Consigliere", "P"), ("", "", "", "")]
rt = d.add_table(rows=1 + len(left), cols=9); borders(rt, 4); rt.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ["N.", "Cognome e nome", "Carica", "P/A", "", "N.", "Cognome e nome", "Carica", "P/A"]
for i, h in enumerate(heads): cell(rt.rows[0].cells[i], h, True, "c", 9)
for k, (a, b) in enumerate(zip(left, right)):
    row = rt.rows[k + 1].cells
    for i, v in enumerate(a): cell(row[i], v, False, "c" if i in (0, 3) else "l", 9.5)
    cell(row[4], "")
    for i, v in enumerate(b): cell(row[5 + i], v, False, "c" if i in (0, 3) else "l", 9.5)
widths = [0.8, 4.2, 2.2, 0.9, 0.3, 0.8, 4.2, 2.2, 0.9]
setw(rt, widths)
para("Presenti n. 14 – Assenti n. 3 (Toso, Bellin e Donò, assenti giustificati)", False, 10, before=4)

para("Partecipa alla seduta il Segretario Generale dott. Guido Marchiori, il quale provvede alla redazione del presente verbale.", align="j", before=6)
para("Essendo legale il numero degli intervenuti, il sig. Alberto Menin, nella sua qualità di Presidente del Consiglio, assume la presidenza "
     "e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato. Sono nominati scrutatori i consiglieri Voltan, Carraro e Scarpa.", align="j")

para("IL CONSIGLIO COMUNALE", True, 11, "c", before=10)
for s in [
    "Premesso che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale;",
    "Vista la deliberazione della Giunta comunale n. 52 del 2 aprile 2026, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2025 e la relazione sulla gestione;",
    "Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 7764 del 14/04/2026;",
    "Dato atto che il rendiconto chiude con un risultato di amministrazione di euro 4.318.552,17, di cui parte disponibile euro 612.940,08;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Uditi gli interventi riportati nella registrazione integrale della seduta, conservata agli atti;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 12, voti favorevoli n. 10, contrari n. 2 (Marcato, Furlan), astenuti n. 2 (Piovesan, Scarpa);"]:
    para(s, align="j")
para("DELIBERA", True, 11, "c", before=6)
for i, s in enumerate([
    "di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, con i relativi allegati;",
    "di approvare la relazione sulla gestione di cui all'art. 231 del D.Lgs. 267/2000;",
    "di accertare un risultato di amministrazione al 31/12/2025 pari a euro 4.318.552,17, così come dettagliato nel prospetto allegato;",
    "di pubblicare il rendiconto nella sezione \"Amministrazione trasparente\" del sito istituzionale."], 1):
    para(f"{i}) {s}", align="j")
para("Successivamente, con separata votazione (presenti n. 14, votanti n. 12, favorevoli n. 10, contrari n. 2, astenuti n. 2), la presente deliberazione "
     "viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="j", before=4)

para("Letto, confermato e sottoscritto.", before=12, after=6)
sg = d.add_table(rows=3, cols=2)
cell(sg.rows[0].cells[0], "IL PRESIDENTE DEL CONSIGLIO", True, "c"); cell(sg.rows[0].cells[1], "IL SEGRETARIO GENERALE", True, "c")
cell(sg.rows[1].cells[0], "Alberto Menin", False, "c"); cell(sg.rows[1].cells[1], "dott. Guido Marchiori", False, "c")
cell(sg.rows[2].cells[0], "(firmato digitalmente)", False, "c", 8); cell(sg.rows[2].cells[1], "(firmato digitalmente)", False, "c", 8)
setw(sg, [8.3, 8.3])
d.save(sys.argv[1])
