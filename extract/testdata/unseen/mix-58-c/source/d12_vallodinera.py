# Avviso alla cittadinanza, Comune di Vallo di Nera - a word-processor poster-style notice (odfpy .odt -> LibreOffice)
import sys
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, FooterStyle, HeaderFooterProperties, TableColumnProperties, TableCellProperties, TableProperties
from odf.text import P, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import style as S
doc=OpenDocumentText()
pl=PageLayout(name='pm1'); pl.addElement(PageLayoutProperties(pagewidth='21cm',pageheight='29.7cm',margintop='1.5cm',marginbottom='1.2cm',marginleft='2.2cm',marginright='2.2cm',printorientation='portrait'))
fs=FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='0.6cm',margintop='0.3cm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
def ps(name,size='11pt',bold=False,align='justify',color=None,after='0.18cm',before='0cm',font='Linux Biolinum O',italic=False,border=None,pad=None,bg=None):
    s=Style(name=name,family='paragraph')
    pp=dict(textalign=align,marginbottom=after,margintop=before)
    if border: pp['border']=border
    if pad: pp['padding']=pad
    if bg: pp['backgroundcolor']=bg
    s.addElement(ParagraphProperties(**pp))
    tp=dict(fontsize=size,fontname=font,fontfamily=font)
    if bold: tp['fontweight']='bold'
    if italic: tp['fontstyle']='italic'
    if color: tp['color']=color
    s.addElement(TextProperties(**tp)); doc.automaticstyles.addElement(s); return s
from odf.style import FontFace
for f in ('Linux Biolinum O','Linux Libertine O'):
    doc.fontfacedecls.addElement(FontFace(name=f,fontfamily=f,fontfamilygeneric='roman'))
ent=ps('ent','20pt',True,'center','#6b3a12',after='0cm',font='Linux Libertine O')
prov=ps('prov','10pt',False,'center',after='0cm')
addr=ps('addr','8.5pt',False,'center',after='0.5cm',border='none',)
rule=ps('rule','4pt',False,'center',after='0.4cm',border=None)
big=ps('big','30pt',True,'center','#b22222',after='0.1cm',before='0.3cm',font='Linux Libertine O')
tit=ps('tit','15pt',True,'center',after='0.5cm',border='1.5pt solid #6b3a12',pad='0.2cm',bg='#f6efe6')
body=ps('body','12pt')
bodyc=ps('bodyc','12pt',True,'center',before='0.2cm')
small=ps('small','9pt',italic=True,align='center',color='#555555')
sig=ps('sig','12pt',False,'end',after='0cm')
sigb=ps('sigb','12pt',True,'end',after='0cm')
foot=ps('foot','8pt',False,'center',color='#666666')
mp=MasterPage(name='Standard',pagelayoutname=pl)
from odf.style import Footer
ft=Footer(); ft.addElement(P(stylename=foot,text='Comune di Vallo di Nera – Piazza Santa Maria, 1 – 06040 Vallo di Nera (PG) – tel. 0743 616143 – www.comune.vallodinera.pg.it'))
mp.addElement(ft); doc.masterstyles.addElement(mp)
t=doc.text
t.addElement(P(stylename=ent,text='COMUNE DI VALLO DI NERA'))
t.addElement(P(stylename=prov,text='Provincia di Perugia'))
t.addElement(P(stylename=addr,text='Uno dei Borghi più Belli d\'Italia'))
t.addElement(P(stylename=big,text='AVVISO'))
t.addElement(P(stylename=tit,text='DISTRIBUZIONE DEI NUOVI CONTENITORI PER LA RACCOLTA DIFFERENZIATA PORTA A PORTA'))
for x in ["Si informa la cittadinanza che, a partire da lunedì 18 maggio 2026, il servizio di raccolta dei rifiuti urbani nel capoluogo e nelle frazioni di Meggiano, Paterno, Piedipaterno e Roccagelli sarà effettuato esclusivamente con il sistema porta a porta, secondo il nuovo calendario predisposto dal gestore del servizio.",
 "Le utenze domestiche e non domestiche sono invitate a ritirare il kit dei nuovi contenitori (organico, carta, plastica e metalli, vetro, indifferenziato) e il calendario di raccolta presso la Sala polivalente comunale di Piazza Santa Maria, nei seguenti giorni:"]:
    t.addElement(P(stylename=body,text=x))
# table of dates
tbs=Style(name='tb',family='table'); tbs.addElement(TableProperties(width='14cm',align='center')); doc.automaticstyles.addElement(tbs)
cs=Style(name='tc',family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #6b3a12',padding='0.12cm')); doc.automaticstyles.addElement(cs)
hs=Style(name='th',family='table-cell'); hs.addElement(TableCellProperties(border='0.5pt solid #6b3a12',padding='0.12cm',backgroundcolor='#f6efe6')); doc.automaticstyles.addElement(hs)
cell=ps('cell','11pt',False,'center',after='0cm'); cellb=ps('cellb','11pt',True,'center',after='0cm')
tb=Table(name='Orari',stylename=tbs); tb.addElement(TableColumn(numbercolumnsrepeated=3))
for i,row in enumerate([('Giorno','Orario','Utenze'),('Sabato 9 maggio 2026','9:00 – 12:30','Capoluogo'),('Lunedì 11 maggio 2026','15:00 – 18:00','Frazioni Meggiano e Paterno'),('Mercoledì 13 maggio 2026','9:00 – 12:30','Frazioni Piedipaterno e Roccagelli'),('Venerdì 15 maggio 2026','15:00 – 18:00','Utenze non domestiche e recuperi')]):
    tr=TableRow()
    for v in row:
        tc=TableCell(stylename=hs if i==0 else cs); tc.addElement(P(stylename=cellb if i==0 else cell,text=v)); tr.addElement(tc)
    tb.addElement(tr)
t.addElement(tb)
t.addElement(P(stylename=body,text=''))
for x in ["Per il ritiro è necessario presentarsi muniti di documento di identità e dell'ultimo avviso di pagamento TARI. Il ritiro può essere effettuato anche da persona delegata, con delega scritta e copia del documento del delegante.",
 "Le persone anziane o con difficoltà motorie che non possono recarsi al punto di distribuzione possono richiedere la consegna a domicilio telefonando all'Ufficio Tecnico comunale (tel. 0743 616143) entro il 15 maggio 2026."]:
    t.addElement(P(stylename=body,text=x))
t.addElement(P(stylename=bodyc,text='Si ringrazia la cittadinanza per la consueta collaborazione.'))
t.addElement(P(stylename=body,text='Vallo di Nera, 5 maggio 2026'))
t.addElement(P(stylename=sigb,text='IL SINDACO'))
t.addElement(P(stylename=sig,text='Agnese Benedetti'))
t.addElement(P(stylename=body,text=''))
t.addElement(P(stylename=small,text='Documento firmato digitalmente ai sensi del D.Lgs. 82/2005'))
doc.save(sys.argv[1])
