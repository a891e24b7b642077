#!/usr/bin/env python3
"""Fara Filiorum Petri, Consiglio n. 14/2027: the house style typed as a
Word model (python-docx), exported by LibreOffice. Letterhead in the first
page's header, a 3-cell header grid, a numbered roll with the role in its
own column and SI/NO under "Presente", footer with PAGE/NUMPAGES fields."""
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "cc14.docx"
TMP = os.path.dirname(os.path.abspath(OUT))
BLUE = RGBColor(0x1D, 0x3F, 0x74)


def crest(path):
    im = Image.new("RGB", (170, 205), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(8, 8), (162, 8), (162, 110), (140, 160), (85, 197), (30, 160), (8, 110)], fill=(217, 227, 242), outline=(29, 63, 116), width=5)
    d.polygon([(40, 140), (85, 50), (130, 140)], outline=(29, 63, 116), width=5)
    d.ellipse((73, 80, 97, 104), fill=(176, 48, 48))
    im.save(path)


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "555555")
        b.append(e)
    pr.append(b)


def widths(table, ws):
    table.autofit = False
    for col, w in zip(table.columns, ws):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, ws):
            cell.width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def para(doc, text=None, bold_lead=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=10.5, space=4, bold=False):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True; r.font.size = Pt(size)
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    return p


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(14), Mm(18)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
    sec.different_first_page_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")

    cp = os.path.join(TMP, "crest-ffp.png")
    crest(cp)
    # first-page header: crest | name | ORIGINALE
    fh = sec.first_page_header
    ht = fh.add_table(rows=1, cols=3, width=Mm(170))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(ht, (Mm(22), Mm(122), Mm(26)))
    c0, c1, c2 = ht.rows[0].cells
    c0.paragraphs[0].add_run().add_picture(cp, width=Mm(15))
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("COMUNE DI FARA FILIORUM PETRI"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = BLUE
    rpr = r._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "30"); rpr.append(sp)
    p2 = c1.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("Provincia di Chieti"); r.font.size = Pt(10)
    p3 = c1.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p3.add_run("Via Roma, 1 – 66010 Fara Filiorum Petri (CH) – Tel. 0871 70121"); r.font.size = Pt(7.5)
    p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("ORIGINALE"); r.bold = True; r.font.size = Pt(9); r.font.color.rgb = BLUE
    # footers (first and others) with fields
    for ft in (sec.first_page_footer, sec.footer):
        fp = ft.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = fp.add_run("Deliberazione di Consiglio Comunale n. 14 del 28/05/2027 – Pag. "); r.font.size = Pt(8)
        r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
        r = fp.add_run(" di "); r.font.size = Pt(8)
        r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")
        r = fp.add_run("\t\tComune di Fara Filiorum Petri (CH)"); r.font.size = Pt(8)

    g = doc.add_table(rows=3, cols=3)
    borders(g)
    widths(g, (Mm(40), Mm(40), Mm(90)))
    top = g.rows[0].cells[0].merge(g.rows[0].cells[2])
    shade(top, "EEF2F8")
    tp = top.paragraphs[0]; tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = tp.add_run("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"); r.bold = True; r.font.size = Pt(11.5)
    tp2 = top.add_paragraph(); tp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = tp2.add_run("Sessione ordinaria – Seduta pubblica di prima convocazione"); r.font.size = Pt(8.5)
    for cell, lab, val in zip(g.rows[1].cells, ("Numero", "Data", "Proposta"),
                              ("N. 14", "28/05/2027", "n. 61 del 10/05/2027 – Area Economico-Finanziaria")):
        pp = cell.paragraphs[0]
        r = pp.add_run(lab); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        pv = cell.add_paragraph(); r = pv.add_run(val); r.bold = True; r.font.size = Pt(10.5)
    bottom = g.rows[2].cells[0].merge(g.rows[2].cells[2])
    bp = bottom.paragraphs[0]
    r = bp.add_run("OGGETTO: "); r.bold = True
    r = bp.add_run("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2026 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000."); r.bold = True

    para(doc, "", space=2)
    para(doc, "L'anno duemilaventisette, il giorno ventotto del mese di maggio, alle ore 18:30, nella Sala consiliare del Palazzo municipale, convocato con avvisi scritti notificati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di prima convocazione. Eseguito l'appello nominale, risultano:")

    roll = [
        ("1", "DI RENZO NICOLA", "Sindaco", "SI"),
        ("2", "RANIERI ANTONIO", "Consigliere", "SI"),
        ("3", "TATASCIORE GIULIA", "Consigliere", "SI"),
        ("4", "DI CRESCENZO MARCO", "Consigliere", "SI"),
        ("5", "IEZZI FEDERICA", "Consigliere", "NO"),
        ("6", "D'ALESSANDRO PASQUALE", "Consigliere", "SI"),
        ("7", "CIPOLLONE SARA", "Consigliere", "SI"),
        ("8", "ZULLI ANDREA", "Consigliere", "SI"),
        ("9", "DI TULLIO GABRIELE", "Consigliere", "SI"),
        ("10", "MARRONE ELISA", "Consigliere", "NO"),
        ("11", "VERÌ DOMENICO", "Consigliere", "SI"),
    ]
    t = doc.add_table(rows=1, cols=4)
    borders(t, 4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(t.rows[0].cells, ("N.", "Cognome e Nome", "Carica", "Presente")):
        shade(cell, "E6E6E6")
        pp = cell.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = pp.add_run(h); r.bold = True; r.font.size = Pt(9.5)
    for row in roll:
        cells = t.add_row().cells
        for i, (cell, v) in enumerate(zip(cells, row)):
            pp = cell.paragraphs[0]
            pp.paragraph_format.space_after = Pt(0)
            if i in (0, 3):
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = pp.add_run(v); r.font.size = Pt(9.5)
    widths(t, (Mm(12), Mm(70), Mm(40), Mm(24)))
    para(doc, "Presenti n. 9 – Assenti n. 2", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, space=6)

    para(doc, "Il Sindaco, Nicola Di Renzo, assume la presidenza e, constatato il numero legale degli intervenuti, dichiara aperta la seduta.")
    para(doc, "Assiste il Segretario Comunale Dott.ssa Lucia Mammarella, incaricata della redazione del verbale.")
    para(doc, "IL CONSIGLIO COMUNALE", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, space=4)
    para(doc, " che con deliberazione della Giunta Comunale n. 33 del 14/04/2027 è stato approvato lo schema di rendiconto della gestione per l'esercizio 2026 e la relazione illustrativa di cui all'art. 151, comma 6, del D.Lgs. n. 267/2000;", "Premesso")
    para(doc, " il parere favorevole dell'Organo di revisione economico-finanziaria, rilasciato con verbale n. 9 del 05/05/2027 e acquisito al protocollo n. 2688;", "Visto")
    para(doc, " che lo schema di rendiconto è stato messo a disposizione dei Consiglieri nei termini previsti dal vigente Regolamento di contabilità;", "Dato atto")
    para(doc, " gli interventi riportati nel resoconto della seduta, conservato agli atti;", "Uditi")
    para(doc, " i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile dell'Area Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;", "Acquisiti")
    para(doc, "Con la seguente votazione, espressa per alzata di mano: Presenti n. 9 – Votanti n. 9 – Voti favorevoli n. 7 – Voti contrari n. 2 (Di Tullio, Verì) – Astenuti n. 0,")
    p = para(doc, "D E L I B E R A", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, space=4)
    pts = [
        "di approvare il Rendiconto della gestione per l'esercizio finanziario 2026, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, nelle risultanze riportate negli allegati alla proposta;",
        "di dare atto che il risultato di amministrazione al 31/12/2026 ammonta a euro 612.438,27, di cui parte disponibile euro 88.914,06;",
        "di disporre la trasmissione dei dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro i termini di legge.",
    ]
    for i, ptxt in enumerate(pts, 1):
        pp = doc.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pp.paragraph_format.left_indent = Mm(7)
        pp.paragraph_format.first_line_indent = Mm(-7)
        pp.paragraph_format.space_after = Pt(3)
        pp.add_run("%d)\t%s" % (i, ptxt))
    para(doc, "Successivamente, stante l'urgenza di trasmettere i dati alla BDAP, con separata votazione che riporta voti favorevoli n. 7 e contrari n. 2, su n. 9 Consiglieri presenti e votanti, il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    para(doc, "Letto, approvato e sottoscritto.", space=10)
    s = doc.add_table(rows=3, cols=2)
    widths(s, (Mm(85), Mm(85)))
    for ri, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"),
                                 ("Nicola Di Renzo", "Dott.ssa Lucia Mammarella"),
                                 ("(firmato digitalmente)", "(firmato digitalmente)")]):
        for cell, v in zip(s.rows[ri].cells, (a, b)):
            pp = cell.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = pp.add_run(v); r.bold = (ri == 0); r.italic = (ri == 2); r.font.size = Pt(9.5 if ri < 2 else 8)
    doc.core_properties.title = "Deliberazione di Consiglio Comunale n. 14 del 28/05/2027"
    doc.core_properties.author = "Comune di Fara Filiorum Petri"
    doc.save(OUT)


if __name__ == "__main__":
    main()
