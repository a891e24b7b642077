# Unione dei Comuni Terre del Campidano: letter convening the Assemblea dell'Unione, fpdf2.
# Letterhead, protocol line and "Pagina X di Y" foot are drawn by header()/footer() on every page;
# the letter runs over two pages (agenda and notes on page 2). Justified paragraphs (fpdf2 align="J").
import sys
from fpdf import FPDF

class Letter(FPDF):
    def header(self):
        self.set_draw_color(150, 90, 20); self.set_fill_color(150, 90, 20)
        self.rect(18, 12, 4, 20, "F")
        self.set_xy(25, 12); self.set_font("LS", "B", 14); self.set_text_color(90, 50, 10)
        self.cell(0, 7, "UNIONE DEI COMUNI TERRE DEL CAMPIDANO", new_x="LMARGIN", new_y="NEXT")
        self.set_x(25); self.set_font("LS", "", 8.5); self.set_text_color(60, 60, 60)
        self.cell(0, 5, "Provincia del Sud Sardegna – Ufficio di Presidenza", new_x="LMARGIN", new_y="NEXT")
        self.set_x(25); self.cell(0, 5, "PEC: unione.terredelcampidano@pec.it – C.F. 91019870925", new_x="LMARGIN", new_y="NEXT")
        self.line(18, 36, 192, 36); self.set_text_color(0, 0, 0); self.set_y(42)
    def footer(self):
        self.set_y(-18); self.set_draw_color(150, 90, 20); self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("LS", "", 7.5); self.set_text_color(80, 80, 80)
        self.cell(120, 6, "Unione dei Comuni Terre del Campidano – Prot. n. 987 del 11/05/2026")
        self.cell(0, 6, f"Pagina {self.page_no()} di {{nb}}", align="R")

pdf = Letter(format="A4"); pdf.set_margins(22, 42, 22); pdf.set_auto_page_break(True, 24)
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
pdf.add_font("LS", "I", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf")
pdf.set_creator("Protocollo Informatico Unione 2.4"); pdf.set_title("Convocazione Assemblea")
pdf.add_page()
pdf.set_font("LS", "", 11)
pdf.cell(90, 6, "Prot. n. 987"); pdf.cell(0, 6, "Samassi, 11/05/2026", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_x(110)
pdf.multi_cell(80, 5.5, "Ai Componenti dell'Assemblea dell'Unione\nAi Sindaci dei Comuni aderenti\nAl Revisore dei conti\ne p.c. Al Segretario dell'Unione\nLORO SEDI", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "B", 11)
pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(0, 6, "Convocazione dell'Assemblea dell'Unione in seduta ordinaria – 20 maggio 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4); pdf.set_font("LS", "", 11)
for s in [
 "Ai sensi dell'art. 14 dello Statuto dell'Unione e dell'art. 6 del Regolamento per il funzionamento dell'Assemblea, la S.V. è invitata a partecipare alla seduta ordinaria dell'Assemblea dell'Unione dei Comuni Terre del Campidano, che si terrà presso la sala riunioni della sede dell'Unione, in Samassi, via Municipio n. 2,",
]:
    pdf.multi_cell(0, 6, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("LS", "B", 12)
pdf.multi_cell(0, 8, "mercoledì 20 maggio 2026 alle ore 18:00 in prima convocazione\ne, occorrendo, giovedì 21 maggio 2026 alle ore 18:00 in seconda convocazione,", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 11); pdf.ln(2)
pdf.multi_cell(0, 6, "per la trattazione degli argomenti iscritti al seguente", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("LS", "B", 11); pdf.cell(0, 7, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("LS", "", 11)
odg = ["Lettura e approvazione dei verbali della seduta del 26 marzo 2026;",
 "Comunicazioni del Presidente;",
 "Approvazione del rendiconto della gestione per l'esercizio 2025;",
 "Variazione al bilancio di previsione 2026-2028 e applicazione di quota dell'avanzo di amministrazione;",
 "Approvazione della convenzione per la gestione associata del servizio di Polizia Locale tra i Comuni aderenti;",
 "Servizio associato di raccolta e trasporto dei rifiuti urbani: presa d'atto della relazione annuale del gestore;",
 "Modifica del Regolamento sull'ordinamento degli uffici e dei servizi dell'Unione;",
 "Nomina del Nucleo di valutazione per il triennio 2026-2028."]
for i, s in enumerate(odg, 1):
    pdf.cell(10, 6, f"{i}."); pdf.multi_cell(0, 6, s, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
for s in [
 "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria dell'Unione ed è consultabile, a partire dal terzo giorno antecedente la seduta, negli orari di apertura al pubblico; la stessa è inoltre trasmessa ai componenti tramite la piattaforma documentale dell'Unione.",
 "Si ricorda che, in caso di impedimento, il Sindaco può delegare a partecipare un componente della propria Giunta, ai sensi dell'art. 12, comma 3, dello Statuto, dandone comunicazione scritta alla Presidenza prima dell'inizio della seduta.",
 "Distinti saluti."]:
    pdf.multi_cell(0, 6, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.ln(10)
pdf.set_x(115); pdf.multi_cell(70, 6, "Il Presidente dell'Unione\nEnrico Pisano\n", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("LS", "I", 8.5); pdf.multi_cell(70, 4.5, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
