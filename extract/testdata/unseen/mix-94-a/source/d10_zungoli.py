# AVVISO PUBBLICO N. 4/2026, Zungoli: reportlab; letterhead and foot are Form XObjects reused on both pages,
# Albo stamp rotated 90 degrees; signature block drawn before the text; office only in the signature
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842))
c.beginForm("head"); c.setFont("Times-Bold", 15); c.drawCentredString(297, 800, "COMUNE DI ZUNGOLI")
c.setFont("Times-Italic", 10); c.drawCentredString(297, 786, "Provincia di Avellino"); c.drawCentredString(297, 773, "Uno dei Borghi più belli d'Italia")
c.line(60, 765, 535, 765); c.endForm()
c.beginForm("foot"); c.setFont("Times-Roman", 7.5); c.drawCentredString(297, 36, "Piazza Municipio, 1 – 83030 Zungoli (AV) – tel. 0825 845021 – PEC protocollo.zungoli@asmepec.it"); c.endForm()
c.beginForm("stamp"); c.saveState(); c.translate(30, 300); c.rotate(90); c.setFont("Helvetica", 7)
c.drawString(0, 0, "Pubblicato all'Albo pretorio on line dal 15.05.2026 al 15.06.2026 – Reg. pubbl. n. 389"); c.restoreState(); c.endForm()
def body(y, text, f="Times-Roman", sz=11):
    for l in simpleSplit(text, f, sz, 470):
        c.setFont(f, sz); c.drawString(62, y, l); y -= 15
    return y - 5
# page 1: stamp, then body, then heading (out of reading order)
c.doForm("stamp"); c.doForm("foot")
y = 640
y = body(y, "Il Comune di Zungoli intende procedere all'aggiornamento dell'elenco aperto di avvocati, singoli o associati, cui conferire incarichi di patrocinio legale e di consulenza stragiudiziale, nel rispetto dei principi di economicità, efficacia, imparzialità, parità di trattamento, trasparenza e proporzionalità di cui al d.lgs. 36/2023.")
y = body(y, "Requisiti di iscrizione", "Times-Bold")
y = body(y, "a) iscrizione all'Albo degli avvocati da almeno cinque anni; b) assenza di cause di incompatibilità e di conflitto di interessi con il Comune; c) assenza di condanne penali e di sanzioni disciplinari; d) possesso di polizza assicurativa per la responsabilità civile professionale.")
y = body(y, "Sezioni dell'elenco", "Times-Bold")
y = body(y, "L'elenco è suddiviso nelle sezioni: contenzioso amministrativo; contenzioso civile e del lavoro; contenzioso tributario; contenzioso penale. Ciascun professionista può chiedere l'iscrizione a non più di due sezioni, indicando le esperienze maturate negli ultimi cinque anni.")
c.doForm("head")
c.setFont("Times-Bold", 14); c.drawCentredString(297, 730, "AVVISO PUBBLICO N. 4/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(297, 710, "AGGIORNAMENTO DELL'ELENCO DEGLI AVVOCATI PER IL CONFERIMENTO")
c.drawCentredString(297, 696, "DI INCARICHI DI PATROCINIO LEGALE – TRIENNIO 2026-2028")
c.setFont("Times-Roman", 9); c.drawString(62, 670, "Prot. n. 1655")
c.showPage()
# page 2: signature first, then text
c.setFont("Times-Roman", 11); c.drawCentredString(420, 520, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"); c.drawCentredString(420, 505, "Servizio Affari Legali e Contratti"); c.drawCentredString(420, 490, "dott. Vincenzo Caruso")
c.doForm("stamp"); c.doForm("foot"); c.doForm("head")
y = 730
y = body(y, "Domanda di iscrizione", "Times-Bold")
y = body(y, "La domanda, redatta secondo il modello allegato, corredata dal curriculum professionale, deve pervenire al Comune di Zungoli entro le ore 12:00 del giorno 15 giugno 2026, esclusivamente a mezzo posta elettronica certificata. Le domande pervenute oltre tale termine saranno esaminate in sede di successivo aggiornamento.")
y = body(y, "Il presente avviso e il modello di domanda sono pubblicati all'Albo pretorio on line e sul sito istituzionale del Comune. Per informazioni rivolgersi all'Ufficio Affari Legali, tel. 0825 845021.")
c.drawString(62, 560, "Zungoli, 15 maggio 2026")
c.showPage(); c.save()
