# Comune di Baranello (CB) - annex table; .xlsx written with openpyxl, printed to PDF by LibreOffice Calc
import sys, csv, openpyxl
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
wb=openpyxl.Workbook();ws=wb.active;ws.title="Tariffe 2026-2027"
rows=list(csv.reader(open(sys.argv[1],encoding='utf-8'),delimiter=';'))
thin=Side(style='thin');B=Border(left=thin,right=thin,top=thin,bottom=thin)
for r,row in enumerate(rows,1):
    for c,v in enumerate(row,1):
        if v=='':continue
        cell=ws.cell(r,c,v)
for c,w in zip('ABCDE',[16,38,20,20,22]): ws.column_dimensions[c].width=w
ws['A1'].font=Font(name='Liberation Sans',bold=True,size=14);ws['A2'].font=Font(name='Liberation Sans',italic=True,size=10)
ws['A4'].font=Font(name='Liberation Sans',bold=True,size=10);ws['A5'].font=Font(name='Liberation Sans',bold=True,size=11)
for r in list(range(7,13))+[14]:
    for c in range(1,6):
        ce=ws.cell(r,c);ce.border=B;ce.alignment=Alignment(horizontal='center',wrap_text=True)
        if r==7: ce.font=Font(bold=True);ce.fill=PatternFill('solid',fgColor='DDDDDD')
ws.page_setup.orientation='landscape';ws.page_setup.paperSize=9
ws.page_setup.fitToWidth=1;ws.page_setup.fitToHeight=1;ws.sheet_properties.pageSetUpPr.fitToPage=True
ws.oddFooter.center.text="Pagina &P di &N";ws.oddHeader.right.text="Allegato A - G.C. 21/2026"
wb.save(sys.argv[2])
