# Comune di Crissolo (CN): ordinanza sindacale; letterhead and foot are Form XObjects; body drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Maggioli Sicraweb - ReportLab"); W, H = A4
c.beginForm("letterhead")
c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, H - 60, "COMUNE DI CRISSOLO"); c.setFont("Times-Roman", 9.5)
c.drawCentredString(W / 2, H - 74, "Provincia di Cuneo - Via Umberto I, 39 - 12030 Crissolo (CN)"); c.line(60, H - 82, W - 60, H - 82); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 30, "Ordinanza n. 6/2026 - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.endForm()
def block(y, text, font="Times-Roman", size=11, lead=14.5, x=65, w=W - 130):
    c.setFont(font, size)
    for l in simpleSplit(text, font, size, w): c.drawString(x, y, l); y -= lead
    return y - 5
# signature first, then the operative part, then the heading, then the premises
block(360, "IL SINDACO", "Times-Bold", x=380); block(344, "Agostino Aime", "Times-Italic", x=380)
block(400, "Dalla Residenza Municipale, 27/03/2026", x=65)
y = block(H - 300, "1. il divieto di transito a tutti i veicoli e ai pedoni sulla strada comunale Crissolo - Pian del Re, dal km 2+400 al km 6+800, dalle ore 00:00 del 28/03/2026 fino alla rimozione delle masse nevose e al ripristino delle condizioni di sicurezza;")
y = block(y, "2. all'Ufficio tecnico comunale di provvedere all'apposizione della segnaletica prescritta;")
y = block(y, "3. la trasmissione della presente ordinanza alla Prefettura di Cuneo, alla Stazione Carabinieri di Paesana e al Comando Polizia Locale.")
c.doForm("letterhead"); c.doForm("foot")
block(H - 118, "ORDINANZA SINDACALE N. 6 DEL 27/03/2026", "Times-Bold", 13, x=175)
y = block(H - 145, "OGGETTO: Chiusura temporanea della strada comunale Crissolo - Pian del Re per pericolo di valanghe.", "Times-Bold")
y = block(y - 6, "IL SINDACO", "Times-Bold", x=265)
y = block(y, "Visto il bollettino valanghe di Arpa Piemonte del 27/03/2026 che indica grado di pericolo 4 - forte sul settore Monviso; sentito il parere della Commissione locale valanghe riunitasi in data odierna; visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e l'art. 7 del D.Lgs. 30 aprile 1992, n. 285;")
block(y - 4, "O R D I N A", "Times-Bold", x=255)
c.showPage(); c.save()
