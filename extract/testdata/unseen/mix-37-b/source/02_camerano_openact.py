# Consiglio deliberation of the Comune di Camerano (AN), an OpenAct-like minute:
# label grid for number/date, roll in two numbered columns, vote in a table.
# Written as ODT with odfpy, converted to PDF by LibreOffice Writer (build.sh).
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, FontFace)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = sys.argv[1]
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name='Liberation Serif', fontfamily='Liberation Serif',
                                      fontfamilygeneric='roman', fontpitch='variable'))
doc.fontfacedecls.addElement(FontFace(name='Liberation Sans', fontfamily='Liberation Sans',
                                      fontfamilygeneric='swiss', fontpitch='variable'))

pl = PageLayout(name='PL')
pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.2cm',
                                   marginbottom='1.2cm', marginleft='2cm', marginright='2cm'))
doc.automaticstyles.addElement(pl)


def pstyle(name, size='11pt', bold=False, align='justify', font='Liberation Serif',
           before='0cm', after='0.15cm', italic=False, border=None, indent=None):
    st = Style(name=name, family='paragraph')
    kw = dict(fontsize=size, fontname=font)
    if bold:
        kw['fontweight'] = 'bold'
    if italic:
        kw['fontstyle'] = 'italic'
    st.addElement(TextProperties(**kw))
    pk = dict(textalign=align, margintop=before, marginbottom=after)
    if border:
        pk.update(border=border, padding='0.1cm')
    if indent:
        pk.update(marginleft=indent[0], textindent=indent[1])
    st.addElement(ParagraphProperties(**pk))
    doc.styles.addElement(st)
    return st


B = pstyle('Body')
BC = pstyle('BodyC', align='center', bold=True, before='0.2cm', after='0.2cm')
H1 = pstyle('Head1', size='16pt', bold=True, align='center', font='Liberation Sans', after='0cm')
H2 = pstyle('Head2', size='10pt', align='center', font='Liberation Sans', after='0cm')
H3 = pstyle('Head3', size='12pt', bold=True, align='center', font='Liberation Sans',
            before='0.3cm', after='0.2cm')
T = pstyle('Tab', size='10pt', align='left', font='Liberation Sans', after='0cm')
TB = pstyle('TabB', size='10pt', align='left', font='Liberation Sans', bold=True, after='0cm')
TC = pstyle('TabC', size='10pt', align='center', font='Liberation Sans', after='0cm')
SM = pstyle('Small', size='8pt', align='center', font='Liberation Sans', after='0cm')
NUM = pstyle('Num', indent=('0.6cm', '-0.6cm'))
OGG = pstyle('Ogg', size='11pt', bold=True, align='justify', border='0.5pt solid #000000',
             before='0.2cm', after='0.3cm')
boldspan = Style(name='Bld', family='text')
boldspan.addElement(TextProperties(fontweight='bold'))
doc.styles.addElement(boldspan)

cellst = Style(name='Cell', family='table-cell')
cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.06cm'))
doc.automaticstyles.addElement(cellst)
grey = Style(name='CellG', family='table-cell')
grey.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.06cm',
                                    backgroundcolor='#e6e6e6'))
doc.automaticstyles.addElement(grey)
nob = Style(name='CellN', family='table-cell')
nob.addElement(TableCellProperties(border='none', padding='0.04cm'))
doc.automaticstyles.addElement(nob)

mp = MasterPage(name='Standard', pagelayoutname=pl)
hd = Header()
hp = P(stylename=SM, text='Comune di Camerano – Deliberazione del Consiglio Comunale n. 12 del 26-02-2026')
hd.addElement(hp)
mp.addElement(hd)
ft = Footer()
fp = P(stylename=SM, text='Pag. ')
fp.addElement(PageNumber(selectpage='current'))
fp.addText(' di ')
fp.addElement(PageCount())
fp.addText('  –  Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

tabcount = [0]


def table(rows, widths, styles=None, cellstyle=cellst, first_grey=False):
    tabcount[0] += 1
    name = 'T%d' % tabcount[0]
    ts = Style(name=name, family='table')
    ts.addElement(TableProperties(width='%.2fcm' % sum(widths), align='center'))
    doc.automaticstyles.addElement(ts)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        cs = Style(name='%s.C%d' % (name, i), family='table-column')
        cs.addElement(TableColumnProperties(columnwidth='%.2fcm' % w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r, row in enumerate(rows):
        tr = TableRow()
        for c, val in enumerate(row):
            st = grey if (first_grey and r == 0) else cellstyle
            tc = TableCell(stylename=st)
            ps = (styles[r][c] if styles else T)
            for line in str(val).split('\n'):
                tc.addElement(P(stylename=ps, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


def para(text, style=B):
    doc.text.addElement(P(stylename=style, text=text))


para('COMUNE DI CAMERANO', H1)
para('PROVINCIA DI ANCONA', H2)
para('Via San Francesco, 26 – 60021 Camerano (AN) – C.F. 00137990420', H2)
para('DELIBERAZIONE DEL CONSIGLIO COMUNALE', H3)
table([['Numero', '12', 'Data', '26-02-2026'],
       ['Seduta', 'Pubblica ordinaria di prima convocazione', 'Codice ente', '42006']],
      [2.6, 6.4, 2.8, 5.2],
      styles=[[TB, T, TB, T], [TB, T, TB, T]])
SUBJ = ("Regolamento comunale per l'applicazione del canone patrimoniale di concessione, "
        "autorizzazione o esposizione pubblicitaria e del canone mercatale. Modifiche agli "
        "articoli 14, 22 e 31.")
p = P(stylename=OGG)
p.addElement(Span(text='Oggetto: ', stylename=boldspan))
p.addText(SUBJ)
doc.text.addElement(p)
para("L'anno duemilaventisei il giorno ventisei del mese di febbraio alle ore 21:00, nella sala "
     "consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, "
     "si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima "
     "convocazione. Dei consiglieri comunali sono presenti n. 11 e assenti n. 2, come segue:")
roll = [('CARLETTI ANNALISA', 'Sindaco', 'P'), ('PIERONI LUCA', 'Presidente', 'P'),
        ('GIACCHETTI MARTINA', 'Consigliere', 'P'), ('CIARMATORI PAOLO', 'Consigliere', 'P'),
        ('BUGIOLACCHI SILVIA', 'Consigliere', 'A'), ('CINGOLANI MATTEO', 'Consigliere', 'P'),
        ('PIGINI ROBERTA', 'Consigliere', 'P'), ('ROSSETTI DAVIDE', 'Consigliere', 'P'),
        ('MARINELLI GIORGIO', 'Consigliere', 'P'), ('SANTONI ELISA', 'Consigliere', 'P'),
        ('FERRETTI MAURO', 'Consigliere', 'P'), ('LUCESOLI CHIARA', 'Consigliere', 'A'),
        ('TITTARELLI FRANCO', 'Consigliere', 'P')]
left, right = roll[:7], roll[7:]
rows = [['N.', 'Componente', 'Carica', 'P/A', 'N.', 'Componente', 'Carica', 'P/A']]
for i in range(7):
    a = left[i]
    r = [str(i + 1), a[0], a[1], a[2]]
    if i < len(right):
        b = right[i]
        r += [str(i + 8), b[0], b[1], b[2]]
    else:
        r += ['', '', '', '']
    rows.append(r)
sty = [[TB] * 8] + [[TC, T, T, TC, TC, T, T, TC] for _ in range(7)]
table(rows, [0.7, 4.6, 2.2, 0.9, 0.8, 4.6, 2.2, 0.9], styles=sty, first_grey=True)
para('Presenti: 11        Assenti: 2', pstyle('PA', size='10pt', align='right',
                                                font='Liberation Sans', bold=True, before='0.1cm'))
para("Sono altresì presenti, senza diritto di voto, gli assessori esterni Sig.ra Valentina Mengoni "
     "e Sig. Roberto Sbaffi.")
para("Assume la presidenza il Sig. Luca Pieroni in qualità di Presidente del Consiglio, il quale, "
     "riconosciuta legale l'adunanza, dichiara aperta la seduta. Partecipa con funzioni consultive, "
     "referenti, di assistenza e verbalizzazione il Segretario Generale Dott. Marco Giuliodori. "
     "Vengono nominati scrutatori i consiglieri Cingolani Matteo, Pigini Roberta e Ferretti Mauro.")
para('IL CONSIGLIO COMUNALE', BC)
for t in [
    "Premesso che con deliberazione del Consiglio Comunale n. 9 del 29/03/2021 è stato approvato il "
    "Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o "
    "esposizione pubblicitaria e del canone mercatale, istituito dall'art. 1, commi da 816 a 847, "
    "della Legge 27 dicembre 2019, n. 160;",
    "Considerato che l'esperienza applicativa ha evidenziato la necessità di aggiornare la disciplina "
    "delle occupazioni temporanee per dehors (art. 14), delle riduzioni per le manifestazioni "
    "promosse da associazioni senza scopo di lucro (art. 22) e delle modalità di versamento (art. 31);",
    "Vista la proposta di modifica predisposta dal Settore Economico-Finanziario ed esaminata dalla "
    "I Commissione consiliare permanente nella seduta del 17/02/2026;",
    "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, acquisito al "
    "protocollo n. 3318 del 19/02/2026, ai sensi dell'art. 239, comma 1, lett. b), n. 7, del "
    "D.Lgs. 267/2000;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000;",
    "Udita la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, integralmente "
    "registrati e conservati agli atti;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"]:
    para(t)
vs = pstyle('Vote', size='10pt', align='left', font='Liberation Sans', after='0cm')
table([['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'],
       ['11', '10', '8', '2', '1']], [3.2] * 5,
      styles=[[TB] * 5, [TC] * 5], first_grey=True)
para("(contrari: Santoni Elisa, Ferretti Mauro; astenuto: Marinelli Giorgio)",
     pstyle('VoteN', size='9pt', align='center', italic=True, before='0.1cm'))
para('DELIBERA', BC)
for i, t in enumerate([
    "di approvare le modifiche agli articoli 14, 22 e 31 del Regolamento comunale per "
    "l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione "
    "pubblicitaria e del canone mercatale, nel testo riportato nell'allegato \"A\", che forma parte "
    "integrante e sostanziale del presente atto;",
    "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, "
    "comma 16, della Legge 23 dicembre 2000, n. 388;",
    "di pubblicare il regolamento, nel testo coordinato, nella sezione \"Amministrazione "
    "trasparente\" del sito istituzionale;",
    "di incaricare il Responsabile del Settore Economico-Finanziario degli adempimenti conseguenti."],
        1):
    para('%d) %s' % (i, t), NUM)
para("Successivamente, con separata votazione che dà il seguente esito: presenti 11, votanti 10, "
     "favorevoli 8, contrari 2 (Santoni Elisa, Ferretti Mauro), astenuti 1 (Marinelli Giorgio), il "
     "Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi "
     "dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
para('Letto, approvato e sottoscritto.', pstyle('LA', before='0.4cm'))
table([['IL PRESIDENTE DEL CONSIGLIO', 'IL SEGRETARIO GENERALE'],
       ['Luca Pieroni', 'Dott. Marco Giuliodori'],
       ['(firmato digitalmente)', '(firmato digitalmente)']],
      [8.5, 8.5], styles=[[TC, TC], [TC, TC], [TC, TC]], cellstyle=nob)
para('')
table([["CERTIFICATO DI PUBBLICAZIONE\nLa presente deliberazione è pubblicata all'Albo Pretorio on "
        "line dal 04-03-2026 per 15 giorni consecutivi ai sensi dell'art. 124 del D.Lgs. 267/2000.\n"
        "N. 318 Registro Pubblicazioni"]], [17.0], styles=[[T]], first_grey=False)
doc.save(OUT)
