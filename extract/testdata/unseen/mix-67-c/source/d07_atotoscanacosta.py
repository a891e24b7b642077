# ATO Toscana Costa (Livorno, Toscana): determinazione del Direttore Generale n. 41/2026.
# fpdf2 with DejaVu TrueType fonts embedded as CID fonts (Identity-H); letterhead and footer repeated on every
# page by header()/footer(); the premises set in two justified columns (text_columns), the rest full width.
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

DJ = "/usr/share/fonts/truetype/dejavu/"

class Doc(FPDF):
    def header(self):
        self.set_font("DJ", "B", 15); self.set_text_color(0, 84, 122)
        self.set_xy(18, 11); self.cell(110, 7, "ATO TOSCANA COSTA")
        self.set_font("DJ", "", 7.5); self.set_text_color(60, 60, 60)
        self.set_xy(18, 18); self.cell(110, 4, "Autorità per il servizio di gestione integrata dei rifiuti urbani")
        self.set_xy(18, 22); self.cell(110, 4, "Comuni delle Province di Livorno, Lucca, Massa-Carrara e Pisa")
        self.set_font("DJ", "", 8); self.set_text_color(0, 84, 122)
        self.set_xy(120, 13); self.multi_cell(72, 4, "Determinazione del Direttore Generale\nn. 41 del 08/05/2026", align="R")
        self.set_draw_color(0, 84, 122); self.set_line_width(0.6); self.line(18, 28, 192, 28)
        self.set_text_color(0, 0, 0); self.set_y(34)

    def footer(self):
        self.set_y(-16); self.set_draw_color(150, 150, 150); self.set_line_width(0.2); self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("DJ", "", 7); self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Documento firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82")
        self.cell(54, 5, f"Pag. {self.page_no()} di {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

pdf = Doc(format="A4"); pdf.set_margins(18, 34, 18); pdf.set_auto_page_break(True, 22)
pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DJS", "", DJ + "DejaVuSerif.ttf"); pdf.add_font("DJS", "I", DJ + "DejaVuSerif-Italic.ttf"); pdf.add_font("DJS", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.set_title("Determina DG 41-2026"); pdf.set_author("ATO Toscana Costa"); pdf.set_creator("Sfera Atti - stampa PDF"); pdf.set_producer("PyFPDF/fpdf2 2.8.9")
pdf.add_page()

pdf.set_font("DJ", "B", 12.5); pdf.cell(0, 7, "DETERMINAZIONE DEL DIRETTORE GENERALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("DJ", "", 10.5); pdf.cell(0, 6, "N. 41/2026  –  del 8 maggio 2026", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_font("DJ", "", 8.5); pdf.set_fill_color(232, 241, 246)
pdf.cell(52, 6, "Struttura proponente", border=1, fill=True)
pdf.cell(122, 6, "Area Pianificazione e Controllo", border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(52, 6, "Responsabile del procedimento", border=1, fill=True)
pdf.cell(122, 6, "ing. Martina Lenzi", border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font("DJS", "B", 10.5); pdf.cell(25, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, "Affidamento del servizio di supporto tecnico-economico per la predisposizione dei Piani Economico Finanziari 2026-2029 secondo il metodo tariffario MTR-3 di ARERA – Determinazione a contrarre e affidamento diretto – CIG B8D0E61F35.",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_font("DJ", "B", 10.5); pdf.cell(0, 6, "IL DIRETTORE GENERALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
prem = [
 "Vista la legge regionale Toscana 28 dicembre 2011, n. 69, che ha istituito l'Autorità per il servizio di gestione integrata dei rifiuti urbani dell'ambito territoriale ottimale Toscana Costa;",
 "Visto lo Statuto dell'Autorità e il decreto del Presidente n. 3 del 15/01/2024 di conferimento dell'incarico di Direttore Generale;",
 "Vista la deliberazione ARERA n. 397/2025/R/rif, che approva il metodo tariffario rifiuti per il quarto periodo regolatorio 2026-2029 (MTR-3) e dispone la predisposizione dei Piani Economico Finanziari da parte degli Enti territorialmente competenti;",
 "Considerato che l'Autorità deve validare i PEF dei 100 Comuni dell'ambito entro i termini fissati dalla Regione e che la struttura non dispone di personale sufficiente per l'analisi dei dati di costo dei gestori;",
 "Dato atto che è stato acquisito, tramite la piattaforma START della Regione Toscana, il preventivo della società Economia Servizi Pubblici S.r.l. di Firenze, per euro 38.500,00 oltre IVA, ritenuto congruo;",
 "Verificato il possesso dei requisiti di ordine generale ai sensi degli artt. 94 e seguenti del D.Lgs. 31 marzo 2023, n. 36, e accertata la disponibilità dei fondi sul bilancio 2026;",
 "Visto l'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023;",
]
pdf.set_font("DJS", "", 9.5)
with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25, balance=True) as cols:
    for t in prem:
        cols.write(text=t + "\n"); cols.ln(0.6)
pdf.ln(3)
pdf.set_font("DJ", "B", 10.5); pdf.cell(0, 6, "DETERMINA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font("DJS", "", 10)
pts = [
 "di affidare alla società Economia Servizi Pubblici S.r.l., con sede in Firenze, il servizio di supporto tecnico-economico per la predisposizione e la validazione dei Piani Economico Finanziari 2026-2029 dei Comuni dell'ambito, per l'importo di euro 38.500,00 oltre IVA;",
 "di impegnare la spesa complessiva di euro 46.970,00 al capitolo 1030211 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di nominare Responsabile Unico del Progetto l'ing. Martina Lenzi, in servizio presso l'Area Pianificazione e Controllo;",
 "di pubblicare il presente provvedimento all'Albo on line dell'Autorità e nella sezione Amministrazione Trasparente del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    pdf.set_x(18); pdf.cell(8, 5.4, f"{i}.")
    pdf.multi_cell(166, 5.4, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.2)
pdf.ln(8)
pdf.set_x(110); pdf.set_font("DJ", "B", 10); pdf.cell(80, 5, "IL DIRETTORE GENERALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110); pdf.set_font("DJS", "", 10); pdf.cell(80, 5, "dott. Andrea Bacciotti", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110); pdf.set_font("DJS", "I", 8.5); pdf.cell(80, 5, "(firmato digitalmente)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(10)
if pdf.will_page_break(22): pdf.add_page()
pdf.set_font("DJ", "B", 8.5); pdf.cell(0, 5, "ATTESTAZIONE DI COPERTURA FINANZIARIA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("DJ", "", 8.5)
pdf.multi_cell(0, 4.4, "Si attesta la copertura finanziaria della spesa di cui al presente atto: impegno n. 118/2026, capitolo 1030211, esercizio 2026. "
               "Livorno, 08/05/2026 – La Responsabile dell'Area Amministrativa, dott.ssa Silvia Marchetti.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(sys.argv[1])
