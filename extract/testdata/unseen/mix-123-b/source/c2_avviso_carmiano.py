#!/usr/bin/env python3
"""Carmiano (LE) - avviso pubblico barriere architettoniche (L. 13/1989).
The office's Word model, written with python-docx and exported by LibreOffice
(see build.sh): centred letterhead in the page header, protocol at left,
the title in a shaded box, the Settore under the title, place and date at the
foot at left, signature at right."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "c2.docx"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def para(text="", bold=False, italic=False, size=None, align=None, space_after=None, container=None):
    p = (container or doc).add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(table, val="single", sz="8", color="7A1F1F"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


# header: letterhead
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI CARMIANO")
r.bold = True
r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x1F)
para("Provincia di Lecce", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0, container=hdr)
p = para("Piazza Assunta, 1 – 73041 Carmiano (LE) – tel. 0832 600 200 – "
         "protocollo.comune.carmiano@pec.rupar.puglia.it", size=8, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=0, container=hdr)
pPr = p._p.get_or_add_pPr()
pbdr = OxmlElement("w:pBdr")
bot = OxmlElement("w:bottom")
bot.set(qn("w:val"), "single")
bot.set(qn("w:sz"), "8")
bot.set(qn("w:space"), "4")
bot.set(qn("w:color"), "7A1F1F")
pbdr.append(bot)
pPr.append(pbdr)

# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Comune di Carmiano – C.F. 80010130751 – P.IVA 00451790753 – www.comune.carmiano.le.it")
fr.font.size = Pt(7.5)

para("Prot. n. 21788 del 10/11/2027", size=10, space_after=10)

t = doc.add_table(rows=1, cols=1)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(t, sz="12")
cell = t.rows[0].cells[0]
shade(cell, "F3E6D0")
cp = cell.paragraphs[0]
cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
cp.paragraph_format.space_before = Pt(6)
cp.paragraph_format.space_after = Pt(6)
rr = cp.add_run("AVVISO PUBBLICO PER L’ACCESSO AI CONTRIBUTI PER IL SUPERAMENTO E L’ELIMINAZIONE "
                "DELLE BARRIERE ARCHITETTONICHE NEGLI EDIFICI PRIVATI – ANNO 2028")
rr.bold = True
rr.font.size = Pt(13)
rr.font.color.rgb = RGBColor(0x7A, 0x1F, 0x1F)

para("(Legge 9 gennaio 1989, n. 13 – art. 9)", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER,
     space_after=8).paragraph_format.space_before = Pt(4)
para("SETTORE TECNICO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Vista la Legge 9 gennaio 1989, n. 13, recante disposizioni per favorire il superamento e "
     "l’eliminazione delle barriere architettoniche negli edifici privati, e la circolare del "
     "Ministero dei Lavori Pubblici n. 1669/U.L. del 22 giugno 1989;", align=J)
para("Vista la nota della Regione Puglia – Sezione Politiche Abitative prot. n. 4418 del "
     "21/10/2027, relativa alla ricognizione del fabbisogno per l’anno 2028;", align=J)
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_before = Pt(6)
para("che i soggetti interessati possono presentare domanda per ottenere il contributo previsto "
     "dall’art. 9 della Legge n. 13/1989 per la realizzazione di opere dirette al superamento e "
     "all’eliminazione delle barriere architettoniche in edifici privati già esistenti, nei quali "
     "hanno la residenza abituale persone con disabilità.", align=J)

items = [
    ("Chi può presentare domanda. ",
     "Le persone con menomazioni o limitazioni funzionali permanenti, ivi compresa la cecità, "
     "ovvero coloro che ne esercitano la tutela o la potestà, oltre ai condomìni ove risiedano le "
     "suddette persone, per opere da realizzare su parti comuni."),
    ("Opere ammesse. ",
     "Installazione di ascensori e servoscala, rampe di accesso, adeguamento dei servizi igienici, "
     "allargamento delle porte e ogni altra opera idonea a rimuovere le barriere architettoniche. "
     "Le opere non devono essere già iniziate alla data di presentazione della domanda."),
    ("Termine e modalità di presentazione. ",
     "La domanda, in bollo da € 16,00, redatta sul modello disponibile presso il Settore Tecnico e "
     "sul sito istituzionale, deve essere presentata entro e non oltre il 1° marzo 2028 al protocollo "
     "del Comune, corredata del certificato medico in carta libera attestante la disabilità, della "
     "dichiarazione sostitutiva di atto di notorietà e del preventivo di spesa."),
    ("Entità del contributo. ",
     "Il contributo è determinato secondo le fasce di spesa previste dall’art. 9 della Legge "
     "n. 13/1989 ed è erogato nei limiti delle risorse assegnate dalla Regione Puglia, secondo "
     "l’ordine cronologico di presentazione delle domande, con precedenza alle domande presentate "
     "da persone con invalidità totale con difficoltà di deambulazione."),
]
for n, (h, txt) in enumerate(items, 1):
    p = doc.add_paragraph()
    p.alignment = J
    p.paragraph_format.left_indent = Mm(6)
    p.paragraph_format.first_line_indent = Mm(-6)
    p.add_run("%d.\t" % n)
    r1 = p.add_run(h)
    r1.bold = True
    p.add_run(txt)

para("Il responsabile del procedimento è il geom. Salvatore Cavalera (tel. 0832 600 231, "
     "ufficiotecnico@comune.carmiano.le.it). Il presente avviso è pubblicato all’Albo Pretorio "
     "on line e sul sito istituzionale del Comune di Carmiano fino al 1° marzo 2028.", align=J)

doc.add_paragraph()
sig = doc.add_table(rows=1, cols=2)
l, rgt = sig.rows[0].cells
l.paragraphs[0].add_run("Carmiano, lì 10/11/2027")
for i, (txt, b) in enumerate([("IL RESPONSABILE DEL SETTORE TECNICO", True), ("ing. Fabio Greco", False),
                             ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", False)]):
    pp = rgt.paragraphs[0] if i == 0 else rgt.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rn = pp.add_run(txt)
    rn.bold = b
    if i == 2:
        rn.italic = True
        rn.font.size = Pt(8)

doc.core_properties.title = "Avviso pubblico L. 13/1989 - anno 2028"
doc.core_properties.author = "Settore Tecnico"
doc.save(OUT)
