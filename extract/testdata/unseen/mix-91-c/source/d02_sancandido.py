# reportlab: Italian block then German block; every justified line sets Tw (word spacing)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Verfügung / Determinazione 118/2026")
W, H = A4; L = 60; R = W - 60; y = H - 60
def line(t, f="Helvetica", s=10, center=False):
    global y
    c.setFont(f, s)
    if center: c.drawCentredString(W/2, y, t)
    else: c.drawString(L, y, t)
    y -= s + 4
def just(par, f="Helvetica", s=10):
    global y
    words = par.split(); cur = []
    lines = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), f, s) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ws in enumerate(lines):
        t = " ".join(ws); tw = 0
        if i < len(lines) - 1 and len(ws) > 1: tw = (R - L - stringWidth(t, f, s)) / (len(ws) - 1)
        o = c.beginText(L, y); o.setFont(f, s); o.setWordSpace(tw); o.textOut(t); c.drawText(o)
        y -= s + 3
    y -= 5
line("MARKTGEMEINDE INNICHEN", "Helvetica-Bold", 13, True)
line("COMUNE DI SAN CANDIDO", "Helvetica-Bold", 13, True)
line("Bauamt – Ufficio tecnico", "Helvetica", 10, True)
y -= 8
c.rect(L, y - 34, R - L, 44)
line("  VERFÜGUNG DES AMTSDIREKTORS Nr. 118 vom 21.04.2026", "Helvetica-Bold", 10)
line("  DETERMINAZIONE DEL DIRETTORE D'UFFICIO n. 118 del 21.04.2026", "Helvetica-Bold", 10)
line("  Vorschlag Nr. / Proposta n. 131 del 17.04.2026", "Helvetica", 9)
y -= 10
line("Oggetto:", "Helvetica-Bold", 10)
just("Affidamento diretto dei lavori di sostituzione dei corpi illuminanti a LED in via Peter Paul Rainer e piazza del Magistrato – CIG B7C24E19A0. Impegno di spesa.", "Helvetica-Bold")
line("Betreff:", "Helvetica-Bold", 10)
just("Direktvergabe der Arbeiten zum Austausch der Leuchtkörper mit LED in der Peter-Paul-Rainer-Straße und am Magistratsplatz – CIG B7C24E19A0. Zweckbindung der Ausgabe.", "Helvetica-Bold")
just("IL DIRETTORE DELL'UFFICIO TECNICO, visto il preventivo della ditta Elektro Troyer S.r.l. di San Candido del 9 aprile 2026, ritenuto congruo l'importo offerto e accertata la disponibilità sul capitolo 10.05.2 del bilancio di previsione 2026-2028,")
line("DETERMINA", "Helvetica-Bold", 10, True)
for t in ["1. di affidare alla ditta Elektro Troyer S.r.l. i lavori in oggetto per l'importo di euro 38.920,00 più IVA;",
          "2. di impegnare la spesa complessiva di euro 47.482,40 sul capitolo 10.05.2 del bilancio 2026;",
          "3. di dare atto che il contratto è stipulato mediante corrispondenza secondo l'uso commerciale."]:
    just(t)
line("DER AMTSDIREKTOR DES BAUAMTES", "Helvetica-Bold", 10)
just("nach Einsicht in das Angebot der Firma Elektro Troyer GmbH aus Innichen vom 9. April 2026 und nach Feststellung der Verfügbarkeit auf dem Kapitel 10.05.2 des Haushaltsvoranschlages 2026-2028,")
line("VERFÜGT", "Helvetica-Bold", 10, True)
for t in ["1. der Firma Elektro Troyer GmbH die obgenannten Arbeiten zum Betrag von 38.920,00 Euro zuzüglich MwSt. zu vergeben;",
          "2. die Gesamtausgabe von 47.482,40 Euro auf Kapitel 10.05.2 des Haushaltes 2026 zweckzubinden;",
          "3. festzuhalten, dass der Vertrag mittels Handelskorrespondenz abgeschlossen wird."]:
    just(t)
y -= 10
line("Der Amtsdirektor / Il Direttore d'ufficio", "Helvetica", 10)
line("geom. Florian Watschinger", "Helvetica-Oblique", 10)
c.save()
