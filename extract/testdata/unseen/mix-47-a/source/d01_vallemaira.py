# Unione Montana Valle Maira - Consiglio dell'Unione deliberation, Sicraweb-like layout,
# written as .docx (python-docx) and printed to PDF by LibreOffice Writer (build.sh).
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = doc.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def p(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: para.paragraph_format.space_after = Pt(after)
    if before is not None: para.paragraph_format.space_before = Pt(before)
    return para

def borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '4'); el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)

# running head / foot
hdr = sec.header.paragraphs[0]
hdr.text = "Unione Montana Valle Maira – Deliberazione del Consiglio n. 7 del 09/04/2026"
hdr.runs[0].font.size = Pt(8); hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
ft = sec.footer.paragraphs[0]
ft.text = "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate"
ft.runs[0].font.size = Pt(7.5); ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

p("UNIONE MONTANA VALLE MAIRA", bold=True, size=16, align='c', after=0)
p("Provincia di Cuneo", size=10, align='c', after=0)
p("Via Torino n. 19 – 12025 DRONERO (CN) – Tel. 0171 917080 – C.F. 96090970048", size=8.5, align='c', after=8)

t = doc.add_table(rows=1, cols=2); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.text = ''; r = c0.paragraphs[0].add_run("VERBALE DI DELIBERAZIONE\nDEL CONSIGLIO DELL'UNIONE"); r.bold = True
c1.text = ''; r = c1.paragraphs[0].add_run("N. 7\n\nData 09/04/2026"); r.bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p(after=2)
para = p(after=6, align='j'); r = para.add_run("OGGETTO: "); r.bold = True
r = para.add_run("Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025 e della relazione illustrativa della Giunta dell'Unione."); r.bold = True

p("L'anno duemilaventisei, addì nove del mese di aprile, alle ore 20:30, nella sala consiliare della sede dell'Unione in Dronero, previa l'osservanza di tutte le formalità prescritte dallo Statuto e dal vigente Regolamento, è stato convocato in sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio dell'Unione, nelle persone dei Signori:", align='j')

roll = [("ARNAUDO Giacomo", "Presidente", "Dronero", True),
        ("BERNARDI Lucia", "Consigliere", "Acceglio", True),
        ("GIORDANO Pier Carlo", "Consigliere", "Canosio", True),
        ("MADALA Stefano", "Consigliere", "Cartignano", False),
        ("ROSSO Marina", "Consigliere", "Celle di Macra", True),
        ("PEANO Daniele", "Consigliere", "Elva", True),
        ("GARNERO Ivo", "Consigliere", "Macra", True),
        ("DEMARIA Silvia", "Consigliere", "Marmora", True),
        ("CHIAPELLO Mauro", "Consigliere", "Prazzo", False),
        ("TESTA Roberta", "Consigliere", "Roccabruna", True),
        ("LERDA Franco", "Consigliere", "San Damiano Macra", True),
        ("ALLIONE Paola", "Consigliere", "Stroppo", True),
        ("BRUNO Elio", "Consigliere", "Villar San Costanzo", True)]
t = doc.add_table(rows=1, cols=4); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("Cognome e Nome", "Carica", "Comune", "Presente")):
    t.rows[0].cells[i].text = ''; rr = t.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(10)
for n, role, com, pres in roll:
    cells = t.add_row().cells
    for i, v in enumerate((n, role, com, "Sì" if pres else "No")):
        cells[i].text = ''; rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(10)
        if i == 3: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p("Totale presenti: 11          Totale assenti: 2", bold=True, align='r', before=4)

p("Partecipa all'adunanza il Segretario dell'Unione Dott.ssa Elena Ghibaudo, la quale provvede alla redazione del presente verbale.", align='j')
p("Essendo legale il numero degli intervenuti, il Sig. Giacomo Arnaudo, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align='j')

p("IL CONSIGLIO DELL'UNIONE", bold=True, align='c', before=6)
for s in [
 "Premesso che, ai sensi dell'art. 227 del D.Lgs. 18 agosto 2000, n. 267, il rendiconto della gestione è deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo;",
 "Richiamata la deliberazione della Giunta dell'Unione n. 21 del 24/03/2026, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2025 e la relazione illustrativa di cui all'art. 231 del TUEL;",
 "Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo dell'Ente in data 31/03/2026 al n. 1187;",
 "Dato atto che lo schema di rendiconto è stato messo a disposizione dei Consiglieri nei termini previsti dal Regolamento di contabilità;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Servizio Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Udita la relazione del Presidente e dato atto che il Consigliere Allione chiede che sia messo a verbale il proprio voto contrario per le motivazioni espresse nel corso della discussione;"]:
    p(s, align='j')
p("Con la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 10, voti favorevoli n. 9, voti contrari n. 1 (Allione), astenuti n. 1 (Demaria);", align='j')
p("DELIBERA", bold=True, align='c', before=6)
pts = [
 "di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, allegato alla presente quale parte integrante e sostanziale;",
 "di approvare la relazione illustrativa della Giunta dell'Unione sull'andamento della gestione;",
 "di dare atto che il risultato di amministrazione al 31/12/2025 ammonta ad € 412.386,27, di cui € 96.540,00 accantonati, € 58.210,14 vincolati ed € 211.880,35 disponibili;",
 "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."]
for i, s in enumerate(pts, 1):
    para = p(f"{i}.  {s}", align='j'); para.paragraph_format.left_indent = Cm(0.6); para.paragraph_format.first_line_indent = Cm(-0.6)
p("Successivamente, con separata votazione che ha dato il medesimo esito, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align='j', before=4)

p("Letto, confermato e sottoscritto.", before=10)
t = doc.add_table(rows=2, cols=2)
t.rows[0].cells[0].text = "IL PRESIDENTE"; t.rows[0].cells[1].text = "IL SEGRETARIO DELL'UNIONE"
t.rows[1].cells[0].text = "Giacomo Arnaudo\n(firmato digitalmente)"; t.rows[1].cells[1].text = "Dott.ssa Elena Ghibaudo\n(firmato digitalmente)"
for row in t.rows:
    for c in row.cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

p(before=10)
t = doc.add_table(rows=1, cols=1); borders(t)
c = t.rows[0].cells[0]; c.text = ''
r = c.paragraphs[0].add_run("CERTIFICATO DI PUBBLICAZIONE\n"); r.bold = True; r.font.size = Pt(9)
r = c.paragraphs[0].add_run("La presente deliberazione viene pubblicata all'Albo Pretorio on line dell'Unione per 15 giorni consecutivi dal 20/04/2026 al 05/05/2026 (n. 233 del Registro delle pubblicazioni).\nDronero, 20/04/2026                                        Il Segretario dell'Unione"); r.font.size = Pt(9)
doc.save('build/d01.docx')
