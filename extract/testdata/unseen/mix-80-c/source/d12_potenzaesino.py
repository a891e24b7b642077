# Unione Montana Potenza Esino Musone: avviso; letterhead and foot are Form XObjects; blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
X, WD = 62, 470
def lines(text, font, size, width):
    out, line = [], []
    for w in text.split():
        if line and stringWidth(" ".join(line + [w]), font, size) > width: out.append(" ".join(line)); line = [w]
        else: line.append(w)
    out.append(" ".join(line)); return out
def para(y, text, font="Times-Roman", size=11, x=X, width=WD, lead=14):
    for l in lines(text, font, size, width): c.setFont(font, size); c.drawString(x, y, l); y -= lead
    return y - 4
# Form XObjects
c.beginForm("letterhead")
c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, 800, "UNIONE MONTANA"); c.drawCentredString(W / 2, 781, "POTENZA ESINO MUSONE")
c.setFont("Times-Italic", 8.5); c.drawCentredString(W / 2, 766, "Apiro · Castelraimondo · Cingoli · Esanatoglia · Fiuminata · Gagliole · Matelica · Pioraco · Poggio San Vicino · San Severino Marche · Sefro · Treia")
c.line(X, 758, X + WD, 758); c.endForm()
c.beginForm("foot")
c.setFont("Times-Roman", 7.5); c.drawCentredString(W / 2, 30, "Viale Mazzini 29 – 62027 San Severino Marche (MC) – PEC: unionemontana.pem@pec.it")
c.endForm()
c.setProducer("Apkappa Hypersic PDF Engine")
# signature block first (out of order)
c.setFont("Times-Roman", 11); c.drawString(X, 250, "San Severino Marche, 24 marzo 2026")
c.drawString(X + 280, 228, "IL RESPONSABILE DEL SERVIZIO ASSOCIATO"); c.drawString(X + 300, 213, "ing. Marco Ciccolini")
c.setFont("Times-Italic", 8); c.drawString(X + 300, 201, "firmato digitalmente")
# body
y = 585
for p in ["Il Responsabile del Servizio associato Viabilità e Protezione Civile, in esecuzione della determinazione del Direttore DET-2026-0079, rende noto che l'Unione intende formare un elenco di operatori economici cui affidare, a chiamata, il servizio di sgombero neve e di spargimento di sale e graniglia sulle strade comunali dei Comuni associati per la stagione invernale 2026/2027.",
          "Possono presentare domanda gli operatori iscritti alla Camera di Commercio per attività coerenti con il servizio, in possesso di mezzi idonei dotati di lama sgombraneve e spargitore, e dei requisiti di ordine generale previsti dal D.Lgs. 36/2023.",
          "Le domande, redatte sul modello allegato, devono pervenire esclusivamente tramite PEC entro le ore 12:00 del 30 aprile 2026. L'elenco sarà suddiviso per ambiti territoriali e resterà valido fino al 30 aprile 2027.",
          "Per informazioni: Ufficio Viabilità dell'Unione, tel. 0733 637245, dal lunedì al venerdì dalle 9:00 alle 13:00."]:
    y = para(y, p)
# heading last
c.doForm("letterhead"); c.doForm("foot")
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2, 735, "AREA TECNICA – SERVIZIO ASSOCIATO VIABILITÀ E PROTEZIONE CIVILE")
c.setFont("Times-Bold", 20); c.drawCentredString(W / 2, 700, "AVVISO PUBBLICO")
y = 675
for l in lines("FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER IL SERVIZIO DI SGOMBERO NEVE SULLE STRADE DEI COMUNI ASSOCIATI – STAGIONE INVERNALE 2026/2027", "Times-Bold", 12, 430):
    c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, l); y -= 16
c.showPage(); c.save()
