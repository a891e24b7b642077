# Comune di Falconara Marittima - Allegato A (piano alienazioni), an .ods built with odfpy, exported by LibreOffice Calc
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableRowProperties, TableCellProperties, TextProperties,
                       ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer,
                       HeaderStyle, FooterStyle, HeaderFooterProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, PageNumber, PageCount, Span
from odf.number import NumberStyle, Number

doc = OpenDocumentSpreadsheet()
pl = PageLayout(name='pl')
pl.addElement(PageLayoutProperties(pagewidth='297mm', pageheight='210mm', printorientation='landscape',
                                   margintop='12mm', marginbottom='12mm', marginleft='12mm', marginright='12mm'))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight='8mm', marginbottom='3mm')); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='8mm', margintop='3mm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name='Default', pagelayoutname=pl)
h = Header(); hp = P(text='Comune di Falconara Marittima – Allegato A alla deliberazione della Giunta Comunale n. 51 del 10/03/2026'); h.addElement(hp); mp.addElement(h)
f = Footer(); fp = P(text='Pagina '); fp.addElement(PageNumber()); fp.addText(' di '); fp.addElement(PageCount()); f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

ns = NumberStyle(name='N2', language='it', country='IT')
ns.addElement(Number(decimalplaces='2', minintegerdigits='1', grouping='true'))
doc.automaticstyles.addElement(ns)

def cs(name, bold=False, size='9pt', bg=None, border=True, align=None, wrap=True, italic=False, numfmt=False):
    s = Style(name=name, family='table-cell', datastylename='N2') if numfmt else Style(name=name, family='table-cell')
    kw = {}
    if border: kw['border'] = '0.5pt solid #000000'
    if bg: kw['backgroundcolor'] = bg
    kw['wrapoption'] = 'wrap' if wrap else 'no-wrap'
    kw['verticalalign'] = 'middle'
    s.addElement(TableCellProperties(**kw))
    tp = {'fontsize': size, 'fontname': 'Liberation Sans', 'fontfamily': 'Liberation Sans'}
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    if align: s.addElement(ParagraphProperties(textalign=align))
    doc.automaticstyles.addElement(s)
    return s

TITLE = cs('ti', bold=True, size='13pt', border=False, align='center', wrap=False)
SUB = cs('su', size='9.5pt', border=False, align='center', wrap=False)
SUBB = cs('sb', bold=True, size='10.5pt', border=False, align='center')
HEAD = cs('he', bold=True, size='8.5pt', bg='#d9e2f3', align='center')
TXT = cs('tx', size='8.5pt')
CEN = cs('ce', size='8.5pt', align='center')
NUM = cs('nu', size='8.5pt', align='end', numfmt=True)
TOT = cs('to', bold=True, size='9pt', bg='#f2f2f2', align='end', numfmt=True)
NOTE = cs('no', size='8pt', border=False, italic=True)

widths = ['10mm', '62mm', '42mm', '14mm', '16mm', '12mm', '40mm', '30mm', '20mm', '27mm']
t = Table(name='Allegato A')
for i, w in enumerate(widths):
    st = Style(name=f'co{i}', family='table-column'); st.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(st)
    t.addElement(TableColumn(stylename=st))
NC = len(widths)

def row(cells, height=None):
    tr = TableRow()
    if height:
        rs = Style(name=f'ro{height}', family='table-row'); rs.addElement(TableRowProperties(rowheight=height, useoptimalrowheight='false'))
        doc.automaticstyles.addElement(rs); tr = TableRow(stylename=rs)
    for c in cells:
        tr.addElement(c)
    t.addElement(tr)

def cell(text, style, span=1, value=None):
    if value is not None:
        c = TableCell(stylename=style, valuetype='float', value=value, numbercolumnsspanned=span if span > 1 else None)
    else:
        c = TableCell(stylename=style, valuetype='string', numbercolumnsspanned=span if span > 1 else None)
    for i, line in enumerate(text.split('\n')):
        c.addElement(P(text=line))
    return c

def spanrow(text, style, height=None):
    row([cell(text, style, NC)] + [CoveredTableCell() for _ in range(NC - 1)], height)

spanrow('COMUNE DI FALCONARA MARITTIMA', TITLE, '7mm')
spanrow('Provincia di Ancona – Settore Patrimonio, Espropri e Demanio Marittimo', SUB)
spanrow('', SUB)
spanrow('ALLEGATO A – PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI 2026-2028 (art. 58 D.L. 112/2008, conv. L. 133/2008)', SUBB, '7mm')
spanrow('', SUB)
hdr = ['N.', 'Descrizione immobile', 'Ubicazione', 'Foglio', 'Mappale', 'Sub.', 'Destinazione urbanistica (PRG)', 'Tipologia intervento', 'Anno', 'Valore stimato (€)']
row([cell(x, HEAD) for x in hdr], '10mm')
data = [
    ('1', 'Ex scuola elementare di Fiumesino – fabbricato su due livelli con corte', 'Via Fiumesino', '3', '412', '–', 'Zona F2 – attrezzature di interesse comune', 'Alienazione', '2026', 385000),
    ('2', 'Area residuale non edificabile', 'Via Flaminia', '9', '1187', '–', 'Zona B1 – completamento', 'Alienazione', '2026', 18500),
    ('3', 'Reliquato stradale', 'Via Monti e Tognetti', '12', '655', '–', 'Viabilità', 'Alienazione', '2026', 6200),
    ('4', 'Alloggio ERP non più destinato a locazione sociale', 'Via Marconi', '10', '301', '7', 'Zona B2 – residenziale', 'Alienazione', '2027', 92000),
    ('5', 'Locale commerciale al piano terra', 'Piazza Mazzini', '10', '288', '2', 'Zona A – centro storico', 'Concessione di valorizzazione', '2026', 140000),
    ('6', 'Terreno agricolo', 'Località Castelferretti', '21', '77', '–', 'Zona E – agricola', 'Alienazione', '2027', 34000),
    ('7', 'Ex magazzino comunale', 'Via dell’Artigianato', '18', '940', '–', 'Zona D1 – produttiva', 'Alienazione', '2027', 210000),
    ('8', 'Area verde non attrezzata', 'Quartiere Villanova', '6', '522', '–', 'Zona F1 – verde pubblico', 'Valorizzazione', '2028', 45000),
    ('9', 'Box auto', 'Via Roma', '11', '73', '15', 'Zona B1 – completamento', 'Alienazione', '2028', 21500),
]
for r in data:
    row([cell(r[0], CEN), cell(r[1], TXT), cell(r[2], TXT), cell(r[3], CEN), cell(r[4], CEN), cell(r[5], CEN),
         cell(r[6], TXT), cell(r[7], TXT), cell(r[8], CEN), cell(f'{r[9]:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.'), NUM, value=r[9])])
tot = sum(r[9] for r in data)
row([cell('TOTALE VALORE STIMATO', TOT, NC - 1)] + [CoveredTableCell() for _ in range(NC - 2)] +
    [cell(f'{tot:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.'), TOT, value=tot)])
spanrow('', SUB)
spanrow('I valori sono indicativi e saranno aggiornati con perizia di stima prima dell’avvio delle procedure di alienazione. L’inserimento nel piano determina la classificazione dei beni come patrimonio disponibile.', NOTE)
spanrow('Il Dirigente del Settore Patrimonio, Espropri e Demanio Marittimo – Arch. Giorgio Santarelli', NOTE)
doc.spreadsheet.addElement(t)
doc.save(sys.argv[1])
