# Giunta dell'Unione deliberation (fpdf2, CID fonts, roll as a table of Sindaci with SI/NO, running head/foot)
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from am_common import *
p = new("Deliberazione G.U. n. 14 del 13/05/2026")
para(p, "VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE", "B", 12, "C")
p.set_font("DV", "", 9.5)
with p.table(col_widths=(30, 30, 60), text_align="CENTER", first_row_as_headings=False) as t:
    r = t.row(); r.cell("Numero 14"); r.cell("Data 13/05/2026"); r.cell("Proposta n. 17 del 08/05/2026")
p.ln(3)
para(p, "OGGETTO: Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della viabilità rurale intercomunale Ales – Gonnosnò – Curcuris – CUP H47H26000180002.", "B")
para(p, "L’anno 2026, il giorno 13 del mese di maggio, alle ore 16:30, presso la sede dell’Unione in Ales, si è riunita la Giunta dell’Unione, composta dai Sindaci dei Comuni aderenti. All’appello risultano:")
p.set_font("DV", "", 9)
rows = [("Ales", "Marco Pisanu", "Presidente", "SI"), ("Albagiara", "Franca Mura", "Vice Presidente", "SI"),
        ("Assolo", "Gianluca Atzori", "Componente", "SI"), ("Baressa", "Sergio Cocco", "Componente", "NO"),
        ("Curcuris", "Paola Zedda", "Componente", "SI"), ("Gonnosnò", "Ignazio Murgia", "Componente", "SI")]
with p.table(col_widths=(30, 45, 35, 20), text_align=("LEFT", "LEFT", "LEFT", "CENTER")) as t:
    r = t.row(); [r.cell(x) for x in ("Comune", "Sindaco", "Carica", "Presente")]
    for row in rows:
        r = t.row(); [r.cell(x) for x in row]
p.ln(3)
para(p, "Presenti 5 – Assenti 1. Presiede il Presidente dell’Unione Marco Pisanu; partecipa il Segretario dell’Unione dott.ssa Alessandra Sanna, che provvede alla redazione del verbale.")
para(p, "LA GIUNTA DELL’UNIONE", "B", 10.5, "C")
para(p, "Vista la proposta n. 17 del 08/05/2026 dell’Area Tecnica; visto il progetto redatto dall’ing. Stefano Corrias per l’importo complessivo di € 480.000,00, finanziato dalla Regione Autonoma della Sardegna; acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 267/2000; con votazione favorevole unanime dei presenti,")
para(p, "DELIBERA", "B", 10.5, "C")
for i, x in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della viabilità rurale intercomunale per l’importo complessivo di € 480.000,00;",
        "di dare atto che l’intervento è inserito nel Programma triennale dei lavori pubblici 2026-2028;",
        "di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti, compresa l’indizione della procedura di affidamento della progettazione esecutiva."], 1):
    para(p, f"{i}. {x}")
para(p, "Letto, approvato e sottoscritto.")
p.set_font("DV", "", 9.5)
p.cell(90, 5, "IL PRESIDENTE", align="C"); p.cell(90, 5, "IL SEGRETARIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(90, 5, "Marco Pisanu", align="C"); p.cell(90, 5, "dott.ssa Alessandra Sanna", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
para(p, "CERTIFICATO DI PUBBLICAZIONE – La presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione dal 14/05/2026 per quindici giorni consecutivi (n. 211 del registro).", "I", 8.5)
p.output(sys.argv[1])
