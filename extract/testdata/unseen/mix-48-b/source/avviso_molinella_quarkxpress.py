# Numbered public notice (manifesto) of the Comune di Molinella, laid out like a QuarkXPress
# poster: coloured bands, display title, two text columns, boxed deadline. Drawn with ReportLab.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white, black
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = '/usr/share/fonts/truetype/'
pdfmetrics.registerFont(TTFont('Cal', D + 'crosextra/Carlito-Regular.ttf'))
pdfmetrics.registerFont(TTFont('CalB', D + 'crosextra/Carlito-Bold.ttf'))
pdfmetrics.registerFont(TTFont('CalI', D + 'crosextra/Carlito-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Cal', normal='Cal', bold='CalB', italic='CalI', boldItalic='CalB')

GREEN = HexColor('#2e7d32'); LIGHT = HexColor('#e8f3e8')
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Avviso pubblico n. 4/2026 - Orti urbani')
c.setCreator('QuarkXPress 2024 (PDF export)')

# top band
c.setFillColor(GREEN); c.rect(0, H - 92, W, 92, stroke=0, fill=1)
c.setFillColor(white)
c.setStrokeColor(white); c.rect(36, H - 80, 52, 64, stroke=1, fill=0)
c.setFont('CalI', 7); c.drawCentredString(62, H - 50, 'stemma')
c.setFont('CalB', 24); c.drawString(102, H - 44, 'COMUNE DI MOLINELLA')
c.setFont('Cal', 11); c.drawString(102, H - 60, 'Città Metropolitana di Bologna')
c.setFont('Cal', 10); c.drawString(102, H - 75, 'Settore Territorio – Servizio Ambiente')

c.setFillColor(black)
c.setFont('CalB', 13); c.drawString(36, H - 118, 'AVVISO PUBBLICO N. 4/2026')
c.setFont('Cal', 11); c.drawRightString(W - 36, H - 118, 'Molinella, 16 marzo 2026')
c.setStrokeColor(GREEN); c.setLineWidth(2); c.line(36, H - 126, W - 36, H - 126)

c.setFillColor(GREEN)
c.setFont('CalB', 25)
c.drawString(36, H - 160, "ASSEGNAZIONE DI ORTI URBANI COMUNALI")
c.drawString(36, H - 188, "IN COMODATO D'USO – BIENNIO 2026-2027")
c.setFillColor(black)

st = ParagraphStyle('b', fontName='Cal', fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
hd = ParagraphStyle('h', fontName='CalB', fontSize=12, leading=15, textColor=GREEN, spaceBefore=4, spaceAfter=4)
li = ParagraphStyle('l', parent=st, leftIndent=10, bulletIndent=0, spaceAfter=3)

col1 = [
    Paragraph("Il Comune di Molinella, in attuazione del Regolamento comunale per la gestione degli orti urbani approvato con deliberazione del Consiglio Comunale n. 18 del 29/04/2021 e della deliberazione della Giunta Comunale n. 33 del 05/03/2026, rende noto che sono disponibili <b>n. 22 lotti</b> di orto urbano di circa 50 mq ciascuno, situati nell'area verde di Via Provinciale Superiore e nell'area di Via Mazzini.", st),
    Paragraph("CHI PUÒ PARTECIPARE", hd),
    Paragraph("• cittadini residenti nel Comune di Molinella, maggiorenni;", li),
    Paragraph("• non titolari, né loro familiari conviventi, di altro orto comunale o di terreni agricoli nel territorio comunale;", li),
    Paragraph("• associazioni di promozione sociale e istituti scolastici del territorio (max 3 lotti riservati).", li),
    Paragraph("CRITERI DI PRIORITÀ", hd),
    Paragraph("La graduatoria è formata secondo i punteggi dell'art. 6 del Regolamento, con precedenza ai pensionati, ai nuclei familiari con ISEE inferiore a € 15.000,00 e ai richiedenti che non hanno avuto in assegnazione un orto nel biennio precedente.", st),
]
col2 = [
    Paragraph("COME PRESENTARE LA DOMANDA", hd),
    Paragraph("La domanda, redatta sul modulo disponibile presso l'Ufficio Relazioni con il Pubblico e sul sito istituzionale, può essere presentata:", st),
    Paragraph("• a mano all'Ufficio Protocollo, Piazza A. Anselmi n. 1, negli orari di apertura;", li),
    Paragraph("• a mezzo PEC all'indirizzo dell'Ente indicato sul sito istituzionale.", li),
    Paragraph("CANONE E DURATA", hd),
    Paragraph("Il comodato ha durata dal 1° maggio 2026 al 31 dicembre 2027. È dovuto un rimborso forfettario annuo di € 40,00 per le spese di fornitura idrica e di manutenzione delle parti comuni.", st),
    Paragraph("INFORMAZIONI", hd),
    Paragraph("Servizio Ambiente – tel. 051 6906 811 – dal lunedì al venerdì, ore 9:00–12:30. Responsabile del procedimento: Geom. Stefano Malaguti.", st),
]
f1 = Frame(36, 190, (W - 72) / 2 - 8, H - 210 - 190, showBoundary=0, leftPadding=0, rightPadding=0)
f2 = Frame(W / 2 + 8, 190, (W - 72) / 2 - 8, H - 210 - 190, showBoundary=0, leftPadding=0, rightPadding=0)
f1.addFromList(col1, c); f2.addFromList(col2, c)
c.setStrokeColor(HexColor('#9ccc9c')); c.setLineWidth(0.6); c.line(W / 2, 200, W / 2, H - 215)

# deadline box
c.setFillColor(LIGHT); c.setStrokeColor(GREEN); c.setLineWidth(1.5)
c.roundRect(36, 112, W - 72, 66, 8, stroke=1, fill=1)
c.setFillColor(GREEN); c.setFont('CalB', 13)
c.drawCentredString(W / 2, 156, 'SCADENZA PER LA PRESENTAZIONE DELLE DOMANDE')
c.setFont('CalB', 22); c.drawCentredString(W / 2, 126, 'VENERDÌ 10 APRILE 2026 – ORE 12:00')

c.setFillColor(black)
c.setFont('Cal', 10); c.drawRightString(W - 36, 90, 'IL RESPONSABILE DEL SETTORE TERRITORIO')
c.setFont('CalB', 10.5); c.drawRightString(W - 36, 76, 'Arch. Francesca Tassinari')
c.setFont('CalI', 8); c.drawRightString(W - 36, 64, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005')

c.setFillColor(GREEN); c.rect(0, 0, W, 34, stroke=0, fill=1)
c.setFillColor(white); c.setFont('Cal', 8.5)
c.drawCentredString(W / 2, 14, 'Comune di Molinella – Piazza A. Anselmi, 1 – 40062 Molinella (BO) – www.comune.molinella.bo.it')
c.showPage(); c.save()
