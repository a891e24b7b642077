# Giunta Comunale di Sulmona (AQ) - fpdf2 with DejaVu Sans embedded.
# Number left / "SEDUTA DEL" date in words right, attendance as a numbered list with mixed-case names,
# president without title, bulleted operative points.
from fpdf import FPDF

OUT = "gc-sulmona-palestra.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.cell(0, 5, "Città di Sulmona – Giunta Comunale – Deliberazione n. 203 del 29/12/2025", align="L",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y(), 190, self.get_y())
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, "Palazzo San Francesco – Piazza XX Settembre – 67039 Sulmona (AQ)", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "pagina %d di {nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FD + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Deliberazione di Giunta n. 203/2025")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("DejaVu", "B", 8.5)
pdf.cell(0, 4, "ORIGINALE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "B", 17)
pdf.cell(0, 9, "CITTÀ DI SULMONA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(0, 5, "Provincia dell’Aquila", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_draw_color(120, 0, 0)
pdf.set_line_width(0.8)
pdf.line(20, pdf.get_y(), 190, pdf.get_y())
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "Verbale di deliberazione della Giunta Comunale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 10.5)
y = pdf.get_y()
pdf.cell(85, 7, "DELIBERAZIONE N. 203", border=1, align="C")
pdf.cell(85, 7, "SEDUTA DEL 29 DICEMBRE 2025", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.cell(85, 5, "Immediatamente eseguibile: SÌ", border=1, align="C")
pdf.cell(85, 5, "Trasmessa ai Capigruppo consiliari: SÌ", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 5, "Oggetto:", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(0, 5.2, "Approvazione dello schema di convenzione con l’Istituto Comprensivo n. 2 per l’utilizzo in "
               "orario extrascolastico della palestra comunale di via XXV Aprile – Anni 2026-2028.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 9.5)
T = dict(align="J", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(0, 5, "L’anno duemilaventicinque, il giorno ventinove del mese di dicembre, alle ore 11:40, nella "
               "Sala della Giunta del Palazzo Municipale, si è riunita la Giunta Comunale, regolarmente convocata. "
               "Risultano:", **T)
pdf.ln(2)
members = [("DI FRANCESCO Gianluca", "Sindaco", "presente"), ("LA ROCCA Manuela", "Vice Sindaco", "presente"),
           ("CIOFANI Pierluigi", "Assessore", "presente"), ("SANTILLI Daniela", "Assessore", "assente"),
           ("PACE Emidio", "Assessore", "presente"), ("ZAVARELLA Noemi", "Assessore", "presente")]
for i, (n, r, p) in enumerate(members, 1):
    pdf.cell(8)
    pdf.cell(8, 5, "%d)" % i)
    pdf.cell(62, 5, n)
    pdf.cell(40, 5, r)
    pdf.cell(30, 5, p, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 5, "Presenti n. 5 – Assenti n. 1.", **T)
pdf.ln(1)
pdf.multi_cell(0, 5, "Presiede il Sindaco, Gianluca Di Francesco. Assiste il Segretario Generale, dott.ssa Lucia "
               "Marinucci, incaricata della redazione del verbale. Il Presidente, riconosciuta la validità della "
               "seduta, invita la Giunta ad esaminare la proposta indicata in oggetto.", **T)
pdf.ln(3)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.ln(1)
prem = [
    "Premesso che il Comune di Sulmona è proprietario della palestra di via XXV Aprile, adiacente al plesso "
    "scolastico “Serafini”, e che l’impianto è utilizzato in orario curricolare dall’Istituto Comprensivo n. 2;",
    "Considerato che il Dirigente Scolastico, con nota acquisita al protocollo generale dell’Ente al n. 41877 del "
    "27/11/2025, ha chiesto di poter utilizzare la palestra anche in orario extrascolastico per lo svolgimento "
    "dei giochi sportivi studenteschi e dei progetti di ampliamento dell’offerta formativa;",
    "Visto l’art. 12 della legge 4 agosto 1977, n. 517, e richiamato il vigente Regolamento per la gestione e "
    "l’uso degli impianti sportivi comunali;",
    "Esaminato lo schema di convenzione predisposto dal Servizio Sport, composto da n. 11 articoli, che "
    "disciplina le fasce orarie di utilizzo, gli obblighi di custodia e pulizia e la ripartizione delle spese di "
    "gestione;",
    "Acquisito il parere favorevole di regolarità tecnica espresso dal Dirigente del I Settore ai sensi "
    "dell’art. 49, comma 1, del D.Lgs. 267/2000, dando atto che il presente provvedimento non comporta riflessi "
    "diretti sulla situazione economico-finanziaria dell’Ente;",
    "All’unanimità dei voti favorevoli, espressi in forma palese;",
]
for p in prem:
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.3)
pdf.ln(1)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.ln(1)
pts = [
    "di approvare lo schema di convenzione con l’Istituto Comprensivo n. 2 di Sulmona per l’utilizzo in orario "
    "extrascolastico della palestra comunale di via XXV Aprile, per il triennio 2026-2028, allegato al presente "
    "atto quale parte integrante;",
    "di autorizzare il Dirigente del I Settore alla sottoscrizione della convenzione, con facoltà di apportare "
    "le modifiche non sostanziali che si rendessero necessarie;",
    "di stabilire che le spese per le utenze restano a carico del Comune, mentre la pulizia dei locali dopo "
    "l’utilizzo extrascolastico è a carico dell’Istituto;",
    "di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi "
    "dell’art. 134, comma 4, del D.Lgs. 267/2000, al fine di consentire l’avvio delle attività dal mese di "
    "gennaio 2026.",
]
for p in pts:
    pdf.cell(6)
    pdf.cell(6, 5, "•")
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.3)
pdf.ln(6)
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 9)
pdf.cell(85, 5, "Il Sindaco", align="C")
pdf.cell(85, 5, "Il Segretario Generale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
pdf.cell(85, 5, "Gianluca Di Francesco", align="C")
pdf.cell(85, 5, "dott.ssa Lucia Marinucci", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "I", 7.5)
pdf.cell(85, 4, "firmato digitalmente", align="C")
pdf.cell(85, 4, "firmato digitalmente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count)
