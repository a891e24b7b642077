#!/usr/bin/env python3
"""Comune di Casella - avviso of the Area Amministrativa, typed in a Word
model (python-docx): letterhead in the page header as a table beside a crest
picture, protocol and date on one line with a right tab, a boxed title.
build.sh exports it with LibreOffice Writer."""
import sys, os, tempfile
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-casella-jiride.docx"

tmp = tempfile.mkdtemp()
crest = os.path.join(tmp, "stemma.png")
im = Image.new("RGB", (170, 220), "white")
d = ImageDraw.Draw(im)
d.polygon([(0, 0), (170, 0), (170, 130), (130, 190), (85, 219), (40, 190), (0, 130)], fill=(29, 78, 137))
d.rectangle([75, 40, 95, 190], fill="white")
d.rectangle([30, 90, 140, 110], fill="white")
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(48), Mm(22)
sec.header_distance = Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15

hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.columns[0].width = Mm(24)
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(24), Mm(142)
ht.autofit = False
for gc, w in zip(ht._tbl.tblGrid.findall(qn("w:gridCol")), (Mm(24), Mm(142))):
    gc.set(qn("w:w"), str(int(w.twips)))
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(16))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI CASELLA")
r.bold = True
r.font.size = Pt(17)
p2 = c1.add_paragraph()
p2.add_run("Città Metropolitana di Genova").font.size = Pt(10.5)
p3 = c1.add_paragraph()
p3.add_run("Piazza Europa, 1 – 16015 Casella (GE) – C.F. 00954390102 – Tel. 010 9677011").font.size = Pt(8)
for q in (p, p2, p3):
    q.paragraph_format.space_after = Pt(0)
# rule under the letterhead
hp = hdr.add_paragraph()
pPr = hp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
    b.set(qn(k), v)
bdr.append(b)
pPr.append(bdr)

ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = ftr.add_run("Ufficio Pubblica Istruzione – tel. 010 9677024 – e-mail: scuola@comune.casella.ge.it")
fr.font.size = Pt(8)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, indent=None):
    q = doc.add_paragraph()
    q.alignment = align
    if text:
        rr = q.add_run(text)
        rr.bold = bold
        if size:
            rr.font.size = Pt(size)
    if after is not None:
        q.paragraph_format.space_after = Pt(after)
    if indent is not None:
        q.paragraph_format.left_indent = Mm(indent)
        q.paragraph_format.first_line_indent = Mm(-6)
    return q


para("AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=11, after=8)
q = para(align=WD_ALIGN_PARAGRAPH.LEFT, after=14)
q.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
q.add_run("Prot. n. 6412")
q.add_run("\tCasella, 09/08/2028")

# boxed title
tt = doc.add_table(rows=1, cols=1)
tt.style = "Table Grid"
tp = tt.rows[0].cells[0].paragraphs[0]
tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
tr = tp.add_run("AVVISO PUBBLICO PER L’ISCRIZIONE AL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2028/2029")
tr.bold = True
tr.font.size = Pt(12.5)
para(after=4)

para("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("In esecuzione della deliberazione della Giunta Comunale n. 49 del 04/07/2028, con la quale sono state "
     "approvate le tariffe dei servizi scolastici per l’anno scolastico 2028/2029,")
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("che sono aperte le iscrizioni al servizio di trasporto scolastico per gli alunni della scuola "
     "dell’infanzia, della scuola primaria e della scuola secondaria di primo grado dell’Istituto Comprensivo "
     "Valle Scrivia, residenti nel Comune di Casella.")
para("Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale che:", after=2)
reqs = [
    "siano residenti nel Comune di Casella o in frazioni servite dal percorso comunale;",
    "abbiano iscritto il figlio o la figlia a un plesso dell’Istituto Comprensivo servito dal trasporto;",
    "siano in regola con il pagamento delle tariffe dei servizi scolastici degli anni precedenti.",
]
for i, t in enumerate(reqs, 1):
    para("%d)\t%s" % (i, t), indent=8, after=2)
para(after=2)
para("La domanda deve essere presentata entro il 5 settembre 2028, utilizzando il modulo disponibile "
     "presso l’Ufficio Pubblica Istruzione e sul sito istituzionale, con una delle seguenti modalità: consegna "
     "all’Ufficio Protocollo negli orari di apertura al pubblico; invio all’indirizzo di posta elettronica "
     "certificata del Comune; compilazione on line tramite lo Sportello telematico.")
para("Le domande pervenute oltre il termine saranno accolte compatibilmente con la disponibilità dei posti "
     "sui mezzi e con i percorsi già definiti. Le tariffe e le riduzioni per il secondo figlio sono indicate "
     "nella deliberazione sopra richiamata.")
para("Il trattamento dei dati personali avviene ai sensi del Regolamento (UE) 2016/679; l’informativa "
     "completa è pubblicata sul sito istituzionale dell’Ente.", size=10)
para("Responsabile del procedimento: sig.ra Roberta Traverso, Ufficio Pubblica Istruzione.", size=10, after=18)

sg = doc.add_table(rows=3, cols=2)
cells = [("", "IL RESPONSABILE DELL’AREA AMMINISTRATIVA"), ("", "dott.ssa Chiara Oliveri"),
         ("", "(documento firmato digitalmente)")]
for row, (a, bb) in zip(sg.rows, cells):
    cp = row.cells[1].paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = cp.add_run(bb)
    if bb.startswith("IL"):
        rr.bold = True
    if bb.startswith("("):
        rr.italic = True
        rr.font.size = Pt(9)

doc.core_properties.author = "Area Amministrativa"
doc.core_properties.title = "Avviso trasporto scolastico 2028/2029"
doc.save(OUT)
