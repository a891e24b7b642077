# Comune di Clauzetto: fpdf2, Insiel-style running head and foot repeated on every page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 9); self.cell(0, 5, "COMUNE DI CLAUZETTO – Provincia di Pordenone", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Determinazione n. 27 del 10/03/2026 – Area Finanziaria", border="B", new_x="LMARGIN", new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7); self.cell(0, 4, f"Insiel S.p.A. – Ascot Web Atti – Pag. {self.page_no()} di {{nb}}", align="C")
p = P(format="A4"); p.set_margins(22, 15, 22); p.set_auto_page_break(True, 22)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
_mc = p.multi_cell; p.multi_cell = lambda *a, **k: _mc(*a, new_x="LMARGIN", new_y="NEXT", **k)
p.set_creator("Insiel PDF Writer 3.2"); p.alias_nb_pages(); p.add_page()
p.set_font("LS", "B", 11); p.cell(0, 6, "AREA FINANZIARIA – SERVIZIO ECONOMATO E PERSONALE", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10)
p.cell(0, 6, "Registro generale n. 27 del 10/03/2026 – Registro di area n. 5 – Proposta n. 31 del 09/03/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10)
p.multi_cell(0, 5.5, "OGGETTO: Adesione alla convenzione per la fornitura di energia elettrica per gli immobili comunali – affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 – impegno di spesa per l'anno 2026. CIG B42D9E0F71."); p.ln(3)
p.set_font("LS", "", 10)
body = ("IL TITOLARE DI POSIZIONE ORGANIZZATIVA DELL'AREA FINANZIARIA\n\n"
 "Premesso che il contratto di fornitura di energia elettrica per gli immobili comunali (sede municipale, scuola, magazzino e impianti sportivi) scade il 31/03/2026; "
 "visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 che consente l'affidamento diretto di servizi e forniture di importo inferiore a euro 140.000,00; "
 "richiamata la L.R. 26/2014 della Regione Friuli Venezia Giulia e la convenzione della Centrale di committenza regionale; "
 "considerato il consumo stimato di 68.000 kWh annui e il prezzo offerto dalla società Energia Friulana S.p.A.; ")
for _ in range(3): p.multi_cell(0, 5.5, body.split("\n\n")[1] if _ else body, align="J"); p.ln(2)
p.set_font("LS", "B", 10); p.cell(0, 7, "DETERMINA", new_x="LMARGIN", new_y="NEXT", align="C"); p.set_font("LS", "", 10)
for i, t in enumerate(["di affidare alla società Energia Friulana S.p.A. di Udine la fornitura di energia elettrica per gli immobili comunali dal 1° aprile 2026 al 31 marzo 2027;",
        "di impegnare la somma di euro 23.800,00 IVA compresa, ripartita sui capitoli 1320, 4110 e 6230 del bilancio 2026;",
        "di dare atto che il CIG è B42D9E0F71;",
        "di dare atto dell'assenza di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
        "di pubblicare il presente atto all'Albo pretorio on line per 15 giorni consecutivi."], 1):
    p.multi_cell(0, 5.5, f"{i}) {t}", align="J"); p.ln(1)
p.add_page()
p.set_font("LS", "", 10); p.set_x(110); p.multi_cell(80, 5.5, "IL TITOLARE DI P.O.\ndott. Sergio Cescutti", align="C"); p.ln(10)
p.set_font("LS", "B", 10); p.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", border=1, new_x="LMARGIN", new_y="NEXT", align="C")
p.set_font("LS", "", 10)
p.multi_cell(0, 5.5, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.\nImpegni n. 96, 97 e 98/2026.\nClauzetto, 12/03/2026\nIl Responsabile del Servizio Finanziario\ndott. Sergio Cescutti", border=1)
p.output(sys.argv[1])
