# AVVISO PUBBLICO N. 3/2026 of Austis (fpdf2, DejaVu TTF)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4"); pdf.set_creator("Municipia SpA – JSibac"); pdf.set_margins(20, 18, 20)
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_page()
pdf.set_font("DV", "B", 15); pdf.cell(0, 8, "COMUNE DI AUSTIS", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9); pdf.cell(0, 5, "Provincia di Nuoro – Area Socio-Culturale – Servizio Sociale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("DV", "B", 13); pdf.cell(0, 8, "AVVISO PUBBLICO N. 3/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9); pdf.cell(0, 5, "Prot. n. 812 del 12 marzo 2026", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_font("DV", "B", 10.5)
pdf.multi_cell(0, 6, "CONTRIBUTI PER IL SOSTEGNO ALLE SPESE DI ACCESSO AI SERVIZI EDUCATIVI PER LA PRIMA INFANZIA – ANNO 2026", align="C"); pdf.ln(3)
pdf.set_font("DV", "", 10)
for t in ["IL RESPONSABILE DELL’AREA SOCIO-CULTURALE",
          "In esecuzione della deliberazione del Consiglio Comunale n. 2 del 26/02/2026 e della determinazione n. 41 del 11/03/2026,",
          "RENDE NOTO",
          "che dal 16 marzo al 15 aprile 2026 i nuclei familiari residenti ad Austis con figli di età compresa tra 0 e 36 mesi possono presentare domanda di contributo per le spese sostenute per la frequenza di asili nido e servizi educativi, nei limiti delle risorse assegnate dalla Regione Sardegna ai sensi della L.R. 9/2023.",
          "Requisiti: residenza nel Comune di Austis; ISEE in corso di validità non superiore a € 40.000,00; iscrizione del minore ad un servizio educativo autorizzato.",
          "Le domande, redatte sul modulo allegato, vanno presentate all’Ufficio Protocollo o inviate a protocollo@pec.comune.austis.nu.it entro le ore 13:00 del 15 aprile 2026.",
          "Austis, 12 marzo 2026"]:
    if t.isupper(): pdf.set_font("DV", "B", 10); pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10)
    else: pdf.multi_cell(0, 5.5, t, align="J"); pdf.ln(2)
pdf.ln(8); pdf.set_x(110); pdf.multi_cell(80, 5.5, "Il Responsabile dell’Area\ndott.ssa Rita Sulis", align="C")
pdf.output(sys.argv[1])
