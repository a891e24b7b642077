# Writes the PostScript that an old Unix Albo program spools for the
# "certificato di pubblicazione" (Courier, ISO Latin-1, boxes drawn with
# lineto); build.sh converts it with Ghostscript's ps2pdf.
import sys
W, H = 595, 842
ops = []
def text(x, y, s, size=10, bold=False):
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops.append(f'/{"CB" if bold else "CR"} {size} selectfont {x} {y} moveto ({s}) show')
def box(x, y, w, h, lw=0.8):
    ops.append(f'{lw} setlinewidth newpath {x} {y} moveto {w} 0 rlineto 0 {h} rlineto {-w} 0 rlineto closepath stroke')
def line(x1, y1, x2, y2, lw=0.5):
    ops.append(f'{lw} setlinewidth newpath {x1} {y1} moveto {x2} {y2} lineto stroke')

text(40, 810, 'ALB0150R  - ALBO PRETORIO INFORMATICO  -  STAMPA CERTIFICATO', 7.5)
text(440, 810, 'DATA 19/03/26  ORE 08:47', 7.5)
text(40, 800, 'UTENTE: MESSO01   TERMINALE: tty07', 7.5)
text(500, 800, 'PAG.    1', 7.5)
line(40, 795, 555, 795)
text(40, 765, 'COMUNE DI CARAGLIO', 16, True)
text(40, 748, 'PROVINCIA DI CUNEO', 10)
text(40, 736, 'Piazza della Giustizia, 1 - 12023 Caraglio (CN)', 8)
box(360, 728, 195, 46)
text(368, 760, 'REGISTRO PUBBLICAZIONI', 8, True)
text(368, 746, 'N. REG.  245 / 2026', 10, True)
text(368, 734, 'AFFISSO IL 19/03/2026', 8)

text(138, 690, 'CERTIFICATO DI PUBBLICAZIONE', 16, True)
line(138, 686, 410, 686, 0.8)

box(40, 560, 515, 110)
text(50, 654, 'ATTO    : DELIBERAZIONE DELLA GIUNTA COMUNALE', 10, True)
text(50, 640, 'NUMERO  : 31', 10, True)
text(300, 640, 'DEL : 10/03/2026', 10, True)
text(50, 622, 'OGGETTO : APPROVAZIONE DEL PIANO DEGLI INTERVENTI DI MANUTENZIONE', 10, True)
text(50, 608, '          ORDINARIA DELLE STRADE COMUNALI E VICINALI DI USO PUBBLICO -', 10, True)
text(50, 594, '          ANNO 2026.', 10, True)
text(50, 572, 'PROPONENTE: AREA TECNICA - SERVIZIO LAVORI PUBBLICI E VIABILITÀ', 8)

y = 530
for s in [
    'Il sottoscritto Messo Comunale, visti gli atti d\'ufficio,',
    '',
    '                              C E R T I F I C A',
    '',
    'che copia della deliberazione sopra indicata viene pubblicata all\'Albo',
    'Pretorio on line di questo Comune, ai sensi dell\'art. 124, comma 1, del',
    'D.Lgs. 18/08/2000 n. 267 e dell\'art. 32 della Legge 18/06/2009 n. 69,',
    '',
    '   dal  19/03/2026   al  03/04/2026   per 15 giorni consecutivi.',
    '',
    'La stessa è stata comunicata ai Capigruppo consiliari con nota',
    'prot. n. 2874 del 19/03/2026 (art. 125 D.Lgs. 267/2000).',
]:
    text(50, y, s, 10); y -= 14
y -= 16
text(50, y, 'Caraglio, lì 19/03/2026', 10)
text(330, y, 'IL MESSO COMUNALE', 10, True); y -= 14
text(330, y, 'Sig. Franco Giordano', 10); y -= 40
line(40, y + 20, 555, y + 20, 0.3)
text(50, y, 'VISTO: IL SEGRETARIO COMUNALE', 9, True); y -= 12
text(50, y, 'Dott. Massimo Bottero', 9); y -= 12
text(50, y, '(firma autografa omessa ai sensi dell\'art. 3 del D.Lgs. 39/1993)', 8)
line(40, 60, 555, 60)
text(40, 48, 'ALB0150R - Rel. 3.2 - Certificato generato dal registro delle pubblicazioni. Pubblicazione n. 245/2026', 7)

ps = ['%!PS-Adobe-3.0', '%%Creator: alb0150r (lp spooler)', '%%Title: CERT_PUBBL_245_2026', '%%Pages: 1',
      f'%%BoundingBox: 0 0 {W} {H}', '%%EndComments',
      '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
      '  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def',
      '/CR /Courier reenc', '/CB /Courier-Bold reenc',
      '%%Page: 1 1', 'gsave'] + ops + ['grestore', 'showpage', '%%EOF']
open(sys.argv[1], 'wb').write(('\n'.join(ps) + '\n').encode('latin-1'))
