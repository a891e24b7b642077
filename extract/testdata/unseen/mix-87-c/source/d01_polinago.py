# Polinago: reportlab, every glyph its own Tm+Tj (no spaces), rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def g(x, y, s, f="Times-Roman", sz=11):
    for ch in s:
        if ch != " ":
            t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz)
def para(y, s, f="Times-Roman", sz=11, w=460, x=70):
    words = s.split(); line = ""
    for wd in words:
        if stringWidth(line + " " + wd, f, sz) > w and line:
            g(x, y, line, f, sz); y -= 14; line = wd
        else: line = (line + " " + wd).strip()
    g(x, y, line, f, sz); return y - 18
g(200, 790, "COMUNE DI POLINAGO", "Times-Bold", 15)
g(215, 774, "Provincia di Modena", "Times-Italic", 11)
g(160, 758, "Corpo di Polizia Locale – Unione dei Comuni del Frignano", "Times-Roman", 10)
c.line(70, 750, 530, 750)
g(70, 730, "Ord. n. 18/2026 P.L.", "Times-Bold", 11); g(380, 730, "Polinago, 4 maggio 2026", "Times-Roman", 11)
y = para(705, "OGGETTO: Disciplina temporanea della circolazione in via Giardini Nord e piazza Zanni per lo svolgimento della \"Festa di Primavera\" del 17 maggio 2026.", "Times-Bold")
g(200, y, "IL COMANDANTE DELLA POLIZIA LOCALE", "Times-Bold", 12); y -= 22
for s in ["Vista la richiesta della Pro Loco di Polinago, assunta al prot. n. 2318 del 21/04/2026, per lo svolgimento della manifestazione;",
          "Ritenuto necessario, per la sicurezza dei partecipanti, vietare la circolazione e la sosta dei veicoli nelle aree interessate;",
          "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 e l'art. 107 del D.Lgs. 267/2000;"]:
    y = para(y, s)
g(280, y, "ORDINA", "Times-Bold", 12); y -= 22
pts = ["il divieto di transito e di sosta con rimozione forzata in piazza Zanni dalle ore 7:00 alle ore 24:00 del 17 maggio 2026;",
       "la chiusura al traffico di via Giardini Nord, nel tratto tra via Roma e via Cavour, dalle ore 14:00 alle ore 20:00 dello stesso giorno;",
       "che il traffico sia deviato su via della Pace e via Montanara a cura dell'organizzatore;",
       "che la presente ordinanza sia resa nota mediante la prescritta segnaletica collocata almeno 48 ore prima."]
for i, s in enumerate(pts, 1): y = para(y, "%d) %s" % (i, s))
y = para(y - 4, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Emilia-Romagna entro 60 giorni dalla pubblicazione.")
g(340, y - 10, "IL COMANDANTE", "Times-Bold", 11); g(330, y - 26, "Comm. Sup. Davide Ferrari", "Times-Roman", 11)
g(310, y - 40, "(firmato digitalmente)", "Times-Italic", 9)
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.7)
g(0, 0, "ALBO PRETORIO ON LINE – Reg. n. 377 – pubblicato dal 04/05/2026 al 19/05/2026", "Helvetica", 8); c.restoreState()
c.showPage(); c.save()
