# Ordinanza, Comune di Laigueglia - Writer document (odfpy -> LibreOffice), Unimatica-style conservation footer
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, FooterStyle, HeaderFooterProperties, TableColumnProperties, TableProperties, TableCellProperties)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
out = sys.argv[1]
doc = OpenDocumentText()
pl = PageLayout(name='pm1')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.6cm', marginbottom='1.2cm', marginleft='2.2cm', marginright='2cm'))
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='1cm', margintop='0.3cm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
def ps(name, size='11pt', bold=False, align='justify', italic=False, before='0cm', after='0.18cm', indent=None, font='Liberation Serif', border=None, pad=None):
    s = Style(name=name, family='paragraph')
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent: pp.update(marginleft=indent[0], textindent=indent[1])
    if border: pp.update(border=border, padding=pad or '0.1cm')
    s.addElement(ParagraphProperties(**pp))
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    s.addElement(TextProperties(**tp)); doc.automaticstyles.addElement(s); return s
from odf.style import FontFace
for fn in ('Liberation Serif', 'Liberation Sans'):
    doc.fontfacedecls.addElement(FontFace(name=fn, fontfamily=fn, fontfamilygeneric='roman'))
H1 = ps('H1', '18pt', True, 'center', font='Liberation Sans', after='0cm')
H2 = ps('H2', '10pt', False, 'center', italic=True, after='0.05cm')
H3 = ps('H3', '11pt', True, 'center', font='Liberation Sans', after='0cm', before='0.25cm')
H4 = ps('H4', '10.5pt', False, 'center', font='Liberation Sans', after='0.35cm')
TT = ps('TT', '14pt', True, 'center', before='0.3cm', after='0.05cm')
NN = ps('NN', '12pt', True, 'center', after='0.3cm')
OG = ps('OG', '11pt', True, 'justify', border='0.05pt solid #000000', pad='0.15cm', after='0.35cm')
B = ps('B', '11pt')
C = ps('C', '12pt', True, 'center', before='0.25cm', after='0.2cm')
BL = ps('BL', '11pt', indent=('0.9cm', '-0.5cm'))
SG = ps('SG', '11pt', False, 'center', after='0cm')
SGB = ps('SGB', '11pt', True, 'center', after='0cm')
FT = ps('FT', '7.5pt', False, 'center', font='Liberation Sans', after='0cm')
BOLD = Style(name='Bd', family='text'); BOLD.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(BOLD)
mp = MasterPage(name='Standard', pagelayoutname=pl)
from odf.style import Footer
ft = Footer(); fp = P(stylename=FT, text='Ordinanza n. 19 del 24/04/2026 – pag. '); fp.addElement(PageNumber(selectpage='current', text='1')); fp.addText(' di '); fp.addElement(PageCount(text='2')); ft.addElement(fp)
ft.addElement(P(stylename=FT, text='Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005; conservazione a norma presso il conservatore accreditato Unimatica S.p.A.'))
mp.addElement(ft); doc.masterstyles.addElement(mp)
T = doc.text
def para(st, txt, bold_lead=None):
    p = P(stylename=st)
    if bold_lead: p.addElement(Span(stylename=BOLD, text=bold_lead))
    p.addText(txt); T.addElement(p)
para(H1, 'COMUNE DI LAIGUEGLIA')
para(H2, 'Provincia di Savona')
para(H3, 'AREA VIGILANZA')
para(H4, 'Servizio Polizia Locale')
para(TT, 'ORDINANZA N. 19 DEL 24/04/2026')
para(OG, 'OGGETTO: Istituzione del divieto di transito e di sosta con rimozione forzata in Piazza Garibaldi, via Roma e vie limitrofe in occasione della manifestazione "Laigueglia in Fiore" del 1° maggio 2026.')
para(C, 'IL RESPONSABILE DEL SERVIZIO')
for lead, txt in [('PREMESSO ', 'che il giorno 1° maggio 2026 si svolgerà nel centro storico la manifestazione "Laigueglia in Fiore", organizzata dalla Pro Loco con il patrocinio del Comune, autorizzata con provvedimento del Servizio Attività Produttive prot. n. 3318 del 16/04/2026;'),
                  ('CONSIDERATO ', "che l'allestimento degli stand florovivaistici e l'afflusso di pubblico rendono necessario interdire il transito e la sosta dei veicoli nelle aree interessate, a tutela della pubblica incolumità;"),
                  ('VISTI ', "gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;"),
                  ('VISTO ', "l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 6 del 02/01/2026 di attribuzione delle funzioni;")]:
    para(B, txt, lead)
para(C, 'O R D I N A')
for t in ["dalle ore 06:00 alle ore 21:00 del giorno 01/05/2026 il divieto di transito a tutti i veicoli in Piazza Garibaldi, via Roma (tratto compreso tra via Dante e via Mazzini) e vico Chiuso, ad eccezione dei mezzi di soccorso, delle Forze dell'Ordine e dei veicoli al servizio degli organizzatori muniti di apposito contrassegno;",
          "dalle ore 00:00 alle ore 23:59 del giorno 01/05/2026 il divieto di sosta con rimozione forzata su ambo i lati di via Roma e nel parcheggio di Piazza Garibaldi;",
          "l'istituzione del senso unico alternato regolato da movieri in via Dante, nel tratto compreso tra l'Aurelia e via Roma, per il tempo strettamente necessario alle operazioni di allestimento e smontaggio."]:
    para(BL, '•  ' + t)
para(C, 'D I S P O N E')
para(B, "che la Pro Loco organizzatrice provveda alla collocazione della prescritta segnaletica almeno 48 ore prima dell'entrata in vigore dei divieti, e che il personale della Polizia Locale e gli altri agenti di cui all'art. 12 del Codice della Strada siano incaricati della vigilanza sull'osservanza della presente ordinanza.")
para(B, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.")
para(B, 'Dalla Residenza Municipale, 24/04/2026')
para(SGB, 'IL RESPONSABILE DEL SERVIZIO POLIZIA LOCALE')
para(SG, 'Comm. Sara Ghiglione')
doc.save(out)
