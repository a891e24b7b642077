# fpdf2: Giunta deliberation in prose, Courier, running head and foot repeated on both pages, justified text
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("Courier", "B", 10); self.cell(0, 5, "COMUNE DI SCAPOLI - Provincia di Isernia", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Courier", "", 9); self.cell(0, 5, "Deliberazione di Giunta Comunale - Reg. n. 14 / 2026", align="C", new_x="LMARGIN", new_y="NEXT"); self.ln(4)
    def footer(self):
        self.set_y(-15); self.set_font("Courier", "", 8); self.cell(0, 5, f"copia informatica per consultazione - pag. {self.page_no()}/{{nb}}", align="C")
p = P(format="A4"); p.set_creator("Gies Atti Amministrativi"); p.alias_nb_pages(); p.set_margins(22, 18, 22); p.add_page()
def T(s, b=False, al="J"):
    p.set_font("Courier", "B" if b else "", 10.5); p.multi_cell(0, 5.2, s, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(2.5)
T("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, "C")
T("OGGETTO: APPROVAZIONE DEL PIANO DELLE AZIONI POSITIVE PER IL TRIENNIO 2026-2028.", True, "L")
T("L'anno duemilaventisei addi' ventisei del mese di febbraio alle ore 12:15 nella Casa comunale, convocata nei modi di legge, si e' riunita la Giunta Comunale nelle persone dei signori: Renato Di Meo, Sindaco, presente; Carla Di Nucci, Vice Sindaco, presente; Michele Tamburri, Assessore, assente giustificato.")
T("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale dott. Antonio Capaldi, il quale provvede alla redazione del presente verbale. Il Sindaco Renato Di Meo, constatato il numero legale, assume la presidenza e dichiara aperta la seduta.")
T("LA GIUNTA COMUNALE", True, "C")
T("PREMESSO che l'art. 48 del D.Lgs. 11 aprile 2006, n. 198, prevede che le amministrazioni pubbliche predispongano piani di azioni positive tendenti ad assicurare la rimozione degli ostacoli che, di fatto, impediscono la piena realizzazione di pari opportunita' di lavoro e nel lavoro tra uomini e donne;")
T("DATO ATTO che il piano ha durata triennale, e' aggiornato annualmente e costituisce una sezione del Piano Integrato di Attivita' e Organizzazione (PIAO) dell'Ente, e che la mancata adozione comporta il divieto di assumere nuovo personale ai sensi dell'art. 6, comma 6, del D.Lgs. 165/2001;")
T("RILEVATO che la dotazione organica del Comune conta n. 7 dipendenti, di cui n. 3 donne e n. 4 uomini, e che non sussiste divario di genere superiore a due terzi in alcuna categoria; che lo schema di piano e' stato trasmesso alla Consigliera di parita' della Provincia di Isernia, che ha espresso parere favorevole con nota prot. n. 311 del 19 febbraio 2026;")
T("CONSIDERATO che le azioni previste riguardano la formazione del personale, la conciliazione dei tempi di vita e di lavoro, il lavoro agile e la prevenzione di ogni forma di discriminazione e di molestia nei luoghi di lavoro;")
T("VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi e palesi,")
T("DELIBERA", True, "C")
T("1) di approvare il Piano delle Azioni Positive per il triennio 2026-2028, allegato alla presente quale parte integrante e sostanziale;")
T("2) di trasmettere il presente atto alle organizzazioni sindacali e alla Consigliera di parita' della Provincia di Isernia;")
T("3) di pubblicare il Piano nella sezione Amministrazione Trasparente del sito istituzionale.")
T("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(6)
T("IL SINDACO                                IL SEGRETARIO COMUNALE\nF.to Renato Di Meo                        F.to dott. Antonio Capaldi", al="L")
p.output(sys.argv[1])
