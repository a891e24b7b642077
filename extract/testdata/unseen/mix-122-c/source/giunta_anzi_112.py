#!/usr/bin/env python3
"""Comune di Anzi - Giunta n. 112 del 07/10/2027 (Halley house style), fpdf2 with Liberation Sans.
Running head with the number from page 2. Usage: giunta_anzi_112.py OUT.pdf"""
import sys
from fpdf import FPDF

out = sys.argv[1]
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FONTB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"


class Delibera(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "I", 8)
        self.cell(0, 5, "Comune di Anzi - Delibera di Giunta Comunale n. 112 del 07/10/2027", border="B",
                  new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.cell(0, 5, f"Pag. {self.page_no()} di {{nb}}", align="R")


pdf = Delibera(format="A4", unit="mm")
pdf.add_font("LS", "", FONT)
pdf.add_font("LS", "B", FONTB)
pdf.add_font("LS", "I", FONTI)
pdf.set_margins(20, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Delibera G.C. n. 112 del 07/10/2027")
pdf.set_author("Comune di Anzi")
pdf.set_creator("Halley Informatica - Gestione Atti")
import fpdf
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.alias_nb_pages()
pdf.add_page()

# letterhead: small crest, name centred
pdf.set_line_width(0.5)
x, y = 22, 14
pdf.polygon([(x, y), (x + 13, y), (x + 13, y + 10), (x + 6.5, y + 16), (x, y + 10)], style="D")
pdf.set_fill_color(30, 70, 140)
pdf.rect(x + 3, y + 3, 7, 4, style="F")
pdf.set_font("LS", "B", 17)
pdf.set_y(15)
pdf.cell(0, 8, "COMUNE DI ANZI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(0, 5, "PROVINCIA DI POTENZA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 9)
pdf.set_xy(172, 15)
pdf.cell(20, 6, "COPIA", border=1, align="C")
pdf.set_y(34)

# box: title, number, date
pdf.set_line_width(0.3)
pdf.set_font("LS", "B", 12)
pdf.cell(0, 8, "DELIBERAZIONE DELLA GIUNTA COMUNALE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 11)
pdf.cell(86, 8, "N. 112", border="LB", align="C")
pdf.cell(0, 8, "del 07/10/2027", border="RB", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
pdf.cell(0, 6, "Proposta n. 131 del 04/10/2027 - Ufficio proponente: AREA AMMINISTRATIVA", align="L",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("LS", "B", 10)
pdf.cell(20, 5.5, "Oggetto:")
pdf.set_font("LS", "B", 10)
pdf.multi_cell(0, 5.5, "ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO REGIONALE \"CAMMINI E PERCORSI DI "
               "BASILICATA 2028\" - VALORIZZAZIONE DEL SENTIERO DEL MONTE SANTA MARIA.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def J(text, h=5.2, style="", size=10.5):
    pdf.set_font("LS", style, size)
    pdf.multi_cell(0, h, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


J("L'anno duemilaventisette il giorno sette del mese di ottobre alle ore 12:00 nella sala delle adunanze "
  "del Comune, convocata nei modi e nei termini di legge, si è riunita la Giunta Comunale con la presenza dei signori:")

pdf.set_font("LS", "B", 9.5)
w = [70, 50, 25, 25]
pdf.set_x(21)
for t, ww in zip(("Cognome e Nome", "Qualifica", "Presenti", "Assenti"), w):
    pdf.cell(ww, 6, t, border=1, align="C")
pdf.ln()
pdf.set_font("LS", "", 9.5)
for name, q, p in (("SANTORO VITO", "SINDACO", True), ("LAURINO ANGELA", "VICESINDACO", True),
                   ("PACE DONATO", "ASSESSORE", False)):
    pdf.set_x(21)
    pdf.cell(w[0], 6, name, border=1)
    pdf.cell(w[1], 6, q, border=1)
    pdf.cell(w[2], 6, "X" if p else "", border=1, align="C")
    pdf.cell(w[3], 6, "" if p else "X", border=1, align="C")
    pdf.ln()
pdf.set_x(21)
pdf.set_font("LS", "B", 9.5)
pdf.cell(w[0] + w[1], 6, "Totale", border=1, align="R")
pdf.cell(w[2], 6, "2", border=1, align="C")
pdf.cell(w[3], 6, "1", border=1, align="C")
pdf.ln(9)

J("Partecipa il Segretario Comunale Dott. Rocco Carlucci il quale provvede alla redazione del presente verbale. "
  "Essendo legale il numero degli intervenuti, il Sig. Vito Santoro nella sua qualità di Sindaco assume la "
  "presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")

pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
J("Vista la proposta di deliberazione n. 131 del 04/10/2027 predisposta dall'Area Amministrativa, che di seguito "
  "si riporta;")
J("Premesso che la Regione Basilicata, con deliberazione della Giunta regionale n. 902 del 18/09/2027, ha approvato "
  "l'avviso pubblico \"Cammini e percorsi di Basilicata 2028\", finalizzato al finanziamento di interventi di "
  "recupero, messa in sicurezza e segnaletica della rete escursionistica regionale, con scadenza delle domande "
  "fissata al 15/11/2027;")
J("Considerato che il sentiero che dal centro abitato conduce al santuario del Monte Santa Maria e al "
  "Planetario-Osservatorio astronomico costituisce un attrattore di rilievo per il turismo escursionistico e "
  "scientifico del territorio;")
J("Ritenuto di fornire al Responsabile dell'Area Tecnica gli indirizzi per la predisposizione della candidatura;")
J("Visti il D.Lgs. n. 267/2000 e lo Statuto comunale;")
J("Acquisito il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. n. 267/2000, "
  "dando atto che non è necessario il parere di regolarità contabile;")
J("Alle ore 12:15, prima della votazione, entra l'Assessore PACE Donato. I presenti sono n. 3.", style="I")
J("Con voti unanimi favorevoli, resi nei modi di legge,")
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")

pts = ["di esprimere indirizzo favorevole alla partecipazione del Comune all'avviso regionale \"Cammini e "
       "percorsi di Basilicata 2028\" con un progetto di recupero e valorizzazione del sentiero del Monte Santa Maria;",
       "di demandare al Responsabile dell'Area Tecnica, ing. Nicola Postiglione, la predisposizione degli atti "
       "necessari alla presentazione della domanda entro il termine fissato dall'avviso;",
       "di dare atto che il presente provvedimento non comporta impegno di spesa."]
pdf.set_font("LS", "", 10.5)
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5.2, f"{i})")
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(1)
J("Successivamente, stante la scadenza fissata dall'avviso, con separata votazione unanime, la presente "
  "deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")

pdf.ln(2)
pdf.set_font("LS", "B", 9.5)
pdf.cell(0, 6, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", border="B", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(0, 5, "Regolarità tecnica: FAVOREVOLE. Data 05/10/2027. Il Responsabile dell'Area Tecnica "
               "F.to ing. Nicola Postiglione", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("LS", "", 10.5)
pdf.cell(0, 6, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 10)
pdf.cell(86, 5.5, "IL PRESIDENTE", align="C")
pdf.cell(0, 5.5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(86, 5.5, "F.to Vito Santoro", align="C")
pdf.cell(0, 5.5, "F.to Dott. Rocco Carlucci", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("LS", "B", 10)
pdf.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(0, 5, "N. 701 Reg. Pubbl. Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo "
               "Pretorio on line per quindici giorni consecutivi, dal 09/10/2027 al 24/10/2027. "
               "Anzi, 09/10/2027", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "IL SEGRETARIO COMUNALE F.to Dott. Rocco Carlucci", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
