import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
J=ParagraphStyle('j',fontName='Times-Roman',fontSize=11,leading=14,alignment=TA_JUSTIFY,spaceAfter=6)
C=ParagraphStyle('c',parent=J,alignment=TA_CENTER,fontName='Times-Bold')
T=[("<font size=14>COMUNE DI BELMONTE DEL SANNIO</font><br/>Provincia di Isernia",C),
("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3",C),
("<b>Oggetto:</b> Approvazione dello schema di convenzione per la gestione associata del servizio di segreteria comunale con il Comune di Agnone.",J),
("L'anno duemilaventisei addì ventisei del mese di gennaio alle ore diciannove e minuti zero, nella solita sala delle adunanze, previo avviso scritto notificato a norma di legge, si è riunito il Consiglio Comunale in sessione straordinaria ed in seduta pubblica di prima convocazione. Fatto l'appello nominale risultano presenti: il Sindaco Errico Venditti; il Consigliere anziano Nicola Santilli; i Consiglieri Maria Grazia Di Iorio, Antonio Marracino, Silvia Ricciuto, Paolo Sabelli, Loredana Carnevale e Vincenzo Lemme. Risultano assenti i Consiglieri Daniela Paglione (giustificata) e Giuseppe Fiadino. Presenti n. 8, assenti n. 2.",J),
("Assiste con funzioni di verbalizzante il Segretario Comunale dott.ssa Annalisa Marinucci. Il Sindaco, constatato il numero legale, assume la presidenza.",J),
("IL CONSIGLIO COMUNALE",C),
("Premesso che l'art. 98, comma 3, del D.Lgs. 267/2000 consente ai Comuni di stipulare convenzioni per l'ufficio di segreteria; vista la nota del Comune di Agnone prot. n. 412 del 14.1.2026; acquisiti i pareri di regolarità tecnica e contabile; con voti favorevoli n. 8, contrari nessuno, astenuti nessuno, espressi per alzata di mano,",J),
("DELIBERA",C),
("1) di approvare lo schema di convenzione per la gestione associata del servizio di segreteria comunale tra i Comuni di Agnone e Belmonte del Sannio, composto da 12 articoli;",J),
("2) di stabilire che il Comune di Agnone assume il ruolo di ente capofila e che la spesa è ripartita nella misura del 75 per cento per Agnone e del 25 per cento per Belmonte del Sannio;",J),
("3) di autorizzare il Sindaco alla sottoscrizione della convenzione.",J),
("Con successiva votazione, con voti favorevoli n. 8, il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",J),
("Letto, approvato e sottoscritto.",J),
("IL PRESIDENTE &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE<br/>Errico Venditti &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; dott.ssa Annalisa Marinucci",C)]
SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=70,rightMargin=70,title="Delibera CC 3/2026").build([Paragraph(t,s) for t,s in T])
