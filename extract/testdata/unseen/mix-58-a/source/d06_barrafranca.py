# Comune di Barrafranca - determinazione with an awkward text layer:
# glyphs placed one by one (subject, names), Tw-justified body lines, Tc letter-spaced heading,
# rotated Albo stamp along the left margin. reportlab canvas, low level. "Saga"-like layout.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]
W, H = A4
LM, RM = 70, W - 60
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Determinazione 214/2026'); c.setAuthor('Settore III'); c.setCreator('Saga SIA - Atti Amministrativi')
y = [H - 60]

def glyphs(text, x, yy, font, size, extra=0.0):
    """each glyph in its own BT/ET with absolute position"""
    for ch in text:
        if ch != ' ':
            c.setFont(font, size); c.drawString(x, yy, ch)
        x += stringWidth(ch, font, size) + extra
    return x

def glyph_par(text, font, size, lead, width=RM-LM, x0=LM):
    for line in simpleSplit(text, font, size, width):
        glyphs(line, x0, y[0], font, size); y[0] -= lead

def justified(text, font='Times-Roman', size=11, lead=14, indent=0, first=None):
    lines = simpleSplit(text, font, size, RM - LM - indent)
    for i, line in enumerate(lines):
        t = c.beginText(LM + indent, y[0]); t.setFont(font, size)
        nsp = line.count(' ')
        ws = 0
        if i < len(lines) - 1 and nsp:
            ws = (RM - LM - indent - stringWidth(line, font, size)) / nsp
        t.setWordSpace(ws)
        t.textLine(line)
        if ws: t.setWordSpace(0)
        c.drawText(t); y[0] -= lead

def spaced(text, font, size, tc, yy):
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t = c.beginText((W - w) / 2 + 5, yy); t.setFont(font, size); t.setCharSpace(tc); t.textLine(text); t.setCharSpace(0); c.drawText(t)

# letterhead
c.setLineWidth(1.2); c.circle(LM + 18, H - 62, 18); c.setFont('Times-Bold', 9); c.drawCentredString(LM + 18, H - 65, 'B')
spaced('COMUNE DI BARRAFRANCA', 'Times-Bold', 16, 3.0, H - 58)
c.setFont('Times-Italic', 10); c.drawCentredString(W / 2 + 5, H - 72, 'Libero Consorzio Comunale di Enna')
c.setFont('Times-Roman', 8); c.drawCentredString(W / 2 + 5, H - 83, 'Piazza Fratelli Messina, 1 - 94012 Barrafranca (EN) - C.F. 80000990863 - protocollo@pec.comune.barrafranca.example.it')
c.setLineWidth(0.6); c.line(LM, H - 90, RM, H - 90)
spaced('SETTORE III - SERVIZI FINANZIARI E TRIBUTI', 'Helvetica-Bold', 10.5, 1.2, H - 108)
c.setFont('Helvetica', 9.5); c.drawCentredString(W / 2 + 5, H - 121, 'Servizio Tributi')
spaced('DETERMINAZIONE DIRIGENZIALE', 'Helvetica-Bold', 12, 4.5, H - 146)
# register box
c.rect(LM, H - 196, RM - LM, 38)
c.setFont('Helvetica', 9.5)
c.drawString(LM + 8, H - 173, 'Registro Generale n. 214 del 16/03/2026')
c.drawString(LM + 8, H - 188, 'Registro del Settore n. 38 del 13/03/2026')
c.drawRightString(RM - 8, H - 173, 'Proposta n. 52 del 12/03/2026')
y[0] = H - 218
c.setFont('Helvetica-Bold', 10); c.drawString(LM, y[0], 'Oggetto:')
y[0] -= 14
glyph_par("Rimborso alla contribuente R.M. di somme indebitamente versate a titolo di IMU per le annualità 2021, 2022 e 2023 - Impegno e liquidazione della spesa.",
          'Helvetica-Bold', 10.5, 14)
y[0] -= 8
c.setFont('Times-Bold', 11); c.drawCentredString(W / 2, y[0], 'IL RESPONSABILE DEL SETTORE'); y[0] -= 18
for ptxt in [
 "Premesso che con istanza acquisita al protocollo generale dell'Ente al n. 3318 del 04/02/2026 la contribuente R.M., identificata negli atti d'ufficio, ha chiesto il rimborso delle somme versate a titolo di imposta municipale propria per le annualità 2021, 2022 e 2023 relativamente a un immobile assegnato in sede di separazione al coniuge;",
 "Verificato, sulla base della documentazione prodotta e delle risultanze della banca dati catastale, che i versamenti effettuati risultano non dovuti per un importo complessivo di euro 1.734,00, oltre interessi legali calcolati ai sensi dell'art. 1, comma 165, della legge 27 dicembre 2006, n. 296, pari a euro 96,42;",
 "Visti il regolamento comunale per la disciplina dell'IMU approvato con deliberazione del Consiglio comunale n. 27 del 29/07/2020, il bilancio di previsione 2026/2028 e il vigente ordinamento degli enti locali nella Regione Siciliana;",
 "Attestata la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000 e l'assenza di conflitti di interesse;"]:
    justified(ptxt); y[0] -= 4
y[0] -= 4
c.setFont('Times-Bold', 11); c.drawCentredString(W / 2, y[0], 'D E T E R M I N A'); y[0] -= 18
for i, ptxt in enumerate([
 "di disporre il rimborso in favore della contribuente R.M. della somma di euro 1.830,42, di cui euro 1.734,00 per imposta ed euro 96,42 per interessi;",
 "di impegnare e liquidare la spesa sul capitolo 1010/5 \"Rimborsi di imposte e tasse\" del bilancio 2026, con accredito sul conto corrente indicato nell'istanza;",
 "di trasmettere il presente provvedimento al Settore II - Servizio Ragioneria per l'emissione del mandato di pagamento."], 1):
    c.setFont('Times-Roman', 11); c.drawString(LM, y[0], '%d.' % i)
    justified(ptxt, indent=16); y[0] -= 3
y[0] -= 14
c.setFont('Times-Roman', 10.5); c.drawString(LM, y[0], 'Barrafranca, 16/03/2026')
c.drawCentredString(RM - 110, y[0], 'Il Responsabile del Settore III'); y[0] -= 14
glyphs('Dott. Salvatore Bonincontro', RM - 110 - stringWidth('Dott. Salvatore Bonincontro', 'Times-Italic', 10.5) / 2, y[0], 'Times-Italic', 10.5)
y[0] -= 12
c.setFont('Times-Italic', 7.5); c.drawCentredString(RM - 110, y[0], '(firma digitale ai sensi dell\'art. 21 del D.Lgs. 82/2005)')
# rotated Albo stamp along the left margin
c.saveState(); c.translate(36, 160); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -6, 560, 20)
c.setFont('Helvetica-Bold', 8)
c.drawString(2, 0, "ALBO PRETORIO ON LINE - Pubblicata dal 17/03/2026 al 01/04/2026 - Reg. Pubbl. n. 611 - Comune di Barrafranca")
c.restoreState()
c.setFont('Helvetica', 7); c.drawCentredString(W / 2, 30, 'Determinazione Reg. Gen. n. 214 del 16/03/2026 - pag. 1 di 1')
c.showPage(); c.save()
