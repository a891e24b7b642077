# Determinazione, Castelvetere sul Calore: reportlab; letterhead and register box are Form XObjects; body drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.beginForm("lh"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-55, "COMUNE DI CASTELVETERE SUL CALORE"); c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-68, "Provincia di Avellino"); c.line(60, H-76, W-60, H-76); c.endForm()
c.beginForm("box"); c.rect(60, H-150, W-120, 56); c.setFont("Helvetica-Bold", 10)
c.drawString(70, H-110, "AREA TECNICA – Servizio Manutenzione e Patrimonio"); c.setFont("Helvetica", 10)
c.drawString(70, H-126, "Determinazione n. 22 del 16/03/2026 (Registro di Area)"); c.drawString(70, H-142, "Registro Generale n. 131 del 16/03/2026"); c.endForm()
y = H - 240
c.setFont("Helvetica", 10)
for s in ["Premesso che la caldaia a servizio della scuola dell'infanzia di via Roma ha subito un guasto irreparabile;", "acquisito il preventivo della ditta Termoidraulica Irpina s.n.c. per euro 5.900,00 oltre IVA;", "visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;", "", "D E T E R M I N A", "", "1. di affidare alla ditta Termoidraulica Irpina s.n.c. la sostituzione della caldaia per euro 5.900,00 oltre IVA;", "2. di impegnare la somma di euro 7.198,00 al capitolo 2105 del bilancio 2026;", "3. di pubblicare il presente atto all'Albo Pretorio on line.", "", "Il Responsabile dell'Area Tecnica", "arch. Luigi Cella"]:
    if s.startswith("D E"): c.drawCentredString(W/2, y, s)
    elif s.startswith("Il Resp") or s.startswith("arch."): c.drawString(W-250, y, s)
    else: c.drawString(70, y, s)
    y -= 15
c.setFont("Helvetica-Bold", 10)
c.drawString(70, H-175, "OGGETTO: Sostituzione della caldaia della scuola dell'infanzia di via Roma. Affidamento diretto")
c.drawString(70, H-189, "e impegno di spesa. CIG B8F21C03D5.")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, H-220, "IL RESPONSABILE DELL'AREA TECNICA")
c.doForm("box"); c.doForm("lh")
c.save()
