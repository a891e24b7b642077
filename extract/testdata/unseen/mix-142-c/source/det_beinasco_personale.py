#!/usr/bin/env python3
"""Beinasco (Sicraweb-like): determinazione del Responsabile del Servizio Personale, fpdf2."""
import sys
from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.cell(0, 4, "COMUNE DI BEINASCO - Determinazione Reg. Gen. n. 19/2029", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Pag. %d/{nb}" % self.page_no(), align="C")

pdf = P(format="A4"); pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 18)
pdf.add_font("dv", "", D + "DejaVuSans.ttf"); pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf"); pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_title("Determinazione n. 19/2029"); pdf.set_creator("Sicraweb - Atti amministrativi"); pdf.set_producer("")
pdf.add_page()
pdf.set_font("dv", "B", 15); pdf.cell(0, 8, "COMUNE DI BEINASCO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.5); pdf.cell(0, 5, "Città Metropolitana di Torino", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8); pdf.cell(0, 4.5, "Piazza Vittorio Alfieri n. 7 - 10092 Beinasco (TO) - Tel. 011 39891", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.6); pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2); pdf.ln(7)
pdf.set_font("dv", "B", 11)
pdf.multi_cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO PERSONALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dv", "", 9.5)
for a, b in [("Numero Registro Generale:", "19 del 11/01/2029"), ("Numero Registro del Servizio:", "1 del 11/01/2029"), ("Numero Proposta:", "24 del 10/01/2029")]:
    pdf.set_x(45); pdf.set_font("dv", "", 9.5); pdf.cell(60, 5.5, a, border="B")
    pdf.set_font("dv", "B", 9.5); pdf.cell(55, 5.5, b, border="B", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("dv", "B", 10)
y = pdf.get_y(); pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5.5, "AUTORIZZAZIONE ALLA DIPENDENTE MATRICOLA N. 1187 ALLO SVOLGIMENTO DI INCARICO EXTRAISTITUZIONALE RETRIBUITO PRESSO IL COMUNE DI ORBASSANO AI SENSI DELL'ART. 53 DEL D.LGS. 165/2001", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dv", "B", 10); pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.5)
for s in [
 "Vista la richiesta del Comune di Orbassano, acquisita al protocollo n. 401 del 08/01/2029, volta ad ottenere l'autorizzazione per la dipendente matricola n. 1187, Istruttore Amministrativo a tempo pieno e indeterminato, allo svolgimento di un incarico di supporto all'ufficio elettorale per complessive 60 ore, da rendersi al di fuori dell'orario di servizio nel periodo dal 15/01/2029 al 31/03/2029;",
 "Visto l'art. 53 del D.Lgs. 30 marzo 2001, n. 165 e il vigente Regolamento comunale sugli incarichi extraistituzionali dei dipendenti;",
 "Acquisito il nulla osta del Responsabile del Settore di assegnazione, che ha attestato l'assenza di situazioni di conflitto, anche potenziale, di interessi e la compatibilità dell'incarico con le esigenze di servizio;",
 "Dato atto che il compenso lordo previsto, pari a € 1.500,00, sarà corrisposto direttamente dall'Ente conferente, che ne darà comunicazione a questo Ente ai sensi del comma 11 del citato art. 53;"]:
    pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("dv", "B", 10.5); pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 9.5)
for i, s in enumerate([
 "di autorizzare la dipendente matricola n. 1187 allo svolgimento dell'incarico indicato in premessa presso il Comune di Orbassano, per complessive 60 ore nel periodo dal 15/01/2029 al 31/03/2029, al di fuori dell'orario di lavoro;",
 "di stabilire che l'autorizzazione si intende revocata qualora sopravvengano situazioni di incompatibilità o di pregiudizio per l'attività di servizio;",
 "di trasmettere il presente provvedimento all'interessata e al Comune di Orbassano, e di provvedere alla comunicazione al Dipartimento della Funzione Pubblica tramite il sistema PerlaPA entro i termini di legge."], 1):
    y = pdf.get_y(); pdf.cell(8, 5, "%d." % i); pdf.set_xy(28, y)
    pdf.multi_cell(162, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(8)
pdf.set_x(110); pdf.set_font("dv", "B", 9.5); pdf.cell(80, 5, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("dv", "I", 9.5); pdf.cell(80, 5, "Dott.ssa Laura Cerutti", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("dv", "", 7); pdf.cell(80, 4, "Firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
