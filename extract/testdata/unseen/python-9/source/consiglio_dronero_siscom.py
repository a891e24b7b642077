# Comune di Dronero - Consiglio - imitating a Siscom-like print (ReportLab canvas, core Times + Helvetica headings)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from canvaswriter import Writer, pair, labelled

c = canvas.Canvas("../consiglio-dronero-siscom.pdf", pagesize=A4)
c.setTitle("Deliberazione C.C. n. 41 del 26/11/2025")
def nh(w):
    c.setFont("Helvetica", 7.5)
    c.drawString(22*mm, 287*mm, "Comune di Dronero - Deliberazione C.C. n. 41 del 26/11/2025")
def pn(w=None):
    c.setFont("Helvetica", 7.5); c.drawRightString(188*mm, 12*mm, "Pagina %d" % c.getPageNumber())
c.setFont("Helvetica-Bold", 15); c.drawCentredString(105*mm, 278*mm, "COMUNE DI DRONERO")
c.setFont("Helvetica", 9.5); c.drawCentredString(105*mm, 272.5*mm, "PROVINCIA DI CUNEO")
c.setLineWidth(0.4); c.rect(22*mm, 250*mm, 166*mm, 16*mm)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(105*mm, 260*mm, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 41")
c.setFont("Helvetica", 8.5); c.drawCentredString(105*mm, 254*mm, "Adunanza ordinaria di prima convocazione - seduta pubblica")
w = Writer(c, top=246*mm, on_new_page=nh, on_end_page=pn)
labelled(w, "OGGETTO:", "APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI SEGRETERIA COMUNALE TRA I "
         "COMUNI DI DRONERO E ROCCABRUNA.", font="Times-Bold", size=11, labw=24*mm, after=8)
w.text("L'anno duemilaventicinque addì ventisei del mese di novembre alle ore 21 e minuti 00 nella sala delle adunanze consiliari, "
       "convocato dal Sindaco con avvisi scritti e recapitati a norma di legge, si è riunito in sessione ordinaria ed in seduta "
       "pubblica di prima convocazione il Consiglio Comunale, del quale sono membri i Signori:", after=6)
roll = [("BELTRANDO SERGIO (Sindaco)", True), ("GIORDANO ALESSIA", True), ("RINAUDO FABIO", True), ("PEIRONE LUCIA", True),
        ("MATTALIA DANIELE", True), ("GIRAUDO PIERGIORGIO", True), ("ARMANDO CINZIA", False), ("BERNARDI ENRICO", True),
        ("DEMARIA FRANCESCA", True), ("OLIVERO MICHELE", True), ("CHIAPELLO ROBERTA", True), ("GARNERO LUIGI", True),
        ("REINERO MONICA", True)]
x0, x1, x2, x3 = 30*mm, 118*mm, 142*mm, 166*mm
rh = 5.4*mm
w.y -= 2
c.setFont("Helvetica-Bold", 9)
c.rect(x0, w.y - rh, x3 - x0, rh)
c.drawString(x0 + 2*mm, w.y - rh + 1.6*mm, "Cognome e Nome")
c.drawCentredString((x1 + x2)/2, w.y - rh + 1.6*mm, "Presenti"); c.drawCentredString((x2 + x3)/2, w.y - rh + 1.6*mm, "Assenti")
w.y -= rh
c.setFont("Times-Roman", 10.5)
for n, p in roll:
    c.rect(x0, w.y - rh, x3 - x0, rh)
    c.drawString(x0 + 2*mm, w.y - rh + 1.5*mm, n)
    c.drawCentredString((x1 + x2)/2 if p else (x2 + x3)/2, w.y - rh + 1.5*mm, "SI")
    w.y -= rh
c.setFont("Helvetica-Bold", 9)
c.rect(x0, w.y - rh, x3 - x0, rh)
c.drawRightString(x1 - 3*mm, w.y - rh + 1.6*mm, "Totale")
c.drawCentredString((x1 + x2)/2, w.y - rh + 1.6*mm, "12"); c.drawCentredString((x2 + x3)/2, w.y - rh + 1.6*mm, "1")
for x in (x1, x2):
    c.line(x, w.y, x, w.y + rh * (len(roll) + 1))
    c.line(x, w.y, x, w.y - rh)
w.y -= rh + 4*mm
w.text("Assiste all'adunanza il Segretario Comunale Dott. Giuseppe Arnaudo, il quale provvede alla redazione del presente verbale.")
w.text("Essendo legale il numero degli intervenuti, il Sig. Sergio Beltrando, Sindaco, assume la presidenza e dichiara aperta la "
       "seduta per la trattazione dell'oggetto sopra indicato, posto al n. 3 dell'ordine del giorno.", after=8)
w.text("IL CONSIGLIO COMUNALE", "Helvetica-Bold", 10.5, align="center", after=5)
for t in [
 "Premesso che l'art. 98, comma 3, del D.Lgs. 18 agosto 2000, n. 267 consente ai Comuni di stipulare convenzioni per l'ufficio "
 "di segreteria comunale, e che l'art. 10 del D.P.R. 4 dicembre 1997, n. 465 ne disciplina le modalità;",
 "Dato atto che la sede di segreteria del Comune di Dronero è attualmente coperta a scavalco e che il Comune di Roccabruna, con "
 "nota prot. n. 3311 del 04/11/2025, ha manifestato la volontà di costituire una convenzione con questo Ente, individuato quale "
 "Comune capofila;",
 "Visto lo schema di convenzione composto da 11 articoli, che prevede la ripartizione degli oneri nella misura del 70% a carico "
 "del Comune di Dronero e del 30% a carico del Comune di Roccabruna;",
 "Sentiti gli interventi dei Consiglieri Giraudo e Olivero, che chiedono un maggior numero di ore settimanali di presenza del "
 "Segretario presso la sede di Dronero, e la replica del Sindaco;",
 "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con n. 9 voti favorevoli, n. 3 contrari (Consiglieri Giraudo, Bernardi e Olivero), nessun astenuto, espressi in forma palese "
 "dai n. 12 Consiglieri presenti e votanti,"]:
    w.text(t)
w.space(3)
w.text("D E L I B E R A", "Helvetica-Bold", 10.5, align="center", after=5)
for i, t in enumerate([
 "Di approvare lo schema di convenzione per la gestione associata del servizio di segreteria comunale tra i Comuni di Dronero e "
 "Roccabruna, allegato alla presente deliberazione per farne parte integrante e sostanziale.",
 "Di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportarvi le modifiche non sostanziali che si "
 "rendessero necessarie.",
 "Di trasmettere copia della presente deliberazione al Comune di Roccabruna e alla Prefettura di Torino - Albo dei Segretari "
 "Comunali e Provinciali, Sezione regionale del Piemonte."], 1):
    w.item("%d°)" % i, t, labw=10*mm, after=4)
w.space(3)
w.text("Il presente atto non viene dichiarato immediatamente eseguibile e diverrà esecutivo decorsi dieci giorni dalla sua "
       "pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.", after=10)
w.need(70)
w.text("Del che si è redatto il presente verbale, che, letto e confermato, viene sottoscritto.", after=8)
w.y -= 12
c.setFont("Helvetica-Bold", 9.5)
c.drawCentredString(62*mm, w.y, "IL PRESIDENTE"); c.drawCentredString(148*mm, w.y, "IL SEGRETARIO COMUNALE")
w.y -= 13; c.setFont("Times-Roman", 11)
c.drawCentredString(62*mm, w.y, "F.to Beltrando Sergio"); c.drawCentredString(148*mm, w.y, "F.to Arnaudo Dott. Giuseppe")
w.y -= 22
w.text("RELAZIONE DI PUBBLICAZIONE", "Helvetica-Bold", 9.5, align="center", after=4)
w.text("La presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi a "
       "decorrere dal 02/12/2025, come prescritto dall'art. 124, comma 1, del D.Lgs. 267/2000.", size=10)
pair(w, "Dronero, lì 02/12/2025", "IL SEGRETARIO COMUNALE - F.to Arnaudo Dott. Giuseppe", size=10)
pn()
c.save()
