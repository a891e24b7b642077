#!/usr/bin/env python3
"""Comune di Follo (SP), "J-Iride"-like house style: a determinazione of a
Settore. Header box of three cells (ente | Settore and Servizio | type,
general and sector numbers), Oggetto row, justified body, signature on the
right, visto contabile in a box, running foot with the number and
PAGE/NUMPAGES fields. Written as .docx by python-docx; build.sh converts it
with LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-follo-jiride.docx"
FONT = "Times New Roman"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.space_before = Pt(0)
doc.core_properties.title = "Determinazione n. 412 del 26/06/2028"
doc.core_properties.author = "Comune di Follo - Settore 3 Tecnico"


def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, align=None):
    cell.paragraphs[0].text = ""
    for i, (t, bold, size, italic) in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(1)
        if align:
            para.alignment = align
        r = para.add_run(t)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)


def field(para, code, size=8.5):
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = para.add_run()
        r.font.size = Pt(size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % code
            r._r.append(it)
        elif kind == "text":
            r.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Comune di Follo - Determinazione n. 412 del 26/06/2028 - Pag. ").font.size = Pt(8.5)
field(fp, "PAGE")
fp.add_run(" di ").font.size = Pt(8.5)
field(fp, "NUMPAGES")

# header box
t = doc.add_table(rows=2, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(t)
widths = [Cm(5.3), Cm(6.9), Cm(4.8)]
t.autofit = False
for i, col in enumerate(t.columns):
    col.width = widths[i]
for row in t.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]
cell_lines(t.cell(0, 0), [("COMUNE DI FOLLO", True, 13, False), ("Provincia della Spezia", False, 9.5, False)])
cell_lines(t.cell(0, 1), [("SETTORE 3 - TECNICO", True, 12, False),
                          ("Servizio Lavori Pubblici e Manutenzioni", False, 9.5, False)],
           WD_ALIGN_PARAGRAPH.CENTER)
cell_lines(t.cell(0, 2), [("DETERMINAZIONE", True, 11, False),
                          ("Reg. Generale N. 412", False, 9.5, False),
                          ("del 26/06/2028", False, 9.5, False),
                          ("Reg. Settore N. 98", False, 9.5, False),
                          ("del 23/06/2028", False, 9.5, False)])
m = t.cell(1, 0).merge(t.cell(1, 2))
m.paragraphs[0].text = ""
r = m.paragraphs[0].add_run("Oggetto: ")
r.italic = True
r = m.paragraphs[0].add_run(
    "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI PIANO DI FOLLO - APPROVAZIONE DELLO "
    "STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE - CUP E67H26000210006 - CIG B1D8F3A602")
r.bold = True

doc.add_paragraph().paragraph_format.space_after = Pt(2)


def centre(text):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_before = Pt(6)
    para.paragraph_format.space_after = Pt(6)
    para.add_run(text).bold = True


def just(lead, text):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if lead:
        para.add_run(lead).bold = True
    para.add_run(text)
    return para


centre("IL RESPONSABILE DEL SETTORE 3 - TECNICO")
just("Premesso", " che con determinazione n. 187 del 14/03/2028 i lavori di efficientamento energetico della "
     "scuola primaria di Piano di Follo, finanziati con contributo del Ministero dell'Interno ai sensi "
     "dell'art. 1, comma 29, della legge n. 160/2019, sono stati affidati alla ditta Termoimpianti Magra "
     "S.r.l. di Sarzana per l'importo contrattuale di € 86.940,00 oltre IVA;")
just("Dato atto", " che i lavori, consegnati il 03/04/2028, sono stati ultimati il 26/05/2028, come da "
     "certificato di ultimazione redatto dal Direttore dei Lavori, entro il termine contrattuale;")
just("Visti", " lo stato finale dei lavori e il certificato di regolare esecuzione emessi dal Direttore "
     "dei Lavori arch. Monica Lupi in data 16/06/2028, dai quali risulta un credito residuo dell'impresa "
     "di € 4.347,00 oltre IVA 10%, al netto degli acconti corrisposti;")
just("Visti", " l'art. 116 e l'allegato II.14 del D.Lgs. 31 marzo 2023, n. 36; l'art. 107 del D.Lgs. "
     "n. 267/2000; il decreto sindacale n. 3 del 02/01/2028 di attribuzione della responsabilità del "
     "Settore 3 - Tecnico;")
just("Verificata", " la regolarità contributiva dell'impresa (DURC prot. INAIL_41877203, valido fino al "
     "14/10/2028);")
centre("DETERMINA")
pts = [
    "di approvare lo stato finale dei lavori di efficientamento energetico della scuola primaria di Piano "
    "di Follo e il certificato di regolare esecuzione emessi in data 16/06/2028, dai quali risulta un "
    "credito residuo dell'impresa di € 4.347,00 oltre IVA;",
    "di liquidare alla ditta Termoimpianti Magra S.r.l. la somma di € 4.781,70, IVA 10% compresa, a saldo "
    "di ogni suo avere, con imputazione al capitolo 20415/2 del bilancio 2028, impegno n. 318/2028;",
    "di autorizzare lo svincolo della garanzia definitiva prestata dall'impresa;",
    "di dare atto che l'economia di € 2.118,40 risultante dal quadro economico finale sarà "
    "rendicontata al Ministero dell'Interno;",
    "di pubblicare il presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "Trasparente\" - Bandi di gara e contratti.",
]
for i, tx in enumerate(pts, 1):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.left_indent = Cm(0.8)
    para.paragraph_format.first_line_indent = Cm(-0.8)
    para.add_run("%d.\t%s" % (i, tx))
    para.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))

para = doc.add_paragraph("Follo, 23/06/2028")
para.paragraph_format.space_before = Pt(10)
for tx, b, it in [("IL RESPONSABILE DEL SETTORE 3 - TECNICO", True, False),
                  ("arch. Simone Bertagna", False, False), ("(firmato digitalmente)", False, True)]:
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para.paragraph_format.space_after = Pt(0)
    r = para.add_run(tx)
    r.bold, r.italic = b, it

doc.add_paragraph().paragraph_format.space_after = Pt(6)
box = doc.add_table(rows=1, cols=1)
borders(box)
c = box.cell(0, 0)
cell_lines(c, [("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", True, 10, False),
               ("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si attesta la copertura finanziaria "
                "della spesa. La presente determinazione è esecutiva dal 26/06/2028.", False, 10, False),
               ("Follo, 26/06/2028 - Il Responsabile del Settore 2 - Finanziario dott.ssa Cinzia Pucci "
                "(firmato digitalmente)", False, 10, False)])
doc.add_paragraph().paragraph_format.space_after = Pt(2)
para = doc.add_paragraph()
r = para.add_run("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate. "
                 "Pubblicato all'Albo Pretorio on line dal 27/06/2028 per 15 giorni consecutivi.")
r.font.size = Pt(8.5)
r.italic = True
doc.save(OUT)
