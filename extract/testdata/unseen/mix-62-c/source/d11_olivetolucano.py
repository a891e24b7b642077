# Oliveto Lucano: ReportLab canvas; letterhead and page foot are Form XObjects drawn on each page, the title is
# letter-spaced with Tc (charSpace), the signature block is drawn before the body (out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", D + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DSB", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Convocazione Consiglio Comunale 29/06/2026")
c.beginForm("letterhead")
c.setFillColorRGB(0.15, 0.35, 0.2); c.setFont("DSB", 18); c.drawCentredString(W / 2, H - 62, "COMUNE DI OLIVETO LUCANO")
c.setFillColorRGB(0, 0, 0); c.setFont("DS", 9.5); c.drawCentredString(W / 2, H - 77, "Provincia di Matera")
c.setFont("DV", 7.5); c.drawCentredString(W / 2, H - 89, "Via Roma, 1 – 75010 Oliveto Lucano (MT) – tel. 0835 677009 – comune.olivetolucano@cert.ruparbasilicata.it")
c.setStrokeColorRGB(0.15, 0.35, 0.2); c.setLineWidth(1.5); c.line(60, H - 97, W - 60, H - 97)
c.endForm()
c.beginForm("foot")
c.setStrokeColorRGB(0.5, 0.5, 0.5); c.setLineWidth(0.5); c.line(60, 50, W - 60, 50)
c.setFont("DV", 7); c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawCentredString(W / 2, 40, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 – C.F. 83000970776")
c.endForm()

def page_frame():
    c.doForm("letterhead"); c.doForm("foot")

def para(x, y, txt, font="Times-Roman", size=11, width=None, lead=14.5, justify=True):
    width = width or (W - 60 - x)
    lines = simpleSplit(txt, font, size, width)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y); t.setFont(font, size)
        words = ln.split(" ")
        if justify and i < len(lines) - 1 and len(words) > 1:
            t.setWordSpace((width - pdfmetrics.stringWidth(ln, font, size)) / (len(words) - 1))
        t.textLine(ln); c.drawText(t); y -= lead
    return y - 4

page_frame()
# signature first (out of reading order)
c.setFont("DS", 10.5); c.drawCentredString(430, 150, "IL SINDACO"); c.setFont("DSB", 10.5); c.drawCentredString(430, 135, "Dott. Vincenzo Rubino")
c.setFont("DS", 10); c.drawString(60, 150, "Oliveto Lucano, 19 giugno 2026")
# protocol box
c.setFont("DV", 9); c.drawString(60, H - 125, "Prot. n. 1093 / II.4"); c.drawString(60, H - 137, "Tit. II – Cl. 4")
c.setFont("DS", 10); y = H - 125
for ln in ["Ai Signori Consiglieri Comunali", "Al Segretario Comunale", "Al Revisore dei Conti", "Al Prefetto di Matera", "LORO SEDI"]:
    c.drawString(350, y, ln); y -= 13
# letter-spaced title via Tc
t = c.beginText(); t.setTextOrigin(0, 0); t.setFont("DVB", 13); t.setCharSpace(3.2)
title = "AVVISO DI CONVOCAZIONE"
w = pdfmetrics.stringWidth(title, "DVB", 13) + 3.2 * (len(title) - 1)
t.setTextOrigin((W - w) / 2, H - 225); t.textOut(title); t.setCharSpace(0); c.drawText(t)
t = c.beginText(); t.setFont("DV", 10); t.setCharSpace(1.2); s2 = "DEL CONSIGLIO COMUNALE"
w = pdfmetrics.stringWidth(s2, "DV", 10) + 1.2 * (len(s2) - 1); t.setTextOrigin((W - w) / 2, H - 241); t.textOut(s2); t.setCharSpace(0); c.drawText(t)
y = H - 272
c.setFont("Times-Bold", 11); c.drawString(60, y, "OGGETTO:")
y = para(128, y, "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 29 giugno 2026.", font="Times-Bold", size=11)
y -= 6
y = para(60, y, "Ai sensi dell’art. 38 del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 11 del vigente Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla seduta ordinaria, pubblica, di prima convocazione, che si terrà presso la Sala consiliare del Palazzo Municipale il giorno lunedì 29 giugno 2026 alle ore 17:30 e, occorrendo, in seconda convocazione il giorno martedì 30 giugno 2026 alla stessa ora, per discutere e deliberare sul seguente")
c.setFont("DSB", 11); c.drawCentredString(W / 2, y - 4, "ORDINE DEL GIORNO"); y -= 26
odg = ["Lettura e approvazione dei verbali della seduta precedente;",
       "Comunicazioni del Sindaco;",
       "Rendiconto della gestione per l’esercizio finanziario 2025 – Approvazione;",
       "Variazione di assestamento generale e salvaguardia degli equilibri di bilancio 2026-2028 (artt. 175 e 193 del D.Lgs. n. 267/2000);",
       "Regolamento per l’uso e la gestione del Centro Sociale di via Garibaldi – Approvazione;",
       "Interrogazione del gruppo consiliare «Oliveto Futura» sul servizio di trasporto scolastico."]
for i, s in enumerate(odg, 1):
    c.setFont("Times-Roman", 11); c.drawString(72, y, "%d." % i)
    y = para(92, y, s, lead=14)
y -= 4
y = para(60, y, "La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio di Segreteria e consultabile nelle ore d’ufficio a partire dal terzo giorno antecedente la seduta. La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell’Ente.")
c.showPage(); c.save()
