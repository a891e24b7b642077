# Comune di Floresta - avviso n. 7/2026 (fpdf2, TTF embedded as CID/Identity-H): running head on page 2,
# "Pag. x di y" foot, date in words in the closing line.
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 8); self.cell(0, 5, "Comune di Floresta – Avviso n. 7/2026 – Area Tecnica", align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 8); self.cell(0, 8, f"Pag. {self.page_no()} di {{nb}}", align="C")
pdf = P(format="A4"); pdf.set_margins(22, 18, 22)
d = "/usr/share/fonts/truetype/liberation/"
pdf.add_font("LS", "", d + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", d + "LiberationSans-Bold.ttf"); pdf.add_font("LS", "I", d + "LiberationSans-Italic.ttf")
pdf.set_producer("Halley PDF 5.2 (fpdf2)"); pdf.set_title("Avviso n. 7/2026")
pdf.add_page()
pdf.set_font("LS", "B", 17); pdf.cell(0, 9, "COMUNE DI FLORESTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10); pdf.cell(0, 5, "Città Metropolitana di Messina", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Area Tecnica – Servizio Patrimonio e Gestione del Territorio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2); pdf.ln(8)
pdf.set_font("LS", "B", 12); pdf.cell(0, 7, "AVVISO N. 7/2026", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.multi_cell(0, 6.5, "MANIFESTAZIONE DI INTERESSE PER L’ASSEGNAZIONE IN CONCESSIONE DEI LOTTI DI PASCOLO DEMANIALI DI CONTRADA POLVERELLO E MONTE SORO PER LA STAGIONE DI MONTICAZIONE 2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
def P_(t, b=False, al="J"):
    pdf.set_font("LS", "B" if b else "", 10.5); pdf.multi_cell(0, 5.6, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
P_("IL RESPONSABILE DELL’AREA TECNICA", True, "C")
P_("Visto il Regolamento comunale per l’uso dei beni di demanio civico e dei pascoli, approvato con deliberazione del Consiglio comunale n. 18 del 29 luglio 2019;")
P_("Vista la deliberazione della Giunta comunale n. 27 del 30 aprile 2026, con la quale è stato approvato il piano di pascolamento per l’anno 2026;")
P_("RENDE NOTO", True, "C")
P_("che gli allevatori, singoli o associati, in possesso di codice aziendale zootecnico e in regola con i controlli sanitari, possono presentare manifestazione di interesse per la concessione dei seguenti lotti di pascolo:")
pdf.set_font("LS", "", 10)
rows = [("Lotto", "Località", "Superficie (ha)", "Carico max (UBA)", "Canone (€)"), ("1", "Contrada Polverello", "48,20", "32", "1.446,00"), ("2", "Monte Soro – versante nord", "61,75", "40", "1.852,50"), ("3", "Monte Soro – Piano Grande", "37,10", "25", "1.113,00"), ("4", "Contrada Favoscuro", "29,40", "19", "882,00")]
with pdf.table(col_widths=(12, 52, 30, 32, 26), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
    for r in rows:
        rr = t.row()
        for v in r: rr.cell(v)
pdf.ln(4)
for t in ["La concessione ha durata dal 1° giugno al 31 ottobre 2026. Ciascun richiedente può concorrere per non più di due lotti. In caso di più domande per il medesimo lotto si procede in base ai criteri di priorità previsti dall’art. 9 del Regolamento (residenza nel Comune, giovani imprenditori agricoli, minore distanza del centro aziendale).",
          "Le domande, redatte sul modello disponibile presso l’Ufficio Tecnico e sul sito istituzionale, devono pervenire al protocollo generale dell’Ente entro le ore 13:00 del giorno 29 maggio 2026, a mano o a mezzo PEC all’indirizzo protocollo@pec.comune.floresta.me.it.",
          "Il canone deve essere versato in unica soluzione prima dell’immissione del bestiame. Sono a carico del concessionario la custodia degli animali, la manutenzione ordinaria degli abbeveratoi e delle recinzioni e il rispetto delle prescrizioni dell’Ente Parco dei Nebrodi.",
          "Responsabile del procedimento è il geom. Carmelo Pizzuto (tel. 0941 662080). Il presente avviso è pubblicato all’Albo Pretorio on line per quindici giorni consecutivi.",
          "Dato in Floresta, dalla Residenza Municipale, addì quattordici del mese di maggio duemilaventisei."]:
    P_(t)
pdf.ln(6); pdf.set_font("LS", "", 10.5)
pdf.cell(0, 5.5, "Il Responsabile dell’Area Tecnica", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "I", 10.5); pdf.cell(0, 5.5, "f.to ing. Salvatore Natoli", align="R")
pdf.output(sys.argv[1])
