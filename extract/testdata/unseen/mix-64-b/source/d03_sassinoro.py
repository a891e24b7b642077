# Comune di Sassinoro (BN): Word template; the act's numbers and date exist only in the
# running head repeated on every page (python-docx; converted to PDF by LibreOffice).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.6); s.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
def field(run, code):
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = code
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(a); run._r.append(b); run._r.append(e)
h = s.header.paragraphs[0]
r = h.add_run("COMUNE DI SASSINORO – Area Tecnica – Determinazione n. 19 del 07/05/2026 – Reg. Gen. n. 98"); r.font.size = Pt(8.5); r.italic = True
h.add_run("\t")
r = h.add_run("Pag. "); r.font.size = Pt(8.5); r = h.add_run(); r.font.size = Pt(8.5); field(r, "PAGE")
pPr = h._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")): bt.set(qn(k), v)
bdr.append(bt); pPr.append(bdr)
tabs = OxmlElement("w:tabs"); tb = OxmlElement("w:tab"); tb.set(qn("w:val"), "right"); tb.set(qn("w:pos"), "9638"); tabs.append(tb); pPr.append(tabs)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Via Roma, 2 – 82026 Sassinoro (BN) – tel. 0824 951014 – utc@comune.sassinoro.bn.it"); r.font.size = Pt(7.5)
def P(t, bold=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=6, italic=False):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(t); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p
P("COMUNE DI SASSINORO", True, WD_ALIGN_PARAGRAPH.CENTER, 17, 0)
P("Provincia di Benevento", False, WD_ALIGN_PARAGRAPH.CENTER, 10, 14)
P("AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER, 12, 0)
P("Servizio Lavori Pubblici, Manutenzioni e Protezione Civile", False, WD_ALIGN_PARAGRAPH.CENTER, 10.5, 14)
P("DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER, 12.5, 12)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14)
t.cell(0, 0).width = Cm(2.6); t.cell(0, 1).width = Cm(14)
t.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
t.cell(0, 1).paragraphs[0].add_run("Approvazione del verbale di somma urgenza e affidamento dei lavori di ripristino della strada comunale Piana – Santa Maria a seguito dell'evento franoso del 28 aprile 2026. CUP G47H26000230002 – CIG B8C0A17E35.").bold = True
P("", after=4)
P("IL RESPONSABILE DELL'AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER)
for x in [
 "PREMESSO che nella notte tra il 27 e il 28 aprile 2026, a seguito di intense precipitazioni, si è verificato un movimento franoso che ha interessato il corpo stradale della strada comunale Piana – Santa Maria, all'altezza della progressiva 1+250, con cedimento della scarpata di valle e conseguente interruzione del transito;",
 "CHE con ordinanza sindacale n. 7 del 28/04/2026 è stata disposta la chiusura al transito veicolare e pedonale del tratto interessato;",
 "CHE in data 29/04/2026 il sottoscritto, recatosi sul luogo, ha redatto ai sensi dell'art. 140 del D.Lgs. 36/2023 il verbale di somma urgenza, individuando quale operatore economico immediatamente disponibile la ditta Matese Scavi S.r.l. con sede in Morcone (BN);",
 "CHE la perizia giustificativa redatta in data 04/05/2026 quantifica l'importo dei lavori in € 41.730,00 oltre IVA, di cui € 1.250,00 per oneri della sicurezza non soggetti a ribasso;",
 "VISTA la deliberazione della Giunta Comunale n. 33 del 06/05/2026 con la quale è stata riconosciuta la sussistenza dei presupposti della somma urgenza e approvata la perizia, con relativa copertura finanziaria;",
 "ACCERTATO il possesso dei requisiti in capo all'operatore economico e acquisiti il CUP G47H26000230002 e il CIG B8C0A17E35;",
 "VISTI il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 191, comma 3, e il D.Lgs. 36/2023;",
 ]: P(x)
P("D E T E R M I N A", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate([
 "di approvare il verbale di somma urgenza del 29/04/2026 e la perizia giustificativa del 04/05/2026, che si allegano al presente atto per farne parte integrante;",
 "di affidare alla ditta Matese Scavi S.r.l., P.IVA 01592340627, i lavori di ripristino della strada comunale Piana – Santa Maria per l'importo di € 41.730,00 oltre IVA al 22%, per complessivi € 50.910,60;",
 "di impegnare la spesa di € 50.910,60 al capitolo 2820/1 \"Interventi straordinari viabilità comunale\" del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Geom. Antonio Perugini;",
 "di trasmettere il presente atto al Responsabile dell'Area Finanziaria per il visto di regolarità contabile e la sua pubblicazione all'Albo Pretorio on line per 15 giorni consecutivi."], 1):
    P("%d) %s" % (i, x))
P("Sassinoro, lì 07/05/2026", after=10)
P("IL RESPONSABILE DELL'AREA TECNICA", True, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("Geom. Antonio Perugini", False, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("(documento firmato digitalmente)", False, WD_ALIGN_PARAGRAPH.RIGHT, 9, 16, True)
P("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", True, WD_ALIGN_PARAGRAPH.CENTER, 10.5)
P("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. 214/2026.", size=10.5)
P("Il Responsabile dell'Area Finanziaria – Rag. Carmela Iannace", False, WD_ALIGN_PARAGRAPH.RIGHT, 10.5)
d.save(out)
