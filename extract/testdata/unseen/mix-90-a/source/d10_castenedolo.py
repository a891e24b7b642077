# python-docx: letter in a Word template (header/footer), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER; r = h.add_run("COMUNE DI CASTENEDOLO\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Provincia di Brescia - Ufficio Segreteria Generale").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER; f.add_run("Via 15 Giugno 1859, 1 - 25014 Castenedolo (BS) - protocollo@pec.comune.castenedolo.bs.it").font.size = Pt(8)
def P(t, b=False, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if al is not None: p.alignment = al
    return p
P("Prot. n. 6104                                                                     Castenedolo, 25 marzo 2026")
P("Ai Consiglieri Comunali\nAl Revisore dei Conti\nAlla Prefettura di Brescia", al=A.RIGHT)
P("OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria per il giorno giovedì 2 aprile 2026.", b=True)
P("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria pubblica del Consiglio Comunale, che si terrà presso la Sala Consiliare del Municipio il giorno giovedì 2 aprile 2026 alle ore 20:30 in prima convocazione, per la trattazione del seguente", al=A.JUSTIFY)
P("ORDINE DEL GIORNO", b=True, al=A.CENTER)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
    "Comunicazioni del Sindaco.",
    "Approvazione del Rendiconto della gestione per l'esercizio 2025.",
    "Modifica del Regolamento per l'applicazione del canone unico patrimoniale.",
    "Interrogazione del gruppo consiliare \"Castenedolo Futura\" sulla viabilità di via Matteotti."], 1):
    P(f"{i}. {t}")
P("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria a disposizione dei Consiglieri.", al=A.JUSTIFY)
P("Il Presidente del Consiglio Comunale\nAlberto Ferrari", al=A.RIGHT)
d.save(sys.argv[1])
