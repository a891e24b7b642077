# Rocchetta Sant'Antonio: reportlab canvas; letterhead and footer are Form XObjects; the
# signature and dispositive part are drawn before the heading (content stream out of reading
# order); Albo stamp rotated 90 degrees in the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("ReportLab PDF Library - www.reportlab.com"); c.setTitle("Ordinanza n. 9/2026")
c.beginForm("lh"); c.setFont("Times-Bold", 17); c.drawCentredString(W/2, H-58, "COMUNE DI ROCCHETTA SANT'ANTONIO")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-72, "Provincia di Foggia"); c.line(60, H-80, W-60, H-80); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Piazza Aldo Moro, 1 – 71020 Rocchetta Sant'Antonio (FG) – PEC: protocollo.rocchetta@pec.it"); c.endForm()
def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur: out.append(cur); cur = w
        else: cur = t
    return out + [cur]
def block(y, text, font="Times-Roman", size=10.5, x=62, width=W-124, lead=13.5):
    for ln in wrap(text, font, size, width):
        c.setFont(font, size); c.drawString(x, y, ln); y -= lead
    return y - 3
# 1) dispositive part and signature first (lower half of the page)
y = 400
c.setFont("Times-Bold", 11); c.drawCentredString(W/2, y, "O R D I N A"); y -= 18
pts = ["il divieto di transito e di sosta a tutti i veicoli, eccetto quelli di soccorso e dei residenti, in Via Castello e in Largo Torre Angioina dalle ore 7:00 del 30 marzo 2026 alle ore 19:00 del 10 aprile 2026;",
       "alla ditta esecutrice dei lavori di installare e mantenere la segnaletica prevista dal Codice della Strada, con preavviso di almeno 48 ore;",
       "al Comando di Polizia Locale di vigilare sull'osservanza della presente ordinanza."]
for i, p in enumerate(pts, 1):
    c.setFont("Times-Roman", 10.5); c.drawString(62, y, "%d." % i); y = block(y, p, x=78, width=W-140)
y -= 4
y = block(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia entro 60 giorni dalla pubblicazione all'Albo Pretorio on line.", "Times-Italic", 9.5)
c.setFont("Times-Roman", 10.5); c.drawString(62, y-10, "Dalla Residenza Municipale, 27 marzo 2026")
c.drawCentredString(430, y-30, "IL SINDACO"); c.setFont("Times-Italic", 10.5); c.drawCentredString(430, y-44, "avv. Pasquale Ruggiero")
# 2) then the rotated Albo stamp
c.saveState(); c.translate(W-30, 300); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -12, 300, 26); c.setFont("Helvetica-Bold", 8); c.drawString(2, 4, "ALBO PRETORIO ON LINE – Reg. n. 402")
c.setFont("Helvetica", 7.5); c.drawString(2, -7, "pubblicato dal 27/03/2026 al 11/04/2026"); c.restoreState()
# 3) then the letterhead, heading, subject and premises
c.doForm("lh"); c.doForm("ft")
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, H-110, "ORDINANZA SINDACALE N. 9 DEL 27/03/2026")
y = H-140
c.setFont("Times-Bold", 10.5); c.drawString(62, y, "OGGETTO:")
y = block(y, "Disciplina temporanea della circolazione in Via Castello e Largo Torre Angioina per i lavori di consolidamento delle mura del Castello d'Aquino.", "Times-Bold", 10.5, x=122, width=W-184)
y -= 8; c.setFont("Times-Bold", 11); c.drawCentredString(W/2, y, "IL SINDACO"); y -= 18
for t in ["PREMESSO che dal 30 marzo 2026 avranno inizio i lavori di consolidamento delle mura del Castello d'Aquino, affidati con determinazione del Settore Tecnico n. 61 del 10/03/2026;",
          "VISTA la nota del direttore dei lavori prot. n. 1502 del 24/03/2026, con la quale si chiede l'interdizione al traffico dell'area di cantiere;",
          "RITENUTO necessario, per ragioni di sicurezza della circolazione e della pubblica incolumità, regolamentare il transito veicolare;",
          "VISTI gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285, e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = block(y, t)
c.showPage(); c.save()
