"""Consorzio di Bonifica della Media Pianura Bergamasca - Decreto
presidenziale n. 1 del 07/01/2029 adopted urgently, to be ratified by the
Consiglio di Amministrazione. ReportLab canvas, serif body justified by Tw,
letterhead drawn as vectors."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from rlutil import register_liberation, para

out = sys.argv[1]
register_liberation()
W, H = A4
L, R = 64, W - 60
TW = R - L
BLUE = (0.08, 0.24, 0.47)

c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Decreto presidenziale n. 1/2029")
c.setAuthor("Consorzio di Bonifica della Media Pianura Bergamasca")
c.setCreator("J-Iride - Decreti")

# letterhead: waves emblem on the left, name and a thin blue rule
c.setStrokeColorRGB(*BLUE)
c.setLineWidth(1.3)
c.circle(L + 18, H - 66, 18)
for dy in (-6, 0, 6):
    p = c.beginPath()
    y0 = H - 66 + dy
    p.moveTo(L + 6, y0)
    p.curveTo(L + 10, y0 + 3, L + 14, y0 - 3, L + 18, y0)
    p.curveTo(L + 22, y0 + 3, L + 26, y0 - 3, L + 30, y0)
    c.drawPath(p, stroke=1, fill=0)
c.setFillColorRGB(*BLUE)
c.setFont("LSerif-B", 14)
c.drawString(L + 46, H - 62, "CONSORZIO DI BONIFICA DELLA")
c.drawString(L + 46, H - 78, "MEDIA PIANURA BERGAMASCA")
c.setFillGray(0)
c.setFont("LSerif-I", 8.5)
c.drawRightString(R, H - 62, "Ente di diritto pubblico")
c.drawRightString(R, H - 73, "Bergamo")
c.setLineWidth(0.8)
c.line(L, H - 94, R, H - 94)
c.setStrokeGray(0)

y = H - 134
c.setFont("LSerif-B", 14)
c.drawCentredString(W / 2, y, "DECRETO PRESIDENZIALE")
y -= 18
c.setFont("LSerif-B", 12)
c.drawCentredString(W / 2, y, "N. 1 DEL 07/01/2029")
y -= 14
c.setFont("LSerif-I", 9.5)
c.drawCentredString(W / 2, y, "adottato in via d'urgenza, da sottoporre a ratifica del Consiglio di Amministrazione")
y -= 30

SUBJECT = ("RESISTENZA NEL GIUDIZIO PROMOSSO AVANTI IL TRIBUNALE REGIONALE DELLE ACQUE PUBBLICHE DI MILANO "
           "AVVERSO L'AVVISO DI PAGAMENTO DEL CONTRIBUTO DI BONIFICA 2028 - CONFERIMENTO DELL'INCARICO DI "
           "PATROCINIO LEGALE")
c.setFont("LSerif-B", 11)
c.drawString(L, y, "OGGETTO:")
y = para(c, L + 64, y, SUBJECT, "LSerif-B", 11, TW - 64, 14)
y -= 14
c.setFont("LSerif-B", 11.5)
c.drawCentredString(W / 2, y, "IL PRESIDENTE")
y -= 22

PREM = [
    "Premesso che in data 27/12/2028 è stato notificato al Consorzio il ricorso con il quale la società Agrizoo "
    "Serio S.r.l. ha impugnato avanti il Tribunale Regionale delle Acque Pubbliche presso la Corte d'Appello di "
    "Milano l'avviso di pagamento del contributo di bonifica per l'anno 2028, relativo agli immobili siti nel "
    "comprensorio, chiedendone l'annullamento;",
    "Ritenuto necessario che il Consorzio si costituisca in giudizio per resistere al ricorso, a tutela della "
    "legittimità del piano di classifica e dei contributi imposti ai consorziati;",
    "Considerato che il termine per la costituzione in giudizio scade prima della prossima seduta del Consiglio di "
    "Amministrazione, convocata per il 13/01/2029 con ordine del giorno già notificato, e che ricorrono pertanto i "
    "presupposti di urgenza previsti dallo Statuto consortile per l'adozione del presente provvedimento da parte "
    "del Presidente;",
    "Visto il preventivo dell'Avv. Chiara Rossoni del Foro di Bergamo, esperta in contenzioso tributario e "
    "consortile, per l'importo di € 3.850,00 oltre spese generali, CPA e IVA, calcolato sui valori medi del D.M. "
    "10 marzo 2014, n. 55;",
    "Sentito il Direttore Generale;",
]
for s in PREM:
    y = para(c, L, y, s, "LSerif", 11, TW, 14.2)
    y -= 5

y -= 4
c.setFont("LSerif-B", 11.5)
c.drawCentredString(W / 2, y, "D E C R E T A")
y -= 20
PTS = [
    "di resistere nel giudizio promosso dalla società Agrizoo Serio S.r.l. avanti il Tribunale Regionale delle "
    "Acque Pubbliche di Milano, per le motivazioni espresse in premessa;",
    "di conferire l'incarico di rappresentanza e difesa del Consorzio all'Avv. Chiara Rossoni del Foro di Bergamo, "
    "con ogni più ampia facoltà di legge, per il compenso di € 3.850,00 oltre accessori di legge;",
    "di dare mandato al Direttore Generale per l'assunzione del relativo impegno di spesa e per la sottoscrizione "
    "del disciplinare d'incarico;",
    "di sottoporre il presente decreto a ratifica del Consiglio di Amministrazione nella prima seduta utile.",
]
for i, s in enumerate(PTS, 1):
    c.setFont("LSerif", 11)
    c.drawString(L + 4, y, "%d." % i)
    y = para(c, L + 22, y, s, "LSerif", 11, TW - 22, 14.2)
    y -= 5

y -= 16
c.setFont("LSerif", 11)
c.drawString(L, y, "Bergamo, 07/01/2029")
c.drawCentredString(R - 95, y, "IL PRESIDENTE")
c.drawCentredString(R - 95, y - 15, "Giuseppe Maffeis")
c.setFont("LSerif-I", 8.5)
c.drawCentredString(R - 95, y - 27, "(firmato digitalmente)")
y -= 54
c.setFont("LSerif", 10)
c.drawString(L, y, "Visto: IL DIRETTORE GENERALE - Ing. Paolo Rota")

c.setFont("LSans", 7.5)
c.setStrokeGray(0.5)
c.line(L, 44, R, 44)
c.drawString(L, 34, "Consorzio di Bonifica della Media Pianura Bergamasca - Decreto presidenziale n. 1/2029")
c.drawRightString(R, 34, "Pubblicato all'Albo consortile dal 08/01/2029")
c.showPage()
c.save()
