# fpdf2: Consiglio comunale of Bolzano; bilingual letterhead, roll printed in two side-by-side columns with P/A marks; running head and foot on every page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 13); self.cell(95, 6, "COMUNE DI BOLZANO", align="L")
        self.cell(0, 6, "STADTGEMEINDE BOZEN", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8.5); self.cell(0, 5, "Ufficio Organi Istituzionali – Amt für Institutionelle Organe", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 8)
        self.cell(0, 5, f"Deliberazione del Consiglio comunale n. 17 del 26.3.2026 – pag. {self.page_no()}/{{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(15, 15, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); pdf.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
pdf.set_creator("Insiel PDF Writer 3.2"); pdf.set_producer("Insiel PDF Writer 3.2"); pdf.set_title("Deliberazione CC 17/2026")
pdf.alias_nb_pages(); pdf.add_page()
pdf.set_font("LS", "B", 12); pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10.5); pdf.cell(0, 6, "n. 17 del 26.3.2026 – Seduta pubblica di prima convocazione", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("LS", "B", 10.5)
pdf.multi_cell(0, 5.5, "OGGETTO: Approvazione della variante al Piano urbano della mobilità sostenibile (PUMS) relativa alla nuova linea tranviaria Stazione – Casanova e alle zone a traffico limitato del centro storico.")
pdf.ln(2); pdf.set_font("LS", "", 10)
pdf.multi_cell(0, 5, "L'anno 2026, il giorno 26 del mese di marzo alle ore 18:00, nella sala consiliare di vicolo Gumer, si è riunito il Consiglio comunale. Al momento della trattazione del presente punto risultano presenti (P) e assenti (A) i signori:")
pdf.ln(1)
roll = [("Marchetti Stefano", "Sindaco", "P"), ("Gasser Anna", "Presidente del Consiglio", "P"), ("Bertoldi Luca", "Consigliere", "P"), ("Pichler Martin", "Consigliere", "P"),
        ("Rossi Valentina", "Consigliera", "A"), ("Dalpiaz Marco", "Consigliere", "P"), ("Egger Julia", "Consigliera", "P"), ("Ferrari Giorgio", "Consigliere", "P"),
        ("Huber Thomas", "Consigliere", "AG"), ("Lombardi Silvia", "Consigliera", "P"), ("Mayr Peter", "Consigliere", "P"), ("Nardelli Paola", "Consigliera", "P"),
        ("Oberhofer Lukas", "Consigliere", "P"), ("Pellegrini Carlo", "Consigliere", "A"), ("Righi Elisa", "Consigliera", "P"), ("Stuffer Markus", "Consigliere", "A")]
half = len(roll) // 2
pdf.set_font("LS", "B", 8.5)
for _ in range(2):
    pdf.cell(42, 5, "Cognome e nome", border=1); pdf.cell(36, 5, "Carica", border=1); pdf.cell(10, 5, "P/A", border=1, align="C"); pdf.cell(2, 5, "")
pdf.ln(); pdf.set_font("LS", "", 8.5)
for i in range(half):
    for n, r, pa in (roll[i], roll[i + half]):
        pdf.cell(42, 5, n, border=1); pdf.cell(36, 5, r, border=1); pdf.cell(10, 5, pa, border=1, align="C"); pdf.cell(2, 5, "")
    pdf.ln()
pdf.set_font("LS", "I", 8); pdf.cell(0, 5, "Legenda: P = presente; A = assente; AG = assente giustificato.   Presenti n. 12 – Assenti n. 4", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("LS", "", 10)
for t in ["Presiede la Presidente del Consiglio comunale Anna Gasser. Assiste il Segretario generale dott. Andrea Zanotti, che redige il presente verbale.",
          "IL CONSIGLIO COMUNALE",
          "Vista la proposta di deliberazione n. 204 del 3.3.2026 dell'Ufficio Mobilità, sulla quale sono stati espressi i pareri favorevoli di regolarità tecnica e contabile;",
          "Richiamata la deliberazione del Consiglio comunale n. 62 del 28.9.2023, con la quale è stato approvato il Piano urbano della mobilità sostenibile;",
          "Sentita la Commissione consiliare Urbanistica e Mobilità nella seduta del 17.3.2026;",
          "Con voti favorevoli n. 9, contrari n. 2 (Pichler, Mayr) e astenuti n. 1 (Oberhofer), espressi per alzata di mano da n. 12 consiglieri presenti, di cui n. 11 votanti,",
          "DELIBERA"]:
    if t.isupper(): pdf.set_font("LS", "B", 10.5); pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("LS", "", 10)
    else: pdf.multi_cell(0, 5, t, align="J"); pdf.ln(1.5)
for i, t in enumerate(["di approvare la variante al Piano urbano della mobilità sostenibile relativa alla nuova linea tranviaria Stazione – Casanova, come descritta negli elaborati allegati;",
                       "di approvare la nuova perimetrazione delle zone a traffico limitato del centro storico, con decorrenza dal 1° settembre 2026;",
                       "di incaricare l'Ufficio Mobilità degli adempimenti conseguenti, compresa la trasmissione della variante alla Provincia autonoma di Bolzano."], 1):
    pdf.multi_cell(0, 5, f"{i}. {t}", align="J"); pdf.ln(1)
pdf.multi_cell(0, 5, "La presente deliberazione diventa esecutiva dopo il decimo giorno dall'inizio della sua pubblicazione all'albo pretorio digitale, ai sensi dell'art. 183, comma 3, della L.R. 3 maggio 2018, n. 2.", align="J")
pdf.ln(8)
pdf.cell(90, 5, "LA PRESIDENTE DEL CONSIGLIO COMUNALE", align="C"); pdf.cell(90, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, "Anna Gasser", align="C"); pdf.cell(90, 5, "dott. Andrea Zanotti", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
