import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Graduatoria"
b=Side(style="thin"); B=Border(left=b,right=b,top=b,bottom=b)
ws.merge_cells("A1:F1"); ws["A1"]="COMUNE DI ALIFE – Provincia di Caserta"; ws["A1"].font=Font(bold=True,size=14)
ws.merge_cells("A2:F2"); ws["A2"]="Allegato A alla determinazione n. 63 del 25/03/2026 – Area Servizi Sociali"
ws.merge_cells("A3:F3"); ws["A3"]="GRADUATORIA DEFINITIVA AMMESSI AL SERVIZIO DI ASILO NIDO COMUNALE – A.E. 2026/2027"; ws["A3"].font=Font(bold=True)
for c in ("A1","A2","A3"): ws[c].alignment=Alignment(horizontal="center")
ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("C4:E4"); ws.merge_cells("F4:F5")
ws["A4"]="Pos."; ws["B4"]="Protocollo domanda"; ws["C4"]="Punteggio"; ws["F4"]="Esito"
ws["C5"]="Nucleo"; ws["D5"]="Lavoro"; ws["E5"]="Totale"
rows=[("2611",18,12),("2587",16,12),("2702",15,10),("2544",14,10),("2630",12,10),("2598",12,8),("2715",10,8),("2560",9,6),("2688",8,6),("2701",6,6),("2622",6,4),("2575",4,4)]
for i,(p,n,l) in enumerate(rows,1): ws.append([i,"prot. "+p,n,l,n+l,"Ammesso" if i<=10 else "Lista d'attesa"])
for r in ws.iter_rows(min_row=4,max_row=5+len(rows)):
    for c in r: c.border=B; c.alignment=Alignment(horizontal="center",vertical="center")
for r in (4,5):
    for c in ws[r]: c.font=Font(bold=True)
ws.append([]); ws.append(["Alife, 25/03/2026"]); ws.append(["","","","La Responsabile dell'Area Servizi Sociali – dott.ssa Rosaria Di Caprio"])
for col,w in zip("ABCDEF",(7,22,11,11,11,18)): ws.column_dimensions[col].width=w
ws.page_setup.orientation="portrait"; ws.page_setup.paperSize=9; ws.page_setup.fitToWidth=1; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
wb.save(sys.argv[1])
