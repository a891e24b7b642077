# reportlab canvas: letterhead and foot are Form XObjects used on both pages; on page 1 the signature and
# the agenda are drawn before the addressees and the heading (text out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Convocazione Commissione Elettorale Comunale")
c.beginForm("lh"); c.setFont("Times-Bold", 18); c.drawCentredString(W/2, H-60, "COMUNE DI ARDAULI")
c.setFont("Times-Italic", 11); c.drawCentredString(W/2, H-76, "Provincia di Oristano")
c.setFont("Times-Roman", 9.5); c.drawCentredString(W/2, H-90, "Ufficio Elettorale – Via Vittorio Emanuele 15 – 09081 Ardauli (OR)")
c.setLineWidth(0.8); c.line(60, H-98, W-60, H-98); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.line(60, 50, W-60, 50)
c.drawCentredString(W/2, 38, "Comune di Ardauli – tel. 0783 651223 – PEC protocollo@pec.comune.ardauli.or.it"); c.endForm()
def lines(x, y, arr, font="Times-Roman", size=11.5, lead=15):
    c.setFont(font, size)
    for s in arr: c.drawString(x, y, s); y -= lead
    return y
# page 1: agenda first, then signature, then heading and addressees
c.doForm("ft")
lines(90, H-470, ["1. Revisione dinamica straordinaria delle liste elettorali: cancellazioni per perdita della",
                  "    cittadinanza e per trasferimento di residenza (verbale n. 3/2026);",
                  "2. Iscrizioni di cittadini che compiranno il diciottesimo anno di età entro il 7 giugno 2026;",
                  "3. Aggiornamento dell'albo degli scrutatori di seggio elettorale;",
                  "4. Varie ed eventuali."])
lines(340, H-640, ["IL PRESIDENTE DELLA", "COMMISSIONE ELETTORALE COMUNALE", "(Il Sindaco – Luigi Sechi)"], "Times-Roman", 10.5, 13)
c.doForm("lh")
c.setFont("Times-Roman", 11); c.drawString(60, H-125, "Prot. n. 1318"); c.drawRightString(W-60, H-125, "Ardauli, 08/04/2026")
lines(330, H-160, ["Ai componenti effettivi e supplenti", "della Commissione Elettorale Comunale", "e, p.c., al Segretario comunale", "LORO SEDI"], "Times-Italic", 11, 14)
c.setFont("Times-Bold", 11.5)
c.drawString(60, H-245, "OGGETTO: Convocazione della Commissione Elettorale Comunale – revisione dinamica")
c.drawString(60, H-260, "straordinaria delle liste elettorali.")
lines(60, H-295, ["Ai sensi dell'art. 14 del D.P.R. 20 marzo 1967, n. 223 e dell'art. 4-bis del medesimo decreto,",
                  "le SS.LL. sono convocate in riunione ordinaria presso la Sala Giunta del Palazzo municipale",
                  "per il giorno",
                  "",
                  "per la trattazione del seguente ordine del giorno:"])
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, H-340, "MARTEDÌ 14 APRILE 2026, ALLE ORE 11:00")
c.setFont("Times-Italic", 9); c.drawRightString(W-60, 70, "segue ./.")
c.showPage()
# page 2
c.doForm("lh"); c.doForm("ft")
lines(60, H-140, ["In caso di impedimento i componenti effettivi sono pregati di darne tempestiva comunicazione",
                  "all'Ufficio Elettorale, affinché possa essere convocato il rispettivo supplente.",
                  "",
                  "Ai sensi dell'art. 15 del D.P.R. 223/1967 per la validità delle riunioni è richiesto l'intervento",
                  "della maggioranza dei componenti. Alla seduta partecipa, con funzioni di segretario, il",
                  "Segretario comunale o un funzionario da lui delegato.",
                  "",
                  "La documentazione relativa agli argomenti all'ordine del giorno è depositata presso",
                  "l'Ufficio Elettorale e può essere consultata negli orari di apertura al pubblico."])
c.drawString(60, H-310, "Distinti saluti.")
c.setFont("Helvetica", 7.5); c.drawString(60, 62, "Pag. 2 di 2")
c.showPage(); c.save()
