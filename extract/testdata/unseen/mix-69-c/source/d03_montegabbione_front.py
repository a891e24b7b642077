# Montegabbione: the Albo Pretorio's cover page ("frontespizio") put in front of the published act (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("JAlbo 3.4 – Albo Pretorio on line"); c.setTitle("Frontespizio di pubblicazione")
c.setFillColorRGB(0.12, 0.25, 0.45); c.rect(0, H-95, W, 95, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 18); c.drawString(50, H-50, "ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 11); c.drawString(50, H-72, "Comune di Montegabbione (TR)")
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 13); c.drawString(50, H-140, "FRONTESPIZIO DI PUBBLICAZIONE")
rows = [("Registro di pubblicazione", "N. 287/2026"), ("Periodo di pubblicazione", "dal 06/05/2026 al 21/05/2026"),
        ("Tipologia", "Decreti del Sindaco"), ("Estremi dell'atto", "N. 7 del 05/05/2026"),
        ("Ente/Ufficio richiedente", "Comune di Montegabbione – Ufficio Segreteria"),
        ("Oggetto", "NOMINA DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA"),
        ("", "E CONFERIMENTO DELL'INCARICO DI ELEVATA QUALIFICAZIONE"),
        ("Allegati", "nessuno"), ("Responsabile della pubblicazione", "Sabrina Mencarelli")]
y = H - 175
for k, v in rows:
    c.setFont("Helvetica-Bold", 10); c.drawString(50, y, k); c.setFont("Helvetica", 10); c.drawString(230, y, v)
    if k != "Oggetto": c.setStrokeColorRGB(0.75, 0.75, 0.75); c.line(50, y-6, W-50, y-6)
    y -= 22
c.setFont("Helvetica-Oblique", 8.5)
c.drawString(50, 60, "Pubblicazione effettuata ai sensi dell'art. 32 della L. 18 giugno 2009, n. 69. Il documento che segue è copia dell'originale informatico.")
c.drawRightString(W-50, 45, "Stampato il 06/05/2026 alle 09:02")
c.save()
