# Calestano determinazione: reportlab, justified lines drawn with Tw (word spacing)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.setTitle("Determinazione 142/2026"); c.setAuthor("Comune di Calestano")
def just(text, x, y, w, font="Helvetica", size=10, lead=13):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if stringWidth(" ".join(cur + [wd]), font, size) > w and cur: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(x, y); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((w - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 4
c.setFont("Helvetica-Bold", 13); c.drawString(60, H-60, "COMUNE DI CALESTANO")
c.setFont("Helvetica", 9); c.drawString(60, H-73, "Provincia di Parma")
c.line(60, H-80, W-60, H-80)
c.setFont("Helvetica-Bold", 10); c.drawString(60, H-98, "AREA TECNICA")
c.setFont("Helvetica", 10); c.drawString(60, H-111, "Servizio Manutenzioni e Patrimonio")
c.rect(W-235, H-128, 175, 42)
c.setFont("Helvetica", 9)
c.drawString(W-228, H-100, "Reg. Gen. 142 del 15/04/2026")
c.drawString(W-228, H-112, "Det. di Settore n. 27 del 15/04/2026")
c.drawString(W-228, H-124, "Proposta n. 31 del 13/04/2026")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-160, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA")
y = H-185
c.setFont("Helvetica-Bold", 10); c.drawString(60, y, "Oggetto:")
y = just("Affidamento diretto del servizio di sfalcio dei cigli stradali comunali per la stagione 2026 alla ditta Verde Appennino s.n.c. di Calestano - CIG B9F2A61C08 - Impegno di spesa.", 110, y, W-170, "Helvetica-Bold", 10)
y -= 8
for p in ["IL RESPONSABILE DELL'AREA TECNICA"]:
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, p); y -= 20
for p in ["RICHIAMATO il decreto sindacale n. 2 del 07/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica;",
          "PREMESSO che occorre provvedere allo sfalcio dell'erba lungo i cigli delle strade comunali, per complessivi 38 chilometri circa, al fine di garantire la sicurezza della circolazione nei mesi da maggio a settembre;",
          "VISTO l'art. 50, comma 1, lettera b), del D.Lgs. 36/2023, che consente l'affidamento diretto dei servizi di importo inferiore a 140.000 euro;",
          "ACQUISITO il preventivo della ditta Verde Appennino s.n.c., con sede in Calestano, via Fragno 14, che ha offerto l'importo di € 12.400,00 oltre IVA, ritenuto congruo;"]:
    y = just(p, 60, y, W-120)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y-4, "DETERMINA"); y -= 24
for i, p in enumerate(["di affidare alla ditta Verde Appennino s.n.c. il servizio di sfalcio dei cigli stradali comunali per la stagione 2026, per l'importo di € 12.400,00 oltre IVA 22%, per complessivi € 15.128,00;",
          "di impegnare la spesa di € 15.128,00 al capitolo 1052.03 del bilancio 2026-2028, esercizio 2026;",
          "di dare atto che il contratto sarà stipulato mediante corrispondenza commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
          "di disporre la pubblicazione del presente atto all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    c.setFont("Helvetica", 10); c.drawString(60, y, "%d)" % i)
    y = just(p, 78, y, W-138)
y -= 20
c.setFont("Helvetica", 10); c.drawString(W-250, y, "Il Responsabile dell'Area Tecnica")
c.drawString(W-250, y-14, "geom. Paolo Sartori")
c.setFont("Helvetica-Oblique", 7.5); c.drawString(60, 40, "Atto firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005 - pag. 1 di 1")
c.save()
