# Determinazione - Citta' di Desio (J-Iride-like layout)
# reportlab: letterhead and running foot drawn once as Form XObjects and reused
# on every page; letter-spaced headings with Tc (char spacing); justified body
# with Tw (word spacing) from platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
W, H = A4
pdfmetrics.registerFont(TTFont('LibSans', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSansB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LibSansI', '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf'))
pdfmetrics.registerFontFamily('LibSans', normal='LibSans', bold='LibSansB', italic='LibSansI', boldItalic='LibSansB')
L, R = 62, W - 56


def spaced(c, x, y, text, font, size, tc, center_w=None):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center_w is not None:
        x = x + (center_w - w) / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.textOut(text)
    c.drawText(t)


def make_forms(c):
    c.beginForm('letterhead')
    c.setFillColor(colors.HexColor('#1d3f73'))
    c.rect(L, H - 92, 46, 56, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('LibSansB', 7)
    c.drawCentredString(L + 23, H - 67, 'DESIO')
    c.setFillColor(colors.HexColor('#1d3f73'))
    spaced(c, L + 60, H - 56, 'CITTÀ DI DESIO', 'LibSansB', 17, 3.2)
    c.setFillColor(colors.black)
    spaced(c, L + 60, H - 72, 'Provincia di Monza e della Brianza', 'LibSans', 9.5, 0.6)
    c.setFont('LibSans', 7.5)
    c.drawString(L + 60, H - 85, 'Piazza Giovanni Paolo II – 20832 Desio (MB) – www.comune.desio.mb.it')
    c.setStrokeColor(colors.HexColor('#1d3f73')); c.setLineWidth(1.2)
    c.line(L, H - 100, R, H - 100)
    c.endForm()
    c.beginForm('footer')
    c.setStrokeColor(colors.grey); c.setLineWidth(0.4)
    c.line(L, 46, R, 46)
    c.setFont('LibSansI', 7)
    c.setFillColor(colors.grey)
    c.drawString(L, 36, 'Determinazione n. 301 del 17/04/2026 – Area Servizi alla Persona')
    c.drawString(L, 27, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005; la riproduzione cartacea costituisce copia.')
    c.endForm()


state = {'forms': False}


def on_page(c, doc):
    if not state['forms']:
        make_forms(c); state['forms'] = True
    c.doForm('letterhead')
    c.doForm('footer')
    c.setFont('LibSans', 7); c.setFillColor(colors.grey)
    c.drawRightString(R, 36, f'Pagina {doc.page}')
    c.setFillColor(colors.black)


class SpacedHeading(Paragraph):
    pass


from reportlab.platypus import Flowable


class Spaced(Flowable):
    def __init__(self, text, font, size, tc, h=None):
        super().__init__(); self.text, self.font, self.size, self.tc = text, font, size, tc
        self.h = h or size * 1.6

    def wrap(self, aw, ah):
        self.aw = aw; return aw, self.h

    def draw(self):
        spaced(self.canv, 0, self.h - self.size, self.text, self.font, self.size, self.tc, center_w=self.aw)


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=L, rightMargin=W - R, topMargin=112, bottomMargin=60,
                      title='Determinazione 301/2026', author='Comune di Desio', creator='J-Iride Atti Amministrativi',
                      pageCompression=1)
fr = Frame(L, 60, R - L, H - 60 - 112, id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=on_page)])

body = ParagraphStyle('b', fontName='LibSans', fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5)
lab = ParagraphStyle('l', fontName='LibSans', fontSize=9, leading=11.5)
labB = ParagraphStyle('lb', parent=lab, fontName='LibSansB')
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LibSansB', spaceBefore=6, spaceAfter=6)
ogg = ParagraphStyle('o', parent=body, fontName='LibSansB', fontSize=10.5, leading=14)
pt = ParagraphStyle('p', parent=body, leftIndent=20, bulletIndent=4)
sig = ParagraphStyle('s', parent=body, alignment=TA_CENTER, leftIndent=230, spaceAfter=1)

S = []
S.append(Spaced('AREA SERVIZI ALLA PERSONA', 'LibSansB', 10.5, 1.8, h=16))
S.append(Paragraph('Servizio Istruzione', ParagraphStyle('so', parent=lab, alignment=TA_CENTER, fontSize=9.5)))
S.append(Spacer(1, 8))
S.append(Spaced('DETERMINAZIONE', 'LibSansB', 14, 5.5, h=22))
tb = Table([[Paragraph('N. Registro Generale', lab), Paragraph('<b>301</b>', lab), Paragraph('Data', lab), Paragraph('<b>17/04/2026</b>', lab)],
            [Paragraph('N. Registro di Settore', lab), Paragraph('<b>44</b>', lab), Paragraph('Proposta n.', lab), Paragraph('<b>412 del 09/04/2026</b>', lab)]],
           colWidths=[120, 80, 80, 197])
tb.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.7, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.grey),
                        ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8edf5')),
                        ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#e8edf5'))]))
S.append(tb)
S.append(Spacer(1, 10))
ot = Table([[Paragraph('OGGETTO:', labB), Paragraph('Approvazione graduatoria definitiva per l’assegnazione delle borse di studio comunali '
                                                 '“Premio al merito scolastico” a.s. 2024/2025 e impegno di spesa di euro 12.600,00.', ogg)]],
           colWidths=[62, 415])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.black),
                        ('LINEABOVE', (0, 0), (-1, -1), 0.5, colors.black)]))
S.append(ot)
S.append(Spacer(1, 6))
S.append(Spaced('IL DIRIGENTE', 'LibSansB', 10.5, 2.5, h=18))
for t in [
    'Visto il decreto sindacale n. 9 del 30/12/2025, con il quale è stato conferito alla sottoscritta l’incarico di direzione '
    'dell’Area Servizi alla Persona fino al 31/12/2026;',
    'Richiamate la deliberazione del Consiglio Comunale n. 71 del 19/12/2025, di approvazione del Documento Unico di '
    'Programmazione e del bilancio di previsione 2026-2028, e la deliberazione della Giunta Comunale n. 2 del 13/01/2026, '
    'di approvazione del Piano Esecutivo di Gestione;',
    'Visto il Regolamento comunale per l’erogazione di borse di studio agli studenti meritevoli, approvato con deliberazione '
    'del Consiglio Comunale n. 44 del 27/06/2022, che prevede l’assegnazione di premi agli studenti residenti che abbiano '
    'conseguito i migliori risultati scolastici;',
    'Richiamata la propria determinazione n. 118 del 20/02/2026, con la quale è stato approvato il bando per l’anno '
    'scolastico 2024/2025, pubblicato dal 23/02/2026 al 27/03/2026;',
    'Dato atto che entro il termine sono pervenute n. 71 domande e che la commissione nominata con determinazione n. 243 '
    'del 31/03/2026 ha concluso i lavori in data 08/04/2026, formulando la graduatoria provvisoria, pubblicata per dieci '
    'giorni senza che siano pervenute osservazioni;',
    'Ritenuto di approvare la graduatoria definitiva e di assegnare n. 42 borse di studio così suddivise: n. 18 borse da '
    'euro 200,00 per la scuola secondaria di primo grado, n. 16 borse da euro 350,00 per la scuola secondaria di secondo '
    'grado e n. 8 borse da euro 425,00 per i diplomati con votazione di 100/100;',
    'Accertata la disponibilità sul capitolo 4520.01 “Borse di studio e premi a studenti meritevoli” del bilancio 2026;',
    'Visti gli artt. 107 e 183 del D.Lgs. 18 agosto 2000, n. 267 e il principio contabile applicato della contabilità '
    'finanziaria (all. 4/2 al D.Lgs. n. 118/2011);',
]:
    S.append(Paragraph(t, body))
S.append(Spaced('DETERMINA', 'LibSansB', 11, 4, h=20))
for i, t in enumerate([
    'di approvare la graduatoria definitiva per l’assegnazione delle borse di studio “Premio al merito scolastico” '
    'a.s. 2024/2025, allegata al presente atto quale parte integrante e sostanziale, redatta in forma anonimizzata '
    'mediante il numero di protocollo della domanda;',
    'di impegnare la spesa complessiva di euro 12.600,00 al capitolo 4520.01 “Borse di studio e premi a studenti '
    'meritevoli” – Missione 04, Programma 07 – del bilancio 2026, esigibilità 2026;',
    'di dare atto che la consegna dei premi avverrà nel corso di una cerimonia pubblica presso l’Auditorium comunale '
    'e che la liquidazione sarà disposta con successivo provvedimento;',
    'di attestare, ai sensi dell’art. 6-bis della L. n. 241/1990, l’assenza di situazioni di conflitto di interessi.',
], 1):
    S.append(Paragraph(t, pt, bulletText=f'{i}.'))
S.append(Spacer(1, 14))
S.append(KeepTogether([Paragraph('IL DIRIGENTE', sig), Paragraph('dott.ssa Chiara Brambilla', sig),
                       Paragraph('<i>(firmato digitalmente)</i>', ParagraphStyle('x', parent=sig, fontSize=8))]))
S.append(Spacer(1, 18))
vt = Table([[Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE</b> – Si attesta la copertura finanziaria della spesa (art. 183, '
                       'comma 7, D.Lgs. 267/2000). Impegno n. 1093/2026. Desio, 17/04/2026 – Il Dirigente dell’Area '
                       'Economico-Finanziaria, dott. Marco Galbiati', lab)]], colWidths=[477])
vt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
S.append(vt)
doc.build(S)
