# Comune di Collesalvetti - convocation of the Consiglio Comunale: a Writer letter (odfpy .odt -> LibreOffice PDF),
# then stamped by the protocol system with the "segnatura" along the left margin and a PEC receipt line at the top (ReportLab overlay merged with pikepdf).
import subprocess, io
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, FooterStyle, HeaderFooterProperties, TabStops, TabStop
from odf.text import P, Span, PageNumber, PageCount, Tab
from odf import teletype

doc = OpenDocumentText()
pl = PageLayout(name='pl'); pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm', marginbottom='1.2cm', marginleft='2.5cm', marginright='2cm'))
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='0.6cm', margintop='0.3cm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
from odf.style import Footer
mp = MasterPage(name='Standard', pagelayoutname=pl)
ft = Footer()
def st(name, size='11pt', bold=False, italic=False, align='justify', mt='0cm', mb='0.15cm', font='Liberation Serif', color=None, ml=None, border=None, ti=None):
    s = Style(name=name, family='paragraph')
    tp = dict(fontsize=size, fontfamily=font)
    if bold: tp['fontweight'] = 'bold'
    if italic: tp['fontstyle'] = 'italic'
    if color: tp['color'] = color
    s.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=mt, marginbottom=mb)
    if ml: pp['marginleft'] = ml
    if ti: pp['textindent'] = ti
    if border: pp['borderbottom'] = border; pp['paddingbottom'] = '0.15cm'
    s.addElement(ParagraphProperties(**pp))
    doc.styles.addElement(s); return s
sFoot = st('Foot', '7.5pt', align='center', font='Liberation Sans', color='#555555')
p = P(stylename=sFoot); teletype.addTextToElement(p, 'Comune di Collesalvetti – Piazza della Repubblica, 32 – 57014 Collesalvetti (LI) – Tel. 0586 980211 – PEC: comune.collesalvetti@postacert.toscana.it – pag. ')
p.addElement(PageNumber(selectpage='current')); teletype.addTextToElement(p, '/'); p.addElement(PageCount())
ft.addElement(p); mp.addElement(ft); doc.masterstyles.addElement(mp)

sEnte = st('Ente', '17pt', bold=True, align='center', font='Liberation Sans', mb='0cm', color='#8B1A1A')
sProv = st('Prov', '10pt', italic=True, align='center', mb='0.05cm')
sUff = st('Uff', '9.5pt', bold=True, align='center', font='Liberation Sans', mb='0.5cm', border='0.06pt solid #8B1A1A')
sL = st('L', '10.5pt', align='left', mb='0cm')
sDest = st('Dest', '10.5pt', align='left', mb='0cm', ml='9.5cm')
sDestB = st('DestB', '10.5pt', bold=True, align='left', mb='0cm', ml='9.5cm')
sOgg = st('Ogg', '11pt', bold=True, mt='0.5cm', mb='0.4cm', ml='0cm')
sB = st('B', '11pt', mb='0.2cm')
sC = st('C', '11.5pt', bold=True, align='center', mt='0.2cm', mb='0.2cm')
sPt = st('Pt', '11pt', mb='0.12cm', ml='1.2cm', ti='-0.7cm')
sF = st('F', '11pt', align='center', mb='0cm', ml='7cm')
sS = st('S', '8pt', italic=True, align='left', mt='0.6cm', font='Liberation Sans', color='#444444')
bold = Style(name='Bo', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)

def para(style, text):
    p = P(stylename=style); teletype.addTextToElement(p, text); doc.text.addElement(p); return p

para(sEnte, 'COMUNE DI COLLESALVETTI')
para(sProv, 'Provincia di Livorno')
para(sUff, 'PRESIDENZA DEL CONSIGLIO COMUNALE')
para(sL, 'Collesalvetti, 10/04/2026')
para(sL, '')
for t, s in [('Ai Signori Consiglieri Comunali', sDestB), ('Al Sindaco', sDestB), ('LORO SEDI', sDest), ('', sDest), ('e, p.c.', sDest), ('Al Segretario Generale', sDest), ('Ai Responsabili di Settore', sDest), ('Al Prefetto di Livorno', sDest), ('All’Albo Pretorio on line', sDest)]:
    para(s, t)
p = P(stylename=sOgg); teletype.addTextToElement(p, 'OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria – giovedì 23 aprile 2026, ore 21:00.'); doc.text.addElement(p)
para(sB, 'Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 14 e 15 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio Comunale che si terrà presso la Sala consiliare del Palazzo comunale, Piazza della Repubblica n. 32, il giorno')
para(sC, 'GIOVEDÌ 23 APRILE 2026 ALLE ORE 21:00')
para(sB, 'in prima convocazione e, occorrendo, il giorno venerdì 24 aprile 2026 alle ore 21:00 in seconda convocazione, per la trattazione del seguente')
para(sC, 'ORDINE DEL GIORNO')
odg = [
    'Comunicazioni del Presidente del Consiglio e del Sindaco.',
    'Approvazione dei verbali delle sedute consiliari del 26/02/2026 e del 26/03/2026.',
    'Rendiconto della gestione per l’esercizio finanziario 2025 – Approvazione.',
    'Variazione al bilancio di previsione 2026/2028 ai sensi dell’art. 175, comma 2, del D.Lgs. 267/2000 – Applicazione di quota dell’avanzo di amministrazione.',
    'Regolamento comunale per la concessione in uso degli impianti sportivi – Modifiche agli articoli 5 e 9.',
    'Convenzione con il Comune di Fauglia per la gestione associata del servizio di Polizia Locale – Rinnovo per il triennio 2026/2028.',
    'Mozione presentata dal gruppo consiliare “Collesalvetti Bene Comune” in materia di riqualificazione dell’area ex scuola di Vicarello (prot. n. 7388 del 31/03/2026).',
]
for i, t in enumerate(odg, 1):
    p = P(stylename=sPt); teletype.addTextToElement(p, f'{i}. {t}'); doc.text.addElement(p)
para(sB, '')
para(sB, 'Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio Segreteria e consultabili dai Consiglieri, negli orari d’ufficio, a partire dal terzo giorno precedente la seduta. La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.')
para(sB, 'Distinti saluti.')
para(sL, '')
para(sF, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE')
para(sF, 'Elena Paoletti')
para(sS, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e trasmesso ai destinatari a mezzo posta elettronica certificata.')
doc.save('convocazione-collesalvetti-base.odt')
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-albo-26c', '--convert-to', 'pdf', 'convocazione-collesalvetti-base.odt'], check=True, capture_output=True)

# protocol system stamp: segnatura along the left margin + PEC line at top of page 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('LM', '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf'))
import pikepdf
base = pikepdf.open('convocazione-collesalvetti-base.pdf')
buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=A4)
for i in range(len(base.pages)):
    c.saveState(); c.setFont('LM', 7); c.setFillColorRGB(0.15, 0.15, 0.5)
    c.translate(12 * 2.8346, 160); c.rotate(90)
    c.drawString(0, 0, 'COMUNE DI COLLESALVETTI - Prot. N. 0008123/2026 del 10/04/2026 - U - Tit. 1 Cl. 6 - Copia conforme all\'originale digitale')
    c.restoreState()
    if i == 0:
        c.setFont('LM', 6.5); c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(70, A4[1] - 18, 'Inviato via PEC il 10/04/2026 12:07:41 - Id. messaggio opec21010.20260410120741.118305.07.1.61@pec.aruba.it')
    c.showPage()
c.save(); buf.seek(0)
ov = pikepdf.open(buf)
for i, pg in enumerate(base.pages):
    pg.add_overlay(ov.pages[i])
base.save('convocazione-collesalvetti.pdf')
