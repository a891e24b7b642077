#!/usr/bin/env python3
"""Comune di Gambassi Terme - avviso pubblico, house style "Civilia Next",
typed as a Word document (python-docx) to be exported by LibreOffice.
The letterhead is a two-cell table (crest picture + name); the office line
is letter-spaced (w:spacing), the articles are Word headings."""
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out = sys.argv[1] if len(sys.argv) > 1 else "avviso-gambassiterme-civilianext.docx"
tmp = os.path.dirname(os.path.abspath(out))
crest = os.path.join(tmp, "crest-gambassi.png")

# a simple crest: shield, red chief, white field
im = Image.new("RGB", (180, 216), "white")
d = ImageDraw.Draw(im)
d.rectangle([10, 10, 170, 100], fill=(178, 34, 34))
d.rounded_rectangle([10, 10, 170, 206], radius=70, outline=(31, 62, 107), width=6)
d.rectangle([10, 10, 170, 110], outline=(31, 62, 107), width=6)
d.ellipse([70, 130, 110, 170], outline=(31, 62, 107), width=5)
im.save(crest)

NAVY = RGBColor(0x1F, 0x3E, 0x6B)
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None):
    p = doc.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# letterhead table
t = doc.add_table(rows=1, cols=2)
t.autofit = False
t.columns[0].width = Mm(22)
t.columns[1].width = Mm(146)
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(22), Mm(146)
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(15))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI GAMBASSI TERME")
r.bold = True; r.font.size = Pt(17); r.font.color.rgb = NAVY
spacing(r, 10)
p.paragraph_format.space_after = Pt(0)
p = c1.add_paragraph(); r = p.add_run("Città Metropolitana di Firenze"); r.font.size = Pt(10)
p.paragraph_format.space_after = Pt(0)
p = c1.add_paragraph()
r = p.add_run("Via Garibaldi, 7 – 50050 Gambassi Terme (FI) – C.F. 82003670480")
r.font.size = Pt(8)

# rule under the letterhead
p = doc.add_paragraph()
pPr = p._element.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "1F3E6B")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
p.paragraph_format.space_after = Pt(8)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("AREA SERVIZI ALLA PERSONA"); r.bold = True; r.font.size = Pt(11)
spacing(r, 60)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Servizio Sport, Cultura e Associazionismo"); r.font.size = Pt(9.5)
p.paragraph_format.space_after = Pt(14)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE "
              "DILETTANTISTICHE PER L’ATTIVITÀ SVOLTA NELLA STAGIONE 2026/2027")
r.bold = True; r.font.size = Pt(12)
p.paragraph_format.space_after = Pt(12)

para("IL RESPONSABILE DELL’AREA SERVIZI ALLA PERSONA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("In esecuzione della deliberazione della Giunta Comunale n. 36 del 30/03/2027, con la quale sono stati "
     "approvati i criteri per l’erogazione di contributi alle associazioni sportive, e della propria "
     "determinazione n. 176 del 09/04/2027, con la quale è stato approvato il presente avviso;")
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("che è indetta una procedura pubblica per la concessione di contributi economici a sostegno "
     "dell’attività sportiva dilettantistica svolta nel territorio comunale nella stagione 2026/2027.")

arts = [
    ("Art. 1 – Finalità e risorse disponibili",
     "Il Comune di Gambassi Terme sostiene la pratica sportiva quale strumento di promozione della salute, "
     "di inclusione sociale e di educazione dei giovani. Le risorse complessivamente destinate al presente "
     "avviso ammontano a € 22.000,00."),
    ("Art. 2 – Soggetti beneficiari",
     "Possono presentare domanda le associazioni e società sportive dilettantistiche iscritte al Registro "
     "Nazionale delle Attività Sportive Dilettantistiche, con sede nel Comune di Gambassi Terme o che svolgano "
     "in modo continuativo la propria attività presso gli impianti sportivi comunali."),
    ("Art. 3 – Termini e modalità di presentazione",
     "La domanda, redatta sul modulo allegato al presente avviso e sottoscritta dal legale rappresentante, "
     "dovrà pervenire entro le ore 12:00 del giorno 17 maggio 2027, tramite PEC all’indirizzo "
     "comune.gambassiterme@postacert.toscana.it oppure mediante consegna all’Ufficio Protocollo."),
    ("Art. 4 – Criteri di ripartizione",
     "I contributi saranno ripartiti sulla base del numero di tesserati under 18 residenti, delle attività "
     "rivolte a persone con disabilità, dei costi sostenuti per l’utilizzo degli impianti e della "
     "partecipazione alle manifestazioni promosse dall’Amministrazione comunale, secondo i punteggi "
     "stabiliti dalla deliberazione della Giunta Comunale n. 36 del 30/03/2027."),
    ("Art. 5 – Informazioni e trattamento dei dati",
     "Responsabile del procedimento è la Dott.ssa Valentina Masini. Per informazioni è possibile rivolgersi "
     "al Servizio Sport, Cultura e Associazionismo (tel. 0571 638211). I dati personali saranno trattati ai "
     "sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso."),
]
for h, txt in arts:
    p = para(h, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    p.paragraph_format.space_before = Pt(6)
    para(txt)

para("Gambassi Terme, 15/04/2027", align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.space_before = Pt(12)
for line, b in (("IL RESPONSABILE DELL’AREA SERVIZI ALLA PERSONA", True),
                ("Dott.ssa Valentina Masini", False),
                ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", False)):
    p = para(line, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.paragraph_format.left_indent = Mm(70)

# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Gambassi Terme – Area Servizi alla Persona – tel. 0571 638211 – "
               "comune.gambassiterme@postacert.toscana.it")
r.font.size = Pt(7.5)
doc.save(out)
