"""Comune di Palau, decreto del Sindaco (Centro Operativo Comunale), in the
"Delfi" house style typed in Word: Courier New throughout, letterhead
centred, the register line between rules, the subject as a title in
capitals; the referents of the nine support functions are a roll in two
columns (a four-column table). python-docx, exported by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "Courier New"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Courier New")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.0

J, C, Lf = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


def para(runs, align=J, after=6, before=0, size=None, left=None, first=None):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if left is not None:
        p.paragraph_format.left_indent = left
    if first is not None:
        p.paragraph_format.first_line_indent = first
    if isinstance(runs, str):
        runs = [(runs, False)]
    for t, b in runs:
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    return p


def rule(p):
    pPr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge in ("bottom",):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "double")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    pPr.append(bdr)


fp = sec.footer.paragraphs[0]
fp.text = "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"
fp.runs[0].font.size = Pt(8)

para([("COMUNE DI PALAU", True)], C, after=0, size=12)
para("Provincia di Sassari", C, after=0)
p = para("Via Nazionale, 3 - 07020 Palau (SS) - Tel. 0789 770800", C, after=2)
rule(p)
p = para("Reg. Gen. N. 63 del 14/03/2028            Reg. Decreti sindacali N. 3", Lf, after=14, before=2)
rule(p)
para([("DECRETO DEL SINDACO N. 3 DEL 14/03/2028", True)], C, after=10)
para("COSTITUZIONE DEL CENTRO OPERATIVO COMUNALE (C.O.C.) DI PROTEZIONE CIVILE E NOMINA DEI "
     "REFERENTI DELLE FUNZIONI DI SUPPORTO", C, after=12)
para([("IL SINDACO", True)], C, after=8)

prem = [
    ("VISTO", " il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile), e in particolare "
     "l'art. 6, che attribuisce al Sindaco la responsabilità delle attività di protezione civile nel "
     "territorio comunale, e l'art. 12;"),
    ("VISTA", " la Direttiva del Presidente del Consiglio dei Ministri 30 aprile 2021 recante "
     "indirizzi per la predisposizione dei piani di protezione civile ai diversi livelli "
     "territoriali;"),
    ("VISTO", " il Piano comunale di protezione civile, aggiornato con deliberazione del Consiglio "
     "Comunale n. 9 del 27 febbraio 2028;"),
    ("RITENUTO", " di dover costituire il Centro Operativo Comunale e di individuare i referenti "
     "delle funzioni di supporto tra il personale comunale e le associazioni di volontariato "
     "operanti sul territorio;"),
    ("VISTO", " l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"),
]
for k, v in prem:
    para([(k, True), (v, False)])

para([("D E C R E T A", True)], C, after=8, before=4)
pts = [
    "E' costituito il Centro Operativo Comunale (C.O.C.) di protezione civile, con sede presso il "
    "Palazzo Comunale e sede alternativa presso la palestra della Scuola Secondaria di primo grado.",
    "Sono nominati referenti delle funzioni di supporto:",
]
for i, t in enumerate(pts, 1):
    para("%d) %s" % (i, t), left=Cm(0.9), first=Cm(-0.9))

roll = [
    ("F1 Tecnica e pianificazione", "Ing. Antonella Degortes"),
    ("F2 Sanità e assistenza sociale", "Dott.ssa M. Giovanna Pirina"),
    ("F3 Volontariato", "Sig. Gavino Sotgiu"),
    ("F4 Materiali e mezzi", "Geom. Paolo Serra"),
    ("F5 Servizi essenziali", "Geom. Franco Addis"),
    ("F6 Censimento danni", "Arch. Luisa Mannoni"),
    ("F7 Strutture operative e viabilità", "Comm. Mario Tamponi"),
    ("F8 Telecomunicazioni", "Sig. Pietro Columbano"),
    ("F9 Assistenza alla popolazione", "Dott.ssa Rita Careddu"),
]
half = (len(roll) + 1) // 2
t = doc.add_table(rows=half + 1, cols=4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.style = "Table Grid"
t.autofit = False
ws = [Cm(4.6), Cm(3.9), Cm(4.6), Cm(3.9)]
hdr = ["FUNZIONE", "REFERENTE", "FUNZIONE", "REFERENTE"]
for j in range(4):
    t.columns[j].width = ws[j]
    c = t.cell(0, j)
    c.width = ws[j]
    r = c.paragraphs[0].add_run(hdr[j])
    r.bold = True
    r.font.size = Pt(8.5)
for i in range(half):
    for side in (0, 1):
        k = i + side * half
        if k >= len(roll):
            continue
        for jj, val in enumerate(roll[k]):
            c = t.cell(i + 1, side * 2 + jj)
            c.width = ws[side * 2 + jj]
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(8.5)
para("", after=4)
pts2 = [
    "Il C.O.C. è convocato dal Sindaco, o da suo delegato, al verificarsi o nell'imminenza di un evento "
    "calamitoso e opera fino al superamento dell'emergenza; i referenti assicurano la propria "
    "reperibilità secondo il Piano comunale di protezione civile.",
    "Il presente decreto sostituisce il decreto sindacale n. 7 del 12 maggio 2025.",
    "Il presente decreto è notificato ai referenti nominati, pubblicato all'Albo Pretorio on line e "
    "trasmesso alla Prefettura - Ufficio Territoriale del Governo di Sassari e alla Direzione generale "
    "della Protezione civile della Regione Autonoma della Sardegna.",
]
for i, t_ in enumerate(pts2, 3):
    para("%d) %s" % (i, t_), left=Cm(0.9), first=Cm(-0.9))

para("Palau, 14/03/2028", Lf, before=10, after=14)
for s, b in [("IL SINDACO", True), ("Giovanni Pietro Spano", False), ("documento firmato digitalmente", False)]:
    para([(s, b)], Lf, after=0, left=Cm(10))

doc.core_properties.author = "Delfi - Segreteria"
doc.core_properties.title = "Decreto sindacale 3/2028"
doc.save(OUT)
