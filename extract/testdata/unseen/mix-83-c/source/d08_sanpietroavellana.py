# Determinazione sindacale of San Pietro Avellana (the Sindaco as Responsabile dell'Area Tecnica,
# art. 53, c. 23, L. 388/2000): fpdf2, label grid with three register rows, header and footer on every page.
import sys
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 6, "COMUNE DI SAN PIETRO AVELLANA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8); self.cell(0, 4, "Provincia di Isernia - Corso Umberto I, 12 - 86088 San Pietro Avellana (IS)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(4)
    def footer(self):
        self.set_y(-13); self.set_font("DV", "", 7)
        self.cell(0, 5, f"Determinazione sindacale R.G. n. 48/2026 - pagina {self.page_no()} di {{nb}}", align="R")
p = P(format="A4"); p.set_margins(15, 15, 15); p.set_auto_page_break(True, 18)
p.add_font("DV", "", FD + "DejaVuSansCondensed.ttf"); p.add_font("DV", "B", FD + "DejaVuSansCondensed-Bold.ttf")
p.set_creator("SIPAL Atti Web 5.1"); p.set_title("Determinazione sindacale 48/2026")
p.add_page()
p.set_font("DV", "B", 11.5); p.cell(0, 6, "AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5); p.cell(0, 5, "Servizio Manutenzioni e Viabilità", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 12); p.cell(0, 7, "DETERMINAZIONE SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 8.5); p.cell(0, 5, "(Sindaco Responsabile dell'Area ai sensi dell'art. 53, comma 23, della legge 23 dicembre 2000, n. 388)", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
rows = [("Registro Generale", "N. 48", "del 10/03/2026"), ("Registro di Area", "N. 12", "del 09/03/2026"), ("Proposta", "N. 15", "del 06/03/2026")]
p.set_fill_color(225, 225, 225)
for a, b, d in rows:
    p.set_font("DV", "B", 9.5); p.cell(55, 7, a, border=1, fill=True)
    p.set_font("DV", "", 9.5); p.cell(35, 7, b, border=1, align="C"); p.cell(90, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("DV", "B", 9.5); p.cell(22, 6, "OGGETTO:")
p.multi_cell(0, 5.5, "Servizio di sgombero neve e trattamento antighiaccio sulla viabilità comunale - stagione invernale 2025/2026. Integrazione dell'impegno di spesa a favore della ditta Di Nucci Movimento Terra S.n.c. - CIG B9F3A27C15.", border=0, new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("DV", "B", 10.5); p.cell(0, 6, "IL SINDACO - RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5)
for t in [
 "Premesso che con propria determinazione n. 41 del 20/11/2025 (R.G. n. 233) è stato affidato alla ditta Di Nucci Movimento Terra S.n.c., con sede in Castel di Sangro, il servizio di sgombero neve e trattamento antighiaccio sulle strade comunali per la stagione invernale 2025/2026, per un importo di € 38.000,00 oltre IVA;",
 "Considerato che le eccezionali precipitazioni nevose dei mesi di gennaio e febbraio 2026 hanno richiesto un numero di interventi superiore a quello preventivato, come risulta dai rapportini vistati dal personale comunale;",
 "Vista la contabilità presentata dalla ditta, dalla quale emerge un maggior importo di € 9.420,00 oltre IVA al 22%, per complessivi € 11.492,40;",
 "Dato atto che, ai sensi dell'art. 53, comma 23, della legge 388/2000 e dell'art. 29, comma 4, della legge 448/2001, con deliberazione della Giunta comunale n. 3 del 09/01/2026 la responsabilità dell'Area Tecnica è stata attribuita al Sindaco, al fine di contenere la spesa;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 (art. 120) e il bilancio di previsione 2026-2028;",
]:
    p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.2)
p.set_font("DV", "B", 10.5); p.cell(0, 7, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5)
for i, t in enumerate([
 "di integrare l'impegno di spesa assunto con la determinazione n. 41 del 20/11/2025 per l'importo di € 11.492,40 IVA compresa, a favore della ditta Di Nucci Movimento Terra S.n.c., CIG B9F3A27C15;",
 "di imputare la spesa alla missione 10, programma 05, capitolo 1932 \"Sgombero neve\" del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;",
 "di disporre la pubblicazione della presente determinazione all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    p.cell(8, 5.2, f"{i})"); p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.2)
p.ln(4)
p.cell(95, 5, "San Pietro Avellana, 10/03/2026")
p.set_font("DV", "B", 9.5); p.cell(0, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5); p.cell(95, 5, ""); p.cell(0, 5, "Responsabile dell'Area Tecnica", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(95, 5, ""); p.cell(0, 5, "Francesco Lombardi", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8)
p.set_font("DV", "B", 9.5); p.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", border="T", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9)
p.multi_cell(0, 5, "Si attesta la copertura finanziaria della spesa (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 187/2026. San Pietro Avellana, 10/03/2026. Il Responsabile dell'Area Finanziaria: Rag. Antonella Iacobucci.", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
