# Comune di Roccamandolfi - ordinanza n. 4/2026: page descriptions for MuPDF's "mutool create"
# (content streams written by hand, WinAnsi-encoded TrueType fonts). Widths measured with ReportLab's TTF metrics.
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
LIB = '/usr/share/fonts/truetype/liberation/'
FONTS = {'R': 'LiberationSerif-Regular.ttf', 'B': 'LiberationSerif-Bold.ttf', 'I': 'LiberationSerif-Italic.ttf', 'S': 'LiberationSans-Regular.ttf', 'SB': 'LiberationSans-Bold.ttf'}
for k, f in FONTS.items(): pdfmetrics.registerFont(TTFont('f' + k, LIB + f))
W, H, L, R = 595, 842, 70, 530

def enc(t):
    b = t.encode('cp1252')
    out = ''
    for ch in b:
        if ch in (0x28, 0x29, 0x5c): out += '\\' + chr(ch)
        elif ch < 32 or ch > 126: out += '\\%03o' % ch
        else: out += chr(ch)
    return out

class Page:
    def __init__(s): s.ops = []; s.y = 780
    def t(s, x, y, txt, f='R', size=11, align='l'):
        w = pdfmetrics.stringWidth(txt, 'f' + f, size)
        if align == 'c': x -= w / 2
        elif align == 'r': x -= w
        s.ops.append('BT /F%s %.1f Tf %.2f %.2f Td (%s) Tj ET' % (f, size, x, y, enc(txt)))
    def line(s, x1, y1, x2, y2, w=0.6): s.ops.append('%.1f w %.1f %.1f m %.1f %.1f l S' % (w, x1, y1, x2, y2))
    def rect(s, x, y, w, h, lw=0.8): s.ops.append('%.1f w %.1f %.1f %.1f %.1f re S' % (lw, x, y, w, h))
    def para(s, txt, f='R', size=11, indent=0, lead=15, gap=6, hang=0):
        words = txt.split(); cur = []; first = True
        def out(ws, last):
            x0 = L + indent + (0 if first else hang)
            width = R - x0
            if not last and len(ws) > 1:
                tw = sum(pdfmetrics.stringWidth(w, 'f' + f, size) for w in ws)
                tw_sp = (width - tw) / (len(ws) - 1)
                # word spacing via Tw only works for single-byte space: fine for WinAnsi
                sw = pdfmetrics.stringWidth(' ', 'f' + f, size)
                s.ops.append('BT /F%s %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj 0 Tw ET' % (f, size, tw_sp - sw, x0, s.y, enc(' '.join(ws))))
            else:
                s.ops.append('BT /F%s %.1f Tf %.2f %.2f Td (%s) Tj ET' % (f, size, x0, s.y, enc(' '.join(ws))))
            s.y -= lead
        for w in words:
            x0 = L + indent + (0 if first else hang)
            if cur and pdfmetrics.stringWidth(' '.join(cur + [w]), 'f' + f, size) > R - x0:
                out(cur, False); cur = []; first = False
            cur.append(w)
        if cur: out(cur, True)
        s.y -= gap
    def write(s, fn):
        with open(fn, 'w', encoding='latin-1') as fh:
            fh.write('%%MediaBox 0 0 595 842\n')
            for k, f in FONTS.items(): fh.write('%%%%Font F%s %s\n' % (k, LIB + f))
            fh.write('\n'.join(s.ops) + '\n')

def furniture(p, n):
    p.line(L, 50, R, 50, 0.4)
    p.t(L, 38, 'Comune di Roccamandolfi – Corso Umberto I – 86092 Roccamandolfi (IS) – PEC: comune.roccamandolfi@legalmail.it', 'S', 7)
    p.t(R, 38, 'pag. %d di 2' % n, 'S', 7, 'r')

p = Page()
p.t(W / 2, 800, '[stemma del Comune]', 'I', 7, 'c')
p.t(W / 2, 780, 'COMUNE DI ROCCAMANDOLFI', 'B', 18, 'c')
p.t(W / 2, 764, 'Provincia di Isernia', 'R', 11, 'c')
p.line(L, 754, R, 754, 1.2)
p.rect(L, 706, R - L, 38)
p.t(W / 2, 728, 'ORDINANZA N. 4 DEL 09/03/2026', 'SB', 13, 'c')
p.t(W / 2, 713, 'Prot. n. 1187 del 09/03/2026', 'S', 9, 'c')
p.y = 686
p.para('OGGETTO: Divieto temporaneo di transito veicolare e pedonale sulla strada comunale «Via del Castello», nel tratto compreso tra Largo San Giacomo e il belvedere, per pericolo di caduta massi – Provvedimento contingibile e urgente.', 'B', 11, hang=62, gap=10)
p.t(W / 2, p.y, 'IL SINDACO', 'B', 12, 'c'); p.y -= 22
for t in [
 'Vista la nota dell’Ufficio Tecnico comunale prot. n. 1179 del 09/03/2026, con la quale si segnala che, a seguito delle abbondanti precipitazioni nevose e del successivo disgelo, si sono verificati distacchi di materiale lapideo dal costone roccioso sovrastante la strada comunale «Via del Castello», con caduta di massi sulla sede stradale;',
 'Considerato che la situazione descritta costituisce grave pericolo per l’incolumità pubblica e che occorre provvedere con urgenza, nelle more degli interventi di disgaggio e messa in sicurezza del versante;',
 'Sentito il Comando Stazione Carabinieri di Cantalupo nel Sannio;',
 'Visti gli artt. 50, comma 5, e 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267;',
 'Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada);']:
    p.para(t)
p.t(W / 2, p.y, 'O R D I N A', 'B', 12, 'c'); p.y -= 22
items = [
 '1. con decorrenza immediata e fino al completamento dei lavori di messa in sicurezza, il divieto di transito veicolare e pedonale sulla strada comunale «Via del Castello», nel tratto compreso tra Largo San Giacomo e il belvedere;',
 '2. all’Ufficio Tecnico comunale di provvedere all’installazione della prescritta segnaletica di divieto e delle transenne di delimitazione agli accessi del tratto interdetto;',
 '3. ai proprietari dei fondi a monte della strada di consentire l’accesso ai tecnici e alle imprese incaricate per le verifiche e gli interventi di disgaggio.']
for it in items: p.para(it, indent=10, hang=12)
p.t(W / 2, p.y, 'A V V E R T E', 'B', 12, 'c'); p.y -= 22
p.para('che i trasgressori saranno puniti ai sensi del Codice della Strada e, ove il fatto non costituisca più grave reato, ai sensi dell’art. 650 del Codice Penale. Avverso la presente ordinanza è ammesso ricorso al T.A.R. Molise entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
assert p.y > 70, p.y
furniture(p, 1)
p.write('page1.txt')

q = Page(); q.y = 790
q.t(W / 2, q.y, 'D I S P O N E', 'B', 12, 'c'); q.y -= 22
q.para('che la presente ordinanza sia pubblicata all’Albo Pretorio on line, resa nota mediante affissione nei luoghi pubblici e trasmessa al Comando Stazione Carabinieri di Cantalupo nel Sannio, alla Prefettura di Isernia e all’Ufficio Tecnico comunale per quanto di competenza.')
q.t(L, q.y - 6, 'Dalla Residenza Municipale, 09/03/2026', 'R', 11)
q.t(400, q.y - 40, 'IL SINDACO', 'B', 11, 'c')
q.t(400, q.y - 56, 'Dott.ssa Rosa Petrecca', 'R', 11, 'c')
q.t(400, q.y - 72, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'I', 8.5, 'c')
furniture(q, 2)
q.write('page2.txt')
