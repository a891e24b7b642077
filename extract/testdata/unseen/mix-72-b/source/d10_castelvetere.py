# Giunta deliberation, Castelvetere sul Calore: python-docx (header/footer, roll table) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI CASTELVETERE SUL CALORE\nProvincia di Avellino"; h.alignment = A.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Deliberazione di Giunta Comunale n. 18 del 13/03/2026"; f.alignment = A.CENTER
def P(t, b=False, al=A.JUSTIFY):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, A.CENTER)
P("N. 18 del 13/03/2026", True, A.CENTER)
P("OGGETTO: Adesione al progetto «Borghi in Cammino» promosso dalla Regione Campania e approvazione della scheda progettuale.", True)
P("L'anno duemilaventisei, addì tredici del mese di marzo, alle ore 13:15, nella Casa Comunale, si è riunita la Giunta Comunale con l'intervento dei Signori:")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, s in enumerate(["Nominativo", "Qualifica", "Presente / Assente"]): t.rows[0].cells[i].text = s
for r in [("Pizza Carmine", "Sindaco", "Presente"), ("Capone Alessandra", "Vice Sindaco", "Presente"), ("Zarrella Vito", "Assessore", "Assente giustificato")]:
    cs = t.add_row().cells
    for i, s in enumerate(r): cs[i].text = s
P("")
P("Assiste il Segretario Comunale dott.ssa Angela Iannaccone. Il Sindaco, avv. Carmine Pizza, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
P("LA GIUNTA COMUNALE, vista la nota della Regione Campania di avvio del progetto; ritenuto di aderire per la valorizzazione dei sentieri del territorio; acquisiti i pareri ex art. 49 D.Lgs. 267/2000; con voti unanimi espressi nelle forme di legge,")
P("DELIBERA", True, A.CENTER)
for s in ["1. di aderire al progetto «Borghi in Cammino» promosso dalla Regione Campania;", "2. di approvare la scheda progettuale allegata;", "3. di nominare responsabile del procedimento l'arch. Luigi Cella, Responsabile dell'Area Tecnica;", "4. di dichiarare, con separata votazione unanime, la presente immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]:
    P(s)
P("IL SINDACO avv. Carmine Pizza          IL SEGRETARIO COMUNALE dott.ssa Angela Iannaccone", False, A.CENTER)
d.save(sys.argv[1])
