# Comune di Priverno - Bando di gara n. 3/2026 (procedura aperta, refezione scolastica), in the layout of a
# tender notice generated for the Net4market e-procurement platform (sectioned "SEZIONE I..." form). fpdf2.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/liberation/"
TITLE = "PROCEDURA APERTA PER L’AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER GLI ANNI SCOLASTICI 2026/2027 – 2027/2028 – 2028/2029 – CIG B6A41C2E77"

class Bando(FPDF):
    def header(self):
        self.set_font("LS", "", 7.5); self.set_text_color(80, 80, 80)
        self.cell(0, 4, "Comune di Priverno – Bando di gara n. 3/2026", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Piattaforma telematica Net4market – Procedura n. PRV-2026-0007", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 90, 140); self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 7)
        self.cell(0, 4, "Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Pag. {self.page_no()} di {{nb}}", align="R")

pdf = Bando(format="A4")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_margins(18, 14, 18); pdf.set_auto_page_break(True, 20)
pdf.set_title("Bando di gara n. 3/2026"); pdf.set_author("Comune di Priverno"); pdf.set_creator("Net4market - modulo bandi")
pdf.add_page()

# letterhead
pdf.set_draw_color(120, 120, 120); pdf.rect(18, pdf.get_y(), 16, 19)
pdf.set_font("LS", "I", 6); pdf.set_xy(18, pdf.get_y() + 8); pdf.cell(16, 3, "stemma", align="C")
pdf.set_xy(38, pdf.get_y() - 8)
pdf.set_font("LS", "B", 16); pdf.cell(0, 7, "COMUNE DI PRIVERNO", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 9); pdf.cell(0, 5, "Provincia di Latina", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "B", 9); pdf.cell(0, 5, "Settore III – Servizi alla Persona e Pubblica Istruzione", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_fill_color(0, 90, 140); pdf.set_text_color(255, 255, 255); pdf.set_font("LS", "B", 13)
pdf.cell(0, 9, "BANDO DI GARA N. 3/2026", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.ln(2)
pdf.set_font("LS", "B", 10.5)
pdf.multi_cell(0, 5.5, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.6, "(indetta con determinazione del Responsabile del Settore III n. 58 del 04/03/2026 – R.G. n. 171)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

def sec(t):
    pdf.ln(2); pdf.set_fill_color(225, 235, 243); pdf.set_font("LS", "B", 9.5)
    pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)

def row(k, v):
    pdf.set_font("LS", "B", 9); y = pdf.get_y()
    pdf.multi_cell(52, 4.6, k, align="L", new_x="RIGHT", new_y="TOP")
    pdf.set_font("LS", "", 9)
    pdf.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    pdf.set_font("LS", "B", 9)
    kh = len(pdf.multi_cell(52, 4.6, k, dry_run=True, output="LINES")) * 4.6
    pdf.set_y(max(y2, y + kh))
    pdf.ln(1)

sec("SEZIONE I: AMMINISTRAZIONE AGGIUDICATRICE")
row("I.1) Denominazione e indirizzi", "Comune di Priverno – Settore III – Servizi alla Persona e Pubblica Istruzione – Piazza Giovanni XXIII, 04015 Priverno (LT) – Codice NUTS ITI44.")
row("I.2) Responsabile Unico del Progetto", "Dott.ssa Francesca Carpinelli – Responsabile del Settore III.")
row("I.3) Comunicazione", "I documenti di gara sono disponibili per un accesso gratuito, illimitato e diretto sulla piattaforma telematica Net4market, nella sezione “Bandi e avvisi” dell’Ente. Le offerte vanno inviate esclusivamente in versione elettronica tramite la piattaforma.")
sec("SEZIONE II: OGGETTO")
row("II.1) Descrizione", "Servizio di preparazione, trasporto e somministrazione dei pasti agli alunni della scuola dell’infanzia e primaria a tempo pieno e al personale avente diritto, con fornitura di derrate da filiera corta e biologica (CAM D.M. 10/03/2020). CPV 55524000-9.")
row("II.2) Valore stimato", "€ 1.185.600,00 IVA esclusa, di cui € 4.200,00 per oneri della sicurezza non soggetti a ribasso (pasti stimati n. 228.000 nel triennio, prezzo unitario a base di gara € 5,18).")
row("II.3) Durata", "Tre anni scolastici, dal 01/09/2026 al 30/06/2029, con opzione di proroga tecnica per un massimo di sei mesi.")
sec("SEZIONE III: INFORMAZIONI DI CARATTERE GIURIDICO, ECONOMICO, FINANZIARIO E TECNICO")
row("III.1) Requisiti", "Iscrizione alla C.C.I.A.A. per attività coerenti con l’oggetto; fatturato specifico medio annuo nel settore della ristorazione scolastica, riferito agli ultimi tre esercizi, non inferiore a € 350.000,00; certificazione UNI EN ISO 9001:2015.")
row("III.2) Garanzie", "Garanzia provvisoria pari al 2% del valore a base di gara ai sensi dell’art. 106 del D.Lgs. 36/2023.")
sec("SEZIONE IV: PROCEDURA")
row("IV.1) Tipo di procedura", "Procedura aperta ai sensi dell’art. 71 del D.Lgs. 36/2023.")
row("IV.2) Criterio di aggiudicazione", "Offerta economicamente più vantaggiosa: offerta tecnica punti 80, offerta economica punti 20.")
row("IV.3) Termine per le offerte", "Ore 12:00 del giorno 14/04/2026.")
row("IV.4) Apertura delle offerte", "Prima seduta pubblica telematica: ore 10:00 del giorno 16/04/2026.")
sec("SEZIONE VI: ALTRE INFORMAZIONI")
row("VI.1) Procedure di ricorso", "T.A.R. Lazio – Sezione staccata di Latina, entro 30 giorni dalla pubblicazione.")
row("VI.2) Pubblicazione", "Il presente bando è pubblicato sulla Banca Dati Nazionale dei Contratti Pubblici, all’Albo Pretorio on line del Comune e nella sezione “Amministrazione Trasparente”.")
pdf.ln(6)
if pdf.will_page_break(24):
    pdf.add_page()
pdf.set_font("LS", "", 9.5)
pdf.cell(0, 5, "Priverno, 09/03/2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("LS", "B", 9.5); pdf.cell(80, 5, "IL RESPONSABILE DEL SETTORE III", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 9.5); pdf.cell(80, 5, "Dott.ssa Francesca Carpinelli", align="C", new_x="LEFT", new_y="NEXT")
pdf.output(sys.argv[1])
