"""Comune di Meldola - avviso typed in the Civilia Next Word model (python-docx),
exported to PDF by LibreOffice Writer. The issuing office is printed only in
the signature block."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest_png = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
sec.left_margin = sec.right_margin = Cm(2.2)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")

def para(text="", bold=False, size=None, align=None, space_after=6, italic=False,
         spacing=None, font=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if spacing:
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rpr.append(sp)
    return p

# Letterhead: crest left, name right, in a borderless table
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
for cell, w in ((c0, Cm(2.6)), (c1, Cm(14.0))):
    cell.width = w
    tcW = cell._tc.get_or_add_tcPr().get_or_add_tcW()
    tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(int(w.cm * 567)))
grid = t._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(2.6), Cm(14.0))):
    gc.set(qn("w:w"), str(int(w.cm * 567)))
c0.paragraphs[0].add_run().add_picture(crest_png, width=Cm(1.9))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI MELDOLA")
r.bold = True; r.font.size = Pt(19); r.font.name = "Liberation Sans"
r.font.color.rgb = RGBColor(0x7a, 0x12, 0x1a)
p2 = c1.add_paragraph()
r = p2.add_run("Provincia di Forlì-Cesena")
r.italic = True; r.font.size = Pt(11)
p3 = c1.add_paragraph()
r = p3.add_run("Piazza Felice Orsini, 29 – 47014 Meldola (FC) – Tel. 0543 499411 – C.F. 80006990401")
r.font.size = Pt(8.5); r.font.name = "Liberation Sans"
# rule under letterhead
pr = doc.add_paragraph()
pPr = pr._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "7A121A")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
pr.paragraph_format.space_after = Pt(4)

# Protocol line (Civilia puts it top left, classification right)
p = doc.add_paragraph()
p.paragraph_format.space_after = Pt(18)
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
r = p.add_run("Prot. n. 1184\tCl. 7.1 – Fasc. 2027/3")
r.font.size = Pt(9.5); r.font.name = "Liberation Sans"

para("A V V I S O", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4, spacing=40)
para("ISCRIZIONI AL SERVIZIO DI PRE-SCUOLA E POST-SCUOLA PER IL SECONDO QUADRIMESTRE DELL'ANNO SCOLASTICO 2026/2027",
     bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=16)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Si informano le famiglie degli alunni frequentanti la Scuola Primaria “Dante Alighieri” e la "
     "Scuola Primaria di San Colombano che dal 18 gennaio al 30 gennaio 2027 sono aperte le iscrizioni "
     "al servizio di pre-scuola (dalle ore 7.30 all'inizio delle lezioni) e di post-scuola (dal termine "
     "delle lezioni alle ore 17.30) per il periodo dal 1° febbraio al 5 giugno 2027.", align=J)
para("Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale degli alunni "
     "che si trovino in una delle seguenti condizioni:", align=J)
for s in ("entrambi i genitori impegnati in attività lavorativa con orario incompatibile con l'orario scolastico;",
          "nucleo familiare monoparentale con genitore occupato;",
          "situazioni di particolare necessità segnalate dai Servizi Sociali dell'Unione dei Comuni della Romagna Forlivese."):
    p = doc.add_paragraph(style="List Bullet")
    p.alignment = J
    p.add_run(s)
para("La domanda si presenta esclusivamente on line, tramite SPID o CIE, dallo Sportello telematico "
     "del Comune, sezione “Scuola”. Le tariffe sono quelle approvate con la deliberazione della Giunta "
     "Comunale n. 142 del 18/12/2026: € 95,00 per il pre-scuola ed € 160,00 per il post-scuola a "
     "quadrimestre, con la riduzione del 30% dal secondo figlio iscritto.", align=J)
para("Le domande pervenute oltre il termine saranno accolte nei limiti dei posti disponibili, in "
     "ordine di arrivo. Per informazioni: tel. 0543 499427 – 0543 499428, dal lunedì al sabato dalle "
     "ore 9.00 alle ore 12.30.", align=J, space_after=20)
para("Meldola, 14 gennaio 2027", space_after=14)
for line, b in (("IL RESPONSABILE DEL SERVIZIO", True),
                ("SCUOLA E POLITICHE GIOVANILI", True),
                ("dott.ssa Chiara Zanetti", False)):
    p = para(line, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p.paragraph_format.left_indent = Cm(7.5)
p = para("(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", italic=True, size=8.5,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
p.paragraph_format.left_indent = Cm(6.5)

# footer with page field
f = sec.footer.paragraphs[0]
f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Comune di Meldola – www.comune.meldola.fc.it – pag. ")
r.font.size = Pt(8)
def field(par, code):
    r = par.add_run(); r.font.size = Pt(8)
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = code; r._r.append(i)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
field(f, "PAGE")
doc.save(out)
