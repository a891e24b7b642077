# Comune di Botricello - ordinanza sindacale contingibile e urgente, written as
# an ODT (odfpy) after a Caldarini & Associati model and printed by LibreOffice Writer.
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, GraphicProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer,
                       TableColumnProperties, TableProperties, TableCellProperties, FontFace)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name='Liberation Serif', fontfamily='Liberation Serif', fontfamilygeneric='roman'))
pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.5cm', marginleft='2.3cm', marginright='2cm'))
doc.automaticstyles.addElement(pl)

def pstyle(name, size='11pt', bold=False, align='justify', italic=False, mt='0cm', mb='0.18cm', ml='0cm', ti='0cm'):
    s = Style(name=name, family='paragraph')
    tp = dict(fontname='Liberation Serif', fontsize=size)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    s.addElement(ParagraphProperties(textalign=align, margintop=mt, marginbottom=mb, marginleft=ml, textindent=ti))
    doc.styles.addElement(s); return s

N = pstyle('Corpo')
C = pstyle('Centro', align='center')
CB = pstyle('CentroB', bold=True, align='center', mt='0.2cm', mb='0.2cm', size='12pt')
T1 = pstyle('Ente', size='18pt', bold=True, align='center', mb='0cm')
T2 = pstyle('Prov', size='10pt', align='center', mb='0cm')
SM = pstyle('Small', size='8pt', align='center', italic=True)
HD = pstyle('Hd', size='8pt', align='right', italic=True)
FT = pstyle('Ft', size='7.5pt', align='center')
PT = pstyle('Punto', ml='0.9cm', ti='-0.6cm')
R = pstyle('Destra', align='end')
bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.styles.addElement(bold)

mp = MasterPage(name='Standard', pagelayoutname=pl)
h = Header(); hp = P(stylename=HD, text='Ordinanza sindacale n. 9 del 18/03/2026'); h.addElement(hp); mp.addElement(h)
f = Footer(); fp = P(stylename=FT, text='Comune di Botricello – Via Nazionale, 48 – 88070 Botricello (CZ) – protocollo.botricello@asmepec.it – pagina ')
fp.addElement(PageNumber(selectpage='current', text='1')); fp.addText(' di '); fp.addElement(PageCount(text='2'))
f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

def para(st, text, b=None):
    p = P(stylename=st)
    if b:
        p.addElement(Span(stylename=bold, text=b))
    p.addText(text)
    doc.text.addElement(p)

para(SM, '[stemma del Comune]')
para(T1, 'COMUNE DI BOTRICELLO')
para(T2, 'Provincia di Catanzaro')
para(T2, 'Ufficio del Sindaco')
para(C, '______________________________________________')

# register box as a 2-col table
tst = Style(name='Tab', family='table'); tst.addElement(TableProperties(width='16.7cm', align='center')); doc.automaticstyles.addElement(tst)
cst = Style(name='Cel', family='table-cell'); cst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm')); doc.automaticstyles.addElement(cst)
t = Table(name='Registro', stylename=tst)
t.addElement(TableColumn(numbercolumnsrepeated=2))
tr = TableRow()
for txt in ('ORDINANZA N. 9', 'Data 18/03/2026 – Prot. n. 2877'):
    tc = TableCell(stylename=cst); tc.addElement(P(stylename=CB, text=txt)); tr.addElement(tc)
t.addElement(tr); doc.text.addElement(t)
para(N, '')
para(N, 'Ordinanza contingibile e urgente per la messa in sicurezza del fabbricato pericolante sito in Via Nazionale n. 112 (Foglio 12, particella 448).', b='OGGETTO: ')
para(CB, 'IL SINDACO')
for b, t_ in [
 ('PREMESSO ', 'che in data 16/03/2026, a seguito delle intense precipitazioni, il Comando della Polizia Locale ha segnalato il distacco di porzioni di intonaco e di elementi del cornicione dal fabbricato sito in Via Nazionale n. 112, prospiciente la pubblica via e il marciapiede antistante la scuola dell’infanzia;'),
 ('VISTO ', 'il verbale di sopralluogo dell’Ufficio Tecnico Comunale del 17/03/2026, prot. n. 2841, dal quale risulta che il cornicione e il balcone del secondo piano versano in condizioni di grave degrado strutturale, con pericolo imminente per la pubblica incolumità;'),
 ('ACCERTATO ', 'che il fabbricato risulta di proprietà dei Sigg. indicati nell’allegata nota riservata, notificata agli interessati e non soggetta a pubblicazione;'),
 ('RITENUTO ', 'che sussistano i presupposti di contingibilità e urgenza per l’adozione di un provvedimento a tutela della pubblica incolumità;'),
 ('VISTI ', 'gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e l’art. 677 del Codice Penale;'),
]:
    para(N, t_, b=b)
para(CB, 'O R D I N A')
para(N, 'ai proprietari del fabbricato sito in Via Nazionale n. 112:')
for i, t_ in enumerate([
 'di provvedere, entro 48 (quarantotto) ore dalla notifica della presente, alla rimozione di tutte le parti pericolanti del cornicione e del balcone del secondo piano, a mezzo di ditta specializzata;',
 'di provvedere, entro 30 (trenta) giorni dalla notifica, all’esecuzione delle opere definitive di messa in sicurezza, previa presentazione della relativa pratica edilizia;',
 'di comunicare all’Ufficio Tecnico Comunale l’avvenuta esecuzione degli interventi, allegando la relazione asseverata di un tecnico abilitato.',
], 1):
    para(PT, f'{i}.  {t_}')
para(CB, 'D I S P O N E')
para(N, 'l’immediata interdizione al transito pedonale del marciapiede antistante il fabbricato, per un tratto di ml 15, fino all’avvenuta messa in sicurezza, a cura del Comando di Polizia Locale.')
para(CB, 'A V V E R T E')
para(N, 'che in caso di inottemperanza si procederà d’ufficio, con addebito delle spese ai proprietari, fatta salva la denuncia all’Autorità Giudiziaria ai sensi dell’art. 650 del Codice Penale. Avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
para(N, 'La presente ordinanza è pubblicata all’Albo Pretorio on line e trasmessa alla Prefettura di Catanzaro, al Comando Stazione Carabinieri di Botricello e al Comando di Polizia Locale.')
para(N, 'Dalla Residenza Municipale, 18/03/2026')
para(R, 'IL SINDACO')
para(R, 'Avv. Simona Lamanna')
para(SM, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
doc.save(sys.argv[1])
