# Decreto del Sindaco, Vilminore di Scalve: every glyph placed with its own Tm+Tj; justified by moving glyphs; rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Decreto sindacale 4/2026")
def glyphs(x, y, s, font="Times-Roman", size=11, extra=0.0):
    # one text object per glyph -> BT /F Tf Tm (c) Tj ET
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def wrap(s, font, size, width):
    out, line = [], ""
    for w in s.split():
        tr = (line + " " + w).strip()
        if stringWidth(tr, font, size) > width and line: out.append(line); line = w
        else: line = tr
    return out + [line]
L, R = 72, W - 66
y = H - 70
def center(s, font, size):
    global y
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size); y -= size + 5
def para(s, font="Times-Roman", size=11, indent=0, lead=14.5):
    global y
    lines = wrap(s, font, size, R - L - indent)
    for i, ln in enumerate(lines):
        gap = 0
        if i < len(lines) - 1 and ln.count(" "):
            gap = (R - L - indent - stringWidth(ln, font, size)) / ln.count(" ")
        glyphs(L + indent, y, ln, font, size, gap); y -= lead
    y -= 4
center("COMUNE DI VILMINORE DI SCALVE", "Times-Bold", 16)
center("Provincia di Bergamo", "Times-Italic", 11)
center("Piazza Vittorio Veneto, 2 – 24020 Vilminore di Scalve (BG)", "Times-Roman", 9)
c.setLineWidth(0.8); c.line(L, y + 4, R, y + 4); y -= 18
center("DECRETO DEL SINDACO N. 4/2026", "Times-Bold", 14)
center("Vilminore di Scalve, 9 marzo 2026", "Times-Roman", 11); y -= 8
para("OGGETTO: Nomina del Responsabile dell'Area Tecnica Manutentiva e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 marzo 2027.", "Times-Bold", 11)
y -= 4; center("IL SINDACO", "Times-Bold", 12); y -= 2
for s in ["Visti gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
          "Visto il C.C.N.L. del personale del comparto Funzioni Locali sottoscritto il 16 novembre 2022 e in particolare gli artt. 16 e seguenti, che disciplinano gli incarichi di Elevata Qualificazione;",
          "Richiamata la deliberazione della Giunta comunale n. 11 del 19/02/2026, con la quale è stato approvato il regolamento per la graduazione e il conferimento degli incarichi di Elevata Qualificazione;",
          "Considerato che l'ing. Davide Bendotti, funzionario tecnico a tempo indeterminato, possiede la professionalità e l'esperienza richieste, come risulta dal curriculum agli atti dell'Ufficio Personale;",
          "Sentito il Segretario comunale;"]:
    para(s)
y -= 2; center("D E C R E T A", "Times-Bold", 12); y -= 2
pts = ["di nominare l'ing. Davide Bendotti Responsabile dell'Area Tecnica Manutentiva, con attribuzione delle funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, per il periodo dal 1° aprile 2026 al 31 marzo 2027;",
       "di conferire al medesimo l'incarico di Elevata Qualificazione, con retribuzione di posizione annua di € 9.800,00 per tredici mensilità, oltre alla retribuzione di risultato nei limiti del fondo;",
       "di stabilire che, in caso di assenza o impedimento, le funzioni siano svolte dal Segretario comunale;",
       "di disporre che il presente decreto sia notificato all'interessato e pubblicato all'Albo Pretorio on line."]
for i, s in enumerate(pts, 1):
    glyphs(L, y, "%d." % i, "Times-Roman", 11); para(s, indent=18)
y -= 10
glyphs(360, y, "IL SINDACO", "Times-Bold", 11); y -= 14
glyphs(352, y, "Pietro Orrù", "Times-Roman", 11); y -= 12
glyphs(330, y, "(firmato digitalmente)", "Times-Italic", 9)
# rotated Albo stamp along the left margin
c.saveState(); c.translate(36, 250); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-4, -8, 330, 24)
t = c.beginText(); t.setFont("Helvetica", 8); t.setTextOrigin(0, 3)
t.textOut("ALBO PRETORIO ON LINE – Pubblicato dal 10/03/2026 al 25/03/2026 – Reg. Pubbl. n. 97"); c.drawText(t)
c.restoreState()
c.showPage(); c.save()
