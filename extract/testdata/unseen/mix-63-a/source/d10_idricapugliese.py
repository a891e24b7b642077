# AIP - Autorità Idrica Pugliese: convocation of the Consiglio Direttivo (reportlab).
# Letterhead and foot are Form XObjects reused on both pages; on each page the blocks are drawn
# out of reading order (signature and agenda first, heading and addressees last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4; L = 64; R = W - 64
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Convocazione Consiglio Direttivo 22/06/2026"); c.setAuthor("AIP")

c.beginForm("letterhead")
c.setFillColorRGB(0.0, 0.36, 0.62); c.rect(L, H - 92, 54, 44, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 20); c.drawCentredString(L + 27, H - 78, "AIP")
c.setFillColorRGB(0.0, 0.36, 0.62); c.setFont("Helvetica-Bold", 15); c.drawString(L + 66, H - 64, "AUTORITÀ IDRICA PUGLIESE")
c.setFillColorRGB(0.25, 0.25, 0.25); c.setFont("Helvetica", 8.5)
c.drawString(L + 66, H - 77, "Ente di governo dell'Ambito Territoriale Ottimale Puglia per il Servizio Idrico Integrato")
c.drawString(L + 66, H - 88, "L.R. 30 maggio 2011, n. 9 – Via Nicola Tridente 19 – 70125 Bari")
c.setStrokeColorRGB(0.0, 0.36, 0.62); c.setLineWidth(1); c.line(L, H - 100, R, H - 100)
c.endForm()
c.beginForm("foot")
c.setStrokeColorRGB(0.6, 0.6, 0.6); c.line(L, 52, R, 52)
c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, 40, "tel. 080 9641811 – PEC segreteria@pec.aip.gov.it – C.F. 93402500727")
c.endForm()

def lines(x, y, txt, font="Helvetica", size=10.5, lead=14.5, width=None):
    width = width or (R - x)
    words = txt.split(); cur = ""
    c.setFont(font, size)
    for w_ in words:
        t = (cur + " " + w_).strip()
        if stringWidth(t, font, size) > width:
            c.drawString(x, y, cur); y -= lead; cur = w_
        else:
            cur = t
    c.drawString(x, y, cur); y -= lead
    return y

# ---- page 1: blocks drawn bottom-up
c.setFillColorRGB(0, 0, 0)
agenda = [
 "Approvazione dei verbali delle sedute del 12 e del 26 maggio 2026;",
 "Comunicazioni del Presidente;",
 "Approvazione della proposta di aggiornamento della tariffa del Servizio Idrico Integrato per il biennio 2026-2027 ai sensi della deliberazione ARERA 639/2023;",
 "Programma degli interventi 2026-2029: rimodulazione degli interventi finanziati con risorse PNRR – Missione 2, Componente 4;",
]
y = 450
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y, "ORDINE DEL GIORNO"); y -= 18
for i, a in enumerate(agenda, 1):
    c.setFont("Helvetica", 10.5); c.drawString(L, y, f"{i}."); y = lines(L + 18, y, a) - 3
c.doForm("foot")
y = H - 250
y = lines(L, y, "Si comunica che il Consiglio Direttivo dell'Autorità è convocato in seduta ordinaria presso la sede dell'Ente in Bari, Via Nicola Tridente 19, per il giorno lunedì 22 giugno 2026 alle ore 15:30 in prima convocazione e, occorrendo, per il giorno martedì 23 giugno 2026 alla stessa ora in seconda convocazione, per la trattazione del seguente ordine del giorno.")
y -= 6
y = lines(L, y, "È consentita la partecipazione in videoconferenza secondo il Regolamento di funzionamento degli organi approvato con deliberazione dell'Assemblea n. 7/2022; il collegamento sarà comunicato agli indirizzi PEC dei componenti.")
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, H - 222, "OGGETTO:")
c.setFont("Helvetica-Bold", 10.5); c.drawString(L + 58, H - 222, "Convocazione del Consiglio Direttivo – seduta del 22 giugno 2026.")
c.setFont("Helvetica", 10)
for i, t in enumerate(["Ai componenti del Consiglio Direttivo", "Al Revisore unico dei conti", "e p.c. Al Direttore Generale"]):
    c.drawString(R - 190, H - 150 - 13 * i, t)
c.drawString(L, H - 128, "Bari, 12 giugno 2026"); c.drawString(L, H - 141, "Prot. n. 3418")
c.doForm("letterhead")
c.setFont("Helvetica", 8); c.drawRightString(R, 62, "1/2"); c.showPage()

# ---- page 2
c.setFillColorRGB(0, 0, 0)
y = 330
c.setFont("Helvetica", 10.5); c.drawString(R - 200, y, "IL PRESIDENTE")
c.setFont("Helvetica-Oblique", 10.5); c.drawString(R - 200, y - 15, "avv. Vito Antonio Carbonara")
c.setFont("Helvetica", 8); c.drawString(R - 200, y - 29, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
c.doForm("foot")
y = H - 130
agenda2 = [
 "Approvazione dello schema di convenzione con la Regione Puglia per il trasferimento delle funzioni di controllo sulle reti di distribuzione dei Comuni non serviti dal gestore unico;",
 "Presa d'atto della relazione del Revisore unico sul rendiconto 2025;",
 "Varie ed eventuali.",
]
for i, a in enumerate(agenda2, 5):
    c.setFont("Helvetica", 10.5); c.drawString(L, y, f"{i}."); y = lines(L + 18, y, a) - 3
y -= 10
y = lines(L, y, "La documentazione relativa ai punti all'ordine del giorno è depositata presso la Segreteria dell'Ente ed è consultabile nell'area riservata del sito istituzionale a partire dal 17 giugno 2026.")
y -= 6
y = lines(L, y, "In caso di impedimento si prega di darne tempestiva comunicazione alla Segreteria.")
c.doForm("letterhead")
c.setFont("Helvetica", 8); c.drawRightString(R, 62, "2/2"); c.showPage()
c.save()
