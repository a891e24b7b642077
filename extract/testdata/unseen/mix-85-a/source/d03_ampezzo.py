# Giunta comunale di Ampezzo (UD): fpdf2, running head and foot repeated on both pages; president is the Vicesindaco
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/LiberationSans"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 9); self.cell(0, 5, "COMUNE DI AMPEZZO – Regione Autonoma Friuli Venezia Giulia", align="L")
        self.cell(0, 5, "Delibera Giunta n. 21 del 24/03/2026", align="R", new_x="LMARGIN", new_y="NEXT"); self.line(15, 21, 195, 21); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.cell(0, 5, f"Comune di Ampezzo – Piazza Zona Libera 1944 n. 1 – pag. {self.page_no()}/{{nb}}", align="C")
p = P(); p.set_margins(15, 15, 15); p.add_font("LS", "", F + "-Regular.ttf"); p.add_font("LS", "B", F + "-Bold.ttf")
p.set_creator("Insiel - Atti Amministrativi"); p.alias_nb_pages(); p.add_page()
p.set_font("LS", "B", 16); p.cell(0, 9, "COMUNE DI AMPEZZO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 6, "Regione Autonoma Friuli Venezia Giulia", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "B", 12); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 6, "Reg. delib. n. 21 – Seduta del 24/03/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10); p.multi_cell(0, 5.5, "OGGETTO: Concessione di contributi alle associazioni culturali e sportive per l'anno 2026.", border=1); p.ln(3)
p.set_font("LS", "", 10)
def t(s): p.multi_cell(0, 5.3, s, align="J"); p.ln(1.5)
t("L'anno duemilaventisei, il giorno ventiquattro del mese di marzo alle ore 17:00, nella sala della Giunta, si è riunita la Giunta comunale.")
for n, r, pa in [("Cleva Adriano", "Sindaco", "Assente"), ("Candotti Mara", "Vicesindaco", "Presente"), ("Spangaro Enrico", "Assessore", "Presente"), ("De Prato Lucia", "Assessore", "Presente")]:
    p.cell(70, 6, n, border="B"); p.cell(60, 6, r, border="B"); p.cell(0, 6, pa, border="B", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
t("Assiste il Segretario comunale dott. Loris Candoni. Constatato il numero legale degli intervenuti, assume la presidenza la sig.ra Mara Candotti nella sua qualità di Vicesindaco, in assenza del Sindaco.")
p.set_font("LS", "B", 10); p.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for i in range(5):
    t("Premesso che l'Amministrazione comunale intende sostenere l'attività delle associazioni che operano sul territorio nei settori della cultura, dello sport e della promozione turistica della Val Tagliamento; visto il vigente Regolamento comunale per la concessione di contributi e vantaggi economici; esaminate le domande pervenute entro il termine del 28 febbraio 2026;" if i == 0 else
      "Viste le istanze presentate dalle associazioni e ritenuto di ripartire la somma disponibile secondo i criteri stabiliti dall'art. 6 del Regolamento, tenuto conto del numero degli iscritti, delle attività svolte a favore dei giovani e delle manifestazioni organizzate nel capoluogo e nelle frazioni di Oltris e Voltois;")
t("Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi favorevoli espressi per alzata di mano,")
p.set_font("LS", "B", 10); p.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
t("1. di concedere i contributi per l'anno 2026 alle associazioni indicate nel prospetto allegato, per complessivi euro 14.600,00;")
t("2. di demandare al Responsabile del Servizio Amministrativo l'adozione degli atti di impegno e liquidazione;")
t("3. di dichiarare, con separata e unanime votazione palese, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.")
p.ln(6); p.cell(90, 5, "IL VICESINDACO"); p.cell(0, 5, "IL SEGRETARIO COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.cell(90, 5, "Mara Candotti"); p.cell(0, 5, "dott. Loris Candoni", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
