#!/usr/bin/env python3
"""Pontestura, house style "csipiemonte": unnumbered avviso typed in the
Comune's Word model (python-docx), exported to PDF by LibreOffice.
Letter-spaced heading (w:spacing), justified body, header table, footer with
the office's contacts."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
sec.footer_distance = Cm(0.9)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)


def spacing(run, twips):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def para(text="", bold=False, size=None, align=None, italic=False, after=None,
         before=None, caps=False, spaced=None, indent=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.small_caps = True
        if spaced:
            spacing(r, spaced)
    return p


# --- letterhead: the house model centres the Comune, the office under it ---
for t, sz, b in (("COMUNE DI PONTESTURA", 20, True),
                 ("Provincia di Alessandria", 11, False)):
    para(t, bold=b, size=sz, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p = para("Ufficio Servizi Sociali", size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
         after=2, caps=True, spaced=30, before=2)
# bottom rule under the letterhead
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
bot = OxmlElement("w:bottom")
for k, v in (("w:val", "double"), ("w:sz", "6"), ("w:space", "4"), ("w:color", "333333")):
    bot.set(qn(k), v)
bdr.append(bot)
pPr.append(bdr)

# protocol left, place and date right: a borderless two-cell table
tbl = doc.add_table(rows=1, cols=2)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = tbl.rows[0].cells
c0.width = Cm(8.3)
c1.width = Cm(8.3)
c0.paragraphs[0].add_run("Prot. n. 4871")
rp = c1.paragraphs[0]
rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rp.add_run("Pontestura, 6 dicembre 2027")

para(before=10, after=0)
para("AVVISO PUBBLICO", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER,
     spaced=120, after=8)
for line in ("CONTRIBUTI COMUNALI A SOSTEGNO DELLE SPESE DI RISCALDAMENTO",
             "DEI NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO",
             "STAGIONE INVERNALE 2027/2028"):
    para(line, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(after=6)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Vista la deliberazione della Giunta Comunale n. 71 del 25 novembre 2027, "
     "con la quale sono stati approvati i criteri per l'erogazione di contributi "
     "economici straordinari a favore dei nuclei familiari residenti che "
     "sostengono spese per il riscaldamento dell'abitazione principale;", align=J)
para("Visto il vigente Regolamento comunale per la concessione di sussidi, "
     "contributi e benefici economici;", align=J)
para("IL RESPONSABILE DEL SERVIZIO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
     before=6, after=2)
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, spaced=60, after=6)
para("che dal 6 dicembre 2027 al 14 gennaio 2028 i cittadini residenti nel Comune "
     "di Pontestura possono presentare domanda per l'assegnazione di un contributo "
     "una tantum a parziale copertura delle spese di riscaldamento sostenute nella "
     "stagione invernale 2027/2028.", align=J)
para("Requisiti per l'accesso", bold=True, italic=True, before=4)
for t in ("residenza anagrafica nel Comune di Pontestura alla data di pubblicazione "
          "del presente avviso;",
          "attestazione ISEE ordinario o corrente in corso di validità non superiore "
          "a euro 12.000,00;",
          "titolarità, in capo a un componente del nucleo, di un contratto di fornitura "
          "di gas, gasolio, GPL o pellet per l'abitazione di residenza;",
          "non aver beneficiato, per la medesima stagione, di analoghi contributi "
          "erogati da altri enti pubblici."):
    q = doc.add_paragraph(t, style="List Bullet")
    q.alignment = J
para("Entità del contributo", bold=True, italic=True, before=4)
para("Il contributo è pari a euro 250,00 per i nuclei con ISEE fino a euro 6.000,00 "
     "e a euro 150,00 per i nuclei con ISEE compreso tra euro 6.000,01 ed euro "
     "12.000,00, maggiorato di euro 50,00 in presenza di componenti di età superiore "
     "a 75 anni, nei limiti dello stanziamento di euro 9.000,00. Qualora le domande "
     "ammesse eccedano lo stanziamento, i contributi saranno ridotti in proporzione.",
     align=J)
para("Modalità e termini di presentazione", bold=True, italic=True, before=4)
para("La domanda, redatta sul modulo disponibile presso l'Ufficio Servizi Sociali e "
     "sul sito istituzionale dell'Ente, deve pervenire entro le ore 12:00 del 14 "
     "gennaio 2028, corredata di copia dell'attestazione ISEE, di un documento di "
     "identità e delle fatture o ricevute di acquisto del combustibile, mediante "
     "consegna a mano all'Ufficio Protocollo oppure a mezzo PEC all'indirizzo "
     "protocollo@pec.comune.pontestura.al.it.", align=J)
para("Ai sensi del Regolamento (UE) 2016/679 i dati personali forniti saranno trattati "
     "esclusivamente per le finalità connesse al presente procedimento. Responsabile "
     "del procedimento è l'assistente sociale dott.ssa Chiara Bergamasco.", align=J)

para(before=2, after=0)
for t, b in (("IL RESPONSABILE DEL SERVIZIO", False),
             ("dott.ssa Elena Ferraris", True)):
    q = para(t, bold=b, after=0)
    q.paragraph_format.left_indent = Cm(9.5)
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
q = para("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", italic=True,
         size=8.5)
q.paragraph_format.left_indent = Cm(9.5)
q.alignment = WD_ALIGN_PARAGRAPH.CENTER

# footer with the office's contacts
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Ufficio Servizi Sociali – Piazza Castello n. 1 – 15027 Pontestura (AL) – "
               "tel. 0142 466142 – servizisociali@comune.pontestura.al.it\n"
               "Orario di apertura al pubblico: lunedì, mercoledì e venerdì dalle 9:00 alle 12:00")
r.font.size = Pt(8)
r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

doc.save(out)
