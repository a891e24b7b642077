# Azienda Speciale Consortile Comuni Insieme: determinazione del Direttore Generale, fpdf2; running head and register foot
# repeated on every page, recitals set in two columns
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class D(FPDF):
    def header(self):
        self.set_font("LS", "B", 12); self.set_text_color(0, 90, 140)
        self.cell(0, 6, "COMUNI INSIEME", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Azienda Speciale Consortile \"Comuni Insieme\" per i servizi alla persona – Via Varalli, 2 – 20021 Bollate (MI)", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 90, 140); self.line(15, 26, 195, 26); self.set_y(30); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 7.5)
        self.cell(0, 5, "Determinazione del Direttore Generale – Reg. Gen. 311 – pag. %d/{nb}" % self.page_no(), align="C")
p = D(format="A4"); p.set_margins(15, 15, 15)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_creator("Insiel PDF Writer 3.2"); p.set_title("Determinazione DG n. 38/2026"); p.add_page()
p.set_font("LS", "B", 13); p.cell(0, 8, "DETERMINAZIONE DEL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9.5); p.set_fill_color(230, 240, 247)
for a, b, c2, d2 in [("Numero", "38", "Data", "17/04/2026"), ("Reg. Gen.", "311", "Area", "Area Minori e Famiglia")]:
    p.cell(30, 7, a, border=1, fill=True); p.cell(50, 7, b, border=1); p.cell(30, 7, c2, border=1, fill=True); p.cell(70, 7, d2, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("LS", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Affidamento del servizio di spazio neutro per il periodo 1° maggio 2026 – 30 aprile 2027 – CIG B7A9E05C31 – Impegno di spesa.", border=1, padding=2)
p.ln(3); p.set_font("LS", "B", 10); p.cell(0, 6, "IL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
rec = ["Visto lo Statuto dell'Azienda e il Regolamento di organizzazione, che attribuiscono al Direttore Generale la gestione delle procedure di affidamento dei servizi;",
 "Richiamata la deliberazione del Consiglio di Amministrazione n. 4 del 19/02/2026 di approvazione del Piano Programma e del Budget 2026;",
 "Considerato che il servizio di spazio neutro per gli incontri protetti tra minori e genitori, disposti dall'Autorità giudiziaria, è in scadenza il 30/04/2026;",
 "Dato atto che è stata svolta una procedura negoziata sulla piattaforma regionale Sintel, alla quale hanno partecipato tre operatori economici;",
 "Visto il verbale della commissione giudicatrice del 09/04/2026, dal quale risulta prima classificata la Cooperativa Sociale Il Grappolo, con punti 86,40 su 100;",
 "Accertata la regolarità contributiva dell'aggiudicatario e verificati i requisiti di ordine generale dichiarati in sede di gara;",
 "Visti il D.Lgs. 36/2023 e il D.Lgs. 267/2000, in quanto applicabili alle aziende speciali;",
 "Ritenuto di provvedere in merito;"]
p.set_font("LS", "", 9.5); y0 = p.get_y(); colw = 86
half = 4
for col, items in enumerate([rec[:half], rec[half:]]):
    p.set_xy(15 + col * (colw + 8), y0)
    for s in items:
        p.set_x(15 + col * (colw + 8)); p.multi_cell(colw, 4.6, s, align="J"); p.ln(1.5)
    if col == 0: ybot = p.get_y()
p.set_y(max(ybot, p.get_y()) + 3)
p.set_font("LS", "B", 10); p.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for i, s in enumerate(["di aggiudicare il servizio di spazio neutro per il periodo 1° maggio 2026 – 30 aprile 2027 alla Cooperativa Sociale Il Grappolo di Garbagnate Milanese, per l'importo di euro 97.650,00 oltre IVA al 5 per cento;",
 "di impegnare la spesa complessiva di euro 102.532,50 sul conto 0305020 del budget 2026 e, per la quota di competenza, del budget 2027;",
 "di nominare direttore dell'esecuzione del contratto la dott.ssa Serena Lombardi, coordinatrice dell'Area Minori e Famiglia;",
 "di comunicare l'aggiudicazione a tutti i partecipanti ai sensi dell'art. 90 del D.Lgs. 36/2023;",
 "di pubblicare il presente provvedimento all'Albo on line e nella sezione Amministrazione Trasparente."], 1):
    p.cell(8, 5, "%d." % i); p.multi_cell(0, 5, s, align="J"); p.ln(1.5)
p.ln(8); p.set_x(115); p.multi_cell(80, 5, "IL DIRETTORE GENERALE\ndott. Alessandro Moretti", align="C")
p.ln(6); p.set_font("LS", "I", 8.5)
p.multi_cell(0, 4.5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.")
p.output(sys.argv[1])
