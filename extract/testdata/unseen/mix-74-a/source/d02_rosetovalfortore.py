# Consiglio comunale of Roseto Valfortore: Word template (python-docx), roll table with SI/NO columns
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
hp = d.sections[0].header.paragraphs[0]; hp.text = "Comune di Roseto Valfortore – Provincia di Foggia"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = d.sections[0].footer.paragraphs[0]; fp.text = "Deliberazione C.C. n. 6 del 12/03/2026"; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
def P(t, b=False, c=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("COMUNE DI ROSETO VALFORTORE", True, True)
P("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, True)
P("N. 6 del 12/03/2026", True, True)
P("OGGETTO: Approvazione del Piano Economico Finanziario (PEF) e delle tariffe TARI per l'anno 2026.", True)
P("L'anno duemilaventisei addì dodici del mese di marzo alle ore 17:00, nella Sala consiliare, a seguito di convocazione, si è riunito in sessione straordinaria il Consiglio Comunale. Fatto l'appello nominale risultano:")
rows = [("Mucciacciaro Lucilla", "Sindaco", "SI"), ("Ciampi Antonio", "Consigliere", "SI"), ("Marinelli Rosa", "Consigliere", "SI"),
        ("De Vivo Pasquale", "Consigliere", "NO"), ("Pirro Giuseppina", "Consigliere", "SI"), ("Lombardi Carmine", "Consigliere", "SI"),
        ("Tarantino Michele", "Consigliere", "NO"), ("Iamele Concetta", "Consigliere", "SI"), ("Grasso Leonardo", "Consigliere", "SI"),
        ("Zullo Marianna", "Consigliere", "SI"), ("Fania Raffaele", "Consigliere", "SI")]
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(("Consiglieri", "Qualifica", "Presente", "Assente")): t.rows[0].cells[i].text = h
for n, q, p in rows:
    c = t.add_row().cells; c[0].text = n; c[1].text = q; c[2].text = p; c[3].text = "NO" if p == "SI" else "SI"
P("Presenti n. 9        Assenti n. 2")
P("Presiede la seduta il Sindaco Lucilla Mucciacciaro. Partecipa il Segretario Comunale dott. Gianluca Sbrocchi, incaricato della redazione del verbale.")
P("IL CONSIGLIO COMUNALE", True, True)
P("VISTO l'art. 1, commi 639 e seguenti, della Legge 147/2013; VISTA la deliberazione ARERA n. 397/2025/R/rif; VISTO il PEF validato dall'Ente territorialmente competente; ACQUISITO il parere del Revisore dei conti;")
P("Con voti favorevoli n. 8, contrari n. 0, astenuti n. 1 (Fania), resi per alzata di mano dai n. 9 consiglieri presenti,")
P("DELIBERA", True, True)
for i, s in enumerate(["di approvare il Piano Economico Finanziario TARI 2026 per un costo complessivo di € 412.380,00;",
                       "di approvare le tariffe TARI 2026 per le utenze domestiche e non domestiche come da allegato B;",
                       "di stabilire la riscossione in tre rate con scadenza 31 maggio, 31 luglio e 30 settembre 2026;",
                       "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il Portale del federalismo fiscale."], 1):
    P(f"{i}. {s}")
P("Inoltre, con separata votazione e voti unanimi, DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, confermato e sottoscritto.")
s = d.add_table(rows=2, cols=2)
s.rows[0].cells[0].text = "IL SINDACO"; s.rows[0].cells[1].text = "IL SEGRETARIO COMUNALE"
s.rows[1].cells[0].text = "Lucilla Mucciacciaro"; s.rows[1].cells[1].text = "dott. Gianluca Sbrocchi"
d.save(sys.argv[1])
