# Comune di Porto Tolle (RO): avviso di deposito of a variant to the Piano degli Interventi.
# ReportLab canvas. Letterhead and foot are Form XObjects; the page is drawn out of reading
# order: foot, signature and date first, then the body from the bottom up, the letterhead and
# the title last; a protocol stamp is itself a Form XObject.
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
sys.path.insert(0, os.path.dirname(__file__))
from rlj import para, spaced, wrap

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Avviso di deposito variante n. 6 al P.I."); c.setAuthor("Comune di Porto Tolle"); c.setCreator("Polesine Web Suite – modulo Urbanistica")
W, H = A4; L = 64; R = W - 60; TW = R - L

c.beginForm("carta")
c.setFillColorRGB(0.05, 0.25, 0.45); c.rect(0, H - 18, W, 18, fill=1, stroke=0); c.setFillGray(0)
c.circle(L + 22, H - 62, 22)
c.setFont("Times-Roman", 6); c.drawCentredString(L + 22, H - 64, "stemma")
c.setFont("Times-Bold", 18); c.drawString(L + 58, H - 56, "COMUNE DI PORTO TOLLE")
c.setFont("Times-Italic", 10.5); c.drawString(L + 58, H - 71, "Provincia di Rovigo")
c.setFont("Times-Roman", 9.5); c.drawString(L + 58, H - 86, "AREA TECNICA – Servizio Urbanistica e Edilizia Privata")
c.line(L, H - 96, R, H - 96)
c.endForm()

c.beginForm("piede")
c.line(L, 52, R, 52)
c.setFont("Times-Roman", 7.5)
c.drawCentredString(W / 2, 42, "Piazza Ciceruacchio, 9 – 45018 Porto Tolle (RO) – C.F. 81000550290 – tel. 0426 394411")
c.drawCentredString(W / 2, 32, "Responsabile del procedimento: geom. Nicola Bellan – urbanistica@comune.portotolle.ro.it")
c.endForm()

c.beginForm("timbro")
c.setStrokeColorRGB(0.6, 0.1, 0.1); c.setFillColorRGB(0.6, 0.1, 0.1)
c.roundRect(0, 0, 150, 46, 4)
c.setFont("Helvetica-Bold", 7); c.drawCentredString(75, 34, "COMUNE DI PORTO TOLLE")
c.setFont("Helvetica", 7); c.drawCentredString(75, 23, "Prot. n. 0009114 del 11/06/2026")
c.drawCentredString(75, 12, "PARTENZA – Cat. 6 Cl. 1")
c.endForm()

# 1 foot
c.doForm("piede")
# 2 signature and date
c.setFont("Times-Roman", 11)
c.drawString(L, 250, "Porto Tolle, 11 giugno 2026")
c.drawCentredString(R - 95, 250, "IL RESPONSABILE DELL'AREA TECNICA")
c.drawCentredString(R - 95, 236, "arch. Francesca Mantovani")
c.setFont("Times-Italic", 8); c.drawCentredString(R - 95, 224, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")

# body paragraphs: laid out top-down to know their positions, drawn bottom-up
paras = [
 ("p", "Vista la Legge Regionale del Veneto 23 aprile 2004, n. 11, e in particolare l'articolo 18, commi 3 e 4;"),
 ("p", "Vista la deliberazione del Consiglio Comunale n. 18 del 28/05/2026, esecutiva, con la quale è stata adottata la Variante n. 6 al Piano degli Interventi relativa alla riclassificazione di aree produttive dismesse in località Ca' Tiepolo e Scardovari e all'aggiornamento delle Norme Tecniche Operative;"),
 ("h", "RENDE NOTO"),
 ("p", "che la deliberazione di adozione, unitamente agli elaborati della Variante n. 6 al Piano degli Interventi, è depositata a disposizione del pubblico presso l'Ufficio Urbanistica, in Piazza Ciceruacchio n. 9, per trenta giorni consecutivi decorrenti dal 12 giugno 2026 e fino all'11 luglio 2026 compreso, nei seguenti orari: lunedì e giovedì dalle ore 9:00 alle ore 12:30, martedì dalle ore 15:00 alle ore 17:30;"),
 ("p", "che la documentazione è altresì consultabile sul sito istituzionale del Comune, nella sezione \"Amministrazione trasparente – Pianificazione e governo del territorio\";"),
 ("p", "che nei successivi trenta giorni, e quindi entro il 10 agosto 2026, chiunque può presentare osservazioni, in carta libera, al protocollo generale dell'Ente oppure a mezzo posta elettronica certificata all'indirizzo comune.portotolle.ro@pecveneto.it."),
 ("p", "Il presente avviso è pubblicato all'Albo Pretorio on line e affisso nei luoghi pubblici del territorio comunale."),
]
title = ["AVVISO DI DEPOSITO DELLA VARIANTE N. 6 AL PIANO DEGLI INTERVENTI (P.I.)",
         "ADOTTATA CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 18 DEL 28/05/2026"]
y = H - 200
plan = []
for kind, txt in paras:
    if kind == "h":
        plan.append((kind, txt, y)); y -= 22
    else:
        n = len(wrap(txt, "Times-Roman", 11, TW))
        plan.append((kind, txt, y)); y -= n * 14.2 + 7
for kind, txt, yy in reversed(plan):
    if kind == "h":
        spaced(c, txt, L, yy, "Times-Bold", 12, 3.5, TW)
    else:
        para(c, txt, L, yy, TW, "Times-Roman", 11, 14.2)
# stamp (top right), then letterhead, then title
c.saveState(); c.translate(R - 150, H - 90); c.doForm("timbro"); c.restoreState()
c.doForm("carta")
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, H - 167, title[1])
c.drawCentredString(W / 2, H - 153, title[0])
c.showPage(); c.save()
