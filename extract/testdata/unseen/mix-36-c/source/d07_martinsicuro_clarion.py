# Ordinanza of the Polizia Locale, Comune di Martinsicuro (TE): imitates a Clarion
# report of a traffic-ordinance register (framed header band, "Registro Ordinanze"
# grid, numbered ORDINA points, report footer). Producer: fpdf2 with Liberation TTF.
import sys
from fpdf import FPDF

out = sys.argv[1]
LS = "/usr/share/fonts/truetype/liberation/"

class R(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 7.5)
            self.cell(0, 4, "Comune di Martinsicuro - Polizia Locale - Ordinanza n. 31/2026", border="B", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
    def footer(self):
        self.set_y(-13)
        self.set_font("LM", "", 7)
        self.cell(95, 4, "ORDIN_VIAB.RPT  Clarion Report Writer  21/04/2026 09:18", border="T")
        self.cell(0, 4, "Foglio %d/{nb}" % self.page_no(), border="T", align="R")

p = R("P", "mm", "A4")
p.add_font("LS", "", LS + "LiberationSans-Regular.ttf")
p.add_font("LS", "B", LS + "LiberationSans-Bold.ttf")
p.add_font("LS", "I", LS + "LiberationSans-Italic.ttf")
p.add_font("LM", "", LS + "LiberationMono-Regular.ttf")
p.set_title("Ordinanza Polizia Locale n. 31/2026")
p.set_creator("Clarion 6 Report Writer")
p.set_author("Comando Polizia Locale")
p.set_margins(20, 15, 20)
p.set_auto_page_break(True, 20)
p.add_page()
# header band
p.set_line_width(0.6)
p.rect(20, 15, 170, 30)
p.set_line_width(0.2)
p.rect(23, 18, 20, 24)
p.set_font("LS", "I", 6); p.set_xy(23, 28); p.cell(20, 3, "stemma", align="C")
p.set_xy(46, 18); p.set_font("LS", "B", 16); p.cell(0, 8, "COMUNE DI MARTINSICURO")
p.set_xy(46, 26); p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Teramo")
p.set_xy(46, 31); p.set_font("LS", "B", 10); p.cell(0, 5, "SETTORE IV - POLIZIA LOCALE")
p.set_xy(46, 36); p.set_font("LS", "", 8); p.cell(0, 5, "Via Aldo Moro n. 32 - 64014 Martinsicuro (TE) - tel. 0861 796214")
p.set_y(50)
# register grid
p.set_fill_color(225, 225, 225)
p.set_font("LS", "B", 8)
for w, t in ((40, "REGISTRO ORDINANZE"), (25, "Numero"), (35, "Data"), (70, "Classificazione")):
    p.cell(w, 6, t, border=1, fill=True, align="C")
p.ln()
p.set_font("LM", "", 10)
for w, t in ((40, "Viabilità"), (25, "31"), (35, "20/04/2026"), (70, "Tit. VI - Cl. 8 - Fasc. 4/2026")):
    p.cell(w, 7, t, border=1, align="C")
p.ln(11)
p.set_font("LS", "B", 13)
p.cell(0, 7, "ORDINANZA", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
p.set_font("LS", "B", 9.5)
p.cell(22, 5, "OGGETTO:")
p.multi_cell(0, 5, "Disciplina temporanea della circolazione stradale in Via Roma, Via Colle di Marzio e Lungomare Europa per lo svolgimento delle celebrazioni dell'81° anniversario della Liberazione del 25 aprile 2026.", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("LS", "B", 10.5)
p.cell(0, 6, "IL RESPONSABILE DEL SETTORE IV - COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(1)
p.set_font("LS", "", 9.5)
for t in [
    "VISTA la nota dell'Ufficio Cerimoniale del Comune, prot. n. 8841 del 14/04/2026, con la quale si comunica il programma delle celebrazioni del 25 aprile 2026, che prevede il raduno in Piazza Cavour alle ore 9:30, il corteo lungo Via Roma e Via Colle di Marzio e la deposizione di una corona al Monumento ai Caduti sul Lungomare Europa;",
    "RITENUTO necessario, per garantire la sicurezza dei partecipanti e la fluidità della circolazione, adottare provvedimenti temporanei di limitazione del traffico veicolare e della sosta;",
    "VISTI gli artt. 5, 6, 7 e 37 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione, D.P.R. 16 dicembre 1992, n. 495;",
    "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale n. 11 del 30/12/2025 di attribuzione della responsabilità del Settore IV;",
]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(1)
p.set_font("LS", "B", 11)
p.cell(0, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9.5)
p.multi_cell(0, 5, "per il giorno sabato 25 aprile 2026:", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
pts = [
    "dalle ore 7:00 alle ore 13:00 il divieto di sosta con rimozione forzata, ambo i lati, in Piazza Cavour e in Via Roma, nel tratto compreso tra Piazza Cavour e l'intersezione con Via Colle di Marzio;",
    "dalle ore 9:00 alle ore 12:30 il divieto di transito veicolare in Via Roma, Via Colle di Marzio e Lungomare Europa, nel tratto compreso tra Via Colle di Marzio e Via Trieste, al passaggio del corteo e per la durata della cerimonia;",
    "l'istituzione del senso unico alternato regolato da movieri in Via Trieste per il tempo strettamente necessario;",
    "che i divieti non si applichino ai veicoli delle Forze dell'ordine, di soccorso e al servizio delle persone con disabilità munite di contrassegno.",
]
for i, t in enumerate(pts, 1):
    p.cell(8, 5, "%d)" % i)
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(1)
p.set_font("LS", "B", 11)
p.cell(0, 6, "D I S P O N E", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9.5)
p.multi_cell(0, 5, "che l'Ufficio Tecnico comunale provveda all'apposizione della prescritta segnaletica almeno 48 ore prima dell'entrata in vigore dei divieti e che il personale della Polizia Locale e gli altri agenti di cui all'art. 12 del Codice della Strada vigilino sull'osservanza della presente ordinanza. I trasgressori saranno puniti ai sensi del D.Lgs. 285/1992.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(1)
p.multi_cell(0, 5, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni dalla pubblicazione o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
if p.get_y() > 245:
    p.add_page()
p.set_font("LS", "", 9.5)
p.cell(85, 5, "Martinsicuro, 20/04/2026")
p.set_font("LS", "B", 9.5)
p.cell(0, 5, "IL COMANDANTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(105); p.set_font("LS", "", 9.5)
p.cell(0, 5, "Magg. Fabio D'Ignazio", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(105); p.set_font("LS", "I", 7)
p.cell(0, 4, "Firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.set_font("LS", "B", 8)
p.cell(0, 5, "TRASMISSIONE", border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 8)
p.multi_cell(0, 4.5, "Sindaco - Comando Stazione Carabinieri di Martinsicuro - Ufficio Tecnico comunale - Servizio 118 - TUA S.p.A. - Albo Pretorio on line (pubblicazione dal 21/04/2026 al 06/05/2026).", border="LRB", new_x="LMARGIN", new_y="NEXT")
p.output(out)
