# Comune di Possagno (TV): Giunta, Word template (python-docx) with header/footer on every page; register grid and
# roll table with merged cells ("PRESENZE" over P / A); converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
h = s.header.paragraphs[0]; h.text = "COMUNE DI POSSAGNO\nProvincia di Treviso – Piazza Canova, 1 – 31054 Possagno"; h.alignment = AL.CENTER; h.runs[0].bold = True
f = s.footer.paragraphs[0]; f.text = "Delibera G.C. n. 11 del 12/02/2026 – Halley Veneto – stampa del 13/02/2026"; f.alignment = AL.CENTER
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = AL.CENTER
    return p
P("ORIGINALE", True, True, 9)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True, 13)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, v in enumerate(["Numero", "Data", "Ora"]): t.cell(0, i).text = v
for i, v in enumerate(["11", "12/02/2026", "20:15"]): t.cell(1, i).text = v
P("")
p = P("OGGETTO: "); p.runs[0].bold = True; p.add_run("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON LA FONDAZIONE CANOVA ONLUS PER LA GESTIONE COORDINATA DEI SERVIZI TURISTICI E DI ACCOGLIENZA – ANNI 2026-2027.")
P("L'anno duemilaventisei, addì dodici del mese di febbraio, nella Sala Giunta del Municipio, si è riunita la Giunta Comunale con l'intervento dei signori:")
r = d.add_table(rows=7, cols=4); r.style = "Table Grid"
a = r.cell(0, 0).merge(r.cell(1, 0)); a.text = "Cognome e Nome"
b = r.cell(0, 1).merge(r.cell(1, 1)); b.text = "Carica"
m = r.cell(0, 2).merge(r.cell(0, 3)); m.text = "PRESENZE"
r.cell(1, 2).text = "P"; r.cell(1, 3).text = "A"
for i, (n, c, pr) in enumerate([("ZILIO ADRIANO", "Sindaco", True), ("BERNARDI MONICA", "Vice Sindaco", True),
                                ("CANOVA MATTEO", "Assessore", False), ("FAVERO ROBERTA", "Assessore", True), ("SEBEN NICOLA", "Assessore", True)], 2):
    r.cell(i, 0).text = n; r.cell(i, 1).text = c; r.cell(i, 2 if pr else 3).text = "X"
P("")
P("Partecipa alla seduta il Segretario Comunale dott. Renato Bertoldo. Il sig. Adriano Zilio, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero legale degli intervenuti, dichiara aperta la seduta.")
P("LA GIUNTA COMUNALE", True, True)
P("Premesso che il Comune e la Fondazione Canova onlus collaborano da anni nella promozione turistica del territorio; visto lo schema di convenzione predisposto dal Servizio Cultura e Turismo; visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti favorevoli unanimi, resi nei modi di legge,")
P("DELIBERA", True, True)
for i, x in enumerate(["di approvare lo schema di convenzione con la Fondazione Canova onlus per la gestione coordinata dei servizi turistici e di accoglienza per gli anni 2026-2027;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione;", "di prenotare la spesa di euro 24.000,00 al capitolo 7120 del bilancio 2026-2028;",
    "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    P(f"{i}. {x}")
P("")
g = d.add_table(rows=2, cols=2)
g.cell(0, 0).text = "IL SINDACO"; g.cell(0, 1).text = "IL SEGRETARIO COMUNALE"; g.cell(1, 0).text = "Adriano Zilio"; g.cell(1, 1).text = "dott. Renato Bertoldo"
d.save(sys.argv[1])
