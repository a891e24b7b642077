# Convocation of the Consiglio comunale of Socchieve (UD): reportlab; letterhead and foot are Form XObjects
# reused on both pages; the signature and the agenda are drawn before the heading (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import para
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 65
def forms():
    c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-60, "COMUNE DI SOCCHIEVE")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Regione Autonoma Friuli Venezia Giulia – Piazza Roma 1 – 33020 Socchieve (UD)"); c.line(L, H-82, W-L, H-82); c.endForm()
    c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "PEC: comune.socchieve@certgov.fvg.it – tel. 0433 000000"); c.endForm()
forms()
c.doForm("foot")
# signature first
c.setFont("Helvetica", 10); c.drawString(W-L-150, 300, "IL SINDACO"); c.drawString(W-L-150, 286, "Lino Vidoni")
# agenda before heading
c.setFont("Helvetica", 10)
y = 470
for i, s in enumerate(["Comunicazioni del Sindaco.", "Approvazione dei verbali della seduta precedente.", "Approvazione del rendiconto della gestione per l'esercizio 2025.", "Convenzione per la gestione associata del servizio di polizia locale con i Comuni della Carnia – approvazione."], 1):
    c.drawString(L+10, y, f"{i}."); y = para(c, L+28, y, s, width=W-2*L-28) - 3
c.doForm("head")
c.setFont("Helvetica", 10); c.drawString(L, H-110, "Prot. n. 1032"); c.drawRightString(W-L, H-110, "Socchieve, 13.3.2026")
c.drawString(W-L-200, H-135, "Ai Consiglieri comunali"); c.drawString(W-L-200, H-148, "Al Revisore dei conti"); c.drawString(W-L-200, H-161, "LORO SEDI")
c.setFont("Helvetica-Bold", 10); c.drawString(L, H-195, "OGGETTO: Convocazione del Consiglio comunale – seduta ordinaria del 24 marzo 2026.")
y = para(c, L, H-225, "Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria, in prima convocazione, del Consiglio comunale che si terrà nella sala consiliare del Municipio il giorno martedì 24 marzo 2026 alle ore 20:00, con eventuale seconda convocazione il giorno 26 marzo 2026 alla stessa ora, per la trattazione del seguente", width=W-2*L)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y-10, "ORDINE DEL GIORNO")
c.showPage()
c.doForm("head"); c.doForm("foot")
para(c, L, H-120, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e consultabili negli orari di apertura al pubblico a partire dal terzo giorno precedente la seduta. Eventuali assenze andranno comunicate alla Segreteria.", width=W-2*L)
c.save()
