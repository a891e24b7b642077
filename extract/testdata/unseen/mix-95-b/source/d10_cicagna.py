# Cicagna: python-docx, converted by LibreOffice; certificate of publication of a determinazione
import sys
from docx import Document
from docx.shared import Pt
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(11)
d.sections[0].header.paragraphs[0].text = "COMUNE DI CICAGNA - Città Metropolitana di Genova - Servizio Segreteria"
d.add_heading("CERTIFICATO DI PUBBLICAZIONE", 1)
d.add_paragraph("Determinazione del Responsabile del Servizio Tecnico n. 38 del 09/03/2026")
d.add_paragraph("Oggetto: Impegno di spesa per la manutenzione ordinaria degli impianti di illuminazione pubblica - anno 2026 - CIG B8C37E0F51")
d.add_paragraph("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
d.add_paragraph("ATTESTA").alignment = 1
d.add_paragraph("che copia della presente determinazione è stata pubblicata all'Albo Pretorio on line del Comune al n. 174 del registro delle pubblicazioni, per quindici giorni consecutivi dal 10/03/2026 al 25/03/2026.")
d.add_paragraph("Cicagna, 26/03/2026")
d.add_paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE\nMaria Grazia Cuneo").alignment = 2
d.save(sys.argv[1])
