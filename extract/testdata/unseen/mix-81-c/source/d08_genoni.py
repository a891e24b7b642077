# Genoni: reportlab; every justified line sets Tw, the letterhead is letter-spaced with Tc; label grid on the left
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab"); W, H = A4
def spaced(y, s, font, size, cs):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * (len(s) - 1); t.setTextOrigin((W - w) / 2, y); t.textOut(s); c.drawText(t)
spaced(H - 58, "COMUNE DI GENONI", "Helvetica-Bold", 15, 3.5)
spaced(H - 74, "Provincia del Sud Sardegna", "Helvetica", 9, 1.2)
c.line(50, H - 84, W - 50, H - 84)
# label grid
rows = [("Area", "Area Tecnico-Manutentiva"), ("Ufficio", "Patrimonio e Ambiente"), ("Determinazione", "N. 33 del 20.3.2026"), ("Reg. Gen.", "141")]
y = H - 104
for lab, val in rows:
    c.setFont("Helvetica", 8); t0 = c.beginText(); t0.setCharSpace(0); c.drawText(t0); c.drawString(52, y, lab.upper()); c.setFont("Helvetica-Bold", 10); c.drawString(150, y, val)
    c.line(50, y - 5, 330, y - 5); y -= 18
L, R = 50, W - 50
def para(y, s, font="Helvetica", size=10, lead=13.5):
    lines = simpleSplit(s, font, size, R - L)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setTextOrigin(L, y)
        sp = ln.count(" ")
        t.setWordSpace(0 if i == len(lines) - 1 or not sp else (R - L - stringWidth(ln, font, size)) / sp)
        t.textOut(ln); c.drawText(t); y -= lead
    return y - 5
y -= 10
y = para(y, "OGGETTO: Servizio di sfalcio e pulizia delle aree verdi comunali e del Parco della Giara – Proroga tecnica e integrazione impegno di spesa.", "Helvetica-Bold")
spaced(y, "IL RESPONSABILE DELL'AREA", "Helvetica-Bold", 10, 1.5); y -= 20
for s in ["PREMESSO che con propria determinazione n. 112 del 30.10.2025 (Reg. Gen. 498) il servizio di sfalcio e pulizia delle aree verdi comunali è stato affidato alla ditta Verde Giara di Ledda Marco fino al 31.3.2026;",
          "CONSIDERATO che la nuova procedura di affidamento, avviata tramite la piattaforma SardegnaCAT, non potrà concludersi prima del mese di maggio e che occorre garantire la continuità del servizio all'avvio della stagione vegetativa;",
          "VISTO l'art. 120, comma 11, del D.Lgs. 36/2023 in materia di proroga tecnica;"]:
    y = para(y, s)
spaced(y, "DETERMINA", "Helvetica-Bold", 10, 3); y -= 20
for i, s in enumerate(["di prorogare l'affidamento del servizio alla ditta Verde Giara di Ledda Marco fino al 31.5.2026, agli stessi patti e condizioni;",
                       "di integrare l'impegno di spesa n. 388/2025 di € 6.710,00 IVA compresa, al capitolo 9620 del bilancio 2026;",
                       "di dare atto che il CIG B2D61F0A93 resta invariato."], 1):
    y = para(y, f"{i}. {s}")
c.setFont("Helvetica", 10); c.drawCentredString(W - 150, y - 20, "Il Responsabile dell'Area"); c.drawCentredString(W - 150, y - 34, "geom. Efisio Zedda")
c.save()
