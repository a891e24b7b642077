# Determinazione of Comune di Perfugas (SS), fpdf2; "Infobit"-style label grid print with
# grey label cells, bulleted dispositive part and a publication box.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DS", "", 7.5)
            self.cell(0, 5, "Comune di Perfugas – Determinazione Reg. Gen. n. 312 del 10/04/2026", align="L")
            self.ln(8)
    def footer(self):
        self.set_y(-14)
        self.set_font("DS", "", 7)
        self.cell(0, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Il presente documento è conservato in originale negli archivi informatici del Comune", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Pag. {self.page_no()}/{{nb}}", align="C")
pdf = Doc(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 20)
pdf.add_font("DS", "", F + "DejaVuSans.ttf"); pdf.add_font("DS", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf"); pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_title("Determinazione 312/2026"); pdf.set_creator("Infobit Atti 4.2"); pdf.add_page()
W = pdf.epw
pdf.set_draw_color(0); pdf.rect(18, 15, 18, 22); pdf.set_font("DS", "", 6); pdf.set_xy(18, 24); pdf.cell(18, 3, "STEMMA", align="C")
pdf.set_xy(40, 15); pdf.set_font("DS", "B", 16); pdf.cell(0, 8, "COMUNE DI PERFUGAS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(40); pdf.set_font("DS", "", 9); pdf.cell(0, 5, "Provincia di Sassari", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(40); pdf.cell(0, 5, "Via Sassari, 1 – 07034 Perfugas (SS) – P.IVA 00251060906", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
def grid(rows):
    pdf.set_font("DC", "B", 9)
    for lab, val, lab2, val2 in rows:
        pdf.set_fill_color(225, 225, 225); pdf.set_font("DC", "B", 8.5)
        pdf.cell(34, 7, lab, border=1, fill=True)
        pdf.set_font("DC", "", 9.5)
        if lab2 is None:
            pdf.cell(W - 34, 7, val, border=1, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(W/2 - 34, 7, val, border=1)
            pdf.set_font("DC", "B", 8.5); pdf.cell(34, 7, lab2, border=1, fill=True)
            pdf.set_font("DC", "", 9.5); pdf.cell(W/2 - 34, 7, val2, border=1, new_x="LMARGIN", new_y="NEXT")
grid([("SETTORE", "TECNICO", None, None),
      ("SERVIZIO", "Lavori Pubblici e Manutenzioni", None, None),
      ("DETERMINAZIONE", "Reg. Gen. n. 312", "DATA", "10/04/2026"),
      ("N. SETTORIALE", "61", "DEL", "09/04/2026")])
pdf.ln(5)
pdf.set_font("DS", "B", 10)
pdf.multi_cell(W, 5.2, "OGGETTO: Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di sfalcio e diserbo delle banchine stradali comunali – stagione 2026. Impegno di spesa. CIG B8C3F27A15.", border="TB")
pdf.ln(4)
pdf.set_font("DS", "B", 10.5); pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE TECNICO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("DS", "", 9.5)
for t in [
 "VISTO il decreto sindacale n. 4 del 02/01/2026 di nomina del sottoscritto quale Responsabile del Settore Tecnico;",
 "VISTA la deliberazione del Consiglio Comunale n. 5 del 28/02/2026 di approvazione del bilancio di previsione 2026/2028;",
 "CONSIDERATO che occorre provvedere allo sfalcio della vegetazione lungo le banchine delle strade comunali e vicinali, per uno sviluppo complessivo di circa 46 km, al fine di garantire la sicurezza della circolazione e la prevenzione degli incendi;",
 "DATO ATTO che è stato richiesto preventivo, tramite la piattaforma SardegnaCAT, alla ditta Agriverde Anglona di Sechi Giovanni, con sede in Perfugas, Località Sa Contra, P.IVA 02917450901, la quale ha offerto l’importo di € 12.300,00 oltre IVA al 22%;",
 "RITENUTA congrua l’offerta e verificato il possesso dei requisiti in capo all’operatore economico;",
 "ACCERTATA l’assenza di conflitto di interessi ai sensi dell’art. 16 del D.Lgs. 36/2023;"]:
    pdf.multi_cell(W, 5, t, align="J"); pdf.ln(1.2)
pdf.ln(2); pdf.set_font("DS", "B", 10.5); pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("DS", "", 9.5)
for t in [
 "di affidare alla ditta Agriverde Anglona di Sechi Giovanni il servizio di sfalcio e diserbo delle banchine stradali comunali per la stagione 2026, per l’importo di € 12.300,00 oltre IVA, per complessivi € 15.006,00;",
 "di impegnare la somma di € 15.006,00 sul capitolo 10810301 art. 1 “Manutenzione strade – prestazioni di servizi” del bilancio 2026/2028, annualità 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;",
 "di disporre la pubblicazione del presente atto nella sezione Amministrazione Trasparente – Bandi di gara e contratti."]:
    pdf.set_x(22); pdf.cell(5, 5, "•"); pdf.multi_cell(W - 9, 5, t, align="J"); pdf.ln(1.2)
pdf.ln(6)
pdf.set_x(110); pdf.set_font("DS", "", 9.5); pdf.multi_cell(80, 5, "Il Responsabile del Settore Tecnico\nIng. Salvatore Cossu", align="C")
pdf.ln(8)
pdf.set_font("DC", "B", 9); pdf.set_fill_color(225, 225, 225)
pdf.cell(W, 6, "ATTESTAZIONE DI COPERTURA FINANZIARIA", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DC", "", 8.5)
pdf.multi_cell(W, 4.6, "Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 241/2026. Perfugas, 10/04/2026 – Il Responsabile del Settore Finanziario, Dott.ssa Antonella Spanu", border=1)
pdf.ln(3)
pdf.set_font("DC", "B", 9)
pdf.cell(W, 6, "PUBBLICAZIONE", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DC", "", 8.5)
pdf.multi_cell(W, 4.6, "Pubblicata all’Albo Pretorio on line dal 14/04/2026 al 29/04/2026 – N. Reg. Pubbl. 402", border=1)
pdf.output(out)
