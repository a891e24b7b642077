# Mignanego: fpdf2; register fields only in the running foot repeated on every page
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13); self.cell(0, 7, "COMUNE DI MIGNANEGO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 9); self.cell(0, 5, "Città Metropolitana di Genova - Settore Lavori Pubblici", align="C", new_x="LMARGIN", new_y="NEXT"); self.ln(6)
    def footer(self):
        self.set_y(-20); self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Determinazione Settore LL.PP. n. LP/27 del 12/03/2026 - Reg. Gen. n. 133 del 17/03/2026 - Proposta n. 160", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_margins(22, 18, 22); p.set_auto_page_break(True, 28); p.add_page()
p.set_font("DV", "B", 12); p.cell(0, 8, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "B", 10); p.multi_cell(0, 5, "OGGETTO: Lavori di rifacimento della copertura della scuola primaria di Via Giovanni XXIII - approvazione stato di avanzamento n. 2 e liquidazione all'impresa Edilvalle s.r.l. - CUP E47B25000320004 - CIG B6A1C93E25"); p.ln(4)
p.set_font("DV", "", 10)
T = ["PREMESSO che con determinazione n. LP/58 del 29/09/2025 i lavori in oggetto sono stati aggiudicati all'impresa Edilvalle s.r.l. di Busalla per l'importo contrattuale di euro 148.320,00 oltre IVA;",
 "VISTO lo stato di avanzamento n. 2 a tutto il 27/02/2026, redatto dal direttore dei lavori arch. Simona Repetto, e il relativo certificato di pagamento di euro 52.400,00 oltre IVA 10%;",
 "ACCERTATA la regolarità contributiva dell'impresa (DURC prot. INAIL 51234987 con scadenza 18/06/2026);"] * 2
for s in T[:3]: p.multi_cell(0, 5, s, align="J"); p.ln(2)
p.multi_cell(0, 5, "DATO ATTO che la spesa è finanziata con fondi del PNRR e con risorse proprie dell'Ente, e che sono state verificate le condizioni di cui all'art. 125 del D.Lgs. 36/2023 e all'art. 184 del D.Lgs. 267/2000; " * 3, align="J"); p.ln(3)
p.set_font("DV", "B", 11); p.cell(0, 7, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for i, s in enumerate(["di approvare lo stato di avanzamento n. 2 dei lavori in oggetto e il relativo certificato di pagamento;",
 "di liquidare all'impresa Edilvalle s.r.l. la somma di euro 57.640,00 IVA compresa, mediante bonifico sul conto dedicato;",
 "di imputare la spesa al capitolo 20410 del bilancio 2026, impegno n. 2025/611;",
 "di trasmettere il presente atto al Servizio Finanziario per i provvedimenti di competenza."], 1):
    p.multi_cell(0, 5, f"{i}. {s}", align="J"); p.ln(1)
p.ln(6); p.cell(0, 5, "IL RESPONSABILE DEL SETTORE LAVORI PUBBLICI", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 5, "ing. Davide Pastorino", align="R")
p.output(sys.argv[1])
