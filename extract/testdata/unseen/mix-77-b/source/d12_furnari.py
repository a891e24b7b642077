import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
S=ParagraphStyle("s",fontName="Times-Roman",fontSize=11,leading=15,alignment=TA_JUSTIFY,spaceAfter=6)
C=ParagraphStyle("c",parent=S,alignment=TA_CENTER,fontName="Times-Bold")
doc=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=22*mm,rightMargin=22*mm,topMargin=18*mm,bottomMargin=18*mm,creator="Halley Informatica - Sicilia",title="Avviso pubblico")
t=Table([[Paragraph("<b><font size=15>COMUNE DI FURNARI</font></b><br/>Città Metropolitana di Messina<br/><font size=9>AREA AMMINISTRATIVA – Ufficio Servizi Sociali</font>",C)]],colWidths=[165*mm])
t.setStyle(TableStyle([("BOX",(0,0),(-1,-1),1,"black")]))
E=[t,Spacer(1,8),Paragraph("AVVISO PUBBLICO",ParagraphStyle("h",parent=C,fontSize=14)),
Paragraph("per l'iscrizione al servizio di soggiorno climatico estivo per anziani ultrasessantacinquenni – anno 2026",C),Spacer(1,6),
Paragraph("IL RESPONSABILE DELL'AREA AMMINISTRATIVA",C),
Paragraph("In esecuzione della deliberazione della Giunta Municipale n. 24 del 12/03/2026, con la quale sono stati approvati i criteri per l'organizzazione del soggiorno climatico estivo per anziani, e della determinazione n. 102 R.G. del 16/03/2026,",S),
Paragraph("RENDE NOTO",C),
Paragraph("che sono aperti i termini per la presentazione delle domande di partecipazione al soggiorno climatico estivo per anziani che si svolgerà in una località termale della Regione Siciliana nel mese di giugno 2026, per un periodo di sette giorni e sei notti, per un numero massimo di 40 partecipanti.",S),
Paragraph("<b>Requisiti.</b> Possono partecipare i cittadini residenti nel Comune di Furnari che alla data di scadenza del presente avviso abbiano compiuto il sessantacinquesimo anno di età e siano autosufficienti, come da certificazione del medico curante.",S),
Paragraph("<b>Quota di partecipazione.</b> La quota a carico dei partecipanti è determinata in base all'indicatore ISEE del nucleo familiare secondo le fasce approvate dalla Giunta Municipale; in caso di domande superiori ai posti disponibili sarà data precedenza ai richiedenti con ISEE più basso.",S),
Paragraph("<b>Termini e modalità.</b> Le domande, redatte sull'apposito modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale dell'Ente, dovranno pervenire all'Ufficio Protocollo entro le ore 12,00 del giorno 17 aprile 2026, a mano o a mezzo PEC all'indirizzo protocollo@pec.comune.furnari.me.it.",S),
Paragraph("Il responsabile del procedimento è la Sig.ra Concetta Mirabile (tel. 0941 840123). I dati personali saranno trattati ai sensi del Reg. UE 2016/679.",S),
Spacer(1,8),Paragraph("Furnari, 19/03/2026",S),Spacer(1,8),
Paragraph("Il Responsabile dell'Area Amministrativa<br/>Dott. Sebastiano Isgrò",ParagraphStyle("r",parent=S,alignment=2))]
doc.build(E)
