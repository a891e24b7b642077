# Comune di Arsiè (BL): comunicazione di avvio del procedimento; letterhead and side column are Form XObjects,
# body blocks are drawn bottom-up (out of reading order), Albo stamp rotated 90 degrees (reportlab canvas)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Maggioli Sicr@web PDF 4.1"); c.setTitle("Avvio del procedimento")
W, H = A4
c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2 + 40, H - 55, "COMUNE DI ARSIÈ")
c.setFont("Helvetica", 9); c.drawCentredString(W/2 + 40, H - 68, "Provincia di Belluno – Piazza Marconi 1 – 32030 Arsiè (BL)"); c.line(150, H - 76, W - 40, H - 76); c.endForm()
c.beginForm("side"); c.setFont("Helvetica-Bold", 8); y = H - 110
for i, t in enumerate(["AREA TECNICA", "Servizio Edilizia Privata", "e Urbanistica", "", "Responsabile del", "procedimento:", "geom. Luca Slongo", "tel. 0439 58712", "", "Prot. n. 2210", "Arsiè, 24/03/2026"]):
    if i == 1: c.setFont("Helvetica", 8)
    c.drawString(40, y, t); y -= 11
c.line(140, H - 100, 140, 80); c.endForm()
lines = [("Helvetica-Bold", 10, "Raccomandata A/R – PEC"), ("Helvetica", 10, "Spett.le Ditta Edil Fener S.r.l."), ("Helvetica", 10, "Via Feltrina 41 – 32030 Arsiè (BL)"), ("", 0, ""),
 ("Helvetica-Bold", 10, "OGGETTO: Comunicazione di avvio del procedimento per l'annullamento in autotutela del"),
 ("Helvetica-Bold", 10, "permesso di costruire n. 14/2025 – immobile in località Rocca, foglio 23, mappale 512."), ("", 0, ""),
 ("Helvetica", 10, "Ai sensi degli articoli 7 e 8 della legge 7 agosto 1990, n. 241, si comunica che è avviato"),
 ("Helvetica", 10, "il procedimento indicato in oggetto, a seguito del sopralluogo del 12 marzo 2026, dal quale"),
 ("Helvetica", 10, "è emersa la difformità tra lo stato dei luoghi e gli elaborati assentiti."), ("", 0, ""),
 ("Helvetica", 10, "Amministrazione competente: Comune di Arsiè – Area Tecnica."),
 ("Helvetica", 10, "Termine di conclusione del procedimento: 60 giorni dalla ricezione della presente."),
 ("Helvetica", 10, "Gli atti possono essere visionati presso l'Ufficio tecnico il lunedì e il mercoledì dalle 9 alle 12."),
 ("Helvetica", 10, "Entro 10 giorni è possibile presentare memorie scritte e documenti (art. 10 L. 241/1990)."), ("", 0, ""),
 ("Helvetica", 10, "Arsiè, ventiquattro marzo duemilaventisei"), ("", 0, ""),
 ("Helvetica-Bold", 10, "                                                  IL RESPONSABILE DELL'AREA TECNICA"),
 ("Helvetica", 10, "                                                          arch. Paola Dalla Valle")]
y0 = H - 115; pos = [(f, s, t, y0 - i * 15) for i, (f, s, t) in enumerate(lines)]
for f, s, t, y in reversed(pos):            # bottom-up drawing order
    if t: c.setFont(f, s); c.drawString(155, y, t)
c.doForm("side"); c.doForm("lh")
c.saveState(); c.translate(W - 22, 250); c.rotate(90); c.setFillColorRGB(0.6, 0, 0); c.setFont("Helvetica", 7)
c.drawString(0, 0, "Pubblicato all'Albo pretorio on line dal 24/03/2026 al 08/04/2026 – Reg. pubbl. n. 301"); c.restoreState()
c.showPage(); c.save()
