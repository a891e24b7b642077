# Grezzago (MI): python-docx, Word template with letterhead in the running head -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI GREZZAGO\n"); r.bold = True; r.font.size = Pt(16)
h.add_run("Città Metropolitana di Milano – Ufficio Segreteria").font.size = Pt(9)
f = d.sections[0].footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("Via Manzoni n. 5 – 20056 Grezzago (MI) – protocollo@pec.comune.grezzago.mi.it").font.size = Pt(8)
def P(t, b=False, al=None):
    p = d.add_paragraph(); x = p.add_run(t); x.bold = b
    if al: p.alignment = al
    return p
P("Prot. n. 1874 del 12/03/2026", al=WD_ALIGN_PARAGRAPH.LEFT)
P("Ai Consiglieri comunali\nAl Segretario comunale\nAl Revisore dei conti\ne p.c. Alla Prefettura di Milano", al=WD_ALIGN_PARAGRAPH.RIGHT)
p = d.add_paragraph(); x = p.add_run("OGGETTO: "); x.bold = True; p.add_run("Convocazione del Consiglio comunale in sessione ordinaria – seduta del 19 marzo 2026.").bold = True
P("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale convocata in sessione ordinaria, seduta pubblica di prima convocazione, presso la Sala consiliare di via Manzoni n. 5 per il giorno", al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("GIOVEDÌ 19 MARZO 2026 ALLE ORE 21:00", True, WD_ALIGN_PARAGRAPH.CENTER)
P("e, occorrendo, in seconda convocazione per il giorno venerdì 20 marzo 2026 alle ore 21:00, per la trattazione del seguente", al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("ORDINE DEL GIORNO", True, WD_ALIGN_PARAGRAPH.CENTER)
for s in ["Lettura e approvazione dei verbali della seduta precedente.",
          "Comunicazioni del Sindaco.",
          "Approvazione del Piano di Diritto allo Studio per l'anno scolastico 2026/2027.",
          "Variazione al bilancio di previsione 2026-2028 – art. 175, comma 2, D.Lgs. 267/2000.",
          "Interrogazione del gruppo consiliare \"Grezzago Futura\" sulla viabilità di via Trezzo."]:
    d.add_paragraph(s, style="List Number")
P("I consiglieri che intendono partecipare in videoconferenza ne danno comunicazione alla Segreteria entro le ore 12:00 del giorno della seduta. La documentazione relativa agli argomenti è depositata presso l'Ufficio Segreteria.", al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("Grezzago, 12 marzo 2026")
P("Il Presidente del Consiglio comunale\nLaura Colombo", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
