# Determinazione del Direttore Generale - ITIS Azienda Pubblica di Servizi alla Persona (Trieste)
# Native LibreOffice Writer document (odfpy .odt) converted by LibreOffice headless.
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, FooterStyle,
                       HeaderFooterProperties, TableProperties)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Footer

out = sys.argv[1]
doc = OpenDocumentText()

pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm',
                                   marginbottom='1.2cm', marginleft='2.5cm', marginright='2cm'))
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight='0.6cm', margintop='0.3cm'))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name='Standard', pagelayoutname=pl)
ft = Footer()
fp = Style(name='Foot', family='paragraph')
fp.addElement(ParagraphProperties(textalign='center', bordertop='0.5pt solid #000000', paddingtop='0.1cm'))
fp.addElement(TextProperties(fontsize='7.5pt', fontname='Liberation Sans', fontfamily='Liberation Sans'))
doc.automaticstyles.addElement(fp)
p = P(stylename=fp)
p.addText('ITIS – Via Pascoli 31 – 34129 Trieste – C.F. e P.IVA 00046540327 – PEC itis@pec.itis.it – pag. ')
p.addElement(PageNumber(selectpage='current'))
p.addText(' di ')
p.addElement(PageCount())
ft.addElement(p)
mp.addElement(ft)
doc.masterstyles.addElement(mp)


def pstyle(name, size='10.5pt', bold=False, align='justify', italic=False, before='0cm', after='0.16cm',
           margin_left='0cm', indent='0cm', font='Liberation Serif', color=None, caps=False):
    s = Style(name=name, family='paragraph')
    s.addElement(ParagraphProperties(textalign=align, margintop=before, marginbottom=after,
                                     marginleft=margin_left, textindent=indent, lineheight='118%'))
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    if color: tp['color'] = color
    if caps: tp['texttransform'] = 'uppercase'
    s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s

S = pstyle('Body')
SH1 = pstyle('H1', size='22pt', bold=True, align='left', after='0cm', font='Liberation Sans', color='#7a1f2b')
SH2 = pstyle('H2', size='10pt', align='left', after='0cm', font='Liberation Sans', color='#7a1f2b')
SH3 = pstyle('H3', size='8pt', align='left', after='0.4cm', font='Liberation Sans', italic=True)
STIT = pstyle('Tit', size='12.5pt', bold=True, align='center', before='0.3cm', after='0.1cm', font='Liberation Sans')
SNUM = pstyle('Num', size='11pt', bold=True, align='center', after='0.35cm', font='Liberation Sans')
SLAB = pstyle('Lab', size='9pt', align='left', after='0.05cm', font='Liberation Sans')
SOGG = pstyle('Ogg', size='10.5pt', bold=True, align='justify', before='0.2cm', after='0.3cm')
SCEN = pstyle('Cen', size='11pt', bold=True, align='center', before='0.25cm', after='0.2cm')
SPT = pstyle('Pt', margin_left='0.8cm', indent='-0.6cm')
SSIG = pstyle('Sig', size='10pt', align='right', before='0.5cm', after='0cm', margin_left='8cm')
SSM = pstyle('Sm', size='8pt', align='justify', italic=True, before='0.3cm')
B = Style(name='B', family='text'); B.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(B)


def para(style, text, bold_prefix=None):
    p = P(stylename=style)
    if bold_prefix:
        p.addElement(Span(stylename=B, text=bold_prefix))
    p.addText(text)
    doc.text.addElement(p)

para(SH1, 'ITIS')
para(SH2, 'Azienda Pubblica di Servizi alla Persona')
para(SH3, 'Trieste – Ente pubblico senza fini di lucro (L.R. FVG 19/2003)')

# register box
ts = Style(name='Tb', family='table'); ts.addElement(TableProperties(width='16.5cm', align='center'))
doc.automaticstyles.addElement(ts)
cs = Style(name='Tc', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
doc.automaticstyles.addElement(cs)
cw = Style(name='Cw', family='table-column'); cw.addElement(TableColumnProperties(columnwidth='8.25cm'))
doc.automaticstyles.addElement(cw)
t = Table(stylename=ts)
t.addElement(TableColumn(stylename=cw, numbercolumnsrepeated=2))
rows = [('Struttura proponente:', 'Servizio Provveditorato ed Economato'),
        ('Responsabile del procedimento:', 'dott.ssa Tiziana Vidali'),
        ('Proposta n.:', '131 del 14/04/2026')]
for a, b in rows:
    tr = TableRow()
    for v, bold in ((a, False), (b, True)):
        tc = TableCell(stylename=cs)
        pp = P(stylename=SLAB)
        if bold: pp.addElement(Span(stylename=B, text=v))
        else: pp.addText(v)
        tc.addElement(pp); tr.addElement(tc)
    t.addElement(tr)

para(STIT, 'DETERMINAZIONE DEL DIRETTORE GENERALE')
para(SNUM, 'n. 112 del 16/04/2026')
doc.text.addElement(t)

para(SOGG, 'Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b) del D.Lgs. n. 36/2023 del servizio di '
     'manutenzione degli impianti di sollevamento (ascensori e montalettighe) della sede di via Pascoli per il periodo '
     '01/05/2026 – 30/04/2028. CIG B7A41C29F3.', bold_prefix='OGGETTO: ')

para(SCEN, 'IL DIRETTORE GENERALE')
for tx in [
    'Richiamati lo Statuto dell’Azienda e il Regolamento di organizzazione, che attribuiscono al Direttore Generale '
    'la competenza all’adozione degli atti di gestione;',
    'Richiamata la deliberazione del Consiglio di Amministrazione n. 24 del 18/12/2025, con la quale è stato '
    'approvato il bilancio economico preventivo per l’esercizio 2026;',
    'Premesso che il contratto in essere per la manutenzione degli impianti di sollevamento, che comprende '
    'quattro ascensori e due montalettighe a servizio dei reparti residenziali, scade il 30/04/2026 e che occorre '
    'garantire senza soluzione di continuità le verifiche periodiche e il pronto intervento previsti dal D.P.R. '
    '30 aprile 1999, n. 162;',
    'Dato atto che è stata svolta un’indagine informale di mercato sulla piattaforma telematica eAppaltiFVG, '
    'invitando tre operatori economici, e che l’offerta economicamente più conveniente è risultata quella della '
    'ditta Giuliana Elevatori S.r.l., per un importo biennale di euro 23.480,00 oltre IVA di legge;',
    'Verificati in capo all’affidatario il possesso dei requisiti e la regolarità contributiva (DURC prot. '
    'INAIL_52188731, in corso di validità);',
    'Accertata la copertura finanziaria sul conto 0502.0011 “Manutenzioni impianti” del bilancio economico '
    'preventivo 2026 e dei successivi esercizi;',
]:
    para(S, tx)
para(SCEN, 'DETERMINA')
pts = [
    'di affidare alla ditta Giuliana Elevatori S.r.l. di Trieste (P.IVA 01293870328) il servizio di manutenzione '
    'ordinaria e di pronto intervento degli impianti di sollevamento della sede di via Pascoli per il periodo '
    '01/05/2026 – 30/04/2028;',
    'di dare atto che la spesa complessiva ammonta a euro 28.645,60, IVA 22% inclusa, di cui euro 9.548,53 a carico '
    'dell’esercizio 2026, euro 14.322,80 a carico dell’esercizio 2027 ed euro 4.774,27 a carico dell’esercizio 2028;',
    'di imputare la spesa al conto 0502.0011 “Manutenzioni impianti”;',
    'di nominare direttore dell’esecuzione del contratto il p.i. Stefano Kravos, in servizio presso l’Ufficio '
    'Tecnico aziendale;',
    'di disporre la pubblicazione del presente provvedimento all’Albo on line dell’Azienda e nella sezione '
    '“Amministrazione trasparente”.',
]
for i, tx in enumerate(pts, 1):
    para(SPT, tx, bold_prefix=f'{i}.\t')

para(SSIG, 'IL DIRETTORE GENERALE')
para(SSIG, 'dott. Fabio Zorzenon')
para(SSM, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce '
     'il documento cartaceo e la firma autografa. Pubblicato all’Albo on line dal 17/04/2026 al 02/05/2026.')
doc.save(out)
