# Comune di Palanzano: fpdf2, Civilia-style label grid
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_margins(20, 18, 20); p.set_auto_page_break(True, 20)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.set_creator("Civilia Next – Dedagroup Public Services"); p.set_title("Determinazione 105/2026")
_mc = p.multi_cell; p.multi_cell = lambda *a, **k: _mc(*a, new_x="LMARGIN", new_y="NEXT", **k)
p.add_page()
p.set_font("LS", "B", 16); p.cell(0, 8, "Comune di Palanzano", new_x="LMARGIN", new_y="NEXT", align="C")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Parma – Piazza Municipio, 1 – 43025 Palanzano (PR)", new_x="LMARGIN", new_y="NEXT", align="C"); p.ln(3)
grid = [("Struttura", "Area Tecnica Manutentiva"), ("Ufficio", "Ufficio Ambiente e Verde Pubblico"),
        ("Numero di settore", "14"), ("Numero generale", "105"), ("Data esecutività", "06/03/2026"),
        ("Proposta", "PD 118/2026 del 03/03/2026")]
for a, b in grid:
    p.set_font("LS", "B", 9); p.set_fill_color(225, 230, 240); p.cell(45, 6.5, a, border=1, fill=True)
    p.set_font("LS", "", 9); p.cell(0, 6.5, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("LS", "B", 12); p.cell(0, 7, "DETERMINAZIONE DIRIGENZIALE", new_x="LMARGIN", new_y="NEXT", align="C")
p.set_font("LS", "B", 10)
p.multi_cell(0, 5.5, "OGGETTO: Liquidazione alla ditta Verde Appennino di Ferrari Luca del corrispettivo per lo sfalcio e la pulizia delle aree verdi comunali – fattura n. 7/PA del 27/02/2026 – CIG B1F4402E6A.")
p.ln(2); p.set_font("LS", "", 10)
p.multi_cell(0, 5.5, "IL RESPONSABILE DELL'AREA TECNICA MANUTENTIVA\n\nRichiamata la determinazione n. 288 del 14/11/2025 di affidamento del servizio di sfalcio e pulizia delle aree verdi comunali alla ditta Verde Appennino di Ferrari Luca, con sede in Palanzano, per l'importo di euro 4.100,00 oltre IVA; vista la fattura elettronica n. 7/PA del 27/02/2026 di euro 5.002,00; accertata la regolarità della prestazione e verificato il DURC;", align="J")
p.ln(2); p.set_font("LS", "B", 10); p.cell(0, 6, "D E T E R M I N A", new_x="LMARGIN", new_y="NEXT", align="C"); p.set_font("LS", "", 10)
for i, t in enumerate(["di liquidare alla ditta Verde Appennino di Ferrari Luca la fattura n. 7/PA del 27/02/2026 di euro 5.002,00 IVA compresa;",
        "di imputare la spesa all'impegno n. 702/2025, capitolo 9610/20, gestione residui;",
        "di versare all'Erario l'IVA di euro 902,00 in regime di scissione dei pagamenti (split payment);",
        "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato."], 1):
    p.multi_cell(0, 5.5, f"{i}. {t}", align="J")
p.ln(4); p.set_x(110); p.multi_cell(80, 5.5, "Il Responsabile dell'Area\ngeom. Paolo Mordacci", align="C")
p.ln(6); p.set_font("LS", "B", 9); p.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", border="T", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.multi_cell(0, 5, "Si appone il visto di regolarità contabile. Liquidazione n. 211 del 09/03/2026.\nIl Responsabile del Servizio Finanziario – dott.ssa Sara Bocchi")
p.output(sys.argv[1])
