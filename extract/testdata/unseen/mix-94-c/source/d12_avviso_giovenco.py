# reportlab: letterhead and foot are Form XObjects; body blocks drawn bottom-up (out of reading order); rotated "ALBO" stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Sicraweb Atti 5")
c.beginForm("head")
c.setFont("Times-Bold", 14); c.drawCentredString(297, 800, "UNIONE DEI COMUNI VALLE DEL GIOVENCO")
c.setFont("Times-Roman", 9); c.drawCentredString(297, 787, "Comuni di Pescina, Ortona dei Marsi, Bisegna, Gioia dei Marsi, Lecce nei Marsi")
c.line(60, 780, 535, 780); c.endForm()
c.beginForm("foot")
c.setFont("Times-Italic", 8); c.drawCentredString(297, 40, "Piazza Mazzarino, 1 - 67057 Pescina (AQ) - PEC: unione.giovenco@pec.it"); c.endForm()
c.doForm("foot")
# signature first
c.setFont("Times-Roman", 11)
c.drawString(360, 250, "IL RESPONSABILE DEL SERVIZIO"); c.drawString(360, 235, "dott. Giuseppe Ranalletti")
c.drawString(60, 280, "Pescina, 12 febbraio 2026")
body = ["Si informano i cittadini dei Comuni aderenti che, a seguito dell'approvazione del calendario",
        "regionale di raccolta, dal 2 marzo 2026 il servizio associato di raccolta dei rifiuti ingombranti",
        "a domicilio sarà effettuato il primo e il terzo mercoledì di ogni mese, previa prenotazione",
        "telefonica al numero verde 800 123 456 dal lunedì al venerdì dalle ore 9:00 alle ore 12:00.",
        "Ogni utenza potrà conferire al massimo cinque pezzi per ciascun ritiro."]
for i, l in reversed(list(enumerate(body))): c.drawString(60, 560 - 15 * i, l)
c.setFont("Times-Bold", 11)
c.drawString(60, 600, "OGGETTO: Nuove modalità di ritiro a domicilio dei rifiuti ingombranti dal 2 marzo 2026.")
c.setFont("Times-Bold", 18); c.drawCentredString(297, 640, "A V V I S O")
c.setFont("Times-Roman", 10)
c.drawString(60, 700, "Servizio associato Ambiente e Igiene urbana"); c.drawRightString(535, 700, "Prot. n. 415 del 12/02/2026")
c.doForm("head")
c.saveState(); c.setFillColorRGB(0.7, 0.1, 0.1); c.translate(560, 330); c.rotate(90); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "ALBO ON LINE - Reg. n. 58/2026"); c.restoreState()
c.showPage(); c.save()
