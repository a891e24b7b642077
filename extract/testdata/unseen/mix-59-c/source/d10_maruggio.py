# Comune di Maruggio - Allegato A (tariffe servizi a domanda individuale), Excel .xlsx (openpyxl) printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out=sys.argv[1]
wb=Workbook(); ws=wb.active; ws.title='Tariffe 2026'
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws.column_dimensions['A'].width=6; ws.column_dimensions['B'].width=48; ws.column_dimensions['C'].width=16; ws.column_dimensions['D'].width=14; ws.column_dimensions['E'].width=14
ws.merge_cells('A1:E1'); ws['A1']='COMUNE DI MARUGGIO'; ws['A1'].font=Font(name='Liberation Sans',bold=True,size=14); ws['A1'].alignment=Alignment(horizontal='center')
ws.merge_cells('A2:E2'); ws['A2']='Provincia di Taranto'; ws['A2'].font=Font(name='Liberation Sans',size=9); ws['A2'].alignment=Alignment(horizontal='center')
ws.merge_cells('A4:E4'); ws['A4']='ALLEGATO A alla deliberazione della Giunta Comunale n. 41 del 17/03/2026'; ws['A4'].font=Font(name='Liberation Sans',italic=True,size=9); ws['A4'].alignment=Alignment(horizontal='right')
ws.merge_cells('A5:E5'); ws['A5']='SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E TASSO DI COPERTURA ANNO 2026'; ws['A5'].font=Font(name='Liberation Sans',bold=True,size=11); ws['A5'].alignment=Alignment(horizontal='center',wrap_text=True)
ws.row_dimensions[5].height=30
hdr=['N.','Servizio / prestazione','Tariffa 2026 (€)','Unità','Var. % su 2025']
for i,h in enumerate(hdr):
    c=ws.cell(row=7,column=i+1,value=h); c.font=Font(name='Liberation Sans',bold=True,size=9); c.border=B; c.fill=PatternFill('solid',fgColor='D9E1F2'); c.alignment=Alignment(horizontal='center',vertical='center',wrap_text=True)
data=[('1','Mensa scolastica – scuola dell\'infanzia (ISEE fino a € 6.000)',2.10,'pasto',0.0),
('2','Mensa scolastica – scuola dell\'infanzia (ISEE oltre € 6.000)',3.40,'pasto',3.0),
('3','Trasporto scolastico – abbonamento annuale',180.00,'alunno',0.0),
('4','Trasporto scolastico – secondo figlio',120.00,'alunno',0.0),
('5','Uso Sala consiliare per iniziative private',90.00,'giornata',5.9),
('6','Uso impianto sportivo comunale "Campo Nicola Di Leo" – calcio a 11',65.00,'ora',8.3),
('7','Uso impianto sportivo comunale – calcio a 5 con illuminazione',35.00,'ora',0.0),
('8','Illuminazione votiva – canone annuo',18.50,'lampada',2.8),
('9','Parcheggi a pagamento Campomarino – tariffa oraria (15/6–15/9)',1.00,'ora',0.0),
('10','Parcheggi a pagamento Campomarino – abbonamento stagionale residenti',40.00,'veicolo',0.0)]
r=8
for row in data:
    for j,v in enumerate(row):
        c=ws.cell(row=r,column=j+1,value=v if j!=4 else v/100); c.border=B; c.font=Font(name='Liberation Sans',size=9)
        if j==2: c.number_format='[$-410]#,##0.00'
        if j==4: c.number_format='[$-410]0.0%'
        if j in (0,3,4): c.alignment=Alignment(horizontal='center')
        if j==1: c.alignment=Alignment(wrap_text=True)
    r+=1
r+=1
ws.cell(row=r,column=2,value='Costo complessivo dei servizi (previsione 2026)').font=Font(name='Liberation Sans',size=9)
c=ws.cell(row=r,column=3,value=412650.00); c.number_format='[$-410]#,##0.00'; c.font=Font(name='Liberation Sans',size=9)
r+=1
ws.cell(row=r,column=2,value='Proventi tariffari previsti').font=Font(name='Liberation Sans',size=9)
c=ws.cell(row=r,column=3,value=238470.00); c.number_format='[$-410]#,##0.00'; c.font=Font(name='Liberation Sans',size=9)
r+=1
ws.cell(row=r,column=2,value='Tasso di copertura').font=Font(name='Liberation Sans',bold=True,size=9)
c=ws.cell(row=r,column=3,value='=C%d/C%d'%(r-1,r-2)); c.number_format='[$-410]0.00%'; c.font=Font(name='Liberation Sans',bold=True,size=9)
r+=2
ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=5)
ws.cell(row=r,column=1,value='Il Responsabile del Settore Economico-Finanziario – Dott. Cosimo Pichierri').font=Font(name='Liberation Sans',italic=True,size=8.5)
ws.cell(row=r,column=1).alignment=Alignment(horizontal='right')
ws.page_setup.orientation='portrait'; ws.page_setup.paperSize=ws.PAPERSIZE_A4; ws.page_setup.fitToWidth=1
ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
ws.oddFooter.center.text='Pagina &P di &N'; ws.oddHeader.right.text='All. A – G.C. 41/2026'
ws.print_options.horizontalCentered=True
wb.save(out)
