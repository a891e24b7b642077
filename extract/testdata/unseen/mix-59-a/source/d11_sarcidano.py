# Unione dei Comuni del Sarcidano Barbagia di Seulo - convocation of the Assemblea.
# Letterhead and foot are Form XObjects reused on both pages; the blocks of each page are drawn
# in an order that is not the reading order (signature and agenda before the heading and addressees).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Convocazione Assemblea 20.03.2026"); c.setCreator("APKappa Hypersic - Protocollo"); c.setAuthor("segreteria.unione")
c.beginForm("LH")
c.setFillColorRGB(0.55, 0.35, 0.1); c.circle(L + 22, H - 62, 20, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 9); c.drawCentredString(L + 22, H - 65, "UC")
c.setFillColorRGB(0.2, 0.2, 0.2); c.setFont("Helvetica-Bold", 12.5)
c.drawString(L + 52, H - 56, "UNIONE DEI COMUNI DEL SARCIDANO BARBAGIA DI SEULO")
c.setFont("Helvetica", 8.5); c.drawString(L + 52, H - 69, "Provincia del Sud Sardegna")
c.drawString(L + 52, H - 80, "Ufficio di Segreteria – Organi istituzionali")
c.setStrokeColorRGB(0.55, 0.35, 0.1); c.setLineWidth(1.5); c.line(L, H - 90, R, H - 90)
c.endForm()
c.beginForm("FT")
c.setStrokeColorRGB(0.55, 0.35, 0.1); c.setLineWidth(0.5); c.line(L, 50, R, 50)
c.setFont("Helvetica", 7); c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawCentredString(W / 2, 40, "Unione dei Comuni del Sarcidano Barbagia di Seulo – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.endForm()
def wrap(text, font, size, width):
    out = []; cur = ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur: out.append(cur); cur = w
        else: cur = t
    out.append(cur); return out
def block(y, text, font="Helvetica", size=10, lead=13.5, x=L, width=None):
    for ln in wrap(text, font, size, width or (R - x)):
        c.setFont(font, size); c.drawString(x, y, ln); y -= lead
    return y
# ---- page 1, drawn bottom-up ----
c.doForm("FT")
odg = [
 "Comunicazioni del Presidente.",
 "Approvazione dei verbali della seduta precedente del 18/12/2025.",
 "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
 "Approvazione della convenzione con i Comuni aderenti per la gestione associata del servizio di Polizia Locale.",
 "Modifica del Regolamento per il funzionamento dell'Assemblea dell'Unione.",
 "Nomina del Revisore unico dei conti per il triennio 2026-2028: presa d'atto dell'estrazione dall'elenco regionale.",
 "Varie ed eventuali.",
]
y = 448
for i, s in enumerate(odg, 1):
    c.setFont("Helvetica", 10); c.drawString(L + 10, y, "%d." % i)
    y = block(y, s, x=L + 28) - 3
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W / 2, 468, "ORDINE DEL GIORNO")
y = block(y - 8, "I documenti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e trasmessi ai componenti mediante posta elettronica certificata.")
c.doForm("LH")
c.setFont("Helvetica", 9.5)
c.drawString(L, H - 115, "Prot. n. 1146")
c.drawRightString(R, H - 115, "Isili, 12/03/2026")
ad = ["Ai Componenti dell'Assemblea dell'Unione", "Ai Sindaci dei Comuni aderenti", "Al Revisore dei conti", "Al Segretario dell'Unione", "e p.c. all'Albo Pretorio on line"]
yy = H - 145
for a in ad:
    c.setFont("Helvetica-Oblique" if a.startswith("e p.c.") else "Helvetica", 10); c.drawString(W / 2 + 30, yy, a); yy -= 13
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, yy - 14, "OGGETTO:")
yy = block(yy - 14, "Convocazione dell'Assemblea dell'Unione – seduta ordinaria del 20 marzo 2026.", font="Helvetica-Bold", size=10.5, x=L + 60)
yy = block(yy - 10, "Ai sensi dell'art. 14 dello Statuto dell'Unione e dell'art. 6 del Regolamento per il funzionamento dell'Assemblea,", )
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, yy - 8, "IL PRESIDENTE"); c.drawCentredString(W / 2, yy - 24, "CONVOCA")
block(yy - 44, "l'Assemblea dell'Unione in seduta ordinaria, in prima convocazione, per il giorno venerdì 20 marzo 2026 alle ore 17:00 presso la sala consiliare del Comune di Isili e, occorrendo, in seconda convocazione per il giorno lunedì 23 marzo 2026 alla stessa ora e nel medesimo luogo, per la trattazione del seguente")
c.showPage()
# ---- page 2: signature first, then the text above it ----
c.setFont("Helvetica", 10)
c.drawCentredString(R - 100, H - 230, "IL PRESIDENTE DELL'UNIONE")
c.drawCentredString(R - 100, H - 245, "Efisio Pisano")
c.setFont("Helvetica-Oblique", 8); c.drawCentredString(R - 100, H - 258, "(firmato digitalmente)")
c.doForm("FT")
block(H - 130, "Si ricorda che, ai sensi dell'art. 9 del Regolamento, i componenti impossibilitati a partecipare sono tenuti a darne comunicazione all'Ufficio di Segreteria entro le ore 12:00 del giorno della seduta. La seduta è pubblica e sarà trasmessa in diretta sul canale istituzionale dell'Unione.")
c.doForm("LH")
c.save()
