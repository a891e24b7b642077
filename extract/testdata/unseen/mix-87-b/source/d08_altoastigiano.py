# reportlab: letterhead and foot are Form XObjects reused on both pages; roll in prose; blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
def forms():
    c.beginForm("head"); c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, 805, "UNIONE DEI COMUNI ALTO ASTIGIANO")
    c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, 792, "Cocconato – Aramengo – Cortazzone – Montiglio Monferrato – Piea – Robella – Tonengo")
    c.drawCentredString(W/2, 781, "Sede: Piazza Cavour, 8 – 14023 Cocconato (AT)"); c.line(50, 774, W-50, 774); c.endForm()
    c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W/2, 28, "Unione dei Comuni Alto Astigiano – Verbale di deliberazione della Giunta n. 14/2026"); c.endForm()
forms()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=4, spaceAfter=5)
hb = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", alignment=1)
def frame(x, y, w, h, items): Frame(x, y, w, h, showBoundary=0).addFromList([Paragraph(t, s) for t, s in items], c)
# page 1: the body is drawn first, then the title block above it, then the forms
frame(50, 60, W-100, 560, [
 ("L'anno duemilaventisei, addì nove del mese di aprile, alle ore 16,30, nella sede dell'Unione, convocata nei modi di legge, si è riunita la Giunta dell'Unione. Sono presenti i signori: Ferrero Giovanni, Presidente; Bosco Elisa, Vicepresidente; Musso Pierangelo, Assessore; Gay Roberta, Assessore. È assente giustificato il signor Quaglia Daniele, Assessore.", st),
 ("Partecipa con funzioni di segretario verbalizzante il Segretario dell'Unione dott. Fabrizio Morra. Il Presidente sig. Giovanni Ferrero, constatato il numero legale, dichiara aperta la seduta.", st),
 ("LA GIUNTA DELL'UNIONE", hb),
 ("PREMESSO che l'Unione gestisce in forma associata, per conto dei Comuni aderenti, la funzione di polizia locale;", st),
 ("VISTA la proposta del Comandante della Polizia Locale per l'acquisto di due veicoli di servizio con allestimento specifico;", st),
 ("ACQUISITI i pareri favorevoli ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi favorevoli espressi in forma palese;", st),
 ("DELIBERA", hb),
 ("1) di approvare l'acquisto di due veicoli di servizio per il Corpo di Polizia Locale dell'Unione, per una spesa complessiva di € 74.000,00;", st),
 ("2) di assegnare le relative risorse al Responsabile del Servizio Polizia Locale;", st),
 ("3) di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", st)])
frame(50, 625, W-100, 140, [("VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", hb), ("N. 14 del 9 aprile 2026", hb),
 ("<b>OGGETTO:</b> Servizio associato di Polizia Locale – Acquisto di due veicoli di servizio – Approvazione del progetto e assegnazione delle risorse.", st)])
c.doForm("foot"); c.doForm("head"); c.showPage()
c.doForm("head")
frame(50, 400, W-100, 360, [("Letto, approvato e sottoscritto.", st),
 ("IL PRESIDENTE – Giovanni Ferrero &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO – dott. Fabrizio Morra", st),
 ("RELATA DI PUBBLICAZIONE", hb),
 ("La presente deliberazione è pubblicata all'Albo pretorio on line dell'Unione dal 10/04/2026 per quindici giorni consecutivi.", st)])
c.doForm("foot"); c.showPage(); c.save()
