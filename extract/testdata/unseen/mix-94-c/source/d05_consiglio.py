# fpdf2: Consiglio provinciale deliberation, roll in two side-by-side column groups with P/A marks
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 7, "PROVINCIA DI MASSA-CARRARA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8); self.cell(0, 5, "Deliberazione del Consiglio Provinciale n. 5 del 12/02/2026", align="C", new_x="LMARGIN", new_y="NEXT"); self.ln(3)
    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 7); self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_creator("JasperReports Library 6.20"); p.alias_nb_pages()
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.add_page()
p.set_font("DV", "B", 12); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO PROVINCIALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 6, "Seduta pubblica ordinaria – prima convocazione", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10)
p.multi_cell(0, 5.5, "OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione 2026-2028.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "L'anno duemilaventisei, il giorno dodici del mese di febbraio alle ore 15:30, nella Sala consiliare di Palazzo Ducale in Massa, convocato nei modi di legge, si è riunito il Consiglio Provinciale. Risultano:", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
R = [("Lorenzetti Gianni", "Presidente", "P"), ("Bertocchi Marco", "Consigliere", "P"), ("Giannarelli Sara", "Consigliere", "P"),
     ("Tognini Andrea", "Consigliere", "A"), ("Del Nero Federica", "Consigliere", "P"), ("Baldassini Paolo", "Consigliere", "P"),
     ("Fruzzetti Ilaria", "Consigliere", "P"), ("Lazzerini Simone", "Consigliere", "A"), ("Mosti Chiara", "Consigliere", "P"),
     ("Pucciarelli Dario", "Consigliere", "P"), ("Vannucci Elisa", "Consigliere", "P")]
p.set_font("DV", "B", 9)
for _ in range(2):
    p.cell(50, 6, "Cognome e nome", border=1); p.cell(30, 6, "Carica", border=1); p.cell(10, 6, "P/A", border=1, align="C"); p.cell(5, 6, "")
p.ln(); p.set_font("DV", "", 9)
left, right = R[:6], R[6:]
for i in range(6):
    for col in (left, right):
        if i < len(col):
            n, r, m = col[i]; p.cell(50, 6, n, border=1); p.cell(30, 6, r, border=1); p.cell(10, 6, m, border=1, align="C"); p.cell(5, 6, "")
    p.ln()
p.ln(1); p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "Presenti n. 9 – Assenti n. 2 (Tognini, assente giustificato; Lazzerini).", new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, 5.5, "Presiede la seduta il Presidente della Provincia Gianni Lorenzetti. Partecipa il Segretario Generale dott.ssa Monica Pellegrini, che cura la redazione del verbale.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10); p.cell(0, 6, "IL CONSIGLIO PROVINCIALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for t in ["Vista la proposta di deliberazione n. 7 del 28/01/2026 del Settore 1 – Finanze e Bilancio;",
          "Visto il parere favorevole del Collegio dei Revisori dei conti del 5 febbraio 2026;",
          "Visti i pareri di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti favorevoli n. 7, contrari n. 2 (Baldassini, Mosti), astenuti n. 0, espressi per alzata di mano dai n. 9 consiglieri presenti e votanti;"]:
    p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
p.ln(1); p.set_font("DV", "B", 10); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for t in ["1. di approvare il Documento Unico di Programmazione (DUP) 2026-2028, allegato A al presente atto;",
          "2. di approvare il bilancio di previsione 2026-2028 nelle risultanze di cui all'allegato B;",
          "3. di trasmettere il presente atto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni."]:
    p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
p.ln(1)
p.multi_cell(0, 5.5, "Successivamente, con separata votazione unanime dei n. 9 presenti, il Consiglio dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", new_x="LMARGIN", new_y="NEXT")
p.add_page(); p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.cell(95, 6, "IL PRESIDENTE"); p.cell(95, 6, "IL SEGRETARIO GENERALE", new_x="LMARGIN", new_y="NEXT")
p.cell(95, 6, "Gianni Lorenzetti"); p.cell(95, 6, "dott.ssa Monica Pellegrini", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("DV", "", 8); p.multi_cell(0, 4.5, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.")
p.output(sys.argv[1])
