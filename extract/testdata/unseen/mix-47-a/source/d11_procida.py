# Comune di Procida - ordinanza del Sindaco. Laid out top-down, but the blocks are DRAWN in another
# order (signature, operative part, stamp, letterhead, premises, subject...), and the Albo stamp is
# rotated 90 degrees along the left margin. reportlab canvas + Paragraph.drawOn.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.lib import colors

W, H = A4
body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14, alignment=TA_JUSTIFY)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Times-Bold', fontSize=12)
pt = ParagraphStyle('p', parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
right = ParagraphStyle('r', parent=body, alignment=TA_CENTER)
X0, X1 = 28 * mm, W - 20 * mm
CW = X1 - X0
blocks = []  # (page, tag, para, y_top)
page, y = 1, H - 62 * mm
def add(tag, para, gap=5):
    global page, y
    w, h = para.wrap(CW, H)
    if y - h < 25 * mm:
        page += 1; y = H - 30 * mm
    blocks.append((page, tag, para, y)); y -= h + gap

add('number', Paragraph('ORDINANZA N. 17 DEL 16/04/2026', ParagraphStyle('n', parent=cen, fontSize=13)), 8)
add('subject', Paragraph('<b>OGGETTO:</b> Limitazioni alla circolazione dei veicoli a motore dei non residenti sull’isola di Procida nel periodo dal 1° maggio al 30 settembre 2026.', body), 10)
add('organ', Paragraph('IL SINDACO', cen), 6)
prem = ['Considerato che l’isola di Procida, per la limitata estensione del territorio e della rete viaria, è soggetta nel periodo estivo a un notevole incremento del traffico veicolare, con grave pregiudizio per la sicurezza della circolazione e per la salute pubblica;',
        'Visto il decreto del Ministero delle Infrastrutture e dei Trasporti che, ai sensi dell’art. 1 della legge n. 1219/1952 e s.m.i., consente il divieto di afflusso e circolazione di autoveicoli di non residenti nelle isole minori;',
        'Sentito il Comando di Polizia Locale, che con nota prot. n. 6112 del 09/04/2026 ha evidenziato la necessità di confermare le limitazioni già in vigore nella stagione 2025;',
        'Visti gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l’art. 50 del D.Lgs. 18 agosto 2000, n. 267;']
for s in prem: add('prem', Paragraph(s, body), 4)
add('ordina', Paragraph('O R D I N A', cen), 6)
pts = ['dal 1° maggio al 30 settembre 2026 è vietata la circolazione sull’isola di Procida degli autoveicoli e dei motoveicoli appartenenti a persone non residenti, fatte salve le deroghe di cui al successivo punto 2;',
       'sono esclusi dal divieto i veicoli di soccorso, delle forze di polizia, del trasporto pubblico locale, i veicoli al servizio di persone con disabilità muniti del contrassegno europeo e i veicoli dei proprietari di immobili iscritti al ruolo TARI del Comune;',
       'le autorizzazioni in deroga sono rilasciate dal Comando di Polizia Locale su istanza motivata, da presentarsi almeno cinque giorni prima dell’imbarco;',
       'la violazione dei divieti è punita con la sanzione amministrativa prevista dall’art. 7, comma 14, del Codice della Strada.']
for i, s in enumerate(pts, 1): add('pt', Paragraph('%d.&nbsp;&nbsp;&nbsp;%s' % (i, s), pt), 4)
add('dispone', Paragraph('<b>DISPONE</b> che la presente ordinanza sia resa nota mediante pubblicazione all’Albo Pretorio on line e trasmessa alla Capitaneria di Porto, alle società di navigazione e al Comando di Polizia Locale. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania entro 60 giorni dalla pubblicazione.', body), 14)
add('sign', Paragraph('Procida, 16/04/2026<br/><br/>IL SINDACO<br/><b>Dott. Raimondo Ambrosino Scotto</b><br/><font size=8>documento firmato digitalmente</font>', ParagraphStyle('s', parent=right, leftIndent=CW / 2)), 0)
npages = page

c = canvas.Canvas('build/d11.pdf', pagesize=A4)
c.setTitle('Ordinanza 17/2026'); c.setCreator('Halley Informatica - Atti'); c.setAuthor('Comune di Procida')
order = ['sign', 'pt', 'dispone', 'stamp', 'ordina', 'head', 'prem', 'organ', 'subject', 'number', 'foot']
for pg in range(1, npages + 1):
    for tag in order:
        if tag == 'stamp':
            c.saveState(); c.translate(13 * mm, 40 * mm); c.rotate(90)
            c.setStrokeColor(colors.HexColor('#1a3d8f')); c.setFillColor(colors.HexColor('#1a3d8f'))
            c.rect(-2, -4, 205 * mm, 11 * mm, stroke=1, fill=0)
            c.setFont('Helvetica-Bold', 7.5); c.drawString(2 * mm, 3.6 * mm, 'COMUNE DI PROCIDA – ALBO PRETORIO ON LINE')
            c.setFont('Helvetica', 7.2); c.drawString(2 * mm, 0.2 * mm, 'Pubblicazione n. 488 dal 20/04/2026 al 05/05/2026 – Il Responsabile della pubblicazione: Ciro Lubrano')
            c.restoreState()
        elif tag == 'head' and pg == 1:
            c.setFont('Times-Bold', 18); c.drawCentredString((X0 + X1) / 2, H - 28 * mm, 'COMUNE DI PROCIDA')
            c.setFont('Times-Italic', 10.5); c.drawCentredString((X0 + X1) / 2, H - 34 * mm, 'Città Metropolitana di Napoli')
            c.setFont('Times-Roman', 8.5); c.drawCentredString((X0 + X1) / 2, H - 39 * mm, 'Via Libertà, 12 – 80079 Procida (NA) – protocollo.procida@pec.example.it')
            c.setLineWidth(0.7); c.line(X0, H - 43 * mm, X1, H - 43 * mm)
            c.setFont('Times-Italic', 9); c.drawString(X0, H - 49 * mm, 'Ufficio proponente: Comando di Polizia Locale')
        elif tag == 'foot':
            c.setFont('Times-Roman', 8); c.drawRightString(X1, 14 * mm, 'Pag. %d di %d' % (pg, npages))
        else:
            for p_, t_, para, yt in blocks:
                if p_ == pg and t_ == tag:
                    w, h = para.wrap(CW, H); para.drawOn(c, X0, yt - h)
    c.showPage()
c.save()
