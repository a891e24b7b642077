#!/usr/bin/env python3
"""Fonte Nuova (Sicraweb-like): ordinanza dirigenziale of the Polizia Locale,
written as .docx with python-docx; build.sh exports it with LibreOffice."""
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
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12


def para(text="", bold=False, size=None, align=None, italic=False, after=None, before=None, runs=None, indent=None):
    p = doc.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


# letterhead in the page header, as the Sicraweb templates do
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI FONTE NUOVA"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1C, 0x3F, 0x77)
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Città Metropolitana di Roma Capitale"); r.font.size = Pt(10)
hp3 = hdr.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("SETTORE VI – POLIZIA LOCALE"); r.bold = True; r.font.size = Pt(11)
hp4 = hdr.add_paragraph(); hp4.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp4.add_run("Ufficio Traffico e Viabilità"); r.italic = True; r.font.size = Pt(10)
hp5 = hdr.add_paragraph(); hp5.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp5.add_run("Via Nomentana, 640 – 00013 Fonte Nuova (RM) – tel. 06 9050 1 – polizialocale@comune.fonte-nuova.rm.it"); r.font.size = Pt(7.5)

ftr = sec.footer
fp = ftr.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Ordinanza Settore n. 5 / Reg. Gen. n. 18 del 12/01/2029 – documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005"); r.font.size = Pt(7.5)

# registration grid
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("REGISTRO GENERALE", "N. 18", "del 12/01/2029"), ("ORDINANZA SETTORE", "N. 5", "del 12/01/2029")]
for i, (a, b, c) in enumerate(cells):
    row = t.rows[i].cells
    row[0].text = a; row[1].text = b; row[2].text = c
    row[3].text = "Ordinanza dirigenziale" if i == 0 else "Classif. 09.03"
    shade(row[0], "E7ECF4")
    for c_ in row:
        for p in c_.paragraphs:
            for rr in p.runs:
                rr.font.size = Pt(9.5)
    row[0].paragraphs[0].runs[0].bold = True
    row[1].paragraphs[0].runs[0].bold = True
widths = [Cm(4.6), Cm(2.4), Cm(3.4), Cm(6.6)]
for row in t.rows:
    for c_, w in zip(row.cells, widths):
        c_.width = w

para("", after=2)
para(runs=[("OGGETTO: ", True, False),
           ("ISTITUZIONE TEMPORANEA DEL DIVIETO DI SOSTA CON RIMOZIONE FORZATA E DEL SENSO UNICO ALTERNATO "
            "REGOLATO DA IMPIANTO SEMAFORICO IN VIA PALOMBARESE, NEL TRATTO COMPRESO TRA VIA GIUSEPPE DI VITTORIO "
            "E VIA DELLE MIMOSE, PER LAVORI DI ESTENSIONE DELLA RETE DI DISTRIBUZIONE DEL GAS METANO DAL 15/01/2029 "
            "AL 26/01/2029.", True, False)], after=8)

para("IL RESPONSABILE DEL SETTORE VI – POLIZIA LOCALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

prem = [
    ("VISTA ", "la richiesta acquisita al protocollo n. 1047 del 10/01/2029, con la quale la società Italgas Reti S.p.A., per il tramite della ditta esecutrice Scavi Nomentani S.r.l., chiede l'emissione di apposita ordinanza per l'esecuzione dei lavori di estensione della rete gas in Via Palombarese;"),
    ("VISTA ", "l'autorizzazione alla manomissione del suolo pubblico n. 3/2029 rilasciata dal Settore V – Lavori Pubblici;"),
    ("CONSIDERATO ", "che, per consentire l'esecuzione dei lavori in condizioni di sicurezza per gli operai e per gli utenti della strada, si rende necessario istituire temporanee limitazioni alla circolazione veicolare;"),
    ("VISTI ", "gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;"),
    ("VISTO ", "l'art. 107 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale n. 14 del 29/12/2028 di conferimento dell'incarico di responsabile del Settore VI;"),
]
for a, b in prem:
    para(runs=[(a, True, False), (b, False, False)])

para("O R D I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6, size=12)
para("dalle ore 07:30 del giorno 15/01/2029 alle ore 18:00 del giorno 26/01/2029, e comunque fino al termine dei lavori, in Via Palombarese nel tratto compreso tra Via Giuseppe Di Vittorio e Via delle Mimose:")
items = [
    ("a) ", "l'istituzione del divieto di sosta con rimozione forzata su entrambi i lati della carreggiata, per una lunghezza di 150 metri in corrispondenza del cantiere;"),
    ("b) ", "l'istituzione del senso unico alternato regolato da impianto semaforico mobile, ovvero da movieri nelle ore di punta;"),
    ("c) ", "il limite massimo di velocità di 30 km/h in prossimità dell'area di cantiere;"),
    ("d) ", "l'obbligo per la ditta esecutrice di installare e mantenere in perfetta efficienza la segnaletica prevista dal D.M. 10 luglio 2002, almeno 48 ore prima dell'inizio dei lavori, e di ripristinare lo stato dei luoghi al termine degli stessi."),
]
for a, b in items:
    para(runs=[(a, True, False), (b, False, False)], indent=1.0)

para("DEMANDA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4)
para("agli organi di Polizia Stradale di cui all'art. 12 del D.Lgs. 285/1992 la vigilanza sull'osservanza della presente ordinanza. I trasgressori saranno puniti ai sensi del Codice della Strada.")
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Lazio entro 60 giorni dalla pubblicazione all'Albo Pretorio on line ovvero, entro 60 giorni, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.")
para("Fonte Nuova, 12/01/2029", before=8, align=WD_ALIGN_PARAGRAPH.LEFT)
para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6, after=0)
para("Comm. Capo Dott.ssa Valeria Santini", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("(firmato digitalmente)", italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)

doc.core_properties.author = "sicraweb"
doc.core_properties.title = "Ordinanza dirigenziale Reg. Gen. n. 18/2029"
doc.save(out)
