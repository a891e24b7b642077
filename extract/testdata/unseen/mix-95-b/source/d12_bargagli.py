# Bargagli: reportlab; letterhead and register box are Form XObjects; body drawn before the header (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-60, "COMUNE DI BARGAGLI")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Città Metropolitana di Genova - Area Amministrativa - Servizi Scolastici"); c.endForm()
c.beginForm("box"); c.rect(60, H-170, 475, 70)
c.setFont("Helvetica", 9)
for i, (k, v) in enumerate([("Registro Generale", "N. 102"), ("Data registrazione", "20/03/2026"), ("Numero di Area", "AA/15"), ("Data adozione", "18/03/2026"), ("Proposta", "n. 118 del 17/03/2026")]):
    c.drawString(70 + (i % 2) * 240, H-115 - (i // 2) * 18, k + ": " + v)
c.endForm()
y = H - 200
lines = ["OGGETTO: Liquidazione dei contributi per il trasporto scolastico degli alunni residenti nelle frazioni -",
 "anno scolastico 2025/2026 - primo quadrimestre", "", "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "",
 "RICHIAMATA la deliberazione della Giunta comunale n. 61 del 28/08/2025, che ha stabilito un contributo",
 "forfettario alle famiglie degli alunni residenti nelle frazioni di Traso, Maxena e Terrusso;",
 "VISTE le 23 domande pervenute entro il termine del 31/01/2026 e verificati i requisiti;", "", "DETERMINA", "",
 "1. di liquidare alle famiglie aventi diritto la somma complessiva di euro 4.140,00;",
 "2. di imputare la spesa al capitolo 4530 del bilancio 2026, impegno n. 2025/298;",
 "3. di pubblicare il presente atto all'Albo Pretorio omettendo i dati personali dei beneficiari.", "",
 "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "dott. Alessandro Ferrando"]
for i, s in enumerate(lines):
    c.setFont("Helvetica-Bold" if s.isupper() or s.startswith("OGGETTO") else "Helvetica", 10)
    c.drawString(300 if i >= 15 else 60, y, s); y -= 15
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-90, "DETERMINAZIONE")
c.doForm("box"); c.doForm("head")
c.save()
