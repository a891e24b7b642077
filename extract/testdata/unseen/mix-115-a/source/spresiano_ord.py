#!/usr/bin/env python3
"""Comune di Spresiano - Ordinanza sindacale n. 9 del 11/03/2027 (.docx).

The Segreteria types the Sindaco's ordinances in Word from the office model:
crest and name in a header table, the grey strip with number and date, a
foot with the number and "Pag. X di Y" as fields. Written with python-docx,
exported to PDF by LibreOffice Writer (build.sh).
usage: spresiano_ord.py OUT.docx CREST.png
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1]
CREST = sys.argv[2]


def make_crest(path):
    im = Image.new("RGB", (160, 220), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(5, 5), (155, 5), (155, 120), (80, 215), (5, 120)], fill=(190, 26, 30), outline="black")
    d.rectangle([55, 60, 105, 150], fill="white")
    for i in range(3):
        d.rectangle([48 + i * 24, 40, 64 + i * 24, 58], fill="white")
    im.save(path)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def widths(table, mms):
    """Word and Writer read the grid, not the cells' widths alone."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def para(doc, text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, after=4, before=0,
         left=None, first=None):
    p = doc.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.1
    pf.keep_with_next = bold and align == WD_ALIGN_PARAGRAPH.CENTER
    if left is not None:
        pf.left_indent = Mm(left)
    if first is not None:
        pf.first_line_indent = Mm(first)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def main():
    make_crest(CREST)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

    # header: crest and name, on every page
    hdr = sec.header
    ht = hdr.add_table(1, 3, Mm(170))
    ht.alignment = WD_TABLE_ALIGNMENT.LEFT
    widths(ht, [20, 115, 35])
    c0 = ht.cell(0, 0)
    c0.width = Mm(20)
    c0.paragraphs[0].add_run().add_picture(CREST, width=Mm(15))
    c1 = ht.cell(0, 1)
    c1.width = Mm(115)
    p = c1.paragraphs[0]
    r = p.add_run("COMUNE DI SPRESIANO")
    r.bold = True
    r.font.size = Pt(17)
    r.font.name = "Arial"
    p2 = c1.add_paragraph()
    r = p2.add_run("Provincia di Treviso")
    r.font.size = Pt(10)
    r.font.name = "Arial"
    p3 = c1.add_paragraph()
    r = p3.add_run("Piazza Luciano Rigo, 10 – 31027 Spresiano (TV) – C.F. 80009670264")
    r.font.size = Pt(7.5)
    r.font.name = "Arial"
    c2 = ht.cell(0, 2)
    c2.width = Mm(35)
    p = c2.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("ORIGINALE")
    r.bold = True
    r.font.name = "Arial"
    hdr.paragraphs[0].text = ""

    # foot: number of the act and page fields
    ft = sec.footer.paragraphs[0]
    ft.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = ft.add_run("Ordinanza sindacale n. 9 del 11/03/2027 – Pag. ")
    r.font.size = Pt(8)
    r.font.name = "Arial"
    r = ft.add_run()
    r.font.size = Pt(8)
    field(r, "PAGE")
    r = ft.add_run(" di ")
    r.font.size = Pt(8)
    r.font.name = "Arial"
    r = ft.add_run()
    r.font.size = Pt(8)
    field(r, "NUMPAGES")

    para(doc, "ORDINANZA SINDACALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=6, after=6)
    t = doc.add_table(1, 3)
    borders(t)
    widths(t, [56, 57, 57])
    vals = ["Ordinanza n. 9", "Data 11/03/2027", "Prot. n. 4127"]
    for i, v in enumerate(vals):
        c = t.cell(0, i)
        shade(c, "EDEDED")
        c.width = Mm(56)
        r = c.paragraphs[0].add_run(v)
        r.font.name = "Arial"
        r.font.size = Pt(9.5)
        r.bold = i == 0
    para(doc, "", after=2)
    ot = doc.add_table(1, 2)
    widths(ot, [25, 145])
    r = ot.cell(0, 0).paragraphs[0].add_run("OGGETTO:")
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(10)
    op = ot.cell(0, 1).paragraphs[0]
    op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = op.add_run("MISURE TEMPORANEE PER IL CONTENIMENTO DELL'INQUINAMENTO ATMOSFERICO DA PM10 – "
                   "ATTIVAZIONE DEL LIVELLO DI ALLERTA 1 (ARANCIO) DAL 12 AL 15 MARZO 2027.")
    r.bold = True
    para(doc, "IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, before=10, after=8)
    prem = [
        "Premesso che il Comune di Spresiano aderisce all'Accordo di programma per l'adozione coordinata "
        "e congiunta di misure per il miglioramento della qualità dell'aria nel bacino padano e che, con "
        "deliberazione della Giunta Comunale n. 142 del 28/09/2026, ha recepito le misure temporanee e "
        "omogenee da attivare al superamento dei valori limite giornalieri di PM10;",
        "Visto il bollettino livelli di allerta PM10 emesso da ARPAV in data 11/03/2027, dal quale risulta "
        "che nella stazione di riferimento di Treviso il valore limite giornaliero di 50 µg/m³ è stato "
        "superato per quattro giorni consecutivi e che per il territorio comunale è attivato, a partire "
        "dal giorno 12/03/2027, il livello di allerta 1 (arancio);",
        "Ritenuto di dover adottare senza indugio le misure previste per il livello di allerta 1, a tutela "
        "della salute pubblica;",
        "Visti l'art. 50 del D.Lgs. 18 agosto 2000, n. 267, l'art. 7 del D.Lgs. 30 aprile 1992, n. 285, e "
        "il D.Lgs. 13 agosto 2010, n. 155;",
    ]
    for t_ in prem:
        para(doc, t_)
    para(doc, "ORDINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, before=8, after=6)
    para(doc, "dalle ore 8:30 del giorno 12 marzo 2027 fino alle ore 18:30 del giorno 15 marzo 2027, e "
              "comunque fino al rientro nel livello verde comunicato da ARPAV, su tutto il territorio comunale:")
    pts = [
        "il divieto di circolazione, dalle ore 8:30 alle ore 18:30, per le autovetture private di classe "
        "Euro 4 diesel e inferiori e per i veicoli commerciali di categoria N1, N2 e N3 di classe Euro 4 "
        "diesel e inferiori, fatte salve le esenzioni indicate nell'allegato A;",
        "il divieto di utilizzo di generatori di calore domestici alimentati a biomassa legnosa con classe "
        "di prestazione emissiva inferiore a 4 stelle, in presenza di un impianto di riscaldamento "
        "alternativo;",
        "il divieto assoluto di combustioni all'aperto, anche relative ai residui vegetali agricoli e "
        "forestali, e di accensione di fuochi d'artificio e falò;",
        "il divieto di spandimento dei liquami zootecnici e dei fertilizzanti, salvo l'interramento "
        "immediato o l'iniezione diretta al suolo.",
    ]
    for i, t_ in enumerate(pts, 1):
        para(doc, "%d.\t%s" % (i, t_), left=8, first=-8)
    para(doc, "DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, before=8, after=6)
    para(doc, "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e "
              "sul sito istituzionale del Comune e trasmessa al Comando di Polizia Locale, alla Stazione dei "
              "Carabinieri di Spresiano e alla Prefettura di Treviso, incaricati di farla osservare.")
    para(doc, "AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, before=8, after=6)
    para(doc, "che le violazioni sono punite con le sanzioni amministrative previste dall'art. 7 del Codice "
              "della Strada e dall'art. 7-bis del D.Lgs. 267/2000 e che contro la presente ordinanza è "
              "ammesso ricorso al Tribunale Amministrativo Regionale per il Veneto entro 60 giorni o, in "
              "alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla "
              "pubblicazione.")
    para(doc, "Spresiano, 11/03/2027", align=WD_ALIGN_PARAGRAPH.LEFT, before=14)
    para(doc, "IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4, after=0)
    para(doc, "Riccardo Zanatta", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    p = para(doc, "(documento firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    p.runs[0].italic = True
    doc.core_properties.title = "Ordinanza sindacale n. 9/2027"
    doc.core_properties.author = "Segreteria - Comune di Spresiano"
    doc.save(OUT)


if __name__ == "__main__":
    main()
