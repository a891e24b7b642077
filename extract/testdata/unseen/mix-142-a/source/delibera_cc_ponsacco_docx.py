"""Ponsacco, Sicraweb-like Consiglio Comunale minutes written as .docx with
python-docx (letterhead in the page header, roll as a bordered table),
exported to PDF by LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = d.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)

hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI PONSACCO"); r.bold = True; r.font.size = Pt(16)
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Provincia di Pisa"); r.font.size = Pt(9.5)
hp3 = sec.header.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("Piazza della Repubblica, 1 – 56038 Ponsacco (PI)"); r.font.size = Pt(8); r.italic = True

fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione del Consiglio Comunale n. 2 del 11/01/2029"); r.font.size = Pt(8)


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, before=0, after=4):
    p = d.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    parts = text.split("**")
    for i, t in enumerate(parts):
        rr = p.add_run(t)
        rr.bold = bold or (i % 2 == 1)
        if size:
            rr.font.size = Pt(size)
    return p


def borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


para("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=2)
para("N. 2 del 11/01/2029", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, after=2)
para("Seduta pubblica ordinaria di prima convocazione", align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=8)

t = d.add_table(rows=1, cols=2)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
t.columns[0].width = Mm(24); t.columns[1].width = Mm(146)
t.cell(0, 0).width = Mm(24); t.cell(0, 1).width = Mm(146)
t.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
t.cell(0, 1).paragraphs[0].add_run("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEGLI INTERVENTI DI SUSSIDIARIETÀ ORIZZONTALE E DEL BARATTO AMMINISTRATIVO").bold = True

para("", after=2)
para("L'anno **duemilaventinove**, addì **undici** del mese di **gennaio** alle ore **21:00**, nella Sala Consiliare del Palazzo Comunale, previa convocazione disposta dal Presidente del Consiglio con avvisi recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di prima convocazione.")
para("Risultano all'appello nominale:")

roll = [("BRUNETTI MARCO", "Sindaco", True), ("BERNARDINI LAURA", "Presidente", True),
        ("VANNUCCI ELISA", "Consigliere", True), ("CONTI MATTEO", "Consigliere", True),
        ("MANNUCCI ALESSIO", "Consigliere", True), ("TADDEI CHIARA", "Consigliere", True),
        ("BALDACCI ROBERTO", "Consigliere", False), ("FAVILLI SERENA", "Consigliere", True),
        ("NERI DAVIDE", "Consigliere", True), ("SALVADORI MONICA", "Consigliere", True),
        ("PAPINI ANDREA", "Consigliere", True), ("LANDI FRANCESCA", "Consigliere", False),
        ("MORELLI GABRIELE", "Consigliere", True), ("BIAGINI SARA", "Consigliere", True),
        ("PUCCINELLI TOMMASO", "Consigliere", True), ("ROSSI VALENTINA", "Consigliere", False),
        ("GUERRIERI PIETRO", "Consigliere", True)]
rt = d.add_table(rows=1, cols=5)
borders(rt)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
rt.autofit = False
widths = [Mm(10), Mm(62), Mm(36), Mm(22), Mm(22)]
for i, w in enumerate(widths):
    rt.columns[i].width = w
for i, h in enumerate(["N.", "Cognome e Nome", "Carica", "Presenti", "Assenti"]):
    c = rt.rows[0].cells[i]; c.width = widths[i]
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
for n, (name, role, pres) in enumerate(roll, 1):
    row = rt.add_row().cells
    vals = [str(n), name, role, "X" if pres else "", "" if pres else "X"]
    for i, v in enumerate(vals):
        row[i].width = widths[i]
        p = row[i].paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if i in (0, 3, 4):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(v).font.size = Pt(9)
para("Totale presenti: 14        Totale assenti: 3", bold=True, size=9, before=3)
para("Sono presenti, senza diritto di voto, gli Assessori esterni Elena Giannini, Lorenzo Cecchi e Silvia Barsotti.", size=9)
para("Partecipa alla seduta il Segretario Generale **Dott.ssa Marta Lazzerini**, che provvede alla redazione del presente verbale.")
para("Riconosciuto legale il numero degli intervenuti, la **Sig.ra Laura Bernardini**, in qualità di **Presidente del Consiglio Comunale**, assume la presidenza e dichiara aperta la seduta. Sono nominati scrutatori i Consiglieri Taddei, Neri e Guerrieri.")
para("Proposta di deliberazione n. 3 del 02/01/2029 – Settore proponente: Settore 1 - Affari Generali e Servizi al Cittadino", size=9, after=6)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
para("Udita l'illustrazione dell'Assessore Lorenzo Cecchi e gli interventi dei Consiglieri, riportati nella registrazione integrale della seduta conservata agli atti;")
para("Visti l'art. 118, ultimo comma, della Costituzione e l'art. 190 del D.Lgs. 31 marzo 2023, n. 36, che consentono ai Comuni di definire con apposito regolamento i criteri e le condizioni per la realizzazione di contratti di partenariato sociale e di interventi di sussidiarietà orizzontale;")
para("Dato atto che lo schema di regolamento è stato esaminato dalla Commissione consiliare permanente Affari Istituzionali nella seduta del 20/12/2028;")
para("Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("Con la seguente votazione, espressa per alzata di mano: consiglieri presenti n. 14, votanti n. 12, astenuti n. 2 (Puccinelli, Guerrieri), voti favorevoli n. 10, voti contrari n. 2 (Morelli, Biagini);")
para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
para("1) di approvare il \"Regolamento comunale per la disciplina degli interventi di sussidiarietà orizzontale e del baratto amministrativo\", composto da n. 18 articoli, allegato al presente atto quale parte integrante e sostanziale;")
para("2) di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione della presente deliberazione all'Albo Pretorio on line;")
para("3) di demandare alla Giunta Comunale la determinazione annuale delle risorse e delle tipologie di tributi ammesse al baratto amministrativo.")
para("Successivamente, stante l'urgenza, con votazione separata dall'esito identico a quella che precede (presenti n. 14, votanti n. 12, favorevoli n. 10, contrari n. 2, astenuti n. 2), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
para("Letto, confermato e sottoscritto.", before=6)

ft = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"),
                            ("Sig.ra Laura Bernardini", "Dott.ssa Marta Lazzerini"),
                            ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for j, v in enumerate((a, b)):
        p = ft.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(v); rr.font.size = Pt(9.5 if i < 2 else 8); rr.bold = (i == 0)
d.core_properties.title = "Delibera CC 2/2029"
d.core_properties.author = "Sicraweb - Atti"
d.save(out)
