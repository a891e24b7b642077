# Augusta ordinanza sindacale -- fpdf2, imitating a Sielte e-gov atti print (protocol stamp box, register line)
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"

class Ord(FPDF):
    def header(self):
        self.set_draw_color(40, 40, 40)
        self.set_font("DVS", "B", 15); self.set_xy(15, 12); self.cell(120, 7, "CITTÀ DI AUGUSTA")
        self.set_font("DVS", "", 8.5); self.set_xy(15, 19); self.cell(120, 4.5, "Libero Consorzio Comunale di Siracusa")
        self.set_xy(15, 23.5); self.cell(120, 4.5, "Piazza Duomo, 1 – 96011 Augusta (SR) – protocollo@pec.comune.augusta.sr.it")
        # protocol stamp
        self.set_line_width(0.5); self.rect(140, 10, 55, 19)
        self.set_font("DVSans", "B", 6.6); self.set_xy(141, 11); self.cell(53, 4, "CITTÀ DI AUGUSTA – PROTOCOLLO GENERALE", align="C")
        self.set_font("DVSans", "", 8); self.set_xy(141, 16); self.cell(53, 4, "Prot. n. 14375 del 13/03/2026", align="C")
        self.set_xy(141, 20.5); self.cell(53, 4, "USCITA – Cat. 6 Cl. 9", align="C")
        self.set_font("DVSans", "", 6.5); self.set_xy(141, 24.5); self.cell(53, 3.5, "||| |||| || ||||| | |||| ||| 2026/0014375", align="C")
        self.set_line_width(0.3); self.line(15, 31, 195, 31)
        self.set_y(35)
    def footer(self):
        self.set_y(-14); self.set_font("DVSans", "", 7)
        self.cell(0, 4, "Sielte e-Gov – Atti e Provvedimenti | Ordinanza sindacale n. 21/2026 | Pagina %d di {nb}" % self.page_no(), align="C")

p = Ord(format="A4"); p.alias_nb_pages()
p.add_font("DVS", "", D + "DejaVuSerif.ttf"); p.add_font("DVS", "B", D + "DejaVuSerif-Bold.ttf"); p.add_font("DVS", "I", D + "DejaVuSerif-Italic.ttf")
p.add_font("DVSans", "", D + "DejaVuSans.ttf"); p.add_font("DVSans", "B", D + "DejaVuSans-Bold.ttf")
p.set_margins(15, 35, 15); p.set_auto_page_break(True, 20)
p.set_title("Ordinanza sindacale n. 21 del 13/03/2026"); p.set_author("Città di Augusta"); p.set_creator("Sielte e-Gov Atti")
p.add_page()
p.set_font("DVSans", "B", 9); p.set_fill_color(230, 230, 230)
p.cell(90, 6, "  Registro Ordinanze Sindacali", border=1, fill=True); p.cell(90, 6, "  N. 21        del 13/03/2026", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
p.ln(5)
p.set_font("DVS", "B", 14); p.cell(0, 8, "ORDINANZA CONTINGIBILE E URGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DVS", "", 9.5); p.cell(0, 5, "(artt. 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267)", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
p.set_font("DVS", "B", 10.5); p.cell(22, 5.5, "Oggetto:")
p.multi_cell(0, 5.5, "Chiusura delle scuole di ogni ordine e grado, dei parchi e delle ville comunali e del cimitero per la giornata di sabato 14 marzo 2026 a seguito di avviso di allerta meteo rossa.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
p.set_font("DVS", "B", 11); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
def par(t, bold_lead=None):
    p.set_font("DVS", "", 10)
    if bold_lead:
        p.set_font("DVS", "B", 10); p.write(5.2, bold_lead + " "); p.set_font("DVS", "", 10)
    p.write(5.2, t); p.ln(7)
par("l’Avviso regionale di protezione civile per il rischio meteo-idrogeologico e idraulico n. 26073 del 13/03/2026, emesso dal Dipartimento Regionale della Protezione Civile della Regione Siciliana, che per la giornata di sabato 14 marzo 2026 dichiara per la zona di allerta “I – Sicilia sud-orientale, versante Stretto di Sicilia e Ionio” il livello di ALLERTA ROSSA – fase operativa di allarme;", "VISTO")
par("che le previsioni indicano precipitazioni diffuse, anche a carattere di rovescio o temporale, con quantitativi cumulati elevati e venti di burrasca dai quadranti meridionali, con possibili mareggiate lungo le coste esposte;", "CONSIDERATO")
par("necessario adottare, a scopo precauzionale, misure idonee a prevenire ed eliminare gravi pericoli per l’incolumità della popolazione, riducendo la presenza di persone in luoghi esposti e gli spostamenti non necessari;", "RITENUTO")
par("gli artt. 50 e 54 del D.Lgs. 267/2000, il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) e il Piano comunale di protezione civile approvato con deliberazione del Consiglio comunale n. 38 del 28/07/2023;", "VISTI")
p.set_font("DVS", "B", 11); p.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
pts = ["la chiusura di tutte le scuole pubbliche e private di ogni ordine e grado, compresi gli asili nido e le sezioni primavera, presenti sul territorio comunale per l’intera giornata di sabato 14 marzo 2026;",
       "la chiusura al pubblico dei parchi, delle ville comunali, degli impianti sportivi all’aperto e del cimitero comunale per la medesima giornata;",
       "il divieto di sosta e di transito pedonale sui pontili e sulle banchine della Darsena e del lungomare Rossini per tutta la durata dell’allerta;",
       "ai cittadini di limitare gli spostamenti allo stretto necessario e di non sostare in prossimità di corsi d’acqua, sottopassi e aree soggette ad allagamento."]
for i, t in enumerate(pts, 1):
    p.set_font("DVS", "", 10); p.set_x(15); p.cell(8, 5.2, f"{i}.")
    p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(2)
p.set_font("DVS", "B", 11); p.cell(0, 7, "D I S P O N E", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DVS", "", 10)
p.multi_cell(0, 5.2, "che la presente ordinanza sia resa nota alla cittadinanza mediante pubblicazione all’Albo Pretorio on line e sul sito istituzionale dell’Ente e sia trasmessa alla Prefettura – Ufficio Territoriale del Governo di Siracusa, ai Dirigenti scolastici, al Comando di Polizia Municipale, alla Capitaneria di Porto di Augusta e al Comando Compagnia Carabinieri di Augusta.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("DVS", "I", 9.5)
p.multi_cell(0, 5, "Avverso il presente provvedimento è ammesso ricorso al TAR Sicilia – Sezione staccata di Catania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.set_font("DVS", "", 10); p.cell(90, 5, "Augusta, dalla Residenza Municipale, 13/03/2026")
p.set_font("DVS", "B", 10); p.cell(0, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(105); p.set_font("DVS", "", 10); p.cell(0, 5, "Avv. Salvatore Carrubba", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(105); p.set_font("DVSans", "", 7); p.cell(0, 4, "Firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
p.output("ordinanza-augusta.pdf")
