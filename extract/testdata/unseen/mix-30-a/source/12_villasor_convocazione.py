# Comune di Villasor: convocation of the Consiglio comunale (a notice).
# The letterhead is a picture (coat of arms and name as pixels) with a one-line text caption under it;
# the body runs in two newspaper columns (reportlab platypus, two frames), title spanning both.
import sys, os
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.units import mm

out = sys.argv[1]
img = os.path.join(os.path.dirname(os.path.abspath(out)), 'villasor_testata.png')
# letterhead picture
W, H = 1800, 260
im = Image.new('RGB', (W, H), 'white')
d = ImageDraw.Draw(im)
serif_b = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 92)
serif_i = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf', 44)
# shield
d.polygon([(40, 20), (200, 20), (200, 150), (120, 235), (40, 150)], fill=(150, 20, 30), outline=(90, 10, 15))
d.rectangle((80, 60, 160, 140), fill=(230, 190, 60))
d.polygon([(80, 60), (120, 25), (160, 60)], fill=(230, 190, 60))
d.text((250, 28), 'COMUNE DI VILLASOR', font=serif_b, fill=(120, 15, 25))
d.text((255, 150), 'Provincia del Sud Sardegna', font=serif_i, fill=(60, 60, 60))
d.line((250, 225, W - 20, 225), fill=(120, 15, 25), width=6)
im.save(img)

styles = {
    'cap': ParagraphStyle('cap', fontName='Helvetica', fontSize=8, leading=10, alignment=TA_CENTER,
                          textColor='#444444'),
    'tit': ParagraphStyle('tit', fontName='Helvetica-Bold', fontSize=16, leading=20, alignment=TA_CENTER,
                          spaceBefore=4, spaceAfter=4),
    'prot': ParagraphStyle('prot', fontName='Helvetica', fontSize=9, leading=11, alignment=TA_LEFT),
    'b': ParagraphStyle('b', fontName='Helvetica', fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY,
                        spaceAfter=5),
    'h': ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=10, leading=13, alignment=TA_CENTER,
                        spaceBefore=4, spaceAfter=5),
    'odg': ParagraphStyle('odg', fontName='Helvetica', fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY,
                          leftIndent=14, bulletIndent=0, spaceAfter=4),
    'sig': ParagraphStyle('sig', fontName='Helvetica', fontSize=9.6, leading=12.6, alignment=TA_CENTER),
}


def on_page(cv, doc):
    cv.saveState()
    cv.drawImage(img, 18 * mm, A4[1] - 14 * mm - 26 * mm, width=174 * mm, height=174 * mm * H / W)
    cv.setFont('Helvetica', 7)
    cv.setFillGray(0.35)
    cv.drawCentredString(A4[0] / 2, 12 * mm, 'Comune di Villasor – Piazza Matteotti, 1 – 09034 Villasor (SU) – '
                         'tel. 070 96216200 – protocollo.villasor@legalmail.it – pag. %d' % doc.page)
    cv.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                      bottomMargin=18 * mm, title='Convocazione Consiglio comunale 27/02/2026',
                      author='Ufficio di Presidenza', creator='Ufficio Segreteria')
x0, w = 18 * mm, A4[0] - 36 * mm
top = A4[1] - 14 * mm - 26 * mm
gap = 7 * mm
colw = (w - gap) / 2
title_h = 42 * mm
fr_title = Frame(x0, top - title_h, w, title_h, id='t', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
colh = top - title_h - 20 * mm
fr1 = Frame(x0, 20 * mm, colw, colh, id='c1', leftPadding=0, rightPadding=0)
fr2 = Frame(x0 + colw + gap, 20 * mm, colw, colh, id='c2', leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate(id='p', frames=[fr_title, fr1, fr2], onPage=on_page)])

S = styles
story = [
    Paragraph('Ufficio di Presidenza del Consiglio comunale – Comune di Villasor', S['cap']),
    Spacer(1, 10),
    Paragraph('Prot. n. 2145 &nbsp;&nbsp;&nbsp;&nbsp; Villasor, 20/02/2026', S['prot']),
    Spacer(1, 8),
    Paragraph('CONVOCAZIONE DEL CONSIGLIO COMUNALE', S['tit']),
    Paragraph('Ai Consiglieri comunali – Al Sindaco – Al Segretario comunale – Al Revisore dei conti – '
              'e p.c. Alla Prefettura di Cagliari – Alla Stazione dei Carabinieri di Villasor', S['cap']),
    FrameBreak(),
    Paragraph('IL PRESIDENTE DEL CONSIGLIO COMUNALE', S['h']),
    Paragraph("Visto l'art. 39 del D.Lgs. 18 agosto 2000, n. 267;", S['b']),
    Paragraph("Visti lo Statuto comunale e il Regolamento per il funzionamento del Consiglio comunale, "
              "approvato con deliberazione consiliare n. 18 del 27/04/2017, e in particolare gli artt. 12, 13 e 14;",
              S['b']),
    Paragraph("Sentita la Conferenza dei Capigruppo nella riunione del 18/02/2026;", S['b']),
    Paragraph('CONVOCA', S['h']),
    Paragraph("il Consiglio comunale in seduta <b>ordinaria</b> e pubblica, presso la Sala consiliare del "
              "Palazzo comunale in Piazza Matteotti, in <b>prima convocazione</b> per il giorno "
              "<b>venerdì 27 febbraio 2026 alle ore 18:00</b> e, occorrendo, in <b>seconda convocazione</b> "
              "per il giorno <b>lunedì 2 marzo 2026 alle ore 18:00</b>, per la trattazione del seguente", S['b']),
    Paragraph('ORDINE DEL GIORNO', S['h']),
]
odg = [
    "Lettura e approvazione dei verbali della seduta del 29/12/2025;",
    "Comunicazioni del Sindaco;",
    "Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2026/2028. Approvazione;",
    "Bilancio di previsione finanziario 2026/2028 e relativi allegati. Approvazione;",
    "Regolamento per l'applicazione della tassa sui rifiuti (TARI). Modifica degli articoli 8 e 21;",
    "Piano economico finanziario del servizio integrato di gestione dei rifiuti urbani 2026/2029. Presa d'atto;",
    "Convenzione con i Comuni di Nuraminis e Serramanna per la gestione associata del servizio di "
    "segreteria comunale. Approvazione;",
    "Interrogazione del gruppo consiliare «Villasor Bene Comune» sulla sicurezza stradale in Via Roma e "
    "Via Santa Sofia.",
]
for i, t in enumerate(odg, 1):
    story.append(Paragraph(t, S['odg'], bulletText='%d.' % i))
story += [
    Spacer(1, 4),
    Paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso "
              "l'Ufficio Segreteria e consultabile dai Consiglieri, negli orari d'ufficio, a decorrere dal "
              "terzo giorno antecedente la seduta, ai sensi dell'art. 14 del Regolamento.", S['b']),
    Paragraph("La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.", S['b']),
    Paragraph("Si ricorda che, in seconda convocazione, per la validità della seduta è richiesta la presenza "
              "di almeno un terzo dei Consiglieri assegnati, senza computare a tal fine il Sindaco.", S['b']),
    Spacer(1, 14),
    Paragraph('IL PRESIDENTE DEL CONSIGLIO COMUNALE', S['sig']),
    Paragraph('Dott. Efisio Melis', S['sig']),
    Paragraph('<font size="7.5">(firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>', S['sig']),
]
doc.build(story)
