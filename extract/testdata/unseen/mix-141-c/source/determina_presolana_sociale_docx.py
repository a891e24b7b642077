"""Unione dei Comuni Lombarda della Presolana - determinazione of the
Servizio associato Servizi Sociali, written as .docx with python-docx (the
letterhead in the page header, the numbers in a table) and exported by
LibreOffice Writer. usage: script OUT.docx CREST.png"""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.6), Cm(2.2)
sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0)
sec.header_distance = Cm(1.0)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.08


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


# header: crest + name, rule under it
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(16.7))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
ht.columns[0].width = Cm(1.8)
ht.cell(0, 0).width = Cm(1.8)
ht.cell(0, 1).width = Cm(14.9)
ht.cell(0, 0).paragraphs[0].add_run().add_picture(crest, width=Cm(1.35))
p = ht.cell(0, 1).paragraphs[0]
r = p.add_run("UNIONE DEI COMUNI LOMBARDA DELLA PRESOLANA")
r.bold = True; r.font.size = Pt(14); r.font.name = "Liberation Sans"
p2 = ht.cell(0, 1).add_paragraph()
r = p2.add_run("Provincia di Bergamo"); r.font.size = Pt(10); r.font.name = "Liberation Sans"
p3 = ht.cell(0, 1).add_paragraph()
r = p3.add_run("Comuni di Cerete – Fino del Monte – Onore – Songavazzo")
r.font.size = Pt(8); r.font.name = "Liberation Sans"; r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
hdr.paragraphs[0].text = ""

# footer
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Determinazione Reg. Gen. n. 9 del 16/01/2029 – pag. "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")


def P(text="", bold=False, align=None, size=None, italic=False, before=0, after=4, font=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    return p


C = WD_ALIGN_PARAGRAPH.CENTER
J = WD_ALIGN_PARAGRAPH.JUSTIFY

P("AREA SERVIZI ALLA PERSONA", bold=True, align=C, size=12, after=0)
P("Servizio associato Servizi Sociali", align=C, size=11, after=8)

t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "N. 1 del 15/01/2029"),
        ("REGISTRO GENERALE", "N. 9 del 16/01/2029")]
for i, (a, b) in enumerate(vals):
    ca, cb = t.cell(i, 0), t.cell(i, 1)
    ca.width, cb.width = Cm(10.5), Cm(5.5)
    cell_shade(ca, "E6E6E6")
    ra = ca.paragraphs[0].add_run(a); ra.bold = True; ra.font.size = Pt(10); ra.font.name = "Liberation Sans"
    rb = cb.paragraphs[0].add_run(b); rb.bold = True; rb.font.size = Pt(10); rb.font.name = "Liberation Sans"

SUBJECT = ("LIQUIDAZIONE ALLA COOPERATIVA SOCIALE IL GIRASOLE ONLUS DEL CORRISPETTIVO PER IL SERVIZIO DI "
           "ASSISTENZA DOMICILIARE AD ANZIANI E DISABILI - MESI DI NOVEMBRE E DICEMBRE 2028 - CIG A0C4E58B21")
p = P(before=10, after=10, align=J)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run(SUBJECT); r.bold = True

P("IL RESPONSABILE DEL SERVIZIO", bold=True, align=C, before=4, after=6)

PREM = [
    "Richiamato il decreto del Presidente dell'Unione n. 2 del 08/01/2029 di conferimento dell'incarico di "
    "Responsabile dell'Area Servizi alla Persona per l'anno 2029;",
    "Richiamata la propria determinazione n. 14 del 22/06/2027 (Reg. Gen. n. 131), con la quale è stato "
    "aggiudicato alla Cooperativa Sociale Il Girasole ONLUS, con sede in Clusone, il servizio di assistenza "
    "domiciliare (SAD) per i Comuni dell'Unione per il periodo 01/07/2027 – 30/06/2030, e assunto il relativo "
    "impegno pluriennale;",
    "Viste le fatture elettroniche n. 212/PA del 30/11/2028 di € 7.842,15 e n. 236/PA del 31/12/2028 di "
    "€ 7.215,40, IVA al 5% compresa, relative alle prestazioni rese nei mesi di novembre e dicembre 2028;",
    "Verificato, sulla base dei fogli di presenza vistati dall'assistente sociale, che le prestazioni sono state "
    "regolarmente eseguite e che le ore fatturate corrispondono a quelle effettivamente svolte;",
    "Acquisito il DURC regolare e verificati gli adempimenti di cui all'art. 48-bis del D.P.R. 602/1973;",
    "Visti l'art. 184 del D.Lgs. 18 agosto 2000, n. 267 e il Regolamento di contabilità dell'Unione;",
]
for s in PREM:
    P(s, align=J)

P("D E T E R M I N A", bold=True, align=C, before=6, after=6)
PTS = [
    "di liquidare alla Cooperativa Sociale Il Girasole ONLUS la somma complessiva di € 15.057,55, IVA compresa, "
    "a saldo delle fatture n. 212/PA e n. 236/PA sopra richiamate;",
    "di imputare la spesa alla Missione 12, Programma 03, capitolo 10430/2 del bilancio 2029-2031, gestione "
    "residui 2028, impegno n. 388/2027;",
    "di disporre che il pagamento avvenga mediante bonifico sul conto corrente dedicato comunicato ai sensi "
    "dell'art. 3 della legge 13 agosto 2010, n. 136, applicando lo split payment per la quota IVA;",
    "di trasmettere il presente atto al Servizio Finanziario per i controlli e gli adempimenti di competenza.",
]
for i, s in enumerate(PTS, 1):
    p = doc.add_paragraph()
    p.alignment = J
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(4)
    p.add_run("%d) " % i)
    p.add_run(s)

p = P(before=16, after=0)
p.add_run("Cerete, 15/01/2029")
p = P(align=WD_ALIGN_PARAGRAPH.RIGHT, before=6, after=0)
p.paragraph_format.right_indent = Cm(1.0)
p.add_run("IL RESPONSABILE DEL SERVIZIO")
p = P(align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
p.paragraph_format.right_indent = Cm(1.4)
p.add_run("Dott.ssa Chiara Marinoni")
p = P(align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
p.paragraph_format.right_indent = Cm(0.8)
r = p.add_run("(firmato digitalmente ai sensi del D.Lgs. 82/2005)"); r.italic = True; r.font.size = Pt(8)

t2 = doc.add_table(rows=1, cols=1)
t2.style = "Table Grid"
cc = t2.cell(0, 0)
r = cc.paragraphs[0].add_run("SERVIZIO FINANZIARIO – VISTO DI REGOLARITÀ CONTABILE")
r.bold = True; r.font.size = Pt(9.5)
q = cc.add_paragraph()
r = q.add_run("Si attesta la regolarità contabile del presente atto di liquidazione e la disponibilità della somma "
              "sull'impegno n. 388/2027. Mandati n. 52 e n. 53 del 16/01/2029.")
r.font.size = Pt(9.5)
q = cc.add_paragraph()
r = q.add_run("Cerete, 16/01/2029                        Il Responsabile del Servizio Finanziario – Rag. Monica Scandella")
r.font.size = Pt(9.5)

doc.core_properties.author = "mmarinoni"
doc.core_properties.title = "Determinazione Servizi Sociali n. 1/2029"
doc.save(out)
