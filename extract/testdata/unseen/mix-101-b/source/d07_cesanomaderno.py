# Cesano Maderno: convocation of the Consiglio Comunale, Word document (header table, footer) built with python-docx; LibreOffice prints it
import sys
from docx import Document
from docx.shared import Pt
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
sec = d.sections[0]
ht = sec.header.add_table(1, 2, sec.page_width - sec.left_margin - sec.right_margin)
ht.cell(0, 0).text = "CITTÀ DI CESANO MADERNO\nProvincia di Monza e della Brianza"
ht.cell(0, 1).text = "Presidenza del Consiglio Comunale\nPiazza Arese, 12 – 20811 Cesano Maderno"
sec.footer.paragraphs[0].text = "PEC: protocollo@pec.comune.cesano-maderno.mb.it – Centralino 0362 5131"
d.add_paragraph("Prot. n. 11402 del 13/03/2026")
d.add_paragraph("Ai Consiglieri Comunali\nAl Sindaco\nAl Segretario Generale\nAll'Albo pretorio on line")
p = d.add_paragraph(); r = p.add_run("OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria per il giorno 23 marzo 2026."); r.bold = True
d.add_paragraph("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e dell'art. 12 del Regolamento del Consiglio Comunale, la S.V. è invitata a partecipare "
                "alla seduta ordinaria pubblica del Consiglio Comunale che si terrà presso la Sala consiliare di Palazzo Arese Borromeo "
                "il giorno lunedì 23 marzo 2026 alle ore 20:45 in prima convocazione, per la trattazione del seguente")
p = d.add_paragraph(); p.add_run("ORDINE DEL GIORNO").bold = True
for t in ["Comunicazioni del Presidente del Consiglio e del Sindaco.",
          "Approvazione dei verbali della seduta del 16 febbraio 2026.",
          "Interrogazione del gruppo consiliare Partito Democratico sullo stato dei lavori del nuovo polo scolastico di via San Carlo.",
          "Variazione al bilancio di previsione 2026-2028 (art. 175 D.Lgs. 267/2000).",
          "Approvazione del Piano del Diritto allo Studio – anno scolastico 2026/2027.",
          "Mozione del gruppo consiliare Cesano Civica sulla mobilità ciclabile verso la stazione di Seveso."]:
    d.add_paragraph(t, style="List Number")
d.add_paragraph("In mancanza del numero legale la seduta si terrà in seconda convocazione il giorno martedì 24 marzo 2026 alla stessa ora. "
                "La documentazione relativa agli argomenti iscritti è depositata presso la Segreteria Generale e consultabile nell'area riservata del portale.")
d.add_paragraph("La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.")
d.add_paragraph("Il Presidente del Consiglio Comunale\nMirko Colombo")
d.save(sys.argv[1])
