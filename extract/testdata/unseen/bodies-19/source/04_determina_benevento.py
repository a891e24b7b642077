# Provincia di Benevento – determinazione dirigenziale, imitating a Siscom print. fpdf2, Liberation Serif/Sans.
import sys
from fpdf import FPDF

out = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation2/"


class P(FPDF):
    def header(self):
        self.set_font("LSans", "B", 15)
        self.set_text_color(120, 20, 20)
        self.cell(0, 7, "PROVINCIA DI BENEVENTO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("LSans", "", 8)
        self.cell(0, 4, "Rocca dei Rettori – Piazza Castello – 82100 Benevento – C.F. 92002770623", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 20, 20)
        self.set_line_width(0.6)
        self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("LSans", "", 7.5)
        self.cell(0, 4, "Determinazione dirigenziale – Registro Generale n. 412 del 25/03/2026", align="L")
        self.set_x(20)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LSerif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("LSerif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("LSerif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.add_font("LSans", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LSans", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_title("Determinazione dirigenziale n. 412 del 25/03/2026")
pdf.set_author("Provincia di Benevento - Settore Tecnico")
pdf.set_creator("Siscom - Atti Amministrativi")
pdf.alias_nb_pages()
pdf.add_page()
W = 170

# heading box
pdf.set_font("LSans", "B", 12)
pdf.cell(W, 7, "SETTORE TECNICO", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSans", "", 10)
pdf.cell(W, 6, "Servizio Viabilità e Manutenzione Strade Provinciali", border="LBR", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LSerif", "B", 14)
pdf.cell(W, 7, "DETERMINAZIONE DIRIGENZIALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LSans", "", 9.5)
for lab, n, dt in (("Registro del Settore", "N. 97", "del 20/03/2026"),
                   ("Registro Generale", "N. 412", "del 25/03/2026")):
    pdf.set_x(45)
    pdf.set_font("LSans", "", 9.5)
    pdf.cell(55, 6.5, lab, border=1)
    pdf.set_font("LSans", "B", 10)
    pdf.cell(25, 6.5, n, border=1, align="C")
    pdf.cell(40, 6.5, dt, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

subject = ("S.P. 41 “Fortorina” – Lavori urgenti di ripristino del piano viabile e della segnaletica "
           "orizzontale dal km 4+200 al km 9+850 – Determina a contrarre e affidamento diretto ai sensi "
           "dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 – CUP J87H26000180003 – CIG B7A2C91F04.")
y0 = pdf.get_y()
pdf.set_font("LSerif", "B", 11)
pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(W - 22, 5.6, subject, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
pdf.ln(6)

pdf.set_font("LSerif", "B", 11.5)
pdf.cell(W, 6, "IL DIRIGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def para(t, b=None, after=1.6):
    pdf.set_font("LSerif", "", 11)
    if b:
        pdf.multi_cell(W, 5.4, "**%s** %s" % (b, t), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(W, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


para("il Decreto del Presidente della Provincia n. 18 del 30/06/2025, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore Tecnico;", "VISTO")
para("che la S.P. 41 “Fortorina”, nel tratto compreso tra il km 4+200 e il km 9+850, presenta un avanzato stato di ammaloramento del piano viabile, con buche, fessurazioni diffuse e cedimenti localizzati, aggravati dagli eventi meteorici del mese di febbraio 2026, tali da costituire pericolo per la circolazione;", "PREMESSO")
para("che con ordinanza dirigenziale n. 22 del 02/03/2026 è stato istituito, nel tratto interessato, il limite di velocità di 30 km/h e il divieto di transito per i veicoli di massa superiore a 7,5 tonnellate;", "DATO ATTO")
para("la perizia dei lavori redatta dal Servizio Viabilità e Manutenzione Strade Provinciali in data 12/03/2026, dell'importo complessivo di € 145.000,00, di cui € 118.940,00 per lavori (compresi € 3.460,00 per oneri della sicurezza non soggetti a ribasso) ed € 26.060,00 per somme a disposizione dell'Amministrazione;", "VISTA")
para("l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a 150.000,00 euro, anche senza consultazione di più operatori economici, purché in possesso di documentate esperienze pregresse idonee all'esecuzione delle prestazioni contrattuali;", "VISTO")
para("che, a seguito di richiesta di offerta sulla piattaforma di approvvigionamento digitale certificata, l'operatore economico Edil Strade Sannio S.r.l., con sede in San Bartolomeo in Galdo (BN), P.IVA 01587420625, ha offerto un ribasso del 6,15% sull'importo dei lavori soggetto a ribasso, per un importo contrattuale di € 111.837,98 oltre IVA;", "CONSIDERATO")
para("la regolarità contributiva dell'operatore (DURC prot. INAIL_52218904, scadenza 14/07/2026) e l'esito favorevole delle verifiche sul possesso dei requisiti di ordine generale;", "ACCERTATA")
para("l'assenza di situazioni di conflitto di interesse in capo al sottoscritto e al Responsabile Unico del Progetto, Geom. Nicola Pepe, ai sensi dell'art. 16 del D.Lgs. n. 36/2023;", "ATTESTATA")
para("il D.Lgs. n. 267/2000 e, in particolare, gli artt. 107, 151, comma 4, 183 e 192; lo Statuto provinciale; il vigente Regolamento di contabilità;", "VISTI")

pdf.ln(1)
pdf.set_font("LSerif", "B", 11.5)
pdf.cell(W, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pts = [
    "di approvare la perizia dei lavori urgenti di ripristino del piano viabile e della segnaletica orizzontale della S.P. 41 “Fortorina”, dal km 4+200 al km 9+850, dell'importo complessivo di € 145.000,00;",
    "di affidare i lavori, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, all'operatore economico Edil Strade Sannio S.r.l., P.IVA 01587420625, per l'importo di € 111.837,98 oltre IVA al 22%, per complessivi € 136.442,34;",
    "di impegnare la spesa di € 136.442,34 sul capitolo 10520 “Manutenzione straordinaria strade provinciali” del bilancio 2026/2028, esercizio 2026, missione 10, programma 05;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023, e che i lavori dovranno essere ultimati entro 45 giorni naturali e consecutivi dalla consegna;",
    "di nominare Responsabile Unico del Progetto il Geom. Nicola Pepe, in servizio presso il Servizio Viabilità e Manutenzione Strade Provinciali;",
    "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione “Amministrazione Trasparente – Bandi di gara e contratti” del sito istituzionale.",
]
pdf.set_font("LSerif", "", 11)
for i, t in enumerate(pts, 1):
    pdf.set_x(20)
    pdf.cell(8, 5.4, "%d." % i)
    pdf.multi_cell(W - 8, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

pdf.ln(4)
pdf.set_x(110)
pdf.set_font("LSerif", "", 11)
pdf.multi_cell(80, 5.4, "IL DIRIGENTE DEL SETTORE TECNICO\nIng. Carmine Iannace\n(firmato digitalmente)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

if pdf.get_y() > 215:
    pdf.add_page()
pdf.set_font("LSans", "B", 9.5)
pdf.cell(W, 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="LTR", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSans", "", 9)
pdf.multi_cell(W, 4.6, "(art. 151, comma 4, e art. 183, comma 7, del D.Lgs. n. 267/2000)\n"
               "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.\n"
               "Impegno n. 1123/2026 – Capitolo 10520 – Importo € 136.442,34.\n"
               "Benevento, 25/03/2026          Il Dirigente del Settore Finanza e Controllo – Dott.ssa Rosaria Zollo",
               border="LBR", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LSans", "B", 9.5)
pdf.cell(W, 6, "PUBBLICAZIONE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSans", "", 9)
pdf.multi_cell(W, 4.6, "La presente determinazione è pubblicata all'Albo Pretorio on line della Provincia per quindici giorni "
               "consecutivi, dal 26/03/2026 al 10/04/2026 (registro delle pubblicazioni n. 731).\n"
               "Il Responsabile della pubblicazione – Sig. Antonio Mastrocinque",
               border="LBR", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
