# Comune di Siamaggiore: AVVISO; letterhead and foot are Form XObjects; body blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Avviso"); c.setCreator("Dedagroup Civilia Web")
W, H = A4
c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W / 2, H - 60, "COMUNE DI SIAMAGGIORE")
c.setFont("Helvetica", 10); c.drawCentredString(W / 2, H - 75, "Provincia di Oristano"); c.drawCentredString(W / 2, H - 88, "Area Tecnica – Servizio Ambiente")
c.line(60, H - 96, W - 60, H - 96); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.line(60, 50, W - 60, 50)
c.drawCentredString(W / 2, 40, "Via San Costantino 2 – 09070 Siamaggiore (OR) – PEC protocollo@pec.comune.siamaggiore.or.it"); c.endForm()
def block(y, text, font="Helvetica", sz=10.5, center=False):
    c.setFont(font, sz)
    for l in simpleSplit(text, font, sz, W - 130):
        (c.drawCentredString(W / 2, y, l) if center else c.drawString(65, y, l)); y -= sz * 1.45
    return y
# signature first, then body, then the title (drawing order differs from reading order)
block(250, "Siamaggiore, 25/03/2026")
c.setFont("Helvetica", 10.5); c.drawString(W - 260, 230, "Il Responsabile dell'Area Tecnica"); c.drawString(W - 260, 215, "geom. Antonio Sanna")
y = block(600, "Si rende noto che dal 1° aprile 2026 il servizio di raccolta porta a porta della frazione verde (sfalci e potature) osserverà il nuovo calendario: ritiro ogni martedì nelle vie del centro abitato e ogni giovedì nelle zone agricole, previa prenotazione telefonica al numero verde 800 123 486.")
y = block(y - 8, "I rifiuti dovranno essere conferiti in fascine legate o in sacchi trasparenti, per un massimo di 5 colli per utenza, ed esposti entro le ore 6:00 del giorno di ritiro. Resta attivo il conferimento gratuito presso l'ecocentro comunale di località Pardu Nou nei giorni di apertura.")
block(y - 8, "Per informazioni gli utenti possono rivolgersi all'Ufficio Ambiente nei giorni di lunedì e mercoledì dalle ore 10:00 alle ore 12:00.")
block(690, "A V V I S O", "Helvetica-Bold", 18, True)
block(655, "NUOVO CALENDARIO DELLA RACCOLTA DEL VERDE E DELLE POTATURE – ANNO 2026", "Helvetica-Bold", 11.5, True)
c.doForm("ft"); c.doForm("lh")
c.showPage(); c.save()
