# fpdf2, body set in two columns
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley Informatica - Stampa Atti"); p.add_page()
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_font("LS", "B", 15); p.cell(0, 8, "COMUNE DI VALPERGA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 5, "Città Metropolitana di Torino – Piazza Municipio, 1 – 10087 Valperga (TO)", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(10, p.get_y() + 2, 200, p.get_y() + 2); p.ln(8)
p.set_font("LS", "B", 16); p.cell(0, 9, "AVVISO PUBBLICO n. 3/2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "B", 11); p.multi_cell(0, 6, "ISCRIZIONI AL SERVIZIO DI PRE-SCUOLA E POST-SCUOLA PRESSO LA SCUOLA PRIMARIA \"G. GIACOSA\" – ANNO SCOLASTICO 2026/2027", align="C"); p.ln(4)
txt = ["Si informano le famiglie che dal 23 marzo 2026 al 24 aprile 2026 sono aperte le iscrizioni ai servizi di pre-scuola (dalle ore 7:30 alle ore 8:25) e post-scuola (dalle ore 16:30 alle ore 18:00) per gli alunni della scuola primaria.",
 "Il servizio è affidato a personale educativo qualificato e sarà attivato con un numero minimo di 10 iscritti per ciascuna fascia oraria.",
 "Tariffe mensili: pre-scuola euro 25,00; post-scuola euro 45,00; entrambi i servizi euro 60,00. Per il secondo figlio è prevista una riduzione del 20 per cento.",
 "Le domande si presentano esclusivamente on line tramite il portale dei servizi scolastici, accedendo con SPID o CIE. Le iscrizioni pervenute dopo il termine saranno accolte solo in caso di posti disponibili.",
 "Il pagamento avviene tramite avviso PagoPA emesso bimestralmente. In caso di morosità l'Amministrazione può sospendere l'accesso al servizio.",
 "Per informazioni: Ufficio Scuola, tel. 0124 617147, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00."]
p.set_font("LS", "", 10)
y0 = p.get_y(); colw = 90
with p.text_columns(ncols=2, gutter=10, text_align="J") as cols:
    for t in txt: cols.write(t + "\n\n")
p.ln(6); p.set_font("LS", "", 10); p.cell(0, 6, "Valperga, lì 20 marzo 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(110); p.multi_cell(90, 5, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA\nServizi Scolastici e Demografici\nsig.ra Laura Bertotti", align="C")
p.output(sys.argv[1])
