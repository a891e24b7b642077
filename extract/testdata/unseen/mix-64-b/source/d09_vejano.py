# Comune di Vejano (VT): ordinanza sindacale (fpdf2, DejaVu TrueType as CID fonts). Headings and
# the body are letter-spaced (Tc); header and footer repeated on every page; 2 pages.
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        self.set_font("dv", "B", 13); self.set_char_spacing(1.2); self.cell(0, 7, "COMUNE DI VEJANO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0); self.set_font("dv", "", 8.5)
        self.cell(0, 4.5, "Provincia di Viterbo – Piazza XX Settembre, 1 – 01010 Vejano (VT)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 20, 20); self.set_line_width(0.6); self.line(20, self.get_y()+2, 190, self.get_y()+2); self.ln(7)
    def footer(self):
        self.set_y(-15); self.set_font("dv", "I", 7.5); self.set_char_spacing(0)
        self.cell(0, 4, "Ordinanza n. 12/2026 – Ufficio del Sindaco – tel. 0761 463017 – pec: comunevejano@pec.it", align="L")
        self.cell(0, 4, "Pag. %d/{nb}" % self.page_no(), align="R")
p = Doc(format="A4"); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22)
p.add_font("dv", "", D + "DejaVuSerif.ttf"); p.add_font("dv", "B", D + "DejaVuSerif-Bold.ttf"); p.add_font("dv", "I", D + "DejaVuSerif-Italic.ttf")
p.set_creator("PA Ordinanze 3.1"); p.set_title("Ordinanza sindacale n. 12 del 11/05/2026")
p.add_page()
p.set_font("dv", "B", 12); p.set_char_spacing(0.8)
p.cell(0, 7, "ORDINANZA SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0.3); p.set_font("dv", "", 10.5)
p.cell(0, 6, "n. 12 del 11.5.2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("dv", "B", 10); p.cell(24, 5.5, "Oggetto:")
p.multi_cell(0, 5.5, "Divieto di accensione di fuochi e di abbruciamento di residui vegetali nelle aree agricole e boscate del territorio comunale dal 15 maggio al 30 settembre 2026.", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
def head(t):
    p.set_font("dv", "B", 11); p.set_char_spacing(2.5); p.cell(0, 8, t, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0.3)
def par(t):
    p.set_font("dv", "", 10); p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.6)
head("IL SINDACO")
for t in [
 "Premesso che il territorio comunale è caratterizzato dalla presenza di ampie superfici boscate, in particolare nelle località Monte Vallone, Macchia di Vejano e lungo la valle del Fosso della Mola, nonché di estese aree agricole e pascolive, esposte nel periodo estivo a un elevato rischio di incendi;",
 "Vista la Legge 21 novembre 2000, n. 353, \"Legge-quadro in materia di incendi boschivi\", e la Legge Regionale del Lazio 28 ottobre 2002, n. 39, recante norme in materia di gestione delle risorse forestali;",
 "Visto il Piano regionale di previsione, prevenzione e lotta attiva contro gli incendi boschivi e la nota della Regione Lazio – Agenzia regionale di Protezione Civile prot. n. 402218 del 24/04/2026, che dichiara lo stato di grave pericolosità per gli incendi boschivi dal 15 giugno al 30 settembre 2026 e raccomanda ai Comuni l'adozione di misure preventive;",
 "Considerato che l'abbruciamento di residui vegetali, anche se consentito entro i limiti di cui all'art. 182, comma 6-bis, del D.Lgs. 152/2006, costituisce nel periodo estivo una delle principali cause di innesco di incendi;",
 "Ritenuto necessario, a tutela della pubblica incolumità e del patrimonio ambientale, anticipare al 15 maggio le misure di prevenzione;",
 "Visti l'art. 50 del D.Lgs. 267/2000 e lo Statuto comunale;"]: par(t)
head("O R D I N A")
for i, t in enumerate([
 "dal 15 maggio al 30 settembre 2026, su tutto il territorio comunale, è vietato accendere fuochi di qualsiasi genere e bruciare stoppie, sterpaglie, residui di potature e altri residui vegetali nei terreni agricoli, nei boschi e nelle aree a essi limitrofe per una fascia di 200 metri;",
 "i proprietari e i conduttori di terreni incolti, abbandonati o a riposo, confinanti con strade, abitazioni o aree boscate, devono provvedere entro il 10 giugno 2026 alla pulizia dei fondi mediante sfalcio e rimozione della vegetazione secca;",
 "lungo le strade comunali e vicinali i frontisti devono mantenere libera da vegetazione infestante una fascia di almeno 3 metri dal ciglio stradale;",
 "è vietato l'uso di barbecue e fornelli a fiamma libera nelle aree boscate e nei parchi pubblici, fatta eccezione per le strutture fisse appositamente attrezzate dal Comune."], 1):
    p.set_font("dv", "", 10); p.multi_cell(0, 5.2, "%d. %s" % (i, t), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.6)
head("A V V E R T E")
par("che le violazioni alla presente ordinanza, salvo che il fatto costituisca reato, sono punite con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000, ferme restando le sanzioni previste dalla L. 353/2000 e dall'art. 423-bis del Codice Penale.")
par("La Polizia Locale, i Carabinieri Forestali e le altre forze dell'ordine sono incaricati di vigilare sull'osservanza della presente ordinanza, che è resa nota mediante pubblicazione all'Albo Pretorio on line e affissione nei luoghi pubblici.")
par("Contro il presente provvedimento è ammesso ricorso al T.A.R. Lazio entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
p.ln(4); p.set_font("dv", "", 10); p.cell(0, 5, "Vejano, 11 maggio 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(115); p.set_font("dv", "B", 10.5); p.cell(75, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("dv", "", 10.5); p.cell(75, 5.5, "Gianni Brachetti", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("dv", "I", 8); p.cell(75, 5, "firmato digitalmente", align="C")
p.output(sys.argv[1])
