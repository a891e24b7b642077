import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Graduatoria"
t=Side(style="thin"); B=Border(left=t,right=t,top=t,bottom=t)
rows=[["COMUNE DI MONTEMITRO – OPĆINA MUNDIMITAR"],["Provincia di Campobasso – Servizio Affari Generali e Sociali"],
["GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEI BUONI SERVIZIO PER IL TRASPORTO SOCIALE – ANNO 2026"],
["approvata con determinazione del Responsabile del Servizio n. 22 del 16.3.2026"],[]]
for r in rows: ws.append(r)
ws.append(["Pos.","Codice domanda","Protocollo","Punteggio",None,None,"Esito"])
ws.append([None,None,None,"ISEE","Nucleo","Totale",None])
data=[("MM-2026-007","612",14,8,22,"Ammesso"),("MM-2026-003","598",14,6,20,"Ammesso"),("MM-2026-011","640",12,6,18,"Ammesso"),
("MM-2026-001","587",10,6,16,"Ammesso"),("MM-2026-009","627",10,4,14,"Ammesso"),("MM-2026-004","601",8,4,12,"Ammesso"),
("MM-2026-012","655",6,4,10,"Ammesso con riserva"),("MM-2026-006","609",4,2,6,"Non ammesso (ISEE oltre soglia)")]
for i,d in enumerate(data,1): ws.append([i,*d])
ws.append([]); ws.append(["Montemitro, 17.3.2026"]); ws.append(["Il Responsabile del Servizio – Maria Grazia Jakovljević"])
for m in ("A1:G1","A2:G2","A3:G3","A4:G4","D6:F6","A6:A7","B6:B7","C6:C7","G6:G7"): ws.merge_cells(m)
for c in ("A1","A3"): ws[c].font=Font(bold=True,size=12)
for r in range(1,5): ws.cell(r,1).alignment=Alignment(horizontal="center",wrap_text=True)
ws.row_dimensions[3].height=32
for r in range(6,8+len(data)):
    for c in range(1,8):
        ws.cell(r,c).border=B
        if r<8: ws.cell(r,c).font=Font(bold=True); ws.cell(r,c).alignment=Alignment(horizontal="center",vertical="center")
for col,w in zip("ABCDEFG",(6,18,12,8,8,8,30)): ws.column_dimensions[col].width=w
ws.print_title_rows="6:7"; ws.oddHeader.center.text="&F"; ws.oddFooter.center.text="Pagina &P di &N"
ws.page_setup.orientation="landscape"; ws.page_setup.paperSize=9
wb.save(sys.argv[1])
