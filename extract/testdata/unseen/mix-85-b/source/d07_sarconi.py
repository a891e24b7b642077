# Comune di Sarconi: fpdf2, header and footer repeated on every page; general register only in the footer
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 12); self.cell(0, 6, "COMUNE DI SARCONI", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8.5); self.cell(0, 5, "Provincia di Potenza - Settore III - Lavori Pubblici", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Determinazione di Settore n. 58 del 24/04/2026", align="R", new_x="LMARGIN", new_y="NEXT"); self.line(20, self.get_y(), 190, self.get_y()); self.ln(4)
    def footer(self):
        self.set_y(-16); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Registro Generale N. 188/2026 R.G. del 27/04/2026 - Pagina %d di {nb}" % self.page_no(), align="C")
p = P(); p.add_font("dv", "", F); p.add_font("dv", "B", FB); p.set_margins(20, 15, 20); p.set_creator("Sicraweb - Atti"); p.set_producer("PyFPDF / fpdf2")
p.add_page()
def par(t, b=False, a="J"): p.set_font("dv", "B" if b else "", 10); p.multi_cell(0, 5.4, t, align=a, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
par("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE III - LAVORI PUBBLICI", True, "C")
par("Proposta n. 66 del 23/04/2026", a="C")
par("OGGETTO: Lavori di efficientamento energetico della scuola primaria \"Giovanni Pascoli\" - Approvazione del secondo stato di avanzamento lavori e liquidazione - CUP G17D24000560001 - CIG A04F1B77D2.", True)
par("IL RESPONSABILE DEL SETTORE", True, "C")
for t in ["PREMESSO che con determinazione n. 112 del 18/09/2025 i lavori di efficientamento energetico della scuola primaria \"Giovanni Pascoli\" sono stati aggiudicati all'impresa Val d'Agri Costruzioni s.r.l. per l'importo contrattuale di € 412.300,00 oltre IVA;",
          "VISTO il contratto d'appalto rep. n. 14 del 21/10/2025;",
          "VISTI il secondo stato di avanzamento lavori a tutto il 10/04/2026 e il relativo certificato di pagamento n. 2 emesso dal Direttore dei Lavori arch. Paola Lombardi per l'importo di € 128.600,00 oltre IVA;",
          "VISTA la fattura n. 21/2026 del 16/04/2026 dell'impresa, di € 141.460,00 IVA al 10% compresa;",
          "ACCERTATA la regolarità contributiva dell'impresa mediante DURC on line con scadenza 12/08/2026;",
          "DATO ATTO che l'intervento è finanziato con fondi PNRR - Missione 2, Componente 4, Investimento 2.2 e che sono state rispettate le condizioni relative al principio DNSH;",
          "VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;"]:
    par(t)
par("D E T E R M I N A", True, "C")
for i, t in enumerate(["di approvare il secondo stato di avanzamento lavori e il certificato di pagamento n. 2;",
                       "di liquidare all'impresa Val d'Agri Costruzioni s.r.l. la somma di € 128.600,00, imponibile della fattura n. 21/2026 del 16/04/2026;",
                       "di versare all'Erario l'IVA di € 12.860,00 ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
                       "di imputare la spesa al capitolo 2460/1 del bilancio 2026, impegno n. 301/2025;",
                       "di dare atto che il presente provvedimento sarà pubblicato nella sezione Amministrazione Trasparente."], 1):
    par("%d. %s" % (i, t))
p.ln(6); p.set_x(110); p.multi_cell(80, 5.4, "Il Responsabile del Settore III\ning. Donato Ferrara", align="C")
p.add_page()
par("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", True, "C")
par("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Mandati di pagamento da emettere sull'impegno n. 301/2025.")
p.ln(6); p.set_x(110); p.multi_cell(80, 5.4, "Il Responsabile del Settore II\ndott.ssa Maria Grazia Pace", align="C")
p.output(sys.argv[1])
