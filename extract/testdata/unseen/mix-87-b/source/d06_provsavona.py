# python-docx: Word template with header (Settore/Servizio) and footer, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
s = d.sections[0]
h = s.header.paragraphs[0]; h.text = "PROVINCIA DI SAVONA\nSettore Gestione Viabilità, Edilizia ed Ambiente – Servizio Manutenzione Strade"; h.alignment = A.CENTER
f = s.footer.paragraphs[0]; f.text = "Via Sormano, 12 – 17100 Savona – PEC protocollo@pec.provincia.savona.it"; f.alignment = A.CENTER
def P(t, b=False, al=A.JUSTIFY):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al; return p
P("DETERMINAZIONE DIRIGENZIALE", True, A.CENTER)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, (a, b) in enumerate([("N. 734/2026 R.G.", "N. 118 di Settore"), ("del 17/04/2026", "Proposta n. 802 del 14/04/2026")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
t.cell(0, 2).text = "Classifica 06.04"; t.cell(1, 2).text = "Fascicolo 2026/31"
P("")
P("OGGETTO: S.P. 29 del Colle di Cadibona – Interventi urgenti di somma urgenza per il ripristino della carreggiata al km 7+400 a seguito di movimento franoso. Approvazione perizia giustificativa e impegno di spesa. CIG B8E21F3C90.", True)
P("IL DIRIGENTE", True, A.CENTER)
for x in ["Premesso che in data 3 aprile 2026 si è verificato un movimento franoso che ha interessato la carreggiata della S.P. 29 al km 7+400;",
          "Visto il verbale di somma urgenza redatto ai sensi dell'art. 140 del D.Lgs. 36/2023;",
          "Ritenuto di provvedere all'approvazione della perizia giustificativa dell'importo di € 96.850,00;"]:
    P(x)
P("DETERMINA", True, A.CENTER)
for i, x in enumerate(["di approvare la perizia giustificativa dei lavori di somma urgenza in oggetto, per l'importo complessivo di € 96.850,00;",
                       "di affidare i lavori all'impresa Edil Bormida S.r.l. di Millesimo;",
                       "di impegnare la spesa sul capitolo 10052 del bilancio 2026;",
                       "di trasmettere il presente atto al Consiglio provinciale per il riconoscimento della spesa."], 1):
    P(f"{i}) {x}")
P("Il Dirigente\ning. Marco Ghiglione", False, A.RIGHT)
d.save(sys.argv[1])
