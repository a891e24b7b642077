import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Allegato A"
th=Side(style="thin"); B=Border(left=th,right=th,top=th,bottom=th)
ws.merge_cells("A1:F1"); ws["A1"]="COMUNE DI LAVIANO - Provincia di Salerno"; ws["A1"].font=Font(bold=True,size=13); ws["A1"].alignment=Alignment(horizontal="center")
ws.merge_cells("A2:F2"); ws["A2"]="ALLEGATO A alla determinazione Area Servizi Sociali n. 33 del 28/04/2026 - Elenco beneficiari contributo affitto 2026"; ws["A2"].alignment=Alignment(horizontal="center",wrap_text=True); ws.row_dimensions[2].height=30
hdr=["N.","Codice domanda","Iniziali","Componenti nucleo","ISEE (€)","Contributo (€)"]
ws.append([]); ws.append(hdr)
for i,h in enumerate(hdr): ws.cell(4,i+1).font=Font(bold=True); ws.cell(4,i+1).border=B
import random; random.seed(90)
ini=["A.C.","M.D.","R.F.","G.P.","L.S.","C.V.","F.M.","P.R.","S.T.","E.B.","N.G.","D.L.","V.A.","B.C.","T.Z.","I.N."]
tot=0
for i,a in enumerate(ini,1):
    isee=round(random.uniform(3000,14500),2); amt=float(random.choice([450,600,750,900,1050,1200])); tot+=amt
    ws.append([i,f"PROT-{2300+i*7}/2026",a,random.randint(1,6),isee,amt])
for r in ws.iter_rows(min_row=5,max_row=4+len(ini)):
    for cell in r: cell.border=B
    r[4].number_format='#,##0.00'; r[5].number_format='#,##0.00'
n=5+len(ini); ws.merge_cells(f"A{n}:E{n}"); ws[f"A{n}"]="TOTALE"; ws[f"A{n}"].font=Font(bold=True); ws[f"F{n}"]=tot; ws[f"F{n}"].number_format='#,##0.00'; ws[f"F{n}"].font=Font(bold=True)
for col,w in zip("ABCDEF",[6,20,10,18,14,16]): ws.column_dimensions[col].width=w
ws.oddFooter.center.text="Pagina &P di &N"
wb.save(sys.argv[1])
