# Comune di Frontino (PU): Consiglio comunale, roll in two side-by-side column groups with P/A marks,
# running head and foot on every page (fpdf2, DejaVu)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 9); self.cell(0, 5, "COMUNE DI FRONTINO – Provincia di Pesaro e Urbino", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8); self.cell(0, 4, "Deliberazione del Consiglio Comunale n. 8 del 16/04/2026", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5)
        self.cell(0, 4, f"Piazza Municipio, 1 – 61021 Frontino (PU) – Pag. {self.page_no()} di {{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf"); pdf.add_font("DV", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_creator("Halley Informatica - Stampa atti"); pdf.set_producer("Halley PDF 4.1")
pdf.add_page()
pdf.set_font("DV", "B", 15); pdf.cell(0, 9, "COMUNE DI FRONTINO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 10); pdf.cell(0, 5, "Provincia di Pesaro e Urbino", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("DV", "B", 11); pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 10); pdf.cell(0, 6, "Adunanza ordinaria di prima convocazione – seduta pubblica", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("DV", "B", 10); pdf.cell(30, 7, "N. 8", border=1, align="C"); pdf.cell(150, 7, "Data 16/04/2026", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 10)
pdf.multi_cell(180, 5.5, "OGGETTO: Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.", border=1, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
def para(t, st=""):
    pdf.set_font("DV", st, 10); pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
para("L'anno duemilaventisei, il giorno sedici del mese di aprile, alle ore 21:00, nella sala delle adunanze consiliari, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti del Consiglio comunale. All'appello risultano:")
L = [("BERNARDI Giorgio – Sindaco", "P"), ("PAOLUCCI Marta", "P"), ("GUIDI Renato", "P"), ("ROSSI Federica", "P"), ("BIANCHI Sauro", "P"), ("MAGNANI Luca", "P")]
R = [("CECCHINI Anna", "P"), ("FRATERNALI Piero", "A"), ("SERAFINI Elena", "P"), ("TONTINI Mirko", "P"), ("DONINI Giulia", "P")]
pdf.set_font("DV", "B", 9)
for _ in range(2): pdf.cell(70, 6, "Consiglieri", border=1); pdf.cell(10, 6, "P", border=1, align="C"); pdf.cell(10, 6, "A", border=1, align="C")
pdf.ln(6); pdf.set_font("DV", "", 9)
for i in range(6):
    for side in (L, R):
        if i < len(side):
            n, m = side[i]; pdf.cell(70, 6, n, border=1); pdf.cell(10, 6, "X" if m == "P" else "", border=1, align="C"); pdf.cell(10, 6, "X" if m == "A" else "", border=1, align="C")
        else:
            pdf.cell(90, 6, "", border=1)
    pdf.ln(6)
pdf.ln(1); pdf.set_font("DV", "B", 9); pdf.cell(0, 6, "Assegnati n. 11     In carica n. 11     Presenti n. 10     Assenti n. 1", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
para("Assiste il Segretario comunale dott.ssa Loredana Ceccarini, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il sig. Giorgio Bernardi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
para("IL CONSIGLIO COMUNALE", "B")
for t in ["PREMESSO che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale;",
          "VISTA la deliberazione della Giunta comunale n. 19 del 26/03/2026, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2025 e la relazione illustrativa;",
          "VISTA la relazione del Revisore unico dei conti, acquisita al protocollo n. 1022 del 02/04/2026, con la quale si esprime parere favorevole;",
          "DATO ATTO che il rendiconto chiude con un risultato di amministrazione di euro 412.387,55, di cui parte disponibile euro 96.140,21;",
          "UDITA la relazione del Sindaco e gli interventi dei consiglieri, riportati nel resoconto della seduta;",
          "CON n. 8 voti favorevoli e n. 2 astenuti (Rossi, Bianchi) su n. 10 presenti, espressi per alzata di mano;"]:
    para(t)
pdf.set_font("DV", "B", 10); pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
for i, t in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, nelle risultanze di cui agli allegati;",
          "di dare atto che il risultato di amministrazione al 31/12/2025 ammonta a euro 412.387,55;",
          "di dare atto che il Comune non risulta strutturalmente deficitario ai sensi dell'art. 242 del D.Lgs. 267/2000;",
          "di trasmettere il rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."], 1):
    para(f"{i}. {t}")
para("Successivamente, con n. 8 voti favorevoli e n. 2 astenuti (Rossi, Bianchi) su n. 10 presenti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(6); pdf.set_font("DV", "", 10)
pdf.cell(90, 5, "IL SINDACO", align="C"); pdf.cell(90, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, "Giorgio Bernardi", align="C"); pdf.cell(90, 5, "dott.ssa Loredana Ceccarini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
