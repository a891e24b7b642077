# Chitignano: python-docx Word document (header letterhead, footer), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI CHITIGNANO\nProvincia di Arezzo – Area Amministrativa – Servizi Sociali"; h.alignment = A.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Via Roma 1 – 52010 Chitignano (AR) – tel. 0575 596713"; f.alignment = A.CENTER
def P(t, b=False, al=None, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if al is not None: p.alignment = al
    return p
P("Prot. n. 1487 del 13/05/2026", al=A.RIGHT)
P("AVVISO PUBBLICO", True, A.CENTER, 16)
P("PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DELLE FAMIGLIE CON FIGLI FREQUENTANTI I CENTRI ESTIVI – ANNO 2026", True, A.CENTER, 12)
P("SCADENZA PRESENTAZIONE DOMANDE: ore 12:00 del 15 giugno 2026", True, A.CENTER)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True, A.CENTER)
P("In esecuzione della deliberazione della Giunta comunale n. 38 del 05/05/2026 e della propria determinazione n. 74 del 12/05/2026,")
P("RENDE NOTO", True, A.CENTER)
P("che sono aperti i termini per la presentazione delle domande di contributo per la frequenza dei centri estivi 2026 da parte di minori di età compresa tra 3 e 14 anni residenti nel Comune di Chitignano.")
for t in ["Art. 1 – Requisiti. Possono presentare domanda i genitori residenti con ISEE non superiore a € 30.000,00.",
          "Art. 2 – Entità del contributo. Il contributo è pari al 50% della retta sostenuta, fino a un massimo di € 300,00 per minore.",
          "Art. 3 – Modalità e termini. La domanda, redatta sul modulo allegato, deve pervenire entro le ore 12:00 del 15 giugno 2026 all'Ufficio Protocollo o via PEC a comune.chitignano@postacert.toscana.it.",
          "Art. 4 – Informazioni. Responsabile del procedimento: dott.ssa Elisa Fani, tel. 0575 596713."]:
    P(t)
P("Chitignano, 13/05/2026")
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\ndott. Giovanni Marri", al=A.RIGHT)
d.save(sys.argv[1])
