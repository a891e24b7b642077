#!/usr/bin/env python3
"""Comune di Anticoli Corrado - determinazione dell'Area Amministrativa (house style "PA Digitale").

fpdf2 with embedded Liberation Sans: the letterhead on page 1, the subject followed by the
proposal's number, and a running head on the following pages that repeats number and subject;
foot with "Pagina X di Y".
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-amministrativa-anticolicorrado-padigitale.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
SUBJ = ("Concessione di contributo economico straordinario all'Associazione culturale “Anticoli Arte” per "
        "l'organizzazione della rassegna “Anticoli, paese degli artisti” – edizione 2028. Impegno e liquidazione.")
BLU = (29, 63, 110)


class Det(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest
            self.set_draw_color(*BLU); self.set_fill_color(223, 230, 239); self.set_line_width(0.5)
            cx = self.w / 2
            self.polygon([(cx - 4.5, 12), (cx + 4.5, 12), (cx + 4.5, 18), (cx, 23), (cx - 4.5, 18)], style="DF")
            self.set_fill_color(*BLU)
            self.polygon([(cx - 2.6, 19), (cx, 14), (cx + 2.6, 19)], style="F")
            self.set_y(24)
            self.set_font("LS", "B", 16); self.set_text_color(*BLU)
            self.cell(0, 7, "COMUNE DI ANTICOLI CORRADO", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.set_font("LS", "I", 10)
            self.cell(0, 5, "Città Metropolitana di Roma Capitale", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("LS", "", 7.5)
            self.cell(0, 4.5, "Piazza delle Ville, 1 – 00022 Anticoli Corrado (RM) – C.F. 86001430589 – PEC: protocollo@pec.comune.anticolicorrado.rm.it",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.55)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)
        else:
            self.set_y(10)
            self.set_font("LS", "I", 7.5); self.set_text_color(60)
            self.multi_cell(0, 3.6, "Comune di Anticoli Corrado – Determinazione n. 183 del 21/06/2028 – Oggetto: " + SUBJ,
                            align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.set_draw_color(*BLU); self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8); self.set_text_color(60)
        self.cell(0, 5, "Determinazione Area Amministrativa – Reg. Gen. n. 183 del 21/06/2028 – Pagina %d di {nb}" % self.page_no(), align="C")
        self.set_text_color(0)


pdf = Det(format="A4")
pdf.set_margins(20, 14, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.add_font("LS", "BI", FD + "LiberationSans-BoldItalic.ttf")
pdf.set_title("Determinazione n. 183 del 21/06/2028")
pdf.set_author("Comune di Anticoli Corrado")
pdf.set_creator("PA Digitale - Atti Amministrativi")
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin
# band
y = pdf.get_y()
pdf.set_fill_color(223, 230, 239); pdf.set_draw_color(*BLU); pdf.set_line_width(0.35)
pdf.rect(pdf.l_margin, y, W - 62, 16, style="F")
pdf.set_xy(pdf.l_margin + 2, y + 1.5)
pdf.set_font("LS", "B", 11)
pdf.cell(W - 66, 5.5, "DETERMINAZIONE DEL RESPONSABILE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 2)
pdf.set_font("LS", "B", 10)
pdf.cell(W - 66, 4.5, "AREA AMMINISTRATIVA", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 2)
pdf.set_font("LS", "", 9)
pdf.cell(W - 66, 4.2, "Servizio Affari Generali, Cultura e Turismo")
pdf.rect(pdf.l_margin + W - 60, y, 60, 16)
pdf.set_xy(pdf.l_margin + W - 60, y + 2)
pdf.set_font("LS", "B", 10)
pdf.cell(60, 5.5, "Reg. Gen. N. 183 del 21/06/2028", align="C")
pdf.set_xy(pdf.l_margin + W - 60, y + 8.5)
pdf.set_font("LS", "", 8.5)
pdf.cell(60, 4.5, "Reg. Servizio N. 41 del 20/06/2028", align="C")
pdf.set_y(y + 21)

# subject, then the proposal
pdf.set_font("LS", "B", 10.5)
pdf.cell(22, 5.4, "OGGETTO:")
pdf.multi_cell(W - 22, 5.4, SUBJ, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 22)
pdf.set_font("LS", "", 9)
pdf.cell(W - 22, 5, "Proposta n. 71 del 19/06/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_draw_color(120); pdf.set_line_width(0.2)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.ln(4)

pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def para(lead, text):
    pdf.set_font("LS", "", 10.5)
    pdf.multi_cell(0, 5.6, "**%s** %s" % (lead, text) if lead else text, align="J", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


para("Visto", "il decreto sindacale n. 3 del 02/01/2028, con il quale la sottoscritta è stata nominata Responsabile dell'Area Amministrativa, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")
para("Premesso", "che l'Associazione culturale “Anticoli Arte”, con sede in Anticoli Corrado, Via Borgo Santa Vittoria n. 12, C.F. 94033110581, organizza da oltre un decennio la rassegna “Anticoli, paese degli artisti”, dedicata alla memoria dei pittori e degli scultori che dalla fine dell'Ottocento scelsero il paese e i suoi modelli come luogo di lavoro;")
para("Vista", "l'istanza prot. n. 2950 del 22/05/2028, con la quale l'Associazione chiede un contributo straordinario per l'edizione 2028 della rassegna, in programma dal 18 luglio al 2 agosto 2028, corredata dal programma delle iniziative e dal piano finanziario preventivo;")
para("Richiamata", "la deliberazione della Giunta Comunale n. 35 del 26/05/2028, con la quale sono stati formulati indirizzi per la concessione all'Associazione di un contributo straordinario fino ad un massimo di € 4.000,00, ritenendo l'iniziativa di rilevante interesse per la promozione culturale e turistica del territorio;")
para("Richiamato", "il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 30/06/2015, ed in particolare gli articoli 6 e 9, che disciplinano i contributi straordinari e le modalità di liquidazione anticipata;")
para("Esaminato", "il piano finanziario preventivo della manifestazione, di seguito riassunto:")

# table: piano finanziario
pdf.set_font("LS", "B", 9)
pdf.set_fill_color(238, 238, 238); pdf.set_draw_color(90)
cols = [(100, "Voce"), (30, "Entrate (€)"), (30, "Uscite (€)")]
x0 = pdf.l_margin + 6
pdf.set_x(x0)
for w, h in cols:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("LS", "", 9)
rows = [("Allestimento mostre e trasporto opere", "", "3.200,00"), ("Ospitalità artisti e relatori", "", "1.450,00"),
        ("Stampa materiale promozionale", "", "980,00"), ("Service audio e luci serate in piazza", "", "1.370,00"),
        ("Quote di partecipazione ai laboratori", "1.150,00", ""), ("Contributi di sponsor privati", "1.850,00", ""),
        ("Contributo richiesto al Comune", "4.000,00", ""), ("Totale", "7.000,00", "7.000,00")]
for r in rows:
    pdf.set_x(x0)
    if r[0] == "Totale":
        pdf.set_font("LS", "B", 9)
    pdf.cell(100, 5.5, r[0], border=1)
    pdf.cell(30, 5.5, r[1], border=1, align="R")
    pdf.cell(30, 5.5, r[2], border=1, align="R")
    pdf.ln()
pdf.ln(3)

para("Ritenuto", "di concedere il contributo nella misura di € 3.500,00, in considerazione delle risorse disponibili sul pertinente capitolo di bilancio e delle entrate da sponsor indicate nel piano finanziario;")
para("Accertato", "che l'Associazione non persegue finalità di lucro e che il contributo non è soggetto alla ritenuta del 4% di cui all'art. 28, comma 2, del D.P.R. n. 600/1973, come da dichiarazione resa dal legale rappresentante;")
para("Dato atto", "che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui agli articoli 26 e 27 del D.Lgs. n. 33/2013 e che la sottoscritta non si trova in situazione di conflitto di interessi, anche potenziale;")
para("Visti", "il D.Lgs. n. 267/2000, il D.Lgs. n. 118/2011 e il vigente Regolamento comunale di contabilità;")

pdf.ln(1)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
points = [
    "di concedere all'Associazione culturale “Anticoli Arte” un contributo economico straordinario di € 3.500,00 per l'organizzazione della rassegna “Anticoli, paese degli artisti” – edizione 2028;",
    "di impegnare la somma di € 3.500,00 al capitolo 5320 “Contributi ad associazioni per attività culturali”, missione 05, programma 02, del bilancio di previsione 2028/2030, esercizio 2028;",
    "di liquidare a titolo di anticipo il 50% del contributo, pari a € 1.750,00, mediante bonifico sul conto corrente dedicato indicato nell'istanza;",
    "di stabilire che il saldo sarà liquidato a presentazione del rendiconto delle spese sostenute, da presentarsi entro il 30/09/2028;",
    "di dare atto che l'Associazione dovrà riportare lo stemma del Comune e la dicitura “con il contributo del Comune di Anticoli Corrado” sul materiale promozionale;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione trasparente – Sovvenzioni, contributi, sussidi, vantaggi economici.",
]
pdf.set_font("LS", "", 10.5)
for i, s in enumerate(points, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.6, "%d)" % i)
    pdf.multi_cell(0, 5.6, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

pdf.ln(6)
pdf.set_font("LS", "", 10)
y = pdf.get_y()
pdf.cell(80, 5, "Anticoli Corrado, 20/06/2028")
pdf.set_xy(pdf.l_margin + 85, y)
pdf.cell(W - 85, 5, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 85)
pdf.cell(W - 85, 5, "rag. Simonetta Ferri", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

y = pdf.get_y()
pdf.set_font("LS", "B", 9.5)
pdf.multi_cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="LTR", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(0, 5, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000: impegno n. 437/2028 di € 3.500,00 sul capitolo 5320 del bilancio 2028/2030, esercizio 2028. Anticoli Corrado, 21/06/2028 – Il Responsabile dell'Area Finanziaria, dott. Giorgio Lupi",
               border="LRB", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("LS", "B", 9.5)
pdf.multi_cell(0, 5, "ATTESTAZIONE DI PUBBLICAZIONE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(0, 5, "La presente determinazione è pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 22/06/2028 (Reg. Pubbl. n. 431). Il Responsabile della pubblicazione – rag. Simonetta Ferri",
               border="LRB", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "I", 7.5)
pdf.cell(0, 4, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate", align="C")
pdf.output(OUT)
