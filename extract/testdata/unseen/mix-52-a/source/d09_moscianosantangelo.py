# Comune di Mosciano Sant'Angelo - attestazione di pubblicazione: a pre-printed form (Helvetica) whose blanks of
# underscores were filled in (Courier), Studio K-style; fpdf2, core fonts.
import sys
from fpdf import FPDF
p=FPDF('P','mm','A4'); p.set_margins(22,18,20); p.set_auto_page_break(True,18); p.add_page()
p.set_creator('Studio K - Modulistica'); p.set_producer('FPDF2'); p.set_title('Attestazione di pubblicazione G.C. 34/2026')
def form(parts,h=7):
    # parts: list of (text, filled?) written inline
    for t,fill in parts:
        if fill:
            p.set_font('Courier','B',10.5)
        else:
            p.set_font('Helvetica','',10.5)
        p.write(h,t)
    p.ln(h)
p.set_font('Helvetica','B',15); p.cell(0,8,"COMUNE DI MOSCIANO SANT'ANGELO",align='C',new_x='LMARGIN',new_y='NEXT')
p.set_font('Helvetica','',10); p.cell(0,5,'Provincia di Teramo',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_font('Helvetica','',8.5); p.cell(0,5,'Settore I - Affari Generali - Ufficio Segreteria e Albo',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_line_width(0.5); p.line(22,p.get_y()+2,190,p.get_y()+2); p.ln(8)
p.set_font('Helvetica','B',13); p.cell(0,7,'ATTESTAZIONE DI PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_font('Helvetica','I',9); p.cell(0,5,'(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della L. 18 giugno 2009, n. 69)',align='C',new_x='LMARGIN',new_y='NEXT')
p.ln(6)
form([('Deliberazione della ',0),('__Giunta Comunale__',1),('  n. ',0),('___34___',1),('  del ',0),('__10/03/2026__',1)])
p.ln(2)
p.set_font('Helvetica','B',10.5); p.write(7,'Oggetto: ')
y0=p.get_y()
p.set_font('Courier','B',10.5)
p.multi_cell(0,7,'APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE "MOSCIANO ESTATE 2026" E INDIRIZZI AL RESPONSABILE DEL SETTORE III.',new_x='LMARGIN',new_y='NEXT')
p.set_line_width(0.2)
for yy in range(3):
    p.line(40 if yy==0 else 22, y0+6.3+7*yy, 190, y0+6.3+7*yy)
p.set_y(y0+21+4)
p.set_font('Helvetica','',10.5)
p.multi_cell(0,6,"Il/La sottoscritto/a Responsabile della pubblicazione, visti gli atti d'ufficio,",new_x='LMARGIN',new_y='NEXT')
p.ln(2); p.set_font('Helvetica','B',11); p.cell(0,7,'A T T E S T A',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(1)
p.set_font('Helvetica','',10.5)
p.multi_cell(0,6,"che copia della deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line di questo Comune per 15 (quindici) giorni consecutivi:",new_x='LMARGIN',new_y='NEXT')
form([('dal ',0),('__12/03/2026__',1),('  al ',0),('__27/03/2026__',1),('  con il n. ',0),('___318___',1),('  del Registro delle pubblicazioni,',0)])
form([('[ ',0),('X',1),(' ] senza opposizioni o reclami          [   ] con le seguenti opposizioni: ______________________',0)])
p.ln(4)
p.set_font('Helvetica','B',10.5); p.cell(0,7,'ESECUTIVITA\'',new_x='LMARGIN',new_y='NEXT')
form([('[ ',0),('X',1),(' ] divenuta esecutiva il ',0),('__10/03/2026__',1),(' perche\' dichiarata immediatamente eseguibile (art. 134, c. 4)',0)])
form([('[   ] divenuta esecutiva il ______________ decorsi 10 giorni dalla pubblicazione (art. 134, c. 3)',0)])
p.ln(10)
form([("Mosciano Sant'Angelo, li ",0),('__28/03/2026__',1)])
p.ln(8)
p.set_x(105); p.set_font('Helvetica','',10.5); p.cell(0,6,'IL RESPONSABILE DELLA PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_x(105); p.set_font('Courier','B',10.5); p.cell(0,7,'___Rag. Loredana Di Sabatino___',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_x(105); p.set_font('Helvetica','I',8); p.cell(0,5,'(firma autografa sostituita a mezzo stampa, art. 3 D.Lgs. 39/1993)',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_y(-22); p.set_font('Helvetica','',7); p.cell(0,4,'Mod. SEG-07 rev. 2019 - Studio K S.r.l.',align='L')
p.output(sys.argv[1])
