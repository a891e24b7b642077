import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
wb=Workbook(); ws=wb.active; ws.title="Allegato B"
thin=Side(style="thin"); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws["A1"]="COMUNE DI BRIONE – Provincia di Brescia"; ws["A1"].font=Font(bold=True,size=12)
ws["A2"]="Allegato B alla deliberazione della Giunta Comunale n. 8 del 23.02.2026 – Piano annuale delle manutenzioni ordinarie del patrimonio comunale 2026"; ws["A2"].font=Font(italic=True,size=9)
ws.merge_cells("A1:F1"); ws.merge_cells("A2:F2")
hdr=["N.","Immobile / infrastruttura","Intervento","Periodo","Importo (€)","Capitolo"]
for i,h in enumerate(hdr,1):
    c=ws.cell(4,i,h); c.font=Font(bold=True); c.border=B; c.fill=PatternFill("solid",fgColor="DDDDDD"); c.alignment=Alignment(horizontal="center",wrap_text=True)
rows=[("Municipio","Revisione caldaia e impianto termico","Set.-Ott.",2400),("Scuola primaria","Tinteggiatura aule piano terra","Luglio",5800),
("Cimitero comunale","Sistemazione vialetti e drenaggi","Apr.-Mag.",7350),("Strade comunali","Rappezzi manto bituminoso","Mag.-Giu.",12600),
("Illuminazione pubblica","Sostituzione lampade guaste","Tutto l'anno",3100),("Parco giochi via Roma","Verifica e manutenzione giochi","Aprile",1850),
("Acquedotto – serbatoio loc. Cà Bianca","Pulizia e disinfezione vasca","Giugno",2200),("Palestra comunale","Manutenzione serramenti","Agosto",4150)]
for r,(a,b,c,d) in enumerate(rows,5):
    vals=[r-4,a,b,c,d,"1060/%d"%(r-4)]
    for i,v in enumerate(vals,1):
        x=ws.cell(r,i,v); x.border=B
        if i==5: x.number_format="#,##0.00"
r=5+len(rows); ws.cell(r,1,"TOTALE").font=Font(bold=True); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=4)
x=ws.cell(r,5,"=SUM(E5:E%d)"%(r-1)); x.number_format="#,##0.00"; x.font=Font(bold=True)
for i in range(1,7): ws.cell(r,i).border=B
for col,w in zip("ABCDEF",[5,28,34,12,13,10]): ws.column_dimensions[col].width=w
ws.page_setup.orientation="landscape"; ws.page_setup.paperSize=9; ws.print_title_rows="4:4"
ws.oddFooter.center.text="Pagina &P di &N"; ws.oddHeader.right.text="&F"
wb.save(sys.argv[1])
