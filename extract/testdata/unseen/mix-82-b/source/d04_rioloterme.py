import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d=Document(); st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(12)
h=d.sections[0].header.paragraphs[0]; h.text="COMUNE DI RIOLO TERME\nProvincia di Ravenna – Servizio Segreteria"; h.alignment=WD_ALIGN_PARAGRAPH.CENTER
d.sections[0].footer.paragraphs[0].text="Via Aldo Moro, 2 – 48025 Riolo Terme (RA) – www.comune.rioloterme.ra.it"
p=d.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run("CERTIFICATO DI AVVENUTA PUBBLICAZIONE"); r.bold=True; r.font.size=Pt(14)
d.add_paragraph("Registro delle pubblicazioni n. 233/2026")
d.add_paragraph("Atto: DETERMINAZIONE N. 58 DEL 10/03/2026 – Area Servizi alla Persona")
p=d.add_paragraph(); p.add_run("Oggetto: ").bold=True; p.add_run("Approvazione della graduatoria definitiva delle domande di contributo per l'acquisto dei libri di testo – a.s. 2025/2026.")
d.add_paragraph("Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d'ufficio,")
p=d.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; p.add_run("CERTIFICA").bold=True
d.add_paragraph("che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 11/03/2026 al 26/03/2026, senza opposizioni o reclami.")
d.add_paragraph("Riolo Terme, 27/03/2026")
p=d.add_paragraph("Il Responsabile del Servizio Segreteria\nMarina Zauli"); p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
