# reportlab: letterhead and running foot are Form XObjects drawn on both pages; on page 1 the signature
# and the dispositive part are drawn before the heading and the premises (text out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione 112/2026")
W, H = A4; L, R = 62, W - 62
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawString(L + 50, 800, "COMUNE DI CARPIGNANO SESIA")
c.setFont("Helvetica", 9); c.drawString(L + 50, 787, "Provincia di Novara – Piazza Volta, 1 – 28064 Carpignano Sesia")
c.setFillColorRGB(.55, .1, .1); c.rect(L, 780, 38, 34, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
c.line(L, 772, R, 772); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5)
c.drawString(L, 40, "Settore Amministrativo – Servizio Istruzione – Determinazione Reg. Gen. n. 112 del 21/04/2026"); c.line(L, 50, R, 50); c.endForm()
def wrap(text, font, size, w):
    out, line = [], []
    for word in text.split():
        if line and stringWidth(" ".join(line + [word]), font, size) > w: out.append(" ".join(line)); line = []
        line.append(word)
    return out + [" ".join(line)]
def block(y, text, font="Helvetica", size=10, lead=13, indent=0):
    for ln in wrap(text, font, size, R - L - indent):
        c.setFont(font, size); c.drawString(L + indent, y, ln); y -= lead
    return y - 4
prem = ["Premesso che con determinazione n. 9 del 03/02/2026 (Reg. Gen. n. 31) è stata indetta la procedura aperta per l'affidamento del servizio di refezione scolastica per la scuola dell'infanzia e la scuola primaria per gli anni scolastici 2026/2027 e 2027/2028, con il criterio dell'offerta economicamente più vantaggiosa;",
        "Visti i verbali della Commissione giudicatrice n. 1 del 24/03/2026, n. 2 del 31/03/2026 e n. 3 del 08/04/2026, dai quali risulta prima classificata la ditta Ristorazione Novarese s.r.l. con punti 87,40 su 100;",
        "Dato atto che le verifiche sul possesso dei requisiti generali e speciali si sono concluse con esito positivo;"]
disp = ["di approvare i verbali di gara richiamati in premessa, che si conservano agli atti del Servizio Istruzione;",
        "di aggiudicare il servizio di refezione scolastica per gli aa.ss. 2026/2027 e 2027/2028 alla ditta Ristorazione Novarese s.r.l., per l'importo di € 4,62 a pasto oltre IVA, per un valore stimato di € 197.736,00 oltre IVA;",
        "di dare atto che l'aggiudicazione è immediatamente efficace ai sensi dell'art. 17, comma 5, del D.Lgs. 36/2023;",
        "di comunicare l'aggiudicazione ai concorrenti ai sensi dell'art. 90 del D.Lgs. 36/2023."]
# page 1: foot, then the DETERMINA part (lower half), then head + register grid + subject + premises
c.doForm("foot"); c.setFont("Helvetica", 7.5); c.drawRightString(R, 40, "pag. 1 di 2")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, 360, "DETERMINA")
y = 340
for i, t in enumerate(disp[:3], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i); y = block(y, t, indent=16)
c.doForm("head")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, 748, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
grid = [("Settore", "SETTORE AMMINISTRATIVO"), ("Servizio", "Servizio Istruzione"), ("Reg. Gen.", "n. 112 del 21/04/2026"), ("Reg. Settore", "SA/27")]
y = 728
for a, b in grid:
    c.rect(L, y - 4, 110, 16); c.rect(L + 110, y - 4, R - L - 110, 16)
    c.setFont("Helvetica", 9); c.drawString(L + 4, y + 1, a); c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 114, y + 1, b); y -= 16
y = block(y - 12, "OGGETTO: Servizio di refezione scolastica per gli aa.ss. 2026/2027 e 2027/2028 – Approvazione dei verbali di gara e aggiudicazione – CIG B8C4E1F590", "Helvetica-Bold", 10.5)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W / 2, y - 4, "IL RESPONSABILE DEL SETTORE AMMINISTRATIVO"); y -= 24
for t in prem: y = block(y, t)
c.showPage()
# page 2: signature first, then remaining point, then head
c.doForm("foot"); c.setFont("Helvetica", 7.5); c.drawRightString(R, 40, "pag. 2 di 2")
c.setFont("Helvetica", 10); c.drawString(330, 640, "Il Responsabile del Settore Amministrativo"); c.drawString(350, 626, "dott. Giorgio Zanetta")
c.setFont("Helvetica", 10); c.drawString(L, 740, "4."); y = block(740, disp[3], indent=16)
c.doForm("head")
block(600, "VISTO di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Carpignano Sesia, 21/04/2026 – Il Responsabile del Servizio Finanziario, rag. Anna Maria Giuliani", "Helvetica-Oblique", 9, 11)
c.showPage(); c.save()
