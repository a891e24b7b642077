# Consiglio comunale deliberation of Cusano Mutri (BN): fpdf2, Liberation Serif/Sans
# embedded (CID, Identity-H), running head and foot on every page, roll printed as one
# table split into two side-by-side column groups with P/A marks ("AG" = absent justified),
# justified body, signatures and publication note on page 2.
import sys
from fpdf import FPDF

out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"

class P(FPDF):
    def header(self):
        self.set_font("LS", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, "Comune di Cusano Mutri – Deliberazione di Consiglio Comunale n. 11 del 28-04-2026", align="L")
        self.ln(3.5)
        self.set_draw_color(150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0)
    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="L")
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")
        self.set_text_color(0)

pdf = P(format="A4")
pdf.set_creator("Sistema Atti Amministrativi - Consiglio")
pdf.set_title("Delibera C.C. 11/2026")
pdf.add_font("LR", "", F + "LiberationSerif-Regular.ttf")
pdf.add_font("LR", "B", F + "LiberationSerif-Bold.ttf")
pdf.add_font("LR", "I", F + "LiberationSerif-Italic.ttf")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(20, 14, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("LS", "B", 16)
pdf.cell(0, 8, "COMUNE DI CUSANO MUTRI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.cell(0, 5, "Provincia di Benevento", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "B", 11)
pdf.set_fill_color(228, 232, 240)
pdf.cell(0, 7, "ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LR", "", 11)
pdf.cell(86, 7, "N. 11", border=1, align="C")
pdf.cell(0, 7, "Data 28-04-2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LR", "B", 11)
pdf.cell(22, 6, "Oggetto:")
pdf.multi_cell(0, 6, "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LR", "", 11)
pdf.multi_cell(0, 5.6, "L'anno duemilaventisei il giorno ventotto del mese di aprile alle ore 19:00, nella sala delle adunanze consiliari del Palazzo Municipale, convocato nei modi di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione. Risultano all'appello nominale:", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
roll = [("MAIO GIUSEPPE", "Sindaco", "P"), ("DI LORENZO ANTONIO", "Presidente", "P"), ("CROCE MARIANNA", "Consigliere", "P"),
        ("PETRONE NICOLA", "Consigliere", "P"), ("FAPPIANO ELENA", "Consigliere", "AG"), ("RICCIARDI DOMENICO", "Consigliere", "P"),
        ("GUARINO TERESA", "Consigliere", "P"), ("LOMBARDI PASQUALE", "Consigliere", "P"), ("CIAMBRIELLO LUCA", "Consigliere", "A"),
        ("DE NIGRIS ROSA", "Consigliere", "P"), ("IANNOTTA VINCENZO", "Consigliere", "P")]
half = 6
cw = [7, 40, 22, 9]
gap = 8
pdf.set_font("LS", "B", 8.5)
x0 = pdf.l_margin
y = pdf.get_y()
for g in range(2):
    pdf.set_xy(x0 + g * (sum(cw) + gap), y)
    for w, t in zip(cw, ["N.", "Cognome e Nome", "Carica", "P/A"]):
        pdf.cell(w, 6, t, border=1, align="C", fill=True)
pdf.set_font("LS", "", 8.5)
for i, (n, r, m) in enumerate(roll):
    g, row = (0, i) if i < half else (1, i - half)
    pdf.set_xy(x0 + g * (sum(cw) + gap), y + 6 + row * 5.5)
    for w, t, a in zip(cw, [str(i + 1), n, r, m], ["C", "L", "L", "C"]):
        pdf.cell(w, 5.5, t, border=1, align=a)
pdf.set_xy(x0, y + 6 + half * 5.5 + 2)
pdf.set_font("LS", "", 8)
pdf.cell(0, 5, "Presenti n. 9     Assenti n. 2     (P = presente; A = assente; AG = assente giustificato)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LR", "", 11)
body = [
 "Assume la presidenza il sig. Antonio Di Lorenzo nella sua qualità di Presidente del Consiglio Comunale. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale dott. Michele Orsillo. Il Presidente, riconosciuta la validità del numero legale, dichiara aperta la seduta.",
 "Il Presidente dà la parola al Sindaco, che illustra la proposta. Seguono gli interventi dei consiglieri Lombardi e De Nigris, riportati nel resoconto allegato.",
]
for b in body:
    pdf.multi_cell(0, 5.6, b, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.set_font("LR", "B", 11)
pdf.cell(0, 7, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LR", "", 11)
prem = [
 "VISTA la proposta di deliberazione n. 14 del 09-04-2026 del Responsabile dell'Area Economico-Finanziaria;",
 "VISTO lo schema di rendiconto approvato dalla Giunta Comunale con deliberazione n. 38 del 31-03-2026 e la relazione illustrativa ivi allegata;",
 "VISTA la relazione dell'Organo di revisione economico-finanziaria, resa con verbale n. 5 del 07-04-2026;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "CON VOTI favorevoli n. 7, contrari n. 2 (Lombardi, De Nigris), astenuti n. 0, resi per alzata di mano dai n. 9 consiglieri presenti e votanti,",
]
for b in prem:
    pdf.multi_cell(0, 5.6, b, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("LR", "B", 11)
pdf.cell(0, 7, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LR", "", 11)
pts = [
 "di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che presenta un risultato di amministrazione di € 1.284.615,37;",
 "di dare atto che il risultato di amministrazione è così composto: parte accantonata € 842.190,55, parte vincolata € 211.306,40, parte destinata agli investimenti € 48.000,00, parte disponibile € 183.118,42;",
 "di dare atto che l'Ente non risulta strutturalmente deficitario in base ai parametri di cui al D.M. 4 agosto 2023;",
 "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione.",
]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5.6, f"{i}.")
    pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.multi_cell(0, 5.6, "Successivamente, con separata votazione che riporta il medesimo esito (favorevoli n. 7, contrari n. 2), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.multi_cell(0, 5.6, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("LR", "B", 10.5)
pdf.set_xy(20, y); pdf.cell(80, 5, "IL PRESIDENTE DEL CONSIGLIO", align="C")
pdf.set_xy(110, y); pdf.cell(80, 5, "IL SEGRETARIO COMUNALE", align="C")
pdf.set_font("LR", "", 10.5)
pdf.set_xy(20, y + 5); pdf.cell(80, 5, "sig. Antonio Di Lorenzo", align="C")
pdf.set_xy(110, y + 5); pdf.cell(80, 5, "dott. Michele Orsillo", align="C")
pdf.set_xy(20, y + 18)
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.5, "ATTESTATO DI PUBBLICAZIONE – La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi a decorrere dal 30-04-2026 (n. 402 del registro delle pubblicazioni).", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
