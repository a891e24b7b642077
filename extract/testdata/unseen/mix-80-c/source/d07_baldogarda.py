# Unione Montana del Baldo-Garda: reportlab; every justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Sicraweb EVO / iText-compatible")
X, WD = 65, 465
def tc(y, s, font="Helvetica-Bold", size=12, cs=2.0):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText(); t.setTextOrigin((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, text, font="Helvetica", size=10, x=X, width=WD, lead=13.5):
    words = text.split(); lines = []; line = []
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > width: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines) - 1 and len(l) > 1: t.setWordSpace((width - stringWidth(s, font, size)) / (len(l) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 5
tc(800, "UNIONE MONTANA", size=15, cs=3)
tc(781, "DEL BALDO-GARDA", size=15, cs=3)
tc(766, "Provincia di Verona – Piazza San Marco 5, 37013 Caprino Veronese", "Helvetica", 8.5, 0.3)
c.setLineWidth(1.2); c.line(X, 758, X + WD, 758)
tc(738, "CENTRALE UNICA DI COMMITTENZA – SERVIZIO ASSOCIATO", "Helvetica-Bold", 10, 0.8)
tc(725, "per i Comuni di Brentino Belluno, Caprino Veronese, Costermano sul Garda, Ferrara di Monte Baldo, Rivoli Veronese, San Zeno di Montagna", "Helvetica-Oblique", 7.5, 0)
c.setLineWidth(0.5); c.rect(X, 672, WD, 42)
for i, (a, b) in enumerate([("Determinazione n.", "DET-2026-0112"), ("Registro Generale dell'Unione", "158"), ("Proposta n.", "131")]):
    c.setFont("Helvetica", 9); c.drawString(X + 8 + i * 155, 700, a); c.setFont("Helvetica-Bold", 11); c.drawString(X + 8 + i * 155, 683, b)
y = 650
tc(y, "DETERMINAZIONE DEL DIRETTORE", "Helvetica-Bold", 11.5, 1.5); y -= 24
c.setFont("Helvetica-Bold", 10); c.drawString(X, y, "OGGETTO:")
y = para(y, "Procedura negoziata per l'affidamento dei lavori di messa in sicurezza della strada comunale Spiazzi – Ferrara di Monte Baldo per conto del Comune di Ferrara di Monte Baldo. CUP H17H25001230004 – CIG B2F5A7D910. Aggiudicazione.", "Helvetica-Bold", 10, X + 62, WD - 62)
y -= 4; tc(y, "IL DIRETTORE", "Helvetica-Bold", 10.5, 1.2); y -= 20
for p in ["Vista la convenzione per la gestione associata della Centrale Unica di Committenza tra l'Unione Montana del Baldo-Garda e i Comuni aderenti, e la richiesta del Comune di Ferrara di Monte Baldo di espletare la procedura per i lavori in oggetto;",
          "Richiamata la propria determinazione DET-2026-0061 con la quale è stata indetta la procedura negoziata ai sensi dell'art. 50, comma 1, lett. c) del D.Lgs. 36/2023, con invito rivolto a cinque operatori economici;",
          "Visto il verbale di gara dal quale risulta che la migliore offerta è stata presentata dall'impresa Costruzioni Monte Baldo S.r.l. di Caprino Veronese, con un ribasso del 9,37% sull'importo a base di gara;",
          "Verificato il possesso dei requisiti dichiarati dall'aggiudicatario tramite il fascicolo virtuale dell'operatore economico;"]:
    y = para(y, p)
y -= 2; tc(y, "DETERMINA", "Helvetica-Bold", 10.5, 2); y -= 20
for i, p in enumerate(["di aggiudicare i lavori in oggetto all'impresa Costruzioni Monte Baldo S.r.l., per l'importo di euro 287.640,15 oltre oneri per la sicurezza e IVA;",
                       "di trasmettere il presente provvedimento al Comune di Ferrara di Monte Baldo per la stipula del contratto e l'assunzione del relativo impegno di spesa;",
                       "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio dell'Unione;",
                       "di pubblicare l'esito della procedura nella sezione Amministrazione trasparente dell'Unione."], 1):
    c.setFont("Helvetica", 10); c.drawString(X, y, "%d)" % i); y = para(y, p, x=X + 18, width=WD - 18)
y -= 10
c.setFont("Helvetica", 10); c.drawString(X, y, "Caprino Veronese, 20/03/2026")
c.drawString(X + 290, y - 18, "IL DIRETTORE"); c.drawString(X + 290, y - 32, "dott. Stefano Bertoncelli")
c.setFont("Helvetica-Oblique", 8); c.drawString(X + 290, y - 44, "(firma digitale ai sensi del D.Lgs. 82/2005)")
c.showPage(); c.save()
