# Magnifica Comunita degli Altipiani Cimbri: convocation, reportlab; letterhead and footer are Form XObjects reused on both pages;
# agenda and signature are drawn before the heading (content stream out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; L = 64
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Convocazione Consiglio 28.04.2026"); c.setCreator("ApKappa Protocollo")
c.beginForm("lh")
c.setFillColorRGB(0.15, 0.3, 0.55); c.circle(L + 20, H - 62, 20, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("Times-Bold", 8); c.drawCentredString(L + 20, H - 65, "MCAC")
c.setFillColorRGB(0.15, 0.3, 0.55); c.setFont("Times-Bold", 15); c.drawString(L + 50, H - 58, "MAGNIFICA COMUNITÀ DEGLI ALTIPIANI CIMBRI")
c.setFont("Times-Italic", 9); c.drawString(L + 50, H - 71, "Comunità di Valle – Folgaria, Lavarone, Luserna/Lusérn – Provincia autonoma di Trento")
c.setLineWidth(1.2); c.line(L, H - 86, W - L, H - 86); c.endForm()
c.beginForm("ft")
c.setFont("Times-Roman", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawCentredString(W / 2, 34, "Via Kaiserjäger, 15 – 38046 Lavarone (TN) – tel. 0464 784170 – PEC: comunita@pec.altipianicimbri.tn.it")
c.line(L, 44, W - L, 44); c.endForm()
def body(lines, y, font="Times-Roman", size=11, lead=14.5, x=L):
    c.setFont(font, size)
    for s in lines: c.drawString(x, y, s); y -= lead
    return y
# page 1: agenda (middle) first, then letterhead/footer forms, then addressees and heading at the top
c.setFillColorRGB(0, 0, 0)
body(["1.  Comunicazioni del Presidente.",
      "2.  Approvazione dei verbali della seduta del 26 febbraio 2026.",
      "3.  Rendiconto della gestione per l'esercizio 2025: approvazione.",
      "4.  Variazione al bilancio di previsione 2026-2028 (1° provvedimento).",
      "5.  Piano sociale di Comunità 2026-2028: approvazione.",
      "6.  Convenzione con i Comuni per la gestione associata del servizio di custodia forestale."], H - 452, x=L + 12)
c.doForm("lh"); c.doForm("ft")
c.setFont("Times-Roman", 10); c.drawString(L, H - 108, "Prot. n. 1532")
c.drawRightString(W - L, H - 108, "Lavarone, 20 aprile 2026")
body(["Ai Consiglieri della Comunità", "Al Revisore dei conti", "Ai Sindaci dei Comuni di Folgaria, Lavarone e Luserna", "e p.c. al Segretario generale"], H - 140, x=W - 290, size=10.5, lead=13)
c.setFont("Times-Bold", 11); c.drawString(L, H - 215, "OGGETTO: Convocazione del Consiglio della Comunità – seduta ordinaria del 28 aprile 2026.")
body(["Ai sensi dell'art. 14 dello Statuto e del Regolamento interno del Consiglio, la S.V. è invitata",
      "a partecipare alla seduta ordinaria del Consiglio della Comunità, che si terrà presso la sala",
      "consiliare della sede di Lavarone, frazione Gionghi,",
      "", "martedì 28 aprile 2026 alle ore 20:00,", "",
      "in prima convocazione, e, in mancanza del numero legale, in seconda convocazione il giorno",
      "giovedì 30 aprile 2026 alla stessa ora e nello stesso luogo, per trattare il seguente"], H - 245)
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2, H - 420, "ORDINE DEL GIORNO")
c.showPage()
# page 2
c.doForm("ft")
body(["La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso",
      "la Segreteria e consultabile, negli orari di ufficio, a partire dal terzo giorno precedente la",
      "seduta; è altresì resa disponibile ai Consiglieri nell'area riservata del sito istituzionale.",
      "", "Si ricorda che la seduta è pubblica e che sarà trasmessa in diretta sul canale istituzionale.",
      "Eventuali assenze dovranno essere comunicate alla Segreteria entro le ore 12:00 del giorno",
      "della seduta."], H - 130)
c.doForm("lh")
c.setFont("Times-Roman", 9); c.drawRightString(W - L, H - 104, "segue convocazione prot. n. 1532 – pag. 2")
body(["Il Presidente", "Nicola Gasperi"], H - 290, font="Times-Italic", x=W - 220)
c.save()
