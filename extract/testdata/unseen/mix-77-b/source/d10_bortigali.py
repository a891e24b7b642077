import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb=Workbook(); ws=wb.active; ws.title="Allegato A"
b=Side(style="thin"); B=Border(left=b,right=b,top=b,bottom=b)
ws.merge_cells("A1:F1"); ws["A1"]="COMUNE DI BORTIGALI"; ws["A1"].font=Font(bold=True,size=14)
ws.merge_cells("A2:F2"); ws["A2"]="Provincia di Nuoro"
ws.merge_cells("A3:F3"); ws["A3"]="ALLEGATO A alla deliberazione della Giunta Comunale n. 21 del 18/03/2026"; ws["A3"].font=Font(bold=True)
ws.merge_cells("A4:F4"); ws["A4"]="Piano delle tariffe dei servizi a domanda individuale – anno 2026"
for r in range(1,5): ws.cell(r,1).alignment=Alignment(horizontal="center")
hdr=["N.","Servizio","Unità","Tariffa 2025 (€)","Tariffa 2026 (€)","Copertura %"]
rows=[("Mensa scolastica scuola dell'infanzia","pasto",3.20,3.30,62.5),("Mensa scolastica scuola primaria","pasto",3.50,3.60,58.0),
("Trasporto scolastico","mese",18.00,18.00,24.1),("Uso palestra comunale (associazioni)","ora",8.00,9.00,41.3),
("Uso sala consiliare per cerimonie","giornata",80.00,90.00,70.0),("Illuminazione votiva","lampada/anno",15.00,15.00,100.0),
("Servizio di assistenza domiciliare (fascia A)","ora",2.50,2.50,12.4),("Servizio di assistenza domiciliare (fascia B)","ora",5.00,5.20,18.9)]
for i,h in enumerate(hdr,1): c=ws.cell(6,i,h); c.font=Font(bold=True); c.border=B; c.alignment=Alignment(horizontal="center",wrap_text=True)
for n,r in enumerate(rows,1):
    for i,v in enumerate((n,)+r,1):
        c=ws.cell(6+n,i,v); c.border=B
        if i in (4,5): c.number_format="#,##0.00"
        if i==6: c.number_format="0.0"
ws.merge_cells(start_row=16,start_column=1,end_row=16,end_column=6)
ws.cell(16,1,"Tariffe al netto di IVA ove dovuta. Il Responsabile dell'Area Finanziaria: Dott. Giovanni Andrea Mele").font=Font(italic=True,size=9)
for col,w in zip("ABCDEF",(5,44,13,15,15,12)): ws.column_dimensions[col].width=w
ws.page_setup.orientation="landscape"; ws.page_setup.paperSize=9
wb.save(sys.argv[1])
