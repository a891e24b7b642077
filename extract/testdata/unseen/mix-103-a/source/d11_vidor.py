# Ordinanza, Comune di Vidor: reportlab; letterhead, register box and signature are Form XObjects,
# drawn before the heading and body (content stream out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Maggioli Sicr@web PDF / ReportLab")
L, R = 60, W - 60
c.beginForm("letterhead")
c.setFont("Helvetica-Bold", 16); c.drawString(L, H - 62, "COMUNE DI VIDOR")
c.setFont("Helvetica", 9.5); c.drawString(L, H - 76, "Provincia di Treviso")
c.drawRightString(R, H - 62, "AREA TECNICA"); c.drawRightString(R, H - 76, "Servizio Viabilità e Manutenzioni")
c.line(L, H - 84, R, H - 84); c.endForm()
c.beginForm("regbox")
c.rect(R - 190, H - 150, 190, 44)
c.setFont("Helvetica-Bold", 10); c.drawString(R - 182, H - 122, "ORDINANZA N. 7 / 2026")
c.setFont("Helvetica", 9.5); c.drawString(R - 182, H - 140, "Vidor, 12/03/2026")
c.endForm()
c.beginForm("sign")
c.setFont("Helvetica", 10); c.drawCentredString(R - 100, 150, "IL RESPONSABILE DELL'AREA TECNICA")
c.drawCentredString(R - 100, 136, "ing. Davide Spessotto"); c.setFont("Helvetica", 7.5)
c.drawCentredString(R - 100, 124, "(firmato digitalmente)")
c.endForm()
# out of order: signature first, then register box, then letterhead, then the body
c.doForm("sign"); c.doForm("regbox"); c.doForm("letterhead")
def par(y, text, font="Helvetica", size=10, lead=13.5):
    words = text.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line:
            c.setFont(font, size); c.drawString(L, y, " ".join(line)); y -= lead; line = [w]
        else: line.append(w)
    c.setFont(font, size); c.drawString(L, y, " ".join(line)); return y - lead - 4
y = par(H - 180, "OGGETTO: Istituzione del divieto di transito veicolare in via Erizzo, nel tratto compreso tra piazza Capitello e via Sant'Andrea, dal 16 al 27 marzo 2026 per lavori di posa della rete del gas metano.", "Helvetica-Bold", 10.5)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 4, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 26
for t in ["Vista la richiesta della ditta Piave Reti S.r.l., esecutrice dei lavori per conto del gestore della rete, pervenuta al protocollo n. 2388 del 04/03/2026;",
          "Ritenuto necessario, per consentire l'esecuzione dei lavori in sicurezza, interdire temporaneamente il transito veicolare nel tratto interessato;",
          "Visti gli artt. 5, 6 e 7 del D.Lgs. 285/1992 e l'art. 107 del D.Lgs. 267/2000;"]:
    y = par(y, t)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 2, "ORDINA"); y -= 22
for t in ["1) dalle ore 7:30 del 16 marzo 2026 alle ore 18:00 del 27 marzo 2026 il divieto di transito veicolare in via Erizzo, nel tratto compreso tra piazza Capitello e via Sant'Andrea, eccetto residenti e mezzi di soccorso;",
          "2) alla ditta Piave Reti S.r.l. di posizionare la segnaletica prevista dal D.M. 10 luglio 2002 e di garantire l'accesso pedonale alle abitazioni;",
          "3) alla Polizia Locale del Quartier del Piave di vigilare sull'osservanza della presente ordinanza."]:
    y = par(y, t)
y = par(y, "Contro la presente ordinanza è ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione.", "Helvetica-Oblique", 9.5)
c.save()
