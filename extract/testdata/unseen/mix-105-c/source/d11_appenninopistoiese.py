# Determinazione of the Unione di Comuni Montani Appennino Pistoiese: reportlab, letterhead
# and running head (the Unione's office) are Form XObjects reused on both pages; body lines are
# justified with word spacing (Tw), headings letter-spaced with character spacing (Tc).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
W, H = A4; L, R = 62, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione 96/2026"); c.setAuthor("Unione di Comuni Montani Appennino Pistoiese")
c.beginForm("head")
c.setFont("Times-Bold", 15); c.drawCentredString(W / 2, H - 52, "UNIONE DI COMUNI MONTANI APPENNINO PISTOIESE")
c.setFont("Times-Italic", 9.5); c.drawCentredString(W / 2, H - 65, "Comuni di Abetone Cutigliano, Marliana, Sambuca Pistoiese e San Marcello Piteglio")
c.setFont("Times-Roman", 8.5); c.drawCentredString(W / 2, H - 76, "Via Pietro Leopoldo 24 – 51028 San Marcello Piteglio (PT) – ucappenninopistoiese@postacert.toscana.it")
c.setLineWidth(0.6); c.line(L, H - 82, R, H - 82)
c.endForm()
c.beginForm("run")
c.setFont("Helvetica", 7.5); c.setFillGray(0.35)
c.drawString(L, 30, "Servizio associato Gestione del Patrimonio Forestale Regionale – Ufficio Tecnico Forestale")
c.line(L, 40, R, 40)
c.endForm()
y = H - 104
def newpage():
    global y
    c.drawRightString(R, 30, "pag. %d" % c.getPageNumber()); c.showPage(); c.doForm("head"); c.doForm("run"); y = H - 104
def spaced(text, font, size, tc, cx=True):
    global y
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t.setTextOrigin((W - w) / 2 if cx else L, y); t.textOut(text); t.setCharSpace(0); c.drawText(t); y -= size + 6
def para(text, font="Times-Roman", size=11.5, lead=15.5, ind=0, first=""):
    global y
    lines = simpleSplit(first + text, font, size, R - L - ind)
    for i, ln in enumerate(lines):
        if y < 70: newpage()
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L + ind, y)
        n = ln.count(" ")
        if i < len(lines) - 1 and n:
            t.setWordSpace((R - L - ind - stringWidth(ln, font, size)) / n)
        t.textOut(ln); t.setWordSpace(0); c.drawText(t); y -= lead
    y -= 4
c.doForm("head"); c.doForm("run")
spaced("DETERMINAZIONE DEL RESPONSABILE", "Times-Bold", 12.5, 1.6)
spaced("Reg. Gen. Unione n. 96 del 27/03/2026  –  Reg. Servizio n. 18", "Times-Roman", 11, 0.3)
y -= 4
para("OGGETTO: Patrimonio agricolo forestale regionale “Complesso Forestale Abetone” – Lavori di ripristino della viabilità forestale danneggiata dagli eventi meteorologici di novembre 2025 – Approvazione del progetto esecutivo e determinazione a contrarre. CUP D47B25000930002.", "Times-Bold", 11)
y -= 2
spaced("IL RESPONSABILE DEL SERVIZIO ASSOCIATO", "Times-Bold", 11, 1.0)
for s in [
 "Premesso che, ai sensi della L.R. 21 marzo 2000, n. 39, e della L.R. 27 dicembre 2011, n. 68, l'Unione di Comuni Montani Appennino Pistoiese gestisce, per conto della Regione Toscana, il patrimonio agricolo forestale regionale ricadente nel proprio territorio;",
 "Vista la deliberazione della Giunta dell'Unione n. 14 del 05/03/2026, con la quale è stato approvato il programma degli interventi urgenti sulla viabilità forestale per l'anno 2026;",
 "Visto il decreto del Presidente dell'Unione n. 1 del 07/01/2026, con il quale è stato conferito al sottoscritto l'incarico di Responsabile del Servizio associato Gestione del Patrimonio Forestale Regionale;",
 "Visto il progetto esecutivo redatto dall'Ufficio Tecnico Forestale dell'Unione, acquisito al protocollo n. 3318 del 23/03/2026, dell'importo complessivo di € 148.000,00, di cui € 112.650,00 per lavori a base di gara e € 3.350,00 per oneri della sicurezza;",
 "Visto il verbale di verifica e validazione del progetto sottoscritto in data 24/03/2026;",
 "Ritenuto di procedere all'affidamento dei lavori mediante procedura negoziata ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023, per il tramite della piattaforma START della Regione Toscana, con il criterio del minor prezzo;",
 "Visti il D.Lgs. 267/2000 e il vigente Regolamento di contabilità dell'Unione;"]:
    para(s)
y -= 2
spaced("D E T E R M I N A", "Times-Bold", 12, 2.2)
pts = ["di approvare il progetto esecutivo dei lavori di ripristino della viabilità forestale del Complesso Forestale Abetone, dell'importo complessivo di € 148.000,00, composto dagli elaborati elencati in premessa;",
 "di contrarre, ai sensi dell'art. 17 del D.Lgs. 36/2023, mediante procedura negoziata con invito ad almeno cinque operatori economici individuati dall'elenco regionale;",
 "di prenotare la spesa di € 148.000,00 al capitolo 2810/5 del bilancio di previsione 2026-2028, finanziato con il contributo della Regione Toscana;",
 "di nominare Responsabile unico del progetto il dott. for. Alessio Bartolini;",
 "di dare atto che il presente provvedimento sarà pubblicato all'Albo pretorio on line dell'Unione e nella sezione Amministrazione trasparente."]
for n, s in enumerate(pts, 1):
    if y < 90: newpage()
    c.setFont("Times-Roman", 11); c.drawString(L + 4, y, "%d." % n)
    para(s, ind=22)
y -= 20
if y < 120: newpage()
c.setFont("Times-Roman", 11); c.drawString(L, y, "San Marcello Piteglio, 27/03/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(400, y, "IL RESPONSABILE DEL SERVIZIO"); y -= 14
c.setFont("Times-Roman", 11); c.drawCentredString(400, y, "dott. for. Alessio Bartolini"); y -= 30
newpage()
spaced("VISTO DI REGOLARITÀ CONTABILE", "Times-Bold", 12, 1.4)
para("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Prenotazione n. 211/2026 sul capitolo 2810/5.")
c.setFont("Times-Roman", 11); c.drawString(L, y, "San Marcello Piteglio, 27/03/2026")
c.drawCentredString(400, y, "Il Responsabile del Servizio Finanziario"); y -= 14
c.drawCentredString(400, y, "rag. Cinzia Tonarelli"); y -= 40
spaced("PUBBLICAZIONE", "Times-Bold", 12, 1.4)
para("La presente determinazione è pubblicata all'Albo pretorio on line dell'Unione dal 30/03/2026 per quindici giorni consecutivi (n. 389 del registro delle pubblicazioni).")
c.drawRightString(R, 30, "pag. %d" % c.getPageNumber())
c.save()
