# Convocazione del Consiglio comunale, Comune di Monte Rinaldo (FM): python-docx (Word template), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
hp = s.header.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run("COMUNE DI MONTE RINALDO\n"); r.bold = True; r.font.size = Pt(16)
r = hp.add_run("Provincia di Fermo\nPiazza Umberto I, 3 – 63852 Monte Rinaldo (FM) – tel. 0734 777121"); r.font.size = Pt(8.5)
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER; r = fp.add_run("www.comune.monterinaldo.fm.it – PEC: comune.monterinaldo@emarche.it"); r.font.size = Pt(8)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
a, b = t.rows[0].cells
a.text = "Prot. n. 498\ndel 13/03/2026"; b.text = "Ai Consiglieri comunali\nAl Revisore dei conti\nAl Prefetto di Fermo\nLoro sedi"
def P(text, bold=False, al=None, size=None, space=6):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if al is not None: p.alignment = al
    p.paragraph_format.space_after = Pt(space); return p
P("")
P("CONVOCAZIONE DEL CONSIGLIO COMUNALE\nSESSIONE ORDINARIA – SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE", True, AL.CENTER, 12.5)
P("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 12 del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale che si terrà presso la Sala consiliare del Palazzo municipale", al=AL.JUSTIFY)
P("giovedì 26 marzo 2026, alle ore 21:00", True, AL.CENTER, 12)
P("per la trattazione del seguente", al=AL.JUSTIFY)
P("ORDINE DEL GIORNO", True, AL.CENTER)
for i, x in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
    "Comunicazioni del Sindaco.",
    "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – nota di aggiornamento.",
    "Approvazione del bilancio di previsione finanziario 2026-2028.",
    "Approvazione del piano delle alienazioni e valorizzazioni immobiliari 2026.",
    "Convenzione con il Comune di Ortezzano per la gestione associata del servizio di Polizia Locale."], 1):
    p = P(f"{i}. {x}", al=AL.JUSTIFY, space=3); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
P("")
P("In mancanza del numero legale, la seduta in seconda convocazione si terrà venerdì 27 marzo 2026, alla stessa ora e nello stesso luogo. Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso la Segreteria comunale.", al=AL.JUSTIFY)
P("Monte Rinaldo, 13 marzo 2026")
P("IL SINDACO\nGianmario Ricci", True, AL.RIGHT)
d.save(sys.argv[1])
