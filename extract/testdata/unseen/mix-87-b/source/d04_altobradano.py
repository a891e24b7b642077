# fpdf2: roll in two side-by-side column groups, running head and foot on both pages
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 12); self.cell(0, 6, "COMUNITÀ MONTANA ALTO BRADANO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Provincia di Potenza – Via Roma, 1 – 85029 Venosa (PZ)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "I", 8); self.cell(0, 5, "Deliberazione della Giunta n. 21 del 13.4.2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y(), 195, self.get_y()); self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.cell(0, 5, f"Comunità Montana Alto Bradano – Ufficio Segreteria – pag. {self.page_no()}/{{nb}}", align="C")
p = P(); p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_margins(15, 15, 15); p.set_auto_page_break(True, 20); p.add_page()
p.set_font("LS", "B", 11); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 6, "n. 21 del 13.4.2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "B", 10); p.multi_cell(0, 5, "OGGETTO: Programma di forestazione 2026 – Approvazione dei progetti di manutenzione delle aree boscate demaniali e del piano di impiego degli addetti idraulico-forestali."); p.ln(2)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "L'anno duemilaventisei, il giorno tredici del mese di aprile, alle ore 12:00, nella sede dell'Ente, si è riunita la Giunta della Comunità Montana, convocata nei modi di legge. Risultano:", align="J"); p.ln(1)
rows = [("Di Lorenzo Vito", "Presidente", "P"), ("Summa Rocco", "Vicepresidente", "P"), ("Cillis Angela", "Assessore", "A.G."),
        ("Mecca Donato", "Assessore", "P"), ("Lioi Carmela", "Assessore", "P"), ("Tedesco Nicola", "Assessore", "A")]
y0 = p.get_y(); p.set_font("LS", "B", 9)
for x in (15, 107):
    p.set_xy(x, y0); p.cell(44, 6, "Componente", 1); p.cell(30, 6, "Carica", 1); p.cell(14, 6, "P/A", 1, align="C")
p.set_font("LS", "", 9)
for i, (n, r, pa) in enumerate(rows):
    x = 15 if i < 3 else 107; y = y0 + 6 * (1 + i % 3)
    p.set_xy(x, y); p.cell(44, 6, n, 1); p.cell(30, 6, r, 1); p.cell(14, 6, pa, 1, align="C")
p.set_xy(15, y0 + 26); p.set_font("LS", "I", 8); p.cell(0, 4, "Legenda: P = presente; A = assente; A.G. = assente giustificato", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "Partecipa il Segretario Generale dott.ssa Lucia Colangelo, che cura la verbalizzazione. Il Presidente avv. Vito Di Lorenzo, riconosciuta la validità della seduta, invita la Giunta a deliberare.", align="J"); p.ln(2)
p.set_font("LS", "B", 10); p.cell(0, 6, "LA GIUNTA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for t in ["PREMESSO che la Regione Basilicata, con D.G.R. n. 188 del 20 marzo 2026, ha approvato il Programma regionale di forestazione per l'anno 2026 e ha assegnato all'Ente le risorse per l'impiego degli addetti idraulico-forestali;",
          "VISTI i progetti di manutenzione predisposti dall'Ufficio Tecnico Forestale per i comprensori di Forenza, Maschito e Palazzo San Gervasio;",
          "VISTO il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica e il parere di regolarità contabile del Responsabile dell'Area Finanziaria;",
          "CON VOTI unanimi e favorevoli resi per alzata di mano;"]:
    p.multi_cell(0, 5, t, align="J"); p.ln(1.5)
p.set_font("LS", "B", 10); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for i, t in enumerate(["di approvare i progetti di manutenzione delle aree boscate demaniali per l'anno 2026, allegati quale parte integrante;",
                       "di approvare il piano di impiego degli addetti idraulico-forestali per 151 giornate lavorative;",
                       "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti gestionali conseguenti."], 1):
    p.multi_cell(0, 5, f"{i}. {t}", align="J"); p.ln(1)
p.multi_cell(0, 5, "Con separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="J")
p.add_page(); p.set_font("LS", "", 10); p.cell(0, 6, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.cell(90, 5, "IL PRESIDENTE", align="C"); p.cell(90, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(90, 5, "avv. Vito Di Lorenzo", align="C"); p.cell(90, 5, "dott.ssa Lucia Colangelo", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_font("LS", "B", 10); p.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "Si certifica che copia della presente deliberazione è stata pubblicata all'Albo on line dell'Ente il 15.4.2026 e vi rimarrà per quindici giorni consecutivi (Reg. pubbl. n. 143).", align="J")
p.set_creator("Halley PA"); p.output(sys.argv[1])
