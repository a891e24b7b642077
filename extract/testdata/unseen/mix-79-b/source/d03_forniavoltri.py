import sys
from fpdf import FPDF
p = FPDF("P", "mm", "A4"); p.set_creator("Insiel ADWeb"); p.set_producer("Insiel PDF Writer 3.2")
F = "/usr/share/fonts/truetype/liberation/"
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.set_auto_page_break(False); p.add_page()
# side band with the kind printed vertically
p.set_fill_color(200, 215, 230); p.rect(8, 20, 14, 257, "F")
p.set_font("LS", "B", 20)
with p.rotation(90, 18, 250):
    p.text(18, 250, "D E T E R M I N A Z I O N E")
p.set_font("LS", "B", 14); p.set_xy(30, 20); p.cell(0, 7, "COMUNE DI FORNI AVOLTRI")
p.set_font("LS", "", 9); p.set_xy(30, 27); p.cell(0, 5, "Regione Autonoma Friuli Venezia Giulia – Provincia di Udine")
p.set_xy(30, 36); p.set_font("LS", "", 9.5)
rows = [("Area", "Area Tecnica e Tecnico-Manutentiva"), ("Servizio", "Servizio Patrimonio e Manutenzioni"),
        ("Reg. Gen.", "87"), ("N. Area", "31"), ("Data", "17/03/2026"), ("Proposta", "n. 102 del 13/03/2026")]
for a, b in rows:
    p.set_x(30); p.cell(30, 6, a, border=1); p.cell(0, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_x(30); p.set_font("LS", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Affidamento del servizio di sgombero neve sulla viabilità comunale della frazione di Collina per la stagione invernale 2025/2026 – integrazione impegno di spesa. CIG B9F2A71C03.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("LS", "", 10)
p.set_x(30); p.multi_cell(0, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
body = ["Premesso che con propria determinazione n. 212 del 18/11/2025 è stato affidato alla ditta Tamussin Scavi s.n.c. il servizio di sgombero neve sulla viabilità comunale della frazione di Collina;",
 "Considerato che le precipitazioni nevose dei mesi di gennaio e febbraio 2026 hanno richiesto un numero di interventi superiore a quello stimato e che occorre pertanto integrare l'impegno di spesa;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente regolamento di contabilità;"]
for s in body:
    p.set_x(30); p.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_x(30); p.set_font("LS", "B", 10); p.multi_cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
pts = ["di integrare l'impegno di spesa a favore della ditta Tamussin Scavi s.n.c. per l'importo di € 6.832,00 IVA compresa;",
 "di imputare la spesa al capitolo 1840 del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile."]
for i, s in enumerate(pts, 1):
    p.set_x(30); p.multi_cell(0, 5, "%d. %s" % (i, s), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(6); p.set_x(110); p.multi_cell(0, 5, "IL RESPONSABILE DELL'AREA TECNICA\ngeom. Daniele Romanin", align="C")
p.output(sys.argv[1])
