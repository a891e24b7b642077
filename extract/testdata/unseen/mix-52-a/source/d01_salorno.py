# Comune di Salorno / Gemeinde Salurn - Giunta deliberation, German | Italian side by side (reportlab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F+'LiberationSans-Bold.ttf'))
out=sys.argv[1]
n=ParagraphStyle('n',fontName='LS',fontSize=9.2,leading=11.6,alignment=4)
b=ParagraphStyle('b',parent=n,fontName='LSB')
c=ParagraphStyle('c',parent=b,alignment=1,fontSize=11,leading=14)
sm=ParagraphStyle('sm',parent=n,fontSize=8,leading=10,alignment=0)
W=A4[0]-36*mm
def pair(de,it,sty=n,sty2=None):
    return [Paragraph(de,sty),Paragraph(it,sty2 or sty)]
rows=[]
rows.append(pair('<b>GEMEINDE SALURN</b><br/>Autonome Provinz Bozen – Südtirol','<b>COMUNE DI SALORNO</b><br/>Provincia autonoma di Bolzano – Alto Adige',c))
c2=ParagraphStyle('c2',parent=c,fontSize=9.5,leading=12)
rows.append(pair('BESCHLUSS DES GEMEINDEAUSSCHUSSES','DELIBERAZIONE DELLA GIUNTA COMUNALE',c2))
head=Table([['Nr. / n.','58','Sitzung vom / seduta del','17.03.2026','Uhr / ore','17:30']],
  colWidths=[22*mm,18*mm,44*mm,28*mm,22*mm,20*mm])
head.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9),('FONT',(1,0),(1,0),'LSB',10),('FONT',(3,0),(3,0),'LSB',10),('FONT',(5,0),(5,0),'LSB',10),
  ('BOX',(0,0),(-1,-1),0.8,colors.black),('INNERGRID',(0,0),(-1,-1),0.3,colors.grey),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
sub=[pair('<b>Betreff:</b><br/><b>Genehmigung des Ausführungsprojektes für die Sanierung der Trinkwasserleitung in der Örtlichkeit Buchholz – CUP F71B25000120005</b>',
          '<b>Oggetto:</b><br/><b>Approvazione del progetto esecutivo per il risanamento della condotta idropotabile in località Pochi – CUP F71B25000120005</b>')]
body=[
 pair('Nach Erfüllung der im Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol (Regionalgesetz vom 3. Mai 2018, Nr. 2) vorgesehenen Formalitäten wurden für heute, im Sitzungssaal des Rathauses, die Mitglieder des Gemeindeausschusses einberufen.',
      'Previo esaurimento delle formalità prescritte dal Codice degli enti locali della Regione autonoma Trentino-Alto Adige (legge regionale 3 maggio 2018, n. 2), vennero per oggi convocati, nella sala delle riunioni del municipio, i componenti della Giunta comunale.'),
]
roll=[['Name / Nome','Amt / Carica','anwesend\npresente','abwesend\nassente'],
 ['ZANOTTI Giorgio','Bürgermeister\nSindaco','X',''],
 ['KOFLER Maria','Vizebürgermeisterin\nVicesindaca','X',''],
 ['BONIFACI Luca','Gemeindereferent\nAssessore','X',''],
 ['WEGER Stefan','Gemeindereferent\nAssessore','','entsch. / giust.'],
 ['DALPIAZ Elena','Gemeindereferentin\nAssessora','X','']]
rt=Table(roll,colWidths=[48*mm,48*mm,26*mm,30*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9),('FONT',(0,0),(-1,0),'LSB',8.5),('GRID',(0,0),(-1,-1),0.4,colors.black),
  ('ALIGN',(2,0),(-1,-1),'CENTER'),('VALIGN',(0,0),(-1,-1),'MIDDLE'),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e6e6e6'))]))
body2=[
 pair('Seinen Beistand leistet der Gemeindesekretär Dr. Markus Pichler.','Assiste il Segretario comunale dott. Markus Pichler.'),
 pair('Nach Feststellung der Beschlussfähigkeit übernimmt Herr Giorgio Zanotti in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet.',
      'Riconosciuto legale il numero degli intervenuti, il signor Giorgio Zanotti, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta.'),
 pair('<b>DER GEMEINDEAUSSCHUSS</b>','<b>LA GIUNTA COMUNALE</b>',ParagraphStyle('cc',parent=b,alignment=1)),
 pair('Vorausgeschickt, dass die Trinkwasserleitung in der Örtlichkeit Buchholz aus dem Jahr 1968 stammt und in den letzten Jahren wiederholt Rohrbrüche aufgetreten sind;',
      'Premesso che la condotta idropotabile in località Pochi risale al 1968 e che negli ultimi anni si sono verificate ripetute rotture;'),
 pair('Nach Einsichtnahme in das vom Ing. Thomas Gruber aus Neumarkt ausgearbeitete Ausführungsprojekt vom 27.02.2026, welches Gesamtkosten in Höhe von 486.300,00 Euro vorsieht, davon 372.150,00 Euro für Arbeiten;',
      'Visto il progetto esecutivo redatto dall\'ing. Thomas Gruber di Egna in data 27.02.2026, che prevede una spesa complessiva di 486.300,00 euro, di cui 372.150,00 euro per lavori;'),
 pair('Nach Einsichtnahme in das positive Gutachten in fachlicher Hinsicht des Verantwortlichen des Bauamtes sowie in das positive Gutachten in buchhalterischer Hinsicht der Verantwortlichen des Buchhaltungsdienstes gemäß Art. 185 des R.G. Nr. 2/2018;',
      'Visti il parere favorevole in ordine alla regolarità tecnica del responsabile dell\'Ufficio tecnico e il parere favorevole in ordine alla regolarità contabile della responsabile del Servizio finanziario, ai sensi dell\'art. 185 della L.R. n. 2/2018;'),
 pair('fasst einstimmig, in gesetzlicher Form durch Handerheben zum Ausdruck gebracht,','ad unanimità di voti legalmente espressi per alzata di mano,'),
 pair('<b>den Beschluss</b>','<b>delibera</b>',ParagraphStyle('cc2',parent=b,alignment=1)),
 pair('1. das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in der Örtlichkeit Buchholz mit Gesamtkosten von 486.300,00 Euro zu genehmigen;',
      '1. di approvare il progetto esecutivo per il risanamento della condotta idropotabile in località Pochi, per una spesa complessiva di 486.300,00 euro;'),
 pair('2. festzuhalten, dass die Ausgabe im Kapitel 2.09.04.03 des Haushaltsvoranschlages 2026-2028 ihre Deckung findet;',
      '2. di dare atto che la spesa trova copertura al capitolo 2.09.04.03 del bilancio di previsione 2026-2028;'),
 pair('3. Ing. Stefan Mayr zum einzigen Verfahrensverantwortlichen zu ernennen;','3. di nominare responsabile unico del progetto l\'ing. Stefan Mayr;'),
 pair('4. festzuhalten, dass gegen diesen Beschluss jeder Bürger während des Zeitraumes seiner Veröffentlichung Einspruch beim Gemeindeausschuss erheben kann (Art. 183 Abs. 5 R.G. Nr. 2/2018).',
      '4. di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione (art. 183, comma 5, L.R. n. 2/2018).'),
 pair('Dieser Beschluss wird mit gesonderter, einstimmiger Abstimmung im Sinne von Art. 183 Abs. 4 des R.G. Nr. 2/2018 für unverzüglich vollstreckbar erklärt.',
      'La presente deliberazione viene dichiarata, con separata votazione unanime, immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della L.R. n. 2/2018.'),
]
sig=Table([['Der Bürgermeister – Il Sindaco','Der Gemeindesekretär – Il Segretario comunale'],['Giorgio Zanotti','Dr. Markus Pichler'],
  ['(digital signiert – firmato digitalmente)','(digital signiert – firmato digitalmente)']],colWidths=[W/2,W/2])
sig.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9),('FONT',(0,1),(-1,1),'LSB',9.5),('ALIGN',(0,0),(-1,-1),'CENTER'),('FONT',(0,2),(-1,2),'LS',7.5)]))
pub=pair('<b>Veröffentlichungsbestätigung</b><br/>Dieser Beschluss wird an der digitalen Amtstafel der Gemeinde vom 19.03.2026 für zehn aufeinanderfolgende Tage veröffentlicht.',
         '<b>Referto di pubblicazione</b><br/>La presente deliberazione viene pubblicata all\'albo pretorio digitale del Comune dal 19.03.2026 per dieci giorni consecutivi.',sm)
def twocol(rs, pad=4):
    t=Table(rs,colWidths=[W/2,W/2])
    t.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),pad),('RIGHTPADDING',(0,0),(-1,-1),pad+3),
      ('LINEAFTER',(0,0),(0,-1),0.3,colors.grey),('BOTTOMPADDING',(0,0),(-1,-1),3)]))
    return t
def onpage(cv,doc):
    cv.setFont('LS',7.5); cv.drawString(18*mm,10*mm,'Gemeinde Salurn – Comune di Salorno · Beschluss Nr. / delibera n. 58/2026')
    cv.drawRightString(A4[0]-18*mm,10*mm,'Seite / pagina %d'%doc.page)
doc=SimpleDocTemplate(out,pagesize=A4,leftMargin=18*mm,rightMargin=18*mm,topMargin=14*mm,bottomMargin=16*mm,
  title='Beschluss 58/2026 - Delibera 58/2026',author='Gemeinde Salurn - Comune di Salorno',creator='SIAG Gemeindeverwaltung / Civis',producer='Civis Publisher (ReportLab)')
story=[twocol(rows[:1]),twocol(rows[1:2]),Spacer(1,3),head,Spacer(1,5),twocol(sub),Spacer(1,4),twocol(body),Spacer(1,4),rt,Spacer(1,5),twocol(body2),Spacer(1,10),sig,Spacer(1,10),twocol([pub])]
doc.build(story,onFirstPage=onpage,onLaterPages=onpage)
