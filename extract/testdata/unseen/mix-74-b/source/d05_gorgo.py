# Comune di Gorgo al Monticano: reportlab; every glyph placed with its own Tm+Tj; justified by moving glyphs
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 62; R = W - 62; y = H - 64
c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, yy, s, font, sz, extra=0.0):
    for ch in s:
        o = c.beginText(); o.setFont(font, sz); o.setTextOrigin(x, yy); o.textOut(ch); c.drawText(o)
        x += stringWidth(ch, font, sz) + (extra if ch == " " else 0)
def para(t, font="Times-Roman", sz=11, lead=14, center=False):
    global y
    words = t.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, sz) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); sw = stringWidth(s, font, sz)
        if center: glyphs((W - sw) / 2, y, s, font, sz)
        else: glyphs(L, y, s, font, sz, (R - L - sw) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0)
        y -= lead
    y -= 4
para("COMUNE DI GORGO AL MONTICANO", "Times-Bold", 16, 18, True)
para("Provincia di Treviso – Via Postumia, 6 – 31040", "Times-Roman", 9, 12, True)
c.line(L, y + 6, R, y + 6); y -= 8
para("SERVIZIO LAVORI PUBBLICI – AREA TECNICA", "Helvetica-Bold", 10, 13)
para("DETERMINAZIONE N. 8 / LLPP DEL 25.2.2026 – N. 74 DEL REGISTRO GENERALE", "Helvetica-Bold", 10, 13)
para("Proposta n. 80 del 24.2.2026", "Helvetica", 9, 12); y -= 4
para("OGGETTO: Impegno di spesa per il servizio di manutenzione ordinaria degli impianti di illuminazione pubblica per l'anno 2026. CIG B3A77E51D9.", "Times-Bold", 11, 14)
para("IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11, 14, True)
para("Premesso che con determinazione n. 312 del 19/12/2025 il servizio di manutenzione ordinaria degli impianti di illuminazione pubblica è stato affidato alla ditta Elettroveneta Impianti S.n.c. di Oderzo per il triennio 2026-2028; ritenuto di impegnare la quota relativa all'anno 2026 pari a euro 14.640,00 IVA compresa; visto l'art. 183 del D.Lgs. 267/2000;")
para("D E T E R M I N A", "Times-Bold", 11, 14, True)
para("1) di impegnare la somma di euro 14.640,00 IVA 22% compresa a favore della ditta Elettroveneta Impianti S.n.c., al capitolo 3210 \"Manutenzione illuminazione pubblica\" del bilancio 2026;")
para("2) di dare atto che la spesa è esigibile nell'esercizio 2026;")
para("3) di dare atto che il RUP è l'ing. Stefano Dal Bo.")
y -= 8; glyphs(340, y, "IL RESPONSABILE DEL SERVIZIO", "Times-Roman", 10); glyphs(360, y - 13, "ing. Stefano Dal Bo", "Times-Italic", 10)
y -= 45; c.rect(L, y - 38, R - L, 48)
para("VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria. Impegno n. 233/2026 – cap. 3210. Data 26.2.2026. Il Responsabile del Servizio Finanziario: dott. Marco Tonon", "Times-Roman", 9, 12)
# rotated stamp
c.saveState(); c.translate(30, 300); c.rotate(90); c.setFont("Helvetica", 7); c.setFillGray(0.4)
c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 27.2.2026 – reg. pubbl. n. 219"); c.restoreState()
c.save()
