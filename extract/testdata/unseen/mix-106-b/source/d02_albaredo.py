import sys
from fpdf import FPDF
F="/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV","B",12); self.cell(0,6,"COMUNE DI ALBAREDO ARNABOLDI",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("DV","",8.5); self.cell(0,4,"Provincia di Pavia – Piazza Municipio, 1 – 27040 Albaredo Arnaboldi (PV)",align="C",new_x="LMARGIN",new_y="NEXT")
        self.line(15,self.get_y()+1,195,self.get_y()+1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DV","",7.5)
        self.cell(0,4,"Deliberazione G.C. n. 6 del 19/01/2026 – Pagina %d di {nb}"%self.page_no(),align="C")
p=P(); p.add_font("DV","",F+"DejaVuSans.ttf"); p.add_font("DV","B",F+"DejaVuSans-Bold.ttf")
p.set_margins(15,15,15); p.alias_nb_pages(); p.add_page()
def par(t,b=False,al="J",h=5):
    p.set_font("DV","B" if b else "",9.5); p.multi_cell(0,h,t,align=al,new_x="LMARGIN",new_y="NEXT"); p.ln(1.2)
p.set_font("DV","B",11); p.cell(0,6,"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",10); p.cell(0,6,"N. 6 del 19/01/2026",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(2)
par("OGGETTO: ADESIONE ALLA CONVENZIONE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE CON I COMUNI DI CAMPOSPINOSO E BARBIANELLO – TRIENNIO 2026-2028.",True)
par("L'anno duemilaventisei, addì diciannove del mese di gennaio, alle ore 17:30, nella sala delle adunanze, si è riunita la Giunta comunale, regolarmente convocata. Risultano:")
w=[70,50,15,15,15]; p.set_font("DV","B",9.5)
for t,x in zip(["Cognome e Nome","Qualifica","P","A","AG"],w): p.cell(x,6,t,border=1,align="C")
p.ln(); p.set_font("DV","",9.5)
for r in [("BRUNI Angelo","Sindaco","X","",""),("FERRARI Monica","Vicesindaco","X","",""),("CASSINELLI Piero","Assessore","","","X")]:
    for t,x in zip(r,w): p.cell(x,6,t,border=1,align="L" if x>20 else "C")
    p.ln()
p.ln(2)
par("Assiste il Segretario Comunale dott.ssa Maria Grazia Lupo, che cura la verbalizzazione. Il sig. Angelo Bruni, Sindaco, constatato il numero legale, assume la presidenza e dichiara aperta la seduta.")
par("LA GIUNTA COMUNALE",True,"C")
for t in ["PREMESSO che l'art. 30 del D.Lgs. 267/2000 consente agli enti locali di stipulare convenzioni per lo svolgimento coordinato di funzioni e servizi determinati;",
 "CONSIDERATO che il Comune di Albaredo Arnaboldi non dispone di personale di polizia locale in servizio e che i Comuni di Campospinoso e Barbianello hanno manifestato la disponibilità a gestire in forma associata il servizio, con Comune capofila Barbianello;",
 "VISTO lo schema di convenzione, composto da 12 articoli, che prevede un riparto della spesa in proporzione alla popolazione residente e alle ore di servizio prestate sul territorio di ciascun ente;",
 "RITENUTO di sottoporre lo schema di convenzione all'approvazione del Consiglio comunale, competente ai sensi dell'art. 42, comma 2, lett. c), del D.Lgs. 267/2000, formulando nel frattempo l'indirizzo di adesione;",
 "ACQUISITO il parere favorevole di regolarità tecnica espresso dal Responsabile del Servizio Amministrativo;",
 "Con voti unanimi favorevoli resi nelle forme di legge;"]: par(t)
par("DELIBERA",True,"C")
for t in ["1. di esprimere l'indirizzo favorevole all'adesione del Comune di Albaredo Arnaboldi alla convenzione per la gestione associata del servizio di polizia locale con i Comuni di Campospinoso e Barbianello per il triennio 2026-2028;",
 "2. di proporre al Consiglio comunale l'approvazione dello schema di convenzione allegato;",
 "3. di dare atto che la spesa presunta, quantificata in € 9.800,00 annui, sarà prevista nel bilancio di previsione 2026-2028;",
 "4. di trasmettere copia della presente ai Comuni di Campospinoso e Barbianello."]: par(t)
par("Con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(3); par("Letto, confermato e sottoscritto.")
p.set_font("DV","",9.5); p.cell(90,5,"IL PRESIDENTE"); p.cell(0,5,"IL SEGRETARIO COMUNALE",new_x="LMARGIN",new_y="NEXT")
p.cell(90,5,"Angelo Bruni"); p.cell(0,5,"dott.ssa Maria Grazia Lupo",new_x="LMARGIN",new_y="NEXT"); p.ln(6)
par("CERTIFICATO DI PUBBLICAZIONE",True,"C")
par("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 23/01/2026 al 07/02/2026. Contestualmente è comunicata ai capigruppo consiliari.")
p.cell(0,5,"IL SEGRETARIO COMUNALE – dott.ssa Maria Grazia Lupo",align="R")
p.set_creator("Halley Informatica – Atti"); p.output(sys.argv[1])
