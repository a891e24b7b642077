#!/usr/bin/env python3
"""Vecchiano, ordinanza sindacale n. 74 of 23/11/2028 (allerta meteo).

A Word model written with python-docx: header table with the crest cell and
the number repeated on every page, "IL SINDACO" heading, ORDINA with bullets,
a footer with PAGE / NUMPAGES fields. LibreOffice exports it to PDF.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15

def para(text="", bold=False, align=None, size=None, italic=False, space_after=None, keep=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p

def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)

# header: the letterhead as a 2-column table, the number at the right
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(110), Mm(56)
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI VECCHIANO"); r.bold = True; r.font.size = Pt(15); r.font.name = "Liberation Sans"
r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x2b)
p2 = c0.add_paragraph(); r = p2.add_run("Provincia di Pisa"); r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
p3 = c0.add_paragraph(); r = p3.add_run("Ufficio del Sindaco \u2013 Protezione Civile"); r.font.size = Pt(8.5); r.font.name = "Liberation Sans"
q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q.add_run("Ordinanza n. 74/2028"); r.bold = True; r.font.size = Pt(10); r.font.name = "Liberation Sans"
q2 = c1.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q2.add_run("del 23/11/2028"); r.font.size = Pt(9); r.font.name = "Liberation Sans"
# rule under the header
hp = hdr.add_paragraph()
pPr = hp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8"); b.set(qn("w:color"), "7A1F2B")
bdr.append(b); pPr.append(bdr)

ftr = sec.footer
fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Pag. "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

SUBJECT = ("CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEI PARCHI PUBBLICI E DEI CIMITERI "
           "COMUNALI NELLA GIORNATA DI VENERDÌ 24 NOVEMBRE 2028 PER ALLERTA METEO CODICE ARANCIONE")

para("ORDINANZA SINDACALE N. 74 DEL 23/11/2028", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, space_after=2)
para("(contingibile e urgente ai sensi dell\u2019art. 50, comma 5, del D.Lgs. 267/2000)", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=10, space_after=10)
p = para(align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=12)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run(SUBJECT); r.bold = True

para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=8)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for t in [
    "Visto l\u2019avviso di criticità idrogeologica e idraulica emesso dal Centro Funzionale della Regione Toscana "
    "in data 23/11/2028, con il quale è stato dichiarato per la giornata di venerdì 24 novembre 2028 lo stato di "
    "allerta meteo di codice ARANCIONE per rischio idrogeologico-idraulico reticolo minore e per temporali forti "
    "sulla zona di allerta \u201cA6 \u2013 Serchio-Lucca\u201d, nella quale ricade il territorio comunale;",
    "Considerato che le previsioni indicano precipitazioni diffuse, localmente a carattere di rovescio o "
    "temporale, con cumulati significativi e possibili raffiche di vento, e che il fiume Serchio e il reticolo "
    "minore che attraversa le frazioni di Migliarino, Nodica, Avane e Filettole potrebbero raggiungere livelli "
    "critici;",
    "Ritenuto necessario, a tutela della pubblica incolumità, ridurre gli spostamenti della popolazione e in "
    "particolare della popolazione scolastica, nonché l\u2019accesso alle aree verdi e ai cimiteri, esposti al "
    "rischio di caduta di alberi e rami;",
    "Visti l\u2019art. 50, commi 5 e 6, e l\u2019art. 54 del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 2 gennaio 2018, "
    "n. 1 (Codice della protezione civile) e il vigente Piano comunale di protezione civile;",
]:
    para(t, align=J)

para("O R D I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=8)
for t in [
    "la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, dei servizi educativi per la "
    "prima infanzia e delle palestre scolastiche presenti sul territorio comunale per l\u2019intera giornata di "
    "venerdì 24 novembre 2028;",
    "la chiusura al pubblico dei parchi, dei giardini pubblici e delle aree a verde attrezzato, nonché dei "
    "cimiteri comunali di Vecchiano, Migliarino, Nodica, Avane e Filettole, dalle ore 00:00 alle ore 24:00 "
    "della stessa giornata;",
    "la sospensione dei mercati settimanali e di ogni manifestazione all\u2019aperto programmata nella medesima "
    "giornata.",
]:
    p = doc.add_paragraph(style="List Bullet")
    p.alignment = J
    p.add_run(t)

para("R A C C O M A N D A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=8)
para("alla cittadinanza di limitare gli spostamenti allo stretto necessario, di non sostare nei pressi degli "
     "argini e dei corsi d\u2019acqua, nei sottopassi e nei locali seminterrati, e di seguire gli aggiornamenti "
     "pubblicati sul sito istituzionale e sui canali social del Comune.", align=J)
para("D I S P O N E", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=8)
para("che la presente ordinanza sia pubblicata all\u2019Albo Pretorio on line e sul sito istituzionale del Comune e "
     "trasmessa alla Prefettura di Pisa, ai Dirigenti Scolastici degli Istituti Comprensivi del territorio, al "
     "Comando di Polizia Municipale e alla Stazione dei Carabinieri di Vecchiano.", align=J)
para("Avverso il presente provvedimento è ammesso ricorso al TAR Toscana entro 60 giorni dalla pubblicazione, "
     "ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", align=J, size=10.5)
para("Vecchiano, 23/11/2028", space_after=14)
p = para("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
p.paragraph_format.right_indent = Mm(12)
p = para("Lorenzo Baldacci", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
p.paragraph_format.right_indent = Mm(10)
p = para("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", italic=True, size=8,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

doc.core_properties.author = "Ufficio Segreteria"
doc.core_properties.title = "Ordinanza n. 74/2028"
doc.save(out)
