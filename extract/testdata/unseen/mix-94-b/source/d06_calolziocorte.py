# Calolziocorte: fpdf2 with header and footer repeated on every page, roll table whose header row
# is repeated after the page break; columns Presente / Assente / Collegato da remoto.
import sys
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        self.set_font("DS", "B", 12); self.cell(0, 6, "COMUNE DI CALOLZIOCORTE", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 8); self.cell(0, 4, "Provincia di Lecco – Piazza Vittorio Veneto 13 – 23801 Calolziocorte (LC)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 8); self.cell(0, 5, "Deliberazione del Consiglio Comunale n. 11 del 23.3.2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y(), 195, self.get_y()); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DS", "", 7)
        self.cell(0, 5, f"Documento firmato digitalmente – pagina {self.page_no()} di {{nb}}", align="C")
pdf = Doc(format="A4"); pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("DS", "", FD + "DejaVuSans.ttf"); pdf.add_font("DS", "B", FD + "DejaVuSans-Bold.ttf"); pdf.add_font("DS", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_creator("Halley Informatica – Atti Amministrativi"); pdf.set_title("Delibera CC 11/2026")
pdf.add_page()
def P(t, st="", sz=9.5, al="J", h=5):
    pdf.set_font("DS", st, sz); pdf.multi_cell(0, h, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
P("ORIGINALE", "B", 9, "R")
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 11, "C")
P("Adunanza ordinaria di prima convocazione – seduta pubblica", "", 9, "C")
pdf.set_font("DS", "B", 9.5); pdf.multi_cell(0, 5.5, "OGGETTO: ESAME ED APPROVAZIONE DEL RENDICONTO DELLA GESTIONE DELL'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000.", border=1, align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
P("L'anno 2026 (duemilaventisei) addì 23 (ventitré) del mese di marzo alle ore 20,30 nella sala delle adunanze consiliari, previa notifica degli inviti personali avvenuta nei modi e nei termini di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione, anche in modalità telematica ai sensi del Regolamento approvato con deliberazione C.C. n. 22 del 29.6.2022.")
P("Fatto l'appello nominale risultano:")
roll = [("GHEZZI Marco", "Sindaco", "P"), ("VALSECCHI Roberta", "Presidente", "P"), ("ROTA Giuseppe", "Consigliere", "P"),
 ("PIROLA Chiara", "Consigliere", "R"), ("MAGGI Alessandro", "Consigliere", "P"), ("CORTI Nadia", "Consigliere", "P"),
 ("LOCATELLI Fabio", "Consigliere", "A"), ("BOLIS Marta", "Consigliere", "P"), ("MAZZOLENI Ivo", "Consigliere", "P"),
 ("BRUMANA Lisa", "Consigliere", "P"), ("CASTELLI Diego", "Consigliere", "R"), ("PANZERI Giulia", "Consigliere", "P"),
 ("AGAZZI Enrico", "Consigliere", "A"), ("BONACINA Silvia", "Consigliere", "P"), ("TENTORI Paolo", "Consigliere", "P"),
 ("RAVASIO Lucia", "Consigliere", "P"), ("CARSANIGA Luca", "Consigliere", "P")]
ws = [10, 55, 35, 22, 22, 36]
def th():
    pdf.set_font("DS", "B", 8); pdf.set_fill_color(225, 225, 225)
    for w, t in zip(ws, ["N.", "Cognome e Nome", "Carica", "Presente", "Assente", "Collegato da remoto"]):
        pdf.cell(w, 6, t, border=1, align="C", fill=True)
    pdf.ln()
th()
pdf.set_font("DS", "", 8.5)
for i, (n, r, s) in enumerate(roll, 1):
    if pdf.get_y() > 270: pdf.add_page(); th(); pdf.set_font("DS", "", 8.5)
    vals = [str(i), n, r, "SI" if s in "PR" else "", "SI" if s == "A" else "", "SI" if s == "R" else ""]
    for j, (w, t) in enumerate(zip(ws, vals)): pdf.cell(w, 5.5, t, border=1, align="L" if j in (1, 2) else "C")
    pdf.ln()
pdf.set_font("DS", "B", 8.5); pdf.cell(110, 5.5, "Totale", border=1, align="R"); pdf.cell(22, 5.5, "15", border=1, align="C"); pdf.cell(22, 5.5, "2", border=1, align="C"); pdf.cell(36, 5.5, "2", border=1, align="C"); pdf.ln(8)
P("Partecipa all'adunanza il Segretario Generale dott. Giovanni Balestra, il quale provvede alla redazione del presente verbale.")
P("Essendo legale il numero degli intervenuti, la sig.ra Roberta Valsecchi, nella sua qualità di Presidente del Consiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato, posto al n. 2 dell'ordine del giorno.")
P("IL CONSIGLIO COMUNALE", "B", 9.5, "C")
for t in ["Richiamato l'art. 227 del D.Lgs. 18 agosto 2000, n. 267, che disciplina il rendiconto della gestione;",
 "Vista la deliberazione della Giunta Comunale n. 38 del 5.3.2026 con la quale è stato approvato lo schema di rendiconto dell'esercizio 2025 e la relazione illustrativa;",
 "Vista la relazione dell'Organo di revisione economico-finanziaria, pervenuta in data 12.3.2026 al prot. n. 4630;",
 "Dato atto che durante la discussione, alle ore 21,05, è uscito dall'aula il Consigliere TENTORI Paolo e che i presenti al momento del voto sono n. 14;",
 "Con la seguente votazione, espressa per alzata di mano e, per i Consiglieri collegati da remoto, per appello nominale:",
 "presenti n. 14, votanti n. 14, favorevoli n. 10, contrari n. 4 (Bonacina, Ravasio, Carsaniga, Castelli), astenuti n. 0;"]: P(t)
P("DELIBERA", "B", 9.5, "C")
for i, t in enumerate(["di approvare il rendiconto della gestione dell'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che presenta un risultato di amministrazione di euro 2.184.377,52;",
 "di dare atto che il risultato di amministrazione è così composto: parte accantonata euro 1.046.220,18, parte vincolata euro 612.905,40, parte destinata agli investimenti euro 118.000,00, parte disponibile euro 407.251,94;",
 "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."], 1):
    P(f"{i}) {t}")
P("Successivamente, con separata votazione, presenti n. 14, votanti n. 14, favorevoli n. 10, contrari n. 4 (Bonacina, Ravasio, Carsaniga, Castelli), astenuti n. 0, il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(6); pdf.set_font("DS", "B", 9); pdf.cell(90, 5, "IL PRESIDENTE DEL CONSIGLIO", align="C"); pdf.cell(90, 5, "IL SEGRETARIO GENERALE", align="C"); pdf.ln()
pdf.set_font("DS", "", 9); pdf.cell(90, 5, "Roberta Valsecchi", align="C"); pdf.cell(90, 5, "dott. Giovanni Balestra", align="C"); pdf.ln()
pdf.output(sys.argv[1])
