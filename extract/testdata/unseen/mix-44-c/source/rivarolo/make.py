# Four Js Genero Report Writer-like print (4GL atti package) -> ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfgen import canvas as cv
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F+'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F+'DejaVuSansCondensed-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVM', F+'DejaVuSansMono.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB'); addMapping('DV',0,1,'DV'); addMapping('DV',1,1,'DVB')
out=sys.argv[1]
W,H=A4
class NumCanvas(cv.Canvas):
    def __init__(s,*a,**k):
        cv.Canvas.__init__(s,*a,**k); s._saved=[]
    def showPage(s):
        s._saved.append(dict(s.__dict__)); s._startPage()
    def save(s):
        n=len(s._saved)
        for st in s._saved:
            s.__dict__.update(st); s.furniture(n); cv.Canvas.showPage(s)
        cv.Canvas.save(s)
    def furniture(s,n):
        s.setFont('DVM',7); s.setFillColor(colors.HexColor('#444444'))
        s.drawString(40,H-28,'DELGIU01.4rp')
        s.drawRightString(W-40,H-28,'Pag. %d di %d'%(s._pageNumber,n))
        s.setStrokeColor(colors.HexColor('#999999')); s.setLineWidth(.5)
        s.line(40,H-32,W-40,H-32)
        s.line(40,40,W-40,40)
        s.drawString(40,30,'Comune di Rivarolo Canavese - Deliberazione G.C. n. 38 del 10/03/2026')
        s.drawRightString(W-40,30,'Copia informatica per consultazione')
ps=ParagraphStyle('b',fontName='DV',fontSize=9.5,leading=12.5,alignment=TA_JUSTIFY,spaceAfter=4)
pc=ParagraphStyle('c',parent=ps,alignment=TA_CENTER)
ph=ParagraphStyle('h',fontName='DVB',fontSize=15,leading=18,alignment=TA_CENTER)
st=[]
st.append(Paragraph('COMUNE DI RIVAROLO CANAVESE',ph))
st.append(Paragraph('CITTÀ METROPOLITANA DI TORINO',pc))
st.append(Spacer(1,8))
t=Table([[Paragraph('<b>COPIA</b>',pc)],[Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 38</b>',pc)]],colWidths=[W-80])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.black),('LINEBELOW',(0,0),(-1,0),.5,colors.black),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e8e8e8'))]))
st.append(t); st.append(Spacer(1,6))
subj=("Approvazione schema di convenzione con l'Associazione Nazionale Carabinieri – Sezione di Rivarolo Canavese "
      "per attività di supporto al presidio del territorio in occasione di manifestazioni pubbliche – Anno 2026.")
t=Table([[Paragraph('<b>OGGETTO:</b>',ps),Paragraph('<b>'+subj+'</b>',ps)]],colWidths=[62,W-142])
t.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('BOX',(0,0),(-1,-1),.5,colors.black)]))
st.append(t); st.append(Spacer(1,8))
st.append(Paragraph("L'anno <b>duemilaventisei</b> addì <b>dieci</b> del mese di <b>marzo</b> alle ore <b>17:45</b> nella solita sala delle adunanze, "
  "convocata dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunita la Giunta Comunale nelle persone dei Signori:",ps))
rows=[['Cognome e Nome','Carica','Pres.','Ass.'],
 ['CORTESE MARCO','Sindaco','SI',''],
 ['GIACOMETTO LAURA','Vice Sindaco','SI',''],
 ['BERTOLINO PIER CARLO','Assessore','SI',''],
 ['FAVERO SIMONA','Assessore','','SI'],
 ['OBERTO DANIELE','Assessore','SI',''],
 ['RAVA ALESSIA','Assessore','SI','']]
t=Table(rows,colWidths=[190,130,50,50])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DVM',8.5),('FONT',(0,0),(-1,0),'DVB',8.5),('LINEBELOW',(0,0),(-1,0),.7,colors.black),
  ('LINEBELOW',(0,-1),(-1,-1),.7,colors.black),('ALIGN',(2,0),(-1,-1),'CENTER'),('BOTTOMPADDING',(0,0),(-1,-1),1.5),('TOPPADDING',(0,0),(-1,-1),1.5)]))
st.append(t)
st.append(Paragraph('<font name="DVM" size="8.5">Totale Presenti: 5&nbsp;&nbsp;&nbsp;&nbsp;Totale Assenti: 1</font>',ps))
st.append(Spacer(1,4))
st.append(Paragraph("Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Ilaria BERTOTTO</b>, la quale provvede alla redazione del presente verbale.",ps))
st.append(Paragraph("Essendo legale il numero degli intervenuti, il Sig. <b>CORTESE MARCO</b> nella sua qualità di <b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",ps))
st.append(Spacer(1,6))
st.append(Paragraph('<b>LA GIUNTA COMUNALE</b>',pc))
for x in [
 "Vista la proposta di deliberazione n. 45 del 05/03/2026 predisposta dall'Area Vigilanza – Ufficio Polizia Locale, di seguito integralmente riportata;",
 "Premesso che l'Amministrazione comunale intende assicurare adeguate condizioni di sicurezza e di ordinata fruizione degli spazi pubblici in occasione delle manifestazioni che si svolgono sul territorio comunale, tra le quali la Fiera di San Giuseppe, la Festa Patronale e il Carnevale Rivarolese;",
 "Considerato che l'Associazione Nazionale Carabinieri – Sezione di Rivarolo Canavese, iscritta al Registro Unico Nazionale del Terzo Settore, si è resa disponibile a collaborare con il Comando di Polizia Locale mediante attività di osservazione, informazione e assistenza alla cittadinanza, senza compiti di polizia;",
 "Visto l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo Settore), che consente alle amministrazioni pubbliche di sottoscrivere convenzioni con le organizzazioni di volontariato e le associazioni di promozione sociale per lo svolgimento di attività di interesse generale;",
 "Ritenuto di riconoscere all'Associazione un rimborso delle spese effettivamente sostenute e documentate, nel limite massimo di € 2.400,00 per l'anno 2026, con imputazione al capitolo 3110/5 del bilancio di previsione 2026-2028;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 18/08/2000, n. 267;",
 "Con voti unanimi favorevoli espressi in forma palese;"]:
    st.append(Paragraph(x,ps))
st.append(Paragraph('<b>D E L I B E R A</b>',pc))
pts=["di approvare lo schema di convenzione con l'Associazione Nazionale Carabinieri – Sezione di Rivarolo Canavese, allegato alla presente quale parte integrante e sostanziale;",
 "di autorizzare il Responsabile dell'Area Vigilanza alla sottoscrizione della convenzione, che avrà durata dalla data di sottoscrizione al 31/12/2026;",
 "di dare atto che la spesa massima di € 2.400,00 trova copertura al capitolo 3110/5 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di demandare al Responsabile dell'Area Vigilanza l'adozione dei successivi provvedimenti di impegno e liquidazione."]
for x in pts:
    st.append(Paragraph(x,ParagraphStyle('bl',parent=ps,leftIndent=16,bulletIndent=4),bulletText='•'))
st.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",ps))
st.append(Spacer(1,10))
st.append(Paragraph('Letto, confermato e sottoscritto.',ps))
t=Table([['IL PRESIDENTE','IL SEGRETARIO COMUNALE'],['F.to CORTESE MARCO','F.to Dott.ssa Ilaria BERTOTTO']],colWidths=[(W-80)/2]*2)
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DV',9.5),('ALIGN',(0,0),(-1,-1),'CENTER')]))
st.append(t); st.append(Spacer(1,12))
rel=[[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b>',pc)],
 [Paragraph("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal 16/03/2026 al 31/03/2026 (N. Reg. Pubbl. 402) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.",ps)],
 [Paragraph('Rivarolo Canavese, 16/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE F.to Dott.ssa Ilaria BERTOTTO',ps)]]
t=Table(rel,colWidths=[W-80]); t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),.7,colors.black)]))
st.append(t)
doc=BaseDocTemplate(out,pagesize=A4,leftMargin=40,rightMargin=40,topMargin=45,bottomMargin=52,
  title='DELGIU01 - Deliberazione G.C. 38/2026',author='Comune di Rivarolo Canavese',creator='Genero Report Writer-like template (ReportLab)')
doc.addPageTemplates([PageTemplate('p',[Frame(40,52,W-80,H-97,id='f')])])
doc.build(st,canvasmaker=NumCanvas)
