# odfpy writes a Calc spreadsheet (.ods) with a print header/footer;
# LibreOffice Calc exports it to PDF (landscape A4, fit to width).
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer, HeaderStyle, FooterStyle, HeaderFooterProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, PageNumber, PageCount, Span

out = sys.argv[1]
doc = OpenDocumentSpreadsheet()
pl = PageLayout(name='pl')
pl.addElement(PageLayoutProperties(pagewidth='297mm', pageheight='210mm', printorientation='landscape',
                                   margintop='10mm', marginbottom='10mm', marginleft='12mm', marginright='12mm',
                                   scaletopages='1', printpageorder='ttb'))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight='6mm', marginbottom='3mm')); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='6mm', margintop='3mm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name='Default', pagelayoutname=pl)
h = Header(); p = P(text='Comune di Camaiore – Allegato A alla deliberazione G.C. n. 24 del 10/02/2026'); h.addElement(p); mp.addElement(h)
f = Footer(); p = P(text='Pagina '); p.addElement(PageNumber()); p.addText(' di '); p.addElement(PageCount()); f.addElement(p); mp.addElement(f)
doc.masterstyles.addElement(mp)

def cstyle(name, bold=False, size='10pt', bg=None, border=True, align='start', wrap=True, italic=False, color=None):
    s = Style(name=name, family='table-cell')
    tp = dict(fontsize=size, fontname='Liberation Sans', fontfamily='Liberation Sans')
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    if color: tp['color'] = color
    s.addElement(TextProperties(**tp))
    cp = dict(verticalalign='middle', padding='0.8mm')
    if wrap: cp['wrapoption'] = 'wrap'
    if bg: cp['backgroundcolor'] = bg
    if border: cp['border'] = '0.06pt solid #000000'
    s.addElement(TableCellProperties(**cp))
    s.addElement(ParagraphProperties(textalign=align))
    doc.automaticstyles.addElement(s); return s

title = cstyle('title', bold=True, size='14pt', border=False, align='center', color='#0b4f6c')
sub = cstyle('sub', size='9pt', border=False, align='center')
ann = cstyle('ann', bold=True, size='10pt', border=False, align='start')
hdr = cstyle('hdr', bold=True, size='9pt', bg='#d9e7ef', align='center')
txt = cstyle('txt', size='9pt')
num = cstyle('num', size='9pt', align='end')
zone = cstyle('zone', bold=True, size='9pt', align='center')
note = cstyle('note', size='8pt', border=False, italic=True)

widths = ['14mm', '70mm', '46mm', '34mm', '26mm', '28mm', '32mm']
tab = Table(name='Tariffe 2026')
for i, w in enumerate(widths):
    cs = Style(name=f'co{i}', family='table-column'); cs.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(cs)
    tab.addElement(TableColumn(stylename=cs))

def row(cells, span_first=None):
    tr = TableRow()
    for c in cells:
        if c is None: tr.addElement(CoveredTableCell()); continue
        val, st, *rest = c
        kw = {}
        if rest: kw['numbercolumnsspanned'] = rest[0]
        tc = TableCell(stylename=st, valuetype='string', **kw); tc.addElement(P(text=val)); tr.addElement(tc)
    tab.addElement(tr)

N = len(widths)
row([('COMUNE DI CAMAIORE', title, N)] + [None]*(N-1))
row([('Provincia di Lucca – Settore Polizia Municipale e Mobilità – Servizio Sosta e Parcheggi', sub, N)] + [None]*(N-1))
row([('', sub, N)] + [None]*(N-1))
row([('ALLEGATO A alla deliberazione della Giunta Comunale n. 24 del 10/02/2026', ann, N)] + [None]*(N-1))
row([('TARIFFE DELLA SOSTA A PAGAMENTO SU AREE PUBBLICHE – LIDO DI CAMAIORE E CAPOLUOGO – ANNO 2026', ann, N)] + [None]*(N-1))
row([('', sub, N)] + [None]*(N-1))
row([(t, hdr) for t in ['Zona', 'Ubicazione', 'Periodo di applicazione', 'Orario', 'Tariffa oraria (€)', 'Tariffa giornaliera (€)', 'Abbonamento mensile residenti (€)']])
data = [
 ('A1', 'Viale Pistelli (da Piazza Lemmetti a via del Secco)', '01/04 – 30/09', '08:00 – 24:00', '2,00', '14,00', '25,00'),
 ('A2', 'Viale Colombo e traverse lato mare', '01/04 – 30/09', '08:00 – 24:00', '2,00', '14,00', '25,00'),
 ('A3', 'Piazza Lemmetti e via Roma', 'tutto l’anno', '08:00 – 20:00', '1,50', '10,00', '20,00'),
 ('B1', 'Parcheggio scambiatore di via del Magazzeno', '01/06 – 15/09', '08:00 – 20:00', '1,00', '6,00', '15,00'),
 ('B2', 'Area ex Colonia Olivetti – via Trieste', '01/06 – 15/09', '08:00 – 20:00', '1,00', '6,00', '15,00'),
 ('C1', 'Capoluogo – Piazza XXIX Maggio e via Vittorio Emanuele', 'tutto l’anno', '08:30 – 19:30', '1,20', '—', '18,00'),
 ('C2', 'Capoluogo – Parcheggio Le Giare (via Sandro Pertini)', 'tutto l’anno', '08:30 – 19:30', '0,80', '4,00', '12,00'),
]
for d in data:
    row([(d[0], zone), (d[1], txt), (d[2], txt), (d[3], txt), (d[4], num), (d[5], num), (d[6], num)])
row([('', sub, N)] + [None]*(N-1))
for n in ['Note:',
          '1) La sosta è gratuita per i veicoli al servizio di persone con disabilità muniti del contrassegno europeo (CUDE) e per i veicoli elettrici in ricarica negli stalli dedicati, per la durata della ricarica.',
          '2) L’abbonamento mensile residenti è valido nella sola zona indicata sul contrassegno; è rilasciato dal Servizio Sosta e Parcheggi previa verifica della residenza anagrafica.',
          '3) Il pagamento è consentito presso i parcometri, tramite le applicazioni convenzionate e presso le rivendite autorizzate. Le tariffe sono comprensive di IVA.']:
    row([(n, note, N)] + [None]*(N-1))
row([('', sub, N)] + [None]*(N-1))
row([('', sub, 4)] + [None]*3 + [('Il Responsabile del Settore – Dott. Marco Bertolozzi', txt.__class__ and sub, 3)] + [None]*2)
doc.spreadsheet.addElement(tab)
doc.save(out)
