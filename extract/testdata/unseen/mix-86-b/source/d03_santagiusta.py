# Comune di Santa Giusta: Consiglio deliberation, roll with role in brackets, latecomers; fpdf2 with running head and foot on every page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 9); self.cell(0, 5, "COMUNE DI SANTA GIUSTA - Provincia di Oristano", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Deliberazione del Consiglio Comunale n. 9 del 30/03/2026", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 7.5)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - APKappa Sicr@web", align="L")
        self.set_x(20); self.cell(0, 4, f"Pag. {self.page_no()} di {{nb}}", align="R")
pdf = P(format="A4"); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_creator("APKappa Sicr@web Atti"); pdf.set_producer("Sicr@web PDF Writer 4.0"); pdf.set_title("Delibera CC 9/2026")
pdf.alias_nb_pages(); pdf.add_page()
def par(t, st="", al="J", sz=10.5):
    pdf.set_font("LS", st, sz); pdf.multi_cell(0, 5.4, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.set_font("LS", "B", 15); pdf.cell(0, 8, "COMUNE DI SANTA GIUSTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10); pdf.cell(0, 5, "Provincia di Oristano", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_font("LS", "B", 11)
pdf.cell(120, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", border=1); pdf.cell(50, 7, "N. 9 del 30/03/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
par("Oggetto: Variazione al bilancio di previsione finanziario 2026/2028 ai sensi dell'art. 175, comma 2, del D.Lgs. n. 267/2000 e applicazione di quota dell'avanzo di amministrazione vincolato.", "B")
par("L'anno 2026 il giorno trenta del mese di marzo, con inizio alle ore 17:00, nella sala consiliare del Comune, convocato con avviso prot. n. 3390 del 24/03/2026, si è riunito il Consiglio Comunale in seduta straordinaria e urgente.")
par("All'appello nominale risultano presenti i Consiglieri: Marras Andrea (Sindaco), Porcu Silvia (Presidente del Consiglio), Atzori Gianluca (Consigliere), Deiana Manuela (Consigliere), Melis Roberto (Consigliere), Obinu Federica (Consigliere), Serra Giampaolo (Consigliere), Cossu Marta (Consigliere), Lai Efisio (Consigliere); risultano assenti: Pinna Fabrizio (Consigliere), Zucca Antonella (Consigliere), Piras Luigi (Consigliere), Sanna Maria Grazia (Consigliere).")
par("Totale presenti n. 9, assenti n. 4. Presiede la seduta la Presidente del Consiglio Porcu Silvia, che, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta. Assiste e verbalizza il Segretario Generale dott. Ignazio Mura.")
par("Entrano successivamente in aula, prima della votazione, i Consiglieri Pinna Fabrizio e Piras Luigi (presenti n. 11).")
par("IL CONSIGLIO COMUNALE", "B", "C")
par("Vista la proposta n. 12 del 23/03/2026 del Settore Finanziario; visto il parere favorevole dell'Organo di revisione economico-finanziaria reso con verbale n. 5 del 25/03/2026; acquisiti i pareri di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. 267/2000; udita la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri; " * 1 + "dato atto che la variazione garantisce il mantenimento degli equilibri di bilancio e il rispetto del pareggio finanziario; ritenuto di dover provvedere con urgenza per consentire l'avvio dei lavori di efficientamento energetico della scuola primaria di via Giovanni XXIII finanziati con fondi regionali;")
par("Con voti favorevoli 8, contrari 3 (Pinna, Piras, Lai), astenuti nessuno, espressi per alzata di mano dagli 11 Consiglieri presenti e votanti,")
par("DELIBERA", "B", "C")
par("1. di approvare la variazione al bilancio di previsione finanziario 2026/2028, di competenza e di cassa, come dettagliata nell'allegato A, che forma parte integrante del presente atto;")
par("2. di applicare al bilancio la quota di avanzo di amministrazione vincolato pari a euro 186.400,00;")
par("3. di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000;")
par("4. di trasmettere la presente deliberazione al Tesoriere comunale.")
par("Successivamente il Consiglio Comunale, con separata votazione, con voti favorevoli 8, contrari nessuno, astenuti 3 (Pinna, Piras, Lai), resi per alzata di mano, dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(8); pdf.set_font("LS", "B", 10)
pdf.cell(85, 5, "LA PRESIDENTE DEL CONSIGLIO", align="C"); pdf.cell(85, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10); pdf.cell(85, 5, "Silvia Porcu", align="C"); pdf.cell(85, 5, "dott. Ignazio Mura", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
