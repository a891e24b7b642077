# Castel Goffredo (MN): Consiglio comunale minute as a Word document (python-docx), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
h = s.header.paragraphs[0]; h.text = "COMUNE DI CASTEL GOFFREDO\nProvincia di Mantova"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True; r.font.size = Pt(13)
f = s.footer.paragraphs[0]; f.text = "Deliberazione C.C. n. 14 del 26.3.2026"; f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, c=False, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, True, 13)
P("Deliberazione n. 14 del 26.3.2026", True, True, 11)
P("Adunanza ordinaria di prima convocazione – seduta pubblica", False, True)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE UNICO PATRIMONIALE – MODIFICHE AGLI ARTICOLI 8, 15 E 22."); r.bold = True
P("L’anno duemilaventisei, addì ventisei del mese di marzo alle ore 20:45, nella Sala Consiliare del Palazzo Comunale, previa l’osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti il Consiglio Comunale. All’appello risultano:")
roll = [("MARTINELLI GIOVANNI", "Sindaco", 1), ("BONFANTI CLAUDIA", "Consigliere", 1), ("FERRARI MASSIMO", "Consigliere", 1),
        ("ZANINI ELENA", "Consigliere", 1), ("BERTOLETTI MARCO", "Consigliere", 0), ("GOZZI ANNA", "Consigliere", 1),
        ("RAVELLI PAOLO", "Consigliere", 1), ("TOMASONI GIULIA", "Consigliere", 1), ("FACCHINI LUCA", "Consigliere", 0),
        ("ARRIGONI SARA", "Consigliere", 1), ("DALL'ASTA ROBERTO", "Consigliere", 1), ("MANTOVANI ILARIA", "Consigliere", 1),
        ("BELLINI STEFANO", "Consigliere", 1)]
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, x in enumerate(("Componente", "Carica", "Presente", "Assente")):
    t.rows[0].cells[i].text = x
    for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
for n, c, pr in roll:
    cs = t.add_row().cells; cs[0].text = n; cs[1].text = c; cs[2].text = "X" if pr else ""; cs[3].text = "" if pr else "X"
    for k in (2, 3): cs[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
t.autofit = False
for k, wd in enumerate((6.5, 4.0, 2.6, 2.6)):
    t.columns[k].width = Cm(wd)
    for cl in t.columns[k].cells: cl.width = Cm(wd)
P("Totale presenti: 11 – Totale assenti: 2")
P("Partecipa alla seduta il Segretario Generale dott.ssa Chiara Zuccati, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il sig. Paolo Ravelli, nella sua qualità di Presidente del Consiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato, iscritto al punto 3 dell’ordine del giorno (proposta n. 19 del 16.3.2026 del Settore Economico-Finanziario).")
P("Alle ore 21:05, durante l’illustrazione del punto, entra in aula il consigliere Facchini Luca: i presenti sono pertanto 12.")
P("IL CONSIGLIO COMUNALE", True, True)
P("Premesso che con deliberazione del Consiglio Comunale n. 9 del 29.3.2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria;")
P("Ritenuto di modificare gli articoli 8, 15 e 22 per adeguarli alle nuove tariffe e alle esenzioni per le associazioni del territorio;")
P("Visti i pareri favorevoli espressi ai sensi dell’art. 49 del D.Lgs. 267/2000: di regolarità tecnica dal Responsabile del Settore Economico-Finanziario dott. Enrico Pasini e di regolarità contabile dal medesimo Responsabile, in data 17.3.2026; visto il parere del Revisore dei Conti;")
P("Con la seguente votazione, espressa per alzata di mano: presenti n. 12, votanti n. 11, favorevoli n. 8, contrari n. 3 (Arrigoni, Dall’Asta, Bellini), astenuti n. 1 (Mantovani);")
P("DELIBERA", True, True)
for i, x in enumerate(["di approvare le modifiche agli articoli 8, 15 e 22 del Regolamento per la disciplina del canone unico patrimoniale, nel testo allegato sub A) quale parte integrante;",
          "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026 ai sensi dell’art. 53, comma 16, della L. 388/2000;",
          "di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze mediante il portale del federalismo fiscale."], 1):
    P(f"{i}. {x}")
P("Successivamente, con voti favorevoli n. 8, contrari n. 3, astenuti n. 1, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, confermato e sottoscritto.")
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL PRESIDENTE DEL CONSIGLIO"; t.cell(0, 1).text = "IL SEGRETARIO GENERALE"
t.cell(1, 0).text = "Paolo Ravelli"; t.cell(1, 1).text = "dott.ssa Chiara Zuccati"
for row in t.rows:
    for c in row.cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[1])
