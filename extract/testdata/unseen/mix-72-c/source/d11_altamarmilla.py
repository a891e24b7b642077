# Determinazione of the Area Tecnica of the Unione (fpdf2, same running head; register box with merged cells)
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from am_common import *
p = new("Determinazione Area Tecnica n. 88 R.G. del 15/05/2026")
para(p, "AREA TECNICA\nServizio Viabilità e Patrimonio", "B", 10.5, "C")
p.set_font("DV", "", 9.5)
with p.table(col_widths=(45, 45, 45, 45), text_align="CENTER") as t:
    r = t.row(); r.cell("DETERMINAZIONE", colspan=4)
    r = t.row(); r.cell("Registro generale"); r.cell("N. 88"); r.cell("Registro di settore"); r.cell("N. 31")
    r = t.row(); r.cell("Data"); r.cell("15/05/2026"); r.cell("Proposta"); r.cell("n. 96 del 14/05/2026")
p.ln(3)
para(p, "OGGETTO: Affidamento del servizio di ingegneria e architettura per la progettazione esecutiva dei lavori di manutenzione straordinaria della viabilità rurale intercomunale Ales – Gonnosnò – Curcuris – CUP H47H26000180002 – CIG B93F0A5D12. Determinazione a contrarre e aggiudicazione.", "B")
para(p, "IL RESPONSABILE DELL’AREA TECNICA", "B", 10.5, "C")
para(p, "Richiamata la deliberazione della Giunta dell’Unione n. 14 del 13/05/2026 di approvazione del progetto di fattibilità tecnico-economica; visto l’art. 50, comma 1, lett. b), del D.Lgs. 36/2023; vista l’offerta presentata sulla piattaforma SardegnaCAT dallo Studio Tecnico Associato Pinna & Lai di Oristano, pari a € 31.850,00 oltre oneri e IVA;")
para(p, "DETERMINA", "B", 10.5, "C")
for i, x in enumerate(["di affidare allo Studio Tecnico Associato Pinna & Lai il servizio di progettazione esecutiva per l’importo di € 31.850,00 oltre cassa previdenziale e IVA;",
        "di impegnare la somma complessiva di € 40.411,28 sul capitolo 20810 del bilancio 2026;",
        "di nominare RUP il geom. Efisio Melis;",
        "di pubblicare il presente atto nella sezione Amministrazione trasparente dell’Unione."], 1):
    para(p, f"{i}) {x}")
para(p, "Ales, 15/05/2026", align="L")
p.set_x(105); para(p, "Il Responsabile dell’Area Tecnica\ning. Stefano Corrias", align="C")
p.output(sys.argv[1])
