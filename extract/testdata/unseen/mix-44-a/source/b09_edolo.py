# Comune di Edolo (BS) - certificate of publication: a pre-printed form whose blanks of underscores
# were filled in by typing (values in Courier bold, the rest of each blank left as underscores).
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from common import save_key, out

FN = 'attestazione-edolo-halley.pdf'
SUBJ = "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO PER LA GESTIONE DELL'UFFICIO INFORMAZIONI E ACCOGLIENZA TURISTICA - ANNO 2026"
W, H = A4
c = canvas.Canvas(out(FN), pagesize=A4)
c.setTitle('Certificato di pubblicazione'); c.setCreator('Halley - Modulistica')
F, FB, V = 'Times-Roman', 'Times-Bold', 'Courier-Bold'
L, R = 25*mm, W - 22*mm
def line(y, parts):
    """parts: list of (text, kind) kind in 'f' (form), 'v' (typed value), 'u' (blank: fill with underscores up to x or width)"""
    x = L
    for t, k in parts:
        if k == 'f':
            c.setFont(F, 11.5); c.drawString(x, y, t); x += c.stringWidth(t, F, 11.5)
        elif k == 'v':
            c.setFont(V, 10.5); c.drawString(x, y, t); x += c.stringWidth(t, V, 10.5)
        elif k == 'u':
            end = R if t == '' else L + float(t)
            c.setFont(F, 11.5); n = int((end - x) / c.stringWidth('_', F, 11.5))
            if n > 0: c.drawString(x, y, '_' * n); x += c.stringWidth('_' * n, F, 11.5)
    return x
# letterhead
c.setFont(FB, 16); c.drawCentredString(W/2, H - 25*mm, 'COMUNE DI EDOLO')
c.setFont(F, 11); c.drawCentredString(W/2, H - 31*mm, 'Provincia di Brescia')
c.setFont(F, 8.5); c.drawCentredString(W/2, H - 36*mm, 'Piazza Martiri della Libertà, 2 – 25048 Edolo (BS) – Tel. 0364 71065 – protocollo@pec.comune.edolo.bs.it')
c.line(L, H - 39*mm, R, H - 39*mm)
c.setFont(FB, 14); c.drawCentredString(W/2, H - 52*mm, 'CERTIFICATO DI PUBBLICAZIONE')
c.setFont(F, 10); c.drawCentredString(W/2, H - 57.5*mm, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)')
y = H - 72*mm
line(y, [('Il sottoscritto Segretario Comunale, visti gli atti d\'ufficio,', 'f')]); y -= 10*mm
c.setFont(FB, 12); c.drawCentredString(W/2, y, 'A T T E S T A'); y -= 10*mm
line(y, [('che la deliberazione della  ', 'f'), ('[X]', 'v'), (' Giunta Comunale   ', 'f'), ('[ ]', 'v'), (' Consiglio Comunale', 'f')]); y -= 8*mm
line(y, [('n. ', 'f'), ('38', 'v'), ('40', 'u'), (' del ', 'f'), ('09/03/2026', 'v'), ('110', 'u')]); y -= 8*mm
# subject typed across the blank lines; only the last line keeps trailing underscores
import textwrap
lab = 'avente ad oggetto: '
c.setFont(F, 11.5); lw = c.stringWidth(lab, F, 11.5)
cw = c.stringWidth('M', V, 10.5)
first_chars = int((R - L - lw) / cw); other_chars = int((R - L) / cw)
words = SUBJ.split(); lines = []; cur = ''
limit = first_chars
for w in words:
    if len(cur) + len(w) + (1 if cur else 0) > limit:
        lines.append(cur); cur = w; limit = other_chars
    else:
        cur = (cur + ' ' + w) if cur else w
lines.append(cur)
for i, t in enumerate(lines):
    parts = ([(lab, 'f')] if i == 0 else []) + [(t, 'v')] + ([('', 'u')] if i == len(lines) - 1 else [])
    line(y, parts); y -= 7*mm
y -= 2*mm
line(y, [('è stata pubblicata all\'Albo Pretorio on line di questo Comune il giorno ', 'f'), ('13/03/2026', 'v'), ('', 'u')]); y -= 7*mm
line(y, [('e vi rimarrà per quindici giorni consecutivi, fino al ', 'f'), ('28/03/2026', 'v'), ('118', 'u'), (' (Reg. pubbl. n. ', 'f'), ('188', 'v'), ('', 'u')]); c.setFont(F, 11.5); c.drawString(R + 1, y, ')'); y -= 10*mm
line(y, [('[X]', 'v'), (' è stata trasmessa ai Capigruppo consiliari con nota prot. n. ', 'f'), ('1744', 'v'), ('137', 'u'), (' del ', 'f'), ('13/03/2026', 'v'), ('', 'u')]); y -= 6*mm
line(y, [('      (art. 125 del D.Lgs. 267/2000).', 'f')]); y -= 12*mm
line(y, [('Edolo, lì ', 'f'), ('13/03/2026', 'v'), ('60', 'u')])
c.setFont(F, 11.5); c.drawCentredString(W - 62*mm, y, 'IL SEGRETARIO COMUNALE'); y -= 7*mm
c.setFont(V, 10.5); c.drawCentredString(W - 62*mm, y, 'Dott. Giovanni Bertoletti')
c.setFont(F, 8); c.drawCentredString(W - 62*mm, y - 5*mm, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
y -= 20*mm
c.setDash(3, 2); c.line(L, y, R, y); c.setDash()
y -= 10*mm
c.setFont(FB, 12.5); c.drawCentredString(W/2, y, 'CERTIFICATO DI ESECUTIVITÀ'); y -= 10*mm
line(y, [('Si certifica che la suddetta deliberazione:', 'f')]); y -= 8*mm
line(y, [('[X]', 'v'), (' è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000);', 'f')]); y -= 7*mm
line(y, [('[ ]', 'v'), (' è divenuta esecutiva il ', 'f'), ('', 'u')]); y -= 6*mm
line(y, [('      decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).', 'f')]); y -= 12*mm
line(y, [('Edolo, lì ', 'f'), ('13/03/2026', 'v'), ('60', 'u')])
c.setFont(F, 11.5); c.drawCentredString(W - 62*mm, y, 'IL SEGRETARIO COMUNALE'); y -= 7*mm
c.setFont(V, 10.5); c.drawCentredString(W - 62*mm, y, 'Dott. Giovanni Bertoletti')
c.setFont(F, 7); c.drawString(L, 14*mm, 'Mod. SEG/07 – rev. 2019')
c.showPage(); c.save()
save_key({"file": FN, "role": "certificate",
 "what": "certificate of publication (and of executivity) of Giunta deliberation 38/2026 of Edolo: a pre-printed form with blanks of underscores filled in by typing in Courier, published 13/03/2026 to 28/03/2026, reg. n. 188",
 "act": {"municipality": "Comune di Edolo", "kind": "attestazione", "number": 38, "date": "2026-03-09", "subject": SUBJ}})
