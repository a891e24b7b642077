# certificato di pubblicazione: ReportLab platypus, boxed form, words justified (Tw)
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L="/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("R",L+"LiberationSerif-Regular.ttf")); pdfmetrics.registerFont(TTFont("B",L+"LiberationSerif-Bold.ttf"))
S=ParagraphStyle("n",fontName="R",fontSize=11.5,leading=16,alignment=TA_JUSTIFY)
C=ParagraphStyle("c",parent=S,alignment=TA_CENTER)
doc=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=60,rightMargin=60,topMargin=50,bottomMargin=50,title="Certificato di pubblicazione",creator="Halley Albo Pretorio")
st=[Paragraph("<font name=B size=16>COMUNE DI STAITI</font>",C),Paragraph("Città Metropolitana di Reggio Calabria",C),Spacer(1,6),
Paragraph("<font name=B>SERVIZIO ALBO PRETORIO ON LINE</font>",C),Spacer(1,18),
Paragraph("<font name=B size=14>CERTIFICATO DI PUBBLICAZIONE</font>",C),Spacer(1,14)]
t=Table([["Atto","Deliberazione della Giunta Comunale"],["Numero","22"],["Data","16/04/2026"],["Oggetto",Paragraph("Approvazione dello schema di convenzione con l'Associazione \"Pro Loco Staiti\" per la gestione del Museo della civiltà contadina – anno 2026.",S)],["Registro pubblicazioni","n. 118"]],colWidths=[130,340])
t.setStyle(TableStyle([("GRID",(0,0),(-1,-1),.7,"black"),("FONT",(0,0),(0,-1),"B",11),("FONT",(1,0),(1,-1),"R",11.5),("VALIGN",(0,0),(-1,-1),"TOP")]))
st+=[t,Spacer(1,18),Paragraph("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della legge 18 giugno 2009, n. 69,",S),Spacer(1,8),
Paragraph("<font name=B>CERTIFICA</font>",C),Spacer(1,8),
Paragraph("che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 17/04/2026 al 02/05/2026, senza che siano pervenuti reclami od opposizioni.",S),Spacer(1,24),
Paragraph("Staiti, 04/05/2026",S),Spacer(1,10),Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE<br/>Sig. Bruno Mesiano",ParagraphStyle("s",parent=C,leftIndent=230))]
doc.build(st)
