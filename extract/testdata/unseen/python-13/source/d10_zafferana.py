# Demographics-software (Datagraph-like) pubblicazione di matrimonio (ReportLab canvas, core Courier + Times)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from common import out
W, H = A4
c = canvas.Canvas(out('matrimonio-zafferana-datagraph.pdf'), pagesize=A4)
c.setTitle('Pubblicazione di matrimonio'); c.setAuthor('Ufficio Stato Civile')
c.setFont('Times-Bold', 15); c.drawCentredString(W/2, H-60, 'COMUNE DI ZAFFERANA ETNEA')
c.setFont('Times-Roman', 10.5); c.drawCentredString(W/2, H-74, 'Città Metropolitana di Catania')
c.setFont('Times-Italic', 10.5); c.drawCentredString(W/2, H-88, 'Ufficio dello Stato Civile')
c.setFont('Courier', 9); c.drawString(60, H-118, 'Atto n. 14  Parte I  Serie A')
c.drawRightString(W-60, H-118, 'Anno 2026')
c.setFont('Times-Bold', 17); c.drawCentredString(W/2, H-160, 'PUBBLICAZIONE DI MATRIMONIO')
c.setFont('Times-Roman', 9.5); c.drawCentredString(W/2, H-175, '(artt. 93 e seguenti del Codice Civile - art. 50 del D.P.R. 3 novembre 2000, n. 396)')
y = H-215
c.setFont('Courier', 10.5)
def para(t, y, font='Courier', size=10.5, lead=15, x=60, w=W-120):
    c.setFont(font, size)
    for ln in simpleSplit(t, font, size, w):
        c.drawString(x, y, ln); y -= lead
    return y
y = para("L'Ufficiale dello Stato Civile del Comune di Zafferana Etnea, a richiesta dei sotto indicati sposi,", y)
y -= 8
c.setFont('Times-Bold', 12); c.drawCentredString(W/2, y, 'RENDE NOTO'); y -= 22
y = para("che intendono unirsi in matrimonio:", y); y -= 6
c.setFont('Courier-Bold', 10.5); c.drawString(80, y, 'CALÌ SALVATORE ANTONIO'); y -= 14
y = para("nato a Acireale (CT) il 14/03/1993, celibe, impiegato, residente in Zafferana Etnea (CT), Via Garibaldi n. 212;", y, x=80, w=W-140)
y -= 6
c.setFont('Courier-Bold', 10.5); c.drawString(80, y, 'SCUDERI MARTINA'); y -= 14
y = para("nata a Catania (CT) il 02/11/1995, nubile, insegnante, residente in Catania (CT), Via Etnea n. 630;", y, x=80, w=W-140)
y -= 10
y = para("Il matrimonio sarà celebrato con rito concordatario nella Chiesa Madre di Santa Maria della Provvidenza "
         "in Zafferana Etnea.", y)
y -= 10
y = para("Chiunque conosca l'esistenza di impedimenti al matrimonio, previsti dagli artt. 85, 86, 87, 88 e 89 del "
         "Codice Civile, è tenuto a farne denuncia all'Ufficiale dello Stato Civile.", y)
y -= 10
y = para("La presente pubblicazione rimarrà affissa all'Albo Pretorio on line di questo Comune per almeno otto giorni "
         "consecutivi, dal 03/02/2026 all'11/02/2026, ai sensi dell'art. 55 del D.P.R. n. 396/2000. Il matrimonio "
         "non potrà essere celebrato prima del quarto giorno successivo al compimento della pubblicazione.", y)
y -= 10
y = para("Pubblicazione richiesta anche al Comune di Catania.", y)
y -= 30
c.setFont('Courier', 10.5); c.drawString(60, y, "Dalla Casa Comunale, addì 03/02/2026")
c.setFont('Times-Roman', 11); c.drawCentredString(W-150, y-28, "L'UFFICIALE DELLO STATO CIVILE")
c.setFont('Times-Italic', 11); c.drawCentredString(W-150, y-43, 'Agata Russo')
c.setFont('Times-Roman', 7.5); c.drawCentredString(W-150, y-56, 'Documento firmato digitalmente (D.Lgs. 82/2005)')
c.setFont('Courier', 7); c.drawString(60, 40, 'Rif. pratica SC/PM/2026/0014 - stampato il 03/02/2026 09:17')
c.showPage(); c.save()
