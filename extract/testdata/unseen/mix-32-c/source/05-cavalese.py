# Comune di Cavalese (TN) - determinazione, fpdf2, imitating a CBA Informatica print (running head with number)
import sys
from fpdf import FPDF
class D(FPDF):
    def header(self):
        self.set_font('DV','',7.5)
        self.cell(0,4,"Comune di Cavalese - Determinazione n. 57 dd. 11.03.2026 - Servizio Tecnico",new_x="LMARGIN",new_y="NEXT")
        self.line(15,15,195,15);self.ln(4)
    def footer(self):
        self.set_y(-14);self.set_font('DV','',7)
        self.cell(0,4,"Pag. %d/{nb}"%self.page_no(),align='R')
p=D();p.alias_nb_pages()
p.add_font('DV','','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
p.add_font('DV','B','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
p.add_font('DS','','/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
p.add_font('DS','B','/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
p.set_margins(15,12,15);p.set_auto_page_break(True,20);p.add_page()
p.set_title("Determinazione 57/2026");p.set_creator("CBA Sistema Atti");p.set_author("Comune di Cavalese")
p.set_font('DS','B',15);p.cell(0,8,"COMUNE DI CAVALESE",align='C',new_x="LMARGIN",new_y="NEXT")
p.set_font('DS','',9);p.cell(0,5,"Provincia Autonoma di Trento",align='C',new_x="LMARGIN",new_y="NEXT")
p.ln(5)
p.set_font('DV','B',11);p.cell(0,6,"SERVIZIO TECNICO",align='C',new_x="LMARGIN",new_y="NEXT")
p.set_font('DV','',9);p.cell(0,5,"Ufficio Patrimonio",align='C',new_x="LMARGIN",new_y="NEXT")
p.ln(4)
p.set_font('DV','B',10.5)
p.multi_cell(0,6,"DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO N. 57 DI DATA 11 MARZO 2026",align='C')
p.ln(3)
p.set_font('DV','B',9.5);p.cell(22,5.5,"OGGETTO:")
p.multi_cell(0,5.5,"Lavori di manutenzione straordinaria della copertura della scuola primaria \"Giovanni Segantini\". Approvazione della contabilità finale e del certificato di regolare esecuzione. CUP J17B25000340005 – CIG B5C13D9A20.")
p.ln(3)
p.set_font('DS','',9.5)
txt=["Premesso che con propria determinazione n. 112 di data 18.06.2025 sono stati affidati all'impresa Edilfiemme S.n.c. di Dellantonio Ivo & C., con sede a Tesero, i lavori di manutenzione straordinaria della copertura della scuola primaria, per l'importo contrattuale di euro 68.420,50 oltre ad IVA;",
"Visto lo stato finale dei lavori redatto dal direttore dei lavori geom. Andrea Vinante in data 20.02.2026, dal quale risulta un credito residuo dell'impresa di euro 3.421,03 oltre ad IVA;",
"Visto il certificato di regolare esecuzione emesso in data 27.02.2026;",
"Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, e la L.P. 9 marzo 2016, n. 2;",
"Visto il decreto del Sindaco n. 2 di data 08.01.2026 di nomina dei responsabili dei servizi;",
"Accertata la propria competenza ai sensi dell'art. 126 del citato Codice;"]
for t in txt: p.multi_cell(0,5,t,align='J');p.ln(1.2)
p.ln(2);p.set_font('DV','B',10);p.cell(0,6,"d e t e r m i n a",align='C',new_x="LMARGIN",new_y="NEXT");p.ln(1)
p.set_font('DS','',9.5)
pts=["di approvare la contabilità finale dei lavori in oggetto e il certificato di regolare esecuzione di data 27.02.2026, dai quali risulta un importo complessivo dei lavori eseguiti di euro 68.420,50 oltre ad IVA;",
"di liquidare all'impresa Edilfiemme S.n.c. di Dellantonio Ivo & C. la rata di saldo di euro 3.421,03 oltre ad IVA 10%, per complessivi euro 3.763,13, con imputazione al capitolo 26120 del bilancio 2026;",
"di svincolare la garanzia definitiva prestata dall'impresa;",
"di dare atto che avverso il presente provvedimento sono ammessi ricorso al T.R.G.A. di Trento entro 60 giorni, ai sensi del D.Lgs. 104/2010, e ricorso straordinario al Presidente della Repubblica entro 120 giorni."]
for i,t in enumerate(pts,1):
    p.set_x(15);p.cell(8,5,"%d."%i);p.multi_cell(0,5,t,align='J');p.ln(1)
p.ln(8)
p.set_font('DV','',9.5)
p.set_x(110);p.multi_cell(80,5,"IL RESPONSABILE DEL SERVIZIO TECNICO\ning. Martina Zanon",align='C')
p.ln(6);p.set_font('DV','',7.5)
p.multi_cell(0,4,"Questo documento, se trasmesso in forma cartacea, costituisce copia dell'originale informatico firmato digitalmente, predisposto e conservato presso questa Amministrazione in conformità alle regole tecniche (artt. 3 bis e 71 D.Lgs. 82/2005).")
p.output(sys.argv[1])
