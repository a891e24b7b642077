# reportlab: letterhead and running foot are Form XObjects; roll and signatures drawn before the heading and subject
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Sicraweb - Delibere"); W, H = A4
c.beginForm("lh"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-50, "COMUNE DI GORRETO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-63, "Città Metropolitana di Genova - Piazza della Chiesa, 1 - 16020 Gorreto (GE)"); c.line(60, H-70, W-60, H-70); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "Deliberazione del Consiglio Comunale n. 5 del 28/03/2026"); c.endForm()
def wrap(s, x, y, font="Helvetica", size=10, width=W-120, lead=13):
    cur = ""
    for w in s.split():
        if stringWidth(cur + " " + w, font, size) > width and cur: c.setFont(font, size); c.drawString(x, y, cur); y -= lead; cur = w
        else: cur = (cur + " " + w).strip()
    c.setFont(font, size); c.drawString(x, y, cur); return y - lead - 4
c.doForm("ft")
# roll first (out of reading order)
y = H - 215
c.setFont("Helvetica-Bold", 9.5); c.drawString(70, y, "Consiglieri"); c.drawString(300, y, "Presenti"); c.drawString(370, y, "Assenti"); y -= 14
c.setFont("Helvetica", 9.5)
roll = [("MARRE' PIERLUIGI - Sindaco", 1), ("BRIGNOLE ADRIANA", 1), ("CAMPORA SERGIO", 1), ("DAGNINO ROSA", 0), ("FIGINI MATTEO", 1), ("GRASSO ELENA", 1), ("MOLINARI FRANCO", 1), ("REBORA GIULIA", 1), ("TASSO ROBERTO", 0), ("VALLE IRENE", 1), ("ZANONI CARLO", 1)]
for n, p in roll:
    c.drawString(70, y, n); c.drawString(318 if p else 388, y, "X"); y -= 13
c.drawString(70, y - 2, "Totale presenti: 9          Totale assenti: 2")
# signatures
c.drawString(70, 95, "IL PRESIDENTE"); c.drawString(340, 95, "IL SEGRETARIO COMUNALE"); c.drawString(70, 82, "Pierluigi Marre'"); c.drawString(340, 82, "dott. Vincenzo Piccardo")
c.doForm("lh")
c.setFont("Helvetica-Bold", 11.5); c.drawCentredString(W/2, H-95, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-110, "N. 5 del 28/03/2026 - Sessione straordinaria - Prima convocazione")
y = wrap("OGGETTO: Approvazione della convenzione per la gestione associata del servizio di segreteria comunale con i Comuni di Fascia e Rondanina.", 60, H-135, "Helvetica-Bold")
y = wrap("L'anno duemilaventisei addì ventotto del mese di marzo alle ore 18:00, nella sala delle adunanze, si è riunito il Consiglio Comunale, con l'intervento dei signori:", 60, y)
y = H - 385
y = wrap("Assiste il Segretario Comunale dott. Vincenzo Piccardo. Il Sindaco Pierluigi Marre' assume la presidenza e, constatato il numero legale, dichiara aperta la seduta.", 60, y)
y = wrap("IL CONSIGLIO COMUNALE - Visto l'art. 98 del D.Lgs. 267/2000 e l'art. 10 del D.P.R. 465/1997, che consentono ai Comuni di stipulare convenzioni per l'ufficio di segreteria; vista la bozza di convenzione concordata con i Comuni di Fascia e Rondanina, che individua Gorreto quale Comune capofila; con voti favorevoli n. 9, contrari n. 0, astenuti n. 0, resi per alzata di mano dai 9 presenti e votanti,", 60, y)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, y, "DELIBERA"); y -= 18
y = wrap("1. di approvare la convenzione per la gestione associata del servizio di segreteria comunale tra i Comuni di Gorreto, Fascia e Rondanina, composta da 12 articoli;", 60, y)
y = wrap("2. di autorizzare il Sindaco alla sottoscrizione della convenzione;", 60, y)
y = wrap("3. di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile.", 60, y)
c.showPage(); c.save()
