#!/usr/bin/env python3
# Unité des Communes valdôtaines Walser – determinazione del Segretario, written as an ODT (odfpy)
# with a bilingual letterhead table, a numbered list in the dispositive part, converted by LibreOffice Writer.
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Footer, TableProperties, ListLevelProperties)
from odf.text import P, Span, List, ListItem, ListStyle, ListLevelStyleNumber, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
doc = OpenDocumentText()
pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.5cm',
                                   marginleft='2.2cm', marginright='2cm'))
doc.automaticstyles.addElement(pl)
def ps(name, size='11pt', bold=False, align='justify', italic=False, before='0cm', after='0.18cm', font='Liberation Sans', indent=None):
    s = Style(name=name, family='paragraph')
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent: pp['marginleft'] = indent
    s.addElement(ParagraphProperties(**pp))
    doc.styles.addElement(s); return s
body = ps('Corpo', '10.5pt')
center = ps('Centro', '10.5pt', align='center')
centerb = ps('CentroB', '11pt', bold=True, align='center', before='0.25cm', after='0.25cm')
ente = ps('Ente', '12.5pt', bold=True, align='center', after='0cm')
ente2 = ps('Ente2', '9pt', align='center', after='0cm')
small = ps('Piccolo', '8pt', align='center', after='0cm')
tit = ps('Titolo', '12pt', bold=True, align='center', before='0.3cm', after='0.1cm')
ogg = ps('Oggetto', '10.5pt', bold=True, align='justify', before='0.2cm', after='0.3cm')
right = ps('Firma', '10.5pt', align='center', after='0cm')
foot = ps('Piede', '7.5pt', align='left', after='0cm')
bs = Style(name='B', family='text'); bs.addElement(TextProperties(fontweight='bold')); doc.styles.addElement(bs)
mp = MasterPage(name='Standard', pagelayoutname=pl)
f = Footer(); fp = P(stylename=foot)
fp.addText("Unité des Communes valdôtaines Walser – Determinazione del Segretario n. 27 del 09/03/2026 – pag. ")
fp.addElement(PageNumber(selectpage='current')); fp.addText('/'); fp.addElement(PageCount())
f.addElement(fp); mp.addElement(f); doc.masterstyles.addElement(mp)
# letterhead table
tstyle = Style(name='T1', family='table'); tstyle.addElement(TableProperties(width='16.8cm', align='center')); doc.automaticstyles.addElement(tstyle)
cs = Style(name='C1', family='table-cell'); cs.addElement(TableCellProperties(borderbottom='0.5pt solid #000000', padding='0.1cm')); doc.automaticstyles.addElement(cs)
t = Table(name='Intestazione', stylename=tstyle)
for w in ('8.4cm', '8.4cm'):
    col = Style(name='col' + w.replace('.', ''), family='table-column'); col.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(col)
    t.addElement(TableColumn(stylename=col))
tr = TableRow()
for a, b in (('Unité des Communes valdôtaines Walser', 'Gaby – Gressoney-La-Trinité – Gressoney-Saint-Jean – Issime'),
             ('Unità dei Comuni valdostani Walser', 'Loc. Capoluogo, 4 – 11025 Gressoney-Saint-Jean (AO)')):
    tc = TableCell(stylename=cs); tc.addElement(P(stylename=ente, text=a)); tc.addElement(P(stylename=ente2, text=b)); tr.addElement(tc)
t.addElement(tr); doc.text.addElement(t)
doc.text.addElement(P(stylename=small, text='Tél./Tel. 0125 355111 – PEC: protocollo@pec.cm-walser.vda.it'))
doc.text.addElement(P(stylename=tit, text='DETERMINAZIONE DEL SEGRETARIO'))
doc.text.addElement(P(stylename=center, text='Acte du Secrétaire'))
doc.text.addElement(P(stylename=center, text='N. 27 del 09/03/2026'))
doc.text.addElement(P(stylename=center, text='Ufficio: Servizio associato istruzione e trasporto scolastico'))
op = P(stylename=ogg); op.addElement(Span(text='OGGETTO: ')); op.addText('Servizio di trasporto scolastico per gli alunni della scuola primaria di Gressoney-Saint-Jean – anno scolastico 2025/2026. Liquidazione fatture periodo gennaio–febbraio 2026 alla ditta «Walser Bus s.r.l.».')
doc.text.addElement(op)
doc.text.addElement(P(stylename=centerb, text='IL SEGRETARIO'))
paras = [
 ('Richiamata ', 'la legge regionale 5 agosto 2014, n. 6, recante «Nuova disciplina dell\'esercizio associato di funzioni e servizi comunali e soppressione delle Comunità montane»;'),
 ('Richiamata ', 'la deliberazione della Giunta dell\'Unité n. 61 del 28/07/2025, con la quale è stato approvato il piano del trasporto scolastico per l\'anno scolastico 2025/2026;'),
 ('Richiamato ', 'il proprio provvedimento n. 112 del 29/08/2025, con il quale il servizio di trasporto scolastico per gli alunni della scuola primaria di Gressoney-Saint-Jean è stato affidato alla ditta «Walser Bus s.r.l.», con sede in Gressoney-La-Trinité, per un importo annuo di € 46.800,00 oltre IVA 10% – CIG B2C7D19E44;'),
 ('Viste ', 'le fatture elettroniche n. 14/PA del 31/01/2026, di € 5.148,00 IVA compresa, e n. 27/PA del 28/02/2026, di € 5.148,00 IVA compresa, relative al servizio svolto nei mesi di gennaio e febbraio 2026;'),
 ('Accertata ', 'la regolarità del servizio reso, attestata dal referente del plesso scolastico, e la regolarità contributiva della ditta (DURC prot. INPS_48810276, scadenza 02/06/2026);'),
 ('Visto ', 'il bilancio di previsione 2026/2028, approvato con deliberazione del Conseil/Consiglio dei Sindaci n. 9 del 18/12/2025;'),
]
for b, r in paras:
    p = P(stylename=body); p.addElement(Span(stylename=bs, text=b)); p.addText(r); doc.text.addElement(p)
doc.text.addElement(P(stylename=centerb, text='DETERMINA'))
ls = ListStyle(name='Num1')
lv = ListLevelStyleNumber(level=1, numformat='1', numsuffix='.')
lv.addElement(ListLevelProperties(spacebefore='0.2cm', minlabelwidth='0.7cm'))
ls.addElement(lv); doc.automaticstyles.addElement(ls)
lst = List(stylename=ls)
for r in [
 'di liquidare alla ditta «Walser Bus s.r.l.» la somma complessiva di € 10.296,00, IVA compresa, a saldo delle fatture n. 14/PA del 31/01/2026 e n. 27/PA del 28/02/2026;',
 'di imputare la spesa al capitolo 4510 «Trasporto scolastico – servizio associato» del bilancio di previsione 2026/2028, esercizio 2026, impegno n. 2026/38;',
 'di dare atto che il pagamento sarà effettuato con applicazione dello split payment ai sensi dell\'art. 17-ter del D.P.R. n. 633/1972;',
 'di disporre la pubblicazione della presente determinazione all\'Albo on line dell\'Unité per quindici giorni consecutivi.',
]:
    li = ListItem(); li.addElement(P(stylename=body, text=r)); lst.addElement(li)
doc.text.addElement(lst)
doc.text.addElement(P(stylename=body, text=''))
for s in ('Gressoney-Saint-Jean, 09/03/2026', '', 'IL SEGRETARIO / LE SECRÉTAIRE', 'Dott.ssa Elena Squinobal', '(documento firmato digitalmente)'):
    doc.text.addElement(P(stylename=right, text=s))
doc.text.addElement(P(stylename=body, text=''))
doc.text.addElement(P(stylename=ps('Rel', '8.5pt', align='justify', before='0.4cm'), text='ATTESTAZIONE DI COPERTURA FINANZIARIA – Si attesta la copertura finanziaria della spesa ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000. Gressoney-Saint-Jean, 10/03/2026. Il Responsabile del Servizio finanziario, Rag. Alessandra Busso.'))
doc.save('/tmp/06_walser.odt')
