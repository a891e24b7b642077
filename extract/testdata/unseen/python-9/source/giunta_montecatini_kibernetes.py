# Comune di Montecatini Terme - Giunta - imitating a Kibernetes-like print (fpdf2, embedded DejaVu Sans)
from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 15)
        self.cell(0, 8, "COMUNE DI MONTECATINI TERME", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 9)
        self.cell(0, 5, "Provincia di Pistoia", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 70, 130); self.set_line_width(0.6)
        self.line(15, self.get_y() + 2, 195, self.get_y() + 2)
        self.ln(7)
    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7)
        self.cell(0, 4, "Delibera G.C. n. 97 del 23/05/2025 - pagina %d di {nb}" % self.page_no(), align="R")

pdf = P(format="A4"); pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 18)
pdf.add_font("dv", "", D + "DejaVuSans.ttf"); pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf"); pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_title("Delibera Giunta Comunale 97/2025"); pdf.alias_nb_pages()
pdf.add_page()
W = 180
pdf.set_font("dv", "B", 8); pdf.set_fill_color(230, 236, 245)
pdf.cell(W, 6, "COPIA CONFORME ALL'ORIGINALE DIGITALE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dv", "B", 12)
pdf.cell(W, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "B", 11)
pdf.cell(W, 7, "N. 97 DEL 23/05/2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dv", "B", 10)
y = pdf.get_y()
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(W - 22, 5.5, "CONCESSIONE DEL PATROCINIO GRATUITO E DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE \"AMICI DELLE TERME\" PER LA MANIFESTAZIONE \"TERME IN FIORE 2025\".", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)
pdf.line(15, pdf.get_y() + 2, 195, pdf.get_y() + 2)
pdf.ln(5)
pdf.set_font("dv", "", 9.5)
def para(t, h=5, style=""):
    pdf.set_font("dv", style, 9.5)
    pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
para("L'anno 2025 (duemilaventicinque), il giorno 23 (ventitré) del mese di maggio, alle ore 12:15, nella Residenza Municipale, "
     "si è riunita la Giunta Comunale, convocata nelle forme di legge.")
para("Sono presenti i signori: BALDI CLAUDIO – Sindaco; FERRETTI SILVIA – Vice Sindaco; MAGNI LUCA – Assessore; "
     "POGGIALI ANNA – Assessore.")
para("Sono assenti i signori: NERI BEATRICE – Assessore; CECCHI MARIO – Assessore.")
para("Presiede la seduta il Sindaco Claudio Baldi. Partecipa il Vice Segretario Comunale Dott. Stefano Lenzi, incaricato della "
     "redazione del verbale.")
para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare "
     "sull'argomento in oggetto.")
pdf.ln(2)
pdf.set_font("dv", "B", 10.5); pdf.cell(W, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
para("Vista la richiesta presentata dall'Associazione \"Amici delle Terme\", con sede in Montecatini Terme, viale Verdi n. 41, "
     "acquisita al protocollo n. 14872 del 28/04/2025, con la quale si chiede il patrocinio gratuito dell'Ente e un contributo "
     "economico per l'organizzazione della manifestazione \"Terme in fiore 2025\", in programma nei giorni 14 e 15 giugno 2025 "
     "presso il Parco delle Terme;")
para("Richiamato il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con "
     "deliberazione del Consiglio Comunale n. 34 del 27/06/2019;")
para("Considerato che l'iniziativa, giunta alla sesta edizione, contribuisce alla promozione turistica della città e alla "
     "valorizzazione del patrimonio termale e paesaggistico;")
para("Dato atto che la spesa di € 2.500,00 trova copertura al capitolo 7340 \"Contributi ad associazioni per manifestazioni "
     "turistiche\" del bilancio 2025/2027, esercizio 2025;")
para("Visti i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 267/2000 dal Dirigente del Settore Cultura "
     "e Turismo in ordine alla regolarità tecnica e dal Dirigente del Settore Finanziario in ordine alla regolarità contabile;")
para("Con voti favorevoli n. 3, astenuti n. 1 (Assessore Poggiali), su n. 4 presenti, espressi in forma palese,")
pdf.ln(1)
pdf.set_font("dv", "B", 10.5); pdf.cell(W, 6, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pts = ["di concedere il patrocinio gratuito del Comune di Montecatini Terme alla manifestazione \"Terme in fiore 2025\", "
       "autorizzando l'uso dello stemma comunale sul materiale promozionale;",
       "di assegnare all'Associazione \"Amici delle Terme\" un contributo economico di € 2.500,00, da liquidarsi a "
       "presentazione del rendiconto delle spese sostenute;",
       "di demandare al Dirigente del Settore Cultura e Turismo l'adozione degli atti gestionali conseguenti;",
       "di dichiarare, con successiva votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, "
       "comma 4, del D.Lgs. 267/2000, in considerazione della prossimità della manifestazione."]
for p in pts:
    pdf.set_font("dv", "", 9.5)
    x = pdf.get_x(); pdf.cell(7, 5, "-")
    pdf.multi_cell(W - 7, 5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(6)
pdf.set_font("dv", "", 9)
pdf.cell(W, 5, "Letto, approvato e sottoscritto", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("dv", "B", 9)
pdf.cell(90, 5, "IL SINDACO", align="C"); pdf.cell(90, 5, "IL VICE SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
pdf.cell(90, 5, "Claudio Baldi", align="C"); pdf.cell(90, 5, "Dott. Stefano Lenzi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "I", 7.5)
pdf.cell(90, 4, "Firmato digitalmente", align="C"); pdf.cell(90, 4, "Firmato digitalmente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("dv", "B", 9); pdf.cell(W, 6, "ATTESTATO DI PUBBLICAZIONE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8.5)
pdf.multi_cell(W, 4.5, "La presente deliberazione è pubblicata all'Albo Pretorio on line dal 26/05/2025 e vi rimarrà per quindici giorni "
               "consecutivi (art. 124 D.Lgs. 267/2000). Contestualmente è comunicata ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000).",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.output("../giunta-montecatini-kibernetes.pdf")
