# Comune di Fénis - ordinanza sindacale, banded report layout in the manner of a DevExpress XtraReports print, made with fpdf2
from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
SUBJ = ("Divieto temporaneo di circolazione e di sosta sulla strada comunale di Miséregne, nel tratto compreso "
        "tra l'intersezione con la S.R. n. 13 e il civico n. 18, per lavori di rifacimento della rete acquedottistica.")

class R(FPDF):
    def header(self):
        self.set_fill_color(38, 64, 110); self.rect(0, 0, 210, 4, "F")
        self.set_xy(15, 9)
        self.set_font("DV", "B", 13); self.set_text_color(38, 64, 110)
        self.cell(120, 6, "COMUNE DI FÉNIS", new_x="LEFT", new_y="NEXT")
        self.set_font("DV", "", 9); self.set_text_color(80, 80, 80)
        self.cell(120, 4.5, "COMMUNE DE FÉNIS", new_x="LEFT", new_y="NEXT")
        self.set_font("DV", "", 7.5)
        self.cell(120, 4, "Regione Autonoma Valle d'Aosta – Région Autonome Vallée d'Aoste", new_x="LEFT", new_y="NEXT")
        self.cell(120, 4, "Località Capoluogo, 56 – 11020 Fénis (AO)")
        self.set_xy(140, 9); self.set_font("DV", "", 7); self.set_text_color(60, 60, 60)
        self.set_draw_color(150, 150, 150)
        self.multi_cell(55, 4, "Prot. n. 2291/VI.5\ndel 15/04/2026\nClassificazione: 06.05\nFascicolo: 2026/11", border=1, align="L")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(38, 64, 110); self.set_line_width(0.5); self.line(15, 30, 195, 30)
        self.set_y(34)
    def footer(self):
        self.set_y(-16); self.set_draw_color(180, 180, 180); self.set_line_width(0.2); self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("DV", "", 6.5); self.set_text_color(90, 90, 90)
        self.cell(100, 4, "Ordinanza n. 7/2026 – Stampato il 15/04/2026 12:47:03 – utente: ufftec02")
        self.cell(80, 4, f"Pagina {self.page_no()} di {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(180, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", align="C")
        self.set_text_color(0, 0, 0)

pdf = R("P", "mm", "A4")
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf"); pdf.add_font("DV", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_margins(15, 34, 15); pdf.set_auto_page_break(True, 18)
pdf.set_title("Ordinanza sindacale n. 7/2026"); pdf.set_creator("Modulo Ordinanze - report XtraReports")
pdf.add_page()

def band(title):
    pdf.set_fill_color(226, 232, 242); pdf.set_font("DV", "B", 8.5)
    pdf.cell(0, 6, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)

def body(t, indent=0):
    pdf.set_font("DV", "", 9)
    pdf.set_x(15 + indent)
    pdf.multi_cell(180 - indent, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)

pdf.set_font("DV", "B", 8); pdf.set_fill_color(245, 245, 245)
for lab, val in [("Tipo atto", "ORDINANZA SINDACALE"), ("Numero", "7"), ("Data", "15/04/2026"), ("Ufficio", "Ufficio Tecnico Comunale – Lavori pubblici e viabilità")]:
    pdf.set_font("DV", "B", 8); pdf.cell(35, 6, lab, border=1, fill=True)
    pdf.set_font("DV", "", 8.5); pdf.cell(145, 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
band("OGGETTO")
pdf.set_font("DV", "B", 9.5); pdf.multi_cell(180, 5, SUBJ, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
band("IL SINDACO")
for t in ["VISTA la richiesta presentata in data 08/04/2026, prot. n. 2167, dall'impresa Idraulica Dora s.n.c. di Nus, esecutrice dei lavori di rifacimento della rete acquedottistica comunale nella frazione di Miséregne affidati con determinazione del Segretario comunale n. 41 del 12/03/2026, intesa ad ottenere la chiusura al traffico del tratto stradale interessato;",
          "CONSIDERATO che la carreggiata della strada comunale di Miséregne, nel tratto compreso tra l'intersezione con la S.R. n. 13 e il civico n. 18, ha una larghezza tale da non consentire il transito dei veicoli in condizioni di sicurezza durante l'esecuzione degli scavi;",
          "RITENUTO necessario, per ragioni di sicurezza della circolazione e di pubblica incolumità, disporre il divieto temporaneo di transito e di sosta nel suddetto tratto;",
          "VISTI gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;",
          "VISTA la Legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta) e lo Statuto comunale;"]:
    body(t)
band("ORDINA")
for i, t in enumerate(["il divieto di circolazione per tutti i veicoli sulla strada comunale di Miséregne, nel tratto compreso tra l'intersezione con la S.R. n. 13 e il civico n. 18, dalle ore 7:30 del giorno 20/04/2026 alle ore 18:00 del giorno 15/05/2026, nei giorni feriali dalle ore 7:30 alle ore 18:00, fatta eccezione per i mezzi dell'impresa esecutrice, i mezzi di soccorso e di polizia;",
                        "il divieto di sosta con rimozione forzata, nello stesso tratto e per lo stesso periodo, su entrambi i lati della carreggiata;",
                        "all'impresa Idraulica Dora s.n.c. di provvedere all'installazione e al mantenimento della prescritta segnaletica stradale, anche di preavviso, conforme al D.M. 10 luglio 2002, nonché di garantire l'accesso pedonale alle abitazioni e il transito dei residenti al termine di ciascuna giornata lavorativa."], 1):
    pdf.set_font("DV", "B", 9); pdf.cell(8, 4.8, f"{i}.")
    pdf.set_font("DV", "", 9); pdf.multi_cell(172, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
band("DISPONE")
body("che la presente ordinanza sia resa nota mediante pubblicazione all'Albo pretorio on line del Comune e l'apposizione della prescritta segnaletica, e che copia della stessa sia trasmessa alla Stazione Carabinieri di Châtillon, alla Polizia locale dell'Unité des Communes valdôtaines competente e al Corpo valdostano dei Vigili del Fuoco.")
body("Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale della Valle d'Aosta entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni. I trasgressori saranno puniti ai sensi del Codice della Strada.")
pdf.ln(2)
pdf.set_font("DV", "", 9); pdf.cell(90, 5, "Fénis, 15/04/2026")
pdf.set_font("DV", "B", 9); pdf.cell(90, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, ""); pdf.set_font("DV", "", 9); pdf.cell(90, 5, "Mattia JUNOD", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, ""); pdf.set_font("DV", "I", 7); pdf.cell(90, 4, "(firmato digitalmente)", align="C")
pdf.output("ordinanza-fenis-devexpress.pdf")
