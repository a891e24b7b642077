# Trivigno (PZ): convocation of the Consiglio Comunale, 2 pages. Letterhead and foot are Form
# XObjects reused on both pages; on page 1 the signature, the agenda and the addressees are drawn
# before the heading and the OGGETTO line (out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("APKappa Sfera Protocollo"); c.setTitle("Convocazione Consiglio Comunale")
W, H = A4; L, R = 72, W - 64
c.beginForm("lh")
c.setFillColorRGB(0.55, 0.1, 0.1); c.circle(L+20, H-66, 20, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 17); c.drawString(L+52, H-62, "COMUNE DI TRIVIGNO")
c.setFont("Helvetica", 9); c.drawString(L+52, H-76, "Provincia di Potenza – Corso Umberto I, 44 – 85018 Trivigno (PZ)")
c.drawString(L+52, H-87, "Tel. 0971 981014 – PEC: comune.trivigno@cert.ruparbasilicata.it")
c.setLineWidth(1.2); c.line(L, H-96, R, H-96)
c.endForm()
c.beginForm("ft")
c.setLineWidth(0.4); c.line(L, 48, R, 48)
c.setFont("Helvetica", 7.5)
c.drawString(L, 38, "Ufficio di Presidenza del Consiglio Comunale – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.endForm()
def wrap(text, font, size, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width and line: out.append(line); line = w
        else: line = t
    out.append(line); return out
def block(x, y, text, font="Helvetica", size=10.5, lead=14, width=None):
    for ln in wrap(text, font, size, width or (R - x)):
        c.setFont(font, size); c.drawString(x, y, ln); y -= lead
    return y
# ---- page 1, drawn out of order
c.doForm("ft")
# signature block first
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(R-90, 170, "IL PRESIDENTE DEL CONSIGLIO COMUNALE")
c.setFont("Helvetica", 10.5); c.drawCentredString(R-90, 156, "Antonio Lauria")
c.setFont("Helvetica", 8); c.drawCentredString(R-90, 144, "(firma digitale)")
# agenda (items 1-4 on page 1)
y = 430
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y+22, "ORDINE DEL GIORNO")
items = ["Lettura e approvazione dei verbali della seduta precedente.",
 "Ratifica della deliberazione della Giunta Comunale n. 47 del 3 settembre 2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026/2028\".",
 "Approvazione dello schema di convenzione per la gestione associata del servizio di segreteria comunale con il Comune di Brindisi Montagna.",
 "Regolamento comunale per l'assegnazione delle aree per insediamenti produttivi in località Serra – Modifiche.",
 "Riconoscimento di legittimità di debito fuori bilancio derivante dalla sentenza del Giudice di Pace di Potenza n. 912/2026.",
 "Comunicazioni del Sindaco."]
for n, t in enumerate(items[:4], 1):
    c.setFont("Helvetica", 10.5); c.drawString(L+6, y, f"{n}."); y = block(L+24, y, t) - 4
# addressees
c.setFont("Helvetica", 10); c.drawString(R-200, H-128, "Ai Sigg. Consiglieri Comunali")
c.drawString(R-200, H-141, "Al Sindaco"); c.drawString(R-200, H-154, "Al Segretario Comunale")
c.drawString(R-200, H-167, "Al Prefetto di Potenza")
c.drawString(R-200, H-180, "Al Comando Stazione Carabinieri")
# body paragraph
y = block(L, H-262, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 11 del vigente Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio Comunale, in sessione straordinaria e in prima convocazione, che si terrà presso la Sala consiliare del Palazzo municipale il giorno martedì 29 settembre 2026 alle ore 18:30, per discutere e deliberare sul seguente", lead=15)
y = block(L, y-6, "In mancanza del numero legale la seduta è rinviata, in seconda convocazione, al giorno mercoledì 30 settembre 2026, alla stessa ora e nello stesso luogo.", lead=15)
# now the header, protocol line and OGGETTO
c.doForm("lh")
c.setFont("Helvetica", 10); c.drawString(L, H-128, "Prot. n. 2981"); c.drawString(L, H-141, "Trivigno, lì 22 settembre 2026")
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, H-222, "OGGETTO:")
block(L+58, H-222, "Convocazione del Consiglio Comunale in sessione straordinaria – seduta del 29 settembre 2026.", "Helvetica-Bold", 10.5)
c.setFont("Helvetica", 8); c.drawRightString(R, 60, "pag. 1 di 2")
c.showPage()
# ---- page 2
c.doForm("lh")
y = H-140
for n, t in enumerate(items[4:], 5):
    c.setFont("Helvetica", 10.5); c.drawString(L+6, y, f"{n}."); y = block(L+24, y, t) - 4
y = block(L, y-14, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e consultabili dai Consiglieri nelle ore d'ufficio a partire dal terzo giorno antecedente la seduta.", lead=15)
y = block(L, y-6, "La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", lead=15)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(R-90, y-40, "IL PRESIDENTE DEL CONSIGLIO COMUNALE")
c.setFont("Helvetica", 10.5); c.drawCentredString(R-90, y-54, "Antonio Lauria")
c.setFont("Helvetica", 8); c.drawRightString(R, 60, "pag. 2 di 2")
c.doForm("ft")
c.showPage(); c.save()
