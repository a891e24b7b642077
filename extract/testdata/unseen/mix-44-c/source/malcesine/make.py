# Excel workbook of the SUAP (openpyxl), printed to PDF by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
out=sys.argv[1]
random.seed(44)
wb=Workbook(); ws=wb.active; ws.title='Posteggi sabato'
thin=Side(style='thin',color='808080'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
ws['A1']='COMUNE DI MALCESINE'; ws['A1'].font=Font(name='Calibri',size=14,bold=True)
ws['A2']='Provincia di Verona – Area Attività Economiche – Servizio SUAP e Commercio'; ws['A2'].font=Font(name='Calibri',size=10)
ws['A3']="ALLEGATO A alla determinazione n. 96 del 12/03/2026 – Mercato settimanale del sabato: elenco dei posteggi e dei concessionari a seguito del rinnovo delle concessioni 2026-2037"
ws['A3'].font=Font(name='Calibri',size=11,bold=True); ws.merge_cells('A3:H3'); ws['A3'].alignment=Alignment(wrap_text=True,vertical='top'); ws.row_dimensions[3].height=30
hdr=['N. post.','Ubicazione','Lung. (m)','Prof. (m)','Superficie (mq)','Settore','Concessionario','Scadenza']
for j,h in enumerate(hdr,1):
    c=ws.cell(row=5,column=j,value=h); c.font=Font(name='Calibri',size=10,bold=True,color='FFFFFF'); c.fill=PatternFill('solid',fgColor='305496'); c.border=B; c.alignment=Alignment(horizontal='center',vertical='center',wrap_text=True)
ws.row_dimensions[5].height=28
vie=['Lungolago Zanardelli','Piazza Statuto','Via Navene Vecchia','Piazzale Boschetti']
ditte=['Bertoldi Frutta S.n.c.','Calzature Zeni di Zeni Paolo','Ortofrutta del Baldo S.r.l.','Formaggi Lessinia di Girelli M.','Pelletteria Benaco S.a.s.','Tessuti Avanzini Laura','Casalinghi Tonoli Giorgio','Fiori e Piante Venturini','Abbigliamento Mazzi & C. S.n.c.','Salumeria Recchia Antonio','Bigiotteria Ferrarini Anna','Olio del Garda di Castellani L.','Pesce di Lago Consolini G.','Giocattoli Pasetto Marco','Intimo Dalla Bona Elisa','Ferramenta Scarpari Luigi','Miele e Confetture Gaiardoni','Borse Lucchini Giulia','Panificio Tomasi di Tomasi R.','Articoli da regalo Carli Sara','Ortaggi Rossignoli Fabio','Cappelli e Foulard Pellegrini','Erbe aromatiche Morandini','Calzature Sartori Enrico','Abbigliamento bimbi Zanetti C.','Biancheria casa Bonomi Ilaria','Vini del Baldo Piccoli Stefano','Dolciumi Ghirardini Paola']
tot=0
for i,d in enumerate(ditte,1):
    L=random.choice([6,7,8,9,10]); P=random.choice([4,5]); s=L*P; tot+=s
    sett='Alimentare' if any(k in d for k in ['Frutta','Ortofrutta','Formaggi','Salumeria','Olio','Pesce','Miele','Panificio','Ortaggi','Erbe','Vini','Dolciumi']) else 'Non alimentare'
    row=[i,vie[(i-1)//7],L,P,s,sett,d,'31/12/2037']
    for j,v in enumerate(row,1):
        c=ws.cell(row=5+i,column=j,value=v); c.border=B; c.font=Font(name='Calibri',size=10)
        if j in (1,3,4,5,8): c.alignment=Alignment(horizontal='center')
r=6+len(ditte)
ws.cell(row=r,column=4,value='Totale').font=Font(name='Calibri',size=10,bold=True)
c=ws.cell(row=r,column=5,value='=SUM(E6:E%d)'%(r-1)); c.font=Font(name='Calibri',size=10,bold=True); c.alignment=Alignment(horizontal='center'); c.border=B
ws.cell(row=r+2,column=1,value="Le concessioni sono rilasciate ai sensi dell'art. 1, comma 686, della Legge 30 dicembre 2018, n. 145 e della L.R. Veneto n. 10/2001. Il Responsabile del Servizio SUAP e Commercio: Dott.ssa Martina Benamati").font=Font(name='Calibri',size=9,italic=True)
for col,w in zip('ABCDEFGH',[8,24,9,9,11,15,34,12]): ws.column_dimensions[col].width=w
ws.page_setup.orientation='landscape'; ws.page_setup.paperSize=ws.PAPERSIZE_A4
ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.sheet_properties.pageSetUpPr.fitToPage=True
ws.print_title_rows='5:5'
ws.oddHeader.right.text='Allegato A – Det. n. 96/2026'; ws.oddHeader.right.size=8
ws.oddFooter.left.text='&F – &A'; ws.oddFooter.left.size=8
ws.oddFooter.right.text='Pagina &P di &N'; ws.oddFooter.right.size=8
ws.print_options.horizontalCentered=True
wb.save(out)
