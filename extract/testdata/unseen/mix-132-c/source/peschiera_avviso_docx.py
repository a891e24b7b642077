#!/usr/bin/env python3
"""Peschiera del Garda (Veneto), Sicraweb-like house style, typed as a Word
model: header table (crest | Comune | Area/Servizio), protocol box, Oggetto
with a hanging indent, issuer over the text, signature alone on the right,
footer with PAGE/NUMPAGES fields. Exported by LibreOffice.
Usage: peschiera_avviso_docx.py CREST.png OUT.docx"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

crest, out = sys.argv[1], sys.argv[2]
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(3)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin = Mm(44); sec.bottom_margin = Mm(24)
sec.header_distance = Mm(10); sec.footer_distance = Mm(9)
doc.core_properties.title = "Avviso assegnazione palestre 2028/2029"
doc.core_properties.author = "Servizio Sport e Tempo Libero"


def border(p, side="bottom", sz=8, color="1E325A"):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); pPr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "2"); e.set(qn("w:color"), color)
    b.append(e)


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


# ---- header: a three-cell table
hdr = sec.header
tb = hdr.add_table(rows=1, cols=3, width=Mm(170))
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(18), Mm(100), Mm(52)]
tb.autofit = False
lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tb._tbl.tblPr.append(lay)
for i, w in enumerate(widths):
    tb.columns[i].width = w; tb.rows[0].cells[i].width = w
c0, c1, c2 = tb.rows[0].cells
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(14))
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI PESCHIERA DEL GARDA"); r.bold = True; r.font.size = Pt(13)
r.font.color.rgb = RGBColor(0x1E, 0x32, 0x5A)
p2 = c1.add_paragraph(); r = p2.add_run("Provincia di Verona"); r.font.size = Pt(9)
p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Area Servizi alla Persona"); r.bold = True; r.font.size = Pt(9.5)
p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Servizio Sport e Tempo Libero"); r.font.size = Pt(9.5)
hp = hdr.add_paragraph(); border(hp); hp.paragraph_format.space_after = Pt(0)
hdr.paragraphs[0].paragraph_format.space_after = Pt(0)

# ---- footer
ft = sec.footer
fp = ft.paragraphs[0]; border(fp, "top", 4)
r = fp.add_run("Comune di Peschiera del Garda – Piazzale Betteloni, 15 – 37019 Peschiera del Garda (VR) – "
               "PEC: protocollo@pec.comune.peschieradelgarda.vr.it"); r.font.size = Pt(7.5)
fp2 = ft.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for s, code in (("Pag. ", None), (None, "PAGE"), (" di ", None), (None, "NUMPAGES")):
    r = fp2.add_run(s or ""); r.font.size = Pt(7.5)
    if code:
        field(r, code)

# ---- body
p = doc.add_paragraph()
for side in ("top", "bottom", "left", "right"):
    border(p, side, 4, "666666")
r = p.add_run("Protocollo N. 0024518/2028 del 04/08/2028"); r.font.size = Pt(9.5)
p.paragraph_format.right_indent = Mm(100)
doc.add_paragraph()

p = doc.add_paragraph(); p.paragraph_format.left_indent = Mm(18); p.paragraph_format.first_line_indent = Mm(-18)
p.paragraph_format.tab_stops.add_tab_stop(Mm(18))
r = p.add_run("Oggetto:\t"); r.bold = True
r = p.add_run("Avviso pubblico per l'assegnazione in uso delle palestre scolastiche comunali per la "
              "stagione sportiva 2028/2029."); r.bold = True
p.paragraph_format.space_after = Pt(10)


def centre(t, sp=6):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = True
    p.paragraph_format.space_before = Pt(sp); p.paragraph_format.space_after = Pt(sp)


def para(t, bold_lead=None):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
    p.add_run(t)
    return p


centre("IL RESPONSABILE DEL SERVIZIO SPORT E TEMPO LIBERO", 2)
para("Visto il Regolamento comunale per la concessione in uso degli impianti sportivi e delle palestre "
     "scolastiche, approvato con deliberazione del Consiglio Comunale n. 37 del 26/06/2023;")
para("Vista la deliberazione della Giunta Comunale n. 142 del 25/07/2028, con la quale sono state "
     "approvate le tariffe orarie per l'utilizzo delle palestre per la stagione sportiva 2028/2029;")
para("Vista l'intesa con l'Istituto Comprensivo “Bettinelli” sull'utilizzo extrascolastico delle palestre;")
centre("RENDE NOTO")
para("che le associazioni e le società sportive dilettantistiche, gli enti di promozione sportiva e le "
     "associazioni del terzo settore con sede o attività nel Comune di Peschiera del Garda possono "
     "presentare domanda per l'assegnazione in uso, in orario extrascolastico, delle seguenti palestre:")
for t in ["palestra della Scuola secondaria di primo grado, Via Venezia – campo da pallavolo e pallacanestro;",
          "palestra della Scuola primaria “San Benedetto”, località San Benedetto di Lugana – ginnastica e "
          "attività motoria;",
          "palestra della Scuola primaria del capoluogo, Via Dante – attività motoria e arti marziali."]:
    p = doc.add_paragraph(t, style="List Bullet"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Periodo di utilizzo: ", None).runs[0].bold = True
doc.paragraphs[-1].add_run("dal 18 settembre 2028 al 31 maggio 2029, dal lunedì al venerdì dalle ore 17:00 "
                           "alle ore 23:00 e il sabato dalle ore 14:00 alle ore 20:00.")
para("Modalità di presentazione: ", None).runs[0].bold = True
doc.paragraphs[-1].add_run("la domanda, redatta sul modulo disponibile sul sito istituzionale, deve pervenire "
                           "entro le ore 12:00 di venerdì 1° settembre 2028 all'indirizzo PEC "
                           "protocollo@pec.comune.peschieradelgarda.vr.it oppure all'Ufficio Protocollo.")
para("Criteri di assegnazione: ", None).runs[0].bold = True
doc.paragraphs[-1].add_run("in caso di richieste concorrenti per le medesime fasce orarie si applicano, "
                           "nell'ordine, i criteri dell'art. 8 del Regolamento: attività giovanile e "
                           "agonistica, numero di tesserati residenti, continuità nell'utilizzo, "
                           "attività rivolte a persone con disabilità.")
para("Il calendario di utilizzo sarà approvato con determinazione del Responsabile del Servizio e "
     "comunicato ai richiedenti entro il 12 settembre 2028. Il responsabile del procedimento è il dott. "
     "Alberto Zanoni (tel. 045 6444729, sport@comune.peschieradelgarda.vr.it).")
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
p.add_run("Peschiera del Garda, 04/08/2028")
for t, sz in (("dott. Alberto Zanoni", 10.5),
              ("(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", 7.5)):
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Mm(100); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if sz > 8:
        p.paragraph_format.space_before = Pt(14)
    r = p.add_run(t); r.font.size = Pt(sz)
doc.save(out)
