# AVVISO PUBBLICO N. 2/2026, Frassilongo: reportlab; letterhead and foot are Form XObjects reused on both pages,
# Albo stamp rotated 90 degrees; signature block drawn before the heading; office only in the signature
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842))
c.beginForm("head"); c.setFont("Times-Bold", 15); c.drawCentredString(297, 800, "COMUNE DI FRASSILONGO")
c.setFont("Times-Italic", 10); c.drawCentredString(297, 786, "GAMOA' VA GARAIT"); c.drawCentredString(297, 773, "Provincia autonoma di Trento")
c.line(60, 765, 535, 765); c.endForm()
c.beginForm("foot"); c.setFont("Times-Roman", 7.5); c.drawCentredString(297, 36, "Località Roveda, 1 – 38050 Frassilongo (TN) – tel. 0461 551140 – PEC comune@pec.comune.frassilongo.tn.it"); c.endForm()
c.beginForm("stamp"); c.saveState(); c.translate(30, 300); c.rotate(90); c.setFont("Helvetica", 7)
c.drawString(0, 0, "Pubblicato all'Albo telematico dal 20.04.2026 al 20.05.2026 – Reg. pubbl. n. 211"); c.restoreState(); c.endForm()
def body(y, text, f="Times-Roman", sz=11):
    for l in simpleSplit(text, f, sz, 470):
        c.setFont(f, sz); c.drawString(62, y, l); y -= 15
    return y - 5
# page 1: stamp, then body, then heading (out of reading order)
c.doForm("stamp"); c.doForm("foot")
y = 640
y = body(y, "È indetta una selezione pubblica, per esami, per la formazione di una graduatoria da utilizzare per assunzioni a tempo determinato, a tempo pieno o parziale, nella figura professionale di OPERAIO QUALIFICATO – categoria B, livello evoluto, del vigente contratto collettivo provinciale di lavoro del comparto autonomie locali.")
y = body(y, "Requisiti di ammissione", "Times-Bold")
y = body(y, "a) cittadinanza italiana o di uno Stato membro dell'Unione europea; b) età non inferiore a 18 anni; c) diploma di qualifica professionale triennale o assolvimento dell'obbligo scolastico unito a un'esperienza lavorativa di almeno due anni nelle mansioni; d) patente di guida di categoria C; e) idoneità fisica all'impiego.")
y = body(y, "Prove d'esame", "Times-Bold")
y = body(y, "La selezione consiste in una prova pratica, che si terrà il 26 maggio 2026 alle ore 9:00 presso il magazzino comunale in località Roveda, e in un colloquio sulle materie indicate nel bando integrale, nella medesima giornata a partire dalle ore 14:00.")
c.doForm("head")
c.setFont("Times-Bold", 14); c.drawCentredString(297, 730, "AVVISO PUBBLICO N. 2/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(297, 710, "SELEZIONE PUBBLICA PER ESAMI PER ASSUNZIONI A TEMPO DETERMINATO")
c.drawCentredString(297, 696, "DI OPERAIO QUALIFICATO – CATEGORIA B, LIVELLO EVOLUTO")
c.setFont("Times-Roman", 9); c.drawString(62, 670, "Prot. n. 1408")
c.showPage()
# page 2: signature first, then text
c.setFont("Times-Roman", 11); c.drawCentredString(420, 520, "IL SEGRETARIO COMUNALE"); c.drawCentredString(420, 505, "dott.ssa Marina Eccher")
c.doForm("stamp"); c.doForm("foot"); c.doForm("head")
y = 730
y = body(y, "Domanda di ammissione", "Times-Bold")
y = body(y, "La domanda, redatta in carta semplice secondo il modello allegato al bando integrale, deve pervenire al Comune di Frassilongo entro le ore 12:00 del giorno 15 maggio 2026, mediante consegna a mano, raccomandata con avviso di ricevimento o posta elettronica certificata.")
y = body(y, "Il bando integrale e il modello di domanda sono pubblicati all'Albo telematico e sul sito istituzionale del Comune. Per informazioni rivolgersi all'Ufficio Segreteria, tel. 0461 551140.")
c.drawString(62, 560, "Frassilongo, 20 aprile 2026")
c.showPage(); c.save()
