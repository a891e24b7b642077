# D10 Comune (Friuli-Venezia Giulia), Giunta deliberation (Insiel-like print), ReportLab canvas: each line is ONE text
# object in which every glyph is placed by its own Tm (text matrix) and no space character is drawn (word gaps and
# justification are only positions); a rotated Albo stamp along the right margin; bilingual Italian/Friulian letterhead
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
fonts(); W, H = A4; X = 62; TW = W - X - 78
c = canvas.Canvas(os.path.join(OUT, 'deliberazione-manzano-insiel.pdf'), pagesize=A4)
c.setTitle('Delibera della Giunta comunale n. 63 del 07/05/2026'); c.setCreator('ADWeb Atti - stampa documento')
def line(text, x, y, f='Serif', s=10.5, gap=0.0):
    t = c.beginText(); t.setFont(f, s)
    for ch in text:
        w = stringWidth(ch, f, s)
        if ch == ' ': x += w + gap; continue
        t.setTextOrigin(x, y); t.textOut(ch); x += w
    c.drawText(t)
def C(text, y, f='Serif', s=10.5): line(text, X + TW / 2 - stringWidth(text, f, s) / 2, y, f, s)
def Rt(text, xr, y, f='Serif', s=10.5): line(text, xr - stringWidth(text, f, s), y, f, s)
def par(text, y, f='Serif', s=10.5, lead=14, x=None, width=None, indent=0):
    x = X if x is None else x; width = TW if width is None else width
    ls = wrap(text, f, s, width, first=width - indent)
    for i, ln in enumerate(ls):
        xx = x + (indent if i == 0 else 0); w = width - (indent if i == 0 else 0); n = ln.count(' ')
        g = (w - stringWidth(ln, f, s)) / n if (i < len(ls) - 1 and n) else 0
        line(ln, xx, y, f, s, g); y -= lead
    return y
def stamp():
    c.saveState(); c.translate(W - 30, 120); c.rotate(90); c.setFillColorRGB(0.55, 0.1, 0.1); c.setStrokeColorRGB(0.55, 0.1, 0.1)
    c.setLineWidth(0.7); c.rect(-4, -6, 600, 24)
    c.setFont('Sans-B', 7.5); c.drawString(2, 8, 'COMUNE DI MANZANO – ALBO PRETORIO ON LINE – Pubblicazione n. 512/2026')
    c.setFont('Sans', 7.5); c.drawString(2, -1, 'Affissa dal 11/05/2026 al 26/05/2026 – ai sensi dell’art. 1, comma 15, L.R. 11 dicembre 2003, n. 21 – L’impiegato responsabile')
    c.restoreState()
def foot(n):
    c.setFillGray(0.35); line('Comune di Manzano – Deliberazione della Giunta comunale n. 63 del 07/05/2026', X, 30, 'Sans', 7.5)
    Rt('Pagina %d di 2' % n, X + TW, 30, 'Sans', 7.5); c.setFillGray(0)
stamp()
c.setFillColorRGB(0.85, 0.85, 0.85); c.circle(X + 24, H - 78, 22, fill=1, stroke=0); c.setFillGray(0)
line('COMUNE DI MANZANO', X + 58, H - 72, 'Sans-B', 16); line('COMUN DI MANZAN', X + 58, H - 88, 'Sans', 11)
line('Regione Autonoma Friuli Venezia Giulia', X + 58, H - 101, 'Sans', 8.5)
c.setLineWidth(1); c.line(X, H - 110, X + TW, H - 110)
y = H - 134
C('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', y, 'Serif-B', 12.5); y -= 24
c.setLineWidth(0.6); c.rect(X, y - 7, TW, 20)
line('N. 63', X + 8, y, 'Serif-B', 11); C('del 07/05/2026', y, 'Serif-B', 11); Rt('COPIA', X + TW - 8, y, 'Serif-B', 11); y -= 32
line('OGGETTO:', X, y, 'Serif-B', 10.5)
subj = 'Lavori di efficientamento energetico della scuola primaria «Ippolito Nievo» di Manzano – CUP E37G25000310004 – Approvazione del progetto esecutivo.'
y = par(subj, y, 'Serif-B', 10.5, 13.5, x=X + 60, width=TW - 60) - 10
y = par('L’anno 2026, il giorno 07 del mese di maggio, alle ore 18:30, nella sala della Giunta del Palazzo municipale, in seguito a regolare convocazione, si è riunita la Giunta comunale. Risultano:', y) - 6
rows = [('FURLAN LORENZO', 'Sindaco', True), ('BRAIDOTTI SARA', 'Vicesindaco', True), ('CUDICIO MARCO', 'Assessore', True),
        ('DEGANO ILARIA', 'Assessore', False), ('PITTIA GABRIELE', 'Assessore', True), ('SBUELZ ELENA', 'Assessore esterno', True)]
cols = [X + 8, X + 190, X + 330, X + 395]; top = y + 12
line('Nominativo', cols[0], y, 'Serif-B', 10); line('Carica', cols[1], y, 'Serif-B', 10); line('Presente', cols[2], y, 'Serif-B', 10); line('Assente', cols[3], y, 'Serif-B', 10); y -= 15
for n, r, p in rows:
    line(n, cols[0], y, 'Serif', 10); line(r, cols[1], y, 'Serif', 10); line('X', (cols[2] + 18) if p else (cols[3] + 16), y, 'Serif', 10); y -= 14
c.setLineWidth(0.5); c.rect(X, y + 9, TW, top - y - 9); c.line(X, top - 15, X + TW, top - 15)
for cx in cols[1:]: c.line(cx - 8, y + 9, cx - 8, top)
line('Presenti n. 5 – Assenti n. 1', cols[1], y - 2, 'Serif-I', 10); y -= 24
y = par('Presiede il Sindaco Lorenzo Furlan. Partecipa il Segretario comunale dott. Andrea Tomasetig. Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull’oggetto sopra indicato.', y) - 8
C('LA GIUNTA COMUNALE', y, 'Serif-B', 11); y -= 18
prem = ['PREMESSO che con deliberazione della Giunta comunale n. 141 del 27/11/2025 è stato approvato il progetto di fattibilità tecnico-economica dei lavori di efficientamento energetico della scuola primaria «Ippolito Nievo», dell’importo complessivo di € 680.000,00, finanziato con contributo regionale ai sensi della L.R. 6 agosto 2025, n. 12;',
        'VISTO il progetto esecutivo redatto dallo Studio Associato Termotecnica Friulana di Udine, acquisito al protocollo n. 6120 del 23/04/2026, e il relativo rapporto di verifica ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36;']
for s in prem: y = par(s, y) - 5
prem = ['DATO ATTO che il progetto è stato validato dal Responsabile unico del progetto, ing. Paola Comelli, con verbale del 30/04/2026;',
        'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;',
        'CON voti unanimi, espressi nelle forme di legge,']
for s in prem: y = par(s, y) - 5
foot(1); c.showPage()
y = H - 70
C('D E L I B E R A', y, 'Serif-B', 11.5); y -= 20
pts = ['di approvare il progetto esecutivo dei lavori di efficientamento energetico della scuola primaria «Ippolito Nievo», dell’importo complessivo di € 680.000,00, di cui € 512.400,00 per lavori e oneri della sicurezza;',
       'di dare atto che la spesa trova copertura al capitolo 2480/10 del bilancio di previsione 2026-2028, esercizio 2026;',
       'di demandare al Responsabile del Servizio Lavori Pubblici l’avvio della procedura di affidamento dei lavori;',
       'di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell’art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante la scadenza del termine di aggiudicazione fissato dal decreto di concessione del contributo.']
for i, s in enumerate(pts, 1):
    line('%d.' % i, X, y); y = par(s, y, x=X + 18, width=TW - 18) - 4
y -= 14; line('Letto, confermato e sottoscritto.', X, y); y -= 26
line('IL PRESIDENTE', X + 40, y, 'Serif-B', 10.5); line('IL SEGRETARIO COMUNALE', X + 270, y, 'Serif-B', 10.5); y -= 14
line('f.to Lorenzo Furlan', X + 36, y); line('f.to dott. Andrea Tomasetig', X + 266, y); y -= 40
C('ATTESTATO DI ESECUTIVITÀ', y, 'Serif-B', 10.5); y -= 16
y = par('La presente deliberazione è divenuta esecutiva il giorno 07/05/2026, poiché dichiarata immediatamente eseguibile (art. 1, comma 19, L.R. 21/2003).', y, 'Serif', 10) - 20
line('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005.', X, y, 'Serif-I', 9)
foot(2); c.showPage(); c.save()
