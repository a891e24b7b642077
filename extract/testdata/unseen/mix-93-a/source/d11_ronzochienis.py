# Referto / attestazione di pubblicazione, Ronzo-Chienis: fpdf2, Courier form with dotted blanks
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Civilia Next – Stampa Referti"); p.add_page(); p.set_margins(25, 20, 25)
p.set_font("Courier", "B", 13); p.cell(0, 7, "COMUNE DI RONZO-CHIENIS", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Courier", "", 9); p.cell(0, 5, "Provincia autonoma di Trento", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_font("Courier", "B", 12); p.cell(0, 7, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("Courier", "", 10)
L = ["Atto: AVVISO PUBBLICO ........ n. 6/2026 ..... del 02/04/2026",
     "Oggetto: CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI",
     "SPORTIVE E CULTURALI PER L'ATTIVITA' ORDINARIA - ANNO 2026",
     "", "Registro pubblicazioni n. ..... 148 .....", "",
     "Il sottoscritto Segretario comunale, visti gli atti d'ufficio,", "", "ATTESTA", "",
     "che l'atto sopra indicato e' stato pubblicato all'Albo",
     "telematico del Comune per 15 giorni consecutivi,",
     "dal ..... 02/04/2026 ..... al ..... 17/04/2026 .....,",
     "ai sensi dell'art. 4 della L.R. 3 maggio 2018, n. 2,",
     "e che non sono pervenute opposizioni.", "",
     "Ronzo-Chienis, 18/04/2026", "",
     "                        IL SEGRETARIO COMUNALE",
     "                        dott. Luca Benedetti"]
for l in L:
    if l == "ATTESTA": p.set_font("Courier", "B", 10); p.cell(0, 5, l, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("Courier", "", 10)
    else: p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
