#!/usr/bin/env python3
"""Comune di Santu Lussurgiu - avviso pubblico of the Area Amministrativa e
Socio-Culturale, typed by the office in Word on the Comune's letterhead
model (the package's monospaced heading) and exported by LibreOffice
Writer. The title is letter-spaced with expanded character spacing
(w:spacing), the requirements are a bulleted list.

usage: santulussurgiu_avviso_docx.py OUT.docx"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)


def spacing(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rPr.append(sp)


def rule(par, sz="12"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "double"), ("sz", sz), ("space", "1"), ("color", "000000")):
        b.set(qn("w:" + k), v)
    bdr.append(b)
    pPr.append(bdr)


def p(text="", bold=False, align=None, size=None, font=None, after=None, before=None, italic=False):
    q = doc.add_paragraph()
    if text:
        r = q.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if align is not None:
        q.alignment = align
    if after is not None:
        q.paragraph_format.space_after = Pt(after)
    if before is not None:
        q.paragraph_format.space_before = Pt(before)
    return q


C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
p("COMUNE DI SANTU LUSSURGIU", True, C, 12, "Courier New", 0)
p("COMUNU DE SANTU LUSSURGIU", True, C, 12, "Courier New", 0)
q = p("PROVINCIA DI ORISTANO", False, C, 10, "Courier New", 2)
rule(q)
p("AREA AMMINISTRATIVA E SOCIO-CULTURALE", True, None, 10.5, "Courier New", 0, before=4)
p("Ufficio Cultura, Sport e Spettacolo", False, None, 10, "Courier New", 0)
p("Prot. n. 2871 del 17/04/2026", False, WD_ALIGN_PARAGRAPH.RIGHT, 10, None, 10)

q = p(align=C, after=4, before=6)
r = q.add_run("AVVISO PUBBLICO")
r.bold = True
r.font.size = Pt(16)
spacing(r, 120)
p("Concessione di contributi ordinari alle associazioni culturali, sportive e di volontariato "
  "per le attività dell'anno 2026", True, C, 12.5, None, 12)

p("IL RESPONSABILE DELL'AREA AMMINISTRATIVA E SOCIO-CULTURALE", True, C, 11, None, 4)
p("In esecuzione della deliberazione della Giunta Comunale n. 27 del 02/04/2026, recante i criteri per "
  "l'erogazione dei contributi, e della propria determinazione n. 58 del 10/04/2026 (Reg. Gen. n. 190), "
  "con la quale è stato approvato il presente avviso;", align=J)
p("RENDE NOTO", True, C, 11.5, None, 4, before=4)
p("che sono aperti i termini per la presentazione delle domande di contributo ordinario per il "
  "sostegno delle attività svolte nell'anno 2026 dalle associazioni senza scopo di lucro che operano "
  "nel territorio comunale nei settori della cultura, dello sport, della tradizione popolare e del "
  "volontariato.", align=J)

p("Requisiti", True, None, None, None, 2, before=4)
for t in [
    "iscrizione all'Albo comunale delle associazioni o al Registro unico nazionale del Terzo settore;",
    "sede legale od operativa nel Comune di Santu Lussurgiu;",
    "assenza di scopo di lucro risultante dall'atto costitutivo e dallo statuto;",
    "presentazione del rendiconto del contributo eventualmente ricevuto per l'anno 2025.",
]:
    q = doc.add_paragraph(t, style="List Bullet")
    q.alignment = J
    q.paragraph_format.space_after = Pt(1)

p("Risorse disponibili", True, None, None, None, 2, before=6)
p("Le risorse complessivamente disponibili ammontano a € 18.000,00, ripartite tra le associazioni "
  "ammesse secondo i criteri stabiliti dalla deliberazione della Giunta Comunale sopra richiamata "
  "(rilevanza del programma, numero di iscritti e di partecipanti, coinvolgimento dei giovani, "
  "valorizzazione della lingua e delle tradizioni sarde).", align=J)

p("Modalità e termini di presentazione", True, None, None, None, 2, before=6)
p("La domanda, redatta sul modulo allegato al presente avviso (Allegato 1) e sottoscritta dal legale "
  "rappresentante, dovrà pervenire entro le ore 13:00 del giorno 15 maggio 2026 a mezzo PEC "
  "all'indirizzo protocollo@pec.comune.santulussurgiu.or.it oppure a mano presso l'Ufficio Protocollo "
  "del Comune, corredata dal programma delle attività, dal bilancio preventivo e dalla copia del "
  "documento di identità del legale rappresentante.", align=J)

p("Informazioni", True, None, None, None, 2, before=6)
p("Responsabile del procedimento è la dott.ssa Michela Cossu, Ufficio Cultura, Sport e Spettacolo "
  "(tel. 0783 551034). I dati personali saranno trattati ai sensi del Regolamento UE 2016/679 "
  "esclusivamente per le finalità del presente procedimento.", align=J)

p("Santu Lussurgiu, 17/04/2026", before=14)
for t, b in (("IL RESPONSABILE DELL'AREA", True), ("dott.ssa Anna Maria Sanna", False),
             ("(firmato digitalmente)", False)):
    q = p(t, b, C, 9 if t.startswith("(") else None, None, 0)
    q.paragraph_format.left_indent = Mm(85)

doc.core_properties.title = "Avviso contributi associazioni 2026"
doc.core_properties.author = "Ufficio Cultura"
doc.save(OUT)
