# Comune di Falerone - attestazione di pubblicazione, "bluesoft" Albo module print, fpdf2
import sys
from fpdf import FPDF
out=sys.argv[1]
F='/usr/share/fonts/truetype/liberation/'
pdf=FPDF(format='A4'); pdf.set_margins(22,18,22); pdf.set_auto_page_break(True,20)
pdf.add_font('LS','',F+'LiberationSerif-Regular.ttf'); pdf.add_font('LS','B',F+'LiberationSerif-Bold.ttf'); pdf.add_font('LS','I',F+'LiberationSerif-Italic.ttf')
pdf.add_font('LM','',F+'LiberationMono-Regular.ttf')
pdf.set_title('Attestazione di pubblicazione'); pdf.set_creator('BlueSoft Albo On Line 3.8'); pdf.set_author('Comune di Falerone')
pdf.add_page()
pdf.set_font('LS','B',17); pdf.cell(0,8,'COMUNE DI FALERONE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('LS','I',10); pdf.cell(0,5,'Provincia di Fermo',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('LS','',9); pdf.cell(0,5,'Piazza della Libertà, 1 – 63837 Falerone (FM)',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.ln(3); pdf.set_draw_color(40,60,120); pdf.set_line_width(0.7); pdf.line(22,pdf.get_y(),188,pdf.get_y()); pdf.ln(8)
pdf.set_font('LS','B',13); pdf.cell(0,7,'ATTESTAZIONE DI PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('LS','',10); pdf.cell(0,5,"(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)",align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(6)
pdf.set_draw_color(0,0,0); pdf.set_line_width(0.2)
rows=[('Registro pubblicazioni','n. 214/2026'),('Tipo atto','Deliberazione della Giunta Comunale'),('Numero atto','18'),('Data atto','10/03/2026'),
('Oggetto',"Approvazione dello schema di convenzione con l'Associazione \"Faleria Antica\" per la gestione e la valorizzazione del Teatro romano e dell'Antiquarium comunale – Annualità 2026-2027."),
('Periodo di pubblicazione','dal 13/03/2026 al 28/03/2026'),('Ufficio richiedente','Area Amministrativa – Servizio Segreteria')]
for a,b in rows:
    y=pdf.get_y(); pdf.set_font('LS','B',10); pdf.set_xy(22,y)
    pdf.set_font('LS','',10)
    # measure height
    lines=pdf.multi_cell(116,6,b,dry_run=True,output='LINES')
    hgt=6*len(lines)
    pdf.set_xy(22,y); pdf.cell(50,hgt,'',border=1); pdf.set_xy(22,y); pdf.set_font('LS','B',10); pdf.cell(50,6,a)
    pdf.set_font('LS','',10); pdf.set_xy(72,y); pdf.multi_cell(116,6,b,border=1,new_x='LMARGIN',new_y='NEXT')
pdf.ln(8)
pdf.set_font('LS','',11)
pdf.multi_cell(0,6.2,"Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.ln(2); pdf.set_font('LS','B',12); pdf.cell(0,7,'A T T E S T A',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(2)
pdf.set_font('LS','',11)
pdf.multi_cell(0,6.2,"che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.falerone.fm.it, per quindici giorni consecutivi, dal 13/03/2026 al 28/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, e che contro di essa non sono pervenuti reclami od opposizioni.",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.ln(2)
pdf.multi_cell(0,6.2,"La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",align='J',new_x='LMARGIN',new_y='NEXT')
pdf.ln(8)
pdf.cell(0,6,'Falerone, 30/03/2026',new_x='LMARGIN',new_y='NEXT'); pdf.ln(4)
pdf.set_x(110); pdf.set_font('LS','B',11); pdf.cell(78,6,'IL RESPONSABILE DELLA PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_x(110); pdf.set_font('LS','',11); pdf.cell(78,6,'Rag. Monia Vitali',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_y(-30); pdf.set_font('LM','',7)
pdf.cell(0,4,'ID pubblicazione: FAL-ALBO-2026-000214  |  Hash SHA-256: 9c41e07a5bd2f3e8a61c0d47e2b95f1a8d3c7e60b4f21a95d8e7c3b10a6f4d29e',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('LS','I',7.5)
pdf.cell(0,4,'Documento informatico sottoscritto con firma digitale ai sensi dell\'art. 24 del D.Lgs. 82/2005 (Codice dell\'Amministrazione Digitale)',align='C')
pdf.output(out)
