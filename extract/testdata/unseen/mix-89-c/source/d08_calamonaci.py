# graduatoria definitiva (Allegato A): openpyxl .xlsx with merged header cells -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Graduatoria"
t=Side(style="thin"); B=Border(left=t,right=t,top=t,bottom=t); C=Alignment(horizontal="center",vertical="center",wrap_text=True)
ws.merge_cells("A1:G1"); ws["A1"]="COMUNE DI CALAMONACI – Libero Consorzio Comunale di Agrigento"; ws["A1"].font=Font(bold=True,size=13); ws["A1"].alignment=C
ws.merge_cells("A2:G2"); ws["A2"]="Allegato A alla determinazione del Responsabile dell'Area Amministrativa n. 58 del 14/04/2026"; ws["A2"].alignment=C
ws.merge_cells("A3:G3"); ws["A3"]="GRADUATORIA DEFINITIVA – CANTIERE DI SERVIZI 2026 (L.R. 9/2015) – N. 8 POSTI"; ws["A3"].font=Font(bold=True); ws["A3"].alignment=C
for rng,v in [("A5:A6","Pos."),("B5:B6","Prot. domanda"),("C5:C6","Iniziali"),("D5:F5","Punteggio"),("G5:G6","Esito")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]]=v
for c,v in zip("DEF",["ISEE","Nucleo","Totale"]): ws[c+"6"]=v
data=[("1418","G.M.",30,12,42,"Ammesso"),("1376","S.L.",30,10,40,"Ammesso"),("1402","C.A.",28,10,38,"Ammesso"),("1455","P.R.",26,10,36,"Ammesso"),("1390","F.D.",26,8,34,"Ammesso"),("1433","M.V.",24,8,32,"Ammesso"),("1371","T.G.",24,6,30,"Ammesso"),("1460","L.S.",22,6,28,"Ammesso"),("1389","R.C.",20,6,26,"Riserva"),("1441","D.F.",18,6,24,"Riserva"),("1397","B.N.",16,4,20,"Riserva"),("1468","V.E.",0,0,0,"Escluso (domanda tardiva)")]
for i,r in enumerate(data,1): ws.append([i,*r])
for row in ws.iter_rows(min_row=5,max_row=6+len(data),max_col=7):
    for c in row: c.border=B; c.alignment=C
for row in ws.iter_rows(min_row=5,max_row=6): 
    for c in row: c.font=Font(bold=True)
for c,w in zip("ABCDEFG",[6,14,10,9,9,9,26]): ws.column_dimensions[c].width=w
n=8+len(data); ws.merge_cells(f"A{n}:G{n}"); ws[f"A{n}"]="Calamonaci, 14/04/2026 – Il Responsabile dell'Area Amministrativa: Dott. Calogero Gulotta"
ws.page_setup.orientation="portrait"; ws.page_setup.fitToWidth=1; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
ws.oddFooter.center.text="Pagina &P di &N"
wb.save(sys.argv[1])
