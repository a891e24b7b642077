# python-docx: Word letter with header/footer, then LibreOffice -> PDF
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
s = d.sections[0]
h = s.header.paragraphs[0]; h.text = "COMUNE DI CIVITANOVA DEL SANNIO\nProvincia di Isernia – Ufficio del Presidente del Consiglio"; h.alignment = A.CENTER
f = s.footer.paragraphs[0]; f.text = "Piazza Municipio, 1 – 86094 Civitanova del Sannio (IS) – PEC: comune.civitanovadelsannio@pec.example.it"; f.alignment = A.CENTER
def P(t, b=False, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if al is not None: p.alignment = al
    return p
P("Prot. n. 905 del 20 febbraio 2026", al=A.LEFT)
P("Ai Consiglieri comunali\nAl Revisore dei conti\nAl Prefetto di Isernia\nLORO SEDI", al=A.RIGHT)
P("OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 2 marzo 2026.", b=True)
P("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà in prima convocazione lunedì 2 marzo 2026 alle ore 18:30 presso la Sala consiliare e, in seconda convocazione, giovedì 5 marzo 2026 alla stessa ora, per la trattazione del seguente", al=A.JUSTIFY)
P("ORDINE DEL GIORNO", b=True, al=A.CENTER)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
    "Approvazione del Documento Unico di Programmazione 2026-2028.",
    "Approvazione del bilancio di previsione finanziario 2026-2028.",
    "Comunicazioni del Sindaco."], 1):
    P(f"{i}. {t}")
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria.", al=A.JUSTIFY)
P("IL PRESIDENTE DEL CONSIGLIO COMUNALE\nMaria Teresa Mainella", al=A.RIGHT)
d.save(sys.argv[1])
