# Annex (Allegato A), Comune di Pergola - openpyxl .xlsx converted by LibreOffice Calc ("excel" layout)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb=Workbook(); ws=wb.active; ws.title='Allegato A'
thin=Side(style='thin',color='000000'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws.merge_cells('A1:F1'); ws['A1']='COMUNE DI PERGOLA'; ws['A1'].font=Font(name='Liberation Sans',size=14,bold=True); ws['A1'].alignment=Alignment(horizontal='center')
ws.merge_cells('A2:F2'); ws['A2']='Provincia di Pesaro e Urbino – Settore Lavori Pubblici'; ws['A2'].font=Font(name='Liberation Sans',size=9); ws['A2'].alignment=Alignment(horizontal='center')
ws.merge_cells('A4:F4'); ws['A4']='ALLEGATO "A" alla deliberazione della Giunta Comunale n. 37 del 19/03/2026'; ws['A4'].font=Font(name='Liberation Sans',size=10,bold=True)
ws.merge_cells('A5:F5'); ws['A5']='PROGRAMMA DEGLI INTERVENTI DI MANUTENZIONE DELLA VIABILITÀ COMUNALE – ANNO 2026'; ws['A5'].font=Font(name='Liberation Sans',size=10,bold=True)
hdr=['N.','Strada / località','Frazione','Tipologia di intervento','Priorità','Importo stimato (€)']
rows=[(1,'Strada comunale del Cinisco','Cinisco','Rifacimento manto bituminoso (ml 850)','Alta',48500.00),
(2,'Via Giuseppe Mazzini','Capoluogo','Ripristino marciapiedi e cordoli','Alta',22300.00),
(3,'Strada comunale di Montesecco','Montesecco','Regimazione acque e pulizia fossi','Media',14800.00),
(4,'Strada vicinale Col di Brunella','Bellisio Solfare','Consolidamento scarpata a valle','Alta',61200.00),
(5,'Via dei Tintori','Capoluogo','Sostituzione segnaletica verticale','Bassa',6450.00),
(6,'Strada comunale di Grifoleto','Grifoleto','Rappezzi e chiusura buche','Media',11900.00),
(7,'Strada comunale di Monterolo','Monterolo','Installazione barriera di sicurezza (ml 120)','Media',19750.00),
(8,'Piazza Garibaldi (parcheggio)','Capoluogo','Rifacimento segnaletica orizzontale','Bassa',4200.00)]
r0=7
for j,h in enumerate(hdr,1):
    c=ws.cell(r0,j,h); c.font=Font(name='Liberation Sans',size=9,bold=True); c.fill=PatternFill('solid',fgColor='D9E1F2'); c.border=B; c.alignment=Alignment(horizontal='center',vertical='center',wrap_text=True)
for i,row in enumerate(rows,r0+1):
    for j,v in enumerate(row,1):
        c=ws.cell(i,j,v); c.font=Font(name='Liberation Sans',size=9); c.border=B; c.alignment=Alignment(vertical='center',wrap_text=True)
        if j==6:
            c.value=('{:,.2f}'.format(v)).replace(',','X').replace('.',',').replace('X','.'); c.alignment=Alignment(horizontal='right',vertical='center')
        if j in (1,5): c.alignment=Alignment(horizontal='center',vertical='center')
tr=r0+len(rows)+1
ws.merge_cells(start_row=tr,start_column=1,end_row=tr,end_column=5)
ws.cell(tr,1,'TOTALE').font=Font(name='Liberation Sans',size=9,bold=True); ws.cell(tr,1).alignment=Alignment(horizontal='right')
tot=sum(r[5] for r in rows); c=ws.cell(tr,6,('{:,.2f}'.format(tot)).replace(',','X').replace('.',',').replace('X','.')); c.font=Font(name='Liberation Sans',size=9,bold=True); c.alignment=Alignment(horizontal='right')
for j in range(1,7): ws.cell(tr,j).border=B
ws.cell(tr+2,1,'Gli importi sono comprensivi di IVA e oneri per la sicurezza. Copertura: Missione 10, Programma 5, Cap. 21050 del bilancio 2026/2028.').font=Font(name='Liberation Sans',size=8,italic=True)
ws.cell(tr+4,4,'IL RESPONSABILE DEL SETTORE LAVORI PUBBLICI').font=Font(name='Liberation Sans',size=9,bold=True)
ws.cell(tr+5,4,'Arch. Michele Bonci').font=Font(name='Liberation Sans',size=9)
for col,w in zip('ABCDEF',[5,32,16,38,9,16]): ws.column_dimensions[col].width=w
ws.page_setup.orientation='landscape'; ws.page_setup.paperSize=ws.PAPERSIZE_A4; ws.page_setup.fitToWidth=1; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
ws.page_margins=PageMargins(left=0.6,right=0.6,top=0.7,bottom=0.7)
ws.oddFooter.center.text='Pagina &P di &N'; ws.oddHeader.right.text='Allegato A – G.C. n. 37/2026'
wb.save(sys.argv[1])
