"""Comune di Valguarnera Caropepe - avviso of the Area Amministrativa typed in
the Sikuel Word model: letterhead in the page header, letter-spaced title,
justified text, a continuous two-column section for the delivery calendar;
exported by LibreOffice Writer. The issuing office is printed only in the
signature block."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest_png = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(4.6), Cm(2.2)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header_distance = Cm(1.0)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"; st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")

def run(p, text, bold=False, italic=False, size=None, font=None, spacing=None):
    r = p.add_run(text); r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    if font: r.font.name = font
    if spacing:
        rpr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    return r

def para(text="", align=None, after=6, **kw):
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    if align is not None: p.alignment = align
    if text: run(p, text, **kw)
    return p

def set_cols(section, n, space_cm=1.0, sep=True):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sp.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep: cols.set(qn("w:sep"), "1")

# header: crest floating left, name centred
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(hp, "").add_picture(crest_png, width=Cm(1.3))
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(hp2, "COMUNE DI VALGUARNERA CAROPEPE", bold=True, size=16)
hp3 = sec.header.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(hp3, "Libero Consorzio Comunale di Enna", italic=True, size=11)
hp4 = sec.header.add_paragraph(); hp4.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(hp4, "Piazza della Repubblica - 94019 Valguarnera Caropepe (EN) - C.F. 80001490860", size=7.5, font="Liberation Sans")
pPr = hp4._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "double"), ("w:sz", "6"), ("w:space", "2"), ("w:color", "000000")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run(fp, "Pag. 1 di 1", size=8, font="Liberation Sans")

C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
p = para(after=20)
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), alignment=2)
run(p, "Prot. n. 689", size=10, font="Liberation Sans")
run(p, "\tValguarnera Caropepe, 18/01/2027", size=11)
para("AVVISO", align=C, after=6, bold=True, size=20, spacing=120)
para("TRASPORTO GRATUITO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO (L.R. 24/1973) – "
     "CONSEGNA DEGLI ABBONAMENTI DEL PERIODO SETTEMBRE-DICEMBRE 2026", align=C, after=16, bold=True, size=12)
para("Si avvisano gli studenti pendolari residenti, frequentanti gli istituti di istruzione secondaria di secondo "
     "grado di Enna, Piazza Armerina e Caltanissetta, e i loro genitori, che per ottenere il rimborso della spesa "
     "sostenuta nel periodo settembre-dicembre 2026 occorre consegnare gli abbonamenti mensili in originale, "
     "unitamente al certificato di frequenza rilasciato dall'istituto scolastico, presso l'Ufficio Pubblica "
     "Istruzione (piano terra del Palazzo municipale), secondo il seguente calendario:", align=J)

# continuous section in two columns for the calendar
s2 = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(s2, 2)
cal = [("lunedì 25 gennaio", "cognomi dalla A alla C"), ("martedì 26 gennaio", "cognomi dalla D alla G"),
       ("mercoledì 27 gennaio", "cognomi dalla H alla M"), ("giovedì 28 gennaio", "cognomi dalla N alla R"),
       ("venerdì 29 gennaio", "cognomi dalla S alla Z"), ("sabato 30 gennaio", "recupero, per tutti")]
for d, who in cal:
    p = para(after=3)
    run(p, d + ": ", bold=True, size=11); run(p, who, size=11)
s3 = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(s3, 1, sep=False)
p = para("Orario di ricevimento: dalle ore 9.00 alle ore 12.30. Gli abbonamenti consegnati oltre il 30 gennaio 2027 "
         "saranno rimborsati solo nei limiti delle risorse residue trasferite dalla Regione Siciliana. Il rimborso "
         "sarà effettuato mediante accredito sul conto corrente intestato a uno dei genitori o allo studente "
         "maggiorenne, il cui IBAN va indicato nel modulo disponibile presso l'Ufficio e sul sito istituzionale.",
         align=J)
p.paragraph_format.space_before = Pt(8)
para("Per informazioni: Ufficio Pubblica Istruzione, tel. 0935 955124.", align=J, after=24)
for t, b in (("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True), ("dott.ssa Concetta Arcuria", False)):
    p = para(t, align=C, after=0, bold=b); p.paragraph_format.left_indent = Cm(6.0)
p = para("(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)",
         align=C, after=0, italic=True, size=8)
p.paragraph_format.left_indent = Cm(6.0)
doc.save(out)
