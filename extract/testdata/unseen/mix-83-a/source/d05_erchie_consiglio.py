# Comune di Erchie - Consiglio comunale minute; python-docx (header/footer on every page, roll in two
# side-by-side column groups under merged header cells), printed to PDF by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(30); sec.bottom_margin = Mm(20)
hp = sec.header.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run("COMUNE DI ERCHIE\n"); r.bold = True; r.font.size = Pt(15)
hp.add_run("Provincia di Brindisi").italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = AL.CENTER
fp.add_run("Deliberazione del Consiglio Comunale n. 12 del 15/04/2026").font.size = Pt(8)
def P(t, b=False, al=AL.JUSTIFY, sz=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("ORIGINALE", True, AL.RIGHT, 9)
P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, AL.CENTER, 14)
P("N. 12 del 15/04/2026", True, AL.CENTER)
P("Seduta ordinaria di prima convocazione – seduta pubblica", False, AL.CENTER, 10)
P("OGGETTO: Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione per l'occupazione delle aree destinate ai mercati.", True)
P("L'anno duemilaventisei addì quindici del mese di aprile alle ore 18:30, nella sala consiliare del Palazzo di Città, a seguito di invito diramato dal Presidente del Consiglio in data 8/04/2026, prot. n. 4127, si è riunito il Consiglio Comunale in sessione ordinaria. All'appello nominale risultano:")
L = [("Leo Giuseppe", "Sindaco", "P"), ("Carlucci Annarita", "Consigliere", "P"), ("Morleo Cosimo", "Consigliere", "P"),
     ("Greco Addolorata", "Consigliere", "P"), ("Pignatelli Vito", "Consigliere", "A"), ("Durante Rosaria", "Consigliere", "P"),
     ("Rizzo Pietro", "Presidente del Consiglio", "P")]
Rt = [("Nigro Francesca", "Consigliere", "P"), ("Taurino Salvatore", "Consigliere", "P"), ("Calò Giovanni", "Consigliere", "A"),
      ("Spina Raffaella", "Consigliere", "P"), ("Marangio Luca", "Consigliere", "P"), ("Stranieri Ornella", "Consigliere", "P")]
t = d.add_table(rows=2 + len(L), cols=6); t.style = "Table Grid"; t.autofit = False
for i, w in enumerate([39, 35, 11, 39, 35, 11]):
    t.columns[i].width = Mm(w)
    for cell in t.columns[i].cells: cell.width = Mm(w)
h = t.rows[0].cells; a = h[0].merge(h[2]); a.text = "Consiglieri (1 – 7)"; b = h[3].merge(h[5]); b.text = "Consiglieri (8 – 13)"
for i, x in enumerate(["Cognome e nome", "Carica", "P/A", "Cognome e nome", "Carica", "P/A"]): t.rows[1].cells[i].text = x
for i in range(len(L)):
    c = t.rows[2 + i].cells
    c[0].text, c[1].text, c[2].text = L[i]
    if i < len(Rt): c[3].text, c[4].text, c[5].text = Rt[i]
for row in t.rows[:2]:
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs: r.bold = True
P("Presenti n. 11 – Assenti n. 2 (Pignatelli, Calò).")
P("Assiste e partecipa il Segretario Comunale dott.ssa Lucia Cavallo, che cura la redazione del presente verbale.")
P("Presiede la seduta il Presidente del Consiglio Comunale sig. Pietro Rizzo, il quale, constatato il numero legale, dichiara aperta la seduta.")
P("IL CONSIGLIO COMUNALE", True, AL.CENTER)
for x in ["UDITA la relazione dell'Assessore al Commercio e l'intervento dei consiglieri Nigro e Taurino, riportati nel resoconto della seduta;",
          "PREMESSO che l'art. 1, commi 837 e seguenti, della legge 27 dicembre 2019, n. 160 ha istituito il canone di concessione per l'occupazione delle aree e degli spazi appartenenti al demanio o al patrimonio indisponibile destinati a mercati;",
          "VISTO lo schema di Regolamento predisposto dal Settore Economico Finanziario, composto da 24 articoli, esaminato dalla competente Commissione consiliare nella seduta del 9/04/2026;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000 e il parere dell'Organo di revisione;",
          "Con voti favorevoli n. 8, contrari n. 3 (Nigro, Taurino, Spina), astenuti nessuno, espressi per alzata di mano dagli 11 consiglieri presenti e votanti,"]:
    P(x)
P("D E L I B E R A", True, AL.CENTER)
for x in ["1. di approvare il Regolamento per la disciplina del canone patrimoniale di concessione per l'occupazione delle aree destinate ai mercati, composto da 24 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
          "2. di stabilire che il Regolamento entra in vigore il 1° maggio 2026;",
          "3. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze secondo le modalità previste dalla normativa vigente."]:
    P(x)
P("Successivamente, con voti favorevoli n. 8, contrari n. 3 (Nigro, Taurino, Spina), resi per alzata di mano, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
P("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.")
s = d.add_table(rows=2, cols=2)
s.rows[0].cells[0].text, s.rows[0].cells[1].text = "IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO COMUNALE"
s.rows[1].cells[0].text, s.rows[1].cells[1].text = "Pietro Rizzo", "dott.ssa Lucia Cavallo"
for row in s.rows:
    for c in row.cells: c.paragraphs[0].alignment = AL.CENTER
d.core_properties.title = "Deliberazione C.C. n. 12/2026"; d.core_properties.author = "Comune di Erchie"
d.save(sys.argv[1])
