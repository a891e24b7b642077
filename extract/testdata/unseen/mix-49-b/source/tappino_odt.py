# Unione dei Comuni del Tappino - deliberazione della Giunta dell'Unione n. 6/2026
# ODT built with odfpy as a JODReports template merge would leave it; LibreOffice exports the PDF.
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, HeaderStyle,
                       FooterStyle, HeaderFooterProperties)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import style as ost

OUT = sys.argv[1]
doc = OpenDocumentText()
pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.5cm',
                                   marginleft='2.3cm', marginright='2cm'))
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='0.8cm', margintop='0.3cm')); pl.addElement(fs)
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight='0.6cm', marginbottom='0.3cm')); pl.addElement(hs)
doc.automaticstyles.addElement(pl)

def pstyle(name, size='11pt', bold=False, align='justify', italic=False, family='Liberation Serif', before='0cm', after='0.12cm', indent=None, border=None, pad=None):
    s = Style(name=name, family='paragraph')
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent: pp.update(marginleft=indent[0], textindent=indent[1])
    if border: pp['border'] = border
    if pad: pp['padding'] = pad
    s.addElement(ParagraphProperties(**pp))
    doc.automaticstyles.addElement(s)
    return s

from odf.style import FontFace
doc.fontfacedecls.addElement(FontFace(name='Liberation Serif', fontfamily='Liberation Serif'))
doc.fontfacedecls.addElement(FontFace(name='Liberation Sans', fontfamily='Liberation Sans'))
bodyS = pstyle('Body')
headS = pstyle('Head', size='16pt', bold=True, align='center', family='Liberation Sans', after='0cm')
subS = pstyle('Sub', size='10pt', align='center', family='Liberation Sans', after='0cm')
titS = pstyle('Tit', size='12pt', bold=True, align='center', before='0.4cm', after='0.1cm')
boxS = pstyle('Box', size='12pt', bold=True, align='center', border='0.06pt solid #000000', pad='0.12cm', after='0.3cm')
oggS = pstyle('Ogg', size='11pt', bold=True, align='justify', indent=('2.3cm', '-2.3cm'), before='0.2cm', after='0.3cm')
cenS = pstyle('Cen', size='11.5pt', bold=True, align='center', before='0.25cm', after='0.2cm')
bulS = pstyle('Bul', indent=('0.8cm', '-0.5cm'))
smallS = pstyle('Small', size='8pt', align='center', italic=True)
footS = pstyle('Foot', size='8pt', align='center', family='Liberation Sans')
cellS = pstyle('Cell', size='10pt', align='center', after='0cm')
boldT = Style(name='B', family='text'); boldT.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(boldT)

mp = MasterPage(name='Standard', pagelayoutname=pl)
hdr = ost.Header(); hp = P(stylename=footS, text='Unione dei Comuni del Tappino – Giunta dell’Unione – Atto n. 6/2026'); hdr.addElement(hp); mp.addElement(hdr)
ftr = ost.Footer(); fp = P(stylename=footS, text='Pagina '); fp.addElement(PageNumber(selectpage='current')); fp.addText(' di '); fp.addElement(PageCount()); ftr.addElement(fp); mp.addElement(ftr)
doc.masterstyles.addElement(mp)

def para(st, *parts):
    p = P(stylename=st)
    for x in parts:
        if isinstance(x, tuple): p.addElement(Span(stylename=boldT, text=x[0]))
        else: p.addText(x)
    doc.text.addElement(p)

para(headS, 'UNIONE DEI COMUNI DEL TAPPINO')
para(subS, '(Provincia di Campobasso)')
para(titS, 'COPIA DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE')
para(boxS, 'N. 6 del 19/02/2026')
para(oggS, 'Oggetto: Approvazione dello schema di convenzione per la gestione associata del servizio di trasporto scolastico – anno scolastico 2026/2027.')
para(bodyS, 'L’anno duemilaventisei il giorno diciannove del mese di febbraio alle ore 16,00, nella sede dell’Unione, a seguito di regolare convocazione, si è riunita la Giunta dell’Unione nelle persone dei Sigg.:')
para(bodyS, ('Presenti: '), 'CIANCIULLO Nicola – Presidente; DI IORIO Maria Grazia – Assessore; PALLOTTA Vincenzo – Assessore; TARTAGLIA Giuseppina – Assessore; MELE Antonio – Assessore.')
para(bodyS, ('Assenti: '), 'PETRUCCIANI Franco – Assessore.')
para(bodyS, 'Partecipa il Segretario dell’Unione ', ('Dott. Antonio Colavita'), ', incaricato della redazione del verbale.')
para(bodyS, 'Assume la presidenza il ', ('Sig. Nicola Cianciullo'), ', Presidente dell’Unione, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a deliberare sull’oggetto sopra indicato.')
para(cenS, 'LA GIUNTA DELL’UNIONE')
for tx in [
 'PREMESSO che ai sensi dell’art. 5 dello Statuto l’Unione esercita in forma associata, per conto dei Comuni aderenti, il servizio di trasporto scolastico per gli alunni della scuola dell’infanzia, primaria e secondaria di primo grado;',
 'CONSIDERATO che la convenzione in essere tra l’Unione e i Comuni aderenti scade con il termine dell’anno scolastico 2025/2026 e che occorre definire i criteri di riparto della spesa per l’anno scolastico 2026/2027, tenendo conto del numero degli utenti e dei chilometri percorsi per ciascun territorio comunale;',
 'VISTO lo schema di convenzione predisposto dal Servizio Affari Generali dell’Unione, composto da n. 11 articoli, allegato al presente atto quale parte integrante e sostanziale;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;',
 'Con voti favorevoli 4 (quattro) e contrari 1 (uno), quello dell’Assessore Di Iorio, espressi per alzata di mano dai 5 componenti presenti;']:
    para(bodyS, tx)
para(cenS, 'D E L I B E R A')
for tx in [
 '– di approvare lo schema di convenzione per la gestione associata del servizio di trasporto scolastico per l’anno scolastico 2026/2027, allegato alla presente quale parte integrante e sostanziale;',
 '– di stabilire che la spesa sarà ripartita tra i Comuni aderenti per il 60% in base al numero degli alunni trasportati e per il 40% in base ai chilometri percorsi nel rispettivo territorio;',
 '– di trasmettere il presente atto ai Comuni aderenti per l’approvazione della convenzione da parte dei rispettivi Consigli Comunali entro il 30 aprile 2026.']:
    para(bulS, tx)
para(bodyS, 'Successivamente, con separata votazione unanime, la Giunta dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.')
para(bodyS, 'Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.')
t = Table(name='Firme')
t.addElement(TableColumn(numbercolumnsrepeated=2))
for a, b in [('IL PRESIDENTE', 'IL SEGRETARIO'), ('F.to Nicola Cianciullo', 'F.to Dott. Antonio Colavita')]:
    tr = TableRow()
    for v in (a, b):
        tc = TableCell(); tc.addElement(P(stylename=cellS, text=v)); tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
para(titS, 'CERTIFICATO DI PUBBLICAZIONE')
para(bodyS, 'Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione per quindici giorni consecutivi a partire dal 23/02/2026 (Reg. Pubbl. n. 41).')
para(bodyS, 'Il Responsabile della pubblicazione – F.to Dott. Antonio Colavita')
para(smallS, 'Copia conforme all’originale, firmato digitalmente ai sensi del D.Lgs. 82/2005.')
doc.save(OUT)
