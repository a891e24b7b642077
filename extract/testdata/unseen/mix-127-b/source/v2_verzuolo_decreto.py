"""Comune di Verzuolo, decreto del Sindaco, in the same "Icaro" house style,
written as a .docx (python-docx) and exported by LibreOffice Writer.
The letterhead and the Numero/Data/Ufficio box are a Word table; the
dispositivo uses Word's own list numbering."""
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
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1


def spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def para(text=None, runs=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, size=None,
         before=0, after=3, letter=0):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
        if letter:
            spacing(r, letter)
    return p


def borders(table):
    tbl = table._element
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


# footer
fp = sec.footer.paragraphs[0]
fp.text = ("Documento informatico firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 "
           "e norme collegate")
fp.runs[0].font.size = Pt(7)

# letterhead
para("COMUNE DI VERZUOLO", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=15, after=0, letter=60)
para("Provincia di Cuneo", align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=0)
para("Piazza Martiri della Libertà, 1 – 12039 Verzuolo (CN) – Tel. 0175 255111 – "
     "PEC: protocollo@pec.comune.verzuolo.cn.it", align=WD_ALIGN_PARAGRAPH.CENTER, size=7.5, after=8)

cells = [[("REGISTRO GENERALE N.", "47"), ("DATA", "13/03/2028"),
          ("UFFICIO PROPONENTE", "SEGRETERIA – AFFARI GENERALI")],
         [("REGISTRO DECRETI N.", "6"), ("ANNO", "2028"), ("", "")]]
t = doc.add_table(rows=2, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(t)
t.autofit = False
widths = [Cm(4.0), Cm(3.6), Cm(9.0)]
for j, wd in enumerate(widths):
    t.columns[j].width = wd
for i, row in enumerate(cells):
    for j, (lab, val) in enumerate(row):
        cell = t.cell(i, j)
        cell.width = widths[j]
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(lab)
        r.font.size = Pt(6.8)
        p2 = cell.add_paragraph()
        p2.paragraph_format.space_after = Pt(1)
        r2 = p2.add_run(val)
        r2.bold = True
        r2.font.size = Pt(10)

para("DECRETO DEL SINDACO", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=13, before=12,
     after=10, letter=80)
para(runs=[("OGGETTO: ", True),
           ("Nomina del Responsabile dell'Area Tecnica – Lavori Pubblici e Manutenzioni e conferimento "
            "dell'incarico di Elevata Qualificazione dal 1° aprile 2028 al 31 dicembre 2028.", True)],
     after=10)
para("IL SINDACO", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=8)

prem = [
    ("PREMESSO", " che con deliberazione della Giunta Comunale n. 118 del 14 dicembre 2027 è stata "
     "approvata la nuova macrostruttura dell'Ente, articolata in cinque Aree, tra le quali l'Area Tecnica "
     "– Lavori Pubblici e Manutenzioni;"),
    ("DATO ATTO", " che dal 1° aprile 2028 il Geom. Walter Chiotti, attuale Responsabile dell'Area "
     "Tecnica – Lavori Pubblici e Manutenzioni, cesserà dal servizio per collocamento a riposo;"),
    ("VISTO", " il C.C.N.L. del personale del comparto Funzioni Locali 2019-2021, sottoscritto il 16 "
     "novembre 2022, e in particolare gli articoli 16 e seguenti, che disciplinano gli incarichi di "
     "Elevata Qualificazione;"),
    ("VISTO", " il Regolamento comunale sull'ordinamento degli uffici e dei servizi e il sistema di "
     "graduazione delle posizioni approvato con deliberazione della Giunta Comunale n. 7 del 25 gennaio "
     "2024;"),
    ("RICHIAMATI", " gli articoli 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("ESAMINATO", " il curriculum dell'Ing. Paola Aimar, dipendente a tempo pieno e indeterminato "
     "inquadrata nell'Area dei Funzionari e dell'Elevata Qualificazione, in servizio presso l'Area "
     "Tecnica, e ritenuto che la stessa possieda la professionalità e l'esperienza richieste;"),
    ("ACQUISITA", " la dichiarazione di insussistenza di cause di inconferibilità e di incompatibilità "
     "resa ai sensi del D.Lgs. 8 aprile 2013, n. 39;"),
]
for k, v in prem:
    para(runs=[(k, True), (v, False)])

para("DECRETA", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=11.5, before=6, after=6, letter=80)
pts = [
    "di nominare l'Ing. Paola Aimar Responsabile dell'Area Tecnica – Lavori Pubblici e Manutenzioni, "
    "conferendole l'incarico di Elevata Qualificazione per il periodo dal 1° aprile 2028 al 31 dicembre "
    "2028, salvo revoca anticipata con provvedimento motivato;",
    "di attribuire alla stessa le funzioni e le competenze di cui all'art. 107 del D.Lgs. 267/2000, "
    "compresa l'adozione degli atti che impegnano l'Ente verso l'esterno nelle materie assegnate "
    "all'Area;",
    "di riconoscere la retribuzione di posizione annua lorda di € 12.500,00, per tredici mensilità, e "
    "la retribuzione di risultato nella misura stabilita dal sistema di valutazione vigente;",
    "di individuare quale sostituto, in caso di assenza o di impedimento, il Responsabile dell'Area "
    "Urbanistica ed Edilizia Privata, Arch. Enrico Bertola;",
    "di disporre la notifica del presente decreto all'interessata, la sua trasmissione al Segretario "
    "Comunale, al Servizio Personale e al Nucleo di Valutazione, e la pubblicazione all'Albo Pretorio on "
    "line e nella sezione “Amministrazione Trasparente”.",
]
for p in pts:
    q = doc.add_paragraph(style="List Number")
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    q.paragraph_format.space_after = Pt(3)
    q.add_run(p)

para("Verzuolo, 13 marzo 2028", align=WD_ALIGN_PARAGRAPH.LEFT, before=10, after=12)
sig = doc.add_table(rows=1, cols=2)
left, right = sig.cell(0, 0), sig.cell(0, 1)
left.paragraphs[0].add_run("Per accettazione\nL'incaricata\nIng. Paola Aimar").font.size = Pt(9.5)
rp = right.paragraphs[0]
rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = rp.add_run("IL SINDACO")
r.bold = True
rp2 = right.add_paragraph("Dott. Federico Rinaudo")
rp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
rp3 = right.add_paragraph()
rp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = rp3.add_run("(firmato digitalmente)")
rr.italic = True
rr.font.size = Pt(9)

doc.core_properties.author = "Segreteria Verzuolo"
doc.core_properties.title = "Decreto del Sindaco n. 6/2028"
doc.save(OUT)
