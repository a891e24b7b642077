# Certificate of publication, Conflenti: Word template with header/footer (python-docx), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI CONFLENTI\nProvincia di Catanzaro – Servizio Segreteria"; h.alignment = A.CENTER
f = sec.footer.paragraphs[0]; f.text = "Piazza Municipio, 1 – 88040 Conflenti (CZ) – protocollo.conflenti@asmepec.it"; f.alignment = A.CENTER
def P(t, b=False, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if al: p.alignment = al
    return p
P("ATTESTAZIONE DI PUBBLICAZIONE", True, A.CENTER)
P("Registro delle pubblicazioni n. 203", False, A.RIGHT)
P("Oggetto della deliberazione: Approvazione del piano comunale per la prevenzione degli incendi boschivi e di interfaccia – stagione 2026.", True)
P("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
P("ATTESTA", True, A.CENTER)
P("che la deliberazione della Giunta Comunale n. 22 del 12/03/2026, avente l'oggetto sopra indicato, è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 16/03/2026 e vi rimarrà per quindici giorni consecutivi, fino al 31/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267;")
P("che la stessa è stata comunicata ai capigruppo consiliari con nota prot. n. 1033 del 16/03/2026, ai sensi dell'art. 125 del D.Lgs. 267/2000.")
P("Conflenti, 16/03/2026")
P("Il Segretario Comunale\ndott.ssa Antonella Mastroianni", False, A.RIGHT)
d.save(sys.argv[1])
