"""Determinazione dirigenziale of the ASP di Siracusa (U.O.C. Provveditorato).
J-Iride-like layout, written with fpdf2 and an embedded Liberation Sans."""
import sys
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-aspsiracusa-jiride.pdf"
FD = "/usr/share/fonts/truetype/liberation2/"

class P(FPDF):
    def header(self):
        # logo: a stylised cross in a circle
        self.set_draw_color(0, 84, 147); self.set_line_width(0.6)
        self.ellipse(15, 10, 16, 16)
        self.set_fill_color(0, 84, 147)
        self.rect(21.6, 12.5, 2.8, 11, "F"); self.rect(17.5, 16.6, 11, 2.8, "F")
        self.set_xy(35, 10.5)
        self.set_font("LS", "B", 14); self.set_text_color(0, 84, 147)
        self.cell(0, 6.5, "AZIENDA SANITARIA PROVINCIALE DI SIRACUSA", new_x="LMARGIN", new_y="NEXT")
        self.set_x(35); self.set_font("LS", "", 8.5); self.set_text_color(40, 40, 40)
        self.cell(0, 4.5, "Corso Gelone, 17 – 96100 Siracusa – C.F. e P.IVA 01661590891 – www.asp.sr.it", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 84, 147); self.set_line_width(0.5)
        self.line(15, 29, 195, 29)
        self.set_text_color(0, 0, 0); self.set_y(33)

    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.set_text_color(70, 70, 70)
        self.cell(90, 4, "Determinazione dirigenziale n. 412 del 17/03/2026 – U.O.C. Provveditorato")
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")

pdf = P(format="A4")
pdf.set_margins(15, 15, 15)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_title("Determinazione dirigenziale n. 412 del 17/03/2026")
pdf.set_author("ASP Siracusa - U.O.C. Provveditorato")
pdf.set_creator("J-Iride - Atti Amministrativi")
pdf.add_page()

# register box: two columns
y = pdf.get_y()
pdf.set_line_width(0.3); pdf.set_draw_color(0, 0, 0)
pdf.rect(15, y, 180, 24)
pdf.line(105, y, 105, y + 24)
pdf.set_xy(17, y + 2); pdf.set_font("LS", "B", 10)
pdf.cell(86, 5.5, "DIPARTIMENTO AMMINISTRATIVO", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(86, 5.5, "U.O.C. Provveditorato", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
pdf.cell(86, 5, "Proposta n. 455 del 12/03/2026", new_x="LEFT", new_y="NEXT")
pdf.set_xy(107, y + 3); pdf.set_font("LS", "B", 11)
pdf.multi_cell(86, 6, "DETERMINAZIONE DIRIGENZIALE\nN. 412 DEL 17/03/2026", align="C")
pdf.set_y(y + 28)

pdf.set_font("LS", "B", 10)
pdf.cell(20, 5.2, "OGGETTO:")
pdf.multi_cell(0, 5.2, "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, della fornitura di n. 6 carrelli per la gestione delle emergenze destinati alle UU.OO. del P.O. “Umberto I” di Siracusa – CIG B7A4C19E22 – Aggiudicazione e impegno di spesa.", align="J")
pdf.ln(4)

pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 6, "IL DIRETTORE DELLA U.O.C. PROVVEDITORATO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

def par(lead, text):
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5, f"**{lead}** {text}", align="J", markdown=True)
    pdf.ln(1.6)

par("RICHIAMATA", "la deliberazione del Direttore Generale n. 1120 del 28/11/2025, con la quale sono state attribuite ai Direttori delle Unità Operative Complesse dell'area amministrativa le competenze in materia di acquisizione di beni e servizi di importo inferiore alle soglie di cui all'art. 14 del D.Lgs. n. 36/2023;")
par("VISTA", "la nota prot. n. 18733 del 02/03/2026 con la quale il Direttore Medico del P.O. “Umberto I” ha rappresentato l'urgente necessità di sostituire n. 6 carrelli per l'emergenza in dotazione alle UU.OO. di Medicina Generale, Chirurgia Generale e Ortopedia, non più rispondenti agli standard previsti dalle raccomandazioni ministeriali;")
par("DATO ATTO", "che, a seguito di indagine di mercato espletata sulla piattaforma telematica aziendale, l'offerta economicamente più vantaggiosa è risultata quella della ditta Medical Service Sud S.r.l., con sede in Catania, per l'importo di € 21.840,00 oltre IVA al 22%, per complessivi € 26.644,80;")
par("VERIFICATO", "il possesso dei requisiti di ordine generale in capo all'operatore economico e la regolarità del DURC;")
par("ATTESTATA", "la regolarità tecnica e la legittimità del presente provvedimento;")

pdf.ln(1)
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pts = [
 "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla ditta Medical Service Sud S.r.l. la fornitura di n. 6 carrelli per la gestione delle emergenze per l'importo di € 21.840,00 oltre IVA, per complessivi € 26.644,80;",
 "di imputare la spesa di € 26.644,80 al conto economico 01.02.05.01.01 “Attrezzature sanitarie e scientifiche” del bilancio aziendale 2026, autorizzazione n. 144/2026;",
 "di nominare Direttore dell'Esecuzione del Contratto il Coordinatore infermieristico del P.O. “Umberto I”, dott. Giuseppe Di Mauro;",
 "di dare atto che il presente provvedimento non è soggetto al controllo di cui alla L.R. n. 5/2009;",
 "di disporre la pubblicazione del presente atto all'Albo on line aziendale.",
]
pdf.set_font("LS", "", 10)
for i, s in enumerate(pts, 1):
    x = pdf.get_x()
    pdf.cell(7, 5, f"{i}.")
    pdf.multi_cell(0, 5, s, align="J")
    pdf.ln(1.4)

pdf.ln(6)
yy = pdf.get_y()
pdf.set_font("LS", "", 9.5)
pdf.set_xy(15, yy); pdf.multi_cell(85, 4.8, "Il Responsabile del Procedimento\nSig.ra Rosaria Bongiovanni", align="C")
pdf.set_xy(110, yy); pdf.multi_cell(85, 4.8, "IL DIRETTORE DELLA U.O.C. PROVVEDITORATO\nDott. Salvatore Cultrera\n(firmato digitalmente)", align="C")
pdf.ln(8)

# accounting and publication boxes
def box(title, lines):
    pdf.set_font("LS", "B", 9)
    pdf.set_fill_color(228, 236, 245)
    pdf.cell(0, 6, title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9)
    pdf.multi_cell(0, 4.8, lines, border=1, align="L")
    pdf.ln(3)

if pdf.get_y() > 215:
    pdf.add_page()
box("U.O.C. ECONOMICO FINANZIARIO E PATRIMONIALE – ATTESTAZIONE DI COPERTURA",
    "Si attesta la copertura della spesa sul conto 01.02.05.01.01 – autorizzazione n. 144/2026 – esercizio 2026.\nSiracusa, 16/03/2026      Il Dirigente – Dott.ssa Marcella Spadaro")
box("PUBBLICAZIONE",
    "Il presente atto è pubblicato all'Albo on line dell'Azienda dal 18/03/2026 al 02/04/2026 (n. registro 1297).\nL'addetto alla pubblicazione – Corrado Inturrisi")
pdf.output(out)
