# python-docx -> LibreOffice: convocation of the Consiglio comunale, header/footer in the Word template
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI LABICO\nCittà Metropolitana di Roma Capitale\nUfficio di Presidenza del Consiglio Comunale"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Via Roma 1 – 00030 Labico (RM) – PEC: protocollo@pec.comune.labico.rm.it"
def P(t, b=False, c=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("Prot. n. 3391 del 20.3.2026")
P("Ai Consiglieri Comunali\nAl Sindaco\nAl Vice Segretario Generale\nAl Prefetto di Roma")
P("OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 31 marzo 2026.", True)
P("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria e in prima convocazione, che si terrà presso la Sala Consiliare il giorno martedì 31 marzo 2026 alle ore 18:30, per la trattazione del seguente")
P("ORDINE DEL GIORNO", True, True)
for i, t in enumerate(("Lettura e approvazione dei verbali della seduta precedente;",
                       "Approvazione del Documento Unico di Programmazione 2026/2028;",
                       "Approvazione del bilancio di previsione finanziario 2026/2028;",
                       "Interrogazioni e mozioni."), 1):
    P(f"{i}. {t}")
P("In caso di mancanza del numero legale la seduta si terrà in seconda convocazione il giorno 1 aprile 2026 alla stessa ora.")
P("Il Presidente del Consiglio Comunale\nDott.ssa Valentina Crescenzi").alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
