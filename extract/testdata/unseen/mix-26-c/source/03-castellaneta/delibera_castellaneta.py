# Consiglio comunale di Castellaneta, deliberazione n. 18 del 13/04/2026 - imitates a Municipia "Jente" atti print (ReportLab platypus)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', F + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', F + 'DejaVuSansCondensed-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DVC', 0, 0, 'DVC'); addMapping('DVC', 1, 0, 'DVCB'); addMapping('DVC', 0, 1, 'DVC'); addMapping('DVC', 1, 1, 'DVCB')

body = ParagraphStyle('b', fontName='DVC', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
cent = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='DVCB', fontSize=10.5, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)
cell = ParagraphStyle('cell', fontName='DVC', fontSize=8.5, leading=10)
cellb = ParagraphStyle('cellb', parent=cell, fontName='DVCB')
pt = ParagraphStyle('pt', parent=body, leftIndent=7 * mm, bulletIndent=0)

TAG = 'Delibera di Consiglio Comunale N. 18 del 13/04/2026'

def page(c, d):
    c.saveState()
    w, h = A4
    c.setStrokeColor(colors.HexColor('#7a1f1f')); c.setLineWidth(0.8)
    c.rect(18 * mm, h - 33 * mm, 14 * mm, 17 * mm)
    c.setFont('DV', 5); c.drawCentredString(25 * mm, h - 25 * mm, 'STEMMA')
    c.setFont('DVB', 15); c.setFillColor(colors.HexColor('#7a1f1f'))
    c.drawString(36 * mm, h - 22 * mm, 'COMUNE DI CASTELLANETA')
    c.setFillColor(colors.black); c.setFont('DV', 9)
    c.drawString(36 * mm, h - 27 * mm, 'Provincia di Taranto')
    c.setFont('DV', 7.5)
    c.drawString(36 * mm, h - 31 * mm, 'Piazza Principe di Napoli, 1 – 74011 Castellaneta (TA) – PEC: protocollo.castellaneta@pec.rupar.puglia.it')
    c.line(18 * mm, h - 35 * mm, w - 18 * mm, h - 35 * mm)
    c.setFont('DV', 7); c.setFillColor(colors.HexColor('#555555'))
    c.drawString(18 * mm, 12 * mm, TAG)
    c.drawRightString(w - 18 * mm, 12 * mm, 'Pag. %d' % d.page)
    c.drawCentredString(w / 2, 8 * mm, 'Documento prodotto con Jente – Atti Amministrativi')
    c.restoreState()

doc = BaseDocTemplate('delibera-castellaneta.pdf', pagesize=A4, title=TAG, author='Comune di Castellaneta', creator='Jente Atti', leftMargin=18 * mm, rightMargin=18 * mm, topMargin=40 * mm, bottomMargin=20 * mm)
doc.addPageTemplates([PageTemplate(frames=[Frame(18 * mm, 20 * mm, A4[0] - 36 * mm, A4[1] - 60 * mm, id='f')], onPage=page)])

S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', ParagraphStyle('t', parent=cent, fontSize=12.5, spaceAfter=2)))
S.append(Paragraph('COPIA', ParagraphStyle('cp', parent=cent, fontSize=9, spaceBefore=0)))
reg = Table([
    [Paragraph('Delibera N.', cellb), Paragraph('18', cell), Paragraph('del', cellb), Paragraph('13/04/2026', cell), Paragraph('Proposta N.', cellb), Paragraph('22 del 01/04/2026', cell)],
    [Paragraph('Servizio proponente', cellb), Paragraph('Servizio Tributi', cell), '', '', Paragraph('Sessione', cellb), Paragraph('Ordinaria – 1ª convocazione', cell)],
], colWidths=[32 * mm, 26 * mm, 10 * mm, 24 * mm, 26 * mm, 56 * mm])
reg.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f1e6e6')),
                         ('BACKGROUND', (2, 0), (2, 0), colors.HexColor('#f1e6e6')), ('BACKGROUND', (4, 0), (4, -1), colors.HexColor('#f1e6e6')),
                         ('SPAN', (1, 1), (3, 1)), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
S.append(reg)
S.append(Spacer(1, 5))
ogg = Table([[Paragraph('OGGETTO:', cellb), Paragraph('<b>APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 27 E 31.</b>', ParagraphStyle('o', parent=cell, fontSize=9.5, leading=12))]], colWidths=[22 * mm, 152 * mm])
ogg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#7a1f1f')), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
S.append(ogg)
S.append(Spacer(1, 6))
S.append(Paragraph("L'anno <b>duemilaventisei</b> il giorno <b>tredici</b> del mese di <b>aprile</b> alle ore <b>18:00</b>, nella sala consiliare del Palazzo di Città, convocato con avviso prot. n. 8712 del 03/04/2026 regolarmente notificato, si è riunito in sessione ordinaria e in seduta pubblica di prima convocazione il Consiglio Comunale. All'appello nominale risultano:", body))

roll = [('LOPANE ANTONIO', 'Sindaco', 'SI'), ('TAMBORRINO ANGELA', 'Presidente del Consiglio', 'SI'), ('DE BIASE VITO', 'Consigliere', 'SI'),
        ('PERRONE MARIA GRAZIA', 'Consigliere', 'SI'), ('LENTINI COSIMO', 'Consigliere', 'SI'), ('SCARANO ROSANNA', 'Consigliere', 'NO'),
        ('D\'ONGHIA FRANCESCO', 'Consigliere', 'SI'), ('CAPUTO GIUSEPPE', 'Consigliere', 'SI'), ('MAZZARELLA TERESA', 'Consigliere', 'SI'),
        ('LATERZA PIETRO', 'Consigliere', 'SI'), ('CIRACI ANNA LISA', 'Consigliere', 'SI'), ('GENTILE MICHELE', 'Consigliere', 'NO'),
        ('SANTORO DONATO', 'Consigliere', 'SI'), ('RUBINO ELISABETTA', 'Consigliere', 'SI'), ('NIGRO LUIGI', 'Consigliere', 'SI'),
        ('BASILE CATERINA', 'Consigliere', 'SI'), ('MOTOLESE ANGELO', 'Consigliere', 'NO')]
half = 9
hdr = ParagraphStyle('h', parent=cellb, fontSize=7.5)
rows = [[Paragraph(x, hdr) for x in ('N.', 'Cognome e Nome', 'Carica', 'Pres.', 'N.', 'Cognome e Nome', 'Carica', 'Pres.')]]
for i in range(half):
    r = []
    for j in (i, i + half):
        if j < len(roll):
            n, ca, p = roll[j]
            r += [str(j + 1), Paragraph(n, cell), Paragraph(ca, cell), p]
        else:
            r += ['', '', '', '']
    rows.append(r)
t = Table(rows, colWidths=[6 * mm, 41 * mm, 29 * mm, 11 * mm, 6 * mm, 41 * mm, 29 * mm, 11 * mm], repeatRows=1)
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('FONT', (0, 0), (-1, -1), 'DVC', 8.5), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f1e6e6')),
                       ('ALIGN', (3, 0), (3, -1), 'CENTER'), ('ALIGN', (7, 0), (7, -1), 'CENTER'), ('ALIGN', (0, 0), (0, -1), 'RIGHT'), ('ALIGN', (4, 0), (4, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]))
S.append(t)
S.append(Spacer(1, 3))
S.append(Paragraph('Presenti n. 14 &nbsp;&nbsp; Assenti n. 3', ParagraphStyle('pa', parent=body, alignment=TA_CENTER, fontName='DVCB')))
S.append(Paragraph("Presiede la seduta il Presidente del Consiglio Comunale Avv. Angela Tamborrino. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000) il Segretario Generale Dott. Pietro Caforio. Il Presidente, constatato il numero legale, dichiara aperta la seduta.", body))
S.append(Paragraph('IL CONSIGLIO COMUNALE', cent))
for tx in [
    "<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 11 del 29/03/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
    "<b>Rilevata</b> la necessità di aggiornare l'art. 12 (Occupazioni con dehors e strutture temporanee), l'art. 27 (Riduzioni ed esenzioni) e l'art. 31 (Sanzioni e indennità) alla luce delle modifiche intervenute nella disciplina delle occupazioni di suolo pubblico per le attività di somministrazione;",
    "<b>Visto</b> il testo delle modifiche predisposto dal Servizio Tributi ed esaminato dalla II Commissione consiliare permanente nella seduta del 07/04/2026;",
    "<b>Acquisito</b> il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 9 del 06/04/2026, ai sensi dell'art. 239, comma 1, lett. b), punto 7, del D.Lgs. n. 267/2000;",
    "<b>Visti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Uditi gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta conservato agli atti;",
    ]:
    S.append(Paragraph(tx, body))
VOTE = [Paragraph("Con la seguente votazione, resa per alzata di mano e proclamata dal Presidente:", body)]
vt = Table([['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'], ['14', '13', '10', '3', '1']], colWidths=[25 * mm] * 5)
vt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('FONT', (0, 0), (-1, 0), 'DVCB', 8.5), ('FONT', (0, 1), (-1, 1), 'DVC', 9),
                        ('ALIGN', (0, 0), (-1, -1), 'CENTER'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f1e6e6'))]))
VOTE.append(vt)
VOTE.append(Paragraph('(contrari i Consiglieri De Biase, Caputo e Nigro; astenuta la Consigliera Ciraci)', ParagraphStyle('n', parent=small, alignment=TA_CENTER, spaceBefore=2)))
S.append(KeepTogether(VOTE))
S.append(Paragraph('DELIBERA', cent))
pts = [
    "di approvare le modifiche agli articoli 12, 27 e 31 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato alla presente quale parte integrante e sostanziale (Allegato A);",
    "di stabilire che le modifiche approvate entrano in vigore dal 1° gennaio 2027, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze, Dipartimento delle Finanze, mediante inserimento nel Portale del federalismo fiscale, e di pubblicarla nella sezione Amministrazione Trasparente del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph(p, pt, bulletText='%d)' % i))
S.append(Paragraph("Successivamente, con separata votazione (presenti 14, votanti 13, favorevoli 10, contrari 3, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
S.append(Spacer(1, 8))
S.append(KeepTogether([
    Paragraph('Letto, approvato e sottoscritto', body),
    Table([[Paragraph('IL PRESIDENTE DEL CONSIGLIO<br/>F.to Avv. Angela Tamborrino', ParagraphStyle('f', parent=cell, alignment=TA_CENTER, fontSize=9, leading=12)),
            Paragraph('IL SEGRETARIO GENERALE<br/>F.to Dott. Pietro Caforio', ParagraphStyle('f', parent=cell, alignment=TA_CENTER, fontSize=9, leading=12))]], colWidths=[87 * mm, 87 * mm]),
    Spacer(1, 10),
    Table([[Paragraph('<b>ATTESTAZIONE DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione viene pubblicata all\'Albo Pretorio on line dal 15/04/2026 per 15 giorni consecutivi (Registro Albo n. 1127/2026).<br/>Il Responsabile della Pubblicazione – F.to Sig.ra Lucia Stano', small)],
           [Paragraph('<b>ESECUTIVITÀ</b><br/>[X] dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000) &nbsp; [ ] esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, comma 3)', small)]], colWidths=[174 * mm],
          style=TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.4, colors.grey)])),
    Spacer(1, 6),
    Paragraph('Copia conforme all\'originale firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., conservato negli archivi informatici dell\'Ente.', small),
]))
doc.build(S)
