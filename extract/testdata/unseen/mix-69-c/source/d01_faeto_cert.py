# Faeto: certificate of publication page (reportlab), to be merged after the act and its annex
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Albo Pretorio on line"); c.setTitle("Certificato di pubblicazione")
c.setFont("Times-Bold", 15); c.drawCentredString(W/2, H-70, "COMUNE DI FAETO")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-85, "Provincia di Foggia")
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, H-140, "CERTIFICATO DI PUBBLICAZIONE")
lines = ["Il sottoscritto Responsabile delle pubblicazioni, visti gli atti d'ufficio,",
 "", "ATTESTA",
 "", "che copia della deliberazione della Giunta Comunale n. 38 del 04.05.2026, avente ad oggetto",
 "\u00abApprovazione del piano comunale di manutenzione dei sentieri escursionistici dei Monti",
 "Dauni per l'anno 2026 e del relativo quadro di spesa.\u00bb, è stata pubblicata all'Albo Pretorio on line",
 "di questo Comune dal 05.05.2026 al 20.05.2026 (Registro delle pubblicazioni n. 219/2026)",
 "per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.",
 "", "Faeto, 21.05.2026"]
y = H - 180; c.setFont("Times-Roman", 11.5)
for s in lines:
    if s == "ATTESTA": c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, y, s); c.setFont("Times-Roman", 11.5)
    else: c.drawString(70, y, s)
    y -= 17
c.drawCentredString(W-170, y-30, "IL RESPONSABILE DELLE PUBBLICAZIONI"); c.drawCentredString(W-170, y-46, "Luigi Ciampone")
c.setFont("Times-Italic", 8); c.drawString(70, 40, "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. n. 39/1993")
c.save()
