#!/usr/bin/env python3
"""San Chirico Raparo - ordinanza sindacale n. 19/2027, typed in the Comune's Word
model (python-docx), exported to PDF by LibreOffice in build.sh. Letterhead in
the page header, the "ORDINA" heading letter-spaced with character spacing,
the commands as a bulleted list."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-sanchiricoraparo-halley.docx"

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(14)
sec.header_distance = Mm(8)

st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(3)


def spaced(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def p(text="", bold=False, align=None, size=None, after=None, before=None, italic=False):
    par = d.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if before is not None:
        par.paragraph_format.space_before = Pt(before)
    return par


# header: the letterhead
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI SAN CHIRICO RAPARO")
r.bold = True
r.font.size = Pt(16)
h2 = sec.header.add_paragraph()
h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Provincia di Potenza")
r.font.size = Pt(11)
h3 = sec.header.add_paragraph()
h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run("Via Roma, 1 - 85030 San Chirico Raparo (PZ) - C.F. 80004510765 - tel. 0973 631014")
r.font.size = Pt(8.5)
# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Ordinanza n. 19 del 08/07/2027 - Ufficio del Sindaco - sindaco@comune.sanchiricoraparo.pz.it")
r.font.size = Pt(8)
r.italic = True

p("Prot. n. 3352", align=WD_ALIGN_PARAGRAPH.LEFT, size=10, after=0, before=6)
p("ORDINANZA SINDACALE N. 19 DEL 08/07/2027", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13.5, before=10,
  after=8)

par = d.add_paragraph()
par.paragraph_format.left_indent = Mm(25)
par.paragraph_format.first_line_indent = Mm(-25)
par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = par.add_run("OGGETTO:\t")
r.bold = True
r = par.add_run("DIVIETO DI ACCENSIONE DI FUOCHI E DI ABBRUCIAMENTO DI RESIDUI VEGETALI NEL PERIODO DI "
                "MASSIMA PERICOLOSITÀ PER GLI INCENDI BOSCHIVI - ANNO 2027.")
r.bold = True
par.paragraph_format.tab_stops.add_tab_stop(Mm(25))
par.paragraph_format.space_after = Pt(12)

p("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=8)
for t in [
    "PREMESSO che il territorio comunale, in larga parte ricompreso nel Parco Nazionale dell'Appennino Lucano "
    "Val d'Agri-Lagonegrese e ricoperto da boschi e pascoli, è esposto durante la stagione estiva a un elevato "
    "rischio di incendi;",
    "VISTA la Legge 21 novembre 2000, n. 353, \"Legge quadro in materia di incendi boschivi\";",
    "VISTO il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta attiva "
    "contro gli incendi boschivi e il decreto del Presidente della Giunta Regionale di Basilicata che dichiara "
    "lo stato di grave pericolosità per gli incendi dal 1° luglio al 30 settembre 2027;",
    "RITENUTO necessario adottare misure di prevenzione a tutela della pubblica incolumità, del patrimonio "
    "boschivo e delle abitazioni sparse nelle contrade;",
    "VISTI l'art. 50 del D.Lgs. 18 agosto 2000, n. 267 e l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, "
    "n. 152;",
]:
    p(t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

par = p(align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=6)
r = par.add_run("ORDINA")
r.bold = True
r.font.size = Pt(12.5)
spaced(r, 120)

for t in [
    "dal giorno 10 luglio 2027 e fino al 30 settembre 2027 è vietato, su tutto il territorio comunale, "
    "accendere fuochi all'aperto e bruciare stoppie, sterpaglie e residui vegetali di qualsiasi genere;",
    "i proprietari e i conduttori di terreni incolti, di aree a verde e di lotti confinanti con strade, "
    "abitazioni e boschi devono provvedere entro il 20 luglio 2027 alla pulizia dei fondi, rimuovendo "
    "erba secca, rovi e materiale combustibile per una fascia di almeno 10 metri dai confini;",
    "è vietato l'uso di barbecue e fornelli fuori dalle aree attrezzate autorizzate e il lancio di "
    "fuochi d'artificio, lanterne volanti e ogni altro artificio pirotecnico;",
    "chiunque avvisti un incendio è tenuto a darne immediata comunicazione al numero unico di emergenza 112 "
    "o alla Polizia Locale.",
]:
    par = d.add_paragraph(t, style="List Bullet")
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    par.paragraph_format.space_after = Pt(3)

p("AVVERTE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4)
p("che, salvo che il fatto costituisca reato, le violazioni alla presente ordinanza sono punite con la sanzione "
  "amministrativa pecuniaria da euro 100,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, "
  "ferme restando le sanzioni previste dalla Legge n. 353/2000.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p("DISPONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4)
p("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante affissione nei "
  "luoghi pubblici, e che sia trasmessa alla Prefettura di Potenza, al Comando Stazione Carabinieri, al "
  "Comando Stazione Carabinieri Forestale di San Chirico Raparo e alla Polizia Locale, incaricati della "
  "vigilanza.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p("Contro il presente provvedimento è ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione, "
  "o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", align=WD_ALIGN_PARAGRAPH.JUSTIFY,
  size=10.5)

p("Dalla Residenza Municipale, 08/07/2027", before=4)
t = d.add_table(rows=2, cols=2)
t.cell(0, 1).paragraphs[0].add_run("IL SINDACO").bold = True
t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
t.cell(1, 1).paragraphs[0].add_run("dott. Rocco Lofiego")
t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c = t.cell(1, 1).add_paragraph()
c.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = c.add_run("(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/93)")
r.font.size = Pt(8)
r.italic = True

d.core_properties.author = "Ufficio Segreteria"
d.core_properties.title = "Ordinanza n. 19 del 08/07/2027"
d.save(OUT)
