# ReportLab acts of set python-10 (platypus and canvas).
# Run: python3 rl_acts.py  (writes the PDFs into the parent folder)
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
DJ = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DejaVuSerif', DJ + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSerif-Bold', DJ + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSerif-Italic', DJ + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSans', DJ + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSans-Bold', DJ + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSans-Oblique', DJ + 'DejaVuSans-Oblique.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DejaVuSerif', 0, 0, 'DejaVuSerif')
addMapping('DejaVuSerif', 1, 0, 'DejaVuSerif-Bold')
addMapping('DejaVuSerif', 0, 1, 'DejaVuSerif-Italic')
addMapping('DejaVuSerif', 1, 1, 'DejaVuSerif-Bold')
addMapping('DejaVuSans', 0, 0, 'DejaVuSans')
addMapping('DejaVuSans', 1, 0, 'DejaVuSans-Bold')
addMapping('DejaVuSans', 0, 1, 'DejaVuSans-Oblique')
addMapping('DejaVuSans', 1, 1, 'DejaVuSans-Bold')


def styles(font, bold, size=10, lead=13):
    s = {}
    s['body'] = ParagraphStyle('body', fontName=font, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=4)
    s['c'] = ParagraphStyle('c', parent=s['body'], alignment=TA_CENTER)
    s['cb'] = ParagraphStyle('cb', parent=s['c'], fontName=bold)
    s['l'] = ParagraphStyle('l', parent=s['body'], alignment=TA_LEFT)
    s['r'] = ParagraphStyle('r', parent=s['body'], alignment=TA_RIGHT)
    s['small'] = ParagraphStyle('small', parent=s['body'], fontSize=size - 2,
                                leading=lead - 3)
    s['pt'] = ParagraphStyle('pt', parent=s['body'], leftIndent=18,
                             firstLineIndent=-18)
    return s


# ---------------------------------------------------------------------------
# 1. Giunta Bobbio - Datagraph-like (platypus, Helvetica core)
# ---------------------------------------------------------------------------
def giunta_bobbio():
    fn = os.path.join(OUT, 'giunta-bobbio-datagraph.pdf')
    s = styles('Helvetica', 'Helvetica-Bold', 9.5, 12.5)

    def foot(c, d):
        c.saveState()
        c.setFont('Helvetica', 7.5)
        c.line(18 * mm, 14 * mm, 192 * mm, 14 * mm)
        c.drawString(18 * mm, 10 * mm,
                     'Deliberazione della Giunta Comunale n. 58 del 14/05/2025')
        c.drawRightString(192 * mm, 10 * mm, 'Pag. %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=14 * mm, bottomMargin=20 * mm,
                            title='Delibera GC 58/2025', author='Comune di Bobbio')
    st = []
    head = Table([[Paragraph('<b><font size=15>COMUNE DI BOBBIO</font></b><br/>'
                             '<font size=9>Provincia di Piacenza</font><br/>'
                             '<font size=7.5>Piazza Santa Fara, 1 - 29022 Bobbio (PC) - '
                             'C.F. 00230460335</font>', s['c'])]],
                 colWidths=[174 * mm])
    head.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 1.2, colors.black),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    st += [head, Spacer(1, 5)]
    st.append(Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', s['cb']))
    st.append(Spacer(1, 3))
    grid = Table([
        [Paragraph('<b>N.</b>', s['c']), Paragraph('<b>Data</b>', s['c']),
         Paragraph('<b>Settore proponente</b>', s['c'])],
        [Paragraph('<b><font size=12>58</font></b>', s['c']),
         Paragraph('<b><font size=12>14/05/2025</font></b>', s['c']),
         Paragraph('AREA TECNICA', s['c'])]],
        colWidths=[30 * mm, 40 * mm, 104 * mm])
    grid.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
                              ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    st += [grid, Spacer(1, 6)]
    subj = Table([[Paragraph('<b>OGGETTO:</b>', s['l']),
                   Paragraph('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA '
                             'DEI LAVORI DI RIQUALIFICAZIONE DEL PERCORSO PEDONALE DI ACCESSO '
                             'AL PONTE VECCHIO (PONTE GOBBO) LATO SAN MARTINO.</b>', s['body'])]],
                 colWidths=[26 * mm, 148 * mm])
    subj.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                              ('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
    st += [subj, Spacer(1, 8)]
    st.append(Paragraph(
        "L'anno <b>duemilaventicinque</b>, addì <b>quattordici</b> del mese di <b>maggio</b> "
        "alle ore <b>18:30</b>, nella sala delle adunanze del Palazzo Comunale, previa "
        "l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi "
        "convocati a seduta i componenti la Giunta Comunale.", s['body']))
    st.append(Paragraph('All\'appello risultano:', s['l']))
    rows = [['', 'Cognome e Nome', 'Carica', 'Presenti', 'Assenti'],
            ['1', 'GHILARDELLI ROBERTO', 'Sindaco', 'X', ''],
            ['2', 'FERRARI ANNALISA', 'Vice Sindaco', 'X', ''],
            ['3', 'BARBIERI MATTEO', 'Assessore', '', 'X'],
            ['4', 'CASSINELLI GIULIA', 'Assessore', 'X', ''],
            ['5', 'MOLINELLI DARIO', 'Assessore', 'X', ''],
            ['', '', 'Totale', '4', '1']]
    t = Table(rows, colWidths=[8 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9),
                           ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
                           ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9),
                           ('ALIGN', (3, 0), (-1, -1), 'CENTER'),
                           ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
                           ('LINEABOVE', (0, -1), (-1, -1), 0.6, colors.black),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 2),
                           ('TOPPADDING', (0, 0), (-1, -1), 2)]))
    t.hAlign = 'LEFT'
    st += [t, Spacer(1, 6)]
    st.append(Paragraph(
        'Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Elena Scaglia</b>, la quale '
        'provvede alla redazione del presente verbale.', s['body']))
    st.append(Paragraph(
        'Essendo legale il numero degli intervenuti, il Sig. <b>Roberto Ghilardelli</b>, nella '
        'sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la '
        'trattazione dell\'oggetto sopra indicato.', s['body']))
    st.append(Spacer(1, 4))
    st.append(Paragraph('<b>LA GIUNTA COMUNALE</b>', s['cb']))
    for p in [
        '<b>PREMESSO CHE</b> il percorso pedonale che dalla frazione San Martino conduce al Ponte '
        'Vecchio presenta una pavimentazione dissestata e parapetti non conformi, tali da '
        'compromettere la sicurezza dei numerosi visitatori che percorrono il ponte;',
        '<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 9 del 27/02/2025, '
        'esecutiva, con la quale è stato approvato il Documento Unico di Programmazione '
        '2025/2027 e il bilancio di previsione finanziario 2025/2027;',
        '<b>VISTO</b> il progetto di fattibilità tecnico-economica redatto dall\'Ing. Carlo '
        'Mazzari, con studio in Piacenza, acquisito al protocollo comunale n. 3921 del '
        '06/05/2025, che prevede una spesa complessiva di Euro 148.500,00, di cui Euro '
        '112.000,00 per lavori;',
        '<b>VISTI</b> il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;',
        '<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai '
        'sensi dell\'art. 49 del D.Lgs. 267/2000 dai Responsabili dei servizi interessati, '
        'allegati al presente atto;',
        'Con voti unanimi favorevoli, espressi nelle forme di legge;']:
        st.append(Paragraph(p, s['body']))
    st.append(Paragraph('<b>D E L I B E R A</b>', s['cb']))
    pts = [
        'di approvare il progetto di fattibilità tecnico-economica dei lavori di '
        'riqualificazione del percorso pedonale di accesso al Ponte Vecchio lato San Martino, '
        'per un importo complessivo di Euro 148.500,00, come da quadro economico allegato;',
        'di dare atto che la spesa trova copertura al capitolo 20815 "Manutenzione '
        'straordinaria viabilità e percorsi pedonali" del bilancio 2025/2027, esercizio 2025;',
        'di individuare quale Responsabile Unico del Progetto il Geom. Paolo Opizzi, '
        'Responsabile dell\'Area Tecnica;',
        'di trasmettere copia della presente ai capigruppo consiliari ai sensi dell\'art. 125 '
        'del D.Lgs. 267/2000.']
    for i, p in enumerate(pts, 1):
        st.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), s['pt']))
    st.append(Paragraph(
        'Successivamente, con separata votazione unanime, la Giunta Comunale <b>DICHIARA</b> '
        'la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 134, '
        'comma 4, del D.Lgs. 267/2000.', s['body']))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Letto, confermato e sottoscritto.', s['l']))
    sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'],
                 ['Roberto Ghilardelli', 'Dott.ssa Elena Scaglia'],
                 ['(firmato digitalmente)', '(firmato digitalmente)']],
                colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                             ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
                             ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                             ('FONT', (0, 2), (-1, 2), 'Helvetica-Oblique', 7.5)]))
    st += [sig, Spacer(1, 12)]
    cert = Table([[Paragraph(
        '<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente '
        'deliberazione viene pubblicata all\'Albo Pretorio on line del Comune il giorno '
        '16/05/2025 per quindici giorni consecutivi (n. 412 del registro delle pubblicazioni) '
        'e contestualmente comunicata ai capigruppo consiliari.<br/>'
        'Bobbio, 16/05/2025 &nbsp;&nbsp;&nbsp; Il Segretario Comunale - Dott.ssa Elena Scaglia',
        s['small'])]], colWidths=[174 * mm])
    cert.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
    st.append(KeepTogether([cert]))
    doc.build(st, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------------------
# 3. Giunta Municipale Licata - Kibernetes-like (canvas, Times core)
# ---------------------------------------------------------------------------
class Writer:
    """Small line-by-line writer on a canvas with wrapping and page breaks."""

    def __init__(self, fn, font='Times-Roman', bold='Times-Bold', size=10.5, lead=13.5,
                 left=22 * mm, right=188 * mm, top=275 * mm, bottom=22 * mm, footer=None):
        self.c = canvas.Canvas(fn, pagesize=A4)
        self.font, self.bold, self.size, self.lead = font, bold, size, lead
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top
        self.page = 1
        self.footer = footer

    def newpage(self):
        if self.footer:
            self.footer(self.c, self.page)
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def wrap(self, text, font, size, width):
        words = text.split()
        lines, cur = [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, font=None, size=None, indent=0, first=None, align='J', after=3,
             hang=None):
        font = font or self.font
        size = size or self.size
        width = self.right - self.left - indent
        lines = self.wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.c.setFont(font, size)
            x = self.left + indent
            if align == 'C':
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            elif align == 'J' and i < len(lines) - 1 and ' ' in ln:
                words = ln.split(' ')
                tw = sum(pdfmetrics.stringWidth(w, font, size) for w in words)
                gap = (width - tw) / (len(words) - 1)
                for w in words:
                    self.c.drawString(x, self.y, w)
                    x += pdfmetrics.stringWidth(w, font, size) + gap
            else:
                self.c.drawString(x, self.y, ln)
            self.y -= self.lead
        self.y -= after

    def save(self):
        if self.footer:
            self.footer(self.c, self.page)
        self.c.save()


def giunta_licata():
    fn = os.path.join(OUT, 'giunta-licata-kibernetes.pdf')

    def footer(c, n):
        c.setFont('Times-Italic', 8)
        c.drawCentredString(105 * mm, 12 * mm,
                            'Delibera di G.M. n. 146 del 09/10/2025  -  pagina %d' % n)

    w = Writer(fn, footer=footer)
    c = w.c
    c.setTitle('Deliberazione Giunta Municipale n. 146/2025')
    # letterhead: stemma placeholder on the left
    c.circle(32 * mm, 268 * mm, 9 * mm)
    c.setFont('Times-Italic', 6)
    c.drawCentredString(32 * mm, 267 * mm, 'stemma')
    c.setFont('Times-Bold', 18)
    c.drawCentredString(112 * mm, 272 * mm, 'COMUNE DI LICATA')
    c.setFont('Times-Roman', 10)
    c.drawCentredString(112 * mm, 266 * mm, 'Libero Consorzio Comunale di Agrigento')
    c.setFont('Times-Italic', 8.5)
    c.drawCentredString(112 * mm, 261.5 * mm,
                        'Piazza Progresso - 92027 Licata (AG) - protocollo@pec.comune.licata.ag.it')
    c.setLineWidth(0.8)
    c.line(22 * mm, 256 * mm, 188 * mm, 256 * mm)
    c.setFont('Times-Bold', 12)
    c.drawCentredString(105 * mm, 248 * mm, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE')
    c.setFont('Times-Roman', 10.5)
    c.rect(22 * mm, 232 * mm, 166 * mm, 11 * mm)
    c.drawString(25 * mm, 236 * mm, 'Deliberazione N. ')
    c.setFont('Times-Bold', 11)
    c.drawString(52 * mm, 236 * mm, '146')
    c.setFont('Times-Roman', 10.5)
    c.drawString(70 * mm, 236 * mm, 'del')
    c.setFont('Times-Bold', 11)
    c.drawString(78 * mm, 236 * mm, '09/10/2025')
    c.setFont('Times-Roman', 9)
    c.drawRightString(185 * mm, 236 * mm, 'Proposta n. 162 del 03/10/2025')
    w.y = 224 * mm
    w.para('OGGETTO: PRESA D\'ATTO DEL PIANO DI MANUTENZIONE DEL VERDE PUBBLICO PER '
           'L\'ANNO 2025 E ASSEGNAZIONE DELLE RISORSE AL DIRIGENTE DEL DIPARTIMENTO LAVORI '
           'PUBBLICI.', font='Times-Bold', after=8)
    w.para('L\'anno duemilaventicinque, il giorno nove del mese di ottobre, alle ore 12:40 e '
           'seguenti, nella Casa Comunale e nella consueta sala delle adunanze, in seguito ad '
           'invito di convocazione, si è riunita la Giunta Municipale con l\'intervento dei '
           'Signori:', after=6)
    left = [('1)', 'BALSAMO ANGELO', 'Sindaco', 'A'),
            ('2)', 'CAMMILLERI SALVATORE', 'Vice Sindaco', 'P'),
            ('3)', 'MORELLO FILIPPA', 'Assessore', 'P')]
    right = [('4)', 'GRACI VINCENZO', 'Assessore', 'P'),
             ('5)', 'TODARO ROSARIA', 'Assessore', 'P'),
             ('6)', 'SPITERI LUIGI', 'Assessore', 'A')]
    y = w.y
    c.setFont('Times-Bold', 9)
    for x0 in (22 * mm, 108 * mm):
        c.drawString(x0 + 7 * mm, y, 'Componente')
        c.drawString(x0 + 55 * mm, y, 'Carica')
        c.drawString(x0 + 78 * mm, y, 'P/A')
    y -= 13
    for i in range(3):
        for x0, r in ((22 * mm, left[i]), (108 * mm, right[i])):
            c.setFont('Times-Roman', 10)
            c.drawString(x0, y, r[0])
            c.drawString(x0 + 7 * mm, y, r[1])
            c.drawString(x0 + 55 * mm, y, r[2])
            c.setFont('Times-Bold', 10)
            c.drawString(x0 + 79 * mm, y, r[3])
        y -= 13
    c.setLineWidth(0.4)
    c.line(105 * mm, w.y + 10, 105 * mm, y + 8)
    w.y = y - 6
    c.setFont('Times-Bold', 10.5)
    c.drawString(22 * mm, w.y, 'Presenti n. 4')
    c.drawString(70 * mm, w.y, 'Assenti n. 2')
    w.y -= 13.5 + 6
    w.para('Presiede il Vice Sindaco Dott. Salvatore Cammilleri, in assenza del Sindaco.')
    w.para('Partecipa il Segretario Generale Dott.ssa Rosalia Vella.')
    w.para('Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la '
           'riunione e invita i convenuti a deliberare sull\'oggetto sopra indicato.', after=8)
    w.para('LA GIUNTA MUNICIPALE', font='Times-Bold', align='C', after=5)
    for p in [
        'Vista l\'allegata proposta di deliberazione predisposta dal Dipartimento Lavori '
        'Pubblici, avente ad oggetto: "Presa d\'atto del piano di manutenzione del verde '
        'pubblico per l\'anno 2025 e assegnazione delle risorse al Dirigente del Dipartimento '
        'Lavori Pubblici";',
        'Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell\'art. '
        '53 della L. 142/1990, come recepito dalla L.R. n. 48/1991 e successive modifiche, '
        'e dell\'art. 49 del D.Lgs. 267/2000;',
        'Considerato che la proposta è meritevole di accoglimento per le motivazioni in essa '
        'contenute, che qui si intendono integralmente richiamate;',
        'Visto l\'O.R.EE.LL. vigente nella Regione Siciliana;',
        'Con voti favorevoli unanimi espressi in forma palese;']:
        w.para(p)
    w.para('D E L I B E R A', font='Times-Bold', align='C', after=5)
    pts = [
        'Approvare la proposta di deliberazione in premessa richiamata, che si allega al '
        'presente atto per farne parte integrante e sostanziale, facendone proprie le '
        'motivazioni e il dispositivo.',
        'Prendere atto del piano di manutenzione del verde pubblico per l\'anno 2025 '
        'redatto dal Servizio Verde Pubblico, che prevede interventi su ville, aiuole, '
        'alberature stradali e aree a verde attrezzato per complessivi Euro 86.400,00.',
        'Assegnare al Dirigente del Dipartimento Lavori Pubblici le risorse di cui al '
        'capitolo 9610 del bilancio 2025 per l\'attuazione del piano.']
    for i, p in enumerate(pts, 1):
        w.para('%d) %s' % (i, p), indent=6 * mm)
    w.para('Con successiva votazione, ad esito unanime, la Giunta Municipale dichiara la '
           'presente deliberazione immediatamente esecutiva ai sensi dell\'art. 12, comma 2, '
           'della L.R. n. 44/1991.', after=10)
    w.para('Il presente verbale, salva l\'ulteriore lettura e sua definitiva approvazione, '
           'viene sottoscritto come segue.', after=10)
    w.need(40)
    c.setFont('Times-Bold', 10)
    c.drawCentredString(50 * mm, w.y, 'L\'ASSESSORE ANZIANO')
    c.drawCentredString(105 * mm, w.y, 'IL PRESIDENTE')
    c.drawCentredString(160 * mm, w.y, 'IL SEGRETARIO GENERALE')
    c.setFont('Times-Roman', 10)
    c.drawCentredString(50 * mm, w.y - 14, 'Filippa Morello')
    c.drawCentredString(105 * mm, w.y - 14, 'Dott. Salvatore Cammilleri')
    c.drawCentredString(160 * mm, w.y - 14, 'Dott.ssa Rosalia Vella')
    w.y -= 40
    w.para('CERTIFICATO DI PUBBLICAZIONE', font='Times-Bold', align='C', size=9.5)
    w.para('Il sottoscritto Segretario Generale certifica che la presente deliberazione è stata '
           'pubblicata all\'Albo Pretorio on line dal 10/10/2025 al 24/10/2025 (Reg. Pubbl. '
           'n. 2217).', size=9.5)
    w.save()


# ---------------------------------------------------------------------------
# 4. Consiglio Montichiari - Municipia/Engineering-like (platypus, DejaVu Serif)
# ---------------------------------------------------------------------------
def consiglio_montichiari():
    fn = os.path.join(OUT, 'consiglio-montichiari-municipia.pdf')
    s = styles('DejaVuSerif', 'DejaVuSerif-Bold', 9, 12.5)

    def foot(c, d):
        c.saveState()
        c.setFont('DejaVuSans', 7)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(20 * mm, 10 * mm, 'Comune di Montichiari - Deliberazione del Consiglio '
                     'Comunale n. 21 del 28/04/2025')
        c.drawRightString(190 * mm, 10 * mm, 'Pagina %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title='Deliberazione CC 21/2025')
    st = []
    hs = ParagraphStyle('hs', fontName='DejaVuSans-Bold', fontSize=16, leading=19,
                        alignment=TA_LEFT, textColor=colors.HexColor('#1f3f6b'))
    st.append(Table([[Paragraph('COMUNE DI MONTICHIARI', hs),
                      Paragraph('<font name="DejaVuSans" size=8>Provincia di Brescia<br/>'
                                'Piazza Municipio, 1 - 25018 Montichiari<br/>'
                                'www.montichiari.it</font>', s['r'])]],
                    colWidths=[110 * mm, 60 * mm],
                    style=[('LINEBELOW', (0, 0), (-1, 0), 2, colors.HexColor('#1f3f6b')),
                           ('VALIGN', (0, 0), (-1, -1), 'BOTTOM')]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('<font name="DejaVuSans-Bold" size=11>DELIBERAZIONE DEL CONSIGLIO '
                        'COMUNALE</font>', s['c']))
    st.append(Paragraph('<font name="DejaVuSans" size=8.5>Sessione ordinaria - Seduta pubblica '
                        'di prima convocazione</font>', s['c']))
    st.append(Spacer(1, 4))
    lab = ParagraphStyle('lab', fontName='DejaVuSans', fontSize=7, leading=9,
                         textColor=colors.HexColor('#555555'))
    val = ParagraphStyle('val', fontName='DejaVuSans-Bold', fontSize=10, leading=12)
    g = Table([[Paragraph('Numero', lab), Paragraph('Data seduta', lab),
                Paragraph('Ora', lab), Paragraph('Proposta', lab)],
               [Paragraph('21', val), Paragraph('28/04/2025', val), Paragraph('20:30', val),
                Paragraph('<font name="DejaVuSans" size=8.5>n. 27 del 10/04/2025 - Area '
                          'Economico-Finanziaria</font>', val)]],
              colWidths=[25 * mm, 35 * mm, 20 * mm, 90 * mm])
    g.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.HexColor('#1f3f6b')),
                           ('LINEAFTER', (0, 0), (-2, -1), 0.3, colors.grey),
                           ('TOPPADDING', (0, 0), (-1, -1), 1)]))
    st += [g, Spacer(1, 6)]
    st.append(Paragraph('<b>OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER '
                        'L\'ESERCIZIO FINANZIARIO 2024.</b>', s['l']))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        'L\'anno 2025, il giorno 28 del mese di aprile, alle ore 20:30, nella Sala Consiliare '
        'del Palazzo Municipale, convocato con avvisi scritti recapitati a norma di legge, si '
        'è riunito il Consiglio Comunale. Risultano all\'appello:', s['body']))
    members = [('TOGNI MARCO', 'Sindaco', True), ('BIGNOTTI PAOLA', 'Presidente', True),
               ('ZANOLA GIANLUIGI', 'Consigliere', True), ('FERRONI ALESSIA', 'Consigliere', True),
               ('PASINI ANDREA', 'Consigliere', True), ('RIZZI MARIA GRAZIA', 'Consigliere', True),
               ('GORNI STEFANO', 'Consigliere', True), ('BERTONI LUCA', 'Consigliere', True),
               ('SCALVINI ELENA', 'Consigliere', True), ('CAVAGNINI PIETRO', 'Consigliere', True),
               ('TREBESCHI NADIA', 'Consigliere', False), ('PEDRALI FABIO', 'Consigliere', True),
               ('ARRIGHINI SARA', 'Consigliere', True), ('LOMBARDI GIORGIO', 'Consigliere', True),
               ('SALVADORI IVAN', 'Consigliere', True), ('MAFFEZZONI ROBERTA', 'Consigliere', True),
               ('VENTURINI DAVIDE', 'Consigliere', True)]
    rows = [['N.', 'Cognome e Nome', 'Qualifica', 'Presente', 'Assente']]
    for i, (n, q, p) in enumerate(members, 1):
        rows.append([str(i), n, q, 'X' if p else '', '' if p else 'X'])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 38 * mm, 22 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSans', 8),
                           ('FONT', (0, 0), (-1, 0), 'DejaVuSans-Bold', 8),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde5f0')),
                           ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8899aa')),
                           ('ALIGN', (0, 0), (0, -1), 'RIGHT'),
                           ('ALIGN', (3, 0), (-1, -1), 'CENTER'),
                           ('TOPPADDING', (0, 0), (-1, -1), 1.2),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 1.2)]))
    t.hAlign = 'LEFT'
    st += [t, Spacer(1, 3)]
    st.append(Paragraph('<b>Presenti: 16 &nbsp;&nbsp;&nbsp; Assenti: 1</b>', s['l']))
    st.append(Paragraph('Partecipa l\'Assessore esterno Sig. Claudio Bettinzoli, senza diritto '
                        'di voto.', s['body']))
    st.append(Paragraph(
        'Assiste il Segretario Generale Dott. Giuseppe Lanzoni, il quale provvede alla '
        'redazione del presente verbale. Riconosciuto legale il numero degli intervenuti, la '
        'Sig.ra Paola Bignotti, Presidente del Consiglio Comunale, assume la presidenza e '
        'dichiara aperta la seduta.', s['body']))
    st.append(Spacer(1, 4))
    st.append(Paragraph('<b>IL CONSIGLIO COMUNALE</b>', s['cb']))
    for p in [
        'Udita la relazione dell\'Assessore al Bilancio e la successiva discussione, '
        'integralmente registrata e conservata agli atti;',
        'Premesso che l\'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che il rendiconto '
        'della gestione sia deliberato dall\'organo consiliare entro il 30 aprile dell\'anno '
        'successivo;',
        'Richiamata la deliberazione della Giunta Comunale n. 62 del 01/04/2025, con la quale '
        'è stato approvato lo schema di rendiconto e la relazione illustrativa;',
        'Vista la relazione dell\'Organo di Revisione economico-finanziaria, acquisita al '
        'protocollo n. 11842 del 09/04/2025, che esprime parere favorevole;',
        'Dato atto che il rendiconto chiude con un risultato di amministrazione di Euro '
        '6.214.377,41, di cui parte disponibile Euro 1.402.518,09;',
        'Visti i pareri favorevoli espressi ai sensi dell\'art. 49 del D.Lgs. 267/2000;',
        'Con voti favorevoli n. 11, contrari n. 4 (Arrighini, Lombardi, Salvadori, '
        'Maffezzoni), astenuti n. 1 (Venturini), espressi per alzata di mano dai n. 16 '
        'consiglieri presenti;']:
        st.append(Paragraph(p, s['body']))
    st.append(Paragraph('<b>DELIBERA</b>', ParagraphStyle('kw', parent=s['cb'],
                                                         keepWithNext=1)))
    pts = [
        'di approvare il rendiconto della gestione per l\'esercizio finanziario 2024, '
        'composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale;',
        'di approvare la relazione sulla gestione di cui all\'art. 231 del D.Lgs. 267/2000;',
        'di accertare un risultato di amministrazione di Euro 6.214.377,41, articolato come '
        'da prospetto allegato sub A);',
        'di dare atto che l\'Ente non risulta strutturalmente deficitario;',
        'di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche '
        '(BDAP) entro trenta giorni dall\'approvazione.']
    for i, p in enumerate(pts, 1):
        st.append(Paragraph('%d. %s' % (i, p), s['pt']))
    st.append(Paragraph(
        'Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 11, '
        'contrari n. 4, astenuti n. 1, il Consiglio Comunale dichiara la presente '
        'deliberazione immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del '
        'D.Lgs. 267/2000.', s['body']))
    st.append(Spacer(1, 10))
    sig = Table([['Il Presidente del Consiglio', 'Il Segretario Generale'],
                 ['Paola Bignotti', 'Dott. Giuseppe Lanzoni'],
                 ['Documento firmato digitalmente', 'Documento firmato digitalmente']],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                             ('FONT', (0, 0), (-1, 0), 'DejaVuSerif-Bold', 9),
                             ('FONT', (0, 1), (-1, 1), 'DejaVuSerif', 9),
                             ('FONT', (0, 2), (-1, 2), 'DejaVuSans-Oblique', 6.5)]))
    st.append(KeepTogether([sig]))
    doc.build(st, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------------------
# 6. Determina Ceccano - Saga-like (canvas, Helvetica core), registers side by side
# ---------------------------------------------------------------------------
def determina_ceccano():
    fn = os.path.join(OUT, 'determina-ceccano-saga.pdf')

    def footer(c, n):
        c.setFont('Helvetica', 7)
        c.drawString(20 * mm, 10 * mm, 'Documento informatico firmato digitalmente ai sensi '
                     'del D.Lgs. 82/2005 e norme collegate')
        c.drawRightString(190 * mm, 10 * mm, 'Pagina %d' % n)

    w = Writer(fn, font='Helvetica', bold='Helvetica-Bold', size=9.5, lead=12.5,
               left=20 * mm, right=190 * mm, top=280 * mm, bottom=20 * mm, footer=footer)
    c = w.c
    c.setTitle('Determinazione 842/2025')
    c.setFont('Helvetica-Bold', 15)
    c.drawString(20 * mm, 278 * mm, 'COMUNE DI CECCANO')
    c.setFont('Helvetica', 9)
    c.drawString(20 * mm, 273 * mm, 'Provincia di Frosinone')
    c.setFont('Helvetica-Bold', 9.5)
    c.drawRightString(190 * mm, 278 * mm, 'SETTORE III')
    c.setFont('Helvetica', 8.5)
    c.drawRightString(190 * mm, 273 * mm, 'Lavori Pubblici, Manutenzioni e Patrimonio')
    c.line(20 * mm, 269 * mm, 190 * mm, 269 * mm)
    c.setFont('Helvetica-Bold', 12)
    c.drawCentredString(105 * mm, 260 * mm, 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE')
    # two registers side by side
    c.setLineWidth(0.7)
    c.rect(20 * mm, 238 * mm, 82 * mm, 16 * mm)
    c.rect(108 * mm, 238 * mm, 82 * mm, 16 * mm)
    c.setFont('Helvetica', 7.5)
    c.drawString(23 * mm, 250 * mm, 'REGISTRO GENERALE')
    c.drawString(111 * mm, 250 * mm, 'REGISTRO DEL SETTORE III')
    c.setFont('Helvetica-Bold', 11)
    c.drawString(23 * mm, 242 * mm, 'N. 842  del  17/09/2025')
    c.drawString(111 * mm, 242 * mm, 'N. 213  del  17/09/2025')
    c.setFont('Helvetica', 8.5)
    c.drawString(20 * mm, 232 * mm, 'Servizio: Manutenzioni')
    c.drawRightString(190 * mm, 232 * mm, 'Responsabile del procedimento: Geom. Sandro Carlini')
    w.y = 222 * mm
    w.para('OGGETTO: AFFIDAMENTO DIRETTO, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B), DEL '
           'D.LGS. N. 36/2023, DEL SERVIZIO DI CONDUZIONE E MANUTENZIONE DEGLI IMPIANTI DI '
           'RISCALDAMENTO DEGLI EDIFICI SCOLASTICI COMUNALI - STAGIONE TERMICA 2025/2026. '
           'CIG B8A3F21C07. IMPEGNO DI SPESA.', font='Helvetica-Bold', after=8)
    w.para('IL RESPONSABILE DEL SETTORE III', font='Helvetica-Bold', align='C', after=5)
    for p in [
        'PREMESSO che con decreto sindacale n. 31 del 30/12/2024 il sottoscritto è stato '
        'nominato Responsabile del Settore III - Lavori Pubblici, Manutenzioni e Patrimonio, '
        'con attribuzione delle funzioni di cui all\'art. 107 del D.Lgs. 267/2000;',
        'RICHIAMATA la deliberazione del Consiglio Comunale n. 14 del 28/03/2025, di '
        'approvazione del bilancio di previsione 2025/2027, e la deliberazione della Giunta '
        'Comunale n. 77 del 10/04/2025, di approvazione del Piano Esecutivo di Gestione;',
        'CONSIDERATO che il contratto per la conduzione degli impianti termici delle scuole '
        'comunali scade il 30/09/2025 e che occorre garantire il servizio per la stagione '
        'termica 2025/2026, dal 15 ottobre 2025 al 15 aprile 2026;',
        'DATO ATTO che, interpellato tramite la piattaforma di approvvigionamento digitale, '
        'l\'operatore economico TERMOSERVICE CIOCIARIA S.R.L., con sede in Frosinone, P.IVA '
        '02874150604, ha offerto l\'importo di Euro 38.900,00 oltre IVA, ritenuto congruo;',
        'VERIFICATI il possesso dei requisiti e la regolarità contributiva (DURC prot. INAIL '
        'n. 48812705);',
        'VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;']:
        w.para(p)
    w.para('D E T E R M I N A', font='Helvetica-Bold', align='C', after=5)
    pts = [
        'di affidare, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il '
        'servizio di conduzione e manutenzione degli impianti di riscaldamento degli edifici '
        'scolastici comunali per la stagione termica 2025/2026 alla ditta TERMOSERVICE '
        'CIOCIARIA S.R.L., per l\'importo di Euro 38.900,00 oltre IVA al 22%;',
        'di impegnare la somma complessiva di Euro 47.458,00 IVA inclusa, imputandola per '
        'Euro 20.339,14 al capitolo 4120 del bilancio 2025 e per Euro 27.118,86 al medesimo '
        'capitolo del bilancio 2026;',
        'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso '
        'commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. 36/2023;',
        'di attestare la regolarità e la correttezza dell\'azione amministrativa ai sensi '
        'dell\'art. 147-bis del D.Lgs. 267/2000;',
        'di disporre la pubblicazione del presente atto all\'Albo Pretorio on line e nella '
        'sezione Amministrazione Trasparente.']
    for i, p in enumerate(pts, 1):
        w.para('%d) %s' % (i, p), indent=5 * mm)
    w.y -= 6
    w.need(30)
    c.setFont('Helvetica', 9)
    c.drawString(115 * mm, w.y, 'IL RESPONSABILE DEL SETTORE III')
    c.setFont('Helvetica-Bold', 9.5)
    c.drawString(123 * mm, w.y - 13, 'Ing. Fabrizio Masi')
    w.y -= 40
    w.need(60)
    w.para('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',
           font='Helvetica-Bold', align='C', size=9)
    w.para('Ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di '
           'regolarità contabile attestante la copertura finanziaria della spesa.', size=9)
    data = [('Impegno', 'Capitolo', 'Esercizio', 'Importo'),
            ('1398/2025', '4120', '2025', '20.339,14'),
            ('112/2026', '4120', '2026', '27.118,86')]
    y = w.y
    for r in data:
        c.setFont('Helvetica-Bold' if r[0] == 'Impegno' else 'Helvetica', 8.5)
        for x, v in zip((25, 65, 100, 135), r):
            c.drawString(x * mm, y, v)
        y -= 12
    w.y = y - 6
    w.para('Ceccano, 18/09/2025          Il Responsabile del Settore II - Finanziario - '
           'Dott.ssa Loredana Tiberia', size=9)
    w.save()


# ---------------------------------------------------------------------------
# 8. Determina Terralba - Zuddas-like (platypus, Times core), number in footer
# ---------------------------------------------------------------------------
def determina_terralba():
    fn = os.path.join(OUT, 'determina-terralba-zuddas.pdf')
    s = styles('Times-Roman', 'Times-Bold', 10.5, 13.5)

    def foot(c, d):
        c.saveState()
        c.setLineWidth(0.4)
        c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
        c.setFont('Times-Roman', 8)
        c.drawString(20 * mm, 12 * mm, 'COMUNE DI TERRALBA - Determinazione n. 311 del '
                     '21/08/2025 - Reg. Area n. 74')
        c.drawRightString(190 * mm, 12 * mm, 'Pag. %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm,
                            title='Determinazione 311/2025')
    st = []
    st.append(Paragraph('<font size=17><b>COMUNE DI TERRALBA</b></font>', s['c']))
    st.append(Paragraph('<font size=10>Provincia di Oristano</font>', s['c']))
    st.append(Spacer(1, 2))
    st.append(Table([['']], colWidths=[170 * mm],
                    style=[('LINEABOVE', (0, 0), (-1, -1), 0.8, colors.black),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.black)],
                    rowHeights=[2]))
    st.append(Spacer(1, 6))
    st.append(Paragraph('<b>AREA TECNICA</b>', s['cb']))
    st.append(Paragraph('Servizio Lavori Pubblici e Manutenzioni', s['c']))
    st.append(Spacer(1, 4))
    st.append(Paragraph('<b>DETERMINAZIONE DEL RESPONSABILE DELL\'AREA</b>', s['cb']))
    st.append(Paragraph('<font size=8.5>Proposta n. 402 del 19/08/2025</font>', s['r']))
    st.append(Spacer(1, 4))
    st.append(Table([[Paragraph('<b>Oggetto:</b>', s['l']), Paragraph(
        '<b>APPROVAZIONE DEL VERBALE DI GARA E AGGIUDICAZIONE DEI LAVORI DI MESSA IN '
        'SICUREZZA DELLA STRADA VICINALE "SA ZEPPARA" - CUP D47H24000980004 - CIG '
        'B71C2E9A45.</b>', s['body'])]], colWidths=[20 * mm, 150 * mm],
        style=[('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('LINEABOVE', (0, 0), (-1, 0), 0.5, colors.black),
               ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black)]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('<b>IL RESPONSABILE DELL\'AREA TECNICA</b>', s['cb']))
    for p in [
        'Visto il Decreto del Sindaco n. 6 del 02/01/2025, con il quale è stato conferito '
        'all\'Ing. Marcello Atzori l\'incarico di Responsabile dell\'Area Tecnica;',
        'Richiamata la propria determinazione n. 247 del 04/07/2025, con la quale è stata '
        'indetta la procedura negoziata senza bando, ai sensi dell\'art. 50, comma 1, lett. '
        'd), del D.Lgs. 36/2023, per l\'affidamento dei lavori in oggetto, con il criterio '
        'del minor prezzo;',
        'Visto il verbale di gara del 05/08/2025, generato dalla piattaforma SardegnaCAT, '
        'dal quale risulta la proposta di aggiudicazione in favore dell\'impresa EDIL '
        'MURRU S.R.L., con sede in Marrubiu, che ha offerto il ribasso del 14,37% '
        'sull\'importo a base d\'asta di Euro 214.600,00;',
        'Dato atto che sono state concluse con esito positivo le verifiche sul possesso dei '
        'requisiti dichiarati dall\'aggiudicatario;',
        'Accertata l\'assenza di situazioni di conflitto di interesse ai sensi dell\'art. 16 '
        'del D.Lgs. 36/2023;']:
        st.append(Paragraph(p, s['body']))
    st.append(Paragraph('<b>DETERMINA</b>', s['cb']))
    pts = [
        'Di approvare il verbale di gara del 05/08/2025, allegato al presente atto quale '
        'parte integrante e sostanziale.',
        'Di aggiudicare i lavori di messa in sicurezza della strada vicinale "Sa Zeppara" '
        'all\'impresa EDIL MURRU S.R.L., P.IVA 01187350951, per l\'importo netto di Euro '
        '183.762,02, oltre oneri per la sicurezza pari a Euro 6.200,00 e IVA di legge.',
        'Di rimodulare il quadro economico dell\'opera come da prospetto allegato, dando atto '
        'che le economie di gara restano accantonate nel quadro medesimo.',
        'Di subimpegnare la somma complessiva di Euro 231.753,66 sul capitolo 28120.4 del '
        'bilancio 2025, impegno n. 2025/612.',
        'Di dare atto che il Responsabile Unico del Progetto è il Geom. Giuseppe Pinna.']
    for p in pts:
        st.append(Paragraph(p, s['body']))
    st.append(Spacer(1, 12))
    st.append(Table([['', 'Il Responsabile dell\'Area Tecnica'], ['', 'Ing. Marcello Atzori']],
                    colWidths=[90 * mm, 80 * mm],
                    style=[('ALIGN', (1, 0), (1, -1), 'CENTER'),
                           ('FONT', (0, 0), (-1, -1), 'Times-Roman', 10.5),
                           ('FONT', (1, 1), (1, 1), 'Times-Bold', 10.5)]))
    st.append(Spacer(1, 14))
    st.append(Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b>', s['cb']))
    st.append(Paragraph(
        'Si esprime parere favorevole in ordine alla regolarità contabile e si attesta la '
        'copertura finanziaria della spesa ai sensi dell\'art. 183, comma 7, del D.Lgs. '
        '267/2000. Terralba, 22/08/2025. Il Responsabile dell\'Area Finanziaria - Dott.ssa '
        'Antonella Pia.', s['body']))
    doc.build(st, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------------------
# 10. Ordinanza Sirmione - Italsoft-like (platypus, DejaVu Sans)
# ---------------------------------------------------------------------------
def ordinanza_sirmione():
    fn = os.path.join(OUT, 'ordinanza-sirmione-italsoft.pdf')
    s = styles('DejaVuSans', 'DejaVuSans-Bold', 8.8, 12)
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=14 * mm, bottomMargin=18 * mm,
                            title='Ordinanza sindacale 37/2025')

    def foot(c, d):
        c.saveState()
        c.setFont('DejaVuSans', 6.5)
        c.drawCentredString(105 * mm, 10 * mm, 'Comune di Sirmione - Piazza Virgilio, 52 - '
                            '25019 Sirmione (BS) - Tel. 030 9909100 - '
                            'protocollo@pec.comune.sirmione.bs.it')
        c.restoreState()

    st = []
    st.append(Table([[Paragraph('<font size=6>[stemma]</font>', s['c']),
                      Paragraph('<font name="DejaVuSans-Bold" size=14>COMUNE DI SIRMIONE'
                                '</font><br/><font size=8.5>Provincia di Brescia</font>',
                                s['l'])]],
                    colWidths=[18 * mm, 148 * mm],
                    style=[('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('BOX', (0, 0), (0, 0), 0.4, colors.grey)]))
    st.append(Spacer(1, 8))
    g = Table([[Paragraph('<b>ORDINANZA SINDACALE</b>', s['l']),
                Paragraph('<b>N. 37</b>', s['c']),
                Paragraph('<b>del 30/06/2025</b>', s['c'])],
               [Paragraph('SETTORE ECOLOGIA E AMBIENTE', s['l']),
                Paragraph('Prot. n. 14327', s['c']), '']],
              colWidths=[90 * mm, 36 * mm, 40 * mm])
    g.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                           ('SPAN', (1, 1), (2, 1)),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#efefef'))]))
    st += [g, Spacer(1, 8)]
    st.append(Paragraph('<b>OGGETTO: LIMITAZIONE DELL\'USO DELL\'ACQUA POTABILE PER USI NON '
                        'DOMESTICI NEL PERIODO ESTIVO 2025.</b>', s['body']))
    st.append(Spacer(1, 6))
    st.append(Paragraph('<b>IL SINDACO</b>', s['cb']))
    for p in [
        '<b>PREMESSO</b> che il gestore del servizio idrico integrato, con nota acquisita al '
        'protocollo n. 14102 del 26/06/2025, ha segnalato che il prolungato periodo di '
        'siccità e l\'elevata presenza turistica determinano consumi superiori alla capacità '
        'di approvvigionamento dei serbatoi comunali;',
        '<b>CONSIDERATO</b> che si rende necessario garantire prioritariamente l\'utilizzo '
        'dell\'acqua per usi alimentari, igienici e sanitari, limitando gli usi non '
        'essenziali;',
        '<b>VISTI</b> l\'art. 50, commi 5 e 7, del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. '
        '3 aprile 2006, n. 152 e il vigente Regolamento di Polizia Urbana;']:
        st.append(Paragraph(p, s['body']))
    st.append(Spacer(1, 3))
    st.append(Paragraph('<b>O R D I N A</b>', s['cb']))
    st.append(Paragraph('a tutta la cittadinanza, dal 1° luglio al 31 agosto 2025, nella '
                        'fascia oraria compresa tra le ore 7:00 e le ore 22:00:', s['body']))
    pts = [
        'il divieto di utilizzare l\'acqua della rete idrica pubblica per l\'irrigazione di '
        'orti, giardini e prati;',
        'il divieto di lavaggio di autoveicoli, piazzali e aree cortilizie private;',
        'il divieto di riempimento di piscine private, fontane ornamentali e vasche da '
        'giardino;',
        'la sospensione dell\'uso delle docce sulle spiagge libere non collegate a sistemi di '
        'ricircolo.']
    for i, p in enumerate(pts, 1):
        st.append(Paragraph('%d. %s' % (i, p), s['pt']))
    st.append(Spacer(1, 3))
    st.append(Paragraph('<b>AVVERTE</b>', s['cb']))
    st.append(Paragraph(
        'che la violazione della presente ordinanza comporta l\'applicazione della sanzione '
        'amministrativa pecuniaria da Euro 25,00 a Euro 500,00 ai sensi dell\'art. 7-bis del '
        'D.Lgs. 267/2000.', s['body']))
    st.append(Paragraph('<b>DISPONE</b>', s['cb']))
    st.append(Paragraph(
        'che la presente ordinanza sia pubblicata all\'Albo Pretorio on line e sul sito '
        'istituzionale e trasmessa al Comando di Polizia Locale e alla Stazione dei '
        'Carabinieri di Sirmione, incaricati di vigilare sulla sua osservanza.', s['body']))
    st.append(Paragraph(
        'Contro il presente provvedimento è ammesso ricorso al T.A.R. Lombardia - Sezione di '
        'Brescia entro 60 giorni, oppure ricorso straordinario al Presidente della Repubblica '
        'entro 120 giorni dalla pubblicazione.', s['small']))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Sirmione, 30 giugno 2025', s['l']))
    st.append(Spacer(1, 4))
    st.append(Table([['', 'IL SINDACO'], ['', 'Avv. Luisa Lavelli'],
                     ['', 'firmato digitalmente']], colWidths=[96 * mm, 70 * mm],
                    style=[('ALIGN', (1, 0), (1, -1), 'CENTER'),
                           ('FONT', (1, 0), (1, 0), 'DejaVuSans-Bold', 9),
                           ('FONT', (1, 1), (1, 1), 'DejaVuSans', 9),
                           ('FONT', (1, 2), (1, 2), 'DejaVuSans-Oblique', 6.5)]))
    doc.build(st, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------------------
# 12. Avviso Spilimbergo - house style (canvas, Times core)
# ---------------------------------------------------------------------------
def avviso_spilimbergo():
    fn = os.path.join(OUT, 'avviso-spilimbergo-orti.pdf')

    def footer(c, n):
        c.setFont('Times-Roman', 7.5)
        c.drawCentredString(105 * mm, 11 * mm, 'Avviso pubblico n. 5/2025 - pag. %d' % n)

    w = Writer(fn, size=10.5, lead=13.5, left=24 * mm, right=186 * mm, top=282 * mm,
               bottom=22 * mm, footer=footer)
    c = w.c
    c.setTitle('Avviso pubblico n. 5/2025 - orti urbani')
    c.setFont('Times-Bold', 20)
    c.drawCentredString(105 * mm, 278 * mm, 'COMUNE DI SPILIMBERGO')
    c.setFont('Times-Italic', 10.5)
    c.drawCentredString(105 * mm, 272 * mm, 'Regione Autonoma Friuli Venezia Giulia')
    c.setFont('Times-Roman', 8.5)
    c.drawCentredString(105 * mm, 267.5 * mm, 'Piazzetta Tiepolo, 1 - 33097 Spilimbergo (PN)')
    c.setLineWidth(1.5)
    c.line(24 * mm, 264 * mm, 186 * mm, 264 * mm)
    c.setFont('Times-Bold', 11)
    c.drawString(24 * mm, 257 * mm, 'AREA TECNICA - SERVIZIO PATRIMONIO E AMBIENTE')
    c.setFont('Times-Roman', 9.5)
    c.drawRightString(186 * mm, 257 * mm, 'Prot. n. 4518 del 10/03/2025')
    c.setFont('Times-Bold', 16)
    c.drawCentredString(105 * mm, 244 * mm, 'AVVISO PUBBLICO N. 5/2025')
    w.y = 234 * mm
    w.para('PER L\'ASSEGNAZIONE DI ORTI URBANI COMUNALI IN COMODATO D\'USO GRATUITO - '
           'TRIENNIO 2025/2027', font='Times-Bold', size=12, align='C', after=10)
    w.para('IL RESPONSABILE DELL\'AREA TECNICA', font='Times-Bold', align='C', after=5)
    w.para('in esecuzione della deliberazione della Giunta Comunale n. 29 del 20/02/2025 e '
           'della propria determinazione n. 187 del 07/03/2025, nonché del Regolamento '
           'comunale per la gestione degli orti urbani approvato con deliberazione del '
           'Consiglio Comunale n. 41 del 29/07/2019,', after=6)
    w.para('RENDE NOTO', font='Times-Bold', align='C', after=6)
    w.para('che è indetta una procedura pubblica per l\'assegnazione in comodato d\'uso '
           'gratuito di n. 24 lotti di orto urbano situati nell\'area comunale di via Udine, '
           'per il triennio 2025/2027.', after=8)
    arts = [
        ('Art. 1 - Destinatari', 'Possono presentare domanda i cittadini residenti nel Comune '
         'di Spilimbergo che abbiano compiuto il sessantesimo anno di età, i nuclei familiari '
         'con almeno un figlio minore e le associazioni senza scopo di lucro con sede nel '
         'territorio comunale. Ciascun nucleo familiare può presentare una sola domanda.'),
        ('Art. 2 - Caratteristiche dei lotti', 'Ogni lotto ha una superficie di circa 50 mq ed '
         'è dotato di punto acqua e di ricovero attrezzi comune. Due lotti sono riservati a '
         'persone con disabilità e sono raggiungibili con percorso privo di barriere.'),
        ('Art. 3 - Modalità di presentazione della domanda', 'La domanda, redatta sul modulo '
         'allegato al presente avviso, deve pervenire al protocollo del Comune entro le ore '
         '12:00 del giorno 11 aprile 2025, a mano, a mezzo posta raccomandata o all\'indirizzo '
         'PEC comune.spilimbergo@certgov.fvg.it.'),
        ('Art. 4 - Graduatoria', 'Le domande saranno valutate secondo i criteri di cui '
         'all\'art. 6 del Regolamento. La graduatoria sarà pubblicata all\'Albo Pretorio on '
         'line e avrà validità per l\'intero triennio.'),
        ('Art. 5 - Trattamento dei dati personali', 'I dati forniti saranno trattati ai sensi '
         'del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.'),
        ('Art. 6 - Informazioni', 'Il Responsabile del procedimento è la Dott.ssa Michela '
         'Zannier (tel. 0427 591111). Il presente avviso è pubblicato all\'Albo Pretorio on '
         'line e sul sito istituzionale dell\'Ente fino alla scadenza del termine.')]
    for t, b in arts:
        w.para(t, font='Times-Bold', after=1)
        w.para(b, after=6)
    w.y -= 4
    w.para('Spilimbergo, 10 marzo 2025', align='L', after=10)
    w.need(30)
    c.setFont('Times-Roman', 10.5)
    c.drawCentredString(145 * mm, w.y, 'Il Responsabile dell\'Area Tecnica')
    c.setFont('Times-Bold', 10.5)
    c.drawCentredString(145 * mm, w.y - 14, 'Arch. Denis Martina')
    c.setFont('Times-Italic', 7.5)
    c.drawCentredString(145 * mm, w.y - 25, '(documento firmato digitalmente)')
    w.save()


if __name__ == '__main__':
    giunta_bobbio()
    giunta_licata()
    consiglio_montichiari()
    determina_ceccano()
    determina_terralba()
    ordinanza_sirmione()
    avviso_spilimbergo()
