#!/usr/bin/env python3
"""San Ferdinando di Puglia, Consiglio Comunale n. 19 of 13/05/2027 -- the
"Hypersic" house style written as a .docx with python-docx (exported to PDF
by LibreOffice in build.sh): crest and name centred, an identification grid
with number and date, the roll in two side-by-side columns, a Word numbered
list for the dispositivo and a footer with PAGE/NUMPAGES fields."""
import sys
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sanferdinando_common import crest_png

OUT = sys.argv[1]
TMP = sys.argv[2]
crest = os.path.join(TMP, "crest-sfp.png")
crest_png(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1
doc.core_properties.author = "Hypersic - Segreteria"
doc.core_properties.title = "Deliberazione C.C. n. 19 del 13/05/2027"


def para(text="", bold=False, size=None, align=None, after=None, italic=False, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "000000")
        b.append(x)
    pr.append(b)


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = Mm(w)


def cell_text(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align


# footer: running foot with the number and page fields
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione di Consiglio Comunale n. 19 del 13/05/2027 – Pag. ")
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

# letterhead
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p.add_run().add_picture(crest, width=Mm(13))
para("COMUNE DI SAN FERDINANDO DI PUGLIA", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Provincia di Barletta – Andria – Trani", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, italic=True)
para("Piazza Umberto I, 1 – 76017 San Ferdinando di Puglia (BT)", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

t = doc.add_table(rows=2, cols=4)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(t.cell(0, 0), "N.", True, 9); cell_text(t.cell(0, 1), "19", True, 12)
cell_text(t.cell(0, 2), "Data", True, 9); cell_text(t.cell(0, 3), "13/05/2027", True, 12)
cell_text(t.cell(1, 0), "Oggetto:", True, 9)
widths(t, (18, 52, 18, 82))
m = t.cell(1, 1).merge(t.cell(1, 3))
cell_text(m, "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE DELL'ESERCIZIO FINANZIARIO 2026, "
             "AI SENSI DELL'ART. 227 DEL D.LGS. 18 AGOSTO 2000, N. 267.", True, 11)

para("", after=2)
para("L'anno duemilaventisette, il giorno tredici del mese di maggio, alle ore 18:30, nella Sala "
     "consiliare del Palazzo di Città, in sessione ordinaria ed in seduta pubblica di prima "
     "convocazione, previo avviso scritto notificato ai Consiglieri nei modi e termini di legge, si è "
     "riunito il Consiglio Comunale.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("All'appello nominale risultano:", after=2)

roll = [("PALMIERI Salvatore", "Sindaco", True), ("DIPACE Antonio", "Presidente del Consiglio", True),
        ("SCARINGELLA Maria", "Consigliere", True), ("LAMACCHIA Giuseppe", "Consigliere", True),
        ("DI BIASE Rosanna", "Consigliere", True), ("CAPOZZA Nicola", "Consigliere", False),
        ("RUSSO Francesca", "Consigliere", True), ("DEL VECCHIO Luigi", "Consigliere", True),
        ("ACQUAVIVA Sabino", "Consigliere", True), ("LOSITO Teresa", "Consigliere", True),
        ("MASTROPASQUA Vito", "Consigliere", True), ("DIMONTE Carmela", "Consigliere", False),
        ("SGARAMELLA Ruggiero", "Consigliere", True), ("CASAMASSIMA Leonardo", "Consigliere", True),
        ("PAOLILLO Angela", "Consigliere", False), ("TAVOLARE Domenico", "Consigliere", True),
        ("DE MARTINO Grazia", "Consigliere", True)]
left, right = roll[:9], roll[9:]
rt = doc.add_table(rows=10, cols=8)
borders(rt, 4)
hdr = ["Consigliere", "Carica", "P", "A"] * 2
for i, h in enumerate(hdr):
    cell_text(rt.cell(0, i), h, True, 8.5, WD_ALIGN_PARAGRAPH.CENTER if h in "PA" else None)
for k in range(9):
    for col0, lst in ((0, left), (4, right)):
        if k < len(lst):
            n, role, pres = lst[k]
            num = k + 1 + (0 if col0 == 0 else 9)
            cell_text(rt.cell(k + 1, col0), f"{num}. {n}", False, 8.5)
            cell_text(rt.cell(k + 1, col0 + 1), role, False, 7.5)
            cell_text(rt.cell(k + 1, col0 + 2), "X" if pres else "", False, 9, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(rt.cell(k + 1, col0 + 3), "" if pres else "X", False, 9, WD_ALIGN_PARAGRAPH.CENTER)
widths(rt, (44, 32, 5, 4) * 2)
para("Presenti n. 14 – Assenti n. 3", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, before=3)

para("Presiede la seduta il Presidente del Consiglio Comunale avv. Antonio Dipace.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Partecipa il Segretario Generale dott.ssa Annalisa Cafagna, con funzioni di assistenza giuridico-"
     "amministrativa e di verbalizzazione, ai sensi dell'art. 97 del D.Lgs. 267/2000.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita il Consiglio a "
     "trattare l'argomento indicato in oggetto, iscritto al punto 2 dell'ordine del giorno.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Proposta n. 24 del 28/04/2027 – Settore proponente: Settore Economico Finanziario",
     size=9, italic=True, after=6)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
for tx in [
    "PREMESSO che, ai sensi dell'art. 227 del D.Lgs. 18 agosto 2000, n. 267, la dimostrazione dei "
    "risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, "
    "il conto economico e lo stato patrimoniale, ed è deliberato dall'organo consiliare;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 58 del 08/04/2027, con la quale sono stati "
    "approvati lo schema di rendiconto dell'esercizio 2026 e la relazione illustrativa di cui "
    "all'art. 151, comma 6, del D.Lgs. 267/2000;",
    "RICHIAMATA altresì la deliberazione della Giunta Comunale n. 52 del 27/03/2027, di approvazione "
    "del riaccertamento ordinario dei residui attivi e passivi al 31/12/2026;",
    "VISTA la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo "
    "n. 8731 del 22/04/2027, che esprime parere favorevole all'approvazione del rendiconto;",
    "DATO ATTO che lo schema di rendiconto e i relativi allegati sono stati messi a disposizione dei "
    "Consiglieri comunali nei termini previsti dal vigente Regolamento di contabilità;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del "
    "Settore Economico Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "UDITI gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta;",
    "CON la seguente votazione, espressa per alzata di mano: Presenti n. 14 – Votanti n. 13 – Voti "
    "favorevoli n. 10 – Voti contrari n. 3 (Sgaramella, Casamassima, De Martino) – Astenuti n. 1 "
    "(Tavolare);",
]:
    para(tx, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
for tx in [
    "di approvare il rendiconto della gestione dell'esercizio finanziario 2026, composto dal conto del "
    "bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti "
    "dall'art. 11, comma 4, del D.Lgs. 118/2011;",
    "di accertare un risultato di amministrazione al 31/12/2026 pari a € 4.386.912,47, di cui parte "
    "accantonata € 2.914.305,11, parte vincolata € 786.220,38, parte destinata agli investimenti "
    "€ 121.004,65 e parte disponibile € 565.382,33;",
    "di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri "
    "obiettivi di cui al D.M. 4 agosto 2023;",
    "di disporre la trasmissione dei dati del rendiconto alla Banca Dati delle Amministrazioni "
    "Pubbliche (BDAP) entro trenta giorni dall'approvazione.",
]:
    p = doc.add_paragraph(tx, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("Successivamente, con separata votazione espressa per alzata di mano (Presenti n. 14 – Votanti "
     "n. 13 – Voti favorevoli n. 10 – Voti contrari n. 3 – Astenuti n. 1), il Consiglio Comunale "
     "dichiara il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
     "del D.Lgs. 267/2000.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)

para("Letto, approvato e sottoscritto.", before=10, after=6)
sg = doc.add_table(rows=3, cols=2)
cell_text(sg.cell(0, 0), "IL PRESIDENTE DEL CONSIGLIO", True, 10, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(sg.cell(0, 1), "IL SEGRETARIO GENERALE", True, 10, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(sg.cell(1, 0), "avv. Antonio Dipace", False, 10, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(sg.cell(1, 1), "dott.ssa Annalisa Cafagna", False, 10, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(sg.cell(2, 0), "(firmato digitalmente)", False, 8, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(sg.cell(2, 1), "(firmato digitalmente)", False, 8, WD_ALIGN_PARAGRAPH.CENTER)
widths(sg, (85, 85))

para("PARERI (art. 49 D.Lgs. 267/2000)", bold=True, size=10, before=14)
para("Regolarità tecnica: FAVOREVOLE – Regolarità contabile: FAVOREVOLE. San Ferdinando di Puglia, "
     "29/04/2027. Il Responsabile del Settore Economico Finanziario, dott. Giuseppe Dargenio.", size=9.5,
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
doc.save(OUT)
