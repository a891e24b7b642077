# Giunta deliberation, Comune di Vidor: fpdf2, running head and foot repeated on both pages, roll in prose
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 9); self.cell(0, 5, "COMUNE DI VIDOR - Provincia di Treviso", align="L")
        self.set_font("DV", "", 8.5); self.cell(0, 5, "Deliberazione di Giunta Comunale n. 22 del 12/03/2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, 21, 190, 21); self.ln(6)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Pagina {self.page_no()} di {{nb}}", align="C")
p = P(format="A4"); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22)
p.add_font("DV", "", D + "DejaVuSans.ttf"); p.add_font("DV", "B", D + "DejaVuSans-Bold.ttf"); p.add_font("DV", "I", D + "DejaVuSans-Oblique.ttf")
p.set_producer("Maggioli Sicr@web PDF / fpdf2"); p.set_title("DGC 22/2026")
p.add_page()
p.set_font("DV", "B", 16); p.cell(0, 9, "COMUNE DI VIDOR", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 5, "Provincia di Treviso", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(5)
p.set_font("DV", "B", 11); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "B", 10)
p.multi_cell(0, 5.2, "OGGETTO: Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco di Vidor per la manifestazione «Festa di Primavera sul Piave» 2026.", border=1, padding=2)
p.ln(4); p.set_font("DV", "", 10)
def para(t, style=""):
    p.set_font("DV", style, 10); p.multi_cell(0, 5.4, t, align="J"); p.ln(2.5)
para("L'anno 2026, il giorno dodici del mese di marzo, alle ore 18:00, nella Residenza Municipale, si è riunita la Giunta Comunale, convocata nei modi di legge.")
para("Sono presenti i signori: Bonato Michele, Sindaco; Dal Col Anna, Vicesindaco; Zanchetta Luca, Assessore. È assente giustificata la sig.ra Cescon Giulia, Assessore.")
para("Partecipa alla seduta il Segretario comunale dott. Enrico Fava. Il sig. Michele Bonato, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale l'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.")
p.set_font("DV", "B", 10.5); p.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
for t in ["Vista la domanda presentata dall'Associazione Pro Loco di Vidor, acquisita al protocollo n. 2019 del 23/02/2026, con la quale si chiede il patrocinio del Comune e un contributo economico per l'organizzazione della manifestazione «Festa di Primavera sul Piave», in programma nei giorni 18 e 19 aprile 2026 presso l'area golenale di via Sant'Andrea;",
          "Visto il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici ad enti e associazioni, approvato con deliberazione del Consiglio Comunale n. 31 del 28/09/2017;",
          "Considerato che la manifestazione, giunta alla sua dodicesima edizione, contribuisce alla valorizzazione del territorio e delle produzioni tipiche locali e richiama ogni anno numerosi visitatori dai comuni del Quartier del Piave;",
          "Visto il preventivo di spesa presentato dall'associazione, che prevede costi complessivi per euro 14.600,00 ed entrate per euro 11.100,00;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dai Responsabili dei servizi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi e favorevoli espressi nelle forme di legge;"]:
    para(t)
p.set_font("DV", "B", 10.5); p.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
for t in ["1. di concedere il patrocinio del Comune di Vidor alla manifestazione «Festa di Primavera sul Piave» 2026, con facoltà di utilizzare lo stemma comunale sul materiale promozionale;",
          "2. di concedere all'Associazione Pro Loco di Vidor un contributo economico di euro 2.500,00, da erogarsi a presentazione del rendiconto delle spese sostenute;",
          "3. di imputare la spesa alla missione 07, programma 01, capitolo 1740 del bilancio di previsione 2026-2028, esercizio 2026;",
          "4. di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di impegno e liquidazione."]:
    para(t)
para("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'approssimarsi della manifestazione.")
p.ln(4); p.set_font("DV", "", 10)
p.cell(85, 5, "Il Sindaco", align="C"); p.cell(85, 5, "Il Segretario comunale", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(85, 5, "Michele Bonato", align="C"); p.cell(85, 5, "dott. Enrico Fava", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
