# Santa Croce sull'Arno council convocation -- ReportLab canvas, imitating an "Axios" segreteria letter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib import colors

C = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Carlito", C + "Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-B", C + "Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-I", C + "Carlito-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Carlito", 0, 0, "Carlito"); addMapping("Carlito", 1, 0, "Carlito-B"); addMapping("Carlito", 0, 1, "Carlito-I"); addMapping("Carlito", 1, 1, "Carlito-B")

W, H = A4
c = canvas.Canvas("convocazione-santacroce.pdf", pagesize=A4)
c.setTitle("Convocazione Consiglio Comunale 26/03/2026"); c.setAuthor("Comune di Santa Croce sull'Arno"); c.setCreator("Axios Segreteria – Lettere")
body = ParagraphStyle("b", fontName="Carlito", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
item = ParagraphStyle("i", parent=body, leftIndent=18, firstLineIndent=-18, spaceAfter=4)

def letterhead(page):
    # crest placeholder: shield outline with caption
    c.setStrokeColor(colors.HexColor("#8a1c1c")); c.setLineWidth(1.2)
    p = c.beginPath(); x, y = 20*mm, 268*mm
    p.moveTo(x, y + 18*mm); p.lineTo(x + 14*mm, y + 18*mm); p.lineTo(x + 14*mm, y + 7*mm); p.curveTo(x + 14*mm, y + 2*mm, x + 9*mm, y, x + 7*mm, y - 1*mm); p.curveTo(x + 5*mm, y, x, y + 2*mm, x, y + 7*mm); p.close()
    c.drawPath(p)
    c.setFont("Carlito-B", 16); c.drawString(38*mm, 280*mm, "COMUNE DI SANTA CROCE SULL’ARNO")
    c.setFont("Carlito", 9.5); c.drawString(38*mm, 275*mm, "Provincia di Pisa")
    c.setFont("Carlito-I", 9.5); c.drawString(38*mm, 270.5*mm, "Presidenza del Consiglio Comunale – Ufficio Segreteria Generale")
    c.setLineWidth(0.5); c.line(20*mm, 265*mm, 190*mm, 265*mm)
    c.setFont("Carlito", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(W/2, 12*mm, "Piazza del Popolo, 8 – 56029 Santa Croce sull’Arno (PI) – tel. 0571 3891 – PEC: comune.santacroce@postacert.toscana.it")
    c.drawRightString(190*mm, 7.5*mm, f"pag. {page}/2")
    c.setFillColor(colors.black)

letterhead(1)
c.setFont("Carlito", 10.5)
c.drawString(20*mm, 255*mm, "Prot. n. 6284")
c.drawString(20*mm, 250*mm, "Santa Croce sull’Arno, 16/03/2026")
c.setFont("Carlito", 10.5)
for k, t in enumerate(["Ai Consiglieri Comunali", "Al Sindaco", "e, p.c.  Al Segretario Generale", "Ai Responsabili dei Settori", "Al Collegio dei Revisori dei Conti", "Al Prefetto di Pisa"]):
    c.drawString(120*mm, 255*mm - k*5*mm, t)
c.drawString(120*mm, 225*mm, "LORO SEDI")
c.setFont("Carlito-B", 11)
c.drawString(20*mm, 212*mm, "OGGETTO:")
f = Frame(38*mm, 200*mm, 152*mm, 17*mm, showBoundary=0, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
f.addFromList([Paragraph("<b>Convocazione del Consiglio Comunale in sessione ordinaria – giovedì 26 marzo 2026, ore 21:00.</b>", body)], c)

txt = [
 Paragraph("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 18 e 20 del vigente Regolamento per il funzionamento del Consiglio Comunale, d’intesa con il Sindaco, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà in sessione ordinaria, in prima convocazione, presso la <b>Sala consiliare del Palazzo Comunale</b> il giorno", body),
 Paragraph("<b>giovedì 26 marzo 2026 alle ore 21:00</b>", ParagraphStyle("c", parent=body, alignment=1, fontSize=12, spaceBefore=2, spaceAfter=7)),
 Paragraph("e, occorrendo, in seconda convocazione il giorno <b>venerdì 27 marzo 2026</b> alla stessa ora, per la trattazione del seguente", body),
 Paragraph("<b>ORDINE DEL GIORNO</b>", ParagraphStyle("c2", parent=body, alignment=1, spaceBefore=4, spaceAfter=6)),
 Paragraph("1.&nbsp;&nbsp;&nbsp;Comunicazioni del Sindaco e del Presidente del Consiglio.", item),
 Paragraph("2.&nbsp;&nbsp;&nbsp;Approvazione dei verbali della seduta del 19 febbraio 2026.", item),
 Paragraph("3.&nbsp;&nbsp;&nbsp;Ratifica della deliberazione della Giunta Comunale n. 41 del 05/03/2026 avente ad oggetto: “Variazione d’urgenza al bilancio di previsione 2026-2028 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000”.", item),
 Paragraph("4.&nbsp;&nbsp;&nbsp;Approvazione del Piano finanziario del servizio integrato di gestione dei rifiuti e delle tariffe TARI per l’anno 2026.", item),
 Paragraph("5.&nbsp;&nbsp;&nbsp;Regolamento comunale per l’utilizzo degli impianti sportivi di proprietà comunale – modifiche agli articoli 7 e 12.", item),
 Paragraph("6.&nbsp;&nbsp;&nbsp;Mozione presentata dal gruppo consiliare “Santa Croce Futura” in merito alla sicurezza della viabilità nella zona industriale di Via di Pelo (prot. n. 5011 del 02/03/2026).", item),
 Paragraph("7.&nbsp;&nbsp;&nbsp;Interrogazione del Consigliere Lorenzo Fiaschi sui tempi di realizzazione della pista ciclabile lungo l’argine dell’Arno (prot. n. 5398 del 05/03/2026).", item),
]
f2 = Frame(20*mm, 25*mm, 170*mm, 173*mm, showBoundary=0, leftPadding=0, rightPadding=0)
rest = f2.addFromList(txt, c)
c.showPage()
letterhead(2)
txt2 = [
 Paragraph("La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio Segreteria Generale ed è consultabile dai Consiglieri, nell’orario di apertura degli uffici, a partire dal terzo giorno antecedente la seduta, nonché nell’area riservata del portale istituzionale.", body),
 Paragraph("La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale del Comune. I Consiglieri impossibilitati a intervenire sono pregati di darne tempestiva comunicazione alla Segreteria (tel. 0571 389224).", body),
 Paragraph("Distinti saluti.", body),
]
f3 = Frame(20*mm, 150*mm, 170*mm, 110*mm, showBoundary=0, leftPadding=0, rightPadding=0)
f3.addFromList(txt2, c)
c.setFont("Carlito-B", 11); c.drawCentredString(145*mm, 195*mm, "IL PRESIDENTE DEL CONSIGLIO COMUNALE")
c.setFont("Carlito", 11); c.drawCentredString(145*mm, 189*mm, "Dott.ssa Martina Bertelli")
c.setFont("Carlito-I", 8.5); c.drawCentredString(145*mm, 183*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
c.setFont("Carlito-I", 8.5)
c.drawString(20*mm, 40*mm, "Avviso pubblicato all’Albo Pretorio on line dal 16/03/2026 al 27/03/2026 ai sensi dell’art. 20, comma 4, del Regolamento del Consiglio Comunale.")
c.showPage(); c.save()
