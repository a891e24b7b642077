#!/usr/bin/env python3
"""Comunità della Val di Non - avviso (unnumbered) on public housing
applications 2026. The letterhead is a raster picture (emblem and name drawn
into the image) with a text caption under it; letterhead and foot are Form
XObjects reused on every page; the body runs in two columns."""
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, NextPageTemplate)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
pdfmetrics.registerFont(TTFont('C', '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf'))
pdfmetrics.registerFont(TTFont('CB', '/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf'))

# letterhead picture: emblem + name as pixels
img = Image.new('RGB', (1400, 220), 'white')
dr = ImageDraw.Draw(img)
dr.rounded_rectangle((20, 20, 190, 200), 30, fill=(0, 98, 65))
dr.polygon([(40, 170), (105, 45), (170, 170)], fill=(255, 255, 255))
dr.polygon([(75, 170), (120, 95), (165, 170)], fill=(180, 210, 190))
fnt = ImageFont.truetype('/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf', 84)
fnt2 = ImageFont.truetype('/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', 44)
dr.text((230, 30), 'Comunità della Val di Non', font=fnt, fill=(0, 98, 65))
dr.text((232, 135), 'Provincia autonoma di Trento', font=fnt2, fill=(90, 90, 90))
buf = io.BytesIO()
img.save(buf, 'PNG')
buf.seek(0)
LOGO = ImageReader(buf)

L, W = 18 * mm, A4[0] - 36 * mm


def page(c, doc):
    if not getattr(c, '_vdn_forms', False):
        c.beginForm('letterhead')
        c.drawImage(LOGO, L, A4[1] - 33 * mm, width=100 * mm, height=100 * mm * 220 / 1400)
        c.setFont('CB', 9.5)
        c.setFillColor(colors.HexColor('#006241'))
        c.drawString(L + 120 * mm, A4[1] - 17 * mm, 'COMUNITÀ DELLA VAL DI NON')
        c.setFillColor(colors.black)
        c.setFont('C', 8)
        c.drawString(L + 120 * mm, A4[1] - 21 * mm, 'Via C.A. Pilati, 17 - 38023 Cles (TN)')
        c.drawString(L + 120 * mm, A4[1] - 24.5 * mm, 'tel. 0463 601611')
        c.drawString(L + 120 * mm, A4[1] - 28 * mm, 'PEC: comunita@pec.comunitavaldinon.tn.it')
        c.setStrokeColor(colors.HexColor('#006241'))
        c.setLineWidth(1.5)
        c.line(L, A4[1] - 36 * mm, L + W, A4[1] - 36 * mm)
        c.endForm()
        c.beginForm('foot')
        c.setFont('C', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(L, 12 * mm, 'Area Sociale - Servizio Edilizia Abitativa - orari di apertura al pubblico: '
                                 'lunedì-venerdì 8.30-12.00, giovedì 14.00-16.00')
        c.endForm()
        c._vdn_forms = True
    c.doForm('letterhead')
    c.doForm('foot')
    c.setFont('C', 7.5)
    c.drawRightString(L + W, 12 * mm, 'pag. %d' % doc.page)


b = ParagraphStyle('b', fontName='C', fontSize=10, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
h = ParagraphStyle('h', parent=b, fontName='CB', fontSize=10.5, spaceBefore=4, spaceAfter=2,
                   textColor=colors.HexColor('#006241'))
t1 = ParagraphStyle('t1', parent=b, fontName='CB', fontSize=22, leading=26, alignment=TA_CENTER)
t2 = ParagraphStyle('t2', parent=b, fontName='CB', fontSize=12, leading=15, alignment=TA_CENTER)
sm = ParagraphStyle('sm', parent=b, fontSize=8.5, leading=10.5)

top_h = 82 * mm
frames_p1 = [Frame(L, A4[1] - 38 * mm - top_h, W, top_h, id='top'),
             Frame(L, 18 * mm, W / 2 - 4 * mm, A4[1] - 56 * mm - top_h, id='c1'),
             Frame(L + W / 2 + 4 * mm, 18 * mm, W / 2 - 4 * mm, A4[1] - 56 * mm - top_h, id='c2')]
frames_p2 = [Frame(L, 18 * mm, W / 2 - 4 * mm, A4[1] - 58 * mm, id='d1'),
             Frame(L + W / 2 + 4 * mm, 18 * mm, W / 2 - 4 * mm, A4[1] - 58 * mm, id='d2')]

story = [
    Paragraph('AREA SOCIALE', ParagraphStyle('a', parent=b, fontName='CB', fontSize=9.5, alignment=TA_CENTER, spaceAfter=0)),
    Paragraph('Servizio Edilizia Abitativa', ParagraphStyle('s', parent=b, fontSize=9.5, alignment=TA_CENTER)),
    Spacer(1, 3 * mm),
    Paragraph('Cles, 12 marzo 2026', ParagraphStyle('d', parent=b, alignment=2)),
    Spacer(1, 3 * mm),
    Paragraph('AVVISO', t1),
    Paragraph('Apertura dei termini per la presentazione delle domande di alloggio pubblico e di contributo '
              'integrativo al canone di locazione – anno 2026', t2),
    Spacer(1, 4 * mm),
    Paragraph('Si informa la cittadinanza che, ai sensi della legge provinciale 7 novembre 2005, n. 15 e del relativo '
              'regolamento di esecuzione, <b>dal 16 marzo al 15 maggio 2026</b> è possibile presentare domanda per:', b),
    FrameBreak(),
    Paragraph('1. Locazione di alloggio pubblico a canone sostenibile', h),
    Paragraph('Possono presentare domanda i nuclei familiari residenti in uno dei Comuni della Val di Non da almeno tre '
              'anni, con indicatore ICEF non superiore a 0,23 e privi di titolarità di diritti reali su alloggi adeguati. '
              'Gli alloggi sono messi a disposizione da ITEA S.p.A. e assegnati secondo la graduatoria formata dalla '
              'Comunità.', b),
    Paragraph('2. Contributo integrativo al canone di locazione sul libero mercato', h),
    Paragraph('Possono presentare domanda i nuclei titolari di un contratto di locazione regolarmente registrato per un '
              'alloggio situato in provincia di Trento, con indicatore ICEF non superiore a 0,18. Il contributo è '
              'erogato in rate trimestrali posticipate.', b),
    Paragraph('Modalità di presentazione', h),
    Paragraph('La domanda si presenta, previo appuntamento, presso gli sportelli del Servizio Edilizia Abitativa in '
              'Cles, via Pilati 17, oppure presso i CAF convenzionati, ovvero in via telematica tramite il portale '
              'dei servizi on line della Comunità con autenticazione SPID o CIE.', b),
    Paragraph('Documentazione', h),
    Paragraph('Alla domanda occorre allegare la dichiarazione ICEF 2026 (redditi 2024 e patrimonio 2025), copia del '
              'contratto di locazione e delle ricevute di pagamento del canone, nonché l\'eventuale certificazione di '
              'invalidità dei componenti del nucleo.', b),
    Paragraph('Graduatorie', h),
    Paragraph('Le graduatorie provvisorie saranno pubblicate all\'Albo telematico della Comunità entro il 30 giugno 2026; '
              'entro 15 giorni dalla pubblicazione gli interessati potranno presentare opposizione.', b),
    Paragraph('Informazioni', h),
    Paragraph('Servizio Edilizia Abitativa, tel. 0463 601650 - 0463 601652, e-mail edilizia@comunitavaldinon.tn.it. '
              'Responsabile del procedimento: dott.ssa Federica Zanoni.', b),
    Paragraph('Informativa sul trattamento dei dati personali', h),
    Paragraph('Ai sensi degli articoli 13 e 14 del Regolamento UE 2016/679 si informa che titolare del trattamento è la '
              'Comunità della Val di Non, con sede in Cles, via C.A. Pilati 17. Il Responsabile della protezione dei dati '
              'è contattabile all\'indirizzo servizioRPD@comunitrentini.it. I dati personali sono raccolti dal Servizio '
              'Edilizia Abitativa esclusivamente per l\'istruttoria delle domande di cui al presente avviso, sulla base '
              'dell\'art. 6, par. 1, lett. e) del Regolamento, e sono comunicati a ITEA S.p.A. e alla Provincia autonoma di '
              'Trento per gli adempimenti di rispettiva competenza.', b),
    Paragraph('I dati sono conservati per il periodo necessario all\'assegnazione degli alloggi e all\'erogazione dei '
              'contributi e, successivamente, per il tempo previsto dal massimario di scarto della Comunità. '
              'L\'interessato può esercitare in ogni momento i diritti di accesso, rettifica, limitazione e opposizione '
              'previsti dagli articoli da 15 a 22 del Regolamento, nonché proporre reclamo al Garante per la protezione '
              'dei dati personali.', b),
    Paragraph('Il conferimento dei dati è obbligatorio: il mancato conferimento comporta l\'impossibilità di '
              'istruire la domanda. I dati non sono trasferiti a Paesi terzi e non sono oggetto di processi decisionali '
              'automatizzati.', b),
    Paragraph('Ulteriori informazioni sono pubblicate nella sezione "Privacy" del sito istituzionale della Comunità e '
              'sono disponibili presso gli sportelli del Servizio, che provvede a consegnarne copia a chi ne faccia '
              'richiesta al momento della presentazione della domanda.', b),
    Spacer(1, 8 * mm),
    Paragraph('LA RESPONSABILE DEL SERVIZIO<br/>EDILIZIA ABITATIVA<br/>dott.ssa Federica Zanoni', ParagraphStyle('f', parent=b, alignment=TA_CENTER)),
    Paragraph('Questo documento, se trasmesso in forma cartacea, costituisce copia dell\'originale informatico firmato '
              'digitalmente predisposto e conservato presso questa Amministrazione (art. 3 bis D.Lgs. 82/2005).', sm),
]
doc = BaseDocTemplate(out, pagesize=A4, title='Avviso alloggi pubblici 2026', author='Comunità della Val di Non',
                      creator='PiTre - Protocollo Informatico Trentino')
doc.addPageTemplates([PageTemplate('p1', frames_p1, onPage=page, autoNextPageTemplate='p2'),
                      PageTemplate('p2', [Frame(L, 18 * mm, W / 2 - 4 * mm, A4[1] - 58 * mm, id='d1'),
                                          Frame(L + W / 2 + 4 * mm, 18 * mm, W / 2 - 4 * mm, A4[1] - 58 * mm, id='d2')],
                                   onPage=page)])
doc.build(story)
