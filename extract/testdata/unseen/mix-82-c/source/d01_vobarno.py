# Vobarno (BS): Word document made with python-docx, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI VOBARNO\nProvincia di Brescia\nAREA TECNICA – Servizio Lavori Pubblici e Patrimonio"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = sec.footer.paragraphs[0]; f.text = "Comune di Vobarno – Piazza Corsetti 1 – 25079 Vobarno (BS) – PEC protocollo@pec.comune.vobarno.bs.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("DETERMINAZIONE N. 47 DEL 10/03/2026 – REG. GEN. N. 311 DEL 12/03/2026"); r.bold = True; r.font.size = Pt(12)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
p.add_run("LAVORI DI MESSA IN SICUREZZA DEL PONTE SUL FIUME CHIESE IN VIA GIUSEPPE MAZZINI – APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE – CUP C27H25001120004")
for t in ["IL RESPONSABILE DELL'AREA TECNICA",
 "Visto il decreto sindacale n. 4 del 02/01/2026 di conferimento dell'incarico di posizione di elevata qualificazione dell'Area Tecnica;",
 "Richiamata la deliberazione del Consiglio comunale n. 52 del 19/12/2025 di approvazione del bilancio di previsione 2026-2028;",
 "Visto il progetto esecutivo redatto dall'ing. Paolo Zanetti, dell'importo complessivo di € 186.500,00;",
 "Visto il D.Lgs. 36/2023 e in particolare l'art. 50, comma 1, lett. c);", "DETERMINA"]:
    q = d.add_paragraph(t)
    if t.isupper(): q.alignment = WD_ALIGN_PARAGRAPH.CENTER; q.runs[0].bold = True
for i, t in enumerate(["di approvare il progetto esecutivo dei lavori in oggetto, dell'importo complessivo di € 186.500,00;",
 "di procedere all'affidamento mediante procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. c) del D.Lgs. 36/2023;",
 "di imputare la spesa alla missione 10, programma 05, capitolo 20815 del bilancio 2026;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    d.add_paragraph(f"{i}. {t}")
d.add_paragraph("Vobarno, 12/03/2026")
q = d.add_paragraph("IL RESPONSABILE DELL'AREA TECNICA\ngeom. Marco Bontempi\n(documento firmato digitalmente)"); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
