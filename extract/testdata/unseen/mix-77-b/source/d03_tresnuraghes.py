import sys
from fpdf import FPDF
F="/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; FB=F.replace("Regular","Bold")
class P(FPDF):
    def header(self):
        self.set_font("L","B",13); self.cell(0,7,"COMUNE DI TRESNURAGHES",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("L","",9); self.cell(0,5,"Provincia di Oristano – Via Nazionale, 2 – 09079 Tresnuraghes (OR)",align="C",new_x="LMARGIN",new_y="NEXT")
        self.line(15,self.get_y()+1,195,self.get_y()+1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("L","",8)
        self.cell(0,5,f"Deliberazione della Giunta Comunale N. 22 del 20/03/2026 – pag. {self.page_no()}/{{nb}}",align="C")
p=P(); p.alias_nb_pages(); p.add_font("L","",F); p.add_font("L","B",FB); p.set_margins(15,15,15); p.add_page()
def t(s,b=False,sz=10.5,al="J"):
    p.set_font("L","B" if b else "",sz); p.multi_cell(0,5.4,s,align=al,new_x="LMARGIN",new_y="NEXT"); p.ln(1.5)
p.set_font("L","B",12); p.cell(0,7,"ORIGINALE",align="R",new_x="LMARGIN",new_y="NEXT")
t("DELIBERAZIONE DELLA GIUNTA COMUNALE",True,13,"C"); t("N. 22 del 20/03/2026",True,12,"C")
t("OGGETTO: Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada di accesso alla località Porto Alabe – CUP G87H26000120004.",True)
t("L'anno 2026 addì 20 del mese di marzo alle ore 13:15 nella sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.")
p.set_font("L","B",10); 
for w,h in ((80,"Cognome e Nome"),(50,"Qualifica"),(40,"Presenza")): p.cell(w,7,h,border=1,align="C")
p.ln()
for n,q,s in (("PINNA GIOVANNI ANTONIO","Sindaco","PRESENTE"),("MARRAS ANNA PAOLA","Vicesindaco","PRESENTE"),("FLORIS SEBASTIANO","Assessore","ASSENTE"),("SECHI MARIA BONARIA","Assessore","PRESENTE")):
    p.set_font("L","",10); p.cell(80,7,n,border=1); p.cell(50,7,q,border=1); p.set_font("L","B",10); p.cell(40,7,s,border=1,align="C"); p.ln()
p.ln(3)
t("Totale presenti: 3 – Totale assenti: 1. Assiste il Segretario Comunale Dott.ssa Giuseppina Deiana, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sindaco Giovanni Antonio Pinna assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
t("LA GIUNTA COMUNALE",True,11,"C")
t("Premesso che la strada comunale di accesso alla località Porto Alabe presenta un avanzato stato di degrado della pavimentazione e delle cunette laterali; vista la deliberazione della Giunta Regionale n. 9/14 del 26/02/2026 con la quale è stato assegnato al Comune un finanziamento di € 180.000,00; visto il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di € 180.000,00; acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;")
t("Con votazione unanime, espressa nei modi di legge,")
t("DELIBERA",True,11,"C")
for i,s in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada di accesso alla località Porto Alabe, dell'importo complessivo di € 180.000,00, di cui € 138.500,00 per lavori;",
 "di dare atto che la spesa è finanziata con il contributo regionale di cui alla D.G.R. n. 9/14 del 26/02/2026;",
 "di nominare Responsabile Unico del Progetto il Geom. Mario Ledda, Responsabile dell'Area Tecnica;",
 "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."],1):
    t(f"{i}. {s}")
p.ln(6); p.set_font("L","",10)
p.cell(90,5,"Il Sindaco",align="C"); p.cell(90,5,"Il Segretario Comunale",align="C",new_x="LMARGIN",new_y="NEXT")
p.cell(90,5,"Giovanni Antonio Pinna",align="C"); p.cell(90,5,"Dott.ssa Giuseppina Deiana",align="C",new_x="LMARGIN",new_y="NEXT")
p.ln(8); t("CERTIFICATO DI PUBBLICAZIONE",True,10,"C")
t("Si certifica che la presente deliberazione è pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 23/03/2026 ed è trasmessa ai capigruppo consiliari con nota prot. n. 1544 del 23/03/2026.",sz=9.5)
p.output(sys.argv[1])
