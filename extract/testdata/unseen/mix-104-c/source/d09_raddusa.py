# Raddusa (CT): fpdf2, letterhead header() and footer() with "ORD-2026-19" on every page, 2 pages, number in a stamp-like box
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 14); self.cell(0, 7, "COMUNE DI RADDUSA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9); self.cell(0, 5, "Città Metropolitana di Catania – Ufficio del Sindaco", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"ORD-2026-19 – Albo Pretorio on line del Comune di Raddusa – pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_producer("Sicraweb PDF 3.1"); p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22); p.add_page()
x = 130; y = p.get_y()
p.set_draw_color(20, 40, 140); p.set_line_width(0.8); p.rect(x, y, 58, 20)
p.set_text_color(20, 40, 140); p.set_font("DV", "B", 10); p.set_xy(x, y + 2); p.cell(58, 5, "Ordinanza n. 19/2026", align="C")
p.set_font("DV", "", 9); p.set_xy(x, y + 8); p.cell(58, 5, "del 24/04/2026", align="C"); p.set_xy(x, y + 13); p.cell(58, 5, "Prot. gen. n. 4021", align="C")
p.set_text_color(0); p.set_line_width(0.2); p.set_draw_color(0); p.set_y(y + 26)
p.set_font("DV", "B", 10.5); p.multi_cell(0, 6, "ORDINANZA CONTINGIBILE E URGENTE IN MATERIA DI IGIENE E SANITÀ PUBBLICA", align="C")
p.ln(2); p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "OGGETTO: Ordinanza contingibile e urgente per la disinfestazione e la derattizzazione delle aree private incolte del centro abitato.", align="J")
p.ln(3); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for t in ["Vista la relazione dell'Unità Operativa di Igiene Pubblica dell'A.S.P. di Catania, Distretto di Caltagirone, prot. n. 811 del 20 aprile 2026, che segnala la presenza di roditori e di focolai larvali di zanzare in numerose aree private incolte all'interno del centro abitato, in particolare nelle vie Regina Margherita, Carducci e Pirandello;",
          "Considerato che l'incuria dei terreni, l'accumulo di sterpaglie, rifiuti e ristagni d'acqua costituiscono un pericolo concreto per la salute pubblica, aggravato dall'approssimarsi della stagione estiva;",
          "Ritenuto che ricorrano i presupposti di contingibilità e urgenza per l'adozione di un provvedimento a tutela della salute e dell'igiene pubblica;",
          "Visti l'art. 50, commi 5 e 6, del D.Lgs. 18 agosto 2000, n. 267, il T.U. delle leggi sanitarie approvato con R.D. 27 luglio 1934, n. 1265 e la L.R. Sicilia 15 marzo 1963, n. 16;"]:
    p.multi_cell(0, 5.5, t, align="J"); p.ln(1.5)
p.set_font("DV", "B", 10); p.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
pts = ["ai proprietari, possessori e conduttori a qualsiasi titolo di aree private incolte, cortili, orti e fabbricati in disuso ubicati nel centro abitato di provvedere, entro 15 giorni dalla pubblicazione della presente ordinanza, alla pulizia dei terreni, alla rimozione di sterpaglie e rifiuti e all'eliminazione dei ristagni d'acqua;",
       "agli stessi soggetti di eseguire, a propria cura e spese e mediante ditte specializzate, un intervento di derattizzazione e di disinfestazione larvicida, ripetendolo con cadenza mensile fino al 30 settembre 2026;",
       "in caso di inottemperanza, l'esecuzione d'ufficio degli interventi da parte del Comune, con addebito delle spese ai proprietari inadempienti, fatta salva l'applicazione della sanzione amministrativa da euro 100,00 a euro 600,00;",
       "al Comando di Polizia Municipale e all'Ufficio Tecnico comunale di vigilare sull'osservanza della presente ordinanza, che è trasmessa alla Prefettura di Catania e all'A.S.P. di Catania."]
for i, t in enumerate(pts, 1):
    p.set_x(20); p.cell(8, 5.5, f"{i})"); p.multi_cell(0, 5.5, t, align="J"); p.ln(1.5)
p.multi_cell(0, 5.5, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia – Sezione di Catania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni.", align="J")
p.ln(4); p.cell(0, 6, "Raddusa, 24 aprile 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(120); p.cell(60, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_x(120); p.cell(60, 6, "dott. Giovanni Allegra", align="C")
p.output(sys.argv[1])
