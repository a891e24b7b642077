# Determinazione of the Città di Vibo Valentia - fpdf2 with DejaVu Sans embedded.
# Area + Servizio heading, a three-row register grid (general, service, proposal),
# dash-bulleted operative points in capitals, signature naming the Servizio.
from fpdf import FPDF

OUT = "det-vibo-rimborso-imu.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Città di Vibo Valentia – Piazza Martiri d’Ungheria – 89900 Vibo Valentia (VV) – "
                        "protocollo@pec.comune.vibovalentia.vv.it", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Reg. Gen. n. 402/2026 – Pag. %d di {nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FD + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 22)
pdf.alias_nb_pages()
pdf.set_title("Determinazione Reg. Gen. 402/2026")
pdf.add_page()
T = dict(align="J", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("DejaVu", "B", 16)
pdf.cell(0, 8, "CITTÀ DI VIBO VALENTIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "Provincia di Vibo Valentia", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.cell(0, 5, "Servizio Tributi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
grid = [("Registro Generale", "N. 402", "del 20/02/2026"),
        ("Registro del Servizio", "N. 38", "del 19/02/2026"),
        ("Proposta", "N. 511", "del 18/02/2026")]
for i, (a, b, c) in enumerate(grid):
    pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
    pdf.cell(32)
    pdf.cell(50, 6, a, border=1)
    pdf.cell(30, 6, b, border=1, align="C")
    pdf.cell(40, 6, c, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(18, 5, "Oggetto:")
pdf.multi_cell(0, 5, "Rimborso IMU anni d’imposta 2021 e 2022 per versamenti non dovuti su area divenuta "
               "inedificabile. Contribuente cod. utente 118274. Impegno e liquidazione.", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9.2)
for p in [
    "Visto il decreto sindacale n. 7 del 31/01/2026, con il quale è stata attribuita alla sottoscritta la "
    "responsabilità del Servizio Tributi con incarico di Elevata Qualificazione;",
    "Vista l’istanza di rimborso presentata in data 04/11/2025, acquisita al prot. n. 52917, con la quale il "
    "contribuente identificato in oggetto (dati personali omessi ai sensi del Regolamento UE 2016/679) chiede la "
    "restituzione dell’IMU versata per gli anni 2021 e 2022 sul terreno censito al foglio 14, particella 611, "
    "reso inedificabile dalla variante al Piano Strutturale approvata con deliberazione del Consiglio Comunale "
    "n. 56 del 29/09/2020;",
    "Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme "
    "versate e non dovute deve essere richiesto entro il termine di cinque anni dal giorno del versamento;",
    "Dato atto che dall’istruttoria eseguita dall’ufficio risultano versamenti non dovuti per complessivi "
    "euro 1.846,00 (euro 923,00 per ciascuna annualità), oltre interessi al tasso legale per euro 71,38, come "
    "da prospetto di calcolo conservato agli atti;",
    "Visto il vigente Regolamento per la disciplina dell’Imposta Municipale Propria;",
    "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis "
    "del D.Lgs. 267/2000;",
]:
    pdf.multi_cell(0, 4.8, p, **T)
    pdf.ln(1.4)
pdf.ln(1)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.2)
pdf.ln(1)
for p in [
    "DI ACCOGLIERE l’istanza di rimborso in premessa e, per l’effetto, di riconoscere al contribuente la somma "
    "di euro 1.917,38, di cui euro 1.846,00 a titolo di imposta ed euro 71,38 a titolo di interessi;",
    "DI IMPEGNARE la spesa di euro 1.917,38 sul capitolo 1210 “Rimborsi di tributi comunali” del bilancio "
    "2026/2028, esercizio 2026;",
    "DI LIQUIDARE la predetta somma mediante bonifico sul conto corrente indicato nell’istanza;",
    "DI DARE ATTO che il presente provvedimento sarà trasmesso al Servizio Finanziario per il visto di "
    "regolarità contabile attestante la copertura finanziaria;",
    "DI PUBBLICARE il presente atto all’Albo Pretorio on line, in forma anonimizzata.",
]:
    pdf.cell(5, 4.8, "-")
    pdf.multi_cell(0, 4.8, p, **T)
    pdf.ln(1.4)
pdf.ln(4)
pdf.set_x(105)
pdf.set_font("DejaVu", "B", 9)
pdf.multi_cell(85, 4.8, "IL RESPONSABILE DEL SERVIZIO TRIBUTI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(85, 4.8, "dott.ssa Rosaria Cutrì", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("DejaVu", "I", 7.5)
pdf.multi_cell(85, 4, "Firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DejaVu", "B", 9)
pdf.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.8)
pdf.multi_cell(0, 4.6, "Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. "
               "267/2000. Impegno n. 298/2026 – Liquidazione n. 611/2026.", **T)
pdf.multi_cell(0, 4.6, "Vibo Valentia, 20/02/2026 – Il Dirigente dell’Area Economico-Finanziaria, dott. Saverio "
               "Bartucca", **T)
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count)
