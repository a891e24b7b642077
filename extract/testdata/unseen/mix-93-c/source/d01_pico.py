# Comune di Pico (FR): determinazione del Responsabile del Servizio, label grid, lines justified with Tw
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Civilia Next - Atti Amministrativi"); c.setProducer("Civilia PDF Engine 4.2")
c.setTitle("Determinazione RG 212/2026")
L, R = 62, W - 62
def just(y, text, font="Helvetica", size=10.5, lead=14.5, x=None):
    x0 = L if x is None else x
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > R - x0 and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(x0, y); t.setFont(font, size)
        s = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - x0 - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 4
c.setFont("Helvetica-Bold", 17); c.drawCentredString(W/2, H-60, "COMUNE DI PICO")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-75, "Provincia di Frosinone")
c.drawCentredString(W/2, H-88, "Piazza Municipio, 1 – 03020 Pico (FR) – C.F. 81001830604")
c.line(L, H-96, R, H-96)
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-120, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")
# label grid
y0 = H-140; rows = [("Registro generale n.", "212", "del", "17/03/2026"), ("Registro di servizio n.", "38", "del", "16/03/2026")]
xs = [L, L+140, L+230, L+270, R]
for i, r in enumerate(rows):
    yy = y0 - i*20
    c.setFillGray(0.88); c.rect(xs[0], yy-20, xs[1]-xs[0], 20, fill=1, stroke=0); c.rect(xs[2], yy-20, xs[3]-xs[2], 20, fill=1, stroke=0); c.setFillGray(0)
    for j in range(4): c.rect(xs[j], yy-20, xs[j+1]-xs[j], 20, fill=0)
    c.setFont("Helvetica", 9.5); c.drawString(xs[0]+4, yy-14, r[0]); c.drawString(xs[2]+4, yy-14, r[2])
    c.setFont("Helvetica-Bold", 10.5); c.drawString(xs[1]+6, yy-14, r[1]); c.drawString(xs[3]+6, yy-14, r[3])
y = y0 - 62
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y, "OGGETTO:")
y = just(y, "Liquidazione fattura n. 14/PA del 28/02/2026 alla ditta Tecnoservizi Ciociaria S.r.l. per il servizio di manutenzione degli impianti di pubblica illuminazione – mese di febbraio 2026. CIG B4A7C19E25.", "Helvetica-Bold", x=L+62)
y -= 6
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "IL RESPONSABILE DEL SERVIZIO"); y -= 20
for p in ["VISTO il decreto sindacale n. 3 del 07/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità del servizio e le relative funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
          "RICHIAMATA la propria determinazione R.G. n. 19 del 22/01/2026 con la quale è stato affidato alla ditta Tecnoservizi Ciociaria S.r.l., con sede in Cassino, il servizio di manutenzione ordinaria degli impianti di pubblica illuminazione per l'anno 2026, assumendo il relativo impegno di spesa (imp. n. 41/2026);",
          "VISTA la fattura elettronica n. 14/PA del 28/02/2026 di € 1.952,00 IVA compresa, acquisita al protocollo n. 1688 del 03/03/2026;",
          "ACCERTATA la regolarità contributiva della ditta mediante DURC on line prot. INAIL_52731940 con scadenza 18/06/2026 e verificata la regolare esecuzione del servizio;",
          "DATO ATTO che il codice identificativo di gara è CIG B4A7C19E25 e che la ditta ha comunicato il conto corrente dedicato ai sensi della L. 136/2010;"]:
    y = just(y, p)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "D E T E R M I N A"); y -= 20
for p in ["1. di liquidare alla ditta Tecnoservizi Ciociaria S.r.l. la somma di € 1.600,00 quale imponibile della fattura n. 14/PA del 28/02/2026, imputandola al cap. 1938 del bilancio 2026, imp. n. 41/2026;",
          "2. di versare all'Erario l'IVA pari a € 352,00 secondo il meccanismo della scissione dei pagamenti (art. 17-ter D.P.R. 633/1972);",
          "3. di trasmettere il presente atto all'ufficio ragioneria per l'emissione del mandato di pagamento e di disporne la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi."]:
    y = just(y, p)
y -= 14
c.setFont("Helvetica", 10); c.drawString(L, y, "Pico, 17/03/2026")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(R-110, y, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
c.setFont("Helvetica", 10); c.drawCentredString(R-110, y-14, "rag. Antonella Di Sotto")
c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(R-110, y-26, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
c.setFont("Helvetica", 8); c.drawCentredString(W/2, 30, "Pagina 1 di 1")
c.showPage(); c.save()
