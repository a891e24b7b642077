# Testico: Giunta deliberation, reportlab canvas, every full line justified with Tw, heading letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import justified
W, H = A4; F, B = "Times-Roman", "Times-Bold"
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Delibera GC 18/2026"); c.setAuthor("Comune di Testico")
def head(page):
    c.setFont(B, 15); c.drawCentredString(W/2, H-60, "COMUNE DI TESTICO")
    c.setFont(F, 10); c.drawCentredString(W/2, H-74, "Provincia di Savona")
    c.drawCentredString(W/2, H-86, "Via Roma, 1 – 17020 Testico (SV) – C.F. 00340790092")
    c.setLineWidth(0.8); c.line(60, H-94, W-60, H-94)
    c.setFont(F, 8); c.drawRightString(W-60, 40, "Deliberazione G.C. n. 18 del 21/04/2026 – pag. %d di 2" % page)
head(1)
to = c.beginText(60, H-124); to.setFont(B, 12); to.setCharSpace(1.6)
to.textLine("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); to.setCharSpace(0); c.drawText(to)
c.rect(W-170, H-160, 110, 28); c.setFont(B, 11); c.drawString(W-164, H-150, "N. 18 del 21/04/2026")
c.setFont(F, 10); c.drawString(60, H-150, "Copia conforme all'originale")
y = H-184
c.setFont(B, 10.5); c.drawString(60, y, "OGGETTO:")
y = justified(c, 120, y, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DELLA STRADA COMUNALE PER POGGIO BOTTARO – CUP D47H26000230002.", B, 10.5, W-180, 14)
y -= 10
y = justified(c, 60, y, "L'anno duemilaventisei, addì ventuno del mese di aprile alle ore 17:30 nella sala delle adunanze della sede comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, vennero convocati a seduta i componenti la Giunta Comunale. All'appello risultano:", F, 11, W-120, 15)
y -= 6
rows = [("CALLERI Marco", "Sindaco", "P", ""), ("BERRUTI Anna", "Vicesindaco", "P", ""), ("ODDO Franco", "Assessore", "", "A")]
c.setFont(B, 10); c.drawString(90, y, "Cognome e nome"); c.drawString(260, y, "Carica"); c.drawString(390, y, "Presente"); c.drawString(460, y, "Assente")
c.line(85, y-4, 510, y-4); y -= 18; c.setFont(F, 10.5)
for n, r, p, a in rows:
    c.drawString(90, y, n); c.drawString(260, y, r); c.drawCentredString(412, y, p); c.drawCentredString(480, y, a); y -= 15
c.line(85, y+10, 510, y+10); c.setFont(B, 10); c.drawString(260, y-2, "Totale"); c.drawCentredString(412, y-2, "2"); c.drawCentredString(480, y-2, "1"); y -= 26
y = justified(c, 60, y, "Assiste il Segretario Comunale dott.ssa Laura Ghiglione, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sig. Marco Calleri, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", F, 11, W-120, 15)
y -= 8; c.setFont(B, 11); c.drawCentredString(W/2, y, "LA GIUNTA COMUNALE"); y -= 18
for p in ["PREMESSO che il muro di sostegno a valle della strada comunale per Poggio Bottaro presenta, per un tratto di circa 38 metri, lesioni e spanciamenti che ne compromettono la stabilità, come accertato dal sopralluogo dell'Ufficio Tecnico del 9 marzo 2026;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Silvia Revello, incaricata con determinazione n. 21 del 2 marzo 2026, che prevede una spesa complessiva di € 148.500,00, di cui € 112.000,00 per lavori;",
          "DATO ATTO che l'intervento è finanziato con il contributo regionale per la difesa del suolo concesso con decreto dirigenziale n. 1874 del 16 febbraio 2026;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = justified(c, 60, y, p, F, 11, W-120, 15) - 5
c.showPage(); head(2); y = H-124
y = justified(c, 60, y, "CON VOTI unanimi e favorevoli espressi nelle forme di legge;", F, 11, W-120, 15) - 6
c.setFont(B, 11); c.drawCentredString(W/2, y, "D E L I B E R A"); y -= 20
for i, p in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del muro di sostegno della strada comunale per Poggio Bottaro, per l'importo complessivo di € 148.500,00;",
          "di dare atto che la spesa trova copertura al capitolo 20810/1 del bilancio di previsione 2026-2028, esercizio 2026;",
          "di nominare Responsabile Unico del Progetto il geom. Davide Ferrari, Responsabile dell'Area Tecnica;"], 1):
    c.setFont(F, 11); c.drawString(60, y, "%d." % i); y = justified(c, 78, y, p, F, 11, W-138, 15) - 5
y = justified(c, 60, y-4, "Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", F, 11, W-120, 15) - 30
c.setFont(F, 10); c.drawString(90, y, "IL SINDACO"); c.drawString(360, y, "IL SEGRETARIO COMUNALE")
c.setFont("Times-Italic", 10); c.drawString(90, y-14, "f.to Marco Calleri"); c.drawString(360, y-14, "f.to dott.ssa Laura Ghiglione")
c.save()
