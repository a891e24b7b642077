import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
W,H=A4
def header(c,d):
    c.saveState(); c.setFont("Helvetica-Bold",12); c.drawCentredString(W/2,H-50,"COMUNE DI CECIMA (PV)")
    c.setFont("Helvetica",8.5); c.drawCentredString(W/2,H-63,"Allegato B alla deliberazione di Giunta Comunale n. 19 del 29/04/2026")
    c.rect(50,H-235,W-100,160)
    c.setFont("Helvetica-Bold",13); c.drawCentredString(W/2,H-105,"LAVORI DI CONSOLIDAMENTO DEL VERSANTE IN FRAZIONE SERRA")
    c.setFont("Helvetica",10); c.drawCentredString(W/2,H-122,"CUP C47H26000050002")
    c.setFont("Helvetica-Bold",15); c.drawCentredString(W/2,H-160,"RELAZIONE TECNICA GENERALE")
    c.setFont("Helvetica",10); c.drawCentredString(W/2,H-180,"Progetto di fattibilità tecnico-economica")
    c.drawCentredString(W/2,H-210,"Il progettista: ing. Davide Castellani - Ordine Ingegneri di Pavia n. 3127")
    c.setFont("Helvetica",8); c.drawString(50,30,"Elaborato R.01 - Rev. 0 - aprile 2026"); c.drawRightString(W-50,30,"Pag. 1 di 14")
    c.restoreState()
st=ParagraphStyle("b",fontName="Times-Roman",fontSize=9.5,leading=12,alignment=TA_JUSTIFY)
h=ParagraphStyle("h",fontName="Times-Bold",fontSize=10,leading=13,spaceBefore=4)
fw=(W-100-14)/2
doc=BaseDocTemplate(sys.argv[1],pagesize=A4,producer="AutoCAD PDF (General Documentation)",creator="PriMus / Word")
doc.addPageTemplates([PageTemplate(frames=[Frame(50,50,fw,H-300,id="l"),Frame(50+fw+14,50,fw,H-300,id="r")],onPage=header)])
txt=[("1. PREMESSA","La presente relazione accompagna il progetto di fattibilità tecnico-economica degli interventi di consolidamento del versante in dissesto a monte dell'abitato di Serra, interessato da fenomeni di scivolamento superficiale a seguito degli eventi meteorici dell'autunno 2025. L'intervento è finanziato con contributo regionale per la difesa del suolo."),
("2. INQUADRAMENTO TERRITORIALE","L'area di intervento si colloca nella fascia collinare dell'Oltrepò Pavese, a una quota compresa tra 420 e 470 m s.l.m., lungo la strada comunale che collega il capoluogo alla frazione Serra. Il versante presenta pendenze medie del 25-30% ed è costituito da coltri eluvio-colluviali di spessore variabile su substrato marnoso-arenaceo."),
("3. STATO DI FATTO","I sopralluoghi eseguiti nel mese di febbraio 2026 hanno evidenziato fessurazioni della pavimentazione stradale per una lunghezza di circa 80 metri, cedimenti del ciglio di valle e l'ostruzione parziale della rete di drenaggio superficiale. Il muro di sostegno esistente in pietrame presenta evidenti rotazioni e lesioni passanti."),
("4. DESCRIZIONE DEGLI INTERVENTI","Il progetto prevede la realizzazione di una paratia di micropali tirantati a protezione del corpo stradale, la ricostruzione del muro di sostegno in calcestruzzo armato rivestito in pietra locale, la posa di trincee drenanti e il rifacimento delle canalette di raccolta delle acque meteoriche. Sono inoltre previsti interventi di ingegneria naturalistica sul versante di valle mediante grate vive e idrosemina."),
("5. INQUADRAMENTO GEOLOGICO E GEOTECNICO","Le indagini geognostiche preliminari, consistenti in due sondaggi a carotaggio continuo spinti fino a 15 metri di profondità e in una prospezione sismica a rifrazione, hanno individuato una coltre di materiali limoso-argillosi con inclusi lapidei di spessore compreso tra 3 e 6 metri, poggiante su un substrato marnoso alterato nella porzione sommitale. La falda è stata rilevata a circa 4 metri dal piano campagna, con oscillazioni stagionali significative che contribuiscono alla riduzione della resistenza al taglio dei terreni superficiali."),
("6. VINCOLI E CONFORMITÀ URBANISTICA","L'area ricade in zona soggetta a vincolo idrogeologico ai sensi del R.D. 3267/1923 ed è classificata dal Piano di Governo del Territorio come area agricola di salvaguardia. Gli interventi previsti sono conformi agli strumenti urbanistici vigenti e non comportano modifiche dell'assetto proprietario, salvo l'occupazione temporanea di alcune particelle private durante l'esecuzione dei lavori."),
("7. QUADRO ECONOMICO","L'importo complessivo dell'intervento ammonta a euro 385.000,00, di cui euro 291.500,00 per lavori a base d'asta comprensivi degli oneri per la sicurezza ed euro 93.500,00 per somme a disposizione dell'Amministrazione.")]
story=[]
for a,b in txt: story+= [Paragraph(a,h),Paragraph(b,st),Spacer(1,4)]
doc.build(story)
