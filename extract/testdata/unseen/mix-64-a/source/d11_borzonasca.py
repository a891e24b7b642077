# Comune di Borzonasca: reportlab; letterhead and foot are Form XObjects; blocks drawn out of reading order
# (signature, then the act grid, then the title and the text); "COPIA CONFORME" stamp rotated 90 degrees in the margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 72, W - 64
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Referto di pubblicazione"); c.setCreator("LigNet Albo 2.0")
c.beginForm("lh")
c.setFont("Helvetica-Bold", 15); c.drawString(L + 52, H - 62, "COMUNE DI BORZONASCA")
c.setFont("Helvetica", 9); c.drawString(L + 52, H - 76, "Città Metropolitana di Genova")
c.drawString(L + 52, H - 88, "Via Grilli, 42 – 16041 Borzonasca (GE) – tel. 0185 340001")
c.circle(L + 20, H - 72, 20); c.setFont("Helvetica-Bold", 7); c.drawCentredString(L + 20, H - 74, "STEMMA")
c.line(L, H - 100, R, H - 100)
c.endForm()
c.beginForm("ft")
c.line(L, 50, R, 50); c.setFont("Helvetica", 7.5)
c.drawString(L, 38, "Ufficio Segreteria – Albo Pretorio on line – segreteria@comune.borzonasca.ge.it")
c.endForm()
# signature block first
c.setFont("Helvetica-Bold", 10); c.drawCentredString(L + 110, 230, "IL MESSO COMUNALE"); c.drawCentredString(R - 110, 230, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 10); c.drawCentredString(L + 110, 215, "Rita Cuneo"); c.drawCentredString(R - 110, 215, "dott. Gianluca Pelle")
c.setFont("Helvetica", 10); c.drawString(L, 260, "Borzonasca, 14/05/2026")
# act grid
gy = H - 250
rows = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "33"), ("Data", "07/05/2026"),
        ("Oggetto", "Approvazione del programma delle attività estive per i minori"), ("", "\u201cEstate Ragazzi 2026\u201d e delle relative tariffe di partecipazione.")]
c.setFont("Helvetica", 10)
for i, (k, v) in enumerate(rows):
    y = gy - i * 18
    c.setFont("Helvetica-Bold", 10); c.drawString(L + 6, y, k); c.setFont("Helvetica", 10); c.drawString(L + 90, y, v)
c.rect(L, gy - 4 * 18 - 7, R - L, 5 * 18 + 4); c.line(L + 84, gy - 4 * 18 - 7, L + 84, gy + 15)
# title and text last
c.doForm("lh"); c.doForm("ft")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 140, "REFERTO DI PUBBLICAZIONE")
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, H - 155, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)")
c.setFont("Helvetica", 10.5); c.drawString(L, H - 190, "Il sottoscritto Messo Comunale, su conforme dichiarazione del Segretario Comunale,")
c.drawString(L, H - 205, "certifica che copia della deliberazione sotto indicata:")
ty = gy - 5 * 18 - 20
lines = ["è stata pubblicata all'Albo Pretorio on line di questo Comune in data 14/05/2026",
         "e vi rimarrà per quindici giorni consecutivi, fino al 29/05/2026, con il numero di",
         "registro 298, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000;",
         "è stata contestualmente comunicata ai Capigruppo consiliari con nota prot. n. 2054",
         "ai sensi dell'art. 125 del D.Lgs. 267/2000."]
for i, t in enumerate(lines): c.drawString(L, ty - i * 15, t)
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFillGray(0.45); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "COPIA CONFORME ALL'ORIGINALE DIGITALE – COMUNE DI BORZONASCA"); c.restoreState()
c.showPage(); c.save()
