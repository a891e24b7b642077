# Comune di Formello (RM) - Convocazione del Consiglio comunale.
# Hand-written PDF: letterhead and foot are Form XObjects reused on every page; the page content is drawn
# out of reading order (agenda bottom-up first, then signature, title, body, protocol); the title is set glyph by glyph.
import textwrap, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import save_key, out

FN = 'convocazione-formello-kibernetes.pdf'
TITLE = 'CONVOCAZIONE DEL CONSIGLIO COMUNALE'
W, H = 595.28, 841.89
def esc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
def txt(font, size, x, y, s):
    return b'BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm (' % (font.encode(), size, x, y) + esc(s) + b') Tj ET\n'
FONTS = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Helvetica-Oblique', 'F4': 'Times-Roman', 'F5': 'Times-Bold'}
def width(font, size, s): return stringWidth(s, FONTS[font], size)
def centre(font, size, y, s, cx=W/2): return txt(font, size, cx - width(font, size, s)/2, y, s)
def wrap_words(s, font, size, maxw):
    lines, cur = [], ''
    for w in s.split():
        t = (cur + ' ' + w) if cur else w
        if width(font, size, t) > maxw and cur: lines.append(cur); cur = w
        else: cur = t
    lines.append(cur); return lines
def justified(font, size, x, y, lines, maxw, lead):
    out_ = b''
    for i, l in enumerate(lines):
        ws = l.count(' ')
        tw = (maxw - width(font, size, l)) / ws if (ws and i < len(lines) - 1) else 0
        out_ += b'BT /%s %g Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm (' % (font.encode(), size, tw, x, y) + esc(l) + b') Tj ET\n'
        y -= lead
    return out_, y

# --- Form XObjects
head = b'q 0.55 0.1 0.1 rg 56 770 28 34 re f Q\n'
head += b'q 1 1 1 rg ' + txt('F2', 9, 62.5, 783, 'FOR') + b'Q\n'
head += txt('F5', 18, 94, 790, 'COMUNE DI FORMELLO')
head += txt('F3', 9.5, 94, 777, 'Città metropolitana di Roma Capitale')
head += txt('F1', 7.5, 94, 766, 'Piazza San Lorenzo, 1 – 00060 Formello (RM) – C.F. 80196530582 – PEC protocollo@pec.comune.formello.rm.it')
head += b'0.55 0.1 0.1 RG 1.2 w 56 758 m 539 758 l S\n'
head += txt('F2', 8.5, 56, 746, 'UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE')
foot = b'0.6 G 0.5 w 56 48 m 539 48 l S\n' + b'0.35 g ' + txt('F1', 7, 56, 38, 'Comune di Formello – Ufficio Segreteria Generale – tel. 06 901941 – www.comune.formello.rm.it') + b'0 g\n'

agenda = [
 'Comunicazioni del Presidente del Consiglio e del Sindaco.',
 'Approvazione dei verbali delle sedute del 29 gennaio 2026 e del 19 febbraio 2026.',
 'Risposta alle interrogazioni e alle interpellanze presentate dai Consiglieri comunali.',
 'Approvazione del Regolamento comunale per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – Modifiche agli articoli 9, 14 e 27.',
 'Ratifica della deliberazione della Giunta comunale n. 31 del 26/02/2026 avente ad oggetto “Variazione d’urgenza al bilancio di previsione 2026/2028 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000”.',
 'Approvazione della convenzione per la gestione associata delle funzioni di Centrale Unica di Committenza con i Comuni di Campagnano di Roma, Sacrofano e Magliano Romano.',
 'Riconoscimento della legittimità di debito fuori bilancio ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. 267/2000 – Sentenza del Giudice di Pace di Roma n. 2874/2025.',
 'Mozione dei Consiglieri del gruppo “Formello Bene Comune” in materia di trasporto pubblico locale verso la stazione di La Storta.',
 'Piano delle alienazioni e valorizzazioni immobiliari 2026/2028 – Aggiornamento.',
]
X0, MAXW = 70, 460
def page1():
    c = b''
    # layout positions first (compute), then emit in a scrambled order
    prot = txt('F1', 10, 56, 718, 'Prot. n. 4521') + txt('F1', 10, 56, 705, 'Formello, 12/03/2026')
    addr_lines = ['Ai Signori Consiglieri comunali', 'Al Sindaco', 'Al Segretario Generale', 'e, p.c.   Al Prefetto di Roma', 'Al Comandante della Stazione Carabinieri di Formello', 'LORO SEDI']
    addr = b''.join(txt('F1', 10, 330, 718 - 13*i, s) for i, s in enumerate(addr_lines))
    # title glyph by glyph
    size = 14; tw = width('F2', size, TITLE); x = W/2 - tw/2; y = 618
    title = b''
    for ch in TITLE:
        title += b'BT /F2 14 Tf 1 0 0 1 %.2f %.2f Tm (' % (x, y) + esc(ch) + b') Tj ET\n'
        x += width('F2', size, ch)
    body_text = ('Il Presidente del Consiglio comunale, ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e degli '
                 'articoli 12 e 13 del Regolamento per il funzionamento del Consiglio comunale, sentita la Conferenza dei Capigruppo nella riunione del 10/03/2026,')
    b1, yy = justified('F4', 11.5, X0, 590, wrap_words(body_text, 'F4', 11.5, MAXW), MAXW, 15)
    conv = centre('F5', 12, yy - 8, 'C O N V O C A')
    t2 = ('il Consiglio comunale in seduta ordinaria pubblica, in prima convocazione, per il giorno giovedì 26 marzo 2026 alle ore 18:30 e, '
          'occorrendo, in seconda convocazione per il giorno venerdì 27 marzo 2026 alle ore 18:30, presso la Sala consiliare di Palazzo Chigi, '
          'Piazza San Lorenzo n. 1, per la trattazione del seguente')
    b2, yy = justified('F4', 11.5, X0, yy - 30, wrap_words(t2, 'F4', 11.5, MAXW), MAXW, 15)
    odg = centre('F5', 12, yy - 10, 'ORDINE DEL GIORNO')
    yy -= 34
    items = []
    for i, a in enumerate(agenda, 1):
        ls = wrap_words(a, 'F4', 11, MAXW - 22)
        if yy - 14 * len(ls) < 70: break
        blk = txt('F5', 11, X0, yy, '%d.' % i)
        bb, yy2 = justified('F4', 11, X0 + 22, yy, ls, MAXW - 22, 14)
        items.append(blk + bb); yy = yy2 - 5
    rest = agenda[len(items):]
    # emission order: agenda items bottom-up, then the title glyphs, body, the CONVOCA line, addresses, protocol
    c += b''.join(reversed(items)) + odg + title + b2 + conv + b1 + addr + prot
    return c, rest, len(items)
def page2(rest, start):
    c = b''; yy = 725; items = b''
    for i, a in enumerate(rest, start + 1):
        ls = wrap_words(a, 'F4', 11, MAXW - 22)
        blk = txt('F5', 11, X0, yy, '%d.' % i)
        bb, yy2 = justified('F4', 11, X0 + 22, yy, ls, MAXW - 22, 14)
        items += blk + bb; yy = yy2 - 5
    notes = ('La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio Segreteria Generale ed è '
             'consultabile dai Consiglieri nell’orario di apertura degli uffici, nonché in formato elettronico nell’area riservata del portale istituzionale. '
             'La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell’Ente.')
    nb, yy = justified('F4', 11, X0, yy - 14, wrap_words(notes, 'F4', 11, MAXW), MAXW, 14)
    sig = centre('F1', 10.5, yy - 40, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE', cx=400) + centre('F3', 10.5, yy - 55, 'Dott.ssa Simona Ceccarelli', cx=400) + \
          centre('F1', 7, yy - 66, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', cx=400)
    pn = txt('F1', 8, 500, 56, 'pag. 2 di 2')
    c += sig + nb + items + pn   # signature before the agenda it follows
    return c
p1, rest, n1 = page1()
p1 += txt('F1', 8, 500, 56, 'pag. 1 di 2')
p2 = page2(rest, n1)

objs = []
def add(b): objs.append(b); return len(objs)
font_ids = {k: add(b'<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % v.encode()) for k, v in FONTS.items()}
fres = b'<< /Font << ' + b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in font_ids.items()) + b' >> >>'
def stream(data, extra=b''):
    z = zlib.compress(data)
    return b'<< /Length %d /Filter /FlateDecode %s >>\nstream\n' % (len(z), extra) + z + b'\nendstream'
xh = add(stream(head, b'/Type /XObject /Subtype /Form /BBox [0 0 595.28 841.89] /Resources ' + fres))
xf = add(stream(foot, b'/Type /XObject /Subtype /Form /BBox [0 0 595.28 841.89] /Resources ' + fres))
res = b'<< /Font << ' + b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in font_ids.items()) + b' >> /XObject << /Hd %d 0 R /Ft %d 0 R >> >>' % (xh, xf)
pages_id = len(objs) + 1 + 4  # placeholder computed below
contents = []
for body in (p1, p2):
    contents.append(add(stream(b'q /Hd Do Q\n' + body + b'q /Ft Do Q\n')))
pages_id = len(objs) + 3
kids = []
for cid in contents:
    kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources %s /Contents %d 0 R >>' % (pages_id, res, cid)))
assert len(objs) + 1 == pages_id
add(b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids)))
cat = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
info = add(b'<< /Title (Convocazione Consiglio comunale 26/03/2026) /Producer (Kibernetes Atti - PDF module) /CreationDate (D:20260312101500+01\'00\') >>')
buf = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(buf)); buf += b'%d 0 obj\n' % i + o + b'\nendobj\n'
x = len(buf)
buf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
buf += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, x)
open(out(FN), 'wb').write(buf)
save_key({"file": FN, "role": "notice",
 "what": "convocation of the Consiglio comunale of Formello for 26/03/2026 (prot. 4521 of 12/03/2026), hand-written PDF: letterhead and foot in reused Form XObjects, content drawn out of reading order, title set glyph by glyph, 9-item agenda over two pages",
 "act": {"municipality": "Comune di Formello", "kind": "convocazione", "date": "2026-03-12", "subject": TITLE}})
