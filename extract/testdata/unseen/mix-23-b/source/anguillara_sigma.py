#!/usr/bin/env python3
"""Ordinanza sindacale, Comune di Anguillara Sabazia, in the layout of a Sigma
Software 'Ordinanze' template: a .docx (python-docx) converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "out.docx"
d = Document()
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)


def field(par, code):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


# header: crest caption + name, Sigma style centred
h = sec.header
hp = h.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("[stemma comunale]"); r.font.size = Pt(7); r.italic = True; r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
for txt, size, bold in [("COMUNE DI ANGUILLARA SABAZIA", 16, True),
                        ("Città Metropolitana di Roma Capitale", 10, False),
                        ("Piazza del Comune, 1 – 00061 Anguillara Sabazia (RM) – www.comune.anguillara-sabazia.roma.it", 7.5, False)]:
    p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    rr = p.add_run(txt); rr.font.size = Pt(size); rr.bold = bold; rr.font.name = "Liberation Sans"
f = sec.footer
fp = f.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = fp.add_run("Ordinanza n. 21 del 05/06/2026 – pagina "); rr.font.size = Pt(8)
field(fp, "PAGE")
rr = fp.add_run(" di "); rr.font.size = Pt(8)
field(fp, "NUMPAGES")
fp2 = f.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = fp2.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Sigma Atti Amministrativi"); rr.font.size = Pt(7)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rr = p.add_run("Prot. n. 18377 del 05/06/2026"); rr.font.size = Pt(9); rr.font.name = "Liberation Mono"

t = d.add_table(rows=2, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = t.rows[0].cells
m = cells[0].merge(cells[2])
m.text = ""
pp = m.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = pp.add_run("ORDINANZA SINDACALE"); rr.bold = True; rr.font.size = Pt(14)
shade(m, "D9D9D9")
labels = ["Registro Ordinanze", "N. 21", "del 05/06/2026"]
for c, txt in zip(t.rows[1].cells, labels):
    c.text = ""
    pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pp.add_run(txt); rr.bold = txt != "Registro Ordinanze"
d.add_paragraph()

subject = ("Divieto temporaneo di balneazione nello specchio lacuale antistante il Lungolago delle Muse, "
           "tra il pontile comunale e la foce del fosso della Mola, a seguito degli esiti sfavorevoli "
           "dei campionamenti ARPA Lazio.")
p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(2.5); p.paragraph_format.first_line_indent = Cm(-2.5)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rr = p.add_run("OGGETTO:\t"); rr.bold = True
rr = p.add_run(subject); rr.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))

def center(txt, size=12):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(6)
    rr = p.add_run(txt); rr.bold = True; rr.font.size = Pt(size)

def just(txt):
    p = d.add_paragraph(txt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

center("IL SINDACO")
for txt in [
    "Vista la nota dell’ARPA Lazio – Sezione provinciale di Roma, acquisita al protocollo comunale n. 18290 del 04/06/2026, con la quale si comunica che il campione prelevato in data 03/06/2026 presso il punto di monitoraggio “Anguillara – Lungolago delle Muse” (codice IT012058005004) ha evidenziato valori di Enterococchi intestinali pari a 640 UFC/100 ml e di Escherichia coli pari a 1.150 UFC/100 ml, superiori ai limiti previsti dal D.M. 30 marzo 2010;",
    "Visto il D.Lgs. 30 maggio 2008, n. 116, recante attuazione della direttiva 2006/7/CE relativa alla gestione della qualità delle acque di balneazione, ed in particolare l’art. 5, che attribuisce ai Comuni l’adozione dei divieti temporanei di balneazione;",
    "Vista la deliberazione della Giunta Regionale del Lazio n. 212 del 20/03/2026, con la quale sono state individuate le acque di balneazione e i punti di monitoraggio per la stagione balneare 2026;",
    "Ritenuto necessario, a tutela della salute pubblica, interdire temporaneamente la balneazione nel tratto interessato, nelle more dell’esito dei campionamenti suppletivi già programmati dall’ARPA Lazio;",
    "Visti l’art. 50, commi 5 e 6, del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
]:
    just(txt)
center("O R D I N A")
for i, txt in enumerate([
    "il divieto temporaneo di balneazione, con decorrenza immediata, nello specchio lacuale antistante il Lungolago delle Muse, nel tratto compreso tra il pontile comunale e la foce del fosso della Mola, per una estensione di circa 300 metri;",
    "al Settore Lavori Pubblici e Ambiente di provvedere all’apposizione, lungo il tratto interessato, di idonea segnaletica recante la dicitura “DIVIETO TEMPORANEO DI BALNEAZIONE – ORDINANZA SINDACALE N. 21/2026”, in lingua italiana e inglese;",
    "ai titolari di concessioni demaniali lacuali e ai gestori di stabilimenti e chioschi presenti nel tratto di dare la massima informazione ai frequentatori del divieto disposto con il presente provvedimento.",
], 1):
    p = just(f"{i}) {txt}")
    p.paragraph_format.left_indent = Cm(0.7); p.paragraph_format.first_line_indent = Cm(-0.7)
center("AVVERTE", 11)
just("che il divieto sarà revocato con successivo provvedimento, a seguito della comunicazione da parte dell’ARPA Lazio di esiti favorevoli dei campionamenti suppletivi; che i trasgressori saranno puniti ai sensi dell’art. 7-bis del D.Lgs. 267/2000 con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, salvo che il fatto costituisca reato.")
center("DISPONE", 11)
just("che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale dell’Ente e trasmessa alla Prefettura di Roma, all’ARPA Lazio, alla ASL Roma 4 – Dipartimento di Prevenzione, al Comando di Polizia Locale, alla Stazione Carabinieri di Anguillara Sabazia e alla Capitaneria di Porto di Civitavecchia – Ufficio Locale Marittimo del Lago di Bracciano, per quanto di rispettiva competenza.")
just("Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Lazio entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
p = d.add_paragraph("Anguillara Sabazia, 05/06/2026")
p.paragraph_format.space_before = Pt(10)
for txt, b in [("IL SINDACO", True), ("Dott. Fabrizio Sciarretta", False), ("(firmato digitalmente)", False)]:
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    rr = p.add_run(txt); rr.bold = b
    if txt.startswith("("):
        rr.italic = True; rr.font.size = Pt(8)
d.core_properties.title = "Ordinanza sindacale n. 21/2026"
d.core_properties.author = "Sigma Atti"
d.save(OUT)
