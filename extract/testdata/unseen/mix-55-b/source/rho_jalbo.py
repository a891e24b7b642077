# Certificate of publication, Città di Rho - fpdf2, imitating an Albo module's "referto di pubblicazione" form
import sys
from fpdf import FPDF
out=sys.argv[1]
D='/usr/share/fonts/truetype/dejavu/'
pdf=FPDF('P','mm','A4'); pdf.set_auto_page_break(True,20)
pdf.add_font('DV','',D+'DejaVuSans.ttf'); pdf.add_font('DV','B',D+'DejaVuSans-Bold.ttf'); pdf.add_font('DV','I',D+'DejaVuSans-Oblique.ttf')
pdf.set_title('Certificato di pubblicazione - Reg. 1083/2026'); pdf.set_author('Città di Rho - Albo Pretorio'); pdf.set_creator('JAlbo - modulo referti')
pdf.add_page(); pdf.set_margins(20,18,20)
pdf.set_draw_color(120,0,0)
pdf.set_xy(20,16); pdf.set_font('DV','B',17); pdf.set_text_color(120,0,0); pdf.cell(0,8,'CITTÀ DI RHO',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_text_color(0); pdf.set_font('DV','',9); pdf.cell(0,5,'Città Metropolitana di Milano',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.cell(0,5,'Piazza Visconti, 23 – 20017 Rho (MI) – Segreteria Generale – Servizio Albo Pretorio',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_line_width(0.8); pdf.line(20,36,190,36); pdf.ln(8)
pdf.set_font('DV','B',14); pdf.cell(0,8,'CERTIFICATO DI PUBBLICAZIONE',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('DV','',9); pdf.cell(0,5,'(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(5)
pdf.set_line_width(0.3); pdf.set_draw_color(0)
rows=[('Reg. pubblicazione','1083/2026'),('Tipo atto','Deliberazione della Giunta Comunale'),('Numero atto','52'),('Data atto','26/02/2026'),
('Oggetto','APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE DI VOLONTARIATO “RHO SOCCORSO ODV” PER IL SERVIZIO DI TRASPORTO SOCIALE DI PERSONE FRAGILI – ANNI 2026-2027.'),
('Ufficio richiedente','Area Servizi alla Persona – Servizio Politiche Sociali'),('Pubblicato dal','02/03/2026'),('Pubblicato al','17/03/2026')]
for k,v in rows:
    y=pdf.get_y(); pdf.set_font('DV','B',9); pdf.set_fill_color(235,235,235)
    pdf.set_xy(60,y); pdf.set_font('DV','',9.5); pdf.multi_cell(130,6,v,border=1,new_x='LMARGIN',new_y='NEXT'); h=pdf.get_y()-y
    pdf.rect(20,y,40,h,style='DF'); pdf.set_xy(20,y); pdf.set_font('DV','B',9); pdf.cell(40,6,k)
    pdf.set_y(y+h)
pdf.ln(8)
pdf.set_font('DV','',10.5)
pdf.multi_cell(0,6,'Il sottoscritto Segretario Generale, visti gli atti d’ufficio,',new_x='LMARGIN',new_y='NEXT'); pdf.ln(2)
pdf.set_font('DV','B',11); pdf.cell(0,7,'CERTIFICA',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.set_font('DV','',10.5); pdf.ln(1)
pdf.multi_cell(0,6,'che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line di questo Ente per quindici giorni consecutivi, dal 02/03/2026 al 17/03/2026, senza che siano pervenute opposizioni o reclami, e che la stessa è divenuta esecutiva in data 12/03/2026, decorsi dieci giorni dall’inizio della pubblicazione, ai sensi dell’art. 134, comma 3, del D.Lgs. 267/2000.',new_x='LMARGIN',new_y='NEXT')
pdf.ln(8); pdf.cell(0,6,'Rho, 18/03/2026',new_x='LMARGIN',new_y='NEXT'); pdf.ln(4)
pdf.set_x(110); pdf.multi_cell(80,6,'IL SEGRETARIO GENERALE\nDott. Pierluigi Monteverdi',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_x(110); pdf.set_font('DV','I',8); pdf.multi_cell(80,5,'(documento firmato digitalmente ai sensi dell’art. 24 del D.Lgs. 82/2005)',align='C')
pdf.set_auto_page_break(False); pdf.set_y(-22); pdf.set_font('DV','',7); pdf.set_text_color(90)
pdf.cell(0,4,'Referto generato dal sistema di gestione dell’Albo Pretorio on line – id. pubblicazione 2026/1083 – pagina 1 di 1',align='C')
pdf.output(out)
