#!/usr/bin/env python3
"""Hand-written content streams with pikepdf: Pomezia decreto del Segretario
Generale. The letterhead/register grid and the signature block are Form
XObjects; the page draws the signature first, the body from the bottom up and
the letterhead last; body lines are TJ arrays with kerning and Tw-justified
words; a stamp of publication runs up the left margin (rotated 90 degrees)."""
import sys, os
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
W, H = 595.28, 841.89
L, R = 62, W - 56

def esc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def wrap(text, width, font, size):
    lines, cur = [], ''
    for w in text.split():
        cand = (cur + ' ' + w).strip()
        if stringWidth(cand, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = cand
    lines.append(cur); return lines

def line(x, y, s, f='F1', size=10.5):
    return b'BT /%s %g Tf %g %g Td (%s) Tj ET\n' % (f.encode(), size, x, y, esc(s))

def justified(x, y, s, width, f='F1', fname='Helvetica', size=10.5, last=False):
    # word spacing by Tw, and a TJ array splitting words at kerning points
    nat = stringWidth(s, fname, size); nsp = s.count(' ')
    tw = 0 if last or nsp == 0 else (width - nat) / nsp
    parts = []
    for i, word in enumerate(s.split(' ')):
        if len(word) > 6:
            k = len(word) // 2
            parts.append(b'(%s) -12 (%s)' % (esc(word[:k]), esc(word[k:])))
        else:
            parts.append(b'(%s)' % esc(word))
        if i < nsp:
            parts.append(b'( )')
    # compensate the -12 kerning units (text gets 0.012*size wider per split)
    return (b'BT /%s %g Tf %.3f Tw %g %g Td [%s] TJ ET\n' % (f.encode(), size, tw, x, y, b' '.join(parts)))

pdf = pikepdf.new()
fonts = Dictionary(F1=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding),
                   F2=Dictionary(Type=Name('/Font'), Subtype=Name.Type1, BaseFont=Name('/Helvetica-Bold'), Encoding=Name.WinAnsiEncoding),
                   F3=Dictionary(Type=Name('/Font'), Subtype=Name.Type1, BaseFont=Name('/Helvetica-Oblique'), Encoding=Name.WinAnsiEncoding))
res = Dictionary(Font=fonts)

def cw(s, f, size):  # centred x
    return (W - stringWidth(s, f, size)) / 2

# --- letterhead and register grid (Form XObject)
lh = b'q 0.6 w\n'
lh += line(cw('COMUNE DI POMEZIA', 'Helvetica-Bold', 16), H - 60, 'COMUNE DI POMEZIA', 'F2', 16)
lh += line(cw('Città Metropolitana di Roma Capitale', 'Helvetica', 9), H - 73, 'Città Metropolitana di Roma Capitale', 'F1', 9)
lh += line(cw('Piazza Indipendenza, 8 – 00071 Pomezia (RM)', 'Helvetica', 9), H - 84, 'Piazza Indipendenza, 8 – 00071 Pomezia (RM)', 'F1', 9)
top = H - 96
lh += b'%g %g %g %g re S\n' % (L, top - 34, R - L, 34)
lh += b'%g %g m %g %g l S\n' % (L, top - 17, R, top - 17)
for xx in (L + 62, L + 330, L + 380):
    lh += b'%g %g m %g %g l S\n' % (xx, top, xx, top - 34)
lh += line(L + 4, top - 12, 'Ufficio', 'F2', 9) + line(L + 66, top - 12, 'SEGRETERIA GENERALE', 'F1', 9.5)
lh += line(L + 334, top - 12, 'N.', 'F2', 9) + line(L + 384, top - 12, '4', 'F1', 9.5)
lh += line(L + 4, top - 29, 'Registro', 'F2', 9) + line(L + 66, top - 29, 'Decreti del Segretario Generale', 'F1', 9.5)
lh += line(L + 334, top - 29, 'Data', 'F2', 9) + line(L + 384, top - 29, '23/11/2026', 'F1', 9.5)
lh += b'Q\n'
xo_lh = Stream(pdf, lh); xo_lh.Type = Name.XObject; xo_lh.Subtype = Name.Form
xo_lh.BBox = Array([0, 0, W, H]); xo_lh.Resources = res

# --- signature block (Form XObject, drawn at a translation)
sg = line(0, 28, 'IL SEGRETARIO GENERALE', 'F2', 10.5) + line(12, 14, 'dott.ssa Rosaria Lombardi', 'F1', 10.5)
sg += line(-20, 0, 'documento firmato digitalmente (D.Lgs. 82/2005)', 'F3', 7.5)
xo_sg = Stream(pdf, sg); xo_sg.Type = Name.XObject; xo_sg.Subtype = Name.Form
xo_sg.BBox = Array([-40, -10, 220, 50]); xo_sg.Resources = res

# --- body lines, computed top-down, written bottom-up
lines = []   # (y, bytes)
y = H - 152
def add(b): lines.append(b)
title = 'DECRETO DEL SEGRETARIO GENERALE'
add(line(cw(title, 'Helvetica-Bold', 12), y, title, 'F2', 12)); y -= 22
subj = ('Approvazione del piano annuale dei controlli successivi di regolarità amministrativa '
        'sulle determinazioni e sugli altri atti dei dirigenti per l\'anno 2027.')
add(line(L, y, 'OGGETTO:', 'F2', 10.5))
for ln in wrap(subj, R - L - 58, 'Helvetica-Bold', 10.5):
    add(line(L + 58, y, ln, 'F2', 10.5)); y -= 14
y -= 8
add(line(cw('IL SEGRETARIO GENERALE', 'Helvetica-Bold', 10.5), y, 'IL SEGRETARIO GENERALE', 'F2', 10.5)); y -= 20
prem = ['Visto l\'art. 147-bis, comma 2, del D.Lgs. 18 agosto 2000, n. 267, che affida al Segretario Generale il controllo di regolarità amministrativa nella fase successiva, secondo principi generali di revisione aziendale e modalità definite nell\'ambito dell\'autonomia organizzativa dell\'ente;',
        'Visto il Regolamento sul sistema dei controlli interni approvato con deliberazione del Consiglio Comunale n. 7 del 28/02/2013, e in particolare l\'art. 6, che prevede l\'approvazione annuale del piano dei controlli con decreto del Segretario Generale;',
        'Ritenuto di definire la percentuale degli atti da sottoporre a controllo, le modalità di estrazione e il calendario delle sessioni, anche in coerenza con le misure del PIAO 2026-2028;']
for p in prem:
    ls = wrap(p, R - L, 'Helvetica', 10.5)
    for i, ln in enumerate(ls):
        add(justified(L, y, ln, R - L, last=(i == len(ls) - 1))); y -= 13.5
    y -= 5
y -= 4
add(line(cw('D E C R E T A', 'Helvetica-Bold', 11), y, 'D E C R E T A', 'F2', 11)); y -= 20
pts = ['di approvare il piano dei controlli successivi di regolarità amministrativa per l\'anno 2027, che prevede l\'esame del 10 per cento delle determinazioni dirigenziali e del 5 per cento dei contratti stipulati in forma di scrittura privata;',
       'di stabilire che l\'estrazione degli atti avvenga con cadenza trimestrale mediante sorteggio informatico, alla presenza di due dipendenti dell\'Ufficio di Segreteria;',
       'di trasmettere il presente decreto ai Dirigenti, al Collegio dei Revisori dei Conti e al Nucleo di Valutazione, e di pubblicarlo all\'Albo Pretorio on line.']
for n, p in enumerate(pts, 1):
    add(line(L, y, '%d.' % n))
    ls = wrap(p, R - L - 16, 'Helvetica', 10.5)
    for i, ln in enumerate(ls):
        add(justified(L + 16, y, ln, R - L - 16, last=(i == len(ls) - 1))); y -= 13.5
    y -= 5
y -= 10
add(line(L, y, 'Pomezia, 23 novembre 2026'))
sig_y = y - 48

stamp = (b'q 0 1 -1 0 %g %g cm 0.75 0 0 RG 0.75 0 0 rg 1 w -4 -5 246 18 re S\n' % (34, 300) +
         b'BT /F2 8.5 Tf 0 0 Td (PUBBLICATO ALL\'ALBO PRETORIO ON LINE) Tj ET\n'.replace(b"'", b"\\'") +
         b'BT /F1 8 Tf 0 -14 Td (dal 24/11/2026 al 09/12/2026 - n. reg. 5127) Tj ET Q\n')
content = b''
content += b'q 1 0 0 1 %g %g cm /Sg Do Q\n' % (R - 170, sig_y)      # signature first
content += b''.join(reversed(lines))                                  # body bottom-up
content += stamp                                                      # rotated stamp
content += b'/Lh Do\n'                                                # letterhead last
content += line(cw('Comune di Pomezia – Decreto del Segretario Generale n. 4 del 23/11/2026', 'Helvetica', 7.5), 30,
                'Comune di Pomezia – Decreto del Segretario Generale n. 4 del 23/11/2026', 'F1', 7.5)
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fonts, XObject=Dictionary(Lh=xo_lh, Sg=xo_sg)),
                               Contents=Stream(pdf, content)))
pdf.pages.append(page)
pdf.docinfo[Name.Title] = 'Decreto del Segretario Generale n. 4/2026'
pdf.docinfo[Name.Producer] = 'iride PDF writer'
pdf.save(os.path.join(OUT, 'decreto-pomezia-iride.pdf'), compress_streams=True)
