# Decreto of the Commissario Straordinario of Pietrapaola: same letterhead (Form XObject), body set glyph by glyph
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from pp_common import *
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Decreto n. 5/2026")
letterhead(c); c.doForm("lh")
stamp(c, "ALBO PRETORIO ON LINE – Pubblicazione n. 327 dal 11/05/2026")
y = H-130
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, y, "DECRETO DEL COMMISSARIO STRAORDINARIO"); y -= 17
c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, y, "N. 5 DEL 11/05/2026"); y -= 28
c.setFont("Times-Bold", 11); c.drawString(70, y, "OGGETTO:")
y = glyphs(c, 135, y, "Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000 per il periodo dal 12 maggio al 31 dicembre 2026.", "Times-Bold", 11, W-205); y -= 10
c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, y, "IL COMMISSARIO STRAORDINARIO"); y -= 18
y = glyphs(c, 70, y, "Visto il D.P.R. del 3 febbraio 2026 con il quale il sottoscritto è stato nominato Commissario Straordinario per la provvisoria gestione del Comune di Pietrapaola; visti gli artt. 50, comma 10, e 109 del D.Lgs. 267/2000; visto il vigente Regolamento sull’ordinamento degli uffici e dei servizi; considerato che l’incarico del precedente Responsabile dell’Area Tecnica è cessato il 30 aprile 2026;"); y -= 8
c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, y, "D E C R E T A"); y -= 18
for i, x in enumerate(["di nominare l’ing. Rosanna Le Pera Responsabile dell’Area Tecnica dal 12 maggio al 31 dicembre 2026;",
        "di attribuire alla stessa le funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000;",
        "di riconoscere la retribuzione di posizione nella misura prevista dalla pesatura vigente;",
        "di notificare il presente decreto all’interessata e di pubblicarlo all’Albo Pretorio on line."], 1):
    c.setFont("Times-Roman", 11); c.drawString(70, y, f"{i})"); y = glyphs(c, 90, y, x, width=W-160); y -= 3
y -= 10
c.setFont("Times-Roman", 11); c.drawString(70, y, "Pietrapaola, 11/05/2026")
c.drawCentredString(420, y-20, "IL COMMISSARIO STRAORDINARIO"); c.drawCentredString(420, y-34, "dott. Vincenzo Capalbo")
c.showPage(); c.save()
