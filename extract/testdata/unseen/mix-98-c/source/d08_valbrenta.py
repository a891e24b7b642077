# Unione Montana Valbrenta: avviso di convocazione del Consiglio dell'Unione with agenda (reportlab).
# Letterhead and running foot are Form XObjects reused on both pages; the signature and the agenda are drawn
# before the heading and the address block (out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Convocazione Consiglio")
def form_head():
    c.beginForm("head"); c.setFillColorRGB(0.15, 0.35, 0.2); c.rect(60, H-95, 8, 50, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica-Bold", 16); c.drawString(78, H-62, "UNIONE MONTANA VALBRENTA")
    c.setFont("Helvetica", 9); c.drawString(78, H-76, "Comuni di Cismon del Grappa, Solagna, Pove del Grappa, Valbrenta e Romano d'Ezzelino")
    c.drawString(78, H-88, "Piazza IV Novembre, 1 - 36029 Valbrenta (VI) - unionemontana.valbrenta@pecveneto.it")
    c.line(60, H-100, W-60, H-100); c.endForm()
def form_foot():
    c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.line(60, 50, W-60, 50)
    c.drawCentredString(W/2, 38, "Unione Montana Valbrenta - Segreteria generale - tel. 0424 99201 - C.F. 91005200244"); c.endForm()
form_head(); form_foot()
def wrap(x, y, text, w, font="Helvetica", size=10.5, lead=14):
    for l in simpleSplit(text, font, size, w): c.setFont(font, size); c.drawString(x, y, l); y -= lead
    return y
agenda = ["Comunicazioni del Presidente.",
 "Approvazione dei verbali della seduta precedente del 18 dicembre 2025.",
 "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
 "Variazione n. 1 al Bilancio di previsione 2026-2028 e applicazione dell'avanzo di amministrazione.",
 "Approvazione della convenzione con i Comuni di Cismon del Grappa e Solagna per la gestione associata del servizio di protezione civile.",
 "Modifica del Regolamento per il funzionamento del Consiglio dell'Unione.",
 "Nomina del Revisore unico dei conti per il triennio 2026-2028.",
 "Interrogazione del consigliere Andrea Lazzarotto sulla manutenzione della viabilità silvo-pastorale.",
 "Mozione dei consiglieri Bonato e Ferrazzi sul trasporto pubblico in Valbrenta.",
 "Approvazione del Piano di riparto dei contributi alle associazioni di volontariato per l'anno 2026.",
 "Ratifica della deliberazione della Giunta dell'Unione n. 9 del 26 febbraio 2026 (variazione d'urgenza).",
 "Varie ed eventuali."]
# page 1: agenda first (drawn out of order), then heading
c.doForm("head"); c.doForm("foot")
y = H-395
c.setFont("Helvetica-Bold", 10.5); c.drawString(60, y+22, "ORDINE DEL GIORNO")
for i, a in enumerate(agenda[:7], 1):
    c.setFont("Helvetica", 10.5); c.drawString(66, y, f"{i}.")
    y = wrap(84, y, a, W-150) - 4
c.setFont("Helvetica", 10.5); c.drawString(60, H-120, "Prot. n. 1672"); c.drawString(60, H-134, "Valbrenta, 3 marzo 2026")
c.drawString(330, H-120, "Ai Consiglieri dell'Unione"); c.drawString(330, H-134, "Al Revisore dei conti"); c.drawString(330, H-148, "Ai Sindaci dei Comuni aderenti"); c.drawString(330, H-162, "e p.c. Al Prefetto di Vicenza")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-200, "AVVISO DI CONVOCAZIONE DEL CONSIGLIO DELL'UNIONE")
c.setFont("Helvetica-Bold", 10.5); c.drawString(60, H-222, "OGGETTO: Convocazione del Consiglio dell'Unione in seduta ordinaria per il giorno 12 marzo 2026.")
y2 = wrap(60, H-248, "Ai sensi dell'art. 16 dello Statuto e del Regolamento per il funzionamento del Consiglio, si comunica che il Consiglio dell'Unione è convocato in seduta ordinaria, in prima convocazione, presso la sala consiliare del Municipio di Valbrenta, per il giorno giovedì 12 marzo 2026 alle ore 20:30 e, occorrendo, in seconda convocazione per il giorno venerdì 13 marzo 2026 alla stessa ora, per la trattazione del seguente", W-120)
c.setFont("Helvetica-Oblique", 9); c.drawRightString(W-60, 70, "segue")
c.showPage()
# page 2: signature drawn first, then the rest of the agenda
c.doForm("head"); c.doForm("foot")
c.setFont("Helvetica-Bold", 10.5); c.drawString(360, H-420, "IL PRESIDENTE DELL'UNIONE"); c.setFont("Helvetica", 10.5); c.drawString(380, H-436, "Mirco Trevisan")
c.setFont("Helvetica-Oblique", 8.5); c.drawString(360, H-450, "firmato digitalmente ai sensi del d.lgs. 82/2005")
y = H-130
for i, a in enumerate(agenda[7:], 8):
    c.setFont("Helvetica", 10.5); c.drawString(66, y, f"{i}.")
    y = wrap(84, y, a, W-150) - 4
y = wrap(60, y-14, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria dell'Unione e consultabile dai Consiglieri nei giorni e negli orari d'ufficio. Eventuali assenze vanno comunicate alla Segreteria.", W-120)
c.showPage(); c.save()
