# Halley-style attestazione di pubblicazione of a Giunta deliberation (ReportLab canvas, Helvetica core)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from common import out
W, H = A4
c = canvas.Canvas(out('attestazione-melzo-halley.pdf'), pagesize=A4)
c.setTitle('Attestazione di pubblicazione'); c.setAuthor('Halley Informatica')
# crest placeholder
c.setLineWidth(0.8); c.rect(60, H-120, 48, 58); c.setFont('Helvetica', 6); c.drawCentredString(84, H-95, 'STEMMA')
c.setFont('Helvetica-Bold', 16); c.drawString(122, H-82, 'COMUNE DI MELZO')
c.setFont('Helvetica', 10); c.drawString(122, H-97, 'Città Metropolitana di Milano')
c.setFont('Helvetica', 8); c.drawString(122, H-110, 'Piazza Vittorio Emanuele II, 1 - 20066 Melzo (MI) - C.F. 83502410150')
c.line(60, H-130, W-60, H-130)
y = H-170
c.setFont('Helvetica-Bold', 12); c.drawCentredString(W/2, y, 'DELIBERAZIONE DELLA GIUNTA COMUNALE'); y -= 16
c.setFont('Helvetica-Bold', 11); c.drawCentredString(W/2, y, 'N. 58 DEL 15/04/2025'); y -= 32
c.setFont('Helvetica-Bold', 10); c.drawString(60, y, 'OGGETTO:')
subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
        "DEL PARCO PUBBLICO DI VIA GIAVAZZI E DELL'AREA GIOCHI ANNESSA - CUP E42F25000130004")
for ln in simpleSplit(subj, 'Helvetica-Bold', 10, W-60-120):
    c.drawString(120, y, ln); y -= 13
y -= 30
c.setFont('Helvetica-Bold', 13); c.drawCentredString(W/2, y, 'ATTESTAZIONE DI PUBBLICAZIONE'); y -= 30
c.setFont('Helvetica', 10.5)
body = ("Si attesta che copia della deliberazione in oggetto viene pubblicata all'Albo Pretorio on line "
        "di questo Comune, accessibile al pubblico dal sito web istituzionale, per quindici giorni consecutivi, "
        "dal 17/04/2025 al 02/05/2025, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 "
        "e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69.")
for ln in simpleSplit(body, 'Helvetica', 10.5, W-120):
    c.drawString(60, y, ln); y -= 15
y -= 10
body2 = ("Si attesta altresì che la stessa, contestualmente all'affissione, è stata comunicata ai Capigruppo "
         "consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000.")
for ln in simpleSplit(body2, 'Helvetica', 10.5, W-120):
    c.drawString(60, y, ln); y -= 15
y -= 24
# register box
c.rect(60, y-46, W-120, 52)
c.setFont('Helvetica', 9.5)
c.drawString(70, y-10, 'Registro delle pubblicazioni')
c.drawString(250, y-10, 'N. 812')
c.drawString(70, y-25, 'Data inizio pubblicazione')
c.drawString(250, y-25, '17/04/2025')
c.drawString(70, y-40, 'Data fine pubblicazione')
c.drawString(250, y-40, '02/05/2025')
y -= 90
c.setFont('Helvetica', 10.5); c.drawString(60, y, 'Melzo, lì 17/04/2025')
c.drawCentredString(W-160, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE'); y -= 15
c.drawCentredString(W-160, y, 'Il Messo Comunale'); y -= 15
c.setFont('Helvetica-Oblique', 10.5); c.drawCentredString(W-160, y, 'Lorenza Bonfanti')
y -= 50
c.setFont('Helvetica', 7.5)
for ln in simpleSplit("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, "
                      "il quale sostituisce il documento cartaceo e la firma autografa.", 'Helvetica', 7.5, W-120):
    c.drawString(60, y, ln); y -= 10
c.setFont('Helvetica', 7); c.drawString(60, 30, 'Deliberazione della Giunta Comunale n. 58 del 15/04/2025 - Attestazione di pubblicazione')
c.drawRightString(W-60, 30, 'Pag. 1 di 1')
c.showPage(); c.save()
