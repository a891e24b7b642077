# Comune di Soresina (CR) - decreto del Sindaco n. 5 del 14.4.2026 (date without leading zeros): Vice Segretario.
# fpdf2 with core fonts: justified paragraphs (word spacing set with Tw), letterhead drawn in header() and the
# decree's number repeated in the running head and foot of every page.
import sys
from fpdf import FPDF

class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(120, 20, 30); self.set_fill_color(120, 20, 30)
            self.rect(20, 12, 14, 17, style="F")
            self.set_text_color(255, 255, 255); self.set_font("Helvetica", "B", 9)
            self.set_xy(20, 17); self.cell(14, 6, "CS", align="C")
            self.set_text_color(0, 0, 0)
            self.set_xy(38, 12); self.set_font("Times", "B", 18); self.cell(0, 8, "COMUNE DI SORESINA")
            self.set_xy(38, 20); self.set_font("Times", "I", 10.5); self.cell(0, 5, "Provincia di Cremona")
            self.set_xy(38, 25); self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, "Piazza Marconi, 7 - 26015 Soresina (CR) - Tel. 0374 349411 - PEC comune.soresina@pec.regione.lombardia.it")
            self.set_line_width(0.6); self.line(20, 32, 190, 32); self.set_y(38)
        else:
            self.set_font("Helvetica", "I", 8); self.set_text_color(90, 90, 90)
            self.set_xy(20, 10); self.cell(85, 5, "Comune di Soresina")
            self.cell(85, 5, "Decreto del Sindaco n. 5 del 14.4.2026", align="R")
            self.set_text_color(0, 0, 0); self.set_line_width(0.2); self.line(20, 16, 190, 16); self.set_y(22)
    def footer(self):
        self.set_y(-16); self.set_font("Helvetica", "", 7.5); self.set_text_color(90, 90, 90)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(120, 5, "Decreto del Sindaco n. 5 del 14.4.2026 - documento firmato digitalmente (D.Lgs. 82/2005)")
        self.cell(50, 5, "Pag. %d/{nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

pdf = Doc(format="A4"); pdf.core_fonts_encoding = "windows-1252"; pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 22)
pdf.set_title("Decreto sindacale 5/2026"); pdf.set_author("segreteria"); pdf.set_creator("Word 2019 / PDF-XChange")
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("Times", "B", 15); pdf.cell(0, 8, "DECRETO DEL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "B", 12); pdf.cell(0, 7, "N. 5 del 14.4.2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 11.5)
x0 = pdf.get_x(); pdf.cell(24, 6, "OGGETTO:")
pdf.multi_cell(0, 6, "Individuazione del Vice Segretario comunale e attribuzione delle funzioni vicarie del Segretario per il periodo dal 15 aprile 2026 al 31 dicembre 2028.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 12); pdf.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)

def para(t, after=2.2):
    pdf.set_font("Times", "", 11.5); pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(after)

for t in [
    "Visti l'art. 97, comma 5, del D.Lgs. 18 agosto 2000, n. 267, secondo il quale il regolamento sull'ordinamento degli uffici e dei servizi può prevedere un vice segretario per coadiuvare il segretario e sostituirlo nei casi di vacanza, assenza o impedimento, e l'art. 50, comma 10, del medesimo decreto;",
    "Visto l'art. 18 del vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 112 del 20.12.2019 e modificato con deliberazione n. 38 del 12.3.2026, che attribuisce al Sindaco l'individuazione del Vice Segretario tra i funzionari in possesso dei requisiti per l'accesso alla carriera di segretario comunale;",
    "Dato atto che la sede di segreteria è convenzionata con il Comune di Casalmorano e che il Segretario comunale titolare, dott. Giovanni Rossetti, presta servizio presso questo Ente per 24 ore settimanali, sicché è necessario assicurare con continuità le funzioni di assistenza giuridico-amministrativa e di verbalizzazione;",
    "Esaminato il curriculum della dott.ssa Paola Ferrari, funzionaria di ruolo, Responsabile dell'Area Amministrativa, in possesso della laurea magistrale in giurisprudenza e di una esperienza ultradecennale nella gestione degli affari generali e dei servizi demografici;",
    "Sentito il Segretario comunale, che ha espresso parere favorevole con nota prot. n. 5128 del 9.4.2026;",
    "Acquisita la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità resa dall'interessata ai sensi dell'art. 20 del D.Lgs. 8 aprile 2013, n. 39, conservata agli atti;",
]:
    para(t)
pdf.ln(1)
pdf.set_font("Times", "B", 12); pdf.cell(0, 7, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
for i, t in enumerate([
    "di individuare la dott.ssa Paola Ferrari, Responsabile dell'Area Amministrativa, quale Vice Segretario comunale del Comune di Soresina, con decorrenza dal 15 aprile 2026 e fino al 31 dicembre 2028, salvo revoca;",
    "di attribuire alla Vice Segretaria le funzioni vicarie del Segretario comunale nei casi di vacanza, assenza o impedimento di quest'ultimo, compresa la partecipazione con funzioni di verbalizzazione alle sedute della Giunta e del Consiglio comunale;",
    "di dare atto che per lo svolgimento delle funzioni vicarie spetta all'incaricata la maggiorazione della retribuzione di posizione di € 2.400,00 annui lordi, nei limiti del fondo per la retribuzione di posizione e di risultato;",
    "di revocare il precedente decreto n. 9 del 28.6.2023, con il quale le funzioni di Vice Segretario erano state attribuite al dott. Luca Bonetti, collocato a riposo dal 1° aprile 2026;",
    "di notificare il presente decreto all'interessata e di trasmetterlo al Segretario comunale, al Servizio Personale e alla Prefettura di Milano – Albo dei Segretari comunali e provinciali, disponendone la pubblicazione all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\".",
], 1):
    pdf.set_font("Times", "", 11.5)
    if pdf.get_y() > 255: pdf.add_page()
    y = pdf.get_y(); pdf.cell(8, 5.6, "%d." % i)
    pdf.set_xy(28, y); pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.2)
pdf.ln(4)
pdf.set_font("Times", "", 11.5); pdf.cell(0, 6, "Soresina, 14.4.2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_x(115); pdf.set_font("Times", "B", 11.5); pdf.cell(75, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("Times", "", 11.5); pdf.cell(75, 6, "Fabrizio Ardigò", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("Times", "I", 9); pdf.cell(75, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, "PER ACCETTAZIONE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9); pdf.cell(0, 5, "La Responsabile dell'Area Amministrativa - dott.ssa Paola Ferrari", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
