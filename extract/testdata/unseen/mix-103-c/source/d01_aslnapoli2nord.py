# ASL Napoli 2 Nord - deliberazione del Direttore Generale: reportlab, every justified line sets Tw,
# letterhead letter-spaced with Tc.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Delibera DG 214/2026"); c.setProducer("ReportLab PDF Library - www.reportlab.com")
y = [H - 60]
def spaced(s, font, size, cs, lead):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText((L + R) / 2 - w / 2, y[0]); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); c.drawText(t); y[0] -= lead
def para(text, font="Helvetica", size=10.5, lead=14, indent=0, after=5, bullet=None):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - indent: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    if bullet: c.setFont(font, size); c.drawString(L, y[0], bullet)
    for i, ln in enumerate(lines):
        if y[0] < 80: foot(); c.showPage(); y[0] = H - 60
        s = " ".join(ln); t = c.beginText(L + indent, y[0]); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - indent - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= after
def foot():
    c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 36, "ASL Napoli 2 Nord – Sede legale: via Lupoli, 27 – 80027 Frattamaggiore (NA) – Delibera n. 214 del 12.3.2026 – pag. %d" % c.getPageNumber())
spaced("AZIENDA SANITARIA LOCALE NAPOLI 2 NORD", "Helvetica-Bold", 15, 1.2, 18)
spaced("Regione Campania", "Helvetica", 10, 0.6, 22)
c.setLineWidth(1); c.line(L, y[0] + 8, R, y[0] + 8); y[0] -= 8
spaced("DELIBERAZIONE DEL DIRETTORE GENERALE", "Helvetica-Bold", 12.5, 0.8, 17)
spaced("n. 214 del 12.3.2026", "Helvetica-Bold", 11.5, 0, 24)
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y[0], "OGGETTO:")
para("Presa d'atto della graduatoria finale dell'avviso di mobilità per n. 6 posti di Collaboratore Professionale Sanitario – Infermiere (cat. D) e assunzione in servizio a tempo indeterminato dei primi sei candidati.", font="Helvetica-Bold", indent=60, after=10)
para("Struttura proponente: U.O.C. Gestione Risorse Umane – proposta n. 287 del 9.3.2026", font="Helvetica-Oblique", size=9.5, after=10)
para("IL DIRETTORE GENERALE", font="Helvetica-Bold", indent=170, after=6)
for s in ["PREMESSO che con deliberazione n. 1187 del 18.11.2025 è stato indetto avviso pubblico di mobilità regionale e interregionale, per titoli e colloquio, per la copertura di n. 6 posti di Collaboratore Professionale Sanitario – Infermiere, cat. D, previsti nel Piano Triennale dei Fabbisogni di Personale 2025-2027;",
 "DATO ATTO che la Commissione esaminatrice, nominata con deliberazione n. 92 del 29.1.2026, ha concluso i propri lavori in data 2.3.2026 e ha trasmesso i verbali e la graduatoria finale di merito alla U.O.C. Gestione Risorse Umane;",
 "VERIFICATA la regolarità della procedura e ritenuto di prendere atto della graduatoria, che si compone di n. 41 candidati idonei;",
 "ACQUISITI il parere favorevole del Direttore Amministrativo, dott. Raffaele Capuano, e il parere favorevole del Direttore Sanitario, dott.ssa Antonella Iovine, espressi ai sensi dell'art. 3 del D.Lgs. 502/1992;"]:
    para(s)
para("D E L I B E R A", font="Helvetica-Bold", indent=175, after=6)
pts = ["di prendere atto dei verbali della Commissione esaminatrice e di approvare la graduatoria finale di merito dell'avviso di mobilità indicato in oggetto, allegata al presente atto quale parte integrante e sostanziale;",
 "di procedere all'assunzione in servizio a tempo indeterminato dei primi sei candidati utilmente collocati in graduatoria, con decorrenza dal 1.5.2026;",
 "di dare atto che la spesa annua di euro 231.600,00, comprensiva degli oneri riflessi, trova copertura sul conto economico 509010101 del Bilancio di previsione 2026;",
 "di trasmettere copia del presente atto al Collegio Sindacale e di dichiararlo immediatamente esecutivo, stante l'urgenza di garantire i livelli assistenziali nei presidi ospedalieri aziendali."]
for i, p in enumerate(pts, 1): para(p, indent=18, bullet="%d." % i)
y[0] -= 10
c.setFont("Helvetica", 9.5)
c.drawString(L, y[0], "Il Direttore Amministrativo"); c.drawString(L + 170, y[0], "Il Direttore Sanitario"); c.drawString(L + 330, y[0], "IL DIRETTORE GENERALE")
y[0] -= 13
c.drawString(L, y[0], "dott. Raffaele Capuano"); c.drawString(L + 170, y[0], "dott.ssa Antonella Iovine"); c.drawString(L + 330, y[0], "dott. Mario Iervolino")
foot(); c.save()
