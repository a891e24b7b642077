import sys
from openpyxl import Workbook
wb=Workbook(); ws=wb.active; ws.title="Allegato A"
ws.append(["COMUNE DI NURAMINIS - Area Amministrativa - Servizio Sociale"]); ws.append(["Allegato A alla determinazione n. 17/SS del 11/03/2026 - Elenco liquidazioni contributo affitto"])
ws.append(["N.","Beneficiario","Protocollo","Importo €"])
import random; random.seed(7)
for i in range(1,21): ws.append([i,"Beneficiario %02d (omissis)"%i,2400+i*7,round(random.uniform(300,1200),2)])
ws.append(["","TOTALE","","=SUM(D4:D23)"])
for c in "ABCD": ws.column_dimensions[c].width=[6,36,14,14]["ABCD".index(c)]
for r in ws.iter_rows(min_row=4,min_col=4,max_col=4):
    for c in r: c.number_format='#,##0.00'
ws.oddHeader.center.text="&F"; ws.oddFooter.right.text="Pagina &P di &N"
wb.save(sys.argv[1])
