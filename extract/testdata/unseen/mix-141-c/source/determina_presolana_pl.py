"""Unione dei Comuni Lombarda della Presolana - determinazione of the
Servizio associato di Polizia Locale (Sicraweb-like print: crest and name
on the left, a grid with the sector and general-register numbers, the
running foot with both numbers). ReportLab canvas, justified by Tw."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from rlutil import register_liberation, para, crest_mountain

out = sys.argv[1]
register_liberation()
W, H = A4
L, R = 56, W - 52
TW = R - L

c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione Reg. Gen. n. 6 del 11/01/2029")
c.setAuthor("Unione dei Comuni Lombarda della Presolana")
c.setCreator("Sicraweb - Atti amministrativi")

SUBJECT = ("AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE, VERIFICA E TARATURA ANNUALE DELL'APPARECCHIATURA "
           "DI RILEVAMENTO DELLA VELOCITA' IN DOTAZIONE AL SERVIZIO ASSOCIATO - ANNO 2029 - "
           "IMPEGNO DI SPESA - CIG B51E7A90C3")

page = [1]


def foot():
    c.setFont("LSans", 7)
    c.setStrokeGray(0.3)
    c.line(L, 40, R, 40)
    c.drawString(L, 30, "Determinazione Servizio associato di Polizia Locale n. 2 del 10/01/2029 - Reg. Gen. n. 6 del 11/01/2029")
    c.drawRightString(R, 30, "Pagina %d di 2" % page[0])
    c.setStrokeGray(0)


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    return H - 60


# letterhead
crest_mountain(c, L, H - 100, 1.0)
c.setFont("LSans-B", 13)
c.drawString(L + 52, H - 66, "UNIONE DEI COMUNI LOMBARDA DELLA PRESOLANA")
c.setFont("LSans", 9.5)
c.drawString(L + 52, H - 80, "Provincia di Bergamo")
c.setFont("LSans", 7.5)
c.drawString(L + 52, H - 92, "Comuni di Cerete - Fino del Monte - Onore - Songavazzo")
c.setLineWidth(1.2)
c.line(L, H - 108, R, H - 108)

# area / service
y = H - 130
c.setFont("LSans-B", 11)
c.drawCentredString(W / 2, y, "AREA VIGILANZA")
c.setFont("LSans", 10)
c.drawCentredString(W / 2, y - 14, "Servizio associato di Polizia Locale")

# grid with numbers
y -= 34
c.setLineWidth(0.7)
rows = [("DETERMINAZIONE N.", "2", "DEL", "10/01/2029"), ("REGISTRO GENERALE N.", "6", "DEL", "11/01/2029")]
cols = [L, L + 150, L + 230, L + 290, R]
for i, row in enumerate(rows):
    top = y - i * 18
    c.setFillGray(0.9)
    c.rect(cols[0], top - 18, cols[1] - cols[0], 18, stroke=0, fill=1)
    c.rect(cols[2], top - 18, cols[3] - cols[2], 18, stroke=0, fill=1)
    c.setFillGray(0)
    for j in range(4):
        c.rect(cols[j], top - 18, cols[j + 1] - cols[j], 18, stroke=1, fill=0)
        c.setFont("LSans-B" if j in (0, 2) else "LSans", 9.5)
        c.drawString(cols[j] + 5, top - 12.5, row[j])
y -= 36 + 22

# subject
c.setFont("LSans-B", 10)
c.drawString(L, y, "OGGETTO:")
y = para(c, L + 62, y, SUBJECT, "LSans-B", 10, TW - 62, 13)
y -= 10
c.setLineWidth(0.5)
c.line(L, y + 4, R, y + 4)
y -= 12

c.setFont("LSans-B", 10.5)
c.drawCentredString(W / 2, y, "IL RESPONSABILE DEL SERVIZIO ASSOCIATO DI POLIZIA LOCALE")
y -= 20

PREMESSE = [
    "Visto il decreto del Presidente dell'Unione n. 1 del 08/01/2029, con il quale al sottoscritto sono state "
    "attribuite le funzioni di Responsabile del Servizio associato di Polizia Locale per l'anno 2029;",
    "Vista la deliberazione del Consiglio dell'Unione n. 28 del 19/12/2028, esecutiva, con la quale è stato "
    "approvato il bilancio di previsione finanziario 2029-2031;",
    "Premesso che il Servizio associato ha in dotazione un'apparecchiatura per il rilevamento della velocità "
    "omologata, la cui funzionalità è soggetta a verifica periodica e taratura annuale ai sensi dell'art. 45 del "
    "D.Lgs. 30 aprile 1992, n. 285 e del D.M. 13 giugno 2017, n. 282, e che la precedente taratura scade il "
    "31/01/2029;",
    "Dato atto che, trattandosi di servizio di importo inferiore a 140.000 euro, è consentito l'affidamento "
    "diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, anche senza consultazione "
    "di più operatori economici;",
    "Acquisito, tramite la piattaforma di e-procurement regionale, il preventivo della ditta Tecnovel S.r.l. con "
    "sede in Brescia, che offre il servizio di manutenzione, verifica e taratura per l'importo di € 1.180,00 "
    "oltre IVA al 22%, ritenuto congruo in rapporto ai prezzi di mercato;",
    "Verificata la regolarità contributiva della ditta mediante DURC in corso di validità e accertato il possesso "
    "dei requisiti di cui agli articoli 94 e seguenti del D.Lgs. 36/2023;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento di contabilità dell'Unione;",
]
for p in PREMESSE:
    y = para(c, L, y, p, "LSans", 10, TW, 13.2)
    y -= 4

y -= 4
c.setFont("LSans-B", 11)
c.drawCentredString(W / 2, y, "D E T E R M I N A")
y -= 20

POINTS = [
    "di affidare alla ditta Tecnovel S.r.l., con sede in Brescia, il servizio di manutenzione, verifica e taratura "
    "annuale dell'apparecchiatura di rilevamento della velocità in dotazione al Servizio associato, per l'anno 2029, "
    "per l'importo di € 1.180,00 oltre IVA al 22%, per complessivi € 1.439,60;",
    "di impegnare la spesa complessiva di € 1.439,60 alla Missione 03, Programma 01, capitolo 1310/4 "
    "\"Manutenzione attrezzature Polizia Locale\" del bilancio di previsione 2029-2031, esercizio 2029;",
    "di dare atto che il CIG attribuito alla procedura è B51E7A90C3 e che la ditta assume gli obblighi di "
    "tracciabilità dei flussi finanziari di cui alla legge 13 agosto 2010, n. 136;",
    "di dare atto che la liquidazione avverrà a prestazione eseguita, previa presentazione di fattura elettronica "
    "e verifica della regolarità contributiva;",
    "di trasmettere il presente provvedimento al Servizio Finanziario per il visto di regolarità contabile "
    "attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000.",
]
for i, p in enumerate(POINTS, 1):
    if y < 120:
        y = newpage()
    c.setFont("LSans", 10)
    c.drawString(L + 6, y, "%d." % i)
    y = para(c, L + 22, y, p, "LSans", 10, TW - 22, 13.2)
    y -= 4

y -= 16
if y < 170:
    y = newpage()
c.setFont("LSans", 10)
c.drawString(L, y, "Cerete, 10/01/2029")
c.drawCentredString(R - 110, y, "IL RESPONSABILE DEL SERVIZIO")
c.drawCentredString(R - 110, y - 14, "Comm. Davide Bettoni")
c.setFont("LSans-I", 8)
c.drawCentredString(R - 110, y - 26, "(documento firmato digitalmente)")
y -= 60

c.setLineWidth(0.6)
c.rect(L, y - 70, TW, 80)
c.setFont("LSans-B", 9.5)
c.drawString(L + 8, y - 4, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
y2 = para(c, L + 8, y - 20, "Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità "
          "contabile attestante la copertura finanziaria della spesa. Impegno n. 41/2029 di € 1.439,60 sul capitolo "
          "1310/4.", "LSans", 9, TW - 16, 12)
c.setFont("LSans", 9)
c.drawString(L + 8, y2 - 6, "Cerete, 11/01/2029")
c.drawRightString(R - 8, y2 - 6, "Il Responsabile del Servizio Finanziario - Rag. Monica Scandella")
foot()
c.showPage()
c.save()
