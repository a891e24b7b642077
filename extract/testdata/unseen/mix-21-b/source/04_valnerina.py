"""Comunità Montana Valnerina - convocazione dell'Assemblea (python-docx Word template -> LibreOffice)."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
out = sys.argv[1]
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.5); s.top_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
def p(text="", bold=False, align=None, size=None, italic=False, after=4):
    para = d.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: para.alignment = align
    para.paragraph_format.space_after = Pt(after)
    return para
hp = s.header.paragraphs[0]; hp.alignment = A.CENTER
r = hp.add_run("COMUNITÀ MONTANA VALNERINA"); r.bold = True; r.font.size = Pt(15)
hp2 = s.header.add_paragraph("Zona Sociale n. 6 – Via Manzoni, 8 – 06046 Norcia (PG)"); hp2.alignment = A.CENTER; hp2.runs[0].font.size = Pt(8.5)
fp = s.footer.paragraphs[0]; fp.alignment = A.CENTER; fp.add_run("tel. 0743 81xxxx – PEC: cmvalnerina@postacert.umbria.it").font.size = Pt(8)
p("Prot. n. 611                                                                        Norcia, 13/03/2026", after=14)
for t in ["Ai Componenti dell'Assemblea", "Al Revisore dei Conti", "Al Segretario", "e p.c. ai Sindaci dei Comuni della Valnerina"]:
    p(t, align=A.RIGHT, after=0)
p("", after=10)
p("CONVOCAZIONE DELL'ASSEMBLEA DELLA COMUNITÀ MONTANA – SEDUTA DEL 24 MARZO 2026", bold=True, align=A.CENTER, after=12)
p("Ai sensi dello Statuto e del Regolamento per il funzionamento degli organi, la S.V. è invitata a partecipare alla seduta dell'Assemblea della Comunità Montana Valnerina, che si terrà in sessione ordinaria presso la Sala consiliare della sede di Norcia, in prima convocazione il giorno martedì 24 marzo 2026 alle ore 16:00 e, in mancanza del numero legale, in seconda convocazione il giorno mercoledì 25 marzo 2026 alle ore 16:30, per la trattazione del seguente", align=A.JUSTIFY)
p("ORDINE DEL GIORNO", bold=True, align=A.CENTER, after=6)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente;",
                       "Comunicazioni del Presidente;",
                       "Rendiconto della gestione per l'esercizio 2025 – Approvazione;",
                       "Piano di riparto dei fondi per la forestazione 2026 tra i Comuni associati – Presa d'atto;",
                       "Varie ed eventuali."], 1):
    p("%d. %s" % (i, t), align=A.JUSTIFY, after=2)
p("", after=6)
p("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria dell'Ente e consultabile nei giorni e negli orari d'ufficio.", align=A.JUSTIFY)
p("Distinti saluti.", after=18)
p("IL PRESIDENTE DELL'ASSEMBLEA", bold=True, align=A.RIGHT, after=0)
p("Sig. Franco Bucchi", align=A.RIGHT, after=0)
p("(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)", italic=True, size=8, align=A.RIGHT)
d.core_properties.author = "Segreteria CM Valnerina"
d.save(out)
