# Comune di Vivaro Romano (RM): letterhead, label grid and foot are Form XObjects; blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("APKappa Hypersic PDF 3.0"); c.setCreator("Hypersic Atti")
L, R = 64, W - 60
def wrap(text, font, size, width):
    out, cur = [], []
    for w in text.split():
        if stringWidth(" ".join(cur + [w]), font, size) > width and cur: out.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    return out + [" ".join(cur)]
# Form XObjects
c.beginForm("Letterhead")
c.setFillColorRGB(0.35, 0.18, 0.1); c.setFont("Times-Bold", 18); c.drawString(L + 60, H - 62, "COMUNE DI VIVARO ROMANO")
c.setFillGray(0); c.setFont("Times-Roman", 10); c.drawString(L + 60, H - 77, "Città metropolitana di Roma Capitale")
c.drawString(L + 60, H - 90, "Via Roma, 1 – 00020 Vivaro Romano (RM) – tel. 0774 923001")
c.setStrokeColorRGB(0.35, 0.18, 0.1); c.setLineWidth(1.5); c.roundRect(L, H - 96, 48, 56, 8); c.line(L, H - 102, R, H - 102)
c.endForm()
c.beginForm("Grid")
x = [L, L + 150, L + 220, L + 262, L + 360]
c.setLineWidth(0.6); c.setStrokeGray(0)
for i, (a, b, d, e) in enumerate((("Registro generale n.", "24", "del", "16/03/2026"), ("Registro del Servizio n.", "6", "del", "16/03/2026"))):
    y = H - 172 - 19 * i
    for j in range(4):
        if j in (0, 2): c.setFillGray(0.9); c.rect(x[j], y, x[j + 1] - x[j], 19, fill=1); c.setFillGray(0)
        else: c.rect(x[j], y, x[j + 1] - x[j], 19)
    c.setFont("Helvetica", 9); c.drawString(x[0] + 4, y + 6, a); c.drawString(x[2] + 4, y + 6, d)
    c.setFont("Helvetica-Bold", 10); c.drawString(x[1] + 6, y + 6, b); c.drawString(x[3] + 6, y + 6, e)
c.endForm()
c.beginForm("Foot")
c.setFont("Helvetica", 7.5); c.setFillGray(0.35); c.drawCentredString(W / 2, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Comune di Vivaro Romano – Albo Pretorio on line")
c.endForm()
# draw: foot, signature, operative part, premises, subject, grid, title, letterhead (out of reading order)
c.doForm("Foot")
ys = 150
c.setFont("Times-Roman", 11); c.drawString(L, ys, "Vivaro Romano, 16/03/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(R - 115, ys, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
c.setFont("Times-Roman", 11); c.drawCentredString(R - 115, ys - 15, "dott.ssa Federica Mancini")
body = ["PREMESSO che con determinazione R.G. n. 8 del 27/01/2026 è stata affidata alla ditta Petroli Aniene S.r.l. di Subiaco la fornitura di carburante per gli automezzi comunali per l'anno 2026, mediante ordine diretto sul Mercato elettronico della P.A., impegnando la spesa di € 6.000,00;",
        "VISTA la fattura n. 86/PA del 02/03/2026 di € 741,52 IVA compresa, relativa ai rifornimenti del mese di febbraio 2026 per lo scuolabus e l'autocarro comunale, riscontrata con i buoni di prelievo;",
        "DATO ATTO che la fornitura è identificata dal CIG B9E41D7C30 e che è stata verificata la regolarità contributiva del fornitore;"]
disp = ["1. di liquidare alla ditta Petroli Aniene S.r.l. la somma di € 607,80 quale imponibile della fattura n. 86/PA del 02/03/2026 e di versare l'IVA di € 133,72 all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
        "2. di imputare la spesa di € 741,52 al cap. 1086 del bilancio 2026, impegno n. 12/2026;",
        "3. di pubblicare il presente atto all'Albo Pretorio on line per quindici giorni."]
def block(y, paras, lead=14.5):
    for p in paras:
        for ln in wrap(p, "Times-Roman", 11, R - L): c.setFont("Times-Roman", 11); c.drawString(L, y, ln); y -= lead
        y -= 4
    return y
lines_body = sum(len(wrap(p, "Times-Roman", 11, R - L)) for p in body); y_sub_end = H - 250 - 3 * 14
y_b = H - 318
y_after_body = y_b - lines_body * 14.5 - 12 - 4 * len(body)
block(y_after_body - 20, disp)
c.setFont("Times-Bold", 11.5); c.drawCentredString(W / 2, y_after_body - 2, "DETERMINA")
block(y_b, body)
c.setFont("Times-Bold", 11.5); c.drawCentredString(W / 2, y_b + 18, "IL RESPONSABILE DEL SERVIZIO")
sub = wrap("Liquidazione della fattura per la fornitura di carburante per gli automezzi comunali – mese di febbraio 2026 – CIG B9E41D7C30.", "Times-Bold", 11, R - L - 64)
for i, ln in enumerate(sub): c.setFont("Times-Bold", 11); c.drawString(L + 64, H - 228 - 14 * i, ln)
c.drawString(L, H - 228, "OGGETTO:")
c.doForm("Grid")
c.setFont("Times-Bold", 13); c.drawCentredString(W / 2, H - 140, "DETERMINAZIONE DEL SERVIZIO ECONOMICO-FINANZIARIO")
c.doForm("Letterhead")
c.showPage(); c.save()
