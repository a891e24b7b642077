# Pubblicazione di matrimonio, Comune di Sclafani Bagni (PA): fpdf2, DejaVu TTF (CID fonts), label grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Maggioli Demografici - J-Serfin"); p.set_producer("PDFlib+PDI 9.1.2p1 (fpdf2)")
p.add_font("D", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("D", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.add_font("S", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
p.add_page(); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20)
p.set_font("D", "B", 15); p.cell(0, 8, "COMUNE DI SCLAFANI BAGNI", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "", 9); p.cell(0, 5, "Città Metropolitana di Palermo – Ufficio dello Stato Civile", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(20, p.get_y() + 2, 190, p.get_y() + 2); p.ln(6)
p.set_font("D", "B", 9)
p.cell(85, 7, "Atto n. 2 – Parte I – Serie P/2026", border=1); p.cell(85, 7, "Affissa il giorno 19/03/2026", border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.set_font("D", "B", 13)
for s in ["PUBBLICAZIONE DI MATRIMONIO", "(artt. 93 e seguenti del Codice Civile)"]:
    p.cell(0, 7, s, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("S", "", 10.5)
p.multi_cell(0, 6, "L’Ufficiale dello Stato Civile, sulla richiesta fatta dagli sposi, rende noto che intendono unirsi in matrimonio:", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
rows = [("", "SPOSO", "SPOSA"), ("Cognome", "MICELI", "CATANIA"), ("Nome", "SALVATORE", "ROSALIA"), ("Luogo di nascita", "Termini Imerese (PA)", "Sclafani Bagni (PA)"),
        ("Data di nascita", "14/06/1992", "02/11/1995"), ("Residenza", "Palermo", "Sclafani Bagni"), ("Stato civile", "celibe", "nubile")]
for r in rows:
    p.set_font("D", "B" if r[0] in ("",) else "", 9.5)
    p.set_font("D", "B", 9.5); p.cell(44, 7, r[0], border=1)
    p.set_font("D", "B" if r[0] == "" else "", 9.5); p.cell(63, 7, r[1], border=1, align="C"); p.cell(63, 7, r[2], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("S", "", 10.5)
p.multi_cell(0, 6, "Il matrimonio sarà celebrato nel Comune di Sclafani Bagni, con rito civile.", new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, 6, "La presente pubblicazione rimarrà affissa all’Albo Pretorio on line del Comune per otto giorni consecutivi, comprendenti due domeniche. Chiunque conosca impedimenti al matrimonio è tenuto a farne denuncia all’Ufficiale dello Stato Civile.", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.multi_cell(0, 6, "Dalla Residenza municipale di Sclafani Bagni, addì diciannove del mese di marzo dell’anno duemilaventisei.", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_x(110); p.set_font("D", "B", 10); p.cell(80, 6, "L’UFFICIALE DELLO STATO CIVILE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("S", "", 10); p.cell(80, 6, "Giuseppina Lo Bue", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(14); p.set_font("D", "", 8)
p.multi_cell(0, 4.5, "Defissa il giorno 28/03/2026. Il Messo comunale attesta che la presente è rimasta affissa dal 19/03/2026 al 27/03/2026 senza opposizioni.", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
