# Comune di Nocera Terinese - "SIGEP Atti" house style - ordinanza of the
# Area Vigilanza, exported by the package as a Word document (.docx written
# here with python-docx, Courier New) and converted by LibreOffice
# (build.sh). Letterhead in the Word header, footer with the number and a
# PAGE / NUMPAGES field, number and date in a two-cell table.
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
FONT = "Courier New"

doc = Document()
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = Mm(38)
sec.bottom_margin = Mm(25)
sec.header_distance = Mm(12)
sec.footer_distance = Mm(10)
doc.core_properties.title = "Ordinanza n. 29/2027"
doc.core_properties.author = "SIGEP Atti - Comune di Nocera Terinese"


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


def bottom_border(par, val="double"):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), "6")
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), "000000")
    b.append(e)
    pPr.append(b)


# header: letterhead
h = sec.header
p = h.paragraphs[0]
p.text = ""
r = p.add_run("COMUNE DI NOCERA TERINESE")
r.bold = True
r.font.size = Pt(12)
p.add_run("\tCodice ISTAT 079087").font.size = Pt(9)
p.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
p2 = h.add_paragraph()
p2.add_run("Provincia di Catanzaro").font.size = Pt(9)
p2.add_run("\tPiazza Municipio, 1 - 88047").font.size = Pt(9)
p2.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
bottom_border(p2)

# footer
f = sec.footer
fp = f.paragraphs[0]
fp.text = ""
r = fp.add_run("SIGEP Atti Amministrativi 7.2 - Ordinanza n. 29 del 16/12/2027")
r.font.size = Pt(8)
fp.add_run("\tPag. ").font.size = Pt(8)
fp.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
field(fp, "PAGE")
fp.add_run(" di ").font.size = Pt(8)
field(fp, "NUMPAGES")


def P(text="", bold=False, align=None, size=None, before=0, after=0, indent=None, hanging=None):
    par = doc.add_paragraph()
    if text:
        run = par.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    pf = par.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if hanging is not None:
        pf.first_line_indent = Mm(-hanging)
    return par


p = P("AREA VIGILANZA", bold=True, before=4)
P("Servizio Polizia Locale")
bottom_border(P(), "single")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.text = ""
c0.paragraphs[0].add_run("ORDINANZA N. 29").bold = True
c1.text = ""
c1.paragraphs[0].add_run("DEL 16/12/2027").bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

par = P(before=8, after=6, indent=20, hanging=20)
par.add_run("OGGETTO:\t").bold = True
par.add_run("ISTITUZIONE DEL DIVIETO DI SOSTA CON RIMOZIONE FORZATA E DEL SENSO UNICO "
            "ALTERNATO IN VIA ROMA, NEL TRATTO TRA PIAZZA MUNICIPIO E VIA SAN FRANCESCO, "
            "DAL 20/12/2027 AL 07/01/2028 PER LAVORI SULLA RETE IDRICA.").bold = True
par.paragraph_format.tab_stops.add_tab_stop(Mm(20))

P("IL RESPONSABILE DELL'AREA VIGILANZA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
  before=6, after=6)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
body = [
    ("VISTA", "la nota della ditta Idrotermica Savuto S.r.l., esecutrice dei lavori per conto "
     "della società di gestione del servizio idrico, acquisita al prot. n. 9731 del "
     "13/12/2027, con la quale si chiede l'adozione dei provvedimenti di disciplina della "
     "circolazione necessari per la sostituzione di un tratto della condotta idrica in "
     "Via Roma;"),
    ("CONSIDERATO", "che la carreggiata di Via Roma nel tratto interessato ha una larghezza "
     "di circa 6 metri e che l'occupazione del cantiere ne ridurrà la sede utilizzabile a "
     "una sola corsia, rendendo necessario il senso unico alternato regolato da impianto "
     "semaforico mobile e il divieto di sosta su entrambi i lati;"),
    ("RITENUTO", "di dover adottare i provvedimenti a tutela della sicurezza della "
     "circolazione e della pubblica incolumità;"),
    ("VISTI", "gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 e il relativo "
     "Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, "
     "n. 495, nonché l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
]
for lead, txt in body:
    par = P(after=5, align=J)
    par.add_run(lead + " ").bold = True
    par.add_run(txt)

P("O R D I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6)
points = [
    "dalle ore 07:00 del 20/12/2027 alle ore 19:00 del 07/01/2028 l'istituzione del "
    "divieto di sosta con rimozione forzata, ambo i lati, in Via Roma nel tratto compreso "
    "tra Piazza Municipio e Via San Francesco;",
    "nel medesimo periodo e tratto, l'istituzione del senso unico alternato regolato da "
    "impianto semaforico mobile, con limite massimo di velocità di 30 km/h;",
    "alla ditta esecutrice di apporre e mantenere in efficienza la prescritta segnaletica "
    "temporanea almeno 48 ore prima dell'inizio dei lavori, nonché di garantire in ogni "
    "momento il transito dei mezzi di soccorso;",
    "agli agenti della Polizia Locale e agli altri organi di cui all'art. 12 del D.Lgs. "
    "n. 285/1992 di far osservare la presente ordinanza.",
]
for pt in points:
    par = P(after=4, align=J, indent=8, hanging=5)
    par.add_run("-\t" + pt)
    par.paragraph_format.tab_stops.add_tab_stop(Mm(8))

par = P(before=4, after=5, align=J)
par.add_run("AVVERTE ").bold = True
par.add_run("che contro il presente provvedimento è ammesso ricorso al Ministero delle "
            "Infrastrutture e dei Trasporti entro 60 giorni ai sensi dell'art. 37, comma 3, "
            "del D.Lgs. n. 285/1992, ovvero ricorso al T.A.R. Calabria - Catanzaro entro "
            "60 giorni dalla pubblicazione all'Albo Pretorio on line.")

P("Nocera Terinese, 16/12/2027", before=8, after=10)
P("IL RESPONSABILE DELL'AREA VIGILANZA", bold=True, indent=85)
P("F.to Com. Antonio Ventura", indent=92)
doc.save(OUT)
