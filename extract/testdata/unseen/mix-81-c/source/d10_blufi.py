# Blufi: Giunta deliberation, Word document (python-docx) with roll table P/A, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
def P(t, b=False, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if al is not None: p.alignment = al
    return p
d.sections[0].header.paragraphs[0].text = "COMUNE DI BLUFI – Città Metropolitana di Palermo"
P("COMUNE DI BLUFI", True, A.CENTER); P("Città Metropolitana di Palermo", False, A.CENTER)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", True, A.CENTER)
P("N. 21 del 24/03/2026          Proposta n. 25 del 20/03/2026", True, A.CENTER)
P("OGGETTO: Assegnazione risorse al Responsabile dell'Area Amministrativa per la manifestazione \"Blufi d'Estate 2026\".", True)
P("L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 13:00, nella sala delle adunanze della Sede Municipale, convocata nei modi di legge, si è riunita la Giunta Municipale con l'intervento dei Signori:", False, A.JUSTIFY)
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["Cognome e Nome", "Carica", "P / A"]): t.rows[0].cells[i].text = h
for n, r, pa in [("Migliazzo Salvatore", "Sindaco", "P"), ("Guarcello Rosalia", "Vice Sindaco", "P"), ("Di Gangi Antonino", "Assessore", "A"), ("Castiglia Giuseppina", "Assessore", "P")]:
    c = t.add_row().cells; c[0].text = n; c[1].text = r; c[2].text = pa
P("Presiede il Sindaco Salvatore Migliazzo. Partecipa il Segretario Comunale dott.ssa Maria Lo Bue.", False, A.JUSTIFY)
P("LA GIUNTA MUNICIPALE", True, A.CENTER)
P("Vista l'allegata proposta di deliberazione e ritenuto di farla propria; visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991; con voti unanimi espressi in forma palese,", False, A.JUSTIFY)
P("DELIBERA", True, A.CENTER)
for i, s in enumerate(["di assegnare al Responsabile dell'Area Amministrativa la somma di € 9.000,00 per l'organizzazione della manifestazione \"Blufi d'Estate 2026\";",
                       "di imputare la spesa al capitolo 7320 del bilancio 2026;",
                       "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991."], 1):
    P(f"{i}. {s}", False, A.JUSTIFY)
P("IL SINDACO                                                  IL SEGRETARIO COMUNALE", True)
P("Salvatore Migliazzo                                         dott.ssa Maria Lo Bue")
d.save(sys.argv[1])
