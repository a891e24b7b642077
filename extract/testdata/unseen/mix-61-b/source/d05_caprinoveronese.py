# Comune di Caprino Veronese (VR): certificate of publication typed as on a typewriter.
# fpdf2; every character is struck on its own (one Tj each) with a small random shift of
# baseline and ink, values typed into blanks of dots.
import sys, random
from fpdf import FPDF
random.seed(61)
pdf = FPDF(format="A4", unit="pt")
pdf.set_creator("Olivetti ET Personal - PDF Typer 1.0")
pdf.set_title("Certificato di pubblicazione")
pdf.add_page()
pdf.set_font("Courier", size=11.5)
CW = 11.5 * 0.6
X0, Y0, LEAD = 78, 90, 17.5
row = [0]
def typ(col, text, bold=False):
    y = Y0 + row[0] * LEAD
    x = X0 + col * CW
    for ch in text:
        if ch != " ":
            g = random.randint(10, 70)
            pdf.set_text_color(g, g, g + 8)
            pdf.text(x + random.uniform(-0.1, 0.1), y + random.uniform(-0.35, 0.35), ch)
            if bold:
                pdf.text(x + 0.3, y + 0.05, ch)
        x += CW
def nl(n=1): row[0] += n
def line(text, col=0, bold=False): typ(col, text, bold); nl()
line("COMUNE DI CAPRINO VERONESE", 20, bold=True)
line("Provincia di Verona", 23)
line("Ufficio Segreteria - Albo Pretorio", 17)
nl()
line("-" * 66)
nl()
line("CERTIFICATO DI PUBBLICAZIONE", 19, bold=True)
line("(art. 124 D.Lgs. 18.08.2000 n. 267)", 15)
nl()
line("Atto: deliberazione della ..... GIUNTA COMUNALE ..................")
nl(0.4)
line("n. ..... 29 ..... del ...... 07/05/2026 .......")
nl(0.4)
line("Oggetto: Approvazione del progetto di fattibilita'")
line("tecnico-economica per la riqualificazione del parco giochi", 9)
line("di via Pesina - CUP H57B26000090004.", 9)
nl()
line("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
nl()
line("C E R T I F I C A", 24, bold=True)
nl()
line("che copia della deliberazione sopra indicata viene pubblicata")
line("all'Albo Pretorio on line di questo Comune il giorno")
nl(0.4)
line("..... 12/05/2026 ..... per quindici giorni consecutivi, fino al")
nl(0.4)
line("..... 27/05/2026 ....., con il n. ..... 418 ..... del registro")
nl(0.4)
line("delle pubblicazioni.")
nl()
line("La deliberazione e' stata dichiarata immediatamente eseguibile")
line("ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000:   [X] SI   [ ] NO")
nl(2)
line("Caprino Veronese, li' 12/05/2026")
nl(2)
line("IL SEGRETARIO COMUNALE", 38)
line("dott. Luca Bonetti", 40)
nl()
line("(documento firmato digitalmente)", 34)
pdf.output(sys.argv[1])
