# Unione dei Comuni Terre dell'Olio e del Sagrantino (PG, Umbria) - convocazione Consiglio in forma mista; python-docx -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "UNIONE DEI COMUNI TERRE DELL'OLIO E DEL SAGRANTINO\nBevagna – Giano dell'Umbria – Gualdo Cattaneo – Montefalco"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Piazza del Comune 17 – 06036 Montefalco (PG) – PEC: unione.terreolio@postacert.umbria.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph("Prot. n. 1312\t\t\t\t\tMontefalco, 20/03/2026")
d.add_paragraph("Ai Consiglieri dell'Unione\nAl Revisore dei conti\nAl Segretario dell'Unione\nLORO SEDI")
p = d.add_paragraph(); r = p.add_run("OGGETTO: Convocazione del Consiglio dell'Unione in seduta ordinaria e in forma mista – 27 marzo 2026."); r.bold = True
for t in ["Ai sensi dell'art. 12 dello Statuto e del Regolamento per le sedute in videoconferenza, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio dell'Unione, che si terrà il giorno venerdì 27 marzo 2026 alle ore 17:30 presso la sala consiliare del Comune di Montefalco e, per chi ne faccia richiesta entro le ore 12:00 del giorno precedente, in collegamento da remoto tramite la piattaforma indicata nel link che sarà trasmesso via PEC, per la trattazione del seguente",
          "ORDINE DEL GIORNO"]:
    d.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
for t in ["Approvazione dei verbali della seduta precedente.", "Approvazione del rendiconto della gestione 2025.", "Convenzione per la gestione associata del servizio di polizia locale – rinnovo.", "Comunicazioni del Presidente."]:
    d.add_paragraph(t, style="List Number")
d.add_paragraph("In caso di mancanza del numero legale, la seduta è rinviata in seconda convocazione al giorno 30 marzo 2026, stessa ora. Il voto dei consiglieri collegati da remoto sarà espresso per appello nominale.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = d.add_paragraph("IL PRESIDENTE DELL'UNIONE\nLuigi Titta"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
