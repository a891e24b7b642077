import sys
from fpdf import FPDF
p=FPDF(format="A4"); p.set_margins(20,18,20)
p.add_font("DV","","/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV","B","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_creator("Consorzio - Protocollo"); p.add_page()
p.set_font("DV","B",13); p.multi_cell(0,7,"CONSORZIO DI BONIFICA IN DESTRA DEL FIUME SELE",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",9); p.multi_cell(0,5,"Ente di diritto pubblico – Via Pietro Paolo Vergerio, 3 – 84126 Salerno",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(3)
p.set_font("DV","B",10); p.cell(0,6,"IL DIRETTORE GENERALE",new_x="LMARGIN",new_y="NEXT"); p.ln(2)
p.set_font("DV","B",12)
p.multi_cell(0,7,"AVVISO AI CONSORZIATI\nPagamento del contributo consortile 2026\ne calendario degli sportelli territoriali",align="C",border=1,new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_font("DV","",10)
for t in ["Si comunica ai consorziati che sono in corso di recapito gli avvisi di pagamento del contributo consortile per l'anno 2026, relativi alla manutenzione delle opere di bonifica e al servizio irriguo, approvati con deliberazione del Comitato Amministrativo n. 31 del 12.2.2026.",
 "Il pagamento può essere effettuato entro il 30 giugno 2026 tramite PagoPA. Per chiarimenti e rettifiche catastali sono attivi i seguenti sportelli:"]:
    p.multi_cell(0,5.5,t,align="J",new_x="LMARGIN",new_y="NEXT"); p.ln(2)
p.set_font("DV","B",9)
for h,w in (("Sportello",50),("Sede",70),("Giorni e orari",50)): p.cell(w,7,h,border=1)
p.ln(); p.set_font("DV","",9)
for r in (("Battipaglia","Via Belvedere, 14","lun-mer 9:00-12:30"),("Eboli","Piazza della Repubblica, 2","mar-gio 9:00-12:30"),("Pontecagnano Faiano","Via Budetta, 8","ven 9:00-12:30")):
    for v,w in zip(r,(50,70,50)): p.cell(w,7,v,border=1)
    p.ln()
p.ln(6); p.cell(0,6,"Salerno, 30 marzo 2026",new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.cell(0,6,"Il Direttore Generale",align="R",new_x="LMARGIN",new_y="NEXT"); p.cell(0,6,"ing. Vincenzo Sica",align="R")
p.output(sys.argv[1])
