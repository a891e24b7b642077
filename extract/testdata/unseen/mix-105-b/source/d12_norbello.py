# Decreto sindacale of Norbello over 2 pages, header and footer repeated on each page (fpdf2, DejaVu Serif)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DS", "B", 11); self.cell(0, 6, "COMUNE DI NORBELLO", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 8); self.cell(0, 4, "Provincia di Oristano", new_x="LMARGIN", new_y="NEXT")
        self.set_xy(120, 10); self.set_font("DS", "B", 9); self.cell(70, 6, "Decreto del Sindaco n. 2/2026", align="R")
        self.set_xy(120, 15); self.set_font("DS", "", 8); self.cell(70, 4, "del 10/03/2026", align="R")
        self.line(20, 22, 190, 22); self.set_y(28)
    def footer(self):
        self.set_y(-15); self.set_font("DS", "", 7.5)
        self.cell(0, 5, f"Via Municipio 6 – 09070 Norbello (OR) – Pagina {self.page_no()} di {{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(20, 15, 20); pdf.set_creator("Halley Informatica – Atti Amministrativi")
pdf.add_font("DS", "", F + "DejaVuSerif.ttf"); pdf.add_font("DS", "B", F + "DejaVuSerif-Bold.ttf")
pdf.add_page(); pdf.set_font("DS", "B", 10.5)
pdf.multi_cell(0, 6, "OGGETTO: Nomina del Responsabile dell’Area Amministrativa e Vigilanza e attribuzione delle funzioni dirigenziali di cui all’art. 107 del D.Lgs. 267/2000 – periodo 1 aprile – 31 dicembre 2026.", align="J")
pdf.ln(4); pdf.set_font("DS", "B", 11); pdf.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DS", "", 10)
prem = ["Visto l’art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
        "Visto l’art. 109, comma 2, del medesimo decreto, ai sensi del quale nei comuni privi di personale di qualifica dirigenziale le funzioni di cui all’art. 107 possono essere attribuite ai responsabili degli uffici o dei servizi;",
        "Visto il vigente Regolamento sull’ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 44 del 12/06/2019 e successive modificazioni;",
        "Richiamata la deliberazione della Giunta Comunale n. 9 del 19/02/2026, con la quale è stata ridefinita la struttura organizzativa dell’Ente in tre aree: Amministrativa e Vigilanza, Finanziaria, Tecnica;",
        "Visto il CCNL del comparto Funzioni Locali sottoscritto il 16/11/2022 e in particolare gli articoli 16 e seguenti relativi agli incarichi di Elevata Qualificazione;",
        "Considerato che il dipendente dott. Mario Atzeni, istruttore direttivo amministrativo, possiede i requisiti professionali e l’esperienza necessari a ricoprire l’incarico;",
        "Acquisita la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità ai sensi del D.Lgs. 39/2013;"] * 2
for t in prem[:11]: pdf.multi_cell(0, 5.5, t, align="J"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("DS", "B", 11); pdf.cell(0, 7, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DS", "", 10)
for i, t in enumerate(["di nominare il dott. Mario Atzeni Responsabile dell’Area Amministrativa e Vigilanza per il periodo 1 aprile – 31 dicembre 2026;",
                       "di attribuire al medesimo le funzioni di cui all’art. 107 del D.Lgs. 267/2000 e la retribuzione di posizione annua di € 9.500,00;",
                       "di disporre la pubblicazione del presente decreto all’Albo Pretorio on line e nella sezione Amministrazione Trasparente."], 1):
    pdf.multi_cell(0, 5.5, f"{i}. {t}", align="J"); pdf.ln(1.5)
pdf.ln(6); pdf.cell(0, 6, "Norbello, 10/03/2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120); pdf.multi_cell(70, 5.5, "IL SINDACO\nGiovanni Mura", align="C")
pdf.output(sys.argv[1])
