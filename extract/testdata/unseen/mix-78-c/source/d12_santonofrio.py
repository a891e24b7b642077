# reportlab: letterhead and footer as Form XObjects; body blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1]); c.setProducer("ReportLab PDF Library"); c.setCreator("Apkappa Hypersic")
c.beginForm("lh"); c.setFont("Times-Roman", 20)
x = 297; s = "C I T T À   D I   S A N T ’ O N O F R I O"; c.drawCentredString(x, 800, s)
c.setFont("Times-Italic", 10); c.drawCentredString(x, 785, "Provincia di Vibo Valentia – Corso Umberto I, 41 – 89843 Sant’Onofrio (VV)")
c.setLineWidth(1.5); c.line(60, 778, 535, 778); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.line(60, 45, 535, 45)
c.drawCentredString(297, 34, "Decreto sindacale n. 3/2026 – documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.endForm()
def block(y, txt, f="Times-Roman", sz=11, lead=14.5, x0=60, w=475, centre=False):
    for l in simpleSplit(txt, f, sz, w):
        c.setFont(f, sz)
        if centre: c.drawCentredString(297, y, l)
        else: c.drawString(x0, y, l)
        y -= lead
    return y
# signature first, then dispositive part, then heading and premises
block(395, "IL SINDACO", "Times-Bold", 11, x0=380); block(380, "avv. Rosanna Cutrullà", x0=380)
y = 565
c.setFont("Times-Bold", 11); c.drawCentredString(297, y, "D E C R E T A"); y -= 20
for i, t in enumerate(["di nominare la dott.ssa Francesca Galati, Istruttore Direttivo Contabile, Responsabile dell’Area Economico-Finanziaria dal 1° aprile 2026 al 31 dicembre 2026, con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000;",
          "di attribuire alla stessa la retribuzione di posizione annua di € 9.500,00 e la retribuzione di risultato nei limiti del fondo;",
          "di notificare il presente decreto all’interessata e di trasmetterlo al Segretario comunale e al Nucleo di valutazione."], 1):
    y = block(y, "%d. %s" % (i, t)) - 4
c.doForm("ft")
y = 750
y = block(y, "DECRETO SINDACALE N. 3 DEL 25/03/2026", "Times-Bold", 13, centre=True) - 8
y = block(y, "OGGETTO: Nomina del Responsabile dell’Area Economico-Finanziaria e attribuzione dell’incarico di Elevata Qualificazione per il periodo 1° aprile – 31 dicembre 2026.", "Times-Bold") - 10
y = block(y, "IL SINDACO", "Times-Bold", centre=True) - 4
for t in ["Visti gli articoli 50, comma 10, e 109 del D.Lgs. 18 agosto 2000, n. 267;",
          "Visto il CCNL Funzioni Locali del 16 novembre 2022, che disciplina gli incarichi di Elevata Qualificazione;",
          "Considerato che il precedente Responsabile dell’Area Economico-Finanziaria è cessato dal servizio per trasferimento ad altro ente a decorrere dal 31 marzo 2026 e che occorre assicurare la continuità delle funzioni;"]:
    y = block(y, t) - 4
c.doForm("lh")
c.setFont("Times-Roman", 10); c.drawString(60, 430, "Sant’Onofrio, 25 marzo 2026")
c.showPage(); c.save()
