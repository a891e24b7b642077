#!/usr/bin/env python3
"""Comune di Montecchio (TR) - ordinanza sindacale typed in the office's Word model.

python-docx writes the .docx (letterhead in a header table, justified body,
bulleted ORDINA, page number field in the footer); LibreOffice exports it.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
BLUE = RGBColor(0x1F, 0x3D, 0x6B)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = Mm(18)
sec.bottom_margin = Mm(20)
sec.header_distance = Mm(10)
sec.footer_distance = Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False,
         space_before=None, space_after=None, style=None, container=None):
    p = (container or doc).add_paragraph(style=style)
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def fix_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def crest_png():
    """a plain drawn shield, as the model's picture of the crest"""
    import io
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (130, 160), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(8, 8), (122, 8), (122, 90), (65, 152), (8, 90)], outline=(31, 61, 107), width=6)
    d.rectangle([40, 40, 90, 70], outline=(31, 61, 107), width=5)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


# header: letterhead as in the other Montecchio prints
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.alignment = WD_TABLE_ALIGNMENT.LEFT
fix_widths(ht, [Mm(20), Mm(146)])
c0, c1 = ht.rows[0].cells
c0.width = Mm(20); c1.width = Mm(146)
c0.paragraphs[0].add_run().add_picture(crest_png(), width=Mm(13))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI MONTECCHIO"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = BLUE
r.font.name = "Liberation Sans"
p2 = c1.add_paragraph(); r = p2.add_run("Provincia di Terni"); r.font.size = Pt(10); r.font.color.rgb = BLUE
r.font.name = "Liberation Sans"
p3 = c1.add_paragraph(); r = p3.add_run("Piazza Giuseppe Garibaldi, 1 – 05020 Montecchio (TR)")
r.font.size = Pt(7.5); r.font.name = "Liberation Sans"

ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run("Ordinanza n. 19/2026 – pag. "); r.font.size = Pt(8)
r = ftr.add_run(); r.font.size = Pt(8); add_field(r, "PAGE")

para("ORDINANZA SINDACALE N. 19 DEL 08/07/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
     size=13, space_before=6, space_after=10)

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
fix_widths(t, [Mm(26), Mm(140)])
a, b = t.rows[0].cells
a.width = Mm(26); b.width = Mm(140)
a.paragraphs[0].add_run("OGGETTO:").bold = True
rb = b.paragraphs[0].add_run("Limitazione dell'uso dell'acqua potabile per scopi diversi da quelli "
                             "igienici e domestici nel periodo estivo 2026.")
rb.bold = True
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=12, space_after=8)

for s in [
    "Premesso che nel corrente periodo estivo, caratterizzato da temperature elevate e da "
    "prolungata assenza di precipitazioni, si registra un consistente aumento dei consumi di "
    "acqua potabile, in particolare nelle ore serali, con conseguenti abbassamenti di pressione "
    "e temporanee interruzioni dell'erogazione nelle zone più alte del capoluogo e nelle frazioni "
    "di Melezzole e Tenaglie;",
    "Vista la nota del gestore del servizio idrico integrato, acquisita al protocollo comunale "
    "al n. 3468 del 03/07/2026, con la quale si segnala che i livelli dei serbatoi di accumulo "
    "non consentono di garantire la continuità del servizio in assenza di misure di contenimento "
    "dei consumi non essenziali;",
    "Ritenuto necessario, a tutela della salute pubblica e dell'igiene, assicurare prioritariamente "
    "l'approvvigionamento idrico per gli usi alimentari e igienico-sanitari;",
    "Visti l'art. 50, commi 5 e 7, del D.Lgs. 18 agosto 2000, n. 267, l'art. 98 del D.Lgs. "
    "3 aprile 2006, n. 152, e il Regolamento del servizio idrico integrato;",
]:
    para(s)

para("ORDINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=8, space_after=6)
para("a tutti gli utenti del servizio idrico del territorio comunale, dalla data di pubblicazione "
     "della presente ordinanza e fino al 15 settembre 2026:")
for s in [
    "il divieto di utilizzare l'acqua potabile della rete pubblica per l'irrigazione di orti, "
    "giardini e prati, nonché per il lavaggio di cortili e piazzali, dalle ore 7:00 alle ore 22:00;",
    "il divieto di lavaggio di autoveicoli e motoveicoli con acqua della rete pubblica, fatta "
    "eccezione per gli impianti di autolavaggio autorizzati;",
    "il divieto di riempimento di piscine, fontane ornamentali e vasche da giardino, anche "
    "smontabili, con acqua della rete pubblica.",
]:
    para(s, style="List Bullet")

para("AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=8, space_after=6)
para("che, salvo che il fatto costituisca reato, la violazione delle disposizioni della presente "
     "ordinanza è punita con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi "
     "dell'art. 7-bis del D.Lgs. 267/2000, secondo le procedure della Legge 24 novembre 1981, n. 689.")
para("DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=8, space_after=6)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante "
     "affissione nei luoghi pubblici e sul sito istituzionale del Comune, e che ne sia trasmessa "
     "copia al Comando Stazione Carabinieri di Guardea, alla Polizia Locale e al gestore del "
     "servizio idrico integrato, incaricati di vigilare sulla sua osservanza.")
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. dell'Umbria entro 60 giorni dalla "
     "pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
     italic=True, size=10.5)

para("Montecchio, 08/07/2026", align=WD_ALIGN_PARAGRAPH.LEFT, space_before=10).paragraph_format.keep_with_next = True
para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_before=6, space_after=0).paragraph_format.keep_with_next = True
para("dott. Stefano Proietti", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0).paragraph_format.keep_with_next = True
para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", italic=True, size=8.5,
     align=WD_ALIGN_PARAGRAPH.RIGHT)

doc.core_properties.author = "Ufficio Segreteria"
doc.core_properties.title = "Ordinanza sindacale n. 19/2026"
doc.save(OUT)
