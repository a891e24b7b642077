# Vallefiorita: fpdf2 with DejaVu TrueType embedded as CID font (Type0, Identity-H); numbered AVVISO PUBBLICO
import sys
from fpdf import FPDF
D="/usr/share/fonts/truetype/dejavu/"
p=FPDF(format="A4"); p.set_creator("Calabria PA Suite - Avvisi"); p.set_margins(20,18,20)
p.add_font("DV","",D+"DejaVuSans.ttf"); p.add_font("DV","B",D+"DejaVuSans-Bold.ttf")
p.add_page()
p.set_font("DV","B",15); p.cell(0,8,"COMUNE DI VALLEFIORITA",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",9.5); p.cell(0,5,"Provincia di Catanzaro – Corso Italia, 27 – 88050 Vallefiorita (CZ)",align="C",new_x="LMARGIN",new_y="NEXT")
p.ln(2); p.set_font("DV","B",9.5); p.cell(0,5,"AREA AMMINISTRATIVA – Servizio Politiche Sociali",align="C",new_x="LMARGIN",new_y="NEXT")
p.line(20,p.get_y()+2,190,p.get_y()+2); p.ln(7)
p.set_font("DV","B",14); p.cell(0,8,"AVVISO PUBBLICO N. 2/2026",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",9.5); p.cell(0,5,"Prot. n. 1422 del 20/03/2026",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_fill_color(235,235,235); p.set_font("DV","B",10.5)
p.multi_cell(0,6,"Concessione di contributi economici per il pagamento delle utenze domestiche a favore dei nuclei familiari in condizione di disagio economico – anno 2026",border=1,align="C",fill=True,new_x="LMARGIN",new_y="NEXT")
p.ln(4); p.set_font("DV","",10)
p.multi_cell(0,5.2,"In esecuzione della determinazione del Responsabile dell'Area Amministrativa n. 76 del 19/03/2026, si rende noto che sono aperti i termini per la presentazione delle domande di contributo per il pagamento delle utenze domestiche (energia elettrica, gas, acqua e TARI) relative all'anno 2025.",align="J",new_x="LMARGIN",new_y="NEXT")
for t,b in [("Art. 1 – Destinatari","Possono presentare domanda i nuclei familiari residenti nel Comune di Vallefiorita con ISEE ordinario o corrente in corso di validità non superiore a € 9.530,00."),
("Art. 2 – Entità del contributo","Il contributo è pari alle spese documentate, fino a un massimo di € 400,00 per nucleo familiare, nei limiti dello stanziamento di € 12.000,00."),
("Art. 3 – Modalità e termini","La domanda, redatta sul modulo allegato, deve pervenire all'Ufficio Protocollo o all'indirizzo PEC protocollo.vallefiorita@pec.it entro le ore 12:00 del 20 aprile 2026."),
("Art. 4 – Graduatoria","Le domande sono ordinate secondo il valore ISEE crescente; a parità di ISEE prevale il nucleo con il maggior numero di componenti minori o disabili."),
("Art. 5 – Trattamento dei dati","I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.")]:
    p.ln(2); p.set_font("DV","B",10); p.cell(0,6,t,new_x="LMARGIN",new_y="NEXT"); p.set_font("DV","",10); p.multi_cell(0,5.2,b,align="J",new_x="LMARGIN",new_y="NEXT")
p.ln(6); p.cell(0,5,"Vallefiorita, 20/03/2026",new_x="LMARGIN",new_y="NEXT"); p.ln(2)
p.set_x(110); p.cell(80,5,"Il Responsabile dell'Area Amministrativa",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_x(110); p.cell(80,5,"Dott.ssa Teresa Procopio",align="C",new_x="LMARGIN",new_y="NEXT")
p.output(sys.argv[1])
