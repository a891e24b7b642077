# Comune di Brebbia (VA): letter convening the Consiglio comunale; fpdf2 with DejaVu TrueType
# embedded (Identity-H CID fonts); letterhead drawn by header() and a protocol/page foot by
# footer() on both pages.
import sys
from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_draw_color(30, 80, 40); self.set_line_width(0.5)
        self.rect(18, 12, 15, 18)
        self.set_font("dv", "", 5); self.set_xy(18, 19); self.cell(15, 4, "stemma", align="C")
        self.set_xy(37, 12); self.set_font("dv", "B", 14); self.cell(0, 7, "COMUNE DI BREBBIA")
        self.set_xy(37, 19); self.set_font("dv", "", 9); self.cell(0, 5, "Provincia di Varese")
        self.set_xy(37, 24); self.set_font("dv", "", 7.5); self.cell(0, 4, "Via Garibaldi, 19 – 21020 Brebbia (VA) – tel. 0332 989011 – protocollo@comune.brebbia.va.it")
        self.line(18, 33, 192, 33); self.set_y(40)
    def footer(self):
        self.set_y(-16); self.set_draw_color(120, 120, 120); self.set_line_width(0.2); self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("dv", "", 7)
        self.cell(87, 5, "Prot. n. 3021/2.3 del 10/06/2026 – VerbanoPA Segreteria")
        self.cell(87, 5, f"pag. {self.page_no()} di {{nb}}", align="R")

pdf = P(format="A4"); pdf.set_margins(22, 40, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("dv", "", D + "DejaVuSans.ttf"); pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf"); pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_title("Convocazione Consiglio comunale 18/06/2026"); pdf.set_creator("VerbanoPA Segreteria 3.0"); pdf.set_author("Comune di Brebbia")
pdf.alias_nb_pages(); pdf.add_page()
pdf.set_font("dv", "", 9.5)
pdf.cell(0, 5, "Prot. n. 3021/2.3", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Brebbia, 10 giugno 2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(112); pdf.multi_cell(80, 5, "Ai Signori Consiglieri comunali\nAl Segretario comunale\nAl Revisore dei conti\ne p.c. Al Prefetto di Varese\nAlla Stazione Carabinieri di Besozzo", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("dv", "B", 10); pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, "Convocazione del Consiglio comunale in sessione ordinaria – seduta del 18 giugno 2026.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_font("dv", "", 10)
pdf.multi_cell(0, 5.5, "Ai sensi dell'art. 38 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente Regolamento per il funzionamento del Consiglio comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio comunale che si terrà, in sessione ordinaria e in prima convocazione, presso la Sala consiliare del Palazzo municipale in via Garibaldi n. 19,", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("dv", "B", 11); pdf.cell(0, 7, "giovedì 18 giugno 2026 alle ore 21:00", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 10)
pdf.multi_cell(0, 5.5, "e, in caso di mancanza del numero legale, in seconda convocazione venerdì 19 giugno 2026 alla stessa ora, per la trattazione del seguente", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("dv", "B", 10.5); pdf.cell(0, 7, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("dv", "", 10)
odg = [
 "Lettura e approvazione dei verbali della seduta del 28 aprile 2026.",
 "Comunicazioni del Sindaco.",
 "Ratifica della deliberazione della Giunta comunale n. 49 del 21/05/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026-2028 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000\".",
 "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
 "Approvazione della convenzione con i Comuni di Besozzo e Monvalle per la gestione associata del servizio di Polizia Locale – periodo 2026-2030.",
 "Approvazione del Regolamento comunale per l'utilizzo della spiaggia pubblica e del pontile sul Lago Maggiore in località Lido.",
 "Adozione del Piano di Governo del Territorio – variante parziale al Piano delle Regole ai sensi dell'art. 13 della L.R. Lombardia 11 marzo 2005, n. 12.",
 "Mozione presentata dal gruppo consiliare \"Brebbia Domani\" in merito alla sicurezza della pista ciclopedonale del lungolago.",
 "Interrogazione presentata dal consigliere Marco Bianchi sulla manutenzione della scuola primaria \"G. Rodari\".",
]
for i, t in enumerate(odg, 1):
    pdf.cell(9, 5.5, f"{i}."); pdf.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(2)
pdf.multi_cell(0, 5.5, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria e consultabile nell'area riservata ai consiglieri a partire dalla data odierna, nell'orario di apertura degli uffici. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(0, 5.5, "Si ricorda che, ai sensi del Regolamento, i consiglieri impossibilitati a intervenire sono tenuti a darne comunicazione alla Segreteria prima dell'inizio della seduta.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.cell(0, 5.5, "Distinti saluti.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(8)
pdf.set_x(120); pdf.cell(70, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120); pdf.cell(70, 5.5, "Fabrizio Colombo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "I", 7.5); pdf.set_x(120); pdf.cell(70, 4.5, "(documento firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
