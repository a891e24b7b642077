# Tiglieto (GE): reportlab; grid on the right of the letterhead; body lines justified with Tw
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.setFont("Helvetica-Bold", 15); c.drawString(50, H-70, "COMUNE DI TIGLIETO")
c.setFont("Helvetica", 9); c.drawString(50, H-84, "Città Metropolitana di Genova")
c.drawString(50, H-96, "Piazza Gaggero 1 - 16010 Tiglieto (GE)")
rows = [("Settore", "Settore Tecnico"), ("Servizio", "Servizio Manutenzioni e Patrimonio"), ("Responsabile", "geom. Paolo Ferrando"),
        ("Numero generale", "58"), ("Numero settoriale", "17"), ("Data", "09/03/2026")]
x0, x1, x2, y = 300, 385, 545, H-50
for lab, val in rows:
    c.rect(x0, y-16, x1-x0, 16); c.rect(x1, y-16, x2-x1, 16)
    c.setFont("Helvetica-Bold", 8); c.drawString(x0+3, y-11, lab)
    c.setFont("Helvetica", 8.5); c.drawString(x1+3, y-11, val); y -= 16
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, y-30, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
def just(text, x, y, w, font="Helvetica", size=10, lead=13, last_just=False):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur+[wd]), font, size) > w: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y); t.setFont(font, size)
        s = " ".join(ln)
        if i < len(lines)-1 and len(ln) > 1:
            t.setWordSpace((w - stringWidth(s, font, size)) / (len(ln)-1))
        t.textLine(s); c.drawText(t); y -= lead
    return y
y -= 60
c.rect(50, y-34, W-100, 40)
c.setFont("Helvetica-Bold", 10); c.drawString(56, y-8, "Oggetto:")
y = just("Lavori di somma urgenza per il ripristino del muro di sostegno in località Acquabuona a seguito degli eventi meteorologici del febbraio 2026. Affidamento e impegno di spesa. CIG B91A4E27C3.", 105, y-8, 435, "Helvetica-Bold", 10, 12)
y -= 30
for p in ["IL RESPONSABILE DEL SETTORE TECNICO"]:
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, p); y -= 20
body = ["Premesso che nei giorni 24 e 25 febbraio 2026 precipitazioni intense hanno provocato il cedimento parziale del muro di sostegno della strada comunale in località Acquabuona, con pericolo per la pubblica incolumità;",
 "Visto il verbale di somma urgenza redatto in data 26 febbraio 2026 ai sensi dell'art. 140 del D.Lgs. 36/2023 e ritenuto di provvedere senza indugio;",
 "Visto il decreto sindacale n. 3 del 2 gennaio 2026 di nomina del responsabile del Settore Tecnico;"]
for p in body: y = just(p, 50, y, W-100) - 6
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y-4, "DETERMINA"); y -= 24
ops = ["1. di affidare i lavori di somma urgenza descritti in premessa alla ditta Edilvalle s.r.l. di Rossiglione per l'importo di euro 38.450,00 oltre IVA;",
 "2. di impegnare la spesa complessiva di euro 46.909,00 alla missione 10, programma 5, del bilancio 2026-2028, esercizio 2026;",
 "3. di trasmettere il presente atto al Consiglio comunale per il riconoscimento della spesa ai sensi dell'art. 191, comma 3, del D.Lgs. 267/2000;",
 "4. di pubblicare la presente determinazione all'Albo Pretorio on line per quindici giorni consecutivi."]
for p in ops: y = just(p, 50, y, W-100) - 6
c.setFont("Helvetica", 10); c.drawString(330, y-30, "Il Responsabile del Settore Tecnico")
c.drawString(350, y-44, "geom. Paolo Ferrando"); c.setFont("Helvetica-Oblique", 7.5)
c.drawString(300, y-58, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
