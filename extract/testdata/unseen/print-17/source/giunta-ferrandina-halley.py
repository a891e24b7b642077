import sys
from fpdf import FPDF
F='/usr/share/fonts/truetype/liberation2/'
class P(FPDF):
    def header(self):
        pass
    def footer(self):
        self.set_y(-13)
        self.set_font('S','',7.5)
        self.cell(0,4,f'DELIBERAZIONE DI GIUNTA COMUNALE n. 142 del 18-12-2025  -  pag. {self.page_no()}  -  COMUNE DI FERRANDINA',align='C')
pdf=P('P','mm','A4')
pdf.add_font('S','',F+'LiberationSerif-Regular.ttf'); pdf.add_font('S','B',F+'LiberationSerif-Bold.ttf'); pdf.add_font('S','I',F+'LiberationSerif-Italic.ttf')
pdf.add_font('C','',F+'LiberationMono-Regular.ttf')
pdf.set_margins(20,15,20); pdf.set_auto_page_break(True,18)
pdf.set_title('Delibera di Giunta n. 142 del 18-12-2025'); pdf.set_creator('Halley Informatica - Delibere')
pdf.add_page()
pdf.set_font('S','B',16); pdf.cell(0,8,'COMUNE DI FERRANDINA',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',11); pdf.cell(0,5,'Provincia di Matera',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.ln(6)
pdf.set_font('S','B',12); pdf.cell(0,6,'COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.ln(4)
pdf.set_font('S','B',11)
pdf.cell(22,6,'Numero'); pdf.cell(20,6,'142'); pdf.cell(10,6,'Del'); pdf.cell(0,6,'18-12-2025',new_x='LMARGIN',new_y='NEXT')
pdf.ln(3)
y=pdf.get_y(); pdf.rect(20,y,170,17)
pdf.set_xy(22,y+1.5); pdf.set_font('S','',11); pdf.cell(18,5,'Oggetto:')
pdf.set_font('S','B',11)
pdf.multi_cell(148,5,'CONCESSIONE CONTRIBUTO STRAORDINARIO ALL\'ASSOCIAZIONE "PRO LOCO FERRANDINA" PER LE MANIFESTAZIONI NATALIZIE 2025 "NATALE NEL BORGO". ATTO DI INDIRIZZO.',new_x='LMARGIN',new_y='NEXT')
pdf.set_y(y+20)
pdf.set_font('S','',11)
pdf.multi_cell(0,5.2,"L'anno  duemilaventicinque il giorno  diciotto del mese di dicembre alle ore 13:15, nella sala delle adunanze si e' riunita la Giunta Comunale convocata nelle forme di legge.",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.multi_cell(0,5.2,'Dei Signori componenti della Giunta Comunale di questo Comune:',new_x='LMARGIN',new_y='NEXT')
pdf.ln(2)
roll=[('MARINO ROCCO','SINDACO','P'),('DI LORENZO ANNA','VICE SINDACO','P'),('CASCINO VITO','ASSESSORE','A'),('LAGUARDIA MARIA TERESA','ASSESSORE','P'),('SANTOMASSIMO PIETRO','ASSESSORE','P')]
pdf.set_font('S','',11)
for n,r,m in roll:
    pdf.set_x(30); pdf.cell(70,5.2,n); pdf.cell(45,5.2,r); pdf.cell(10,5.2,m,new_x='LMARGIN',new_y='NEXT')
pdf.ln(2)
pdf.cell(0,5.2,'ne risultano presenti n.   4 e assenti n.   1.',new_x='LMARGIN',new_y='NEXT')
pdf.ln(2)
pdf.multi_cell(0,5.2,"Assume la presidenza il Signor MARINO ROCCO in qualità di SINDACO assistito dal SEGRETARIO COMUNALE Dott.ssa LISANTI ANGELA.\nIl Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta ed invita i presenti alla trattazione dell'oggetto sopra indicato.",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.ln(3)
pdf.set_font('S','B',11); pdf.cell(0,6,'LA GIUNTA COMUNALE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',11)
prem=["PREMESSO che l'Associazione \"Pro Loco Ferrandina\", con nota acquisita al protocollo n. 18764 del 02-12-2025, ha presentato il programma delle manifestazioni natalizie \"Natale nel Borgo\", che si svolgeranno nel centro storico dal 20 dicembre 2025 al 6 gennaio 2026, chiedendo un contributo a parziale copertura delle spese previste in complessivi euro 9.400,00;",
"RITENUTO che le iniziative proposte rivestono rilevante interesse per la comunità, favorendo la promozione del territorio e la valorizzazione delle attività commerciali e artigianali locali;",
"VISTO il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 27 del 30-07-2019;",
"DATO ATTO che sulla proposta della presente deliberazione sono stati espressi i pareri previsti dall'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
"Con voti unanimi favorevoli espressi nelle forme di legge;"]
for t in prem:
    pdf.multi_cell(0,5.2,t,align='J',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1.2)
pdf.set_font('S','B',11); pdf.cell(0,6,'D E L I B E R A',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',11)
pts=["di concedere all'Associazione \"Pro Loco Ferrandina\", con sede in Ferrandina alla Via Mazzini n. 14, un contributo straordinario di euro 5.000,00 per la realizzazione delle manifestazioni natalizie \"Natale nel Borgo\" 2025;",
"di dare atto che la spesa di euro 5.000,00 trova imputazione sulla Missione 7, Programma 1, capitolo 1580 \"Contributi per manifestazioni turistiche\" del bilancio di previsione 2025/2027, esercizio 2025;",
"di demandare al Responsabile dell'Area Amministrativa l'adozione dell'impegno di spesa e di ogni atto gestionale conseguente;",
"di stabilire che la liquidazione avverrà a presentazione del rendiconto delle spese sostenute, corredato dai relativi giustificativi, entro il 28-02-2026;",
"di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."]
for i,t in enumerate(pts,1):
    pdf.cell(8,5.2,f'{i})')
    pdf.multi_cell(0,5.2,t,align='J',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1)
pdf.ln(3)
pdf.set_font('S','B',10); pdf.cell(0,5,'PARERI DI CUI ALL\'ART. 49 DEL D.LGS. 267/2000',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('C','',9)
for t in ["PARERE: Favorevole in ordine alla REGOLARITA' TECNICA","Data: 16-12-2025         Il Responsabile del servizio","                         F.to Dott. LOPERFIDO NICOLA","","PARERE: Favorevole in ordine alla REGOLARITA' CONTABILE","Data: 17-12-2025         Il Responsabile del servizio","                         F.to Rag. COLANGELO FRANCESCA"]:
    pdf.cell(0,4.3,t,new_x='LMARGIN',new_y='NEXT')
pdf.ln(4)
pdf.set_font('S','',11)
pdf.cell(0,5.2,'Il presente verbale viene letto, approvato e sottoscritto.',new_x='LMARGIN',new_y='NEXT'); pdf.ln(3)
pdf.set_font('S','B',11); pdf.cell(85,5.2,'Il Presidente',align='C'); pdf.cell(85,5.2,'Il Segretario Comunale',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',11); pdf.cell(85,5.2,'F.to MARINO ROCCO',align='C'); pdf.cell(85,5.2,'F.to Dott.ssa LISANTI ANGELA',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.ln(6)
pdf.set_font('S','B',11); pdf.cell(0,6,'ATTESTATO DI PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',10.5)
pdf.multi_cell(0,5,"Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi dal 19-12-2025 al 03-01-2026 (N. 1412 del Registro Pubblicazioni) e contestualmente comunicata ai capigruppo consiliari.",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.cell(0,5,'Ferrandina, li 19-12-2025                                     Il Segretario Comunale',new_x='LMARGIN',new_y='NEXT')
pdf.cell(0,5,'                                                                          F.to Dott.ssa LISANTI ANGELA',new_x='LMARGIN',new_y='NEXT')
pdf.ln(4)
pdf.set_font('S','B',11); pdf.cell(0,6,'ESECUTIVITA\'',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('S','',10.5)
pdf.multi_cell(0,5,"La presente deliberazione e' divenuta esecutiva il giorno 18-12-2025 perche' dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.ln(4); pdf.set_font('S','I',9)
pdf.multi_cell(0,4.5,"E' copia conforme all'originale.\nFerrandina, li 19-12-2025                                     Il Segretario Comunale\n                                                                                       Dott.ssa LISANTI ANGELA",new_x='LMARGIN',new_y='NEXT')
pdf.output(sys.argv[1])
