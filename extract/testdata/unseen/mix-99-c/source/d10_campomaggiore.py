# Campomaggiore: Allegato A to a determinazione, openpyxl workbook printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb=Workbook(); ws=wb.active; ws.title="Allegato A"
thin=Side(style="thin"); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"]="COMUNE DI CAMPOMAGGIORE (PZ) – AREA AMMINISTRATIVA"; ws["A1"].font=Font(bold=True,size=12)
ws.merge_cells("A2:F2"); ws["A2"]="Allegato A alla Determinazione Reg. Gen. n. 64 del 24/03/2026 – Fornitura gratuita o semigratuita dei libri di testo a.s. 2025/2026: elenco liquidazione"
ws["A2"].alignment=Alignment(wrap_text=True); ws.row_dimensions[2].height=30
hdr=["N.","Codice domanda","Scuola","Classe","Fascia ISEE","Importo €"]
for i,h in enumerate(hdr,1):
    c=ws.cell(4,i,h); c.font=Font(bold=True); c.border=B; c.fill=PatternFill("solid",fgColor="DDDDDD"); c.alignment=Alignment(horizontal="center")
rows=[("LT-2026-001","I.C. Albano di Lucania – sec. I grado","1ª","A",210.0),("LT-2026-002","I.C. Albano di Lucania – sec. I grado","2ª","B",95.0),
("LT-2026-003","I.I.S. Tricarico","3ª","A",240.0),("LT-2026-004","I.C. Albano di Lucania – sec. I grado","3ª","A",120.0),
("LT-2026-005","Liceo Scientifico Potenza","1ª","B",180.0),("LT-2026-006","I.I.S. Tricarico","2ª","A",200.0),
("LT-2026-007","I.C. Albano di Lucania – sec. I grado","1ª","A",210.0),("LT-2026-008","I.T.C. Potenza","4ª","B",150.0),
("LT-2026-009","I.I.S. Tricarico","5ª","A",170.0),("LT-2026-010","I.C. Albano di Lucania – sec. I grado","2ª","A",95.0)]
for r,(a,b,c_,d,e) in enumerate(rows,5):
    for i,v in enumerate([r-4,a,b,c_,d,e],1):
        c=ws.cell(r,i,v); c.border=B
        if i==6: c.number_format="#,##0.00"
t=5+len(rows); ws.cell(t,5,"TOTALE").font=Font(bold=True); ws.cell(t,6,"=SUM(F5:F%d)"%(t-1)).number_format="#,##0.00"; ws.cell(t,6).font=Font(bold=True)
ws.cell(t+2,1,"Il Responsabile dell'Area Amministrativa – Dott. Canio Lauria")
for col,w in zip("ABCDEF",[5,16,38,8,11,12]): ws.column_dimensions[col].width=w
ws.page_setup.orientation="portrait"; ws.page_setup.paperSize=9; ws.page_setup.fitToWidth=1; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
ws.oddFooter.center.text="&F – pagina &P di &N"
wb.save(sys.argv[1])
