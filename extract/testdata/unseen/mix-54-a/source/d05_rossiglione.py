# Determinazione of Rossiglione (GE): every glyph positioned on its own (Tm per glyph), justified lines,
# letter-spaced headings (Tc), a rotated Albo stamp along the left margin. reportlab canvas.
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import mm
reg()
W, H = A4
L, R = 28*mm, W - 20*mm
c = canvas.Canvas(os.path.join(OUT, 'determina-rossiglione-jiride.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 102/2026'); c.setAuthor('Comune di Rossiglione'); c.setCreator('J-Iride Atti Amministrativi')
y = H - 20*mm
page = [1]
def glyphs(x, y, s, font, size, extra=0.0, space_extra=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, y); t.textOut(ch)
        x += stringWidth(ch, font, size) + extra + (space_extra if ch == ' ' else 0)
    c.drawText(t)
    return x
def spaced(s, font, size, y, cs):
    # a letter-spaced heading set with Tc, centred
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs); t.setTextOrigin((L + R - w) / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def stamp():
    c.saveState(); c.translate(12*mm, 60*mm); c.rotate(90)
    c.setStrokeColorRGB(0.2, 0.2, 0.6); c.setFillColorRGB(0.2, 0.2, 0.6)
    c.rect(-2*mm, -3*mm, 178*mm, 10*mm, stroke=1, fill=0)
    c.setFont('LSans', 7.5)
    c.drawString(0, 3.2*mm, 'COMUNE DI ROSSIGLIONE – ALBO PRETORIO ON LINE – Reg. pubbl. n. 311')
    c.drawString(0, -0.6*mm, 'Pubblicata dal 12/03/2026 al 27/03/2026 – L\'incaricato della pubblicazione')
    c.restoreState()
def newpage():
    global y
    c.setFont('LSans', 7.5)
    c.drawCentredString(W/2, 12*mm, 'Determinazione Area Tecnica n. 102 del 11/03/2026 – pag. %d' % page[0])
    c.showPage(); page[0] += 1; y = H - 20*mm; stamp()
def para(text, font='LSerif', size=11, lead=14.5, indent=0, just=True, first=0):
    global y
    words = text.split(' '); lines = []; cur = []
    width = R - L - indent
    for w in words:
        test = ' '.join(cur + [w])
        if stringWidth(test, font, size) + (first if not lines else 0) > width and cur:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y < 25*mm: newpage()
        s = ' '.join(ln); x0 = L + indent + (first if i == 0 else 0)
        gaps = s.count(' ')
        extra = (R - x0 - stringWidth(s, font, size)) / gaps if (just and gaps and i < len(lines) - 1) else 0
        glyphs(x0, y, s, font, size, 0.0, extra)
        y -= lead
    y -= 4
stamp()
c.setFont('LSerif-B', 15); c.drawCentredString(W/2, y, 'COMUNE DI ROSSIGLIONE'); y -= 15
c.setFont('LSerif', 10); c.drawCentredString(W/2, y, 'Città Metropolitana di Genova'); y -= 11
c.setFont('LSerif', 8); c.drawCentredString(W/2, y, 'Piazza Matteotti, 4 – 16010 Rossiglione (GE) – PEC: protocollo@pec.comune.rossiglione.ge.it'); y -= 6
c.setLineWidth(0.7); c.line(L, y, R, y); y -= 22
spaced('AREA TECNICA', 'LSans-B', 12, y, 4.0); y -= 16
c.setFont('LSans', 10); c.drawCentredString(W/2, y, 'Servizio Urbanistica ed Edilizia Privata'); y -= 26
spaced('DETERMINAZIONE', 'LSans-B', 14, y, 6.5); y -= 20
glyphs(L + 38*mm, y, 'N. 102 DEL 11/03/2026 (N. 37 di Area)', 'LSans-B', 11); y -= 26
c.setFont('LSans-B', 10.5); c.drawString(L, y, 'OGGETTO:')
y0 = y
# subject set glyph by glyph in a hanging indent
subj = 'Liquidazione dei contributi per l\'eliminazione e il superamento delle barriere architettoniche negli edifici privati ai sensi della Legge 9 gennaio 1989, n. 13 – fabbisogno annualità 2025.'
L0 = L; L = L + 22*mm
para(subj, font='LSans-B', size=10.5, lead=13.5)
L = L0; y -= 8
spaced('IL RESPONSABILE DELL\'AREA TECNICA', 'LSerif-B', 11, y, 1.6); y -= 20
for t in ['Richiamato il decreto del Sindaco n. 5 del 02/01/2026 con il quale al sottoscritto sono state attribuite le funzioni di responsabile dell\'Area Tecnica ai sensi dell\'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;',
          'Vista la nota della Regione Liguria – Settore Politiche abitative ed edilizia, pervenuta al protocollo comunale al n. 1486 del 20/02/2026, con la quale è stata comunicata l\'assegnazione al Comune di Rossiglione della somma di euro 11.840,00 a copertura del fabbisogno dell\'annualità 2025;',
          'Dato atto che le domande ammesse a contributo, istruite dal Servizio Urbanistica ed Edilizia Privata, sono n. 3 e che per ciascuna è stata presentata la documentazione comprovante l\'esecuzione dei lavori e la spesa sostenuta;',
          'Accertata la regolarità della documentazione e ritenuto pertanto di procedere alla liquidazione dei contributi spettanti;',
          'Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento di contabilità;']:
    para(t, first=10*mm)
y -= 4
spaced('DETERMINA', 'LSerif-B', 12, y, 5.0); y -= 22
for i, t in enumerate(['di liquidare ai beneficiari indicati nel prospetto conservato agli atti d\'ufficio, nel rispetto della normativa sulla protezione dei dati personali, i contributi di cui alla Legge 9 gennaio 1989, n. 13, per l\'importo complessivo di euro 11.840,00;',
                       'di imputare la spesa al capitolo 2780 "Contributi L. 13/89 barriere architettoniche" del bilancio 2026, ove la somma trova copertura nel corrispondente accertamento di entrata n. 94/2026;',
                       'di trasmettere il presente provvedimento al Servizio Finanziario per l\'emissione dei relativi mandati di pagamento e di disporne la pubblicazione all\'Albo pretorio on line.'], 1):
    glyphs(L + 2*mm, y, '%d.' % i, 'LSerif', 11)
    L0 = L; L = L + 9*mm; para(t); L = L0
y -= 10
if y < 50*mm: newpage()
c.setFont('LSerif', 10.5)
c.drawString(L, y, 'Rossiglione, 11/03/2026')
c.drawCentredString(R - 40*mm, y, 'IL RESPONSABILE DELL\'AREA TECNICA'); y -= 14
c.drawCentredString(R - 40*mm, y, 'Geom. Fabio Ottonello'); y -= 12
c.setFont('LSerif-I', 8.5); c.drawCentredString(R - 40*mm, y, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)')
y -= 30
c.setFont('LSans-B', 9); c.drawString(L, y, 'VISTO DI REGOLARITÀ CONTABILE'); y -= 13
para('Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000. Rossiglione, 11/03/2026 – Il Responsabile dell\'Area Finanziaria, Rag. Marina Piana.', font='LSans', size=9, lead=11.5)
c.setFont('LSans', 7.5)
c.drawCentredString(W/2, 12*mm, 'Determinazione Area Tecnica n. 102 del 11/03/2026 – pag. %d' % page[0])
c.save()
