"""Castelfranco Piandiscò, J-Iride-like determinazione of the Servizio Polizia
Locale, whose office is named only in the signer's capacity heading ("IL
RESPONSABILE DEL SERVIZIO POLIZIA LOCALE"). ReportLab canvas with Liberation
Sans/Serif TrueType (subset embedded), justified with Tw; the two numbers sit
in a grey band at the top left."""
import sys
from reportlab.pdfgen import canvas
from rlkit import Flow, PAGE_W, PAGE_H, register_liberation

register_liberation()
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
c.setTitle("Determinazione n. 21 del 15/01/2029")
c.setAuthor("Comune di Castelfranco Piandiscò")
c.setCreator("J-Iride - Atti amministrativi")
L, R = 64, PAGE_W - 58
W = R - L
RED = (0.48, 0.12, 0.12)
page = [1]


def head(c):
    c.setFillColorRGB(*RED)
    c.setFont("LibSans-Bold", 15)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 50, "COMUNE DI CASTELFRANCO PIANDISCÒ")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LibSans-Italic", 9)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 63, "Provincia di Arezzo")
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(0.8)
    c.line(L, PAGE_H - 72, R, PAGE_H - 72)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont("LibSans", 7)
    c.drawRightString(R, 30, "Pagina %d" % page[0])


def new_page(c):
    page[0] += 1
    head(c)


head(c)
f = Flow(c, L, W, PAGE_H - 100, 56, new_page)

# grey band with the numbers
c.setFillColorRGB(0.91, 0.91, 0.91)
c.rect(L, f.y - 22, 250, 34, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
c.setFont("LibSans", 8.5)
c.drawString(L + 6, f.y, "Determinazione n.")
c.setFont("LibSans-Bold", 10)
c.drawString(L + 84, f.y, "21")
c.setFont("LibSans", 8.5)
c.drawString(L + 110, f.y, "del")
c.setFont("LibSans-Bold", 10)
c.drawString(L + 128, f.y, "15/01/2029")
c.setFont("LibSans", 7.5)
c.drawString(L + 6, f.y - 14, "Registro generale delle determinazioni  -  n. di servizio 1/PL")
f.skip(52)

f.centre("IL RESPONSABILE DEL SERVIZIO POLIZIA LOCALE", "LibSans-Bold", 11.5, after=12)

c.setFont("LibSans-Bold", 10)
c.drawString(L, f.y, "Oggetto:")
f.para("RINNOVO DEL CANONE DI ASSISTENZA E MANUTENZIONE DEL SOFTWARE DI GESTIONE DELLE SANZIONI AL CODICE "
       "DELLA STRADA PER L'ANNO 2029 - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B71C9A05E2",
       "LibSans-Bold", 10, indent=52, after=14)

S = "LibSerif"
for t in (
    "Visto il decreto del Sindaco n. 22 del 28/12/2028, con il quale il sottoscritto è stato incaricato della "
    "responsabilità del Servizio Polizia Locale per l'anno 2029;",
    "Premesso che il Servizio utilizza per la gestione dei verbali di accertamento delle violazioni al Codice "
    "della Strada, delle notifiche e dei pagamenti un applicativo in cloud fornito dalla ditta Verbatel S.r.l., "
    "con sede in Firenze, il cui contratto di assistenza e manutenzione è scaduto il 31/12/2028;",
    "Considerato che la sostituzione dell'applicativo comporterebbe la migrazione della banca dati e costi "
    "sproporzionati rispetto al valore del servizio, e ritenuto pertanto di rinnovare il canone per l'anno "
    "2029 alle medesime condizioni economiche dell'anno precedente, pari a € 3.150,00 oltre IVA;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
    "Dato atto che la spesa rientra nei limiti di cui all'art. 163 del D.Lgs. n. 267/2000, trattandosi di "
    "spesa necessaria a evitare danni patrimoniali certi e gravi all'ente per l'interruzione del servizio;",
    "Verificata la regolarità contributiva della ditta e acquisito il CIG B71C9A05E2;",
):
    f.para(t, S, 11, after=4)

f.skip(6)
f.centre("DETERMINA", "LibSans-Bold", 11, after=8, tc=1.5)
for t in (
    "di affidare alla ditta Verbatel S.r.l. il servizio di assistenza e manutenzione dell'applicativo di "
    "gestione delle sanzioni al Codice della Strada per il periodo 01/01/2029 - 31/12/2029, per l'importo di "
    "€ 3.150,00 oltre IVA al 22%, per complessivi € 3.843,00;",
    "di impegnare la spesa di € 3.843,00 alla Missione 3, Programma 01, capitolo 3112 del bilancio 2029, in "
    "esercizio provvisorio;",
    "di dare atto che il contratto è stipulato mediante corrispondenza commerciale ai sensi dell'art. 18, "
    "comma 1, del D.Lgs. n. 36/2023;",
    "di trasmettere il presente atto al Settore II - Servizi Finanziari per l'apposizione del visto di "
    "regolarità contabile.",
):
    f.para(t, S, 11, indent=16, label=("–", 14), after=4)

f.skip(18)
f.need(70)
x = L + W * 0.68
c.setFont("LibSans-Bold", 9.5)
c.drawCentredString(x, f.y, "IL RESPONSABILE DEL SERVIZIO")
f.skip(12)
c.drawCentredString(x, f.y, "POLIZIA LOCALE")
f.skip(14)
c.setFont("LibSerif", 11)
c.drawCentredString(x, f.y, "Comm. Stefano Ermini")
f.skip(12)
c.setFont("LibSans-Italic", 7.5)
c.drawCentredString(x, f.y, "Firmato digitalmente ai sensi del D.Lgs. n. 82/2005")
f.skip(30)
f.need(60)
c.setLineWidth(0.5)
c.line(L, f.y + 10, R, f.y + 10)
f.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA: favorevole. Impegno n. 52/2029 di "
       "€ 3.843,00. Data 15/01/2029 - Il Responsabile del Settore II - Servizi Finanziari, Dott.ssa Cristina "
       "Vannucchi.", "LibSans", 8.5, after=2)
c.showPage()
c.save()
