#!/usr/bin/env python3
"""Campobello di Mazara (Datagraph-like): determinazione del Responsabile del 3° Settore, python-docx -> LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
from docx.enum.table import WD_TABLE_ALIGNMENT

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = Mm(22); sec.right_margin = Mm(18); sec.top_margin = Mm(16); sec.bottom_margin = Mm(18)
st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
hp = sec.header.paragraphs[0]; hp.alignment = A.CENTER
r = hp.add_run("Comune di Campobello di Mazara - 3° Settore Tecnico - Determinazione R.G. n. 22 del 09/01/2029"); r.font.size = Pt(7.5); r.italic = True

def par(text="", bold=False, size=None, align=A.JUSTIFY, italic=False, after=None, cell=None):
    p = cell.add_paragraph() if cell is not None else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

par("COMUNE DI CAMPOBELLO DI MAZARA", True, 16, A.CENTER, after=0)
par("Libero Consorzio Comunale di Trapani", False, 10.5, A.CENTER, italic=True, after=0)
par("Via Roma n. 71 - 91021 Campobello di Mazara (TP) - C.F. 81000670816", False, 8.5, A.CENTER, after=8)
box = doc.add_table(rows=2, cols=1); box.style = "Table Grid"; box.alignment = WD_TABLE_ALIGNMENT.CENTER
box.cell(0, 0).paragraphs[0].alignment = A.CENTER
r = box.cell(0, 0).paragraphs[0].add_run("3° SETTORE - TECNICO"); r.bold = True; r.font.size = Pt(12)
box.cell(1, 0).paragraphs[0].alignment = A.CENTER
r = box.cell(1, 0).paragraphs[0].add_run("Servizio Manutenzioni e Servizi a Rete"); r.font.size = Pt(10.5)
par("", after=4)
par("DETERMINAZIONE DEL RESPONSABILE DEL 3° SETTORE", True, 12.5, A.CENTER, after=4)
nt = doc.add_table(rows=2, cols=3); nt.style = "Table Grid"
vals = [("Registro Generale", "Registro del Settore", "Proposta"),
        ("N. 22 del 09/01/2029", "N. 4 del 08/01/2029", "N. 6 del 08/01/2029")]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = nt.cell(i, j); c.paragraphs[0].alignment = A.CENTER
        r = c.paragraphs[0].add_run(v); r.font.size = Pt(9.5); r.bold = (i == 1)
par("", after=4)
p = doc.add_paragraph(); p.alignment = A.JUSTIFY
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("INTERVENTO URGENTE DI RIPARAZIONE DELLA CONDOTTA IDRICA DI VIA SELINUNTE - AFFIDAMENTO DIRETTO ALLA DITTA IDROTECNICA BELICE S.R.L. AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 - IMPEGNO DI SPESA - CIG B5A27D90E1"); r.bold = True
par("IL RESPONSABILE DEL SETTORE", True, 11, A.CENTER, after=3)
for s in [
 "Vista la determinazione sindacale n. 2 del 02/01/2029 con la quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione del 3° Settore - Tecnico per l'anno 2029;",
 "Premesso che in data 05/01/2029 il personale del Servizio Manutenzioni e Servizi a Rete ha rilevato una consistente perdita sulla condotta di distribuzione idrica in via Selinunte, all'altezza dell'incrocio con via Tre Fontane, con conseguente interruzione dell'erogazione per circa 180 utenze;",
 "Considerato che, data l'urgenza, è stato richiesto un preventivo alla ditta Idrotecnica Belice S.r.l., con sede in Castelvetrano (TP), iscritta all'Albo dei fornitori dell'Ente, la quale ha offerto l'esecuzione dell'intervento per l'importo di € 4.870,00 oltre IVA al 22%, ritenuto congruo dal tecnico incaricato;",
 "Visto l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a 150.000 euro;",
 "Dato atto che il sottoscritto non si trova in situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della L. 241/1990;",
 "Visto l'O.R.EE.LL. vigente nella Regione Siciliana e la L.R. 48/1991 e s.m.i.;"]:
    par(s)
par("D E T E R M I N A", True, 11.5, A.CENTER, after=3)
for i, s in enumerate([
 "di affidare alla ditta Idrotecnica Belice S.r.l., con sede in Castelvetrano (TP), P.IVA 02618430819, l'intervento urgente di riparazione della condotta idrica di via Selinunte, per l'importo di € 4.870,00 oltre IVA al 22%, per complessivi € 5.941,40;",
 "di impegnare la somma di € 5.941,40 alla Missione 09, Programma 04, capitolo 9410 \"Manutenzione straordinaria rete idrica\" del bilancio 2029-2031, esercizio 2029, in corso di formazione, nel rispetto dell'art. 163, comma 2, del D.Lgs. 267/2000;",
 "di dare atto che alla liquidazione si provvederà con successivo provvedimento, previa verifica della regolare esecuzione e presentazione di fattura elettronica;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line per 15 giorni consecutivi e nella sezione Amministrazione Trasparente."], 1):
    p = par("%d) %s" % (i, s)); p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
par("Campobello di Mazara, 08/01/2029", after=8)
for txt, bo, sz in [("IL RESPONSABILE DEL 3° SETTORE", True, 10.5), ("Ing. Salvatore Accardo", False, 10.5), ("(firma digitale)", False, 8)]:
    p = par(txt, bo, sz, A.CENTER, after=0); p.paragraph_format.left_indent = Mm(85)
doc.core_properties.author = "Datagraph"; doc.core_properties.title = "Determinazione R.G. 22/2029"
doc.save(sys.argv[1])
