import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Aliquote IMU"
ws["A1"]="COMUNE DI ASCREA – Allegato A alla deliberazione del Consiglio Comunale n. 6 del 27.03.2026"; ws["A1"].font=Font(bold=True)
ws["A2"]="Aliquote dell'Imposta Municipale Propria (IMU) – anno 2026"
ws.append([]); ws.append(["N.","Fattispecie","Aliquota (per mille)","Note"])
R=[("Abitazione principale di categoria A/1, A/8 e A/9 e relative pertinenze",5.0,"detrazione euro 200,00"),("Fabbricati rurali ad uso strumentale",1.0,""),("Fabbricati gruppo catastale D",9.6,"di cui 7,6 allo Stato"),("Terreni agricoli",0.0,"esenti (comune montano)"),("Aree fabbricabili",9.6,""),("Altri fabbricati",10.6,"")]
for i,(a,b,c) in enumerate(R,1): ws.append([i,a,b,c])
th=Side(style="thin")
for row in ws.iter_rows(min_row=4,max_row=10,max_col=4):
    for c in row: c.border=Border(left=th,right=th,top=th,bottom=th); c.alignment=Alignment(wrap_text=True,vertical="top")
for c in ws[4]: c.font=Font(bold=True)
for r in range(5,11): ws.cell(r,3).number_format='0.0'
ws.column_dimensions['A'].width=5; ws.column_dimensions['B'].width=60; ws.column_dimensions['C'].width=20; ws.column_dimensions['D'].width=28
ws.page_setup.orientation="landscape"; ws.oddFooter.center.text="Pagina &P di &N"; ws.oddHeader.right.text="&F"
wb.save(sys.argv[1])
