# Sant'Arcangelo Trimonte (BN): Word document with letterhead in the header (python-docx) -> LibreOffice.
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI SANT'ARCANGELO TRIMONTE\n"); r.bold = True; r.font.size = Pt(14)
h.add_run("Provincia di Benevento – Ufficio del Sindaco\nVia Roma, 2 – 82021 Sant'Arcangelo Trimonte (BN)").font.size = Pt(9)
f = d.sections[0].footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("tel. 0824 969012 – PEC protocollo.santarcangelotrimonte@asmepec.it").font.size = Pt(8)
def P(t, b=False, al=None):
    p = d.add_paragraph(); p.add_run(t).bold = b
    if al: p.alignment = al
    return p
P("Prot. n. 712\t\t\t\t\t\tSant'Arcangelo Trimonte, 16 marzo 2026")
P("Ai Sigg. Consiglieri comunali\nAl Segretario comunale\nAl Revisore dei conti\nAlla Prefettura di Benevento\nLoro sedi", al=WD_ALIGN_PARAGRAPH.RIGHT)
P("OGGETTO: Convocazione del Consiglio comunale in sessione ordinaria – 26 marzo 2026.", b=True)
P("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale che si terrà nella sala consiliare del Municipio, in sessione ordinaria e seduta pubblica, in prima convocazione il giorno giovedì 26 marzo 2026 alle ore 18:00 e, occorrendo, in seconda convocazione il giorno venerdì 27 marzo 2026 alle ore 18:00, per la trattazione del seguente", al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("ORDINE DEL GIORNO", b=True, al=WD_ALIGN_PARAGRAPH.CENTER)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
 "Approvazione del Piano Economico Finanziario e delle tariffe TARI 2026.",
 "Conferma delle aliquote IMU e dell'addizionale comunale IRPEF per l'anno 2026.",
 "Approvazione del Documento Unico di Programmazione 2026/2028 e del Bilancio di previsione 2026/2028.",
 "Mozione del gruppo consiliare \"Trimonte Futura\" sulla viabilità della S.P. 91."], 1):
    P(f"{i}. {t}")
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e consultabili negli orari d'ufficio.", al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("IL SINDACO\nrag. Pasquale Iannace", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
