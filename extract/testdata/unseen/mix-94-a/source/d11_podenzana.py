# Referto / attestazione di pubblicazione, Podenzana: fpdf2, Courier form with dotted blanks
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Civilia Next – Stampa Referti"); p.add_page(); p.set_margins(25, 20, 25)
p.set_font("Courier", "B", 13); p.cell(0, 7, "COMUNE DI PODENZANA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Courier", "", 9); p.cell(0, 5, "Provincia di Massa-Carrara", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_font("Courier", "B", 12); p.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("Courier", "", 10)
L = ["Atto: AVVISO PUBBLICO ........ n. 5/2026 ..... del 21/04/2026",
     "Oggetto: CONTRIBUTI PER L'ABBATTIMENTO DEI COSTI DEL",
     "SERVIZIO DI TRASPORTO PER GLI STUDENTI PENDOLARI - A.S. 2025/2026",
     "", "Registro pubblicazioni n. ..... 236 .....", "",
     "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", "", "CERTIFICA", "",
     "che l'atto sopra indicato e' stato pubblicato all'Albo",
     "pretorio on line del Comune per 15 giorni consecutivi,",
     "dal ..... 21/04/2026 ..... al ..... 06/05/2026 .....,",
     "ai sensi dell'art. 32 della legge 18 giugno 2009, n. 69,",
     "e che non sono pervenute opposizioni.", "",
     "Podenzana, 07/05/2026", "",
     "                  IL RESPONSABILE DELLA PUBBLICAZIONE",
     "                       sig. Marco Bertolini"]
for l in L:
    if l == "CERTIFICA": p.set_font("Courier", "B", 10); p.cell(0, 5, l, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("Courier", "", 10)
    else: p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
