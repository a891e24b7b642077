# Comune di Propata - ordinanza of the Responsabile del Servizio Tecnico, "J-Ente" house style.
# reportlab canvas: letterhead and number/date band are Form XObjects; blocks are drawn out of reading order
# (signature and ORDINA points first, then premises, heading last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza n. 5/2026"); c.setCreator("J-Ente Atti 2.7")
W, H = A4; L, R = 22*mm, W - 22*mm
def wrap(text, font, size, width):
    out, line = [], ""
    for w in text.split():
        if stringWidth((line + " " + w).strip(), font, size) > width: out.append(line); line = w
        else: line = (line + " " + w).strip()
    return out + [line]
def block(y, text, font="Helvetica", size=10, lead=13, indent=0):
    for ln in wrap(text, font, size, R - L - indent):
        c.setFont(font, size); c.drawString(L + indent, y, ln); y -= lead
    return y - 4
c.beginForm("letterhead")
c.setFont("Helvetica-Bold", 15); c.drawCentredString(W / 2, H - 20*mm, "COMUNE DI PROPATA")
c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, H - 25*mm, "Città Metropolitana di Genova – Piazza Guido Baglioni 1 – 16027 Propata (GE)")
c.setFont("Helvetica-Oblique", 9); c.drawCentredString(W / 2, H - 30*mm, "Servizio Tecnico – Lavori pubblici e viabilità")
c.line(L, H - 33*mm, R, H - 33*mm)
c.endForm()
c.beginForm("band")
c.setFillGray(0.9); c.rect(L, H - 47*mm, R - L, 9*mm, fill=1, stroke=0); c.setFillGray(0)
c.setFont("Helvetica-Bold", 11); c.drawString(L + 3*mm, H - 44*mm, "ORDINANZA N. 5/2026"); c.drawRightString(R - 3*mm, H - 44*mm, "Propata, 27/03/2026")
c.endForm()
# 1) signature first
c.setFont("Helvetica", 10)
c.drawCentredString(R - 35*mm, 45*mm, "IL RESPONSABILE DEL SERVIZIO TECNICO"); c.drawCentredString(R - 35*mm, 40*mm, "geom. Luca Cevasco"); c.drawCentredString(R - 35*mm, 35*mm, "(firmato digitalmente)")
# 2) the ORDINA points
y = 150*mm
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "ORDINA"); y -= 16
for i, p in enumerate(["la chiusura totale al transito veicolare e pedonale della strada comunale Propata – Caprile, dal km 0+800 al km 1+200, dalle ore 8:00 del 30 marzo 2026 alle ore 18:00 del 10 aprile 2026;",
                       "l'impresa esecutrice dei lavori provveda all'installazione della segnaletica prevista dal D.M. 10 luglio 2002;",
                       "sia garantito in ogni momento il passaggio dei mezzi di soccorso e di Protezione civile;",
                       "la presente ordinanza sia resa nota mediante pubblicazione all'Albo pretorio on line e apposizione della prescritta segnaletica."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i); y = block(y, p, indent=7*mm)
y = block(y - 4, "Avverso la presente ordinanza è ammesso ricorso al TAR Liguria entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=9)
# 3) premises
y = 222*mm
for p in ["PREMESSO che con determinazione n. 39/2026 R.G. sono stati affidati i lavori di consolidamento del muro di sostegno della strada comunale per la frazione Caprile;",
          "CONSIDERATO che l'esecuzione dei lavori richiede l'occupazione dell'intera carreggiata e che non sussistono percorsi alternativi idonei;",
          "VISTI gli artt. 6 e 7 del D.Lgs. 285/1992 (Codice della Strada) e l'art. 107 del D.Lgs. 267/2000;"]:
    y = block(y, p)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, 230*mm, "IL RESPONSABILE DEL SERVIZIO TECNICO")
# 4) heading last: the subject, then the forms
block(247*mm, "OGGETTO: Chiusura al traffico della strada comunale per la frazione Caprile dal 30 marzo al 10 aprile 2026 per lavori di consolidamento del muro di sostegno.", "Helvetica-Bold", 10.5)
c.doForm("band"); c.doForm("letterhead")
c.save()
