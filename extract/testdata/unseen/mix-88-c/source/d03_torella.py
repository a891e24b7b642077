import sys
from fpdf import FPDF
p=FPDF(); p.set_creator("Halley Informatica"); p.add_font("DV","",'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); p.add_font("DV","B",'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
p.add_page(); p.set_margins(18,15,18)
p.set_font("DV","B",13); p.cell(0,7,"COMUNE DI TORELLA DEL SANNIO",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",9); p.cell(0,5,"Provincia di Campobasso",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(3)
p.set_font("DV","B",10); p.cell(0,6,"DELIBERAZIONE DEL CONSIGLIO COMUNALE",border=1,align="C",new_x="LMARGIN",new_y="NEXT")
p.cell(87,6,"Reg. Gen. n. 8",border=1); p.cell(0,6,"Data: 28/02/2026",border=1,new_x="LMARGIN",new_y="NEXT"); p.ln(2)
p.set_font("DV","",9.5)
W=p.w-36
def para(t): p.multi_cell(W,5,t,new_x="LMARGIN",new_y="NEXT"); p.ln(1)
para("OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del bilancio di previsione finanziario 2026/2028.")
para("L'anno 2026, il giorno 28 del mese di febbraio, alle ore 10:00, nella sala consiliare, in seduta ordinaria di prima convocazione, si è riunito il Consiglio Comunale. Risultano:")
rows=[("TESTA Amedeo","Sindaco","Uniti per Torella","X",""),("MASTROPIETRO Lucia","Consigliere","Uniti per Torella","X",""),("IANIRO Domenico","Consigliere","Uniti per Torella","X",""),("CIAMARRA Elena","Consigliere","Uniti per Torella","X",""),("DI PAOLO Stefano","Consigliere","Uniti per Torella","","X"),("FRATIANNI Rosa","Consigliere","Uniti per Torella","X",""),("PALLOTTA Marco","Consigliere","Uniti per Torella","X",""),("COLAVITA Gino","Consigliere","Torella Domani","X",""),("SPINA Teresa","Consigliere","Torella Domani","X",""),("RICCI Alberto","Consigliere","Torella Domani","","X"),("GIANCOLA Sara","Consigliere","Torella Domani","X","")]
p.set_font("DV","B",9); ws=[52,30,50,21,21]
for w,h in zip(ws,["Cognome e Nome","Carica","Gruppo consiliare","Presente","Assente"]): p.cell(w,6,h,border=1,align="C")
p.ln(); p.set_font("DV","",9)
for r in rows:
    for i,(w,v) in enumerate(zip(ws,r)): p.cell(w,5.5,v,border=1,align="C" if i>2 else "L")
    p.ln()
p.ln(2); para("Presenti n. 9 - Assenti n. 2. Partecipa il Segretario Comunale dott. Michele Lombardozzi. Presiede il Sindaco Amedeo Testa.")
para("IL CONSIGLIO COMUNALE - Vista la proposta della Giunta Comunale n. 6 del 10.2.2026; visto il parere favorevole del Revisore dei conti; con voti favorevoli n. 7, contrari n. 2 (Colavita, Spina), astenuti n. 0, espressi per alzata di mano dai 9 consiglieri presenti,")
p.set_font("DV","B",10); p.cell(0,6,"DELIBERA",align="C",new_x="LMARGIN",new_y="NEXT"); p.set_font("DV","",9.5)
para("1. di approvare il Documento Unico di Programmazione 2026/2028;")
para("2. di approvare il bilancio di previsione finanziario 2026/2028 nelle risultanze riportate negli allegati;")
para("3. di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni.")
para("Con separata votazione, voti favorevoli n. 7, contrari n. 2, la presente è dichiarata immediatamente eseguibile.")
p.ln(4); p.cell(W/2,5,"IL SINDACO",align="C"); p.cell(W/2,5,"IL SEGRETARIO COMUNALE",align="C",new_x="LMARGIN",new_y="NEXT")
p.cell(W/2,5,"Amedeo Testa",align="C"); p.cell(W/2,5,"dott. Michele Lombardozzi",align="C")
p.output(sys.argv[1])
