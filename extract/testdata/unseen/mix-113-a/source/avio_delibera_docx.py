#!/usr/bin/env python3
"""Comune di Avio (TN) - Giunta deliberation n. 4 of 12.01.2027.
House style "Civilia Next": a Word model (.docx written by python-docx) that
LibreOffice Writer exports to PDF. Header table beside a drawn crest,
running head with the number from page 2, "Pag. X di Y" fields in the foot,
roll in a ruled table with three marking columns."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out = sys.argv[1]
crest = sys.argv[2]

# a plain drawn crest (shield with a tower), as many Word models carry
im = Image.new("RGB", (180, 220), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (170, 10), (170, 120), (90, 210), (10, 120)], outline=(40, 40, 90), fill=(200, 30, 40), width=5)
d.rectangle([65, 50, 115, 150], fill=(240, 240, 240), outline=(40, 40, 40), width=3)
for x in (65, 82, 99):
    d.rectangle([x, 36, x + 14, 50], fill=(240, 240, 240), outline=(40, 40, 40), width=3)
d.rectangle([82, 110, 98, 150], fill=(60, 40, 20))
im.save(crest)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.3)
sec.right_margin = Cm(2.0)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)
sec.header_distance = Cm(1.0)
sec.footer_distance = Cm(1.0)
sec.different_first_page_header_footer = True


def add_field(par, instr, size=8):
    r = par.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run(); r2.font.size = Pt(size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run(); r3.font.size = Pt(size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run("1"); r4.font.size = Pt(size)
    r5 = par.add_run(); r5.font.size = Pt(size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def footer(par):
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = par.add_run("Pag. "); r.font.size = Pt(8)
    add_field(par, "PAGE")
    r = par.add_run(" di "); r.font.size = Pt(8)
    add_field(par, "NUMPAGES")


# running head from page 2
hp = sec.header.paragraphs[0]
hr = hp.add_run("Comune di Avio – Deliberazione della Giunta comunale n. 4 di data 12 gennaio 2027")
hr.font.size = Pt(8); hr.italic = True
pPr = hp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "808080")):
    bot.set(qn(k), v)
bdr.append(bot); pPr.append(bdr)
footer(sec.footer.paragraphs[0])
footer(sec.first_page_footer.paragraphs[0])


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def para(text="", bold=False, size=11, align=None, italic=False, after=4, before=0, cell=None, indent=None):
    p = cell.add_paragraph() if cell is not None else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent[0]); p.paragraph_format.first_line_indent = Cm(indent[1])
    return p


J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER

# letterhead: crest | name | register box
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
w = (Cm(2.2), Cm(9.3), Cm(5.2))
for i, c in enumerate(t.rows[0].cells):
    c.width = w[i]
    t.columns[i].width = w[i]
t.cell(0, 0).paragraphs[0].add_run().add_picture(crest, width=Cm(1.6))
c1 = t.cell(0, 1)
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI AVIO"); r.bold = True; r.font.size = Pt(18)
para("Provincia di Trento", size=10, cell=c1, after=0)
para("Comunità della Vallagarina", size=9, italic=True, cell=c1, after=0)
c2 = t.cell(0, 2)
shade(c2, "EDEDED")
p = c2.paragraphs[0]; r = p.add_run("Verbale di deliberazione"); r.font.size = Pt(9)
p = para("N. 4", bold=True, size=16, cell=c2, after=0)
para("della Giunta comunale", size=9, cell=c2, after=0)
para("Proposta n. 9 di data 7 gennaio 2027", size=8, cell=c2, after=0)
para("Ufficio proponente: Servizio finanziario", size=8, cell=c2, after=0)

para("", after=2)
p = para(after=8, before=6)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Bilancio di previsione 2027-2029: approvazione dell'atto programmatico di indirizzo per la gestione e assegnazione delle risorse ai Responsabili dei Servizi.")
r.bold = True
p.paragraph_format.left_indent = Cm(2.2); p.paragraph_format.first_line_indent = Cm(-2.2)

para("L'anno duemilaventisette addì dodici del mese di gennaio alle ore 17.30 nella sala delle riunioni, "
     "a seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.", align=J, after=8)

roll = [("BALDESSARINI Loris", "Sindaco", "X", "", ""),
        ("MARZADRO Elena", "Vicesindaco", "X", "", ""),
        ("TOMASI Fabio", "Assessore", "X", "", ""),
        ("COMPER Silvia", "Assessore", "", "X", ""),
        ("FRAPPORTI Matteo", "Assessore", "X", "", "")]
rt = doc.add_table(rows=1 + len(roll), cols=5)
rt.style = "Table Grid"
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ("Presenti i signori", "Carica", "Presenti", "Assenti giust.", "Assenti ingiust.")
cw = (Cm(5.6), Cm(3.4), Cm(2.2), Cm(2.3), Cm(2.3))
rt.autofit = False
for i, h in enumerate(heads):
    rt.columns[i].width = cw[i]
    c = rt.cell(0, i); c.width = cw[i]
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
    c.paragraphs[0].alignment = C if i > 1 else None
    shade(c, "EDEDED")
for j, row in enumerate(roll, 1):
    for i, v in enumerate(row):
        c = rt.cell(j, i); c.width = cw[i]
        r = c.paragraphs[0].add_run(v); r.font.size = Pt(10)
        if i > 1:
            c.paragraphs[0].alignment = C

para("", after=2)
para("Assiste e verbalizza il Segretario comunale dott.ssa Chiara Bertolini.", align=J)
para("Riconosciuto legale il numero degli intervenuti, il signor Loris Baldessarini, nella sua qualità di Sindaco, "
     "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.", align=J, after=10)

para("LA GIUNTA COMUNALE", bold=True, align=C, after=8)
body = [
    "Premesso che con deliberazione del Consiglio comunale n. 38 di data 21 dicembre 2026, immediatamente eseguibile, "
    "sono stati approvati il Documento unico di programmazione 2027-2029 e il bilancio di previsione finanziario 2027-2029;",
    "Richiamato l'art. 169 del D.Lgs. 18 agosto 2000, n. 267, come recepito dall'art. 49 della L.P. 9 dicembre 2015, n. 18, "
    "che individua nel piano esecutivo di gestione lo strumento con il quale l'organo esecutivo assegna ai responsabili dei "
    "servizi gli obiettivi di gestione e le dotazioni necessarie;",
    "Dato atto che il Comune di Avio, avendo popolazione inferiore a 5.000 abitanti, si avvale della facoltà di non adottare "
    "il piano esecutivo di gestione e che, in luogo di esso, la Giunta approva un atto programmatico di indirizzo con il quale "
    "sono assegnate ai Responsabili dei Servizi le risorse per la gestione;",
    "Visto il decreto del Sindaco n. 6 di data 30 dicembre 2026, con il quale sono stati individuati i Responsabili dei Servizi "
    "per l'anno 2027;",
    "Visto lo schema di atto programmatico predisposto dal Servizio finanziario sulla base delle indicazioni fornite dai "
    "Responsabili dei Servizi, articolato per capitoli e articoli di entrata e di spesa;",
    "Acquisiti sulla proposta di deliberazione i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità "
    "contabile, espressi ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
    "approvato con L.R. 3 maggio 2018, n. 2, e successive modificazioni;",
    "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige e visto lo Statuto comunale;",
    "Con voti favorevoli unanimi, espressi per alzata di mano,",
]
for b in body:
    para(b, align=J, after=5)

para("D E L I B E R A", bold=True, align=C, after=8, before=4)
points = [
    "di approvare l'atto programmatico di indirizzo per la gestione del bilancio 2027-2029, nel testo allegato alla presente "
    "deliberazione quale parte integrante e sostanziale;",
    "di assegnare ai Responsabili dei Servizi le risorse finanziarie indicate nell'allegato, per capitoli e articoli, ai fini "
    "della gestione degli interventi di competenza;",
    "di dare atto che i Responsabili dei Servizi adottano gli atti di gestione nei limiti delle risorse assegnate e nel "
    "rispetto degli indirizzi di cui al punto 1;",
    "di dichiarare la presente deliberazione, con separata votazione favorevole unanime, immediatamente eseguibile ai sensi "
    "dell'art. 183, comma 4, del Codice degli enti locali, per consentire l'ordinata gestione del bilancio sin dall'inizio "
    "dell'esercizio;",
    "di dare evidenza, ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente deliberazione sono "
    "ammessi: opposizione alla Giunta comunale, durante il periodo di pubblicazione, ai sensi dell'art. 183, comma 5, del "
    "Codice degli enti locali; ricorso giurisdizionale al T.R.G.A. di Trento entro 60 giorni, ai sensi del D.Lgs. 2 luglio "
    "2010, n. 104; ricorso straordinario al Presidente della Repubblica entro 120 giorni, ai sensi del D.P.R. 24 novembre "
    "1971, n. 1199.",
]
for i, ptxt in enumerate(points, 1):
    p = para(f"{i}.\t{ptxt}", align=J, after=5, indent=(0.8, -0.8))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))

para("", after=6)
para("PARERI ESPRESSI SULLA PROPOSTA DI DELIBERAZIONE", bold=True, size=9, after=3)
para("Parere di regolarità tecnico-amministrativa: favorevole. Avio, 8 gennaio 2027 – Il Responsabile del Servizio "
     "finanziario rag. Nadia Fait", size=9, align=J, after=2)
para("Parere di regolarità contabile: favorevole. Avio, 8 gennaio 2027 – Il Responsabile del Servizio finanziario "
     "rag. Nadia Fait", size=9, align=J, after=10)

para("Letto, approvato e sottoscritto.", after=8)
sg = doc.add_table(rows=2, cols=2)
sg.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate((("IL SINDACO", "IL SEGRETARIO COMUNALE"), ("Loris Baldessarini", "dott.ssa Chiara Bertolini"))):
    for k, v in enumerate((a, b)):
        c = sg.cell(i, k); c.paragraphs[0].alignment = C
        r = c.paragraphs[0].add_run(v); r.bold = (i == 0); r.font.size = Pt(10)
para("Documento firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82", size=8, italic=True, align=C, after=12, before=4)

para("RELAZIONE DI PUBBLICAZIONE", bold=True, size=10, align=C, after=4)
para("Io sottoscritto Segretario comunale certifico che copia del presente verbale viene pubblicata all'albo telematico "
     "dal giorno 14.01.2027 al giorno 24.01.2027.", size=10, align=J, after=4)
para("IL SEGRETARIO COMUNALE – dott.ssa Chiara Bertolini", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)

doc.save(out)
