# Comune di Gergei (SU): convocation of the Consiglio comunale; python-docx (Word template
# with header and footer) converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
out = sys.argv[1]
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI GERGEI\nProvincia del Sud Sardegna"; h.alignment = A.CENTER
for r in h.runs: r.bold = True
f = s.footer.paragraphs[0]; f.text = "Piazza Municipio 1 – 08030 Gergei (SU) – protocollo@pec.comune.gergei.su.it"; f.alignment = A.CENTER
def p(t, b=False, al=A.JUSTIFY):
    x = d.add_paragraph(); r = x.add_run(t); r.bold = b; x.alignment = al; return x
p("Prot. n. 1187 del 13.03.2026", al=A.LEFT)
p("Ai Signori Consiglieri Comunali\nAl Segretario Comunale\nAl Revisore dei conti\nAlla Prefettura di Cagliari\nLORO SEDI", al=A.RIGHT)
p("OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 23 marzo 2026.", True)
p("Ai sensi dell'art. 39 del D.Lgs. n. 267/2000 e del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale convocata in sessione ordinaria, presso la sala consiliare del Municipio, per il giorno lunedì 23 marzo 2026 alle ore 18:30 in prima convocazione e, occorrendo, per il giorno martedì 24 marzo 2026 alla stessa ora in seconda convocazione, per la trattazione del seguente")
p("ORDINE DEL GIORNO", True, A.CENTER)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente;",
    "Approvazione del Piano Economico Finanziario del servizio rifiuti (PEF) 2026/2029 e delle tariffe TARI 2026;",
    "Approvazione del Documento Unico di Programmazione 2026/2028 e del bilancio di previsione 2026/2028;",
    "Ratifica della deliberazione della Giunta Comunale n. 12 del 20.02.2026 adottata in via d'urgenza;",
    "Comunicazioni del Sindaco."], 1):
    p(f"{i}. {t}", al=A.LEFT)
p("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria a disposizione dei Consiglieri.")
p("Gergei, 13 marzo 2026", al=A.LEFT)
p("IL SINDACO\nRossella Mereu", al=A.RIGHT)
d.save(out)
