#!/usr/bin/env python3
"""Consiglio Comunale di Borgaro Torinese, deliberazione n. 2 del 17/01/2029:
a Sicraweb-like Word print written with python-docx (exported by LibreOffice)."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.2)
sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def para(text="", bold=False, align=None, size=None, after=None, italic=False, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def fix_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def field(run, instr):
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = instr
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
    run._r.append(a); run._r.append(b); run._r.append(c)


# header: letterhead in the page header, as the template does
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI BORGARO TORINESE"); r.bold = True; r.font.size = Pt(14)
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Città Metropolitana di Torino"); r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione C.C. n. 2 del 17/01/2029 - pagina "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")

para("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 2", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=0, before=6)
para("Adunanza ordinaria di prima convocazione - seduta pubblica",
     align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=10)

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Cm(2.6), Cm(14.1)
c0.paragraphs[0].add_run("OGGETTO:").bold = True
c1.paragraphs[0].add_run("Approvazione del Regolamento comunale per l'assegnazione e la gestione degli orti urbani.").bold = True
fix_widths(t, [Cm(2.6), Cm(14.1)])
para("", after=2)

para("L'anno duemilaventinove addì diciassette del mese di gennaio alle ore 20:45 nella Sala "
     "Consiliare del Palazzo Civico, convocato dalla Presidente del Consiglio con avvisi scritti "
     "recapitati a norma di legge, si è riunito in sessione ordinaria ed in seduta pubblica di prima "
     "convocazione il Consiglio Comunale, nelle persone dei Signori:")

roll = [
    ("GIACHINO Paolo", "Sindaco", True), ("ACTIS Daniela", "Presidente del Consiglio", True),
    ("AIMONE Giulia", "Consigliere", True), ("ALLASIA Marco", "Consigliere", True),
    ("BARBERO Simone", "Consigliere", True), ("BERTOLA Chiara", "Consigliere", True),
    ("BOSCO Giorgio", "Consigliere", True), ("CHIADO' Roberto", "Consigliere", True),
    ("DEMARIA Alessia", "Consigliere", True), ("FERRERO Luigi", "Consigliere", True),
    ("GHIGLIONE Sara", "Consigliere", True), ("MARCHETTI Davide", "Consigliere", True),
    ("MUSSINO Elena", "Consigliere", False), ("PEROTTI Andrea", "Consigliere", True),
    ("ROSTAGNO Enrico", "Consigliere", True), ("TOSCO Valentina", "Consigliere", True),
    ("UGHETTO Franco", "Consigliere", False),
]
rt = doc.add_table(rows=1, cols=5)
rt.style = "Table Grid"
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(0.9), Cm(6.0), Cm(5.0), Cm(1.7), Cm(1.7)]
for i, h in enumerate(["N.", "Cognome e Nome", "Carica", "Pres.", "Ass."]):
    c = rt.rows[0].cells[i]
    c.width = widths[i]
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
for n, (name, role, pres) in enumerate(roll, 1):
    row = rt.add_row().cells
    vals = [str(n), name, role, "X" if pres else "", "" if pres else "X"]
    for i, v in enumerate(vals):
        row[i].width = widths[i]
        pp = row[i].paragraphs[0]
        pp.paragraph_format.space_after = Pt(0)
        if i >= 3 or i == 0:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v); rr.font.size = Pt(9)
fix_widths(rt, widths)
para("Presenti n. 15        Assenti n. 2", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, before=3)

para("Sono altresì presenti, senza diritto di voto, gli Assessori esterni Sigg. Federica Borello, "
     "Stefano Cravero e Marta Pautasso.")
para("Partecipa alla seduta il Segretario Generale Dott.ssa Paola Ferrua, che cura la redazione del verbale.")
para("Assume la presidenza la Sig.ra Daniela Actis, Presidente del Consiglio Comunale, la quale, "
     "riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta ed invita il Consiglio "
     "a deliberare sull'oggetto sopra indicato, iscritto al punto n. 2 dell'ordine del giorno.")

para("Proposta di deliberazione n. 3 del 08/01/2029 - Settore proponente: Settore Ambiente e Territorio",
     size=8.5, italic=True, before=4)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for s in [
    "Udita la relazione dell'Assessore all'Ambiente, Sig.ra Marta Pautasso, la quale illustra i contenuti "
    "del Regolamento predisposto dal Settore Ambiente e Territorio ed esaminato dalla II Commissione "
    "Consiliare Permanente nella seduta del 12/01/2029;",
    "Premesso che l'Amministrazione intende valorizzare le aree verdi di proprietà comunale situate "
    "in località Santa Cristina, destinandole alla coltivazione ortiva da parte di cittadini residenti, "
    "associazioni e istituzioni scolastiche, con finalità sociali, educative e di presidio del territorio;",
    "Ritenuto necessario disciplinare con apposito regolamento i requisiti per l'assegnazione dei lotti, "
    "la durata delle concessioni, gli obblighi degli assegnatari e il canone annuo di utilizzo;",
    "Visto l'art. 7 del D.Lgs. 18 agosto 2000, n. 267, in materia di potestà regolamentare dei Comuni;",
    "Visti i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 267/2000 in ordine alla "
    "regolarità tecnica dal Responsabile del Settore Ambiente e Territorio e in ordine alla regolarità "
    "contabile dal Responsabile del Settore Finanziario;",
    "Dato atto che nel corso della discussione intervengono i Consiglieri Marchetti, Chiadò e Rostagno, "
    "nonché il Sindaco, come da registrazione integrale conservata agli atti;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dalla Presidente:",
]:
    para(s)

vt = doc.add_table(rows=2, cols=5)
vt.style = "Table Grid"
vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (h, v) in enumerate(zip(["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"],
                               ["15", "13", "10", "3", "2"])):
    for rix, txt in ((0, h), (1, v)):
        c = vt.rows[rix].cells[i]
        c.width = Cm(2.6)
        pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(txt); rr.bold = rix == 0; rr.font.size = Pt(9)
fix_widths(vt, [Cm(2.6)] * 5)
para("(contrari: Barbero, Chiadò, Marchetti; astenuti: Allasia, Rostagno)", size=8.5,
     align=WD_ALIGN_PARAGRAPH.CENTER, before=2)

para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for n, s in enumerate([
    "di approvare il Regolamento comunale per l'assegnazione e la gestione degli orti urbani, composto "
    "da n. 18 articoli, nel testo allegato alla presente deliberazione quale parte integrante e sostanziale;",
    "di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione "
    "all'Albo Pretorio on line della presente deliberazione;",
    "di demandare al Responsabile del Settore Ambiente e Territorio l'adozione degli atti conseguenti, "
    "ivi compresa la pubblicazione del primo avviso per l'assegnazione dei lotti.",
], 1):
    p = para(f"{n}. {s}")
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)

para("Successivamente, con separata votazione espressa per alzata di mano, che dà il seguente risultato:",
     before=4)
vt = doc.add_table(rows=2, cols=5)
vt.style = "Table Grid"
vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (h, v) in enumerate(zip(["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"],
                               ["15", "15", "12", "3", "0"])):
    for rix, txt in ((0, h), (1, v)):
        c = vt.rows[rix].cells[i]
        c.width = Cm(2.6)
        pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(txt); rr.bold = rix == 0; rr.font.size = Pt(9)
fix_widths(vt, [Cm(2.6)] * 5)
para("il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi "
     "dell'art. 134, comma 4, del D.Lgs. 267/2000, al fine di consentire l'avvio delle assegnazioni "
     "per la stagione colturale 2029.", before=4)

para("Letto, confermato e sottoscritto.", before=10)
ft = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("LA PRESIDENTE", "IL SEGRETARIO GENERALE"),
                            ("Daniela Actis", "Dott.ssa Paola Ferrua"),
                            ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for j, v in enumerate((a, b)):
        pp = ft.rows[i].cells[j].paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(v); rr.font.size = Pt(9.5); rr.italic = i == 2

doc.core_properties.author = "Sicraweb - Atti amministrativi"
doc.core_properties.title = "Deliberazione C.C. n. 2/2029"
doc.save(out)
