#!/usr/bin/env python3
"""Comune di Brendola - ordinanza sindacale, written as .docx (python-docx),
exported to PDF by LibreOffice Writer (see build.sh).

Header table (letterhead left, number box right) in the page header,
numbered list with Word numbering, footer with the number and a PAGE field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-brendola-boxxapps.docx"
BLUE = RGBColor(0x1D, 0x4F, 0x91)

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(44), Mm(22)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

normal = d.styles["Normal"]
normal.font.name = "Liberation Sans"
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
normal.paragraph_format.line_spacing = 1.15


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def borders(table, color="1D4F91", sz="8"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for x in (f1, it, f2, t, f3):
        r._r.append(x)
    return r


# ---- header: letterhead + number box
hdr = sec.header
hp = hdr.paragraphs[0]
tbl = hdr.add_table(rows=1, cols=2, width=Mm(172))
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.columns[0].width = Mm(118)
tbl.columns[1].width = Mm(54)
left, right = tbl.rows[0].cells
left.width, right.width = Mm(118), Mm(54)
p = left.paragraphs[0]
r = p.add_run("COMUNE DI BRENDOLA"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = BLUE
p = left.add_paragraph(); r = p.add_run("Provincia di Vicenza"); r.font.size = Pt(9.5)
p.paragraph_format.space_after = Pt(0)
p = left.add_paragraph(); r = p.add_run("Piazza del Mercato, 1 \u2013 36040 Brendola (VI) \u2013 PEC: brendola.vi@cert.ip-veneto.net"); r.font.size = Pt(7.5)
inner = right.add_table(rows=3, cols=1)
borders(inner)
c0, c1, c2 = (inner.rows[i].cells[0] for i in range(3))
shade(c0, "1D4F91")
r = c0.paragraphs[0].add_run("ORDINANZA SINDACALE"); r.bold = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(255, 255, 255)
r = c1.paragraphs[0].add_run("N. 57"); r.bold = True; r.font.size = Pt(13)
r = c2.paragraphs[0].add_run("del 18/11/2027"); r.font.size = Pt(9)
right.paragraphs[0].paragraph_format.space_after = Pt(0)
hp._p.getparent().remove(hp._p)

# ---- footer: running foot with number and page field
fp = sec.footer.paragraphs[0]
r = fp.add_run("Comune di Brendola \u2013 Ordinanza sindacale n. 57 del 18/11/2027 \u2013 Pag. ")
r.font.size = Pt(7.5)
fr = field(fp, " PAGE ")
fr.font.size = Pt(7.5)

# ---- body
def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, before=None, spacing=None):
    p = d.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if spacing is not None:
        rPr = r._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rPr.append(sp)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


ot = d.add_table(rows=1, cols=2)
borders(ot, "888888", "6")
ot.columns[0].width = Mm(24); ot.columns[1].width = Mm(148)
a, b = ot.rows[0].cells
a.width, b.width = Mm(24), Mm(148)
r = a.paragraphs[0].add_run("OGGETTO:"); r.bold = True
bp = b.paragraphs[0]; bp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = bp.add_run("Misure temporanee per la prevenzione dell\u2019inquinamento atmosferico da PM10: divieto di combustione "
               "all\u2019aperto di residui vegetali e limitazioni all\u2019uso dei generatori di calore a biomassa legnosa "
               "\u2013 periodo 20 novembre 2027 \u2013 31 marzo 2028.")
r.bold = True

para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, before=10, after=6, spacing=40)

for t in [
    "PREMESSO che il territorio comunale ricade nell\u2019agglomerato \u201cVicenza\u201d della zonizzazione regionale per la qualit\u00e0 dell\u2019aria e che nei mesi invernali si registrano frequenti superamenti del valore limite giornaliero di PM10;",
    "VISTO l\u2019Accordo di bacino padano per il miglioramento della qualit\u00e0 dell\u2019aria e le misure temporanee omogenee previste dal Piano Regionale di Tutela e Risanamento dell\u2019Atmosfera della Regione del Veneto;",
    "VISTA la nota di ARPAV \u2013 Dipartimento Provinciale di Vicenza, pervenuta al protocollo comunale n. 15602 del 12/11/2027, relativa all\u2019attivazione del sistema di allerta per la stagione 2027/2028;",
    "RICHIAMATI l\u2019art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, l\u2019art. 50 del D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento di Polizia Urbana;",
]:
    para(t)

para("O R D I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, before=6, after=6)

items = [
    "dal 20 novembre 2027 al 31 marzo 2028 \u00e8 vietata su tutto il territorio comunale la combustione all\u2019aperto di residui vegetali provenienti da sfalci, potature e pulizia dei fondi agricoli, nonch\u00e9 l\u2019accensione di fuochi d\u2019artificio e falò, fatta eccezione per i tradizionali fuochi epifanici autorizzati;",
    "nelle giornate di allerta di livello 1 (arancio) e superiori \u00e8 vietato l\u2019utilizzo di generatori di calore domestici alimentati a biomassa legnosa con classe di prestazione emissiva inferiore a 4 stelle, in presenza di impianto di riscaldamento alternativo;",
    "negli edifici pubblici e privati la temperatura media degli ambienti riscaldati non deve superare i 19 \u00b0C, con tolleranza di 2 \u00b0C;",
    "il Corpo di Polizia Locale e gli altri agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza.",
]
for it in items:
    p = d.add_paragraph(style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(it)

para("A V V E R T E", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, before=6, after=6)
para("che la violazione delle disposizioni della presente ordinanza \u00e8 punita con la sanzione amministrativa pecuniaria da \u20ac 25,00 a \u20ac 500,00, ai sensi dell\u2019art. 7-bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato o sia sanzionato da norme speciali.")
para("Contro il presente provvedimento \u00e8 ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione all\u2019Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
para("La presente ordinanza \u00e8 pubblicata all\u2019Albo Pretorio on line e sul sito istituzionale del Comune ed \u00e8 trasmessa alla Prefettura di Vicenza, al Comando Stazione Carabinieri di Brendola e ad ARPAV.")
para("Brendola, 18/11/2027", align=WD_ALIGN_PARAGRAPH.LEFT, before=8)

st = d.add_table(rows=1, cols=2)
st.columns[0].width = Mm(95); st.columns[1].width = Mm(77)
x, y = st.rows[0].cells
x.width, y.width = Mm(95), Mm(77)
yp = y.paragraphs[0]; yp.alignment = WD_ALIGN_PARAGRAPH.CENTER
yp.add_run("IL SINDACO")
yp2 = y.add_paragraph(); yp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
yp2.add_run("Gianluca Dal Lago")
yp3 = y.add_paragraph(); yp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = yp3.add_run("(documento firmato digitalmente)"); r.font.size = Pt(7.5)

d.core_properties.title = "Ordinanza sindacale n. 57 del 18/11/2027"
d.core_properties.author = "Boxxapps - Atti"
d.save(OUT)
