# Comunità Montana del Piambello (VA): Giunta esecutiva minute, fpdf2 with DejaVu Sans (embedded CID subset)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class Pdf(FPDF):
    def header(self):
        self.set_font("dv", "B", 14); self.cell(0, 7, "COMUNITÀ MONTANA DEL PIAMBELLO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8.5); self.cell(0, 4.5, "Provincia di Varese – Sede: Arcisate", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, f"Deliberazione della Giunta Esecutiva n. 17 del 26/03/2026 – Pagina {self.page_no()} di {{nb}}", align="C")
p = Pdf(format="A4"); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20)
p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
p.set_title("Delibera GE 17/2026"); p.set_producer("PyFPDF/fpdf2"); p.alias_nb_pages()
p.add_page()
p.set_font("dv", "B", 11.5); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
# label grid
p.set_font("dv", "B", 8.5); p.set_fill_color(225, 225, 225)
for lab in ("Numero", "Data", "Proposta n.", "Data proposta"): p.cell(42.5, 6, lab, border=1, align="C", fill=True)
p.ln(); p.set_font("dv", "", 10)
for v in ("17", "26/03/2026", "21", "19/03/2026"): p.cell(42.5, 7, v, border=1, align="C")
p.ln(10)
p.set_font("dv", "B", 10); p.cell(22, 5.5, "OGGETTO:")
p.multi_cell(0, 5.5, "Approvazione dello schema di convenzione con i Comuni di Arcisate, Bisuschio e Induno Olona per la gestione associata del servizio di manutenzione dei sentieri del Monte Piambello – anno 2026.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("dv", "", 10)
def para(t, h=5.2, al="J"): p.multi_cell(0, h, t, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
para("L’anno duemilaventisei addì ventisei del mese di marzo alle ore 17:30, nella sede della Comunità Montana, a seguito di regolare convocazione, si è riunita la Giunta Esecutiva. All’appello risultano:")
p.set_font("dv", "B", 9); p.set_x(35)
for lab, w in (("Cognome e nome", 55), ("Carica", 40), ("Presente", 22), ("Assente", 22)): p.cell(w, 6, lab, border=1, align="C", fill=True)
p.ln(); p.set_font("dv", "", 9.5)
roll = [("BIANCHI ROBERTO", "Presidente", True), ("CARABELLI MONICA", "Vicepresidente", True), ("LOCATELLI DARIO", "Assessore", True),
        ("MACCHI SILVANA", "Assessore", False), ("PELLEGATTA ENRICO", "Assessore", True)]
for n, r, pr in roll:
    p.set_x(35); p.cell(55, 6, n, border=1); p.cell(40, 6, r, border=1)
    p.cell(22, 6, "SI" if pr else "", border=1, align="C"); p.cell(22, 6, "" if pr else "SI", border=1, align="C"); p.ln()
p.ln(2); p.set_font("dv", "", 10)
para("Presenti n. 4 – Assenti n. 1.")
para("Partecipa il Vice Segretario dott. Alberto Broggini, che cura la verbalizzazione. Riconosciuto legale il numero degli intervenuti, il sig. Roberto Bianchi, Presidente della Comunità Montana, assume la presidenza e dichiara aperta la seduta.")
para("Durante la trattazione dell’argomento, alle ore 17:50, entra l’Assessore Macchi Silvana, che partecipa alla votazione.")
p.set_font("dv", "B", 10.5); p.cell(0, 7, "LA GIUNTA ESECUTIVA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10)
para("Premesso che la Comunità Montana cura la rete sentieristica del Monte Piambello, che attraversa il territorio dei Comuni di Arcisate, Bisuschio e Induno Olona, e che gli stessi Comuni hanno chiesto di regolarne la manutenzione in forma associata;")
para("Visto lo schema di convenzione predisposto dall’Area Tecnica – Servizio Territorio e Ambiente, che prevede un riparto della spesa di euro 36.000,00 in proporzione ai chilometri di sentiero ricadenti in ciascun Comune;")
para("Dato atto che sulla proposta sono stati espressi, ai sensi dell’art. 49 del D.Lgs. 267/2000, il parere favorevole di regolarità tecnica del Responsabile dell’Area Tecnica geom. Fabio Zanzi e il parere favorevole di regolarità contabile del Responsabile del Servizio Finanziario dott.ssa Cinzia Rossetti;")
para("Con voti unanimi favorevoli dei cinque componenti presenti, espressi in forma palese,")
p.set_font("dv", "B", 10.5); p.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10)
for i, t in enumerate(["di approvare lo schema di convenzione con i Comuni di Arcisate, Bisuschio e Induno Olona per la gestione associata del servizio di manutenzione dei sentieri del Monte Piambello per l’anno 2026, allegato alla presente;",
                       "di autorizzare il Presidente alla sottoscrizione della convenzione;",
                       "di dare atto che la quota a carico della Comunità Montana, pari a euro 9.000,00, trova copertura al capitolo 2150 del bilancio 2026;",
                       "di dichiarare la presente deliberazione, con successiva votazione unanime, immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    p.cell(8, 5.2, f"{i}."); p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.2)
p.ln(4); para("Letto, confermato e sottoscritto.")
p.set_font("dv", "B", 9.5); p.cell(85, 5, "IL PRESIDENTE", align="C"); p.cell(85, 5, "IL VICE SEGRETARIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9.5); p.cell(85, 5, "Roberto Bianchi", align="C"); p.cell(85, 5, "dott. Alberto Broggini", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
