# Comune di Miglionico – Giunta 27/2026: ODT written with odfpy in the plain style of an
# IBM Lotus Symphony template, converted to PDF by LibreOffice (writer_pdf_Export)
import os, subprocess
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, Footer, Header)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
doc = OpenDocumentText()
pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.5cm',
                                   marginleft='2.2cm', marginright='2cm'))
doc.automaticstyles.addElement(pl)
def ps(name, size='11pt', bold=False, align='justify', before='0cm', after='0.15cm', italic=False, family='Liberation Serif', border=None, indent=None):
    s = Style(name=name, family='paragraph')
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if border: pp.update(border=border, padding='0.15cm')
    if indent: pp.update(marginleft=indent, textindent='-0.6cm')
    s.addElement(ParagraphProperties(**pp))
    doc.styles.addElement(s); return s
N = ps('Norm'); C = ps('Ctr', align='center'); CB = ps('CtrB', bold=True, align='center', before='0.2cm', after='0.2cm')
H1 = ps('Ente', size='18pt', bold=True, align='center', after='0cm'); H2 = ps('Prov', size='11pt', align='center', italic=True, after='0.4cm')
T = ps('Tit', size='12.5pt', bold=True, align='center', before='0.2cm', after='0.1cm')
OG = ps('Ogg', size='11pt', bold=True, border='0.05pt solid #000000', after='0.3cm')
SM = ps('Small', size='8pt', align='center', family='Liberation Sans')
BL = ps('Bull', indent='0.6cm')
FB = ps('Foot', size='7.5pt', align='center', family='Liberation Sans', after='0cm')
boldspan = Style(name='B', family='text'); boldspan.addElement(TextProperties(fontweight='bold')); doc.styles.addElement(boldspan)

mp = MasterPage(name='Standard', pagelayoutname=pl)
f = Footer(); fp = P(stylename=FB, text='Comune di Miglionico – Deliberazione di Giunta Comunale n. 27 del 24/02/2026 – Pagina ')
fp.addElement(PageNumber(selectpage='current')); fp.addText(' di '); fp.addElement(PageCount()); f.addElement(fp)
mp.addElement(f); doc.masterstyles.addElement(mp)

def para(style, *parts):
    p = P(stylename=style)
    for x in parts:
        if isinstance(x, tuple): p.addElement(Span(stylename=boldspan, text=x[0]))
        else: p.addText(x)
    doc.text.addElement(p)

para(SM, '[ stemma del Comune ]')
para(H1, 'COMUNE DI MIGLIONICO'); para(H2, 'Provincia di Matera')
# register box as a table
tc = Style(name='tcell', family='table-cell'); tc.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm')); doc.automaticstyles.addElement(tc)
c1 = Style(name='c1', family='table-column'); c1.addElement(TableColumnProperties(columnwidth='8.4cm')); doc.automaticstyles.addElement(c1)
tb = Table(name='Reg'); tb.addElement(TableColumn(stylename=c1, numbercolumnsrepeated=2))
tr = TableRow()
for txt in ['ORIGINALE', 'Deliberazione N. 27 del 24/02/2026']:
    cl = TableCell(stylename=tc); cl.addElement(P(stylename=CB, text=txt)); tr.addElement(cl)
tb.addElement(tr); doc.text.addElement(tb)
para(T, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE')
para(OG, 'OGGETTO: Concessione contributo straordinario all\u2019Associazione Pro Loco Miglionico per la manifestazione \u201cMiglionico in Festa \u2013 Polittico 2026\u201d. Indirizzi al Responsabile del Settore Amministrativo.')
para(N, 'L\u2019anno duemilaventisei, il giorno ventiquattro del mese di febbraio, alle ore 13,15, nella Casa Comunale, previa osservanza delle formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale nelle persone dei Sigg.:')
for t in ['\u2013 SANTORO VITO, Sindaco, presente;', '\u2013 LOPERFIDO CARMELA, Vice Sindaco, presente;',
          '\u2013 DI LECCE NICOLA, Assessore, presente;', '\u2013 MONTEMURRO ROCCO, Assessore, assente.']:
    para(BL, t)
para(N, 'Presiede l\u2019adunanza il Sindaco ', ('Avv. Vito Santoro',), '. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale ', ('Dott.ssa Rosanna Ferrara',), '.')
para(N, 'Il Presidente, riconosciuta la legalità dell\u2019adunanza, invita i presenti a deliberare sull\u2019argomento in oggetto, sulla base della proposta n. 31 del 19/02/2026 del Settore Amministrativo.')
para(CB, 'LA GIUNTA COMUNALE')
for t in [
 'PREMESSO che l\u2019Associazione Pro Loco Miglionico, con nota acquisita al prot. n. 1214 del 12/02/2026, ha chiesto un contributo a sostegno della manifestazione \u201cMiglionico in Festa \u2013 Polittico 2026\u201d, dedicata alla valorizzazione del Polittico di Cima da Conegliano custodito nella Chiesa Madre, in programma dal 15 al 19 aprile 2026;',
 'VISTO il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 22 del 30/07/2019, ed in particolare l\u2019art. 9 relativo ai contributi straordinari;',
 'RITENUTA l\u2019iniziativa meritevole di sostegno per il suo rilievo culturale e turistico e per il coinvolgimento delle associazioni e delle scuole del territorio;',
 'VISTI i pareri favorevoli espressi ai sensi dell\u2019art. 49 del D.Lgs. 267/2000 dal Responsabile del Settore Amministrativo in ordine alla regolarità tecnica e dal Responsabile del Settore Economico-Finanziario in ordine alla regolarità contabile;',
 'CON la seguente votazione, resa in forma palese:']:
    para(N, t)
# vote table
c2 = Style(name='c2', family='table-column'); c2.addElement(TableColumnProperties(columnwidth='3.3cm')); doc.automaticstyles.addElement(c2)
vt = Table(name='Voti'); vt.addElement(TableColumn(stylename=c2, numbercolumnsrepeated=5))
for row in [['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'], ['3', '3', '3', '0', '0']]:
    tr = TableRow()
    for txt in row:
        cl = TableCell(stylename=tc); cl.addElement(P(stylename=C, text=txt)); tr.addElement(cl)
    vt.addElement(tr)
doc.text.addElement(vt)
para(CB, 'D E L I B E R A')
for t in [
 '\u2022 di concedere all\u2019Associazione Pro Loco Miglionico, C.F. 93012450774, un contributo straordinario di \u20ac 3.500,00 per la realizzazione della manifestazione \u201cMiglionico in Festa \u2013 Polittico 2026\u201d;',
 '\u2022 di demandare al Responsabile del Settore Amministrativo l\u2019adozione dell\u2019impegno di spesa sul Capitolo 7420 \u201cContributi per manifestazioni culturali\u201d del bilancio 2026/2028, esercizio 2026;',
 '\u2022 di stabilire che il contributo sarà liquidato a presentazione del rendiconto delle spese sostenute, corredato dalla relativa documentazione giustificativa;',
 '\u2022 di dare atto che il presente provvedimento sarà pubblicato nella sezione \u201cAmministrazione trasparente\u201d ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.']:
    para(BL, t)
para(N, 'Successivamente, con separata ed unanime votazione, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell\u2019art. 134, comma 4, del D.Lgs. n. 267/2000.')
para(C, ' ')
tb2 = Table(name='Firme'); tb2.addElement(TableColumn(stylename=c1, numbercolumnsrepeated=2))
for row in [['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['Avv. Vito Santoro', 'Dott.ssa Rosanna Ferrara'], ['(firmato digitalmente)', '(firmato digitalmente)']]:
    tr = TableRow()
    for txt in row:
        cl = TableCell(); cl.addElement(P(stylename=C, text=txt)); tr.addElement(cl)
    tb2.addElement(tr)
doc.text.addElement(tb2)
para(C, ' ')
para(FB, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., che sostituisce il documento cartaceo e la firma autografa.')
odt = os.path.join(HERE, 'build', 'delibera-miglionico-lotussymphony.odt')
os.makedirs(os.path.dirname(odt), exist_ok=True)
doc.save(odt)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', os.path.join(HERE, '..'), odt], check=True, capture_output=True)
