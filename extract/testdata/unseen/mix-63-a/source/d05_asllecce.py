# ASL Lecce - deliberazione del Direttore Generale (fpdf2, Liberation TTF embedded as CID fonts).
# The full name of the body is only in the logo picture (drawn with PIL); the text layer names it "ASL Lecce".
import sys, io
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

out = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation/"

def logo():
    im = Image.new("RGB", (900, 200), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((10, 20, 170, 180), outline=(0, 94, 140), width=10)
    d.line((90, 45, 90, 155), fill=(0, 94, 140), width=22)
    d.line((35, 100, 145, 100), fill=(0, 94, 140), width=22)
    fb = ImageFont.truetype(FD + "LiberationSans-Bold.ttf", 54)
    fr = ImageFont.truetype(FD + "LiberationSans-Regular.ttf", 36)
    d.text((200, 38), "Azienda Sanitaria Locale", font=fb, fill=(0, 94, 140))
    d.text((200, 110), "LECCE  ·  Regione Puglia", font=fr, fill=(60, 60, 60))
    b = io.BytesIO(); im.save(b, "PNG"); b.seek(0); return b

class P(FPDF):
    def header(self):
        self.image(LOGO, 15, 9, w=72)
        self.set_font("LS", "B", 9)
        self.set_xy(110, 11)
        self.multi_cell(85, 4.5, "ASL Lecce\nDELIBERAZIONE DEL DIRETTORE GENERALE\nN. 812 DEL 15/06/2026", align="R")
        self.set_draw_color(0, 94, 140); self.line(15, 28, 195, 28)
        self.set_y(33)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 7.5)
        self.cell(0, 5, "Sede legale: Via Miglietta 5 – 73100 Lecce – P.IVA 04008300750", align="L")
        self.set_x(15); self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="R")

LOGO = logo()
pdf = P(format="A4"); pdf.set_margins(18, 33, 18); pdf.set_auto_page_break(True, 22)
pdf.add_font("LS", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSerif-Italic.ttf")
import fpdf
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_title("Deliberazione DG 812/2026"); pdf.set_creator("Sistema atti amministrativi - ASL LE")
pdf.alias_nb_pages()
pdf.add_page()

def lab(l, v, wl=48):
    pdf.set_font("LS", "B", 10); pdf.cell(wl, 6, l, border=1, fill=True)
    pdf.set_font("LS", "", 10); pdf.multi_cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")

pdf.set_fill_color(226, 238, 245)
lab("Struttura proponente", "U.O.C. Area Gestione Tecnica")
lab("Proposta", "n. 934 del 11/06/2026")
lab("Responsabile del procedimento", "ing. Fabio Quarta")
pdf.ln(4)
pdf.set_font("LS", "B", 11)
pdf.multi_cell(0, 5.6, "OGGETTO: Presidio Ospedaliero \"Vito Fazzi\" di Lecce – Lavori di adeguamento antincendio del blocco operatorio e della terapia intensiva. Approvazione del progetto esecutivo e indizione della procedura negoziata. CUP G81B26000320006.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "", 10.5)
pdf.multi_cell(0, 5.4, "Il giorno 15/06/2026 nella sede legale dell'Azienda, il Direttore Generale dott. Giorgio Mancarella, nominato con D.G.R. Puglia n. 1790 del 12 dicembre 2024, coadiuvato dal Direttore Amministrativo e dal Direttore Sanitario, ha adottato la seguente deliberazione sulla base della proposta istruita dalla struttura sopra indicata.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 10.5); pdf.cell(0, 6, "IL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10.5)
for t in [
 "PREMESSO che con nota prot. n. 71422 del 18/03/2026 il Comando Provinciale dei Vigili del Fuoco di Lecce ha rilevato la necessità di adeguare alle norme di prevenzione incendi il blocco operatorio e la terapia intensiva del P.O. \"Vito Fazzi\";",
 "VISTO il progetto esecutivo redatto dalla U.O.C. Area Gestione Tecnica, dell'importo complessivo di € 2.318.000,00, finanziato con le risorse dell'art. 20 della L. 67/1988 assegnate con D.G.R. Puglia n. 512 del 7 aprile 2026, validato dal R.U.P. in data 9 giugno 2026;",
 "RITENUTO di indire una procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. 36/2023, con invito ad almeno cinque operatori economici individuati tramite l'elenco telematico dell'Azienda;",
 "ACQUISITI i pareri favorevoli del Direttore Amministrativo e del Direttore Sanitario, espressi per quanto di rispettiva competenza;",
]:
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(1)
pdf.set_font("LS", "B", 10.5); pdf.cell(0, 6, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10.5)
pts = [
 "di approvare il progetto esecutivo dei lavori di adeguamento antincendio del blocco operatorio e della terapia intensiva del P.O. \"Vito Fazzi\" di Lecce, dell'importo complessivo di € 2.318.000,00, di cui € 1.726.450,00 per lavori;",
 "di indire la procedura negoziata ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. 36/2023, da aggiudicare con il criterio del minor prezzo;",
 "di nominare Responsabile Unico del Progetto l'ing. Fabio Quarta, dirigente della U.O.C. Area Gestione Tecnica;",
 "di dare atto che la spesa trova copertura nel finanziamento regionale di cui in premessa, senza oneri a carico del bilancio aziendale;",
 "di dichiarare il presente provvedimento immediatamente esecutivo, stante l'urgenza di avviare i lavori entro il termine assegnato dal Comando dei Vigili del Fuoco.",
]
for i, t in enumerate(pts, 1):
    pdf.set_x(18); pdf.cell(8, 5.4, f"{i}.")
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(4)
pdf.set_font("LS", "B", 9.5); pdf.set_fill_color(240, 240, 240)
pdf.cell(87, 6, "Il Direttore Amministrativo", border=1, align="C", fill=True)
pdf.cell(87, 6, "Il Direttore Sanitario", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.cell(87, 6, "parere favorevole – dott.ssa Marina Calò", border=1, align="C")
pdf.cell(87, 6, "parere favorevole – dott. Antonio Sanguedolce", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_x(110); pdf.set_font("LS", "B", 10.5); pdf.cell(85, 6, "IL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("LS", "I", 10.5); pdf.cell(85, 6, "dott. Giorgio Mancarella", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.3, "CERTIFICATO DI PUBBLICAZIONE – La presente deliberazione è pubblicata all'Albo on line dell'Azienda dal 16/06/2026 per quindici giorni consecutivi. Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005.", border="T", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
