# Unione dei Comuni dello Scrivia (GE) - convocazione del Consiglio dell'Unione; ReportLab platypus, PEC-letter style
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DS','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DSB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
N=ParagraphStyle('n',fontName='DS',fontSize=9.5,leading=13,alignment=TA_JUSTIFY)
C=ParagraphStyle('c',parent=N,alignment=TA_CENTER)
R=ParagraphStyle('r',parent=N,alignment=TA_RIGHT)
def foot(c,d):
    c.saveState();c.setFont('DS',7)
    c.drawString(50,30,"Unione dei Comuni dello Scrivia – Busalla, Casella, Crocefieschi, Isola del Cantone, Montoggio, Ronco Scrivia, Savignone, Valbrevenna, Vobbia")
    c.drawRightString(A4[0]-50,20,"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.restoreState()
doc=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=55,rightMargin=55,topMargin=45,bottomMargin=55,title="Convocazione Consiglio dell'Unione",author="Unione dei Comuni dello Scrivia")
s=[]
s.append(Table([[Paragraph('<font name="DSB" size="14">UNIONE DEI COMUNI DELLO SCRIVIA</font><br/><font size="8">Città Metropolitana di Genova – Sede legale: Piazza Malerba, 1 – 16012 Busalla (GE)</font>',N),
                 Paragraph('<font size="7.5">Prot. n. 0000612<br/>del 13/03/2026<br/>Class. 2.3</font>',R)]],colWidths=[360,120],
               style=TableStyle([('LINEBELOW',(0,0),(-1,0),1.2,colors.HexColor('#20507a')),('VALIGN',(0,0),(-1,-1),'MIDDLE')])))
s.append(Spacer(1,18))
s.append(Paragraph("Ai Consiglieri dell'Unione<br/>Al Revisore dei conti<br/>Ai Sindaci dei Comuni aderenti<br/>e p.c. Alla Prefettura di Genova",R))
s.append(Spacer(1,14))
s.append(Paragraph('<font name="DSB" size="11">CONVOCAZIONE DEL CONSIGLIO DELL\'UNIONE – SESSIONE ORDINARIA</font>',C))
s.append(Spacer(1,10))
s.append(Paragraph("Ai sensi dell'art. 14 dello Statuto dell'Unione e del vigente Regolamento per il funzionamento del Consiglio, la S.V. è invitata a partecipare alla seduta del Consiglio dell'Unione, in sessione ordinaria, che si terrà presso la sala consiliare del Comune di Busalla, in prima convocazione il giorno",N))
s.append(Spacer(1,6))
s.append(Paragraph('<font name="DSB">giovedì 26 marzo 2026 alle ore 18:00</font>',C))
s.append(Spacer(1,6))
s.append(Paragraph("e, occorrendo, in seconda convocazione il giorno venerdì 27 marzo 2026 alla stessa ora, per la trattazione del seguente",N))
s.append(Spacer(1,8))
s.append(Paragraph('<font name="DSB">ORDINE DEL GIORNO</font>',C))
s.append(Spacer(1,6))
odg=["Lettura e approvazione dei verbali della seduta precedente.",
"Comunicazioni del Presidente.",
"Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – nota di aggiornamento.",
"Approvazione del bilancio di previsione finanziario 2026/2028 e relativi allegati.",
"Convenzione per la gestione associata del servizio di Polizia Locale: modifica dell'art. 6.",
"Mozione del gruppo consiliare \"Valle Scrivia Futura\" sul trasporto pubblico locale."]
s.append(Table([[f"{i}.",Paragraph(t,N)] for i,t in enumerate(odg,1)],colWidths=[22,440],style=TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('FONTNAME',(0,0),(0,-1),'DS'),('FONTSIZE',(0,0),(0,-1),9.5)])))
s.append(Spacer(1,10))
s.append(Paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la Segreteria dell'Unione e consultabile nell'area riservata del sito istituzionale a partire dal terzo giorno precedente la seduta.",N))
s.append(Spacer(1,8))
s.append(Paragraph("Busalla, 13/03/2026",N))
s.append(Spacer(1,16))
s.append(Paragraph("IL PRESIDENTE DEL CONSIGLIO DELL'UNIONE<br/>Ing. Paolo Ferrando",ParagraphStyle('sg',parent=N,alignment=TA_CENTER,leftIndent=230)))
doc.build(s,onFirstPage=foot,onLaterPages=foot)
