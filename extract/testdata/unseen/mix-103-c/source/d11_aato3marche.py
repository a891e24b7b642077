# AATO 3 Marche Centro - Macerata - deliberazione dell'Assemblea: reportlab; letterhead and footer are
# Form XObjects used on both pages; roll in two side-by-side column groups; the dispositive part and the
# signatures are drawn before the heading on page 2 (text out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 60, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Delibera Assemblea 5/2026"); c.setProducer("ReportLab PDF Library - www.reportlab.com")
c.beginForm("lh"); c.setFont("Helvetica-Bold", 12.5)
c.drawString(L, H - 52, "AATO 3 Marche Centro – Macerata"); c.setFont("Helvetica", 8.5)
c.drawString(L, H - 64, "Assemblea di Ambito Territoriale Ottimale n. 3 – Servizio Idrico Integrato – L.R. Marche 30/2011")
c.drawString(L, H - 75, "Via Alfieri, 1 – 62100 Macerata – aato3@pec.it"); c.setLineWidth(0.8); c.line(L, H - 82, R, H - 82); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5)
c.drawString(L, 32, "Deliberazione dell'Assemblea n. 5 del 19/03/2026"); c.line(L, 42, R, 42); c.endForm()
def para(text, y, font="Helvetica", size=10, lead=13, x0=L, x1=R):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > x1 - x0: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur); c.setFont(font, size)
    for ln in lines: c.drawString(x0, y, " ".join(ln)); y -= lead
    return y - 4
# page 1
c.doForm("lh"); c.doForm("ft")
y = H - 112; c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, y, "DELIBERAZIONE DELL'ASSEMBLEA"); y -= 17
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "N. 5 del 19/03/2026"); y -= 26
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "Oggetto:")
y = para("Servizio idrico integrato – Approvazione dell'aggiornamento del Programma degli Interventi 2026-2029 e della predisposizione tariffaria del gestore APM S.p.A.", y, font="Helvetica-Bold", x0=L + 50)
y -= 4
y = para("L'anno 2026, il giorno 19 del mese di marzo, alle ore 10:00, presso la sala riunioni della Provincia di Macerata, si è riunita l'Assemblea dell'AATO 3, regolarmente convocata con nota prot. n. 412 del 9/03/2026. All'appello risultano:", y)
rows = [("Provincia di Macerata", "Sandro Parcaroli", "Presidente", "P"), ("Comune di Macerata", "Francesca D'Alessandro", "Assessore delegato", "P"),
        ("Comune di Tolentino", "Mauro Sclavi", "Sindaco", "P"), ("Comune di Recanati", "Emanuele Pepa", "Sindaco", "A"),
        ("Comune di Corridonia", "Giuliana Giampaoli", "Sindaco", "P"), ("Comune di Treia", "Franco Capponi", "Sindaco", "P"),
        ("Comune di Potenza Picena", "Noemi Tartabini", "Sindaco", "P"), ("Comune di Morrovalle", "Andrea Staffolani", "Sindaco", "P"),
        ("Comune di San Severino Marche", "Rosa Piermattei", "Sindaco", "A"), ("Comune di Montecosaro", "Reano Malaisi", "Sindaco", "P"),
        ("Comune di Porto Recanati", "Andrea Michelini", "Sindaco", "P"), ("Comune di Pollenza", "Mauro Romoli", "Sindaco", "P")]
cw = (R - L) / 2
for half in (0, 1):
    x = L + half * (cw + 6); yy = y
    c.setFillColorRGB(0.88, 0.88, 0.88); c.rect(x, yy - 4, cw - 6, 14, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 7.5); c.drawString(x + 2, yy, "Ente"); c.drawString(x + 96, yy, "Rappresentante / qualifica"); c.drawString(x + cw - 20, yy, "P/A")
    yy -= 24
    for ente, nome, qual, pa in rows[half * 6:(half + 1) * 6]:
        c.setFont("Helvetica", 7.5); c.drawString(x + 2, yy + 6, ente)
        c.drawString(x + 96, yy + 6, nome); c.setFont("Helvetica-Oblique", 7); c.drawString(x + 96, yy - 3, qual)
        c.setFont("Helvetica-Bold", 8); c.drawString(x + cw - 18, yy + 6, pa); c.line(x, yy - 7, x + cw - 6, yy - 7); yy -= 22
y = yy - 8
y = para("Presenti n. 10 su 12, rappresentativi del 83,4% delle quote di partecipazione. Presiede l'Assemblea il Presidente della Provincia di Macerata, Sandro Parcaroli. Svolge le funzioni di segretario verbalizzante il Direttore dell'AATO 3, ing. Massimo Principi.", y)
y = para("L'ASSEMBLEA – Premesso che l'Autorità di Regolazione per Energia Reti e Ambiente ha definito con la deliberazione 639/2023/R/idr il metodo tariffario idrico per il quarto periodo regolatorio; visto l'aggiornamento del Programma degli Interventi proposto dal gestore APM S.p.A. e istruito dagli uffici dell'Autorità; sentita la relazione del Direttore;", y)
c.showPage()
# page 2: signatures and the dispositive part are drawn first, the heading last
c.setFont("Helvetica", 9.5)
c.drawString(L + 10, 200, "IL PRESIDENTE"); c.drawString(L + 290, 200, "IL SEGRETARIO VERBALIZZANTE")
c.drawString(L + 10, 187, "Sandro Parcaroli"); c.drawString(L + 290, 187, "ing. Massimo Principi")
pts = ["di approvare l'aggiornamento del Programma degli Interventi 2026-2029 del gestore APM S.p.A., per un importo complessivo di euro 38.720.000,00;",
       "di approvare la predisposizione tariffaria 2026-2027 e il moltiplicatore tariffario theta pari a 1,057 per l'anno 2026;",
       "di trasmettere il presente atto all'Autorità di Regolazione per Energia Reti e Ambiente per l'approvazione di competenza;",
       "di dichiarare il presente atto immediatamente eseguibile, con la medesima votazione."]
y2 = H - 235
for i, p in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L, y2, "%d)" % i); y2 = para(p, y2, x0=L + 18)
c.doForm("lh"); c.doForm("ft")
y = H - 112
y = para("Con voti favorevoli n. 8, contrari n. 1 (Comune di Porto Recanati), astenuti n. 1 (Comune di Treia), espressi per alzata di mano dai n. 10 rappresentanti presenti,", y)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 6, "DELIBERA")
c.save()
