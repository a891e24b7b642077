# Comune di Piana degli Albanesi - unnumbered avviso in two columns (reportlab platypus);
# the letterhead is a picture (crest and name drawn in pixels, made with PIL) with a text caption under it.
import sys, os, tempfile
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
import rlkit
rlkit.register()
W, H = A4
out = sys.argv[1]
img = os.path.join(tempfile.gettempdir(), 'piana_letterhead.png')
# --- letterhead picture
im = Image.new('RGB', (1800, 300), 'white')
d = ImageDraw.Draw(im)
d.ellipse((40, 30, 270, 270), outline=(120, 20, 30), width=8)
d.polygon([(155, 70), (225, 140), (155, 240), (85, 140)], outline=(120, 20, 30), width=6)
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 66)
fr = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 52)
d.text((320, 50), 'COMUNE DI PIANA DEGLI ALBANESI', font=fb, fill=(120, 20, 30))
d.text((320, 160), 'Bashkia e Horës së Arbëreshëvet', font=fr, fill=(60, 60, 60))
d.line((320, 245, 1760, 245), fill=(120, 20, 30), width=5)
im.save(img)

def onpage(c, doc):
    c.drawImage(img, 50, H - 118, width=495, height=82.5)
    c.setFont('LSans', 8.5); c.setFillGray(0.2)
    c.drawCentredString(W / 2, H - 130, 'Comune di Piana degli Albanesi – Città Metropolitana di Palermo – Area Affari Generali e Servizi alla Persona')
    c.drawCentredString(W / 2, H - 141, 'Via Giorgio Kastriota, 207 – 90037 Piana degli Albanesi (PA) – protocollo@pec.comune.pianadeglialbanesi.pa.it')
    c.setFont('LSans', 7.5)
    c.drawCentredString(W / 2, 28, 'www.comune.pianadeglialbanesi.pa.it – pag. %d' % doc.page)

title = ParagraphStyle('t', fontName='LSans-B', fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=4)
body = ParagraphStyle('b', fontName='LSerif', fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
head = ParagraphStyle('h', fontName='LSans-B', fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
sig = ParagraphStyle('s', parent=body, alignment=TA_CENTER)

top = Frame(50, H - 250, W - 100, 100, id='top', showBoundary=0)
colw = (W - 100 - 18) / 2
left = Frame(50, 50, colw, H - 305, id='l')
right = Frame(50 + colw + 18, 50, colw, H - 305, id='r')
doc = BaseDocTemplate(out, pagesize=A4, title='Avviso rimborso abbonamenti studenti pendolari',
                      author='Comune di Piana degli Albanesi', creator='APKappa - Modelli documentali')
doc.addPageTemplates([PageTemplate(id='two', frames=[top, left, right], onPage=onpage)])
story = [
 Paragraph('AVVISO PER IL RIMBORSO DEGLI ABBONAMENTI DI TRASPORTO EXTRAURBANO AGLI STUDENTI PENDOLARI – ANNO SCOLASTICO 2025/2026', title),
 Paragraph('(L.R. 26 maggio 1973, n. 24 e successive modifiche e integrazioni)', ParagraphStyle('x', parent=title, fontName='LSans-I', fontSize=9.5, leading=12)),
 FrameBreak(),
 Paragraph('IL RESPONSABILE DELL’AREA', head),
 Paragraph('Vista la Legge Regionale 26 maggio 1973, n. 24, che prevede il trasporto gratuito degli alunni pendolari delle scuole secondarie di secondo grado statali o paritarie;', body),
 Paragraph('Vista la circolare dell’Assessorato regionale delle Autonomie Locali e della Funzione Pubblica relativa all’anno scolastico 2025/2026;', body),
 Paragraph('Considerato che il Comune provvede mediante rimborso del costo degli abbonamenti acquistati dalle famiglie presso le aziende di trasporto extraurbano;', body),
 Paragraph('RENDE NOTO', head),
 Paragraph('che gli studenti residenti nel Comune di Piana degli Albanesi, frequentanti nell’anno scolastico 2025/2026 istituti di istruzione secondaria di secondo grado con sede in altro Comune, possono presentare istanza per ottenere il rimborso degli abbonamenti mensili relativi al periodo settembre 2025 – marzo 2026.', body),
 Paragraph('Requisiti', head),
 Paragraph('Possono accedere al beneficio gli studenti che: a) risiedono a Piana degli Albanesi; b) frequentano una scuola pubblica statale o paritaria non presente nel territorio comunale; c) utilizzano il servizio di linea extraurbano per raggiungere la sede scolastica.', body),
 Paragraph('Modalità di presentazione', head),
 Paragraph('L’istanza, redatta sul modello disponibile presso l’Ufficio Pubblica Istruzione e sul sito istituzionale, deve essere sottoscritta dal genitore o dallo studente maggiorenne e corredata da: certificato di frequenza rilasciato dall’istituto scolastico; abbonamenti mensili in originale; copia del documento di identità del richiedente; codice IBAN intestato o cointestato al richiedente.', body),
 Paragraph('Le istanze devono pervenire all’Ufficio Protocollo del Comune, anche a mezzo PEC, <b>entro e non oltre il 30 aprile 2026</b>. Le istanze pervenute oltre il termine non saranno prese in considerazione.', body),
 Paragraph('Informazioni', head),
 Paragraph('Per informazioni è possibile rivolgersi all’Ufficio Pubblica Istruzione, primo piano del Palazzo Municipale, nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:30 (tel. 091 8574144). Responsabile del procedimento: sig.ra Giuseppina Schirò.', body),
 Paragraph('I dati personali saranno trattati nel rispetto del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.', body),
 Spacer(1, 10),
 Paragraph('Piana degli Albanesi, 11/03/2026', body),
 Spacer(1, 6),
 Paragraph('Il Responsabile dell’Area Affari Generali e Servizi alla Persona<br/>Dott. Nicola Cuccia', sig),
]
doc.build(story)
