import sys
from fpdf import FPDF
F="/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS","B",13); self.cell(0,7,"C O M U N E   D I   C A S T E L   D ’ A I A N O",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("LS","",8.5); self.cell(0,4,"Città Metropolitana di Bologna – Piazza Nannetti, 1 – 40034 Castel d’Aiano (BO)",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("LS","I",8.5); self.cell(0,4,"Area Tecnica – Servizio Lavori Pubblici, Patrimonio e Ambiente      Det. R.G. n. 97/2026",align="C",new_x="LMARGIN",new_y="NEXT")
        self.line(15,self.get_y()+1,195,self.get_y()+1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("LS","",8); self.cell(0,5,f"Determinazione Area Tecnica n. 21 – pagina {self.page_no()} di {{nb}}",align="C")
p=P(); p.alias_nb_pages(); p.add_font("LS","",F+"LiberationSans-Regular.ttf"); p.add_font("LS","B",F+"LiberationSans-Bold.ttf"); p.add_font("LS","I",F+"LiberationSans-Italic.ttf")
p.set_margins(15,12,15); p.add_page(); p.set_creator("Halley Informatica – Atti Amministrativi"); p.set_producer("Halley PDF 4.1")
p.set_font("LS","B",11); p.cell(0,6,"DETERMINAZIONE DEL RESPONSABILE DELL’AREA TECNICA",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("LS","",10)
p.cell(90,6,"Numero di settore: 21",border=1); p.cell(90,6,"Registro Generale: 97",border=1,new_x="LMARGIN",new_y="NEXT")
p.cell(90,6,"Data: 05/03/2026",border=1); p.cell(90,6,"Proposta n. 112 del 02/03/2026",border=1,new_x="LMARGIN",new_y="NEXT"); p.ln(3)
p.set_font("LS","B",10); p.multi_cell(0,5,"OGGETTO: Sgombero neve e trattamento antigelo delle strade comunali nelle frazioni di Rocca di Roffeno, Santa Lucia e Villa d’Aiano – stagione invernale 2025/2026 – integrazione impegno di spesa a favore della ditta Tondi Scavi s.r.l. – CIG B9D4417C2A."); p.ln(2)
p.set_font("LS","",10)
body="""IL RESPONSABILE DELL'AREA TECNICA
Visto il decreto sindacale n. 4 del 02/01/2026 di nomina dei Responsabili di Area;
Richiamata la propria precedente determinazione n. 88 del 14/11/2025 (R.G. n. 402) con la quale è stato affidato il servizio di sgombero neve per la stagione invernale 2025/2026;
Considerato che le precipitazioni nevose eccezionali dei mesi di gennaio e febbraio 2026 hanno richiesto un numero di interventi superiore a quello preventivato, in particolare sulle strade di crinale che collegano il capoluogo alle frazioni;
Dato atto che la ditta ha trasmesso il rendiconto degli interventi effettuati, verificato dal personale dell'Ufficio Tecnico;
Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;"""
for l in body.split("\n"): p.multi_cell(0,5,l); p.ln(1)
p.add_page()
p.set_font("LS","B",10); p.cell(0,6,"D E T E R M I N A",align="C",new_x="LMARGIN",new_y="NEXT"); p.set_font("LS","",10)
for i,t in enumerate(["di integrare l'impegno di spesa assunto con la determinazione R.G. n. 402/2025 per l'importo di € 18.300,00 IVA compresa a favore della ditta Tondi Scavi s.r.l.;","di imputare la spesa al capitolo 1810/10 del bilancio 2026, esercizio in corso;","di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;","di disporre la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi."],1):
    p.multi_cell(0,5,f"{i}. {t}"); p.ln(1)
p.ln(6); p.cell(0,5,"Il Responsabile dell'Area Tecnica",align="R",new_x="LMARGIN",new_y="NEXT"); p.cell(0,5,"geom. Daniele Tanari",align="R")
p.output(sys.argv[1])
