# Numbered public notice of the Provincia di Ancona: letterhead, registry box and footer are Form XObjects
# reused on every page; body justified by word spacing (Tw). reportlab platypus.
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
reg()
W, H = A4
done = set()
def forms(c):
    if 'hdr' in done: return
    c.beginForm('hdr')
    c.setFillColorRGB(0.55, 0.1, 0.1); c.rect(20*mm, H - 33*mm, 14*mm, 16*mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont('LSerif-B', 16); c.drawString(38*mm, H - 22*mm, 'PROVINCIA DI ANCONA')
    c.setFont('LSerif', 10); c.drawString(38*mm, H - 27.5*mm, 'Settore III – Viabilità e Infrastrutture')
    c.setFont('LSerif-I', 9); c.drawString(38*mm, H - 32*mm, 'Servizio Manutenzione Strade Provinciali')
    c.setLineWidth(0.5); c.line(20*mm, H - 36*mm, W - 20*mm, H - 36*mm)
    c.endForm()
    c.beginForm('ftr')
    c.setLineWidth(0.3); c.line(20*mm, 17*mm, W - 20*mm, 17*mm)
    c.setFont('LSans', 7)
    c.drawCentredString(W/2, 13*mm, 'Provincia di Ancona – Strada di Passo Varano 19/A – 60131 Ancona – C.F. 00369930425')
    c.drawCentredString(W/2, 9.5*mm, 'PEC: provincia.ancona@cert.provincia.ancona.it – www.provincia.ancona.it')
    c.endForm()
    done.add('hdr')
def onpage(c, d):
    forms(c)
    c.doForm('hdr'); c.doForm('ftr')
    c.setFont('LSans', 7.5); c.drawRightString(W - 20*mm, 20*mm, 'Avviso pubblico n. 4/2026 – pag. %d' % d.page)
S = ParagraphStyle('s', fontName='LSerif', fontSize=11, leading=14.2, alignment=4, spaceAfter=5)
SH = ParagraphStyle('h', parent=S, fontName='LSerif-B', alignment=1, fontSize=12.5, leading=16, spaceAfter=2)
SA = ParagraphStyle('a', parent=S, fontName='LSerif-B', alignment=0, spaceBefore=6, spaceAfter=2)
story = []
box = Table([['Prot. n. 8741 del 20/03/2026', 'Class. 07.04 – Fasc. 2026/11']], colWidths=[85*mm, 85*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black), ('FONT', (0,0), (-1,-1), 'LSans', 8.5), ('ALIGN', (1,0), (1,0), 'RIGHT')]))
story += [box, Spacer(1, 8*mm)]
story.append(Paragraph('AVVISO PUBBLICO N. 4/2026', SH))
story.append(Paragraph('per la formazione di un elenco di operatori economici da invitare alle procedure di affidamento del servizio di sgombero neve e trattamento antigelo sulle strade provinciali – stagioni invernali 2026/2027 e 2027/2028', ParagraphStyle('t', parent=SH, fontSize=11.5, leading=14.5, fontName='LSerif-B')))
story.append(Spacer(1, 5*mm))
story.append(Paragraph('IL DIRIGENTE DEL SETTORE III', SH))
story.append(Spacer(1, 2*mm))
story.append(Paragraph('in esecuzione della propria determinazione dirigenziale n. 311 del 18/03/2026, ai sensi dell\'art. 50, comma 1, lettera e), del decreto legislativo 31 marzo 2023, n. 36, e nel rispetto dei principi di rotazione, parità di trattamento e trasparenza,', S))
story.append(Paragraph('RENDE NOTO', SH))
story.append(Paragraph('che la Provincia di Ancona intende costituire un elenco di operatori economici, dotati di mezzi idonei, da invitare alle procedure per l\'affidamento del servizio di sgombero neve, di spargimento di cloruri e di trattamento antigelo lungo la rete stradale provinciale, suddivisa nei lotti funzionali indicati all\'art. 2.', S))
arts = [
 ('Art. 1 – Oggetto', 'L\'elenco ha validità per le stagioni invernali 2026/2027 e 2027/2028, con periodo di servizio compreso tra il 15 novembre e il 31 marzo di ciascuna stagione. L\'iscrizione all\'elenco non costituisce graduatoria né attribuisce alcun diritto all\'affidamento.'),
 ('Art. 2 – Lotti', 'La rete stradale è suddivisa in sei lotti: Lotto 1 Senigallia–Valmisa; Lotto 2 Jesi–Vallesina bassa; Lotto 3 Vallesina alta; Lotto 4 Fabriano nord; Lotto 5 Fabriano sud–Sassoferrato; Lotto 6 Osimo–Conero. L\'operatore può chiedere l\'iscrizione per non più di due lotti.'),
 ('Art. 3 – Requisiti', 'Possono presentare domanda gli operatori economici in possesso dei requisiti di ordine generale di cui agli articoli 94 e seguenti del D.Lgs. 36/2023, iscritti alla Camera di commercio per attività coerenti con il servizio, e che dispongano, a titolo di proprietà o di noleggio, di almeno un mezzo sgombraneve di potenza non inferiore a 100 kW per ciascun lotto richiesto.'),
 ('Art. 4 – Modalità e termine di presentazione', 'La domanda, redatta sul modello allegato e sottoscritta digitalmente dal legale rappresentante, dovrà pervenire esclusivamente a mezzo PEC all\'indirizzo provincia.ancona@cert.provincia.ancona.it entro le ore 12:00 del giorno 20 aprile 2026, indicando nell\'oggetto la dicitura «Avviso n. 4/2026 – elenco sgombero neve».'),
 ('Art. 5 – Trattamento dei dati personali', 'I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è la Provincia di Ancona.'),
 ('Art. 6 – Responsabile del procedimento e informazioni', 'Il responsabile del procedimento è il geom. Stefano Pierpaoli, Servizio Manutenzione Strade Provinciali (tel. 071 5894312). Il presente avviso è pubblicato all\'Albo pretorio on line e sul sito istituzionale della Provincia per trenta giorni consecutivi.'),
]
for h, t in arts:
    story.append(Paragraph(h, SA)); story.append(Paragraph(t, S))
story.append(Spacer(1, 4*mm))
story.append(Paragraph('Ancona, 20 marzo 2026', ParagraphStyle('l', parent=S, alignment=0)))
story.append(KeepTogether([Paragraph('IL DIRIGENTE DEL SETTORE III<br/>Ing. Massimo Sbarbati<br/><font size=8>Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005</font>', ParagraphStyle('f', parent=S, alignment=1, leftIndent=80*mm))]))
doc = BaseDocTemplate(os.path.join(OUT, 'avviso-provinciaancona-xobject.pdf'), pagesize=A4, title='Avviso pubblico n. 4/2026', author='Provincia di Ancona')
doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 24*mm, W - 40*mm, H - 64*mm, id='f')], onPage=onpage)])
doc.build(story)
