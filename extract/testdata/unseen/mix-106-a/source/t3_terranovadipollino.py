# Comune di Terranova di Pollino (PZ) - decreto sindacale, fpdf2: running head with the act's number and a
# "Pagina X di Y" foot repeated on both pages; number and date printed only in the running head and the box.
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8); self.set_text_color(80)
        self.cell(0, 5, "Comune di Terranova di Pollino - Decreto del Sindaco n. 4 del 25/03/2026", align="L")
        self.cell(0, 5, "Ufficio del Sindaco", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(18, 17, 192, 17); self.ln(6); self.set_text_color(0)
    def footer(self):
        self.set_y(-14); self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_margins(18, 14, 18); p.set_auto_page_break(True, 22)
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
p.add_font("LS", "I", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf")
p.set_creator("APSystems Civilia Next"); p.set_title("Decreto sindacale 4/2026")
p.add_page()
p.set_font("LS", "B", 16); p.cell(0, 8, "COMUNE DI TERRANOVA DI POLLINO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 11); p.cell(0, 6, "Provincia di Potenza", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("LS", "B", 13); p.cell(0, 8, "DECRETO SINDACALE N. 4", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 11); p.cell(0, 6, "del 25 marzo 2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "B", 11.5)
p.multi_cell(0, 6, "OGGETTO: Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267.", border=1, padding=3)
p.ln(4); p.set_font("LS", "B", 12); p.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 11.5)
for s in ["VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
          "VISTO l'art. 109, comma 2, del medesimo decreto, in base al quale nei Comuni privi di personale con qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli uffici o dei servizi;",
          "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 88 del 14/11/2019 e successive modificazioni;",
          "CONSIDERATO che con decorrenza 1° aprile 2026 è in servizio presso questo Ente, a seguito di procedura concorsuale, l'ing. Francesco Mastrangelo, inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione;",
          "RITENUTO di attribuire al medesimo la responsabilità dell'Area Tecnica, comprendente i servizi lavori pubblici, urbanistica ed edilizia privata, patrimonio, manutenzioni, protezione civile e usi civici;",
          "VISTO il CCNL Funzioni Locali del 16/11/2022 e in particolare gli artt. 16 e seguenti in materia di incarichi di Elevata Qualificazione;",
          "SENTITO il Segretario Comunale;"]:
    p.multi_cell(0, 6, s, align="J"); p.ln(1.5)
p.ln(2); p.set_font("LS", "B", 12); p.cell(0, 7, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 11.5)
for i, s in enumerate(["di nominare l'ing. Francesco Mastrangelo Responsabile dell'Area Tecnica del Comune di Terranova di Pollino, con decorrenza dal 1° aprile 2026 e fino al 31 dicembre 2026, salvo revoca anticipata;",
                       "di attribuire al medesimo le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. n. 267/2000 e l'incarico di Elevata Qualificazione, con la retribuzione di posizione annua lorda di € 9.500,00;",
                       "di stabilire che, in caso di assenza o impedimento, il Responsabile dell'Area Tecnica sia sostituito dal Segretario Comunale;",
                       "di notificare il presente decreto all'interessato e di trasmetterne copia al Servizio Personale, al Revisore dei Conti e alle Organizzazioni Sindacali."], 1):
    p.cell(8, 6, "%d." % i); p.multi_cell(0, 6, s, align="J"); p.ln(1.5)
p.ln(4); p.multi_cell(0, 6, "Terranova di Pollino, 25/03/2026"); p.ln(6)
p.set_x(110); p.set_font("LS", "B", 11.5); p.cell(80, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("LS", "", 11.5); p.cell(80, 6, "Rocco Filardi", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_font("LS", "I", 10); p.multi_cell(0, 5, "Per accettazione: ing. Francesco Mastrangelo")
p.output(sys.argv[1])
