# Comunità Montana Valchiavenna: convocation of the Assemblea. ReportLab canvas: the letterhead and the
# foot are Form XObjects reused on both pages; the blocks of each page are drawn out of reading order
# (signature and agenda first, letterhead last) and the protocol stamp is drawn rotated in the margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Convocazione Assemblea 29/04/2026"); c.setCreator("Halley Protocollo - Lettere 5.1"); c.setProducer("PDFlib+PDI 9.1.2 (Win32)")
green = Color(0.11, 0.36, 0.22)
def wrap(text, font, size, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width and line: out.append(line); line = w
        else: line = t
    out.append(line); return out
def para(x, y, text, font="Helvetica", size=10.5, width=W - 2 * 70, lead=14.5, indent=0):
    lines = wrap(text, font, size, width - indent)
    for i, l in enumerate(lines):
        c.setFont(font, size); c.drawString(x + indent, y - i * lead, l)
    return y - len(lines) * lead
# Form XObjects
c.beginForm("letterhead")
c.setFillColor(green); c.rect(70, H - 98, 46, 50, stroke=0, fill=1)
c.setFillColor(Color(1, 1, 1)); c.setFont("Helvetica-Bold", 9); c.drawCentredString(93, H - 78, "CM"); c.drawCentredString(93, H - 89, "VCH")
c.setFillColor(green); c.setFont("Helvetica-Bold", 16); c.drawString(126, H - 64, "COMUNITÀ MONTANA VALCHIAVENNA")
c.setFillColor(black); c.setFont("Helvetica", 8.5)
c.drawString(126, H - 78, "Provincia di Sondrio – 23022 Chiavenna (SO)")
c.drawString(126, H - 89, "Segreteria generale – Organi istituzionali")
c.setStrokeColor(green); c.setLineWidth(1.4); c.line(70, H - 106, W - 70, H - 106)
c.endForm()
c.beginForm("foot")
c.setStrokeColor(green); c.setLineWidth(0.6); c.line(70, 52, W - 70, 52)
c.setFont("Helvetica", 7.5); c.setFillColor(Color(0.3, 0.3, 0.3))
c.drawCentredString(W / 2, 40, "Comunità Montana Valchiavenna – ente locale ai sensi della L.R. Lombardia 27 giugno 2008, n. 19 – documento firmato digitalmente")
c.endForm()
# ---- page 1, drawn bottom-up
c.doForm("foot")
c.setFont("Helvetica", 8); c.drawRightString(W - 70, 60, "1/2")
y0 = 398
agenda = ["Comunicazioni del Presidente.",
          "Approvazione dei verbali della seduta del 17 dicembre 2025.",
          "Approvazione del rendiconto della gestione per l'esercizio 2025.",
          "Variazione al bilancio di previsione 2026/2028 e applicazione dell'avanzo di amministrazione.",
          "Approvazione della convenzione con i Comuni della Valchiavenna per la gestione associata del servizio di protezione civile.",
          "Piano di manutenzione della sentieristica di interesse sovracomunale – annualità 2026: presa d'atto.",
          "Mozioni e interrogazioni."]
y = y0
c.setFont("Helvetica-Bold", 10.5); c.drawString(70, y + 20, "ORDINE DEL GIORNO")
for i, it in enumerate(agenda, 1):
    c.setFont("Helvetica", 10.5); c.drawString(78, y, f"{i}.")
    y = para(70, y, it, indent=24) - 4
# opening text
y = 560
y = para(70, y, "Ai sensi dello Statuto e del Regolamento di funzionamento dell'Assemblea, la S.V. è invitata a partecipare alla seduta ordinaria dell'Assemblea della Comunità Montana, che si terrà presso la sala consiliare della sede dell'Ente in Chiavenna")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 12, "mercoledì 29 aprile 2026, alle ore 18:00")
y = para(70, y - 34, "in prima convocazione e, occorrendo, in seconda convocazione giovedì 30 aprile 2026 alla stessa ora, per la trattazione del seguente")
# subject
c.setFont("Helvetica-Bold", 10.5); c.drawString(70, 600, "OGGETTO:")
para(130, 600, "Convocazione dell'Assemblea della Comunità Montana – seduta ordinaria del 29 aprile 2026.", font="Helvetica-Bold", width=W - 200)
# addressees
c.setFont("Helvetica", 10)
for i, l in enumerate(["Ai Componenti dell'Assemblea", "Ai Sindaci dei Comuni della Valchiavenna", "Al Revisore dei conti", "e p.c. Alla Prefettura di Sondrio"]):
    c.drawString(345, 680 - i * 13, l)
c.drawString(70, 690, "Chiavenna, 20 aprile 2026"); c.drawString(70, 677, "Prot. n. 2214 / 1.6")
# rotated stamp
c.saveState(); c.translate(40, 300); c.rotate(90)
c.setStrokeColor(Color(0.15, 0.25, 0.6)); c.setFillColor(Color(0.15, 0.25, 0.6)); c.setLineWidth(0.8)
c.rect(0, -6, 250, 22, stroke=1, fill=0); c.setFont("Helvetica-Bold", 8)
c.drawString(6, 2, "CM VALCHIAVENNA – PROTOCOLLO IN USCITA N. 2214 DEL 20/04/2026")
c.restoreState()
c.doForm("letterhead")
c.showPage()
# ---- page 2
c.doForm("foot"); c.setFont("Helvetica", 8); c.drawRightString(W - 70, 60, "2/2")
c.setFont("Helvetica", 10.5)
c.drawCentredString(400, 560, "IL PRESIDENTE"); c.drawCentredString(400, 544, "Davide Trussoni")
c.setFont("Helvetica-Oblique", 8.5); c.drawCentredString(400, 530, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
y = para(70, 700, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria generale e consultabile nell'area riservata del sito istituzionale a partire da venerdì 24 aprile 2026.")
y = para(70, y - 8, "Si ricorda che, ai sensi del Regolamento, la seduta in seconda convocazione è valida con la presenza di almeno un terzo dei componenti assegnati. Eventuali assenze dovranno essere comunicate alla Segreteria generale.")
y = para(70, y - 8, "Distinti saluti.")
c.doForm("letterhead")
c.showPage(); c.save()
