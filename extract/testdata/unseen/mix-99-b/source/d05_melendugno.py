# Melendugno (LE): fpdf2, running head and foot on every page, roll with
# Presente / Assente / Assente giustificato columns.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 9); self.cell(0, 5, "CITTÀ DI MELENDUGNO – Provincia di Lecce", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Deliberazione del Consiglio Comunale n. 11 del 30.03.2026", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 7.5)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pagina %d di {nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_margins(15, 12, 15); p.set_auto_page_break(True, 18)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_creator("Halley Informatica – Atti Amministrativi"); p.set_title("CC 11/2026")
p.add_page()
def para(t, st="", sz=10, al="J"):
    p.set_font("LS", st, sz); p.multi_cell(0, 5, t, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 12, "C")
para("Seduta ordinaria di prima convocazione – Numero 11 – Data 30.03.2026", "B", 10, "C")
para("OGGETTO: Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.", "B", 10.5)
para("L'anno duemilaventisei il giorno trenta del mese di marzo alle ore 17:30 nella Sala consiliare \"Don Tonino Bello\" del Palazzo municipale, regolarmente convocato, si è riunito il Consiglio Comunale nelle persone dei Signori:")
hd = ["N.", "Cognome e Nome", "Qualifica", "Presente", "Assente", "Assente giustificato"]
wd = [9, 52, 42, 22, 22, 33]
roll = [("Potì Marco", "Sindaco", 0), ("Cataldo Rita", "Presidente del Consiglio", 0), ("Leo Antonio", "Consigliere", 0),
 ("Petrachi Simona", "Consigliere", 0), ("Greco Fernando", "Consigliere", 2), ("De Pascalis Ilenia", "Consigliere", 0),
 ("Marra Cosimo", "Consigliere", 0), ("Stefanizzi Lucia", "Consigliere", 0), ("Quarta Giuseppe", "Consigliere", 1),
 ("Dimastrogiovanni Paola", "Consigliere", 0), ("Chiriatti Roberto", "Consigliere", 0), ("Nahi Sara", "Consigliere", 0),
 ("Caretto Massimo", "Consigliere", 0), ("Martella Gabriele", "Consigliere", 2), ("Solazzo Francesca", "Consigliere", 0),
 ("Rollo Emanuele", "Consigliere", 0), ("Tondo Anna", "Consigliere", 0)]
p.set_font("LS", "B", 8.5); p.set_fill_color(225, 225, 225)
for h, w in zip(hd, wd): p.cell(w, 6, h, border=1, align="C", fill=True)
p.ln()
p.set_font("LS", "", 8.5)
for i, (n, q, st) in enumerate(roll, 1):
    vals = [str(i), n, q, "X" if st == 0 else "", "X" if st == 1 else "", "X" if st == 2 else ""]
    for j, (v, w) in enumerate(zip(vals, wd)): p.cell(w, 5.2, v, border=1, align="L" if j in (1, 2) else "C")
    p.ln()
p.ln(2)
para("Presenti n. 14 – Assenti n. 3 (di cui giustificati n. 2)", "B", 9)
para("Presiede la seduta la Presidente del Consiglio Comunale avv. Rita Cataldo. Partecipa il Segretario Generale dott.ssa Annalisa Toma, con funzioni di assistenza giuridico-amministrativa e verbalizzazione. Sono presenti, senza diritto di voto, gli Assessori esterni Carlo Miglietta e Daniela Pezzuto.")
para("La Presidente, accertata la validità della seduta, pone in discussione l'argomento iscritto al punto 3 dell'ordine del giorno.")
para("IL CONSIGLIO COMUNALE", "B", 10.5, "C")
para("PREMESSO che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale; VISTA la deliberazione della Giunta Comunale n. 52 del 10.03.2026 di approvazione dello schema di rendiconto 2025 e della relazione illustrativa; VISTA la relazione dell'Organo di revisione acquisita al prot. n. 5521 del 18.03.2026; VISTO il parere favorevole della Commissione consiliare Bilancio del 25.03.2026;")
para("UDITI gli interventi dei consiglieri Chiriatti, Caretto e Tondo come da resoconto di seduta; con voti favorevoli n. 10, contrari n. 1 (Rollo), astenuti n. 3 (Chiriatti, Caretto, Tondo), espressi per alzata di mano dai 14 consiglieri presenti e votanti;")
para("DELIBERA", "B", 10.5, "C")
for i, t in enumerate(["di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che presenta un risultato di amministrazione di € 2.964.115,38;",
 "di dare atto che il risultato di amministrazione è così composto: parte accantonata € 1.702.480,11, parte vincolata € 611.904,27, parte destinata agli investimenti € 148.300,00, parte disponibile € 501.431,00;",
 "di dare atto che l'Ente non è strutturalmente deficitario ai sensi dell'art. 242 del D.Lgs. 267/2000;",
 "di trasmettere il rendiconto alla BDAP nei termini di legge."], 1):
    para(f"{i}) {t}")
para("Successivamente, con voti favorevoli n. 10, contrari n. 1 (Rollo), astenuti n. 3 (Chiriatti, Caretto, Tondo), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(6); p.set_font("LS", "B", 9.5)
p.cell(90, 5, "LA PRESIDENTE DEL CONSIGLIO", align="C"); p.cell(90, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9.5)
p.cell(90, 5, "avv. Rita Cataldo", align="C"); p.cell(90, 5, "dott.ssa Annalisa Toma", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(out)
