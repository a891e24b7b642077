#!/usr/bin/env python3
"""Bomarzo, decreto sindacale n. 14 of 28/12/2028, "IterWeb" house style for
acts typed from the package's Word model: python-docx writes the .docx,
LibreOffice Writer exports it. The number and date stand only in the page
header (a running head on both pages); the title is letter-spaced by character
spacing; the subject is in capitals with a lower-case continuation."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(38), Mm(22)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = d.styles['Normal']
st.font.name = 'Liberation Serif'
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def spacing(run, twips):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement('w:spacing')
    sp.set(qn('w:val'), str(twips))
    rpr.append(sp)


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)


def border_bottom(par):
    ppr = par._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr')
    bt = OxmlElement('w:bottom')
    for k, v in (('val', 'single'), ('sz', '8'), ('space', '1'), ('color', '1D3F6E')):
        bt.set(qn('w:' + k), v)
    b.append(bt)
    ppr.append(b)


# header: letterhead on the left, number and date on the right, every page
hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Mm(166))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(110), Mm(56)
p = c0.paragraphs[0]
r = p.add_run('COMUNE DI BOMARZO'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1D, 0x3F, 0x6E)
p = c0.add_paragraph(); r = p.add_run('Provincia di Viterbo'); r.italic = True; r.font.size = Pt(10)
p = c0.add_paragraph(); r = p.add_run('Piazza Giacomo Matteotti, 1 – 01020 Bomarzo (VT)'); r.font.size = Pt(8)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run('Decreto sindacale n. 14'); r.bold = True; r.font.size = Pt(10.5)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run('del 28/12/2028'); r.bold = True; r.font.size = Pt(10.5)
for par in c0.paragraphs + c1.paragraphs:
    par.paragraph_format.space_after = Pt(0)
hp = hdr.paragraphs[0]
border_bottom(hp)
hdr._element.append(hp._p)  # the rule under the table

# footer: page x of y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('IterWeb – modello DEC/SIN – pag. '); r.font.size = Pt(8)
field(fp, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
field(fp, 'NUMPAGES')

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
r = p.add_run('DECRETO SINDACALE'); r.bold = True; r.font.size = Pt(15); spacing(r, 80)
p = d.add_paragraph()
p.paragraph_format.space_before = Pt(10)
p.paragraph_format.left_indent = Mm(24)
p.paragraph_format.first_line_indent = Mm(-24)
p.paragraph_format.tab_stops.add_tab_stop(Mm(24))
r = p.add_run('OGGETTO:\t'); r.bold = True
r = p.add_run('NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) '); r.bold = True
r = p.add_run("ai sensi dell'art. 37 del Regolamento (UE) 2016/679 per il biennio 2029-2030.")
p.paragraph_format.space_after = Pt(12)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('IL SINDACO'); r.bold = True

body = [
    "Premesso che il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016, "
    "relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali (RGPD), "
    "all'art. 37, paragrafo 1, lett. a), impone ai titolari del trattamento che siano autorità pubbliche "
    "la designazione di un Responsabile della protezione dei dati;",
    "Considerato che il Comune di Bomarzo è tenuto alla designazione del RPD nel rispetto di quanto "
    "previsto dall'art. 37, paragrafo 5, del RGPD, che ne individua i requisiti nelle qualità "
    "professionali, nella conoscenza specialistica della normativa e delle prassi in materia di protezione "
    "dei dati e nella capacità di assolvere i compiti di cui all'art. 39;",
    "Dato atto che l'incarico di RPD conferito con proprio decreto n. 1 del 08/01/2027 scade il 31/12/2028;",
    "Vista la determinazione del Responsabile dell'Area Amministrativa n. 688 del 14/12/2028, con la quale "
    "il servizio di RPD per il biennio 2029-2030 è stato affidato alla società Tuscia Privacy Consulting "
    "S.r.l., con sede in Viterbo, che ha indicato quale referente l'avv. Chiara Ottaviani;",
    "Ritenuto che l'avv. Chiara Ottaviani possieda il livello di conoscenza specialistica e le competenze "
    "richieste dall'art. 37, paragrafo 5, del RGPD, come risulta dal curriculum agli atti;",
    "Visti il D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101, e le Linee "
    "guida sui responsabili della protezione dei dati (WP243) adottate dal Gruppo di lavoro Art. 29 il "
    "13 dicembre 2016;",
    "Dato atto che il RPD designato non si trova in situazioni di conflitto di interessi con la posizione da "
    "ricoprire e con i compiti e le funzioni da espletare, come da dichiarazione acquisita al prot. n. "
    "10211 del 20/12/2028;",
    "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]
for t_ in body:
    p = d.add_paragraph(t_); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run('DECRETA'); r.bold = True; spacing(r, 60)
pts = [
    "di designare l'avv. Chiara Ottaviani, referente della società Tuscia Privacy Consulting S.r.l., "
    "Responsabile della protezione dei dati personali (RPD) del Comune di Bomarzo per il periodo dal "
    "01/01/2029 al 31/12/2030;",
    "di attribuire al RPD i compiti di cui all'art. 39 del RGPD, da svolgere in piena autonomia e "
    "indipendenza, e di garantirgli l'accesso ai dati e ai trattamenti nonché le risorse necessarie;",
    "di pubblicare i dati di contatto del RPD sul sito istituzionale dell'Ente e di comunicarli al Garante "
    "per la protezione dei dati personali mediante l'apposita procedura telematica.",
]
for t_ in pts:
    p = d.add_paragraph(t_, style='List Number'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = d.add_paragraph("Il presente decreto è notificato all'interessata, trasmesso ai Responsabili di Area e "
                    "pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.")
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.keep_with_next = True
p = d.add_paragraph(); p.paragraph_format.space_before = Pt(24); p.paragraph_format.keep_with_next = True
p.paragraph_format.left_indent = Mm(95); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('IL SINDACO'); r.bold = True
p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(95); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.keep_with_next = True
r = p.add_run('Sig. Stefano Marini'); r.italic = True
p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(95); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('(firmato digitalmente)'); r.font.size = Pt(8)
p = d.add_paragraph(); p.paragraph_format.space_before = Pt(30)
r = p.add_run("Per accettazione dell'incarico"); r.font.size = Pt(10)
p = d.add_paragraph(); r = p.add_run('avv. Chiara Ottaviani'); r.font.size = Pt(10)
p = d.add_paragraph(); p.paragraph_format.space_before = Pt(28)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('RELATA DI NOTIFICA'); r.bold = True
p = d.add_paragraph("Il sottoscritto Messo Comunale dichiara di aver notificato in data odierna copia del "
                    "presente decreto all'avv. Chiara Ottaviani, mediante posta elettronica certificata "
                    "all'indirizzo risultante dal registro INI-PEC.")
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = d.add_paragraph('Bomarzo, 29/12/2028'); p.paragraph_format.space_before = Pt(10)
p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(95); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run('IL MESSO COMUNALE').bold = True
p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(95); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run('Gino Ceccarelli').italic = True
d.save(out)
