# ARPA Lazio - AVVISO PUBBLICO N. 4/2026: fpdf2 with embedded TrueType (Type0/CID fonts, Identity-H).
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
p = FPDF(format="A4"); p.set_margins(22, 18, 22); p.set_auto_page_break(True, 20)
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_creator("ARPA Lazio - Sistema documentale"); p.add_page()
p.set_font("DV", "B", 13); p.set_text_color(0, 70, 130)
p.cell(0, 7, "ARPA Lazio", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 8.5); p.set_text_color(0)
p.cell(0, 5, "Agenzia Regionale per la Protezione Ambientale del Lazio – Via Garibaldi, 114 – 02100 Rieti", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Direzione Amministrativa – Servizio Risorse Umane", new_x="LMARGIN", new_y="NEXT")
p.line(22, p.get_y() + 2, 188, p.get_y() + 2); p.ln(8)
p.set_font("DV", "B", 14); p.cell(0, 8, "AVVISO PUBBLICO N. 4/2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Prot. n. 18604 del 18/03/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 10.5)
p.multi_cell(0, 5.6, "AVVISO PUBBLICO, PER TITOLI E COLLOQUIO, PER IL CONFERIMENTO DI N. 2 INCARICHI A TEMPO DETERMINATO DI COLLABORATORE TECNICO PROFESSIONALE – CHIMICO PRESSO LA SEZIONE PROVINCIALE DI FROSINONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 9.5)
body = [("Art. 1 – Oggetto.", "In esecuzione della deliberazione del Direttore Generale n. 71 del 12/03/2026 è indetto avviso pubblico per il conferimento di n. 2 incarichi a tempo determinato, della durata di dodici mesi, di Collaboratore Tecnico Professionale – Chimico, area dei Professionisti della salute e dei Funzionari, da assegnare al laboratorio della Sezione provinciale di Frosinone."),
 ("Art. 2 – Requisiti.", "Possono partecipare i candidati in possesso della laurea magistrale in Chimica (LM-54) o titolo equipollente, dell'iscrizione all'Albo dei Chimici e dei Fisici e dei requisiti generali per l'accesso al pubblico impiego."),
 ("Art. 3 – Domanda.", "La domanda deve essere presentata esclusivamente tramite la piattaforma on line dell'Agenzia entro le ore 12:00 del 17/04/2026. Non sono ammesse altre forme di presentazione."),
 ("Art. 4 – Valutazione.", "La Commissione dispone di 40 punti: 10 per i titoli e 30 per il colloquio, che verte sulle tecniche di analisi delle matrici ambientali e sulla normativa in materia di qualità delle acque."),
 ("Art. 5 – Informazioni.", "Responsabile del procedimento è la dott.ssa Valeria Santarelli (tel. 0746 267211). Il presente avviso è pubblicato all'Albo on line e nella sezione Bandi di concorso del sito istituzionale.")]
for h, t in body:
    p.set_font("DV", "B", 9.5); p.cell(0, 5.5, h, new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 9.5); p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.ln(4); p.cell(0, 5, "Rieti, 18/03/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(110); p.multi_cell(70, 5, "IL DIRETTORE AMMINISTRATIVO\ndott. Fabrizio Paolucci", align="C")
p.output(sys.argv[1])
