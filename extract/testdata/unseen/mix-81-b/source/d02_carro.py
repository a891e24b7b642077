import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("L","B",11); self.cell(0,6,"COMUNE DI CARRO",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("L","",8); self.cell(0,4,"Provincia della Spezia - Deliberazione del Consiglio Comunale n. 7 del 27.3.2026",align="C",new_x="LMARGIN",new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("L","",7); self.cell(0,4,f"Delib. C.C. n. 7/2026 - pagina {self.page_no()} di {{nb}}",align="C")
p=P(format="A4"); p.add_font("L","","/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"); p.add_font("L","B","/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_creator("Halley EG - Stampa Atti"); p.set_margins(20,15,20); p.add_page()
def t(s,b=False,a="J",sz=10):
    p.set_font("L","B" if b else "",sz); p.multi_cell(0,5,s,align=a,new_x="LMARGIN",new_y="NEXT"); p.ln(1.5)
t("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",True,"C",12)
t("Adunanza ordinaria di prima convocazione - seduta pubblica",False,"C")
t("OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025.",True)
t("L'anno 2026, il giorno 27 del mese di marzo, alle ore 21:00, nella sala consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All'appello risultano:")
p.set_font("L","B",10); p.cell(60,6,"SINDACO",border=1); p.cell(40,6,"Presente",border=1,align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("L","",10); p.cell(60,6,"GIANNONI ANTONIO",border=1); p.cell(40,6,"X",border=1,align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(3)
p.set_font("L","B",10); p.cell(60,6,"CONSIGLIERI",border=1); p.cell(20,6,"Pres.",border=1,align="C"); p.cell(20,6,"Ass.",border=1,align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("L","",10)
for n,pr in [("BERTONI ELISA",1),("CANESE MARCO",1),("DELPINO ROBERTA",1),("FERRARI LUCA",0),("GHIGLIONE SIMONE",1),("LAGOMARSINO ANNA",1),("MASSA DAVIDE",1),("PARODI CHIARA",0),("ROLLANDI FABIO",1),("SCIUTTO PAOLO",1)]:
    p.cell(60,6,n,border=1); p.cell(20,6,"X" if pr else "",border=1,align="C"); p.cell(20,6,"" if pr else "X",border=1,align="C",new_x="LMARGIN",new_y="NEXT")
p.ln(2); t("Presenti n. 9 - Assenti n. 2")
t("Partecipa il Segretario Comunale dott.ssa Marina Cavallini, incaricata della redazione del verbale. Il Sindaco Antonio Giannoni, constatato il numero legale, assume la presidenza e dichiara aperta la seduta.")
t("IL CONSIGLIO COMUNALE",True,"C")
t("Premesso che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo;")
t("Visto lo schema di rendiconto approvato con deliberazione della Giunta Comunale n. 21 del 12.3.2026 e la relazione dell'Organo di revisione;")
t("Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile del Servizio Finanziario;")
t("Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 8, favorevoli n. 6, contrari n. 2 (Canese, Sciutto), astenuti n. 1 (Massa);")
t("D E L I B E R A",True,"C")
t("1) di approvare il rendiconto della gestione per l'esercizio 2025, che chiude con un risultato di amministrazione di € 412.386,17;")
t("2) di dare atto che il rendiconto è corredato dagli allegati previsti dall'art. 11, comma 4, del D.Lgs. 118/2011;")
t("3) di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni.")
t("Successivamente, con voti favorevoli n. 6, contrari n. 2, astenuti n. 1, il Consiglio dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
t("Letto, confermato e sottoscritto.")
p.set_font("L","",10); p.cell(85,5,"IL PRESIDENTE"); p.cell(0,5,"IL SEGRETARIO COMUNALE",new_x="LMARGIN",new_y="NEXT"); p.cell(85,5,"Antonio Giannoni"); p.cell(0,5,"dott.ssa Marina Cavallini")
p.output(sys.argv[1])
