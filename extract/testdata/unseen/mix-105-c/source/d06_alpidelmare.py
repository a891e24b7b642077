# Decreto del Presidente, Unione Montana Alpi del Mare: every glyph is drawn by its own
# BT/Tm/Tj/ET (canvas.drawString per character), lines justified by moving glyphs;
# Albo stamp rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Decreto del Presidente n. 3/2026")
L, R = 70, W - 60
y = H - 60
def glyphs(x, y, s, font, size):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size)
def centre(s, font, size):
    global y
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size); y -= size + 4
def para(s, font="Times-Roman", size=11, indent=0, lead=14.5):
    global y
    lines = simpleSplit(s, font, size, R - L - indent)
    for i, ln in enumerate(lines):
        x = L + indent
        words = ln.split(" ")
        if i < len(lines) - 1 and len(words) > 1:
            gap = (R - x - stringWidth(ln.replace(" ", ""), font, size)) / (len(words) - 1)
            for w in words:
                glyphs(x, y, w, font, size); x += stringWidth(w, font, size) + gap
        else:
            glyphs(x, y, ln, font, size)
        y -= lead
    y -= 4
centre("UNIONE MONTANA ALPI DEL MARE", "Helvetica-Bold", 15)
centre("Provincia di Cuneo", "Helvetica", 10)
centre("Piazza Don Luigi Astre 1 - 12013 Chiusa di Pesio (CN)", "Helvetica", 9)
c.setLineWidth(1); c.line(L, y + 4, R, y + 4); y -= 14
centre("DECRETO DEL PRESIDENTE", "Helvetica-Bold", 13)
centre("N. 3 DEL 23 MARZO 2026", "Helvetica-Bold", 11)
y -= 6
para("OGGETTO: Nomina del Responsabile del Servizio associato di Protezione civile dell'Unione e attribuzione della relativa posizione di elevata qualificazione per l'anno 2026.", "Times-Bold", 11)
y -= 2
centre("IL PRESIDENTE", "Times-Bold", 11)
para("Visto lo Statuto dell'Unione Montana Alpi del Mare e, in particolare, l'articolo 21, che attribuisce al Presidente la nomina dei responsabili degli uffici e dei servizi dell'Unione;")
para("Vista la convenzione per l'esercizio in forma associata della funzione di protezione civile sottoscritta dai Comuni aderenti e approvata con deliberazione del Consiglio dell'Unione n. 7 del 29/04/2024;")
para("Visti gli articoli 50, comma 10, e 109 del D.Lgs. 18 agosto 2000, n. 267, nonché il CCNL Funzioni Locali del 16 novembre 2022;")
para("Ritenuto di individuare quale Responsabile del Servizio associato di Protezione civile l'ing. Stefano Dalmasso, Funzionario tecnico dell'Unione, in possesso della professionalità necessaria;")
y -= 2
centre("D E C R E T A", "Times-Bold", 12)
para("1. di nominare l'ing. Stefano Dalmasso Responsabile del Servizio associato di Protezione civile dell'Unione Montana Alpi del Mare dal 1° aprile al 31 dicembre 2026;", indent=10)
para("2. di attribuire al medesimo la retribuzione di posizione annua di € 9.500,00, oltre alla retribuzione di risultato nei limiti previsti dal sistema di valutazione;", indent=10)
para("3. di notificare il presente decreto all'interessato e di trasmetterlo ai Sindaci dei Comuni aderenti e al Servizio Personale;", indent=10)
para("4. di pubblicare il presente decreto all'Albo pretorio on line dell'Unione per 15 giorni consecutivi.", indent=10)
y -= 10
glyphs(L, y, "Chiusa di Pesio, 23 marzo 2026", "Times-Roman", 11)
glyphs(360, y, "IL PRESIDENTE", "Times-Bold", 11); y -= 15
glyphs(352, y, "Riccardo Ghiglia", "Times-Italic", 11); y -= 13
glyphs(330, y, "(firmato digitalmente)", "Times-Roman", 9)
# rotated stamp in the left margin
c.saveState(); c.translate(34, 200); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.3, 0.6); c.setFillColorRGB(0.1, 0.3, 0.6)
c.rect(-6, -8, 430, 22)
glyphs(0, 0, "ALBO PRETORIO ON LINE - Pubblicato dal 24/03/2026 al 08/04/2026 - Reg. Pubbl. n. 142", "Helvetica", 9)
c.restoreState()
c.save()
