# Lainate: Word-like minute built with python-docx (converted by LibreOffice in build.sh).
# Roll table with merged group rows ("SINDACO", "CONSIGLIERI DI MAGGIORANZA/MINORANZA"), P / A marks.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
h = sec.header.paragraphs[0]; h.text = "COMUNE DI LAINATE\nCittà Metropolitana di Milano"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True; r.font.size = Pt(13)
f = sec.footer.paragraphs[0]; f.text = "Deliberazione del Consiglio Comunale n. 12 del 26/03/2026"; f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("COPIA", True, WD_ALIGN_PARAGRAPH.RIGHT)
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 12", True, WD_ALIGN_PARAGRAPH.CENTER, 12)
P("Seduta ordinaria pubblica di prima convocazione", False, WD_ALIGN_PARAGRAPH.CENTER)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Approvazione del Piano di Governo del Territorio – variante parziale al Piano delle Regole per l'ambito produttivo di via Manzoni. Controdeduzioni alle osservazioni e approvazione definitiva."); r.bold = True
P("L'anno duemilaventisei addì ventisei del mese di marzo alle ore diciannove e trenta, nella Sala Consiliare di Villa Litta, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti del Consiglio Comunale.")
P("All'appello risultano:")
groups = [("SINDACO", [("LANDONIO Andrea", "P")]),
 ("CONSIGLIERI DI MAGGIORANZA", [("PORRO Silvia", "P"), ("GRASSI Emanuele", "P"), ("MARELLI Chiara", "P"), ("BERETTA Luca", "P"), ("CORTI Anna", "A"), ("PAGANI Marco", "P"), ("SCOTTI Elena", "P"), ("CASATI Roberto", "P"), ("LEGNANI Sara", "P"), ("BORSANI Pietro", "P")]),
 ("CONSIGLIERI DI MINORANZA", [("AIROLDI Giovanni", "P"), ("CROCI Paola", "A"), ("GORLA Fabrizio", "P"), ("BANFI Marta", "P"), ("TORNAGHI Ivano", "P"), ("MAZZUCCHELLI Rita", "P")])]
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, x in enumerate(["N.", "Cognome e Nome", "P", "A"]): t.rows[0].cells[i].text = x
n = 0
for g, mem in groups:
    row = t.add_row(); c = row.cells[0].merge(row.cells[3]); c.text = g
    c.paragraphs[0].runs[0].bold = True
    for nm, s in mem:
        n += 1; row = t.add_row().cells
        row[0].text = str(n); row[1].text = nm; row[2].text = "X" if s == "P" else ""; row[3].text = "X" if s == "A" else ""
row = t.add_row(); c = row.cells[0].merge(row.cells[1]); c.text = "TOTALE"; row.cells[2].text = "15"; row.cells[3].text = "2"
t.autofit = False
for i, w in enumerate([1.2, 10, 1.5, 1.5]): t.columns[i].width = Cm(w)
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(10); row.cells[2].width = Cm(1.5); row.cells[3].width = Cm(1.5)
P("")
P("Partecipa all'adunanza il Segretario Generale dott.ssa Maria Grazia Locatelli, la quale provvede alla redazione del presente verbale.")
P("Essendo legale il numero degli intervenuti, il dott. Emanuele Grassi, nella sua qualità di Presidente del Consiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
P("Prima della votazione esce dall'aula il Consigliere AIROLDI Giovanni (presenti n. 14).")
P("IL CONSIGLIO COMUNALE", True, WD_ALIGN_PARAGRAPH.CENTER)
P("Premesso che con deliberazione del Consiglio Comunale n. 48 del 30/10/2025 è stata adottata la variante parziale al Piano delle Regole del PGT ai sensi dell'art. 13 della L.R. 12/2005;")
P("Dato atto che nei termini sono pervenute n. 4 osservazioni, controdedotte come da relazione allegata;")
P("Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile del Settore Territorio;")
P("Con voti favorevoli n. 10, contrari n. 4 (Gorla, Banfi, Tornaghi, Mazzucchelli), astenuti nessuno, resi in forma palese dai n. 14 Consiglieri presenti e votanti;")
P("DELIBERA", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(["di controdedurre alle osservazioni pervenute secondo quanto riportato nella relazione istruttoria allegata sub A);",
 "di approvare definitivamente la variante parziale al Piano delle Regole per l'ambito produttivo di via Manzoni, costituita dagli elaborati elencati in premessa;",
 "di dare mandato al Responsabile del Settore Territorio per gli adempimenti di pubblicazione sul BURL ai sensi dell'art. 13, comma 11, della L.R. 12/2005."], 1):
    P(f"{i}) {x}")
P("Successivamente, con voti favorevoli n. 10, contrari n. 4 (Gorla, Banfi, Tornaghi, Mazzucchelli), resi in forma palese dai n. 14 Consiglieri presenti e votanti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, confermato e sottoscritto.")
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL PRESIDENTE DEL CONSIGLIO"; t.cell(0, 1).text = "IL SEGRETARIO GENERALE"
t.cell(1, 0).text = "F.to dott. Emanuele Grassi"; t.cell(1, 1).text = "F.to dott.ssa Maria Grazia Locatelli"
for c in t._cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[1])
