#!/usr/bin/env python3
"""Comune di Soragna - Consiglio n. 38 del 16/09/2027 - house style "Sicraweb",
exported as a Word model (.docx) converted by LibreOffice.

The roll has Carica and Gruppo (maggioranza / minoranza) columns, a repeated
header row, and breaks across pages 1 and 2. A councillor who came in after
the appello is noted in the roll's presence cell.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-38-soragna-sicraweb.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
sec.header_distance = Mm(10)
sec.footer_distance = Mm(9)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.25


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


# running head and foot
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Comune di Soragna - Deliberazione di Consiglio Comunale n. 38 del 16/09/2027")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Soragna - Piazza Garibaldi, 35 - 43019 Soragna (PR)  -  pag. ")
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); add_field(r, "PAGE")


def para(text="", bold=False, align=None, size=None, after=None, before=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p


def fix_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tbl.tblPr.append(lay)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]


def set_cell_border(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


# letterhead
lh = doc.add_table(rows=2, cols=2)
lh.alignment = WD_TABLE_ALIGNMENT.CENTER
c = lh.cell(0, 0); c.width = Mm(120)
r = c.paragraphs[0].add_run("COMUNE DI SORAGNA"); r.bold = True; r.font.size = Pt(16)
r = lh.cell(1, 0).paragraphs[0].add_run("Provincia di Parma"); r.font.size = Pt(10)
oc = lh.cell(0, 1); oc.width = Mm(48)
op = oc.paragraphs[0]; op.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = op.add_run("ORIGINALE"); r.bold = True
fix_widths(lh, [Mm(120), Mm(48)])
tcPr = oc._tc.get_or_add_tcPr()
bd = OxmlElement("w:tcBorders")
for e in ("top", "left", "bottom", "right"):
    el = OxmlElement("w:" + e); el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "8"); bd.append(el)
tcPr.append(bd)

para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align="c", size=12, before=10, after=6)
g = doc.add_table(rows=1, cols=3)
set_cell_border(g)
for i, (a, b) in enumerate([("Deliberazione n. ", "38"), ("in data ", "16/09/2027"),
                            ("Adunanza ordinaria - prima convocazione - seduta pubblica", "")]):
    p = g.cell(0, i).paragraphs[0]
    p.add_run(a)
    if b:
        rr = p.add_run(b); rr.bold = True
fix_widths(g, [Mm(45), Mm(45), Mm(78)])
para(after=2)
t = doc.add_table(rows=1, cols=2)
t.cell(0, 0).width = Mm(25); t.cell(0, 1).width = Mm(143)
fix_widths(t, [Mm(25), Mm(143)])
rr = t.cell(0, 0).paragraphs[0].add_run("OGGETTO:"); rr.bold = True
rr = t.cell(0, 1).paragraphs[0].add_run(
    "ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE 2027/2029 "
    "AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000")
rr.bold = True
para(after=2)
para("L'anno duemilaventisette, addì sedici del mese di settembre alle ore 20:45, nella sala consiliare "
     "della Residenza Municipale, a seguito di convocazione disposta dal Sindaco con avviso prot. n. 10198 "
     "dell'8 settembre 2027, notificato ai Consiglieri nei modi e nei termini previsti dal vigente "
     "Regolamento del Consiglio Comunale e pubblicato all'Albo Pretorio on line, si è riunito il Consiglio "
     "Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.", align="j")
para("La seduta è trasmessa in diretta sul canale istituzionale del Comune ai sensi dell'art. 14 del "
     "Regolamento del Consiglio Comunale. Sono presenti in sala il Revisore dei conti, dott. Paolo "
     "Ferrari, e il Responsabile dell'Area Finanziaria, dott.ssa Monica Pelosi, invitati a relazionare "
     "sul presente punto.", align="j")
para("L'ordine del giorno della seduta reca: 1) comunicazioni del Sindaco; 2) assestamento generale e "
     "salvaguardia degli equilibri del bilancio di previsione 2027/2029; 3) modifica del regolamento per "
     "l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria; "
     "4) interrogazioni e interpellanze.", align="j")
para("Si dà atto che all'appello iniziale, eseguito dal Segretario Comunale alle ore 20:45, risultavano "
     "presenti n. 11 Consiglieri e assenti n. 2 (Concari, Malpeli) e che, durante la trattazione del punto "
     "n. 1 dell'ordine del giorno (comunicazioni del Sindaco), è entrato in aula il Consigliere Malpeli.",
     align="j")
para("Il Sindaco introduce il punto n. 2 dell'ordine del giorno. Al momento della trattazione del "
     "presente argomento risultano presenti e assenti i seguenti Consiglieri, come da appello nominale "
     "eseguito dal Segretario Comunale e dalle successive variazioni annotate a verbale:", align="j")

roll = [
    ("1", "PEZZANI Giorgio", "Sindaco", "maggioranza", "Presente"),
    ("2", "CAVALLI Elisa", "Consigliere", "maggioranza", "Presente"),
    ("3", "GHIDINI Marco", "Consigliere", "maggioranza", "Presente"),
    ("4", "BOCCHI Laura", "Consigliere", "maggioranza", "Presente"),
    ("5", "TEDESCHI Andrea", "Consigliere", "maggioranza", "Presente"),
    ("6", "FERRARINI Chiara", "Consigliere", "maggioranza", "Presente"),
    ("7", "ROSSETTI Paolo", "Consigliere", "maggioranza", "Presente"),
    ("8", "ZANICHELLI Luca", "Consigliere", "maggioranza", "Presente"),
    ("9", "SCARAMUZZA Sara", "Consigliere", "maggioranza", "Presente"),
    ("10", "CONCARI Davide", "Consigliere", "minoranza", "Assente giustificato"),
    ("11", "BOTTAZZI Federica", "Consigliere", "minoranza", "Presente"),
    ("12", "MALPELI Stefano", "Consigliere", "minoranza", "Presente (entra alle ore 21:05)"),
    ("13", "ARDUINI Giulia", "Consigliere", "minoranza", "Presente"),
]
rt = doc.add_table(rows=1, cols=5)
set_cell_border(rt)
widths = [Mm(12), Mm(52), Mm(30), Mm(30), Mm(44)]
hdr = ["N.", "Cognome e nome", "Carica", "Gruppo", "Presenza"]
for i, h in enumerate(hdr):
    cc = rt.rows[0].cells[i]; cc.width = widths[i]
    rr = cc.paragraphs[0].add_run(h); rr.bold = True
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), "E6E6E6")
    cc._tc.get_or_add_tcPr().append(sh)
trPr = rt.rows[0]._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for row in roll:
    cells = rt.add_row().cells
    for i, v in enumerate(row):
        cells[i].width = widths[i]
        cells[i].paragraphs[0].add_run(v)
        cells[i].paragraphs[0].paragraph_format.space_after = Pt(1)
fix_widths(rt, widths)
para(after=0)
para("Presenti n. 12          Assenti n. 1", bold=True)
para("Partecipa alla seduta, con funzioni consultive, referenti e di assistenza e ne cura la "
     "verbalizzazione, il Segretario Comunale dott.ssa Roberta Manfredi.", align="j")
para("Presiede la seduta il Sindaco, dott. Giorgio Pezzani, il quale, riconosciuta la validità del numero "
     "legale, invita il Consiglio a deliberare sull'oggetto sopra indicato.", align="j")
para("IL CONSIGLIO COMUNALE", bold=True, align="c", before=8)
for t_ in [
    "UDITA la relazione dell'Assessore al Bilancio, Laura Bocchi, che illustra le variazioni proposte e "
    "gli esiti della verifica degli equilibri, e il successivo dibattito, i cui interventi sono riportati "
    "nella registrazione della seduta conservata agli atti;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 12 del 27/03/2027, con la quale è stato "
    "approvato il bilancio di previsione 2027/2029, e la deliberazione del Consiglio Comunale n. 21 del "
    "29/04/2027, di approvazione del rendiconto della gestione 2026;",
    "VISTI gli artt. 175, comma 8, e 193 del D.Lgs. 18 agosto 2000, n. 267, che prevedono l'approvazione, "
    "entro il 31 luglio, della variazione di assestamento generale e la verifica del permanere degli "
    "equilibri generali di bilancio, termine differito per l'anno 2027 al 30 settembre;",
    "DATO ATTO che dalla verifica effettuata dal Responsabile dell'Area Finanziaria non emergono situazioni "
    "di squilibrio della gestione di competenza, di cassa e dei residui, e che il fondo crediti di dubbia "
    "esigibilità risulta congruo;",
    "ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 18 del "
    "9 settembre 2027, e i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
    "dell'art. 49 del D.Lgs. 267/2000;",
    "Con la seguente votazione, espressa in forma palese per alzata di mano: presenti n. 12, votanti n. 12, "
    "voti favorevoli n. 9, voti contrari n. 3 (Bottazzi, Malpeli, Arduini), astenuti n. 0;",
]:
    para(t_, align="j")
para("DELIBERA", bold=True, align="c", before=6)
pts = [
    "di approvare la variazione di assestamento generale al bilancio di previsione 2027/2029, ai sensi "
    "dell'art. 175, comma 8, del D.Lgs. 267/2000, come risultante dagli allegati A (parte entrata) e "
    "B (parte spesa);",
    "di dare atto del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del "
    "D.Lgs. 267/2000, come da prospetto allegato C;",
    "di dare atto che non risultano debiti fuori bilancio da riconoscere alla data odierna;",
    "di trasmettere la presente deliberazione al Tesoriere comunale e di pubblicarla nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
]
for i, p_ in enumerate(pts, 1):
    p = para("%d) %s" % (i, p_), align="j")
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
para("Successivamente, con separata votazione palese che dà il seguente esito: presenti n. 12, votanti "
     "n. 12, voti favorevoli n. 9, voti contrari n. 3 (Bottazzi, Malpeli, Arduini), astenuti n. 0, la "
     "presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
     "D.Lgs. 267/2000.", align="j", before=6)
para("Letto, approvato e sottoscritto.", before=10)
s = doc.add_table(rows=3, cols=2)
fix_widths(s, [Mm(84), Mm(84)])
for i, (a, b) in enumerate([("IL SINDACO", "IL SEGRETARIO COMUNALE"),
                            ("dott. Giorgio Pezzani", "dott.ssa Roberta Manfredi"),
                            ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for j, v in enumerate((a, b)):
        p = s.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(v); rr.bold = (i == 0)
        if i == 2: rr.italic = True; rr.font.size = Pt(8.5)
doc.core_properties.author = "Segreteria - Comune di Soragna"
doc.core_properties.title = "Deliberazione di Consiglio Comunale n. 38 del 16/09/2027"
doc.save(OUT)
print(OUT)
