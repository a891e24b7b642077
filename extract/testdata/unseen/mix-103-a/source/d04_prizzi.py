# Certificate of publication, Comune di Prizzi: reportlab Courier form, blanks filled between underscores
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Halley Stampe Albo / ReportLab")
lines = [
 ("Courier-Bold", 13, "                COMUNE DI PRIZZI"),
 ("Courier", 10.5, "            Città Metropolitana di Palermo"),
 ("Courier", 10.5, "-" * 66), ("Courier", 10.5, ""),
 ("Courier-Bold", 11.5, "        CERTIFICATO DI AVVENUTA PUBBLICAZIONE"), ("Courier", 10.5, ""),
 ("Courier", 10.5, "Atto: Deliberazione della Giunta Comunale"),
 ("Courier", 10.5, "N. __27__ del __10.03.2026__"), ("Courier", 10.5, ""),
 ("Courier", 10.5, "Oggetto: Approvazione del progetto esecutivo dei lavori di"),
 ("Courier", 10.5, "manutenzione straordinaria della strada comunale Prizzi –"),
 ("Courier", 10.5, "Filaga – CUP G97H25001230004."), ("Courier", 10.5, ""),
 ("Courier", 10.5, "Il sottoscritto Responsabile della pubblicazione, visti gli"),
 ("Courier", 10.5, "atti d'ufficio,"), ("Courier", 10.5, ""),
 ("Courier-Bold", 10.5, "                        CERTIFICA"), ("Courier", 10.5, ""),
 ("Courier", 10.5, "che la suddetta deliberazione è stata pubblicata all'Albo"),
 ("Courier", 10.5, "Pretorio on line di questo Comune al n. __261__ del Registro"),
 ("Courier", 10.5, "delle pubblicazioni, per 15 giorni consecutivi,"),
 ("Courier", 10.5, "dal __12.03.2026__ al __27.03.2026__, ai sensi dell'art. 11"),
 ("Courier", 10.5, "della L.R. 44/1991, e che contro di essa non sono pervenute"),
 ("Courier", 10.5, "opposizioni."), ("Courier", 10.5, ""),
 ("Courier", 10.5, "Prizzi, lì __28.03.2026__"), ("Courier", 10.5, ""),
 ("Courier", 10.5, "                       IL RESPONSABILE DELLA PUBBLICAZIONE"),
 ("Courier", 10.5, "                              (sig. Calogero Di Giorgi)"),
]
y = H - 70
for f, s, t in lines:
    c.setFont(f, s); c.drawString(62, y, t); y -= 15
c.save()
