#!/usr/bin/env python3
"""C.I.S.A. Ovest Ticino - Consiglio di Amministrazione, deliberazione n. 31 del 18/08/2027.
A .docx (python-docx) in the consortium's Sicraweb-like model, exported by
LibreOffice: the organ is printed only in the title, the letterhead names
the member Comuni, the foot of each page repeats the number."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.12
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def grid(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.mm * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def para(container, text="", bold=False, size=None, align=None, italic=False, after=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER

ft = sec.footer.paragraphs[0]
ft.alignment = C
r = ft.add_run("C.I.S.A. Ovest Ticino \u2013 Deliberazione del C.d.A. n. 31 del 18/08/2027 \u2013 pag. ")
r.font.size = Pt(7.5)
r = ft.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")

# letterhead in the body, as the model has it
lh = doc.add_table(rows=1, cols=2)
grid(lh, [Mm(30), Mm(140)])
a, b = lh.rows[0].cells
shade(a, "7A1F3D")
p = a.paragraphs[0]; p.alignment = C
r = p.add_run("C.I.S.A.\nOVEST\nTICINO"); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(255, 255, 255)
p = b.paragraphs[0]
r = p.add_run("CONSORZIO INTERCOMUNALE PER I SERVIZI SOCIO ASSISTENZIALI OVEST TICINO")
r.bold = True; r.font.size = Pt(9.2); r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x3d)
para(b, "Via Cavour n. 24 \u2013 28068 Romentino (NO) \u2013 C.F. 94019430037", size=8.5, after=0)
para(b, "PEC: cisaovestticino@legalmail.it \u2013 tel. 0321 868311", size=8.5, after=2)
para(b, "Comuni consorziati: Cerano, Galliate, Romentino, Sozzago, Terdobbiate, Tornaco, Trecate",
     size=8, italic=True, after=0)
para(doc, after=2)

para(doc, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", bold=True, size=12.5, align=C, after=2)
para(doc, "N. 31 del 18/08/2027", bold=True, size=11.5, align=C, after=6)
pt = doc.add_table(rows=2, cols=2)
pt.style = "Table Grid"
grid(pt, [Mm(28), Mm(142)])
pt.rows[0].cells[0].paragraphs[0].add_run("Proposta").bold = True
pt.rows[0].cells[1].paragraphs[0].add_run("n. 36 del 11/08/2027 \u2013 Ufficio proponente: AREA MINORI E FAMIGLIE")
pt.rows[1].cells[0].paragraphs[0].add_run("OGGETTO").bold = True
pt.rows[1].cells[1].paragraphs[0].add_run(
    "Assegnazione ai Comuni consorziati dei contributi per l'inserimento di minori con disabilità nei centri "
    "estivi 2027 e approvazione del relativo riparto.").bold = True
para(doc, after=2)
para(doc, "L'anno duemilaventisette, il giorno diciotto del mese di agosto, alle ore 15:00, presso la sede "
     "consortile di Romentino, regolarmente convocato, si è riunito il Consiglio di Amministrazione nelle "
     "persone dei Signori:", align=J)
rows = [("BARBERIS Giulia", "Presidente", "Trecate", True), ("CAMPANA Enrico", "Vice Presidente", "Galliate", True),
        ("FERRARI Davide", "Consigliere", "Romentino", True), ("TOSI Mariangela", "Consigliere", "Cerano", True),
        ("PASTORE Ilaria", "Consigliere", "Tornaco", False)]
rt = doc.add_table(rows=len(rows) + 2, cols=5)
rt.style = "Table Grid"
for j, h in enumerate(["Componente", "Carica", "Designato dal Comune di", "Presente", "Assente"]):
    c = rt.rows[0].cells[j]; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); shade(c, "E8E1E4")
for i, (n, car, com, pr) in enumerate(rows, 1):
    for j, v in enumerate([n, car, com, "X" if pr else "", "" if pr else "X"]):
        c = rt.rows[i].cells[j]; c.paragraphs[0].add_run(v).font.size = Pt(9)
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
        if j >= 3: c.paragraphs[0].alignment = C
last = rt.rows[-1].cells
last[2].paragraphs[0].add_run("Totale").bold = True
last[3].paragraphs[0].add_run("4").bold = True; last[3].paragraphs[0].alignment = C
last[4].paragraphs[0].add_run("1").bold = True; last[4].paragraphs[0].alignment = C
grid(rt, [Mm(50), Mm(32), Mm(48), Mm(20), Mm(20)])
para(doc, after=2)
para(doc, "Presiede la Dott.ssa Giulia Barberis, Presidente del Consiglio di Amministrazione. Partecipa il "
     "Segretario del Consorzio, Dott.ssa Elena Bovio, che provvede alla redazione del presente verbale. È "
     "altresì presente il Direttore, Dott. Marco Zanotti. La Presidente, riconosciuto legale il numero degli "
     "intervenuti, invita il Consiglio a deliberare sull'oggetto sopra indicato.", align=J)
para(doc, "IL CONSIGLIO DI AMMINISTRAZIONE", bold=True, align=C)
for tx in [
    "Premesso che con deliberazione dell'Assemblea consortile n. 4 del 28/04/2027 è stato approvato il "
    "Piano programma 2027, che prevede il sostegno ai Comuni consorziati per l'inclusione dei minori con "
    "disabilità nei centri estivi comunali mediante l'assegnazione di personale educativo di supporto o di "
    "contributi economici equivalenti;",
    "Dato atto che, in esito all'avviso prot. n. 1504 del 22/04/2027, i Comuni di Cerano, Galliate, "
    "Romentino, Terdobbiate e Trecate hanno comunicato l'inserimento complessivo di 23 minori con "
    "disabilità certificata, per un totale di 1.840 ore di assistenza educativa;",
    "Vista la proposta di riparto predisposta dall'Area Minori e Famiglie, che assegna le risorse "
    "disponibili, pari a euro 41.400,00, in proporzione alle ore di assistenza effettivamente rese e "
    "rendicontate dai Comuni al 31 luglio 2027;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. n. 267/2000;",
    "All'unanimità dei voti favorevoli dei presenti, espressi in forma palese;"]:
    para(doc, tx, align=J)
para(doc, "DELIBERA", bold=True, align=C)
for i, tx in enumerate([
    "di approvare il riparto dei contributi per l'inserimento di minori con disabilità nei centri estivi "
    "2027, come da prospetto allegato, per l'importo complessivo di euro 41.400,00;",
    "di assegnare ai Comuni di Cerano, Galliate, Romentino, Terdobbiate e Trecate le somme indicate nel "
    "prospetto, da liquidarsi a presentazione del rendiconto finale entro il 30 settembre 2027;",
    "di demandare al Responsabile dell'Area Minori e Famiglie l'adozione dei provvedimenti di impegno e "
    "liquidazione;",
    "di comunicare il presente atto ai Comuni consorziati."], 1):
    p = para(doc, "%d) %s" % (i, tx), align=J)
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
para(doc, "Con successiva votazione unanime, il Consiglio di Amministrazione dichiara la presente deliberazione "
     "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", align=J)
para(doc, "Letto, confermato e sottoscritto.", after=8)
sg = doc.add_table(rows=2, cols=2)
grid(sg, [Mm(85), Mm(85)])
for j, (a1, a2) in enumerate([("LA PRESIDENTE", "Dott.ssa Giulia Barberis"),
                              ("IL SEGRETARIO", "Dott.ssa Elena Bovio")]):
    sg.rows[0].cells[j].paragraphs[0].add_run(a1).bold = True
    sg.rows[1].cells[j].paragraphs[0].add_run(a2)
    for rr in (0, 1):
        sg.rows[rr].cells[j].paragraphs[0].alignment = C
para(doc, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate.",
     size=7.5, italic=True, align=C)
doc.core_properties.author = "CISA Ovest Ticino"
doc.core_properties.title = "Delibera CdA 31/2027"
doc.save(OUT)
