# convocation of the Consiglio comunale: reportlab; letterhead and foot are Form XObjects used on both pages;
# the agenda and signature are drawn before the heading and addressees (text out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab")
W, H = A4
c.beginForm("lh"); c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, H - 55, "COMUNE DI GIOIOSA MAREA")
c.setFont("Times-Italic", 10); c.drawCentredString(W / 2, H - 70, "Città Metropolitana di Messina"); c.line(60, H - 78, W - 60, H - 78)
c.setFont("Times-Roman", 10); c.drawCentredString(W / 2, H - 92, "Ufficio di Presidenza del Consiglio comunale"); c.endForm()
c.beginForm("ft"); c.setFont("Times-Roman", 7.5); c.line(60, 45, W - 60, 45)
c.drawCentredString(W / 2, 34, "Piazza Vittorio Emanuele – 98063 Gioiosa Marea (ME) – PEC protocollo@pec.comune.gioiosamarea.me.it"); c.endForm()
def txt(x, y, s, f="Times-Roman", z=11): c.setFont(f, z); c.drawString(x, y, s)
# page 1: agenda drawn first (bottom), then heading (top)
agenda = ["1. Lettura e approvazione dei verbali della seduta precedente;",
 "2. Comunicazioni del Presidente del Consiglio comunale e del Sindaco;",
 "3. Approvazione del rendiconto della gestione per l'esercizio finanziario 2025;",
 "4. Riconoscimento di legittimità di debito fuori bilancio derivante dalla sentenza",
 "    del Tribunale di Patti n. 212/2025;",
 "5. Mozione dei consiglieri del gruppo \"Gioiosa Futura\" sulla viabilità di Capo Calavà."]
y = 430
for a in agenda: txt(72, y, a); y -= 16
c.doForm("ft"); c.doForm("lh")
txt(330, H - 120, "Prot. n. 5318 del 23.3.2026")
txt(330, H - 150, "Ai Signori Consiglieri comunali"); txt(330, H - 164, "Al Sindaco"); txt(330, H - 178, "Al Segretario Generale"); txt(330, H - 192, "Al Prefetto di Messina")
txt(72, H - 230, "OGGETTO: Convocazione del Consiglio comunale in sessione ordinaria – seduta del 2 aprile 2026.", "Times-Bold", 10.5)
lines = ["Ai sensi dell'art. 19 della L.R. 7/1992 e del vigente Regolamento per il funzionamento del Consiglio",
 "comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio comunale che si terrà nella",
 "sala delle adunanze consiliari del Palazzo Municipale il giorno giovedì 2 aprile 2026 alle ore 18,00",
 "e, in caso di mancanza del numero legale, in seconda convocazione il giorno venerdì 3 aprile 2026 alla",
 "stessa ora, per la trattazione del seguente"]
y = H - 262
for l in lines: txt(72, y, l); y -= 15
txt(W / 2 - 50, y - 10, "ORDINE DEL GIORNO", "Times-Bold", 11)
c.showPage()
# page 2: signature first, then text above, letterhead/foot last
txt(330, 560, "IL PRESIDENTE DEL CONSIGLIO COMUNALE", "Times-Bold", 10); txt(360, 545, "avv. Rosaria Mancuso")
body = ["Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di",
 "Segreteria e consultabili dai consiglieri negli orari d'ufficio, a norma del Regolamento.",
 "La seduta è pubblica e sarà trasmessa in diretta streaming sul sito istituzionale dell'Ente.",
 "", "Gioiosa Marea, 23 marzo 2026"]
y = H - 130
for l in body: txt(72, y, l); y -= 15
c.doForm("lh"); c.doForm("ft"); c.showPage(); c.save()
