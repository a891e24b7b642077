#!/usr/bin/env python3
"""Comune di Leini - avviso typed in the Comune's Word model (letterhead in the
page header, the office named only in the signature block), written as .docx
by python-docx; build.sh exports it with LibreOffice Writer."""
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "avviso-leini-civilianext.docx")
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = Mm(22); sec.right_margin = Mm(20); sec.top_margin = Mm(38); sec.bottom_margin = Mm(22)
sec.header_distance = Mm(10); sec.footer_distance = Mm(8)

st = d.styles["Normal"]
st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)

def spacing(run, twips):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(twips)); rpr.append(sp)

def bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "8"), ("space", "2"), ("color", "000000")):
        e.set(qn("w:" + k), v)
    b.append(e); ppr.append(b)

h = sec.header
p = h.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI LEINÌ"); r.bold = True; r.font.size = Pt(17)
p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Città Metropolitana di Torino"); r.italic = True; r.font.size = Pt(11)
p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Piazza Vittorio Emanuele II, 1 – 10040 Leinì (TO) – C.F. 83001530017 – PEC: protocollo@pec.comune.leini.to.it")
r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
bottom_border(p)

f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("www.comune.leini.to.it – Ufficio Relazioni con il Pubblico: tel. 011 9986311"); r.font.size = Pt(7.5)

def para(text, bold_lead=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, bold=False, after=None):
    p = d.add_paragraph(); p.alignment = align
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
        if size: r.font.size = Pt(size)
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(6)
r = p.add_run("AVVISO PUBBLICO"); r.bold = True; r.font.size = Pt(16); spacing(r, 60)

p = para("CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DEI CENTRI ESTIVI 2027 – RIAPERTURA DEI TERMINI",
         align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=12.5, after=12)

para("Si rende noto che, in esecuzione della deliberazione della Giunta Comunale n. 88 del 24/06/2027, sono "
     "riaperti i termini per la presentazione delle domande di contributo per la frequenza dei centri estivi "
     "2027 da parte di bambini e ragazzi residenti nel Comune di Leinì, di età compresa tra i 3 e i 14 anni.")
para("Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale che, alla data di "
     "presentazione dell'istanza, siano in possesso dei seguenti requisiti:", after=2)
for t in ["residenza nel Comune di Leinì del minore e del richiedente;",
          "attestazione ISEE per prestazioni rivolte a minorenni in corso di validità, con valore non superiore "
          "a € 30.000,00;",
          "iscrizione del minore a un centro estivo, comunale o privato, svolto nel periodo dal 14 giugno al "
          "10 settembre 2027;",
          "assenza di altri contributi pubblici per la medesima finalità e per il medesimo periodo."]:
    p = d.add_paragraph(t, style="List Bullet"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(2)
para("Il contributo è pari a € 40,00 per ogni settimana di frequenza, fino a un massimo di otto settimane, e non "
     "può superare la spesa effettivamente sostenuta. In caso di risorse insufficienti sarà formata una "
     "graduatoria secondo il valore ISEE crescente.")
p = para("Le domande, redatte sul modulo disponibile sul sito istituzionale e presso l'Ufficio Relazioni con il "
         "Pubblico, dovranno pervenire ")
p.add_run("entro le ore 12:00 di venerdì 30 luglio 2027").bold = True
p.add_run(" con una delle seguenti modalità: consegna a mano all'Ufficio Protocollo, in Piazza Vittorio Emanuele II n. 1, "
     "negli orari di apertura al pubblico; invio a mezzo PEC all'indirizzo protocollo@pec.comune.leini.to.it; "
     "invio tramite lo sportello telematico del Comune, previa autenticazione con SPID o CIE.")
para("Il trattamento dei dati personali avviene ai sensi del Regolamento (UE) 2016/679; l'informativa completa è "
     "allegata al modulo di domanda. Per informazioni è possibile rivolgersi all'Ufficio Scuola, tel. 011 9986342, "
     "dal lunedì al venerdì dalle 9:00 alle 12:00.")
para("Leinì, 9 luglio 2027", align=WD_ALIGN_PARAGRAPH.LEFT, after=14)

t = d.add_table(rows=1, cols=2)
c = t.rows[0].cells[1]
lines = ["IL RESPONSABILE DEL SERVIZIO", "ISTRUZIONE, CULTURA E SPORT", "Dott.ssa Elena Bertolino", "(firmato digitalmente)"]
c.paragraphs[0].text = lines[0]
for l in lines[1:]:
    c.add_paragraph(l)
for i, p in enumerate(c.paragraphs):
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    if i == 3:
        for r in p.runs: r.font.size = Pt(8.5)
d.core_properties.title = "Avviso centri estivi 2027"
d.core_properties.author = "Servizio Istruzione"
d.save(out)
