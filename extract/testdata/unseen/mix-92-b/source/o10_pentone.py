# Pentone: reportlab; letterhead+number box and foot are Form XObjects; dispositive and signature drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1]); c.setProducer("ReportLab PDF Library - apkappa")
c.beginForm("head")
c.setFont("Times-Bold", 17); c.drawString(60, 790, "COMUNE DI PENTONE")
c.setFont("Times-Italic", 10); c.drawString(60, 776, "Provincia di Catanzaro – Via Municipio, 2 – 88050 Pentone")
c.rect(395, 762, 140, 46); c.setFont("Helvetica-Bold", 9.5)
c.drawString(403, 795, "ORD. N. 3 – PROT. N. 612"); c.setFont("Helvetica", 9.5); c.drawString(403, 781, "del 19/02/2026"); c.drawString(403, 768, "Registro Ordinanze 2026")
c.line(60, 756, 535, 756); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(297, 30, "Comune di Pentone – PEC protocollo.pentone@asmepec.it – C.F. 80003570795"); c.endForm()
def para(y, s, f="Times-Roman", sz=11.5, x=60, W=475):
    c.setFont(f, sz)
    for l in simpleSplit(s, f, sz, W): c.drawString(x, y, l); y -= 15
    return y - 5
# drawn out of reading order: dispositive and signature first
y = 545
c.setFont("Times-Bold", 12); c.drawCentredString(297, y, "ORDINA"); y -= 20
for i, s in enumerate(["la chiusura di tutte le scuole di ogni ordine e grado presenti sul territorio comunale per la giornata di venerdì 20 febbraio 2026;",
                       "la chiusura del centro diurno per anziani e della biblioteca comunale nella stessa giornata;",
                       "la comunicazione della presente al Dirigente dell'Istituto Comprensivo \"Sellia Marina\", alla Prefettura di Catanzaro e alla Stazione dei Carabinieri di Pentone."], 1):
    y = para(y, f"{i}. {s}")
y = para(y - 5, "Pentone, 19/02/2026")
c.setFont("Times-Bold", 11.5); c.drawString(390, y, "IL SINDACO"); c.setFont("Times-Roman", 11.5); c.drawString(383, y - 15, "Francesca Mauro")
y = 720
c.setFont("Times-Bold", 12.5); c.drawCentredString(297, y, "ORDINANZA SINDACALE CONTINGIBILE E URGENTE"); y -= 24
y = para(y, "OGGETTO: Chiusura delle scuole di ogni ordine e grado per il giorno 20 febbraio 2026 a causa delle avverse condizioni meteorologiche (neve e gelate).", "Times-Bold")
c.setFont("Times-Bold", 12); c.drawCentredString(297, y, "IL SINDACO"); y -= 20
for s in ["Visto il messaggio di allertamento unificato n. 50 del 19/02/2026 del Centro Funzionale Multirischi della Regione Calabria, che dispone l'allerta arancione per neve sulle zone montane e presilane;",
          "Considerato che le nevicate in corso hanno reso difficoltosa la circolazione sulla S.P. 164 e sulle strade comunali che conducono ai plessi scolastici;",
          "Visti gli artt. 50, comma 5, e 54 del D.Lgs. 267/2000;"]:
    y = para(y, s)
c.doForm("foot"); c.doForm("head")
c.save()
