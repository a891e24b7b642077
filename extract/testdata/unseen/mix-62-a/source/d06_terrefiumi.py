# Unione dei Comuni Terre e Fiumi (FE): letter convening the Consiglio dell'Unione, written as a
# Word document with python-docx (letterhead in the page header, protocol box as a table,
# agenda as a numbered table); converted to PDF by LibreOffice in build.sh.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document()
sec = d.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(34); sec.bottom_margin = Mm(22); sec.header_distance = Mm(10)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("UNIONE DEI COMUNI TERRE E FIUMI"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1f, 0x4e, 0x79)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Copparo – Riva del Po – Tresignana\nSede legale: Via Roma 28 – 44034 Copparo (FE) – unione.terrefiumi@cert.it"); r.font.size = Pt(8)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Ufficio di Presidenza del Consiglio dell'Unione – tel. 0532 864511"); r.font.size = Pt(7.5)
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.LEFT
c0, c1 = t.rows[0].cells
c0.text = "Prot. n. 4127\nClass. 02.02"
c1.text = "Copparo, 13/05/2026"
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph()
for line in ["Ai Consiglieri dell'Unione", "Al Presidente dell'Unione", "Al Segretario dell'Unione", "Al Revisore dei conti", "e p.c. ai Sindaci dei Comuni aderenti"]:
    p = d.add_paragraph(line); p.paragraph_format.left_indent = Mm(95); p.paragraph_format.space_after = Pt(0)
d.add_paragraph()
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Convocazione del Consiglio dell'Unione in seduta ordinaria – giovedì 21 maggio 2026."); r.bold = True
for s in ["Ai sensi dell'art. 18 dello Statuto dell'Unione e dell'art. 7 del Regolamento per il funzionamento del Consiglio, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio dell'Unione, che si terrà presso la Sala consiliare del Comune di Copparo, Piazza del Popolo 1,",
          "giovedì 21 maggio 2026 alle ore 18:30 in prima convocazione",
          "ed eventualmente venerdì 22 maggio 2026 alle ore 18:30 in seconda convocazione, per la trattazione del seguente",
          ]:
    p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
d.paragraphs[-2].alignment = WD_ALIGN_PARAGRAPH.CENTER; d.paragraphs[-2].runs[0].bold = True
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("ORDINE DEL GIORNO"); r.bold = True
items = ["Comunicazioni del Presidente del Consiglio.",
         "Approvazione dei verbali della seduta del 26 marzo 2026.",
         "Rendiconto della gestione per l'esercizio 2025 – Approvazione.",
         "Variazione al bilancio di previsione 2026-2028 e applicazione dell'avanzo di amministrazione.",
         "Convenzione con i Comuni aderenti per la gestione associata del servizio di Polizia Locale – Modifica dell'art. 6.",
         "Interrogazione del consigliere Zanella sul servizio di trasporto scolastico."]
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for i, it in enumerate(items, 1):
    row = t.add_row().cells; row[0].text = "%d." % i; row[1].text = it
    row[0].width = Mm(12); row[1].width = Mm(154)
d.add_paragraph()
p = d.add_paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria dell'Unione e disponibile nell'area riservata del sito istituzionale a decorrere da sabato 16 maggio 2026."); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = d.add_paragraph("Si ricorda che le sedute del Consiglio sono pubbliche e trasmesse in diretta streaming."); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
d.add_paragraph("Distinti saluti.")
for s, b in [("IL PRESIDENTE DEL CONSIGLIO DELL'UNIONE", False), ("Roberta Ferraresi", True), ("(documento firmato digitalmente)", False)]:
    p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(85); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(s); r.bold = b
    if s.startswith("("): r.font.size = Pt(8)
d.core_properties.author = "Segreteria Unione"; d.core_properties.title = "Convocazione Consiglio Unione 21.05.2026"
d.save(sys.argv[1])
