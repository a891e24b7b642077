# Comune di Brittoli (PE): every glyph drawn with its own Tm+Tj; number and date in words only; rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setCreator("Kibernetes Atti")
L, R = 70, W - 62
def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def centre(y, s, font, size): glyphs(W/2 - stringWidth(s, font, size)/2, y, s, font, size)
def para(y, text, font="Times-Roman", size=11.5, lead=15, x0=L):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > R - x0 and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); extra = 0
        if i < len(lines) - 1 and len(ln) > 1: extra = (R - x0 - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(x0, y, s, font, size, extra); y -= lead
    return y - 5
centre(H-62, "COMUNE DI BRITTOLI", "Times-Bold", 18)
centre(H-78, "PROVINCIA DI PESCARA", "Times-Roman", 10.5)
centre(H-92, "Servizio Tecnico – Lavori Pubblici e Manutenzioni", "Times-Italic", 10.5)
c.line(L, H-100, R, H-100)
centre(H-124, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 12.5)
centre(H-141, "Registro generale numero quarantuno", "Times-Roman", 11.5)
centre(H-157, "addì diciannove del mese di marzo dell'anno duemilaventisei", "Times-Italic", 11.5)
y = H-186
glyphs(L, y, "OGGETTO:", "Times-Bold", 11.5)
y = para(y, "Impegno di spesa per la fornitura di sale marino e graniglia per il servizio di sgombero neve e antighiaccio sulle strade comunali – integrazione stagione invernale 2025/2026 – CIG B2D93E0A71.", "Times-Bold", 11.5, 15, L+64)
y -= 4
centre(y, "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11.5); y -= 20
for p in ["Premesso che le nevicate dei mesi di gennaio e febbraio 2026 hanno esaurito le scorte di sale e graniglia presenti nel magazzino comunale di via Colle Cavallo;",
          "Considerato che l'importo della fornitura, stimato in € 2.440,00 IVA compresa, consente l'affidamento diretto ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023;",
          "Visto il preventivo della ditta Edilcommercio Valpescara S.n.c. di Torre de' Passeri, acquisito al protocollo n. 914 del 16/03/2026, ritenuto congruo;",
          "Visto il decreto sindacale n. 2 del 02/01/2026 di nomina dei responsabili dei servizi;"]:
    y = para(y, p)
centre(y, "DETERMINA", "Times-Bold", 12); y -= 20
for p in ["1) di affidare alla ditta Edilcommercio Valpescara S.n.c. la fornitura di 200 quintali di sale marino e 60 quintali di graniglia, per l'importo di € 2.000,00 oltre IVA;",
          "2) di impegnare la somma complessiva di € 2.440,00 al cap. 1942/1 del bilancio di previsione 2026-2028, esercizio 2026;",
          "3) di dare atto che il CIG attribuito alla fornitura è B2D93E0A71 e che si procederà alla liquidazione a presentazione di regolare fattura elettronica."]:
    y = para(y, p)
y -= 18
glyphs(L, y, "Brittoli, lì 19 marzo 2026", "Times-Roman", 11)
glyphs(R-230, y, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Times-Bold", 11)
glyphs(R-190, y-15, "geom. Nicola Di Federico", "Times-Roman", 11)
# rotated stamp in the left margin
c.saveState(); c.translate(36, 180); c.rotate(90); c.setFillColorRGB(0.15, 0.25, 0.6); c.setStrokeColorRGB(0.15, 0.25, 0.6)
c.rect(-6, -10, 330, 26, fill=0)
t = c.beginText(0, 0); t.setFont("Helvetica-Bold", 8.5); t.textOut("ALBO PRETORIO ON LINE – Pubblicata il 20/03/2026 al n. 167 del Registro"); c.drawText(t)
c.restoreState()
c.showPage(); c.save()
