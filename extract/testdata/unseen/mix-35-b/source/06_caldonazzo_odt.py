# Determinazione of Comune di Caldonazzo (TN) in the Writer template that
# Trentino municipalities receive with their in-house (Trentino Digitale era)
# atti system: number and date in the heading sentence ("n. 58 di data 16
# marzo 2026"), the subject as an untitled bold block, numbered points, the
# L.P. 23/1992 notice, header/footer in the page style.
# Written as .odt with odfpy, converted to PDF by LibreOffice (build.sh).
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                       PageLayoutProperties, MasterPage, HeaderStyle, FooterStyle,
                       HeaderFooterProperties, TableColumnProperties, TableProperties,
                       TableCellProperties, FontFace)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Header, Footer

out = sys.argv[1]
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name='Liberation Serif', fontfamily='Liberation Serif',
                                      fontfamilygeneric='roman', fontpitch='variable'))
doc.fontfacedecls.addElement(FontFace(name='Liberation Sans', fontfamily='Liberation Sans',
                                      fontfamilygeneric='swiss', fontpitch='variable'))

pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.2cm',
                                   marginbottom='1.2cm', marginleft='2.3cm', marginright='2cm'))
hs = HeaderStyle()
hs.addElement(HeaderFooterProperties(minheight='2.4cm', marginbottom='0.4cm'))
pl.addElement(hs)
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight='1cm', margintop='0.4cm'))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)


def pstyle(name, size='11pt', bold=False, align='justify', italic=False, font='Liberation Serif',
           mb='0.18cm', mt='0cm', ml='0cm', ti='0cm'):
    s = Style(name=name, family='paragraph')
    tp = dict(fontsize=size, fontname=font)
    if bold:
        tp['fontweight'] = 'bold'
    if italic:
        tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp))
    s.addElement(ParagraphProperties(textalign=align, marginbottom=mb, margintop=mt,
                                     marginleft=ml, textindent=ti))
    doc.styles.addElement(s)
    return s


body = pstyle('Corpo')
head1 = pstyle('Ente', size='15pt', bold=True, align='center', mb='0cm', font='Liberation Sans')
head2 = pstyle('Prov', size='10pt', align='center', mb='0cm', font='Liberation Sans')
hsmall = pstyle('HSmall', size='7.5pt', align='center', font='Liberation Sans', mb='0cm')
title = pstyle('Titolo', size='12pt', bold=True, align='center', mt='0.3cm', mb='0.3cm')
subj = pstyle('Oggetto', size='11pt', bold=True, align='justify', mb='0.4cm', ml='0.8cm')
ctr = pstyle('Centro', size='11pt', bold=True, align='center', mt='0.2cm', mb='0.2cm')
pt = pstyle('Punto', ml='0.9cm', ti='-0.6cm')
small = pstyle('Piccolo', size='8.5pt', italic=True)
foot = pstyle('Piede', size='7.5pt', align='center', font='Liberation Sans', mb='0cm')
sig = pstyle('Firma', size='11pt', align='center', ml='8cm', mb='0cm')

mp = MasterPage(name='Standard', pagelayoutname=pl)
h = Header()
h.addElement(P(stylename=head1, text='COMUNE DI CALDONAZZO'))
h.addElement(P(stylename=head2, text='Provincia di Trento'))
h.addElement(P(stylename=hsmall, text='Piazza Municipio, 1 – 38052 Caldonazzo (TN) – C.F. e P.IVA 00339510228'))
mp.addElement(h)
f = Footer()
fp = P(stylename=foot, text='Determinazione n. 58 di data 16 marzo 2026 – pagina ')
fp.addElement(PageNumber(selectpage='current'))
fp.addText(' di ')
fp.addElement(PageCount())
f.addElement(fp)
f.addElement(P(stylename=foot, text='Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 (CAD)'))
mp.addElement(f)
doc.masterstyles.addElement(mp)

T = doc.text
T.addElement(P(stylename=title, text='Determinazione del Responsabile del Servizio Tecnico n. 58 di data 16 marzo 2026'))
T.addElement(P(stylename=subj, text=(
    'Lavori di messa in sicurezza della strada comunale di Monte Rovere in loc. Pian dei Pradi. '
    'Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione del saldo '
    'all\'impresa Bertoldi Costruzioni S.r.l. – CUP H67H25000380004 – CIG B4C2E19D0A.')))
T.addElement(P(stylename=ctr, text='IL RESPONSABILE DEL SERVIZIO TECNICO'))
for t in [
    'Premesso che con propria determinazione n. 141 di data 2 settembre 2025 sono stati aggiudicati i '
    'lavori di messa in sicurezza della strada comunale di Monte Rovere in loc. Pian dei Pradi all\'impresa '
    'Bertoldi Costruzioni S.r.l. con sede in Levico Terme, per l\'importo contrattuale di € 87.640,00 oltre '
    'IVA, di cui € 2.900,00 per oneri della sicurezza;',
    'Visto il contratto d\'appalto stipulato in data 29 settembre 2025, n. 412 di repertorio;',
    'Visti lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal direttore dei '
    'lavori, ing. Mattia Curzel, in data 27 febbraio 2026, dai quali risulta un credito residuo '
    'dell\'impresa pari a € 9.214,35 oltre IVA 22%;',
    'Visti la L.P. 10 settembre 1993, n. 26 e il relativo regolamento di attuazione, nonché il Codice '
    'degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2;',
    'Visto il decreto del Sindaco n. 3 di data 8 gennaio 2026 di nomina dei responsabili dei servizi;',
    'Accertata la regolarità contributiva dell\'impresa mediante DURC on line valido fino al 12 giugno 2026;',
]:
    T.addElement(P(stylename=body, text=t))
T.addElement(P(stylename=ctr, text='d e t e r m i n a'))
pts = [
    'di approvare lo stato finale dei lavori in oggetto e il certificato di regolare esecuzione emesso '
    'in data 27 febbraio 2026 dal direttore dei lavori, dal quale risulta l\'importo complessivo dei '
    'lavori eseguiti di € 87.283,10 oltre IVA;',
    'di liquidare all\'impresa Bertoldi Costruzioni S.r.l. la somma di € 9.214,35 oltre IVA 22% per '
    'complessivi € 11.241,51 a saldo di ogni suo avere, previa presentazione di regolare fattura '
    'elettronica;',
    'di far fronte alla spesa con l\'impegno n. 1287/2025 assunto al capitolo 3410 del bilancio di '
    'previsione 2026-2028, gestione residui;',
    'di svincolare la cauzione definitiva prestata dall\'impresa mediante polizza fideiussoria n. '
    '2025/88.441;',
    'di dare evidenza, ai sensi dell\'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente '
    'determinazione è ammesso ricorso straordinario al Presidente della Repubblica entro 120 giorni, '
    'ovvero giurisdizionale al T.R.G.A. di Trento entro 60 giorni.',
]
for i, t in enumerate(pts, 1):
    T.addElement(P(stylename=pt, text='%d.\t%s' % (i, t)))
T.addElement(P(stylename=body, text=''))
T.addElement(P(stylename=body, text='Caldonazzo, 16 marzo 2026'))
T.addElement(P(stylename=sig, text='IL RESPONSABILE DEL SERVIZIO TECNICO'))
T.addElement(P(stylename=sig, text='geom. Andrea Pallaoro'))
T.addElement(P(stylename=small, text=''))
T.addElement(P(stylename=small, text=(
    'Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell\'art. 185 del Codice '
    'degli enti locali (L.R. 2/2018): favorevole. Caldonazzo, 17 marzo 2026 – La Responsabile del Servizio '
    'Finanziario dott.ssa Elisa Marchesoni.')))
T.addElement(P(stylename=small, text=(
    'La presente determinazione è pubblicata all\'albo telematico del Comune per dieci giorni consecutivi '
    'dal 18 marzo 2026.')))
doc.save(out)
