# Montegrotto Terme: letterhead and foot as Form XObjects reused on both pages; blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rl_common import wrap
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 62, W - 62
c.beginForm("head"); c.setFillColorRGB(.05, .3, .45)
c.setFont("Helvetica-Bold", 16); c.drawString(L, H - 55, "COMUNE DI MONTEGROTTO TERME")
c.setFont("Helvetica", 9); c.drawString(L, H - 69, "Provincia di Padova – Piazza Roma n. 1 – 35036 Montegrotto Terme (PD)")
c.setStrokeColorRGB(.05, .3, .45); c.line(L, H - 76, R, H - 76); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.setFillColorRGB(.3, .3, .3)
c.drawString(L, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Ufficio Ambiente – tel. 049 8928711"); c.endForm()
def block(y, text, font="Helvetica", size=10, lead=13.2, indent=0):
    t = c.beginText(L + indent, y); t.setFont(font, size); t.setLeading(lead)
    for ln in wrap(text, font, size, R - L - indent): t.textLine(ln)
    c.drawText(t); return t.getY() - 5
# page 1: signature-less body first, then the heading block, then the letterhead form
y0 = H - 250
y = block(y0, "Premesso che nei mesi invernali il territorio del bacino padano registra frequenti superamenti del valore limite giornaliero di PM10 e che l'Accordo di bacino padano 2017 e il Piano Regionale di Tutela e Risanamento dell'Atmosfera prevedono misure temporanee omogenee;")
y = block(y, "Visto il bollettino ARPAV del 12 marzo 2026, che segnala per il Comune di Montegrotto Terme il livello di allerta 1 \"arancio\";")
y = block(y, "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 6, "ORDINA"); y -= 26
pts = ["il divieto assoluto di abbruciamento dei residui vegetali agricoli e forestali su tutto il territorio comunale;",
       "il divieto di utilizzo di generatori di calore domestici alimentati a biomassa legnosa con classe di prestazione emissiva inferiore a 3 stelle;",
       "la limitazione a 19°C (con tolleranza di 2°C) delle temperature medie negli ambienti riscaldati;",
       "il divieto di sosta con motore acceso per tutti i veicoli."]
for i, p in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, f"{i}."); y = block(y, p, indent=16)
y = block(y - 4, "Le misure si applicano dal 13 marzo 2026 fino al rientro nel livello verde comunicato da ARPAV. Le violazioni sono punite ai sensi dell'art. 7-bis del D.Lgs. 267/2000.")
# heading block drawn after the body
t = c.beginText(L, H - 110); t.setFont("Helvetica-Bold", 13); t.textLine("ORDINANZA N. 0019/2026")
t.setFont("Helvetica", 10); t.textLine("Montegrotto Terme, 12.03.2026"); c.drawText(t)
c.setFont("Helvetica-Bold", 10); c.drawString(L, H - 150, "OGGETTO:")
block(H - 150, "Misure temporanee per il contenimento dell'inquinamento atmosferico da PM10 – livello di allerta 1 \"arancio\".", "Helvetica-Bold", 10, indent=58)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, H - 205, "IL SINDACO")
c.doForm("foot"); c.doForm("head")
c.setFont("Helvetica", 8); c.drawRightString(R, 28, "pag. 1 di 2"); c.showPage()
# page 2
c.doForm("foot")
y = block(H - 120, "La presente ordinanza è resa nota mediante pubblicazione all'Albo Pretorio on line e sul sito istituzionale ed è trasmessa alla Prefettura di Padova, al Comando di Polizia Locale dei Colli Euganei e ad ARPAV.")
y = block(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
c.setFont("Helvetica-Bold", 10); c.drawString(R - 170, y - 30, "IL SINDACO")
c.setFont("Helvetica", 10); c.drawString(R - 170, y - 44, "Lorenzo Bertazzo")
c.doForm("head"); c.setFont("Helvetica", 8); c.drawRightString(R, 28, "pag. 2 di 2")
c.save()
