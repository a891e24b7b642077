# fpdf2 with an embedded TrueType (CID / Type0) font; running head and foot on every page
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("DV","B",13); self.cell(0,7,"COMUNE DI MONTECALVO IN FOGLIA",align="C",new_x="LMARGIN",new_y="NEXT")
        self.set_font("DV","",8.5); self.cell(0,5,"Provincia di Pesaro e Urbino – Settore 1 Affari Generali – Servizi Educativi",align="C",new_x="LMARGIN",new_y="NEXT")
        self.line(20,self.get_y()+1,190,self.get_y()+1); self.ln(6)
    def footer(self):
        self.set_y(-15); self.set_font("DV","",7.5)
        self.cell(0,5,f"Via Roma, 17 – 61020 Montecalvo in Foglia (PU) – pag. {self.page_no()}/{{nb}}",align="C")
p=P(); p.set_margins(20,15,20)
p.add_font("DV","","/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV","B","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_creator("Maggioli Sicraweb"); p.add_page()
p.set_font("DV","",9.5); p.cell(0,5,"Prot. n. 2231 – Montecalvo in Foglia, 2 aprile 2026",new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_font("DV","B",14); p.cell(0,8,"AVVISO",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","B",10.5); p.multi_cell(0,5.5,"PUBBLICAZIONE DELLA GRADUATORIA PROVVISORIA DI AMMISSIONE AL NIDO D'INFANZIA COMUNALE «IL GIROTONDO» – ANNO EDUCATIVO 2026/2027",align="C"); p.ln(4)
p.set_font("DV","",10)
for t in ["Si comunica che con determinazione del Responsabile del Settore 1 n. 58 del 1° aprile 2026 è stata approvata la graduatoria provvisoria delle domande di ammissione al nido d'infanzia comunale «Il Girotondo» per l'anno educativo 2026/2027.",
"La graduatoria, nella quale i richiedenti sono indicati con il numero di protocollo della domanda nel rispetto della normativa sulla riservatezza dei dati personali, è pubblicata all'Albo Pretorio on line e sul sito istituzionale per quindici giorni consecutivi.",
"Entro dieci giorni dalla pubblicazione gli interessati possono presentare osservazioni o richieste di riesame, debitamente motivate, all'Ufficio Servizi Educativi. Decorso tale termine e valutate le eventuali osservazioni, sarà approvata la graduatoria definitiva.",
"Posti disponibili: 24 (di cui 8 per la sezione lattanti, 16 per la sezione semidivezzi e divezzi). Retta mensile secondo le fasce ISEE approvate con deliberazione della Giunta comunale n. 33 del 12 marzo 2026.",
"Per informazioni: Ufficio Servizi Educativi, tel. 0722 58021, e-mail servizieducativi@comune.montecalvoinfoglia.pu.it."]:
    p.multi_cell(0,5.5,t,align="J"); p.ln(2.5)
p.ln(6); p.cell(0,5,"La Responsabile del Settore 1",align="R",new_x="LMARGIN",new_y="NEXT"); p.cell(0,5,"dott.ssa Lucia Pierantoni",align="R")
p.output(sys.argv[1])
