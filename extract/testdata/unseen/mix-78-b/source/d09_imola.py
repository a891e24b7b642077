# reportlab: certificate of publication; every justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Certificato di pubblicazione")
def spaced(y, s, font, size, cs):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); c.drawText(t)
def para(y, text, font="Helvetica", size=10.5, left=72, width=W-144, lead=15):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ws in enumerate(lines):
        s = " ".join(ws); t = c.beginText(left, y); t.setFont(font, size)
        t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines) - 1 and len(ws) > 1: t.setWordSpace((width - stringWidth(s, font, size)) / (len(ws) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 6
spaced(790, "CITTÀ DI IMOLA", "Helvetica-Bold", 16, 3)
spaced(772, "Area Servizi al Cittadino e Segreteria Generale", "Helvetica", 10, 0.6)
spaced(758, "Servizio Segreteria e Affari Istituzionali – Ufficio Albo Pretorio", "Helvetica-Oblique", 9.5, 0.3)
c.line(72, 748, W - 72, 748)
spaced(712, "CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 13, 2.2)
y = 680
y = para(y, "Atto: Determinazione dirigenziale n. 287 del 05/03/2026 – Settore Mobilità e Sicurezza Stradale – P.G. n. 11904/2026.", "Helvetica-Bold")
y = para(y, "Oggetto: Fornitura e posa in opera di impianti semaforici a chiamata pedonale in viale Dante e via Selice – Affidamento diretto e impegno di spesa – CIG B6C3E19D02.", "Helvetica-Bold")
y = para(y, "Il sottoscritto Responsabile dell'Ufficio Albo Pretorio, visti gli atti d'ufficio e l'art. 32 della legge 18 giugno 2009, n. 69, certifica che copia della determinazione dirigenziale sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 06/03/2026 al 21/03/2026, con il numero di registro delle pubblicazioni 1092/2026, e che durante il periodo di pubblicazione non sono pervenute osservazioni od opposizioni.")
y = para(y, "Il presente certificato viene rilasciato per gli usi consentiti dalla legge.")
y = para(y - 10, "Imola, 23/03/2026")
t = c.beginText(340, y - 20); t.setFont("Helvetica-Bold", 10); t.textLine("IL RESPONSABILE DELL'ALBO PRETORIO"); t.setFont("Helvetica", 10); t.textLine("    rag. Monica Gualandi"); c.drawText(t)
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 40, "Comune di Imola – Via Mazzini 4 – 40026 Imola (BO) – www.comune.imola.bo.it")
c.showPage(); c.save()
