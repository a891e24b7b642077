# Casalbuono: python-docx (Word-like template) -> LibreOffice; proposal number in the heading
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "Comune di Casalbuono – Provincia di Salerno"; h.alignment = A.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Via Roma, 1 – 84030 Casalbuono (SA) – tel. 0975 862025"; f.alignment = A.CENTER
def p(t, b=False, al=None, size=None):
    x = d.add_paragraph(); r = x.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    if al is not None: x.alignment = al
    return x
p("COMUNE DI CASALBUONO", True, A.CENTER, 16)
p("AREA AMMINISTRATIVA – Servizio Affari Generali", True, A.CENTER)
p("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", True, A.CENTER, 13)
p("Proposta n. 145 del 02/03/2026", False, A.CENTER)
p("Reg. Gen. 311 del 04/03/2026  –  Reg. Area n. 52", True, A.CENTER)
x = d.add_paragraph(); r = x.add_run("OGGETTO: "); r.bold = True
x.add_run("Liquidazione fatture alla ditta Cilento Service S.r.l. per il servizio di pulizia degli uffici comunali – mesi di gennaio e febbraio 2026.").bold = True
p("IL RESPONSABILE DEL SETTORE", True, A.CENTER)
p("Richiamata la determinazione n. 18 del 20/01/2025 (Reg. Gen. 41) con la quale è stato affidato alla ditta Cilento Service S.r.l. il servizio di pulizia degli uffici comunali per il biennio 2025-2026, CIG B4A1D0C6E2;")
p("Viste le seguenti fatture:")
t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
for i, row in enumerate([("N. fattura", "Data", "Periodo", "Importo"), ("12/PA", "03/02/2026", "gennaio 2026", "€ 1.159,00"), ("27/PA", "02/03/2026", "febbraio 2026", "€ 1.159,00"), ("", "", "Totale", "€ 2.318,00")]):
    for j, v in enumerate(row): t.cell(i, j).text = v
p("Acquisito il DURC regolare con scadenza 18/06/2026;")
p("DETERMINA", True, A.CENTER)
for n, s in enumerate(["di liquidare alla ditta Cilento Service S.r.l. la somma di € 2.318,00 (IVA compresa) a saldo delle fatture n. 12/PA e n. 27/PA;",
                       "di applicare lo split payment ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
                       "di imputare la spesa sul capitolo 1043 del bilancio 2026;"], 1):
    p(f"{n}. {s}")
p("Casalbuono, 04/03/2026")
p("Il Responsabile dell'Area Amministrativa\ndott.ssa Antonietta Marotta", False, A.RIGHT)
d.save(sys.argv[1])
