# Unnumbered notice, Comune di Silea: ReportLab on 16:9 slide-sized pages, imitating a Keynote export
import sys
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LS-B', L + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LS-I', L + 'LiberationSans-Italic.ttf'))
out = sys.argv[1]
W, H = 1024, 576
c = canvas.Canvas(out, pagesize=(W, H))
c.setTitle('Avviso chiusura Servizi Demografici'); c.setAuthor('Comune di Silea'); c.setCreator('Keynote')
BLUE = colors.HexColor('#1d4e89'); GOLD = colors.HexColor('#e2a72e')

def frame(n):
    c.setFillColor(colors.white); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BLUE); c.rect(0, H-70, W, 70, stroke=0, fill=1)
    c.setFillColor(GOLD); c.rect(0, H-76, W, 6, stroke=0, fill=1)
    c.setFillColor(colors.white); c.circle(60, H-35, 24, stroke=1, fill=0)
    c.setFont('LS', 7); c.drawCentredString(60, H-38, 'stemma')
    c.setFont('LS-B', 26); c.drawString(100, H-40, 'COMUNE DI SILEA')
    c.setFont('LS', 12); c.drawString(100, H-58, 'Provincia di Treviso')
    c.setFont('LS-B', 14); c.drawRightString(W-40, H-42, 'AVVISO ALLA CITTADINANZA')
    c.setFillColor(colors.HexColor('#666666')); c.setFont('LS', 9)
    c.drawString(40, 18, 'Comune di Silea - Via Don Minzoni, 12 - 31057 Silea (TV) - www.comune.silea.tv.it')
    c.drawRightString(W-40, 18, '%d / 2' % n)

def lines(x, y, txt, font, size, lead, color=colors.black, center=False):
    c.setFillColor(color); c.setFont(font, size)
    for t in txt:
        (c.drawCentredString if center else c.drawString)(x, y, t); y -= lead
    return y

frame(1)
y = lines(W/2, H-130, ["CHIUSURA TEMPORANEA DELL'UFFICIO", "SERVIZI DEMOGRAFICI"], 'LS-B', 34, 42, BLUE, center=True)
y = lines(W/2, y-14, ["lunedì 23 e martedì 24 marzo 2026"], 'LS-B', 24, 30, GOLD, center=True)
y = lines(80, y-30, [
 "Si informa la cittadinanza che, per consentire l'aggiornamento delle postazioni di rilascio della",
 "Carta d'Identità Elettronica e la formazione del personale sul nuovo applicativo di stato civile,",
 "l'Ufficio Servizi Demografici (Anagrafe, Stato Civile, Elettorale) resterà CHIUSO AL PUBBLICO",
 "nelle giornate di lunedì 23 e martedì 24 marzo 2026.",
 "",
 "Gli appuntamenti già fissati per il rilascio della CIE saranno riprogrammati d'ufficio:",
 "i cittadini interessati saranno contattati telefonicamente entro venerdì 20 marzo."], 'LS', 17, 24)
c.setFillColor(colors.HexColor('#444444')); c.setFont('LS-I', 13)
c.drawString(80, 50, 'Silea, 17 marzo 2026')
c.showPage()
frame(2)
y = lines(80, H-130, ["Servizi comunque garantiti"], 'LS-B', 30, 36, BLUE)
y = lines(100, y-16, [
 "•  Denunce di nascita e di morte: reperibilità dell'Ufficiale di Stato Civile",
 "    al numero 0422 365 730 (ore 9:00 - 12:30)",
 "•  Certificati anagrafici: sempre disponibili on line tramite ANPR",
 "    con SPID o CIE (www.anagrafenazionale.interno.it)",
 "•  Autentiche di firma urgenti: Ufficio Protocollo, piano terra",
 "",
 "L'ufficio riaprirà regolarmente mercoledì 25 marzo 2026 con il consueto orario."], 'LS', 18, 27)
y = lines(W-380, 110, ["Il Responsabile dell'Area Servizi al Cittadino", "Dott.ssa Barbara Tonon"], 'LS', 14, 19)
c.showPage(); c.save()
