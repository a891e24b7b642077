# Pescosansonesco: determinazione; letterhead and register band are Form XObjects,
# page painted out of reading order (signature, dispositive part, premises, then band, letterhead, subject)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import justified
W, H = A4; F, B = "Helvetica", "Helvetica-Bold"
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione 15/2026")
c.beginForm("lh")
c.setFont(B, 14); c.drawCentredString(W/2, H-55, "COMUNE DI PESCOSANSONESCO")
c.setFont(F, 9); c.drawCentredString(W/2, H-68, "Provincia di Pescara – Piazza Municipio, 1 – 65020 Pescosansonesco (PE)")
c.line(55, H-76, W-55, H-76); c.endForm()
c.beginForm("band")
c.setFillGray(0.88); c.rect(55, H-128, W-110, 44, fill=1, stroke=1); c.setFillGray(0)
c.setFont(B, 10); c.drawString(62, H-98, "AREA AMMINISTRATIVA – Servizi Sociali e Culturali")
c.setFont(F, 10); c.drawString(62, H-112, "Determinazione di Area n. 15 del 21-04-2026")
c.drawString(62, H-124, "Registro Generale n. 88 del 21-04-2026")
c.drawRightString(W-62, H-112, "Proposta n. 19 del 17-04-2026"); c.endForm()
# 1) signature block
c.setFont(F, 10); c.drawString(330, 230, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"); c.drawString(360, 216, "dott.ssa Antonella Di Pietro")
c.setFont("Helvetica-Oblique", 8); c.drawString(360, 204, "(firma digitale ai sensi del D.Lgs. 82/2005)")
c.setFont(F, 10); c.drawString(55, 255, "Pescosansonesco, 21-04-2026")
# 2) dispositive part
y = 448
c.setFont(B, 11); c.drawCentredString(W/2, y+22, "D E T E R M I N A")
for i, p in enumerate(["di approvare la graduatoria dei beneficiari del servizio di soggiorno climatico estivo per anziani 2026, conservata agli atti dell'ufficio;",
                       "di affidare il servizio all'agenzia Majella Viaggi s.r.l. di Popoli Terme per l'importo di € 7.480,00 IVA compresa;",
                       "di impegnare la spesa al capitolo 1910/4 del bilancio di previsione 2026-2028, esercizio 2026."], 1):
    c.setFont(F, 10); c.drawString(55, y, "%d." % i); y = justified(c, 72, y, p, F, 10, W-127, 13) - 4
# 3) premises
y = 612
c.setFont(B, 10); c.drawCentredString(W/2, y+18, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA")
for p in ["VISTO il decreto sindacale n. 3 del 2 gennaio 2026 di conferimento dell'incarico di responsabile dell'Area Amministrativa;",
          "RICHIAMATA la deliberazione della Giunta Comunale n. 17 del 30-03-2026 con la quale sono stati forniti gli indirizzi per l'organizzazione del soggiorno climatico estivo per anziani;",
          "DATO ATTO che sono pervenute n. 24 domande e che la spesa a carico del bilancio comunale, al netto delle quote di compartecipazione degli utenti, ammonta a € 7.480,00;",
          "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;"]:
    y = justified(c, 55, y, p, F, 10, W-110, 13) - 4
# 4) forms and subject last
c.doForm("band"); c.doForm("lh")
c.setFont(B, 10.5); c.drawString(55, H-152, "OGGETTO:")
justified(c, 112, H-152, "Soggiorno climatico estivo per anziani anno 2026. Approvazione graduatoria, affidamento del servizio e impegno di spesa. CIG B9F27C4D18.", B, 10.5, W-167, 13.5)
c.save()
