import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
B=ParagraphStyle("b",fontName="Times-Roman",fontSize=10.5,leading=13.5,alignment=TA_JUSTIFY,spaceAfter=4)
C=ParagraphStyle("c",parent=B,alignment=TA_CENTER,fontName="Times-Bold")
def head(c,d):
    c.saveState(); t=c.beginText(); t.setTextOrigin(A4[0]/2-118,A4[1]-50); t.setFont("Times-Bold",15); t.setCharSpace(2.2)
    t.textOut("COMUNE DI TOANO"); c.drawText(t)
    t=c.beginText(); t.setTextOrigin(A4[0]/2-95,A4[1]-64); t.setFont("Times-Italic",10); t.setCharSpace(1)
    t.textOut("Provincia di Reggio nell'Emilia"); c.drawText(t)
    c.line(60,A4[1]-72,A4[0]-60,A4[1]-72)
    c.setFont("Times-Roman",8); c.drawCentredString(A4[0]/2,30,"Delibera C.C. n. 11 del 26/02/2026 – pag. %d"%d.page); c.restoreState()
s=[]; P=lambda t,st=B: s.append(Paragraph(t,st))
s.append(Spacer(1,20))
P("<font size=12>DELIBERAZIONE DEL CONSIGLIO COMUNALE</font>",C)
P("Numero 11 &nbsp;&nbsp;&nbsp; Data 26/02/2026",C)
P("<b>Oggetto:</b> APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2026.")
P("L'anno duemilaventisei, il giorno ventisei del mese di febbraio, alle ore 20:30, nella sala consiliare della sede municipale, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione. All'appello nominale risultano:")
rows=[["N.","Consigliere","Carica","Presente"]]
R=[("Volpi Vincenzo","Sindaco","SI"),("Fontanesi Ilaria","Consigliere","SI"),("Bertolini Marco","Consigliere","SI"),("Ferretti Luisa","Consigliere","SI"),
("Manfredi Daniele","Consigliere","SI"),("Giovanelli Anna","Consigliere","NO"),("Piacentini Luca","Consigliere","SI"),("Zanni Federica","Consigliere","SI"),
("Costi Emanuele","Consigliere","SI"),("Rabitti Sonia","Consigliere","SI"),("Cilloni Gabriele","Consigliere","NO"),("Barbieri Elisa","Consigliere","SI"),("Ruffini Mattia","Consigliere","SI")]
for i,r in enumerate(R,1): rows.append([str(i)]+list(r))
t=Table(rows,colWidths=[25,170,100,60]); t.setStyle(TableStyle([("FONT",(0,0),(-1,-1),"Times-Roman",10),("FONT",(0,0),(-1,0),"Times-Bold",10),("GRID",(0,0),(-1,-1),0.5,colors.black),("ALIGN",(0,0),(0,-1),"CENTER"),("ALIGN",(3,0),(3,-1),"CENTER")]))
s+= [t,Spacer(1,6)]
P("Presenti n. 11 – Assenti n. 2. Partecipa alla seduta il Segretario Comunale dott. Alberto Grossi, incaricato della redazione del verbale. Riconosciuto legale il numero degli intervenuti, il Sindaco Vincenzo Volpi assume la presidenza e dichiara aperta la seduta.")
P("IL CONSIGLIO COMUNALE",C)
for x in ["PREMESSO che l'art. 1, comma 683, della L. 147/2013 attribuisce al Consiglio comunale l'approvazione delle tariffe della tassa sui rifiuti in conformità al piano economico finanziario del servizio;",
"VISTO il Piano Economico Finanziario 2026 validato dall'Agenzia territoriale dell'Emilia-Romagna per i servizi idrici e rifiuti (ATERSIR), che espone costi complessivi per € 1.126.450,00;",
"RITENUTO di confermare la ripartizione dei costi tra utenze domestiche (62%) e non domestiche (38%) già adottata per l'anno 2025;",
"VISTI i pareri favorevoli di regolarità tecnica e contabile e il parere del Revisore dei conti;",
"Udita la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri riportati nella registrazione della seduta;",
"Con voti favorevoli n. 8, contrari n. 3 (Barbieri, Ruffini, Costi), astenuti n. 0, espressi in forma palese da n. 11 consiglieri presenti e votanti;"]: P(x)
P("DELIBERA",C)
for x in ["1) di prendere atto del Piano Economico Finanziario del servizio di gestione dei rifiuti urbani per l'anno 2026, allegato sub A);",
"2) di approvare le tariffe TARI per l'anno 2026 per le utenze domestiche e non domestiche come da allegato sub B);",
"3) di stabilire le scadenze di versamento al 31 maggio, 30 settembre e 2 dicembre 2026;",
"4) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale."]: P(x)
P("Successivamente, con voti favorevoli n. 8, contrari n. 3, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
s.append(Spacer(1,10))
t=Table([["IL SINDACO","IL SEGRETARIO COMUNALE"],["Vincenzo Volpi","dott. Alberto Grossi"]],colWidths=[240,240]); t.setStyle(TableStyle([("FONT",(0,0),(-1,-1),"Times-Roman",10.5),("ALIGN",(0,0),(-1,-1),"CENTER")])); s.append(t)
d=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=60,rightMargin=60,topMargin=70,bottomMargin=50,title="Delibera CC 11/2026",creator="Sipal Atti")
d.build(s,onFirstPage=head,onLaterPages=head)
