# fpdf2: Insiel-style register box, roll table with P/A, running head and foot on each page
import sys
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 12); self.cell(0, 6, "COMUNE DI MOSSA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Ente di Decentramento Regionale di Gorizia", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Deliberazione della Giunta comunale n. 22 del 03/02/2026", align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7)
        self.cell(0, 4, f"Atto prodotto con sistema informativo Insiel – pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_producer("Insiel PDF Writer 3.2")
for st, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf")): p.add_font("LS", st, FD + f)
p.alias_nb_pages(); p.add_page(); p.set_auto_page_break(True, 20)
p.set_font("LS", "B", 11); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10)
p.cell(40, 7, "Registro delibere", border=1); p.cell(30, 7, "N. 22", border=1); p.cell(20, 7, "del", border=1); p.cell(40, 7, "03/02/2026", border=1, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Adesione al progetto regionale \"Comunità sicure\" per l'installazione di defibrillatori semiautomatici esterni negli impianti sportivi comunali. Indirizzi al Responsabile del Servizio tecnico.", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "L'anno 2026, il giorno 3 del mese di febbraio alle ore 17:45, nella sede municipale, in seguito a convocazione disposta dal Sindaco, si è riunita la Giunta comunale nelle persone seguenti:", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
for a, b, cc in (("Componente", "Carica", "Presenza"), ("Cosma Matteo", "Sindaco", "P"), ("Visintin Laura", "Vice Sindaco", "P"), ("Tomasin Gianni", "Assessore", "A"), ("Perco Alessia", "Assessore", "P"), ("Brumat Diego", "Assessore esterno", "P")):
    p.cell(70, 6, a, border=1); p.cell(60, 6, b, border=1); p.cell(30, 6, cc, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
p.multi_cell(0, 5, "Assiste il Vice Segretario comunale dott. Federico Marega. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Cosma Matteo nella sua qualità di Sindaco.", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("LS", "B", 10); p.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
body = ("Premesso che la Regione Autonoma Friuli Venezia Giulia promuove la diffusione dei defibrillatori semiautomatici esterni nei luoghi pubblici e negli impianti sportivi; vista la L.R. 21/2025; considerato che il Comune di Mossa dispone del campo sportivo comunale di via Zorutti e della palestra comunale; dato atto che l'adesione non comporta oneri a carico del bilancio comunale, in quanto i dispositivi sono forniti dalla Regione in comodato gratuito; visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. 267/2000; ") * 3
p.multi_cell(0, 5, body.strip(), new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, 5, "con voti unanimi favorevoli, espressi in forma palese,", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "B", 10); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for t in ("1. di aderire al progetto regionale \"Comunità sicure\" per l'installazione di defibrillatori negli impianti sportivi comunali;",
          "2. di incaricare il Responsabile del Servizio tecnico di presentare la domanda entro il 28 febbraio 2026;",
          "3. di dare atto che dal presente provvedimento non derivano oneri a carico del bilancio comunale;",
          "4. di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003."):
    p.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(8)
p.cell(95, 5, "IL PRESIDENTE"); p.cell(95, 5, "IL VICE SEGRETARIO COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.cell(95, 5, "Matteo Cosma"); p.cell(95, 5, "dott. Federico Marega", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
