# Allegato (spreadsheet), Comune di Grottole - an Excel workbook as printed from Excel (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb=Workbook(); ws=wb.active; ws.title='Graduatoria'
thin=Side(style='thin',color='000000'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws['A1']='COMUNE DI GROTTOLE'; ws['A1'].font=Font(name='Calibri',bold=True,size=14)
ws['A2']='Provincia di Matera – Area Amministrativa – Servizi Sociali'; ws['A2'].font=Font(name='Calibri',size=10)
ws['A4']='ALLEGATO A alla determinazione n. 77 del 08/05/2026'; ws['A4'].font=Font(name='Calibri',bold=True,size=11)
ws['A5']="GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2025"
ws['A5'].font=Font(name='Calibri',bold=True,size=11)
for r in (1,2,4,5): ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=7)
ws['A5'].alignment=Alignment(wrap_text=True,vertical='top'); ws.row_dimensions[5].height=30
hdr=['N.','Prot. domanda','Data domanda','Codice identificativo','ISEE (€)','Canone annuo (€)','Contributo (€)']
for i,h in enumerate(hdr,1):
    c=ws.cell(row=7,column=i,value=h); c.font=Font(name='Calibri',bold=True,size=10); c.border=B
    c.alignment=Alignment(horizontal='center',vertical='center',wrap_text=True); c.fill=PatternFill('solid',fgColor='D9E1F2')
import random
random.seed(58)
rows=[]
for n in range(1,29):
    prot=1180+n*13+random.randint(0,9); d='%02d/03/2026'%random.randint(2,27)
    isee=round(random.uniform(2500,15500),2); can=round(random.choice([2400,2700,3000,3300,3600,4200])*1.0,2)
    contr=round(min(can*0.42, 2300 - isee*0.06),2)
    rows.append((isee,prot,d,can,contr))
rows.sort()
tot=0
for n,(isee,prot,d,can,contr) in enumerate(rows,1):
    vals=[n,prot,d,'GRT-2025-%03d'%(prot%1000),isee,can,contr]; tot+=contr
    for i,v in enumerate(vals,1):
        c=ws.cell(row=7+n,column=i,value=v); c.border=B; c.font=Font(name='Calibri',size=10)
        if i>=5: c.number_format='[$-410]#,##0.00'
        if i<=4: c.alignment=Alignment(horizontal='center')
r=8+len(rows)
ws.cell(row=r,column=6,value='TOTALE').font=Font(name='Calibri',bold=True,size=10)
c=ws.cell(row=r,column=7,value=round(tot,2)); c.number_format='[$-410]#,##0.00'; c.font=Font(name='Calibri',bold=True,size=10); c.border=B
ws.cell(row=r+2,column=1,value='I dati identificativi dei beneficiari sono omessi ai sensi del Regolamento (UE) 2016/679 e dell\'art. 26, comma 4, del D.Lgs. 33/2013.').font=Font(name='Calibri',italic=True,size=9)
ws.cell(row=r+4,column=5,value='Il Responsabile dell\'Area Amministrativa').font=Font(name='Calibri',size=10)
ws.cell(row=r+5,column=5,value='Dott.ssa Maria Teresa Lisanti').font=Font(name='Calibri',size=10)
for col,w in zip('ABCDEFG',[5,13,13,20,13,15,14]): ws.column_dimensions[col].width=w
ws.row_dimensions[7].height=30
ws.print_title_rows='7:7'
ws.page_setup.orientation='portrait'; ws.page_setup.paperSize=ws.PAPERSIZE_A4; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
ws.sheet_properties.pageSetUpPr.fitToPage=True
ws.page_margins=PageMargins(left=0.6,right=0.6,top=0.9,bottom=0.9,header=0.4,footer=0.4)
ws.oddHeader.right.text='&A'; ws.oddHeader.right.size=8
ws.oddFooter.left.text='&F'; ws.oddFooter.left.size=8
ws.oddFooter.right.text='Pagina &P di &N'; ws.oddFooter.right.size=8
ws.print_options.horizontalCentered=True
wb.save(sys.argv[1])
