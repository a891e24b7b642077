# Giunta Comunale di Sarzana (SP) - fpdf2 with core Helvetica (latin-1 only).
# Imitates a Halley-like printout: number and date on one line (dd-mm-yyyy), P/A letters,
# a majority vote with one abstention, lettered operative points, no immediate executivity.
from fpdf import FPDF

OUT = "gc-sarzana-contributi-asd.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "COPIA", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 16)
        self.cell(0, 8, "COMUNE DI SARZANA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 10)
        self.cell(0, 5, "Provincia della Spezia", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, "DELIBERA DI GIUNTA n. 112 del 03-12-2025  -  COMUNE DI SARZANA  -  Pag. %d" % self.page_no(),
                  align="C")


pdf = Doc(format="A4")
pdf.set_margins(18, 12, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.set_title("Delibera G.C. 112/2025")
pdf.add_page()

pdf.set_font("Helvetica", "B", 11.5)
pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 03-12-2025", border="TB", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(0, 5.5, "CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA "
               "STAGIONE SPORTIVA 2025/2026. APPROVAZIONE DEL PIANO DI RIPARTO.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5.2, "L'anno duemilaventicinque il giorno tre del mese di dicembre alle ore 12:15, nella Residenza "
               "Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
members = [("BERTONE LUCA", "SINDACO", "P"), ("CASELLI GIADA", "VICE SINDACO", "P"),
           ("MORACCHIOLI ENRICO", "ASSESSORE", "P"), ("TEDESCHI SILVIA", "ASSESSORE", "A"),
           ("BAUDONE FILIPPO", "ASSESSORE", "P"), ("GIANNARELLI PAOLA", "ASSESSORE", "P")]
for name, role, pa in members:
    pdf.cell(15)
    pdf.cell(70, 5.2, name)
    pdf.cell(50, 5.2, role)
    pdf.cell(10, 5.2, pa, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(0, 5.2, "ne risultano presenti n.   5 e assenti n.   1.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 5.2, "Assume la presidenza il Dott. Luca Bertone in qualità di SINDACO assistito dal SEGRETARIO "
               "GENERALE Dott. Roberto Marchini.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(0, 5.2, "Il Presidente, accertato il numero legale per la validità dell'adunanza, invita i presenti a "
               "deliberare in merito all'oggetto sopra indicato.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10)
paras = [
    "PREMESSO che il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi "
    "economici, approvato con deliberazione del Consiglio Comunale n. 41 del 28/07/2022, disciplina all'art. 6 "
    "i contributi ordinari a sostegno dell'attività continuativa delle associazioni sportive iscritte all'Albo "
    "comunale delle associazioni;",
    "DATO ATTO che entro il termine del 15 ottobre 2025, fissato dall'avviso pubblicato dal Servizio Sport e "
    "Tempo Libero, sono pervenute n. 7 istanze, tutte ritenute ammissibili a seguito dell'istruttoria condotta "
    "dall'ufficio;",
    "CONSIDERATO che nel bilancio di previsione 2025/2027, annualità 2025, al capitolo 6520 \"Contributi ad "
    "associazioni sportive\" risulta disponibile la somma complessiva di euro 18.500,00;",
    "RITENUTO di ripartire la predetta somma applicando i criteri di cui all'art. 7 del Regolamento (numero di "
    "tesserati under 18, attività agonistica svolta, utilizzo di impianti non comunali), come risulta dal "
    "seguente prospetto:",
]
for p in paras:
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

rows = [("A.S.D. Pallavolo Val di Magra", "3.400,00"), ("Polisportiva Marinella A.S.D.", "2.950,00"),
        ("A.S.D. Atletica Sarzanese", "3.100,00"), ("Circolo Scherma Lunigiana A.S.D.", "1.800,00"),
        ("A.S.D. Basket Fortezza Firmafede", "3.250,00"), ("Nuoto Club Sarzana A.S.D.", "2.600,00"),
        ("A.S.D. Ciclistica Colli di Luni", "1.400,00")]
pdf.set_font("Helvetica", "B", 9)
pdf.cell(25)
pdf.cell(95, 5.5, "Associazione", border=1)
pdf.cell(35, 5.5, "Contributo (euro)", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
for a, v in rows:
    pdf.cell(25)
    pdf.cell(95, 5, a, border=1)
    pdf.cell(35, 5, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 9)
pdf.cell(25)
pdf.cell(95, 5.5, "TOTALE", border=1)
pdf.cell(35, 5.5, "18.500,00", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 10)
for p in [
    "VISTI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 18/08/2000 n. 267 dal "
    "Dirigente del Settore Servizi alla Persona in ordine alla regolarità tecnica e dal Dirigente del Settore "
    "Finanziario in ordine alla regolarità contabile;",
    "VISTO lo Statuto comunale;",
    "Con voti favorevoli n. 4 e astenuti n. 1 (Assessore Baudone), resi in forma palese,",
]:
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10)
pts = [
    ("a)", "di approvare il piano di riparto dei contributi ordinari alle associazioni sportive dilettantistiche "
           "per la stagione sportiva 2025/2026, come riportato nel prospetto contenuto in premessa, per "
           "l'importo complessivo di euro 18.500,00;"),
    ("b)", "di dare atto che la spesa trova copertura al capitolo 6520 del bilancio di previsione 2025/2027, "
           "annualità 2025;"),
    ("c)", "di demandare al Dirigente del Settore Servizi alla Persona l'adozione degli atti di impegno e di "
           "liquidazione, quest'ultima subordinata alla presentazione del rendiconto dell'attività svolta;"),
    ("d)", "di disporre la pubblicazione dei dati relativi ai contributi concessi nella sezione "
           "\"Amministrazione Trasparente\" del sito istituzionale, ai sensi degli artt. 26 e 27 del D.Lgs. "
           "33/2013."),
]
for lab, t in pts:
    pdf.cell(10, 5.2, lab)
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(6)
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(0, 5, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(87, 5, "IL SINDACO", align="C")
pdf.cell(87, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(87, 5, "F.to Dott. Luca Bertone", align="C")
pdf.cell(87, 5, "F.to Dott. Roberto Marchini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(0, 5, "ESECUTIVITA'", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(0, 5, "La presente deliberazione, non dichiarata immediatamente eseguibile, diverrà esecutiva decorsi "
               "dieci giorni dalla data di inizio della pubblicazione all'Albo Pretorio, ai sensi dell'art. 134, "
               "comma 3, del D.Lgs. 18/08/2000 n. 267.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 5, "Pubblicata all'Albo Pretorio on line dal 09-12-2025 al 24-12-2025, n. 2547 di registro.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(87, 5, "")
pdf.cell(87, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(87, 5, "")
pdf.cell(87, 5, "F.to Dott. Roberto Marchini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT)
