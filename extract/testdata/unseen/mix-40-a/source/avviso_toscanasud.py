# Consorzio di Bonifica 6 Toscana Sud - AVVISO PUBBLICO n. 4/2026 (Word template look, python-docx ->
# LibreOffice Writer -> PDF), header with logo box and running footer
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(16)
n = d.styles["Normal"]
n.font.name = "Liberation Sans"
n.font.size = Pt(10.5)
n.paragraph_format.space_after = Pt(4)
BLUE = RGBColor(0x00, 0x4E, 0x8C)


def P(text="", bold=False, italic=False, align=None, size=None, after=None, color=None, caps=False):
    p = d.add_paragraph()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Mm(170))
a, b = t.rows[0].cells
t.autofit = False
lay = OxmlElement("w:tblLayout")
lay.set(qn("w:type"), "fixed")
t._tbl.tblPr.append(lay)
for col, w in zip(t.columns, (Mm(24), Mm(146))):
    col.width = w
    for cell in col.cells:
        cell.width = w
ra = a.paragraphs[0].add_run("CB6")
ra.bold = True
ra.font.size = Pt(20)
ra.font.color.rgb = BLUE
pb = b.paragraphs[0]
r = pb.add_run("CONSORZIO DI BONIFICA 6 TOSCANA SUD")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = BLUE
p2 = b.add_paragraph()
r = p2.add_run("Ente di diritto pubblico - L.R. Toscana 27 dicembre 2012, n. 79")
r.font.size = Pt(8)
p3 = b.add_paragraph()
r = p3.add_run("Via Ximenes, 3 - 58100 Grosseto - PEC: bonifica@pec.cb6toscanasud.it")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Consorzio di Bonifica 6 Toscana Sud - Avviso pubblico n. 4/2026 - Area Manutenzione e Difesa Idraulica")
r.font.size = Pt(7.5)

P("Area Manutenzione e Difesa Idraulica", bold=True, align="r", after=0)
P("Prot. n. 3127/2026", align="r", after=0)
P("Grosseto, 16 marzo 2026", align="r", after=14)
P("AVVISO PUBBLICO n. 4/2026", bold=True, size=15, align="c", after=6, color=BLUE)
P("AVVISO PUBBLICO PER LA FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI DA INVITARE ALLE PROCEDURE DI "
  "AFFIDAMENTO DEI LAVORI DI MANUTENZIONE ORDINARIA DEL RETICOLO IDRAULICO DI GESTIONE - TRIENNIO 2026-2028",
  bold=True, align="c", after=12)
P("IL DIRIGENTE DELL'AREA MANUTENZIONE E DIFESA IDRAULICA", bold=True, align="c", after=8)
for t in [
    "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 50, comma 1, lett. a) e c), e l'allegato II.1;",
    "Vista la L.R. Toscana 27 dicembre 2012, n. 79, e il Piano delle attività di bonifica 2026 approvato dall'Assemblea "
    "consortile;",
    "In esecuzione del decreto del Direttore Generale n. 58 del 10 marzo 2026;",
]:
    P(t, align="j")
P("RENDE NOTO", bold=True, align="c", after=8)
P("che il Consorzio intende costituire un elenco di operatori economici da consultare per l'affidamento dei lavori di "
  "manutenzione ordinaria dei corsi d'acqua, dei canali e delle opere idrauliche del comprensorio, secondo quanto "
  "di seguito indicato.", align="j")
sections = [
    ("Art. 1 - Oggetto e durata",
     "L'elenco ha validità per il triennio 2026-2028 ed è articolato nelle seguenti sezioni territoriali: A) Bacino "
     "dell'Ombrone; B) Bacino dell'Albegna e della Fiora; C) Bacino del Bruna e dei corsi d'acqua costieri."),
    ("Art. 2 - Requisiti di partecipazione",
     "Possono presentare domanda gli operatori economici in possesso dei requisiti di ordine generale di cui agli "
     "artt. 94 e seguenti del D.Lgs. 36/2023 e dell'attestazione SOA nella categoria OG8, ovvero, per lavori di "
     "importo inferiore a euro 150.000,00, dei requisiti di cui all'art. 28 dell'allegato II.12."),
    ("Art. 3 - Modalità e termine di presentazione",
     "Le domande devono pervenire esclusivamente tramite la piattaforma telematica START della Regione Toscana "
     "entro le ore 12:00 del giorno 17 aprile 2026. Le domande pervenute oltre il termine saranno iscritte "
     "nell'aggiornamento semestrale successivo."),
    ("Art. 4 - Trattamento dei dati personali",
     "I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del "
     "presente avviso. Titolare del trattamento è il Consorzio di Bonifica 6 Toscana Sud."),
    ("Art. 5 - Responsabile del procedimento e informazioni",
     "Il Responsabile unico del progetto è l'ing. Federico Baccetti. Informazioni possono essere richieste "
     "all'indirizzo appalti@cb6toscanasud.it. Il presente avviso è pubblicato all'Albo consortile on line e sul "
     "profilo del committente per 30 giorni consecutivi."),
]
for h, t in sections:
    P(h, bold=True, after=2, color=BLUE)
    P(t, align="j", after=8)
P(after=10)
P("IL DIRIGENTE", bold=True, align="r", after=0)
P("Area Manutenzione e Difesa Idraulica", align="r", after=0)
P("Ing. Alessandra Nannetti", align="r", after=0)
P("(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", italic=True, size=8, align="r")
d.save(out)
