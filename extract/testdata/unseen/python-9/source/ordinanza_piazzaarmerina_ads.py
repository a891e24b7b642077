# Comune di Piazza Armerina - Ordinanza sindacale - imitating a Gruppo ADS-like print (fpdf2, core Times)
from fpdf import FPDF

class P(FPDF):
    def footer(self):
        self.set_y(-13); self.set_font("Times", "I", 8)
        self.cell(0, 4, "Ordinanza n. 42 del 08/08/2025 - pag. %d di {nb}" % self.page_no(), align="R")

pdf = P(format="A4"); pdf.set_margins(22, 12, 22); pdf.set_auto_page_break(True, 15); pdf.alias_nb_pages()
pdf.set_title("Ordinanza sindacale n. 42/2025")
pdf.add_page(); W = 166
pdf.set_font("Times", "B", 18); pdf.cell(W, 9, "COMUNE DI PIAZZA ARMERINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5); pdf.cell(W, 5, "Libero Consorzio Comunale di Enna", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 9); pdf.cell(W, 5, "Ufficio del Sindaco - Protezione Civile", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_line_width(0.5); pdf.line(22, pdf.get_y(), 188, pdf.get_y()); pdf.ln(4)
pdf.set_font("Times", "B", 14)
pdf.cell(W, 7, "ORDINANZA SINDACALE N. 42 DEL 08/08/2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 10)
pdf.cell(W, 5, "(contingibile e urgente ai sensi dell'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 11)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(W - 20, 5.5, "DIVIETO DI ACCENSIONE DI FUOCHI E DI ABBRUCIAMENTO DI RESIDUI VEGETALI SU TUTTO IL TERRITORIO COMUNALE - "
               "PERIODO DI MASSIMA PERICOLOSITÀ INCENDI 2025.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Times", "B", 12); pdf.cell(W, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
def para(t, st=""):
    pdf.set_font("Times", st, 11)
    pdf.multi_cell(W, 4.9, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
for t in [
 "PREMESSO che il Dipartimento Regionale della Protezione Civile, con avviso n. 31 del 06/08/2025, ha comunicato per i giorni "
 "successivi condizioni di rischio incendi molto elevato sul territorio della provincia di Enna, con temperature superiori ai 40 "
 "gradi e venti di scirocco;",
 "CONSIDERATO che nelle ultime settimane si sono verificati numerosi incendi di vegetazione nelle contrade Bellia, Grottacalda e "
 "Floristella, in prossimità di abitazioni e della Riserva Naturale Orientata \"Rossomanno-Grottascura-Bellia\";",
 "RITENUTO necessario adottare misure urgenti a tutela della pubblica incolumità, ulteriori rispetto a quelle previste dal "
 "Decreto del Presidente della Regione Siciliana sulle prescrizioni antincendio per l'anno 2025;",
 "VISTI l'art. 50, comma 5, e l'art. 54 del D.Lgs. 267/2000, la L. 21 novembre 2000, n. 353 e la L.R. 6 aprile 1996, n. 16;"]:
    para(t)
pdf.ln(1)
pdf.set_font("Times", "B", 12); pdf.cell(W, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
para("con decorrenza immediata e fino al 15 ottobre 2025, su tutto il territorio comunale:")
for i, t in enumerate([
 "il divieto assoluto di accendere fuochi all'aperto, di bruciare stoppie, sterpaglie e residui vegetali derivanti da attività "
 "agricole e forestali, e di utilizzare barbecue e fornelli a fiamma libera in aree boscate, cespugliate o a pascolo;",
 "ai proprietari, affittuari e conduttori di terreni agricoli incolti o abbandonati, nonché di aree private confinanti con strade "
 "pubbliche e con abitazioni, di provvedere entro dieci giorni dalla pubblicazione della presente alla pulizia dei fondi e alla "
 "realizzazione di fasce di protezione di larghezza non inferiore a metri 15;",
 "il divieto di lancio di fuochi d'artificio e di lanterne volanti in tutto il territorio comunale;",
 "agli enti gestori di strade e ferrovie di mantenere sgombre da vegetazione secca le banchine e le scarpate di rispettiva "
 "competenza."], 1):
    pdf.set_font("Times", "", 11)
    pdf.cell(8, 4.9, "%d." % i)
    pdf.multi_cell(W - 8, 4.9, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(1)
pdf.set_font("Times", "B", 11); pdf.cell(W, 6, "AVVERTE", align="C", new_x="LMARGIN", new_y="NEXT")
para("che i trasgressori saranno puniti con la sanzione amministrativa pecuniaria da Euro 25,00 a Euro 500,00 ai sensi dell'art. 7-bis "
     "del D.Lgs. 267/2000, salvo che il fatto costituisca reato ai sensi dell'art. 423-bis del Codice Penale.")
para("La Polizia Locale, il Corpo Forestale della Regione Siciliana e le altre Forze dell'Ordine sono incaricati di far rispettare la "
     "presente ordinanza, che è pubblicata all'Albo Pretorio on line e trasmessa alla Prefettura di Enna e al Comando Provinciale dei "
     "Vigili del Fuoco.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia entro 60 giorni o, in alternativa, ricorso straordinario "
     "al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione.")
pdf.ln(3)
pdf.set_font("Times", "", 11)
pdf.cell(W / 2, 5, "Piazza Armerina, 08/08/2025")
pdf.set_font("Times", "B", 11); pdf.cell(W / 2, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11); pdf.cell(W / 2, 5, ""); pdf.cell(W / 2, 5, "Dott. Antonino Calì", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 8.5); pdf.cell(W / 2, 4, ""); pdf.cell(W / 2, 4, "firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output("../ordinanza-piazzaarmerina-ads.pdf")
