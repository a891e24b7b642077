# Comune di Sperlonga - determinazione R.G. 287/2026; boxed label grid imitating an old Delphi/Rave Reports print (fpdf2)
import sys
from fpdf import FPDF

LIB = "/usr/share/fonts/truetype/liberation/"

class P(FPDF):
    def header(self):
        self.set_font("TNR", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, "COMUNE DI SPERLONGA - Determinazione Reg. Gen. n. 287 del 10/04/2026", align="L")
        self.cell(0, 4, "Pag. %d/{nb}" % self.page_no(), align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.line(15, 14, 195, 14)
        self.ln(4)
    def footer(self):
        self.set_y(-14)
        self.set_font("TNR", "I", 6.5)
        self.multi_cell(0, 3, "Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 7 marzo 2005, n. 82 (CAD). "
                              "L'originale informatico è conservato presso l'archivio digitale del Comune di Sperlonga.", align="C")

pdf = P(format="A4")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 20)
pdf.add_font("TNR", "", LIB + "LiberationSerif-Regular.ttf")
pdf.add_font("TNR", "B", LIB + "LiberationSerif-Bold.ttf")
pdf.add_font("TNR", "I", LIB + "LiberationSerif-Italic.ttf")
pdf.add_font("TNR", "BI", LIB + "LiberationSerif-BoldItalic.ttf")
pdf.set_title("Determinazione n. 287 del 10/04/2026")
pdf.set_author("Comune di Sperlonga - Settore III")
pdf.set_creator("Gestione Atti (Rave Reports - imitazione)")
pdf.add_page()

# letterhead
pdf.set_draw_color(0)
pdf.rect(15, 17, 18, 22)
pdf.set_font("TNR", "", 6); pdf.set_xy(15, 26); pdf.cell(18, 3, "STEMMA", align="C")
pdf.set_xy(36, 17); pdf.set_font("TNR", "B", 18); pdf.cell(0, 8, "COMUNE DI SPERLONGA", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(36); pdf.set_font("TNR", "I", 11); pdf.cell(0, 5, "Provincia di Latina", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(36); pdf.set_font("TNR", "", 8); pdf.cell(0, 4, "Piazza Europa, 1 - 04029 Sperlonga (LT) - Tel. 0771 557 000 - www.comune.sperlonga.lt.it", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(44)
pdf.set_fill_color(215)
pdf.set_font("TNR", "B", 11)
pdf.cell(0, 7, "SETTORE III – LAVORI PUBBLICI E MANUTENZIONI", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("TNR", "", 10)
pdf.cell(0, 6, "Servizio Manutenzioni e Demanio Marittimo", border="LRB", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("TNR", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# register grid
def lab(w, t):
    pdf.set_font("TNR", "", 7.5); pdf.set_fill_color(235)
    pdf.cell(w, 5, t, border="LTR", fill=True)
def val(w, t):
    pdf.set_font("TNR", "B", 11)
    pdf.cell(w, 7, t, border="LBR", align="C")
x0 = pdf.get_x(); y0 = pdf.get_y()
lab(45, "Registro Generale N."); lab(45, "Data registrazione"); lab(45, "Registro di Settore N."); lab(45, "Data adozione")
pdf.ln(5)
val(45, "287"); val(45, "10/04/2026"); val(45, "64"); val(45, "09/04/2026")
pdf.ln(10)

pdf.set_font("TNR", "B", 10)
pdf.cell(22, 6, "OGGETTO:", border="LTB")
pdf.set_font("TNR", "B", 10)
subj = ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di pulizia "
        "straordinaria degli arenili comunali in vista della stagione balneare 2026 – CIG B6A2C41F07. Impegno di spesa.")
pdf.multi_cell(0, 5.2, subj, border="TRB", padding=(0.6, 1, 0.6, 0))
pdf.ln(4)

def para(t, style=""):
    pdf.set_font("TNR", style, 10.5)
    pdf.multi_cell(0, 5.2, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

para("**IL RESPONSABILE DEL SETTORE III**")
for t in [
    "**Visto** il decreto sindacale n. 4 del 02/01/2026 con il quale al sottoscritto sono state attribuite le funzioni di Responsabile del Settore III – Lavori Pubblici e Manutenzioni, ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;",
    "**Richiamate** la deliberazione del Consiglio Comunale n. 5 del 26/02/2026 di approvazione del bilancio di previsione 2026/2028 e la deliberazione della Giunta Comunale n. 31 del 12/03/2026 di approvazione del Piano Esecutivo di Gestione;",
    "**Premesso** che le mareggiate dei mesi di gennaio e febbraio 2026 hanno depositato sugli arenili di Levante e di Ponente ingenti quantità di materiale legnoso, plastiche e rifiuti spiaggiati, la cui rimozione è necessaria per garantire la fruibilità e il decoro delle spiagge libere in vista dell'apertura della stagione balneare;",
    "**Dato atto** che è stato richiesto preventivo, tramite la piattaforma di approvvigionamento digitale certificata, all'operatore economico Tirreno Servizi Ambientali S.r.l., con sede in Fondi (LT), P.IVA 02871450593, in possesso dei requisiti richiesti, il quale ha offerto l'importo di € 23.400,00 oltre IVA 22%, ritenuto congruo dal RUP;",
    "**Visto** l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto di servizi di importo inferiore a € 140.000,00;",
    "**Accertata** la regolarità contributiva dell'operatore (DURC prot. INAIL_52718834, scadenza 21/07/2026);",
]:
    para(t)
pdf.set_font("TNR", "B", 11); pdf.cell(0, 7, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
for i, t in enumerate([
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di pulizia straordinaria degli arenili comunali all'operatore economico Tirreno Servizi Ambientali S.r.l., per l'importo di € 23.400,00 oltre IVA 22%, per complessivi € 28.548,00;",
    "di impegnare la somma di € 28.548,00 alla Missione 9, Programma 2, Titolo 1, Macroaggregato 103, capitolo 1716/2 del bilancio 2026/2028, esercizio 2026;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il Geom. Antonio Di Biase;",
    "di trasmettere il presente atto al Settore II – Economico-Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."], 1):
    pdf.set_font("TNR", "", 10.5)
    pdf.cell(8, 5.2, "%d)" % i)
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(6)
pdf.set_x(110); pdf.set_font("TNR", "B", 10); pdf.cell(85, 5, "IL RESPONSABILE DEL SETTORE III", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("TNR", "", 10); pdf.cell(85, 5, "Ing. Fabrizio Cardinale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("TNR", "I", 8); pdf.cell(85, 4, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_fill_color(235)
pdf.set_font("TNR", "B", 9); pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("TNR", "", 9)
pdf.multi_cell(0, 4.6, "Ai sensi dell'art. 151, comma 4, e dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.\n"
               "Impegno n. 412/2026 – Capitolo 1716/2 – Importo € 28.548,00\n"
               "Sperlonga, 10/04/2026          Il Responsabile del Settore II – Dott.ssa Maria Grazia Fiorillo", border="LRB", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
