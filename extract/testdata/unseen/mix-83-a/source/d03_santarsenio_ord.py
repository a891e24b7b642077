# Comune di Sant'Arsenio - ordinanza sindacale; reportlab canvas, every glyph its own BT/Tm/Tj,
# justified lines made by moving glyphs; Albo stamp rotated 90 degrees drawn first in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, Hh = A4; L, R = 62, W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Ordinanza n. 9/2026"); c.setAuthor("Comune di Sant'Arsenio"); c.setCreator("Halley PDF 4.1")
# stamp first
c.saveState(); c.translate(34, 200); c.rotate(90); c.setFont("Helvetica", 7.5)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicata dal 16.4.2026 al 1.5.2026 – Reg. pubbl. n. 527")
c.restoreState()
def glyphs(x, y, text, font, size, extra=0.0):
    for ch in text:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
y = Hh - 62
def centre(text, font, size):
    global y
    glyphs((W - stringWidth(text, font, size)) / 2, y, text, font, size); y -= size * 1.45
def para(text, font="Times-Roman", size=11, lead=14.2, indent=0):
    global y
    words = text.split(); line = []
    while words:
        line = [words.pop(0)]
        while words and stringWidth(" ".join(line + [words[0]]), font, size) <= R - L - indent: line.append(words.pop(0))
        s = " ".join(line); gaps = s.count(" ")
        extra = (R - L - indent - stringWidth(s, font, size)) / gaps if words and gaps else 0
        glyphs(L + indent, y, s, font, size, extra); y -= lead
    y -= 4
centre("COMUNE DI SANT'ARSENIO", "Times-Bold", 17)
centre("Provincia di Salerno", "Times-Italic", 10)
c.line(L, y + 6, R, y + 6); y -= 12
centre("ORDINANZA SINDACALE N. 9 DEL 16.4.2026", "Times-Bold", 13)
y -= 4
para("OGGETTO: Divieto temporaneo di transito e di sosta in via San Vito e in largo Sant'Anna per i lavori di rifacimento della rete idrica comunale dal 20 al 30 aprile 2026.", "Times-Bold")
centre("IL SINDACO", "Times-Bold", 12)
for p in ["VISTA la nota del Responsabile dell'Area Tecnica – Manutentiva prot. n. 3118 del 15.4.2026, con la quale si comunica l'avvio dei lavori di rifacimento della rete idrica in via San Vito e in largo Sant'Anna da parte della ditta appaltatrice;",
          "RITENUTO necessario, per garantire la sicurezza della circolazione e l'esecuzione dei lavori, interdire il transito e la sosta dei veicoli nelle strade interessate;",
          "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(p)
centre("O R D I N A", "Times-Bold", 12)
for p in ["1) dalle ore 7,00 del 20 aprile 2026 alle ore 19,00 del 30 aprile 2026 è vietato il transito e la sosta con rimozione forzata a tutti i veicoli in via San Vito e in largo Sant'Anna, eccettuati i mezzi di soccorso e quelli della ditta esecutrice;",
          "2) la ditta esecutrice provvede all'installazione della segnaletica temporanea almeno 48 ore prima dell'inizio dei lavori;",
          "3) il Comando di Polizia Municipale è incaricato della vigilanza sull'osservanza della presente ordinanza."]:
    para(p)
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Campania – Sezione di Salerno entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", "Times-Italic", 10, 13)
y -= 10
glyphs(L, y, "Sant'Arsenio, 16.4.2026", "Times-Roman", 11)
glyphs(360, y, "IL SINDACO", "Times-Bold", 11); y -= 15
glyphs(356, y, "Carmine Nappi", "Times-Roman", 11)
c.showPage(); c.save()
