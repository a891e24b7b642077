# Comunità Montana Alta Irpinia - convocation of the Consiglio Generale.
# Letterhead, footer and the agenda box are Form XObjects (reusable page furniture, as a Word-to-PDF writer emits headers);
# the body text is drawn before the letterhead in the content stream.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Microsoft Word - Convocazione CG"); c.setTitle("Convocazione Consiglio Generale 20 marzo 2026")
LM, RM = 70, W-70
def wrap(text, font, size, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines
def para(y, text, font="Times-Roman", size=11, lead=14, x=LM, width=None):
    c.setFont(font, size)
    for ln in wrap(text, font, size, width or (RM - x)):
        c.drawString(x, y, ln); y -= lead
    return y - 4

c.beginForm("Letterhead")
c.setFillColorRGB(0.1, 0.35, 0.15)
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-62, "COMUNITÀ MONTANA ALTA IRPINIA")
c.setFont("Times-Italic", 9.5); c.drawCentredString(W/2, H-76, "Ente Montano - Calitri (AV)")
c.setFillColorRGB(0, 0, 0)
c.setFont("Times-Roman", 8.5); c.drawCentredString(W/2, H-88, "Corso Matteotti, 2 - 83045 Calitri (AV) - Tel. 0827 38041 - PEC cmaltairpinia@pec.it - C.F. 82001150645")
c.setLineWidth(1.2); c.setStrokeColorRGB(0.1, 0.35, 0.15); c.line(LM, H-96, RM, H-96)
c.endForm()
c.beginForm("Footer")
c.setFont("Times-Italic", 7.5); c.drawCentredString(W/2, 36, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
c.endForm()

# page 1: body first, letterhead last
y = H-130
c.setFont("Times-Roman", 10.5); c.drawString(LM, y, "Prot. n. 611"); c.drawRightString(RM, y, "Calitri, 11/03/2026"); y -= 30
for s in ["Ai Componenti del Consiglio Generale", "Al Revisore dei Conti", "Al Segretario Generale", "Ai Sindaci dei Comuni membri", "e, p.c.   Al Prefetto di Avellino"]:
    c.setFont("Times-Roman", 10.5); c.drawString(W/2 + 20, y, s); y -= 13
y -= 18
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "CONVOCAZIONE DEL CONSIGLIO GENERALE IN SEDUTA ORDINARIA"); y -= 26
y = para(y, "Ai sensi dell'art. 14 dello Statuto e del vigente Regolamento per il funzionamento del Consiglio Generale, la S.V. è invitata a partecipare alla seduta del Consiglio Generale convocata in sessione ordinaria, in prima convocazione, per il giorno")
c.setFont("Times-Bold", 11); c.drawCentredString(W/2, y, "VENERDÌ 20 MARZO 2026, ALLE ORE 17:00"); y -= 16
y = para(y, "presso la sala consiliare della sede dell'Ente in Calitri, Corso Matteotti n. 2, e, occorrendo, in seconda convocazione per il giorno lunedì 23 marzo 2026 alla stessa ora e nello stesso luogo, per la trattazione del seguente")
c.setFont("Times-Bold", 11); c.drawCentredString(W/2, y, "ORDINE DEL GIORNO"); y -= 12
c.beginForm("Agenda")
yy = y
items = ["Lettura e approvazione dei verbali della seduta precedente;",
         "Comunicazioni del Presidente;",
         "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025;",
         "Programma degli interventi di forestazione e bonifica montana per l'anno 2026 (L.R. Campania n. 11/1996). Approvazione;",
         "Convenzione con i Comuni di Andretta, Bisaccia e Cairano per la gestione associata del servizio di protezione civile. Approvazione;",
         "Varie ed eventuali."]
c.setLineWidth(0.5); 
ys = yy
for i, it in enumerate(items, 1):
    yy -= 14
    c.setFont("Times-Roman", 10.5); c.drawString(LM+12, yy, f"{i}.")
    lines = wrap(it, "Times-Roman", 10.5, RM - LM - 40)
    for k, ln in enumerate(lines):
        if k: yy -= 13
        c.drawString(LM+30, yy, ln)
c.rect(LM, yy-8, RM-LM, ys-yy+4)
c.endForm()
c.doForm("Agenda")
y = yy - 30
y = para(y, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso la Segreteria dell'Ente e consultabili nei giorni e negli orari d'ufficio, a partire dal terzo giorno antecedente la seduta.")
y = para(y, "Si ricorda che, in caso di impedimento, i Consiglieri sono pregati di darne tempestiva comunicazione alla Segreteria.")
y -= 20
c.setFont("Times-Roman", 11); c.drawCentredString(W/2+110, y, "IL PRESIDENTE"); y -= 15
c.setFont("Times-Bold", 11); c.drawCentredString(W/2+110, y, "Rocco Pennella")
c.doForm("Footer")
c.doForm("Letterhead")
c.showPage(); c.save()
