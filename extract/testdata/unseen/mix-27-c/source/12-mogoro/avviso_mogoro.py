# Unnumbered avviso of the Comune di Mogoro: a Writer document (odfpy .odt, converted by LibreOffice) carrying the
# protocol "segnatura" box that a Siav Archiflow protocol register prints on outgoing documents (top right).
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, FooterStyle, HeaderFooterProperties)
from odf.text import P, Span, LineBreak, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Footer

doc = OpenDocumentText()
doc.meta.addElement(__import__('odf.dc', fromlist=['Title']).Title(text='Avviso trasporto scolastico 2026/2027'))


def pstyle(name, size=10.5, bold=False, align=None, font='Liberation Sans', italic=False, mb='0.15cm', mt='0cm', border=None, auto=False):
    s = Style(name=name, family='paragraph')
    kw = dict(fontname=font, fontsize='%spt' % size)
    if bold:
        kw['fontweight'] = 'bold'
    if italic:
        kw['fontstyle'] = 'italic'
    s.addElement(TextProperties(attributes={'fontfamily': font, 'fontsize': '%spt' % size,
                                            **({'fontweight': 'bold'} if bold else {}), **({'fontstyle': 'italic'} if italic else {})}))
    pp = {'marginbottom': mb, 'margintop': mt}
    if align:
        pp['textalign'] = align
    if border:
        pp['border'] = border
        pp['padding'] = '0.2cm'
    s.addElement(ParagraphProperties(attributes=pp))
    (doc.automaticstyles if auto else doc.styles).addElement(s)
    return s


H1 = pstyle('H1', 17, True, 'center', mb='0cm')
H2 = pstyle('H2', 10, False, 'center', mb='0cm')
H3 = pstyle('H3', 8, False, 'center', mb='0.3cm')
AREA = pstyle('Area', 11, True, 'center', mb='0cm', mt='0.2cm')
SERV = pstyle('Serv', 10, False, 'center', italic=True, mb='0.4cm')
TIT = pstyle('Tit', 14, True, 'center', mb='0.1cm', mt='0.3cm')
SUB = pstyle('Sub', 12, True, 'center', mb='0.4cm', border='0.06pt solid #000000')
BODY = pstyle('Body', 10.5, False, 'justify', font='Liberation Serif')
BUL = pstyle('Bul', 10.5, False, 'justify', font='Liberation Serif')
SIG = pstyle('Sig', 10.5, False, 'end', font='Liberation Serif', mb='0cm')
SEG = pstyle('Seg', 7.5, False, 'start', font='Liberation Mono', mb='0cm')
FT = pstyle('Ft', 7.5, False, 'center')
B = Style(name='B', family='text')
B.addElement(TextProperties(fontweight='bold'))
doc.styles.addElement(B)

pl = PageLayout(name='PL')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.2cm',
                                   marginleft='2.2cm', marginright='2cm'))
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight='0.6cm', margintop='0.3cm'))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name='Standard', pagelayoutname=pl)
ft = Footer()
fp = P(stylename=FT, text='Comune di Mogoro – Piazza Martiri d\'Ungheria, 1 – 09095 Mogoro (OR) – protocollo@pec.comune.mogoro.or.it – pag. ')
fp.addElement(PageNumber(selectpage='current', text='1'))
fp.addText(' di ')
fp.addElement(PageCount(text='1'))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

# table styles: segnatura box at right
ts = Style(name='TSeg', family='table')
ts.addElement(TableProperties(width='7.5cm', align='right'))
doc.automaticstyles.addElement(ts)
cs = Style(name='CSeg', family='table-cell')
cs.addElement(TableCellProperties(border='0.8pt solid #000000', padding='0.1cm'))
doc.automaticstyles.addElement(cs)
col = Style(name='ColSeg', family='table-column')
col.addElement(TableColumnProperties(columnwidth='7.5cm'))
doc.automaticstyles.addElement(col)

t = Table(name='Segnatura', stylename=ts)
t.addElement(TableColumn(stylename=col))
tr = TableRow()
tc = TableCell(stylename=cs)
for line in ['COMUNE DI MOGORO', 'Prot. N. 0004377 del 05/05/2026 11:42', 'Partenza – Tit. VII Cl. 1', 'Archiflow – AOO: c_f272']:
    tc.addElement(P(stylename=SEG, text=line))
tr.addElement(tc)
t.addElement(tr)
doc.text.addElement(t)

doc.text.addElement(P(stylename=H1, text='COMUNE DI MOGORO'))
doc.text.addElement(P(stylename=H2, text='Provincia di Oristano'))
doc.text.addElement(P(stylename=H3, text='Tel. 0783 993060 – C.F. 80003250958 – www.comune.mogoro.or.it'))
doc.text.addElement(P(stylename=AREA, text='AREA SOCIO-CULTURALE'))
doc.text.addElement(P(stylename=SERV, text='Servizio Pubblica Istruzione'))
doc.text.addElement(P(stylename=TIT, text='AVVISO'))
doc.text.addElement(P(stylename=SUB, text='ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027'))

for txt in [
    "Si informano le famiglie degli alunni residenti nel Comune di Mogoro e frequentanti la scuola dell'infanzia, la scuola primaria e "
    "la scuola secondaria di primo grado dell'Istituto Comprensivo di Mogoro che sono aperte le iscrizioni al servizio di trasporto "
    "scolastico per l'anno scolastico 2026/2027.",
    "La domanda di iscrizione deve essere presentata entro il giorno 15 giugno 2026, utilizzando esclusivamente il modulo disponibile "
    "presso l'Ufficio Pubblica Istruzione e sul sito istituzionale dell'Ente, con una delle seguenti modalità:",
]:
    doc.text.addElement(P(stylename=BODY, text=txt))
for txt in ["• consegna a mano all'Ufficio Protocollo, dal lunedì al venerdì dalle ore 10:00 alle ore 12:30;",
            "• invio all'indirizzo PEC protocollo@pec.comune.mogoro.or.it;",
            "• invio tramite lo sportello telematico del Comune, previa autenticazione con SPID o CIE."]:
    p = P(stylename=BUL, text=txt)
    doc.text.addElement(p)
for txt in [
    "La quota di contribuzione a carico delle famiglie è determinata in base all'attestazione ISEE in corso di validità, secondo le "
    "fasce approvate dalla Giunta Comunale. In assenza di attestazione ISEE sarà applicata la quota massima di € 20,00 mensili per alunno.",
    "Le domande pervenute oltre il termine saranno accolte compatibilmente con la disponibilità di posti sugli scuolabus e con i "
    "percorsi già programmati.",
    "Per informazioni è possibile rivolgersi all'Ufficio Pubblica Istruzione (tel. 0783 993062, e-mail istruzione@comune.mogoro.or.it) "
    "nei giorni di martedì e giovedì dalle ore 10:00 alle ore 12:30.",
]:
    doc.text.addElement(P(stylename=BODY, text=txt))
doc.text.addElement(P(stylename=BODY, text='Mogoro, 05/05/2026'))
for line in ["IL RESPONSABILE DELL'AREA SOCIO-CULTURALE", 'Dott.ssa Gavina Corrias']:
    doc.text.addElement(P(stylename=SIG, text=line))
doc.text.addElement(P(stylename=pstyle('SigI', 8, False, 'end', font='Liberation Serif', italic=True),
                      text='(firmato digitalmente ai sensi del D.Lgs. 82/2005)'))
doc.save('avviso-mogoro.odt')
