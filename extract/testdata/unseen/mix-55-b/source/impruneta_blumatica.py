# Annex: computo metrico estimativo, Comune di Impruneta - ReportLab, imitating a Blumatica computo print
import sys
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, LongTable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('AN', D+'LiberationSansNarrow-Regular.ttf'))
pdfmetrics.registerFont(TTFont('ANB', D+'LiberationSansNarrow-Bold.ttf'))
out=sys.argv[1]
W,H=landscape(A4)
S=ParagraphStyle('s',fontName='AN',fontSize=8,leading=9.6)
SB=ParagraphStyle('sb',parent=S,fontName='ANB')
T=ParagraphStyle('t',fontName='ANB',fontSize=12,leading=15,alignment=1)
items=[
('1','TOS26_01.A04.008.001','Rimozione di pavimentazione in cotto esistente, compreso sottofondo fino a cm 10, carico e trasporto a impianto di recupero.','mq',412.50,14.80),
('2','TOS26_01.A04.019.002','Demolizione di cordonati e zanelle in pietra, con accatastamento del materiale riutilizzabile nell’ambito del cantiere.','m',96.00,9.35),
('3','TOS26_01.B02.001.003','Massetto in calcestruzzo C20/25 armato con rete elettrosaldata Ø6 20x20, spessore cm 12.','mq',412.50,31.60),
('4','NP.01','Fornitura e posa di pavimentazione in cotto dell’Impruneta fatto a mano, formato 30x30 cm, posato a spina di pesce con malta bastarda, compresa stuccatura e trattamento protettivo.','mq',412.50,118.40),
('5','TOS26_04.E06.011.001','Cordonato in pietra forte fiorentina, sezione 15x25 cm, lavorato a subbia, posato su letto di calcestruzzo.','m',96.00,86.20),
('6','TOS26_04.F01.004.002','Pozzetto di raccolta acque meteoriche in cls prefabbricato 50x50 con griglia in ghisa sferoidale classe C250.','cad',6,312.00),
('7','TOS26_06.A07.002.001','Oneri per la sicurezza: recinzione di cantiere, segnaletica e percorsi pedonali protetti (non soggetti a ribasso).','a corpo',1,7850.00)]
def fmt(x): return ('{:,.2f}'.format(x)).replace(',','X').replace('.',',').replace('X','.')
def page(c,doc):
    c.saveState()
    c.setFont('ANB',10); c.drawString(15*mm,H-12*mm,'COMUNE DI IMPRUNETA'); c.setFont('AN',8); c.drawString(15*mm,H-16*mm,'Città Metropolitana di Firenze – Settore Lavori Pubblici e Ambiente')
    c.drawRightString(W-15*mm,H-12*mm,'Allegato A alla determinazione n. 233 del 16/03/2026')
    c.drawRightString(W-15*mm,H-16*mm,'Computo metrico estimativo')
    c.line(15*mm,H-18*mm,W-15*mm,H-18*mm); c.line(15*mm,12*mm,W-15*mm,12*mm)
    c.setFont('AN',7); c.drawString(15*mm,8*mm,'Prezzario dei Lavori Pubblici della Regione Toscana 2026 – Provincia di Firenze')
    c.drawRightString(W-15*mm,8*mm,'Pag. %d'%doc.page)
    c.restoreState()
doc=BaseDocTemplate(out,pagesize=landscape(A4),leftMargin=15*mm,rightMargin=15*mm,topMargin=22*mm,bottomMargin=16*mm,title='Computo metrico estimativo',author='Comune di Impruneta',creator='Blumatica Computo - stampa computo metrico estimativo')
doc.addPageTemplates([PageTemplate('p',[Frame(15*mm,16*mm,W-30*mm,H-38*mm,id='f')],onPage=page)])
s=[Paragraph('COMPUTO METRICO ESTIMATIVO',T),Spacer(1,3)]
hd=Table([[Paragraph('<b>Committente:</b> Comune di Impruneta',S),Paragraph('<b>Lavori:</b> Rifacimento della pavimentazione e dei sottoservizi di Piazza Buondelmonti – 1° lotto',S),Paragraph('<b>Progettista:</b> Arch. Serena Lotti',S),Paragraph('<b>Data:</b> 09/03/2026',S)]],colWidths=[55*mm,120*mm,55*mm,37*mm])
hd.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.black),('INNERGRID',(0,0),(-1,-1),0.3,colors.grey)]))
s+=[hd,Spacer(1,6)]
rows=[[Paragraph(x,SB) for x in ['N.','Codice','Descrizione dei lavori','U.M.','Quantità','Prezzo unitario €','Importo €']]]
tot=0;sic=0
for n,cod,desc,um,q,p in items:
    imp=round(q*p,2); tot+=imp
    if n=='7': sic=imp
    rows.append([n,cod,Paragraph(desc,S),um,fmt(q) if um!='cad' and um!='a corpo' else str(int(q)),fmt(p),fmt(imp)])
rows.append(['','',Paragraph('<b>TOTALE LAVORI</b>',S),'','','',fmt(tot)])
rows.append(['','',Paragraph('di cui oneri per la sicurezza non soggetti a ribasso',S),'','','',fmt(sic)])
rows.append(['','',Paragraph('<b>IMPORTO A BASE DI GARA SOGGETTO A RIBASSO</b>',S),'','','',fmt(tot-sic)])
t=LongTable(rows,colWidths=[10*mm,38*mm,130*mm,16*mm,20*mm,25*mm,28*mm],repeatRows=1)
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'AN',8),('GRID',(0,0),(-1,-1),0.3,colors.black),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#dde4ee')),
 ('ALIGN',(4,1),(-1,-1),'RIGHT'),('ALIGN',(3,1),(3,-1),'CENTER'),('VALIGN',(0,0),(-1,-1),'TOP'),('FONT',(6,-3),(6,-1),'ANB',8),('BACKGROUND',(0,-3),(-1,-1),colors.HexColor('#f3f3f3'))]))
s.append(t); s.append(Spacer(1,10))
qe=[['QUADRO ECONOMICO',''],['A) Lavori (compresi oneri per la sicurezza)',fmt(tot)],['B1) IVA 10% sui lavori',fmt(round(tot*0.10,2))],['B2) Spese tecniche (progettazione, D.L., CSE)',fmt(18400.00)],['B3) Incentivi art. 45 D.Lgs. 36/2023 (2%)',fmt(round(tot*0.02,2))],['B4) Imprevisti e arrotondamenti',fmt(round(125000-tot-round(tot*0.10,2)-18400-round(tot*0.02,2),2))],['TOTALE COMPLESSIVO (A+B)',fmt(125000.00)]]
q=Table(qe,colWidths=[100*mm,35*mm])
q.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'AN',8.5),('FONT',(0,0),(-1,0),'ANB',9),('FONT',(0,-1),(-1,-1),'ANB',9),('SPAN',(0,0),(-1,0)),('GRID',(0,0),(-1,-1),0.3,colors.black),('ALIGN',(1,1),(1,-1),'RIGHT')]))
s.append(q)
s.append(Spacer(1,10)); s.append(Paragraph('Il Progettista – Arch. Serena Lotti&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Il RUP – Geom. Tommaso Bagnoli',S))
doc.build(s)
print(tot)
