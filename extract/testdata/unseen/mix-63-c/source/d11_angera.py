# Angera: Consiglio comunale deliberation, python-docx .docx (Word-like template) converted by LibreOffice Writer.
# Roll in a two-column table (two members per row, P/A/AG marks), number and date in a running-head table,
# date in words in the body.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8); sec.header_distance = Cm(0.8)
def fld(par, code):
    r = par.add_run(); a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r._r.append(t)
    r = par.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r._r.append(b)
h = sec.header; hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Comune di Angera – Deliberazione C.C. N. 31 del 16/07/2026 – pag. "); r.font.size = Pt(8); r.italic = True
fld(hp, "PAGE")
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Piazza Garibaldi n. 10 – 21021 Angera (VA) – comune.angera@legalmail.it"); r.font.size = Pt(8)
def P(text="", bold=False, align=None, size=None, italic=False, after=4, before=0):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if align: p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws): gc.set(qn("w:w"), str(int(w / 635)))   # EMU -> twips
    for row in table.rows:
        for c, w in zip(row.cells, ws): c.width = w
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color); tcPr.append(s)
C = WD_ALIGN_PARAGRAPH.CENTER; J = WD_ALIGN_PARAGRAPH.JUSTIFY
P("COMUNE DI ANGERA", True, C, 18, after=0)
P("Provincia di Varese", False, C, 11, italic=True, after=10)
P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, C, 13, after=2)
P("N. 31 del 16/07/2026", True, C, 12, after=2)
P("Adunanza straordinaria di prima convocazione – seduta pubblica", False, C, 9.5, italic=True, after=10)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(t, [Cm(2.8), Cm(13.8)])
t.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
t.cell(0, 1).paragraphs[0].add_run("VARIANTE PARZIALE AL PIANO DELLE REGOLE DEL P.G.T. PER LA RIQUALIFICAZIONE DELL'AREA DELL'EX CANTIERE NAUTICO SUL LUNGOLAGO – ADOZIONE AI SENSI DELL'ART. 13 DELLA L.R. 12/2005.").bold = True
P(after=6)
P("L'anno duemilaventisei addì sedici del mese di luglio alle ore 20:30 nella Sala Consiliare \"Rocca Borromeo\" del Palazzo Municipale, previa osservanza delle formalità prescritte dalla vigente legge e dal regolamento, sono stati convocati a seduta i Consiglieri comunali. All'appello risultano:", align=J, after=6)
roll = [("MOLINARI Alessandra", "Sindaco", "P"), ("BRUSA Claudio", "Consigliere", "P"), ("CERUTTI Paola", "Consigliere", "P"),
        ("ZANZI Roberto", "Consigliere", "AG"), ("FRANZETTI Giorgio", "Consigliere", "P"), ("BIANCHI Laura", "Consigliere", "P"),
        ("MAGNI Stefano", "Consigliere", "P"), ("VANONI Chiara", "Consigliere", "P"), ("RIVOLTA Enrico", "Consigliere", "A"),
        ("TOGNOLI Marta", "Consigliere", "P"), ("PARIANI Fabio", "Consigliere", "P"), ("COLOMBO Sergio", "Consigliere", "P"),
        ("GALLI Federica", "Consigliere", "P")]
half = (len(roll) + 1) // 2
rt = d.add_table(rows=1 + half, cols=6); rt.style = "Table Grid"; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, hdr in enumerate(["Cognome e nome", "Carica", "P/A"] * 2):
    c = rt.cell(0, j); c.paragraphs[0].add_run(hdr).bold = True; shade(c, "D9D9D9")
for i in range(half):
    for k, idx in enumerate((i, i + half)):
        if idx >= len(roll): continue
        for j, v in enumerate(roll[idx]):
            c = rt.cell(1 + i, 3 * k + j); c.paragraphs[0].add_run(v)
            if j == 2: c.paragraphs[0].alignment = C
widths(rt, [Cm(4.6), Cm(2.4), Cm(1.2)] * 2)
for row in rt.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs: r.font.size = Pt(9.5)
P("Presenti n. 11 – Assenti n. 2 (di cui assenti giustificati n. 1). Legenda: P = presente, A = assente, AG = assente giustificato.", False, None, 9, italic=True, before=4, after=6)
P("Partecipa alla seduta il Segretario Generale dott.ssa Roberta Crivelli, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, la dott.ssa Alessandra Molinari, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta.", align=J, after=8)
P("IL CONSIGLIO COMUNALE", True, C, before=4)
for s in ["PREMESSO che il Comune di Angera è dotato di Piano di Governo del Territorio approvato con deliberazione del Consiglio comunale n. 42 del 27/11/2014, successivamente variato;",
          "CONSIDERATO che l'area dell'ex cantiere nautico in località Lungolago, dismessa da oltre dieci anni, presenta condizioni di degrado e che la proprietà ha presentato una proposta di riqualificazione a destinazione turistico-ricettiva con cessione al Comune di una fascia a lago per la realizzazione della passeggiata pubblica;",
          "VISTI gli elaborati della variante redatti dall'Area Tecnica e il rapporto preliminare della verifica di assoggettabilità alla VAS, conclusa con decreto di non assoggettabilità dell'Autorità competente del 18/06/2026;",
          "VISTA la L.R. 11 marzo 2005, n. 12 e in particolare l'art. 13;",
          "UDITA la relazione dell'Assessore all'Urbanistica e il dibattito consiliare, integralmente registrato;",
          "ACQUISITO il parere favorevole di regolarità tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "CON VOTI favorevoli n. 8, contrari n. 3 (Tognoli, Pariani, Colombo), astenuti n. 0, espressi per alzata di mano dagli 11 consiglieri presenti e votanti;"]:
    P(s, align=J)
P("D E L I B E R A", True, C, before=6, after=6)
for i, s in enumerate(["di adottare la variante parziale al Piano delle Regole del P.G.T. relativa all'area dell'ex cantiere nautico sul Lungolago, costituita dagli elaborati allegati alla presente;",
                       "di disporre il deposito degli atti presso la Segreteria comunale per trenta giorni consecutivi e la pubblicazione dell'avviso sul BURL, all'Albo Pretorio on line e sul sito istituzionale;",
                       "di dare mandato al Responsabile dell'Area Tecnica di trasmettere la variante agli enti competenti per i pareri di legge."], 1):
    p = P(f"{i}) {s}", align=J); p.paragraph_format.left_indent = Cm(0.7); p.paragraph_format.first_line_indent = Cm(-0.7)
P("Successivamente, con voti favorevoli n. 8, contrari n. 3, astenuti n. 0, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align=J, before=4)
P("Letto, confermato e sottoscritto.", before=8, after=10)
s = d.add_table(rows=2, cols=2); s.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (a, b) in enumerate([("IL PRESIDENTE", "dott.ssa Alessandra Molinari"), ("IL SEGRETARIO GENERALE", "dott.ssa Roberta Crivelli")]):
    s.cell(0, j).paragraphs[0].add_run(a).bold = True; s.cell(0, j).paragraphs[0].alignment = C
    s.cell(1, j).paragraphs[0].add_run(b); s.cell(1, j).paragraphs[0].alignment = C
P("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005.", False, C, 8.5, italic=True, before=10)
d.save(sys.argv[1])
