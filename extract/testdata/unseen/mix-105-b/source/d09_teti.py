# Certificate of publication (Teti), Word document with header/footer (python-docx), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI TETI – Provincia di Nuoro – Servizio Affari Generali"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Piazza Municipio 1 – 08030 Teti (NU) – protocollo@pec.comune.teti.nu.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("CERTIFICATO DI PUBBLICAZIONE"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Deliberazione del Consiglio Comunale n. 3 del 09/03/2026")
p = d.add_paragraph(); p.add_run("Oggetto: ").bold = True
p.add_run("Approvazione del Regolamento per il funzionamento del Consiglio Comunale e delle commissioni consiliari.")
d.add_paragraph("Il sottoscritto Segretario Generale, su conforme attestazione del messo comunale,")
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("CERTIFICA").bold = True
d.add_paragraph("che copia della deliberazione in oggetto è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 11/03/2026 al 26/03/2026, con il numero di registro 117/2026, e che contro di essa non sono pervenuti reclami od opposizioni.")
d.add_paragraph("La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
d.add_paragraph("Teti, 27/03/2026")
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run("Il Segretario Generale\ndott.ssa Lucia Cocco")
d.save(sys.argv[1])
