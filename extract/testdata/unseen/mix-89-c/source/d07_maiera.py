# esito di gara: fpdf2, label grid, offers table, header()/footer() on every page
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("L","B",14); self.cell(0,7,"COMUNE DI MAIERÀ",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("L","",9); self.cell(0,5,"Provincia di Cosenza – AREA TECNICA – Servizio Lavori Pubblici",align="C",new_x="LMARGIN",new_y="NEXT")
        self.line(15,self.get_y()+1,195,self.get_y()+1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("L","",8); self.cell(0,5,f"Avviso di esito – prot. n. 1609/2026 – pag. {self.page_no()}/{{nb}}",align="C")
p=P(); p.set_creator("AppaltiPA Calabria"); 
p.add_font("L","","/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"); p.add_font("L","B","/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_margins(15,15,15); p.add_page(); p.set_font("L","B",13)
p.multi_cell(0,7,"AVVISO DI APPALTO AGGIUDICATO\n(art. 111 del D.Lgs. 31 marzo 2023, n. 36)",align="C"); p.ln(3)
rows=[("Stazione appaltante","Comune di Maierà – Area Tecnica – Servizio Lavori Pubblici"),
("Oggetto","Lavori di consolidamento del costone roccioso sottostante il centro storico – via Castello"),
("CUP / CIG","G67H25000920001 / B9D14C7E21"),
("Procedura","Procedura negoziata senza bando, art. 50, comma 1, lett. c), D.Lgs. 36/2023"),
("Criterio","Minor prezzo"),("Importo a base d'asta","€ 318.400,00 oltre IVA, di cui € 9.200,00 per oneri della sicurezza"),
("Aggiudicazione","Determinazione R.G. n. 97 del 31/03/2026"),
("Aggiudicatario","EDIL TIRRENO S.R.L. – Scalea (CS) – P.IVA 03318290787"),("Ribasso offerto","18,437 %")]
p.set_font("L","",10)
for k,v in rows:
    p.set_font("L","",10); n=len(p.multi_cell(125,7,v,dry_run=True,output="LINES"))
    x,y=p.get_x(),p.get_y(); p.rect(x,y,55,7*n)
    p.set_font("L","B",10); p.cell(55,7,k)
    p.set_font("L","",10); p.multi_cell(125,7,v,border=1,new_x="LMARGIN",new_y="NEXT")
p.ln(4); p.set_font("L","B",10); p.cell(0,6,"Operatori economici invitati e offerte",new_x="LMARGIN",new_y="NEXT")
w=(10,95,40,35)
for i,h in enumerate(("N.","Operatore economico","Ribasso %","Esito")): p.cell(w[i],7,h,border=1,align="C")
p.ln(); p.set_font("L","",10)
for r in [("1","EDIL TIRRENO S.R.L.","18,437","Aggiudicatario"),("2","COSTRUZIONI ALTO IONIO S.R.L.","16,905","2° classificato"),("3","GEOTEC CALABRIA S.R.L.","14,220","3° classificato"),("4","F.LLI PERRONE S.N.C.","—","Non presentata"),("5","PRAIA SCAVI S.R.L.","11,050","4° classificato")]:
    for i,x in enumerate(r): p.cell(w[i],7,x,border=1,align="L" if i==1 else "C")
    p.ln()
p.ln(5)
p.multi_cell(0,5.5,"Avverso il presente provvedimento è ammesso ricorso al T.A.R. Calabria – Catanzaro entro 30 giorni dalla pubblicazione. Il Responsabile Unico del Progetto è l'ing. Antonio Cava.",align="J")
p.ln(6); p.cell(0,6,"Maierà, 02/04/2026",new_x="LMARGIN",new_y="NEXT")
p.set_x(120); p.multi_cell(75,5.5,"IL RESPONSABILE DELL'AREA TECNICA\nIng. Antonio Cava",align="C")
p.output(sys.argv[1])
