# Comune di Oratino - Allegato A (tariffe servizi a domanda individuale 2026): a spreadsheet printed to PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb=Workbook(); ws=wb.active; ws.title='Tariffe 2026'
thin=Side(style='thin',color='000000'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws['A1']='COMUNE DI ORATINO'; ws['A1'].font=Font(name='Arial',bold=True,size=13)
ws['A2']='Provincia di Campobasso'; ws['A2'].font=Font(name='Arial',size=9)
ws['A3']='Allegato A alla deliberazione della Giunta Comunale n. 21 del 12/03/2026'; ws['A3'].font=Font(name='Arial',italic=True,size=9)
ws['A5']='SERVIZI PUBBLICI A DOMANDA INDIVIDUALE - TARIFFE E TASSO DI COPERTURA - ANNO 2026'; ws['A5'].font=Font(name='Arial',bold=True,size=11)
hdr=['N.','Servizio','Unità di misura','Tariffa 2025 (€)','Tariffa 2026 (€)','Var. %','Costo previsto (€)','Entrata prevista (€)','Copertura %']
ws.append([]); ws.append(hdr)
rows=[(1,'Mensa scolastica - scuola dell\'infanzia','pasto',3.80,4.00,36500,24000),
      (2,'Mensa scolastica - residenti ISEE < 8.000 €','pasto',2.50,2.50,None,None),
      (3,'Trasporto scolastico','quota mensile',18.00,20.00,41200,12800),
      (4,'Uso palestra comunale - associazioni','ora',8.00,8.00,9400,3100),
      (5,'Uso palestra comunale - privati','ora',15.00,16.00,None,None),
      (6,'Sala polifunzionale "ex scuola Sant\'Elena"','giornata',60.00,65.00,4800,1950),
      (7,'Illuminazione votiva','lampada/anno',16.00,16.00,6200,7400),
      (8,'Centro estivo ragazzi','settimana',45.00,50.00,15600,8250)]
r0=ws.max_row+1
for i,(n,s,u,t25,t26,cost,entr) in enumerate(rows):
    r=r0+i
    ws.cell(r,1,n); ws.cell(r,2,s); ws.cell(r,3,u); ws.cell(r,4,t25); ws.cell(r,5,t26)
    ws.cell(r,6,f'=E{r}/D{r}-1')
    if cost is not None:
        ws.cell(r,7,cost); ws.cell(r,8,entr); ws.cell(r,9,f'=H{r}/G{r}')
rl=r0+len(rows)
ws.cell(rl,2,'TOTALE'); ws.cell(rl,7,f'=SUM(G{r0}:G{rl-1})'); ws.cell(rl,8,f'=SUM(H{r0}:H{rl-1})'); ws.cell(rl,9,f'=H{rl}/G{rl}')
for r in range(r0-1,rl+1):
    for c in range(1,10):
        cell=ws.cell(r,c); cell.border=B; cell.font=Font(name='Arial',size=9,bold=(r in (r0-1,rl)))
        if c in (4,5,7,8): cell.number_format='[$-410]#,##0.00'
        if c in (6,9): cell.number_format='[$-410]0.00%'
        if r==r0-1: cell.fill=PatternFill('solid',fgColor='D9E1F2'); cell.alignment=Alignment(wrap_text=True,horizontal='center',vertical='center')
ws.row_dimensions[r0-1].height=30
for col,w in zip('ABCDEFGHI',[4,40,14,11,11,8,13,13,10]): ws.column_dimensions[col].width=w
ws.cell(rl+2,1,'Note: le tariffe si intendono IVA inclusa ove dovuta. Il tasso di copertura complessivo dei servizi è calcolato ai sensi dell\'art. 243, comma 2, lett. a), del D.Lgs. 267/2000.').font=Font(name='Arial',size=8,italic=True)
ws.cell(rl+4,7,'Il Responsabile del Servizio Finanziario').font=Font(name='Arial',size=9)
ws.cell(rl+5,7,'Rag. Nicolina Di Iorio').font=Font(name='Arial',size=9,bold=True)
ws.page_setup.orientation='landscape'; ws.page_setup.paperSize=ws.PAPERSIZE_A4
ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.sheet_properties.pageSetUpPr.fitToPage=True
ws.print_options.gridLines=False
ws.oddHeader.center.text='&A'; ws.oddFooter.left.text='&F'; ws.oddFooter.right.text='Pagina &P di &N'
wb.save(sys.argv[1])
