# Comune di Controguerra (TE) - unnumbered AVVISO of the Area Amministrativa (summer camp enrolment).
# Word model written with python-docx: the letterhead is a table in the page header whose right cell
# holds the protocol number and its date (the only date of the notice); the closing line has no date.
# Converted to PDF by LibreOffice Writer (build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.12
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.2); sec.bottom_margin = Cm(1.6)
sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
doc.core_properties.title = "Avviso centro estivo 2026"; doc.core_properties.author = "Area Amministrativa"

def borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge); v = kw.get(edge, "nil")
        e.set(qn("w:val"), v)
        if v != "nil": e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
def run(p, text, bold=False, size=None, italic=False, color=None, caps=False, spacing=None):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if spacing is not None:
        rPr = r._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rPr.append(sp)
    return r
def field(p, instr, size=8):
    r = p.add_run(); r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    t = OxmlElement("w:t"); t.text = "1"; r._r.append(t)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)

# ---- header: letterhead table with the protocol box ----
hdr = sec.header
hp = hdr.paragraphs[0]
tbl = hdr.add_table(rows=1, cols=3, width=Cm(16.6))
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
w = [Cm(1.8), Cm(9.8), Cm(5.0)]
tbl.autofit = False
for i, c in enumerate(tbl.rows[0].cells): c.width = w[i]
for i, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(w[i].twips)))
crest, name, prot = tbl.rows[0].cells
borders(crest); borders(name); borders(prot, top="single", left="single", bottom="single", right="single")
p = crest.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "✠", size=26, color="1F3864")
p = name.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
run(p, "COMUNE DI CONTROGUERRA", bold=True, size=16, color="1F3864")
p = name.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, "Provincia di Teramo", italic=True, size=10)
p = name.add_paragraph(); p.paragraph_format.space_after = Pt(0)
run(p, "Area Amministrativa – Servizi Sociali, Scolastici e Culturali", size=8.5)
p = name.add_paragraph(); p.paragraph_format.space_after = Pt(0)
run(p, "Piazza Umberto I – 64010 Controguerra (TE) – tel. 0861 89 100", size=7.5, color="444444")
shade(prot, "EDEDED")
p = prot.paragraphs[0]; p.paragraph_format.space_after = Pt(0); run(p, "PROTOCOLLO GENERALE", bold=True, size=7.5)
p = prot.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, "Prot. n. 2693", bold=True, size=10)
p = prot.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, "del 09/06/2026", bold=True, size=10)
p = prot.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, "Tit. VII – Cl. 2", size=7.5)

ftr = sec.footer
fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "Comune di Controguerra – PEC: protocollo@pec.comune.controguerra.te.it – pag. ", size=8)
field(fp, "PAGE"); run(fp, " di ", size=8); field(fp, "NUMPAGES")

# ---- body ----
def para(text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, size=None, after=None, before=None, indent=None):
    p = doc.add_paragraph(); p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    run(p, text, bold=bold, size=size); return p

p = para("", WD_ALIGN_PARAGRAPH.CENTER, before=10, after=2); run(p, "AVVISO", bold=True, size=22, spacing=120)
p = para("", WD_ALIGN_PARAGRAPH.CENTER, after=0); run(p, "ISCRIZIONI AL CENTRO ESTIVO COMUNALE “ESTATE INSIEME 2026”", bold=True, size=12.5)
p = para("", WD_ALIGN_PARAGRAPH.CENTER, after=12); run(p, "PER BAMBINI E RAGAZZI DAI 4 AI 13 ANNI", bold=True, size=12.5)

para("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=6)
para("In attuazione della deliberazione della Giunta comunale n. 37 del 28/05/2026, con la quale sono stati approvati gli indirizzi per l'organizzazione del centro estivo comunale e le relative quote di compartecipazione,", indent=0.8)
para("RENDE NOTO", WD_ALIGN_PARAGRAPH.CENTER, bold=True, before=4, after=4)
para("che sono aperte le iscrizioni al centro estivo comunale “Estate Insieme 2026”, che si svolgerà presso la Scuola primaria di via Roma e gli impianti sportivi comunali dal 29 giugno al 7 agosto 2026, dal lunedì al venerdì, dalle ore 8:00 alle ore 13:00, con possibilità di prolungamento fino alle ore 16:00 comprensivo del pranzo.", indent=0.8)
para("Possono iscriversi i bambini e i ragazzi residenti nel Comune di Controguerra, o frequentanti le scuole del territorio comunale, di età compresa tra 4 anni compiuti e 13 anni. Le domande dei non residenti saranno accolte nei limiti dei posti disponibili.", indent=0.8)
para("La domanda, redatta sull'apposito modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, deve pervenire entro le ore 12:00 del 19 giugno 2026 con una delle seguenti modalità: consegna a mano all'Ufficio Protocollo; invio tramite posta elettronica certificata all'indirizzo del Comune.", indent=0.8)
para("Le quote settimanali di compartecipazione sono le seguenti:", indent=0.8, after=4)

t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [("Fascia ISEE", "Orario 8:00–13:00", "Orario 8:00–16:00"),
        ("fino a € 10.000,00", "€ 25,00", "€ 40,00"),
        ("da € 10.000,01 a € 25.000,00", "€ 35,00", "€ 55,00"),
        ("oltre € 25.000,00 o ISEE non presentato", "€ 45,00", "€ 70,00")]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.rows[i].cells[j]; c.paragraphs[0].paragraph_format.space_after = Pt(1)
        run(c.paragraphs[0], v, bold=(i == 0), size=10)
        if i == 0: shade(c, "D9E2F3")
para("", after=2)
para("Per il secondo figlio iscritto la quota è ridotta del 20%. Il servizio sarà attivato con un numero minimo di 15 iscritti; qualora le domande superino i posti disponibili (60), sarà formata una graduatoria secondo i criteri indicati nel modulo di domanda.", indent=0.8)
para("Per informazioni: Ufficio Servizi Sociali, tel. 0861 89 100 int. 3, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00.", indent=0.8)
para("Dalla Residenza Municipale", WD_ALIGN_PARAGRAPH.LEFT, before=8, after=14)
for s, b in [("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True), ("dott.ssa Valentina Di Sabatino", False)]:
    p = para("", WD_ALIGN_PARAGRAPH.CENTER, after=0); p.paragraph_format.left_indent = Cm(8); run(p, s, bold=b)
p = para("", WD_ALIGN_PARAGRAPH.CENTER, after=0); p.paragraph_format.left_indent = Cm(8)
run(p, "(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)", italic=True, size=8)
doc.save(sys.argv[1])
