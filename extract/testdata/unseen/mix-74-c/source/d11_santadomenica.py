# Ordinanza igienico-sanitaria, Comune di Santa Domenica Vittoria (ME): reportlab; body in two columns,
# blocks drawn out of reading order (signature, right column, then heading and left column)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setProducer("Sicraweb PDF 2.3 (ReportLab)")
def col(x, y, paras, width=222, font="Times-Roman", size=10, lead=12.5):
    for p in paras:
        f = "Times-Bold" if p.startswith("§") else font
        p = p.lstrip("§"); words = p.split(); line = []
        for w in words:
            if stringWidth(" ".join(line + [w]), f, size) > width and line:
                c.setFont(f, size); c.drawString(x, y, " ".join(line)); y -= lead; line = [w]
            else: line.append(w)
        c.setFont(f, size); c.drawString(x, y, " ".join(line)); y -= lead + 4
    return y
# signature first
c.setFont("Times-Roman", 10.5); c.drawString(60, 150, "Santa Domenica Vittoria, 25 marzo 2026")
c.setFont("Times-Bold", 10.5); c.drawCentredString(440, 150, "IL SINDACO"); c.setFont("Times-Italic", 10.5); c.drawCentredString(440, 136, "Carmelo Saitta")
# right column
col(313, 560, ["§ORDINA",
 "1. il divieto di utilizzo dell’acqua erogata dall’acquedotto comunale, nella zona servita dal serbatoio di contrada Pirato, per uso potabile e per la preparazione di alimenti;",
 "2. che l’acqua possa essere utilizzata esclusivamente per usi igienici e domestici diversi dall’alimentazione, previa bollitura per almeno cinque minuti ove necessario;",
 "3. all’Ufficio Tecnico di procedere all’immediata iperclorazione e al lavaggio del serbatoio e della rete;",
 "4. la revoca del presente divieto con successiva ordinanza, a seguito di esito favorevole delle analisi.",
 "La presente è trasmessa all’ASP di Messina, alla Prefettura e al Comando Stazione Carabinieri di Francavilla di Sicilia."])
# heading
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, 800, "COMUNE DI SANTA DOMENICA VITTORIA")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, 786, "Città Metropolitana di Messina – Via Regina Margherita, 2 – 98030")
c.line(60, 778, 535, 778)
c.setFont("Helvetica-Bold", 9.5); c.drawString(60, 760, "ORDINANZA N. 11 DEL 25/03/2026"); c.drawRightString(535, 760, "Prot. n. 1542")
c.setFont("Times-Bold", 12)
y = 730
for s in ["ORDINANZA CONTINGIBILE E URGENTE", "DIVIETO TEMPORANEO DI UTILIZZO", "DELL’ACQUA DELLA RETE IDRICA COMUNALE", "A SCOPO POTABILE NELLA ZONA DI CONTRADA PIRATO"]:
    c.drawCentredString(W/2, y, s); y -= 15
c.setFont("Times-Bold", 11); c.drawCentredString(W/2, 585, "IL SINDACO")
col(60, 560, ["PREMESSO che con nota prot. n. 10/2026 del 24/03/2026 il Dipartimento di Prevenzione dell’ASP di Messina – U.O.S. Igiene degli Alimenti ha comunicato l’esito sfavorevole delle analisi microbiologiche su un campione prelevato dalla fontanella di contrada Pirato, con presenza di coliformi ed Escherichia coli oltre i valori di parametro del D.Lgs. 18/2023;",
 "RITENUTO necessario, a tutela della salute pubblica, adottare con urgenza provvedimenti volti a prevenire rischi per la popolazione;",
 "VISTI l’art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267 e l’art. 32 della Legge 23 dicembre 1978, n. 833;"])
c.line(W/2, 570, W/2, 200)
c.showPage(); c.save()
