# Comune di Peccioli - unnumbered avviso alla cittadinanza with an awkward text layer:
# the letterhead is a picture (crest and name drawn in pixels) with a text caption under it,
# caption and page foot are reused Form XObjects, and the body is drawn bottom-up (out of reading order).
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
out = sys.argv[1]
W, H = A4
LM, RM = 62, W - 62
# letterhead picture
img = Image.new('RGB', (1500, 220), 'white'); g = ImageDraw.Draw(img)
g.polygon([(40, 20), (180, 20), (180, 130), (110, 200), (40, 130)], outline=(20, 60, 120), width=6, fill=(225, 235, 250))
g.rectangle([70, 60, 150, 110], fill=(180, 30, 30))
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 78)
g.text((230, 45), 'COMUNE DI PECCIOLI', font=fb, fill=(20, 60, 120))
g.line([(230, 150), (1460, 150)], fill=(20, 60, 120), width=4)
buf = io.BytesIO(); img.save(buf, 'PNG'); buf.seek(0)
head = ImageReader(buf)
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso chiusura cimitero'); c.setCreator('Microsoft Word per Microsoft 365'); c.setProducer('Microsoft Word per Microsoft 365')
# reusable forms
c.beginForm('caption')
c.setFont('Helvetica', 9); c.setFillColorRGB(0.1, 0.24, 0.47)
c.drawString(LM + 72, H - 98, 'Provincia di Pisa')
c.setFont('Helvetica-Bold', 9.5)
c.drawString(LM + 72, H - 111, 'SETTORE TECNICO – Servizio Lavori Pubblici e Cimiteri')
c.endForm()
c.beginForm('foot')
c.setLineWidth(0.5); c.line(LM, 48, RM, 48)
c.setFont('Helvetica', 7.5)
c.drawCentredString(W / 2, 38, 'Comune di Peccioli – Piazza del Popolo, 1 – 56037 Peccioli (PI) – C.F. 00197350501 – comune.peccioli@postacert.toscana.example.it')
c.endForm()

def page(blocks, n):
    c.drawImage(head, LM, H - 90, width=(RM - LM) * 0.82, height=(RM - LM) * 0.82 * 220 / 1500)
    c.doForm('caption'); c.doForm('foot')
    c.setFont('Helvetica', 7.5); c.drawRightString(RM, 26, 'pag. %d di 2' % n)
    # lay out top-down, then draw bottom-up
    y = H - 140; ops = []
    for kind, text in blocks:
        if kind == 'sp': y -= text; continue
        font, size, lead, align = {'title': ('Helvetica-Bold', 15, 20, 'c'), 'subj': ('Helvetica-Bold', 11, 14.5, 'l'),
                                   'p': ('Times-Roman', 11.5, 15, 'l'), 'b': ('Times-Bold', 11.5, 15, 'l'),
                                   'r': ('Times-Roman', 11.5, 15, 'r'), 'li': ('Times-Roman', 11.5, 15, 'li')}[kind]
        ind = 14 if align == 'li' else 0
        lines = simpleSplit(text, font, size, RM - LM - ind)
        for i, ln in enumerate(lines):
            ops.append((font, size, align, ind if (i > 0 or align != 'li') else 0, y, ln)); y -= lead
        y -= 5
    for font, size, align, ind, yy, ln in reversed(ops):
        c.setFont(font, size)
        if align == 'c': c.drawCentredString(W / 2, yy, ln)
        elif align == 'r': c.drawRightString(RM, yy, ln)
        else: c.drawString(LM + ind, yy, ln)
    c.showPage()

p1 = [('title', 'AVVISO ALLA CITTADINANZA'), ('sp', 6),
      ('subj', 'Oggetto: Chiusura temporanea del cimitero comunale del capoluogo per lavori di consolidamento del muro di cinta lato nord.'),
      ('sp', 8),
      ('p', 'Si informa la cittadinanza che, a seguito del cedimento di un tratto del muro di cinta lato nord verificatosi durante le precipitazioni dello scorso mese di febbraio, il Comune di Peccioli ha programmato i lavori di consolidamento strutturale e di rifacimento della copertura del muro, affidati all\'impresa Costruzioni Valdera S.r.l.'),
      ('p', 'Per consentire l\'esecuzione in sicurezza dei lavori, che comportano l\'impiego di mezzi meccanici all\'interno dell\'area cimiteriale,'),
      ('b', 'il cimitero comunale del capoluogo (via del Camposanto) resterà chiuso al pubblico da lunedì 23 marzo 2026 a sabato 4 aprile 2026.'),
      ('p', 'Durante il periodo di chiusura:'),
      ('li', '– le operazioni di tumulazione e inumazione saranno comunque garantite, previo accordo con l\'Ufficio Servizi Cimiteriali, con accesso dal cancello di via Libero Grassi;'),
      ('li', '– le visite ai defunti saranno consentite, accompagnate dal personale comunale, nelle sole giornate di sabato 28 marzo e sabato 4 aprile, dalle ore 9:00 alle ore 12:00;'),
      ('li', '– i fiori e gli oggetti collocati in prossimità del muro lato nord potranno essere temporaneamente rimossi e custoditi a cura dell\'impresa.'),
      ]
p2 = [('p', 'L\'Amministrazione comunale si scusa per il disagio arrecato e confida nella collaborazione di tutti. Eventuali variazioni del calendario dei lavori, dovute a condizioni meteorologiche avverse, saranno comunicate tempestivamente mediante pubblicazione sul sito istituzionale e sui canali social dell\'Ente.'),
      ('p', 'Per informazioni è possibile rivolgersi all\'Ufficio Lavori Pubblici e Cimiteri, tel. 0587 672611, dal lunedì al venerdì dalle ore 9:00 alle ore 13:00, oppure scrivere all\'indirizzo lavoripubblici@comune.peccioli.example.it.'),
      ('sp', 12),
      ('p', 'Peccioli, 17/03/2026'), ('sp', 10),
      ('r', 'IL RESPONSABILE DEL SETTORE TECNICO'), ('r', 'Geom. Tiziano Barsotti'),
      ('sp', 30),
      ('p', 'Il presente avviso è pubblicato all\'Albo pretorio on line e affisso all\'ingresso del cimitero.')]
page(p1, 1); page(p2, 2)
c.save()
