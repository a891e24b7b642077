#!/usr/bin/env python3
"""Comune di Ispica – unnumbered avviso alla cittadinanza (waste-collection calendar at Easter).
odfpy (.odt, a municipality's notice template with a table) -> LibreOffice Writer PDF export."""
import sys, os, subprocess
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer, FontFace,
                       HeaderStyle, FooterStyle, HeaderFooterProperties)
from odf.text import P, Span, LineBreak, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
TITLE = "MODIFICA DEL CALENDARIO DI RACCOLTA DEI RIFIUTI IN OCCASIONE DELLE FESTIVITÀ PASQUALI 2026"
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name='DejaVu Sans', fontfamily='DejaVu Sans'))
doc.fontfacedecls.addElement(FontFace(name='Caladea', fontfamily='Caladea'))
def pstyle(name, size='10.5pt', bold=False, align='justify', font='Caladea', before='0cm', after='0.2cm', color=None, italic=False, border=None):
    s = Style(name=name, family='paragraph')
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if border: pp.update(borderbottom=border, paddingbottom='0.1cm')
    s.addElement(ParagraphProperties(**pp))
    tp = dict(fontsize=size, fontname=font)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    if color: tp['color'] = color
    s.addElement(TextProperties(**tp)); doc.styles.addElement(s); return s
H1 = pstyle('H1', '18pt', True, 'center', 'DejaVu Sans', after='0cm', color='#0b5394')
H2 = pstyle('H2', '9pt', False, 'center', 'DejaVu Sans', after='0cm')
H3 = pstyle('H3', '9pt', True, 'center', 'DejaVu Sans', after='0.1cm', border='1.5pt solid #0b5394')
AV = pstyle('AV', '26pt', True, 'center', 'DejaVu Sans', before='0.5cm', after='0.1cm', color='#0b5394')
SUB = pstyle('SUB', '11pt', True, 'center', 'DejaVu Sans', after='0.1cm')
TT = pstyle('TT', '12.5pt', True, 'center', 'Caladea', before='0.2cm', after='0.5cm')
BODY = pstyle('BODY', '11.5pt', after='0.25cm')
CELLH = pstyle('CELLH', '10pt', True, 'center', 'DejaVu Sans', after='0cm')
CELL = pstyle('CELL', '10pt', False, 'left', 'DejaVu Sans', after='0cm')
CELLC = pstyle('CELLC', '10pt', False, 'center', 'DejaVu Sans', after='0cm')
SIG = pstyle('SIG', '10.5pt', False, 'center', 'Caladea', after='0cm')
FT = pstyle('FT', '7.5pt', False, 'center', 'DejaVu Sans', after='0cm', color='#555555')
CREST = pstyle('CREST', '6.5pt', False, 'center', 'DejaVu Sans', after='0cm', color='#888888')
DATE = pstyle('DATE', '10.5pt', False, 'left', 'Caladea', before='0.3cm', after='0.3cm')
B = Style(name='B', family='text'); B.addElement(TextProperties(fontweight='bold')); doc.styles.addElement(B)
pl = PageLayout(name='PL'); pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.2cm', marginbottom='1cm', marginleft='2.2cm', marginright='2.2cm'))
pl.addElement(HeaderStyle()); fs = FooterStyle(); fs.addElement(HeaderFooterProperties(margintop='0.3cm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name='Standard', pagelayoutname=pl)
ft = Footer(); p = P(stylename=FT, text='Comune di Ispica – Corso Umberto I, 77 – 97014 Ispica (RG) – Ufficio Igiene Urbana tel. 0932 701111 – www.comune.ispica.rg.it – pag. ')
p.addElement(PageNumber(selectpage='current')); ft.addElement(p); mp.addElement(ft)
doc.masterstyles.addElement(mp)
for name, w in (('C1', '4.2cm'), ('C2', '3.2cm'), ('C3', '9.2cm')):
    s = Style(name=name, family='table-column'); s.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(s)
TS = Style(name='TS', family='table'); TS.addElement(TableProperties(width='16.6cm', align='center')); doc.automaticstyles.addElement(TS)
TC = Style(name='TC', family='table-cell'); TC.addElement(TableCellProperties(border='0.5pt solid #444444', padding='0.1cm')); doc.automaticstyles.addElement(TC)
TH = Style(name='TH', family='table-cell'); TH.addElement(TableCellProperties(border='0.5pt solid #444444', padding='0.1cm', backgroundcolor='#cfe2f3')); doc.automaticstyles.addElement(TH)
t = doc.text
t.addElement(P(stylename=CREST, text='[stemma del Comune]'))
t.addElement(P(stylename=H1, text='COMUNE DI ISPICA'))
t.addElement(P(stylename=H2, text='Libero Consorzio Comunale di Ragusa'))
t.addElement(P(stylename=H3, text='SETTORE V – AMBIENTE, ECOLOGIA E PROTEZIONE CIVILE – Servizio Igiene Urbana'))
t.addElement(P(stylename=AV, text='AVVISO'))
t.addElement(P(stylename=SUB, text='ALLA CITTADINANZA'))
t.addElement(P(stylename=TT, text=TITLE))
p = P(stylename=BODY, text='Si comunica che, in occasione delle festività pasquali, il servizio di raccolta differenziata “porta a porta” dei rifiuti urbani, svolto dalla ditta affidataria, subirà le seguenti variazioni:')
t.addElement(p)
tb = Table(name='Calendario', stylename=TS)
for c in ('C1', 'C2', 'C3'): tb.addElement(TableColumn(stylename=c))
def row(vals, hdr=False):
    tr = TableRow()
    for i, v in enumerate(vals):
        tc = TableCell(stylename=TH if hdr else TC); tc.addElement(P(stylename=CELLH if hdr else (CELLC if i < 2 else CELL), text=v)); tr.addElement(tc)
    tb.addElement(tr)
row(['Giorno', 'Data', 'Raccolta'], True)
row(['Domenica di Pasqua', '05/04/2026', 'Nessuna raccolta (come da calendario ordinario)'])
row(['Lunedì dell’Angelo', '06/04/2026', 'Raccolta SOSPESA – la frazione umido sarà ritirata martedì 07/04/2026'])
row(['Martedì', '07/04/2026', 'Umido (recupero) + plastica e metalli'])
row(['Mercoledì', '08/04/2026', 'Regolare – carta e cartone'])
row(['Sabato', '11/04/2026', 'Regolare – secco residuo (indifferenziato)'])
t.addElement(tb)
t.addElement(P(stylename=BODY, text=''))
t.addElement(P(stylename=BODY, text='Il Centro Comunale di Raccolta di contrada Cozzo Campana resterà chiuso il giorno 06/04/2026 e osserverà il consueto orario nei giorni successivi.'))
t.addElement(P(stylename=BODY, text='Si invitano i cittadini a esporre i mastelli davanti alla propria abitazione dalle ore 21:00 del giorno precedente alle ore 05:00 del giorno di raccolta e a non abbandonare rifiuti sul suolo pubblico. Le violazioni saranno sanzionate ai sensi del vigente Regolamento comunale per la gestione dei rifiuti urbani.'))
t.addElement(P(stylename=BODY, text='Per informazioni è possibile contattare il numero verde 800 131 427 o l’Ufficio Igiene Urbana, dal lunedì al venerdì, dalle ore 9:00 alle ore 12:00.'))
t.addElement(P(stylename=DATE, text='Ispica, 23/03/2026'))
for txt in ('IL RESPONSABILE DEL SETTORE V', 'Ing. Giuseppe Calvo', '(firmato digitalmente ai sensi del D.Lgs. 82/2005)'):
    p = P(stylename=SIG, text=txt); t.addElement(p)
os.makedirs('build', exist_ok=True)
doc.save('build/avviso-ispica-modelloregione.odt')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', 'build', 'build/avviso-ispica-modelloregione.odt'], check=True, capture_output=True)
os.replace('build/avviso-ispica-modelloregione.pdf', os.path.join(OUT, 'avviso-ispica-modelloregione.pdf'))
