# Poster of the Comune di Turi as QuarkXPress would print it to PostScript (slug line, crop marks), written as PostScript here and distilled by Ghostscript (ps2pdf)
import sys
out = []
def ps(s): out.append(s)
def esc(t): return '(' + t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
ps('%!PS-Adobe-3.0\n%%Creator: QuarkXPress(R) 9.5\n%%Title: avviso_ingombranti.qxp\n%%BoundingBox: 0 0 595 842\n%%Pages: 1\n%%EndComments')
ps('''/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/HB /Helvetica-Bold reenc /HR /Helvetica reenc /HO /Helvetica-Oblique reenc /TR /Times-Roman reenc /TB /Times-Bold reenc
/ctr { /yy exch def /ss exch def ss stringwidth pop 2 div 297.5 exch sub yy moveto ss show } def
/ctrat { /yy exch def /xx exch def /ss exch def ss stringwidth pop 2 div xx exch sub yy moveto ss show } def
%%Page: 1 1''')
# crop marks
ps('0 setgray 0.3 setlinewidth')
for x, y, dx, dy in [(20, 30, -14, 0), (30, 20, 0, -14), (575, 30, 14, 0), (565, 20, 0, -14), (20, 812, -14, 0), (30, 822, 0, 14), (575, 812, 14, 0), (565, 822, 0, 14)]:
    ps(f'newpath {x} {y} moveto {dx} {dy} rlineto stroke')
# coloured band
ps('0.05 0.35 0.2 setrgbcolor newpath 30 700 moveto 535 0 rlineto 0 112 rlineto -535 0 rlineto closepath fill')
ps('1 setgray /HB findfont 30 scalefont setfont ' + esc('COMUNE DI TURI') + ' 770 ctr')
ps('/HR findfont 13 scalefont setfont ' + esc('Città Metropolitana di Bari') + ' 750 ctr')
ps('/HR findfont 11 scalefont setfont ' + esc('Assessorato all\'Ambiente e alla Transizione Ecologica') + ' 716 ctr')
ps('0 setgray /HB findfont 22 scalefont setfont ' + esc('AVVISO ALLA CITTADINANZA') + ' 660 ctr')
ps('0.05 0.35 0.2 setrgbcolor /HB findfont 26 scalefont setfont')
ps(esc('RACCOLTA STRAORDINARIA') + ' 612 ctr')
ps(esc('DEI RIFIUTI INGOMBRANTI E DEI RAEE') + ' 582 ctr')
ps('0 setgray newpath 120 562 moveto 355 0 rlineto 1.5 setlinewidth stroke')
body = [
 ('TR', 13, 'Si informa la cittadinanza che, per favorire il corretto smaltimento dei rifiuti'),
 ('TR', 13, 'voluminosi e delle apparecchiature elettriche ed elettroniche, è organizzata'),
 ('TR', 13, 'una raccolta straordinaria gratuita con punto di conferimento presidiato presso'),
 ('TB', 13, 'l\'area mercatale di Via Conversano nelle giornate di'),
]
y = 532
for f, s, t in body:
    ps(f'/{f} findfont {s} scalefont setfont ' + esc(t) + f' {y} ctr'); y -= 18
y -= 10
ps('/HB findfont 20 scalefont setfont ' + esc('SABATO 28 MARZO e SABATO 11 APRILE 2026') + f' {y} ctr'); y -= 24
ps('/HB findfont 16 scalefont setfont ' + esc('dalle ore 8:00 alle ore 13:00') + f' {y} ctr'); y -= 36
ps('/HB findfont 12 scalefont setfont 70 %d moveto (Si possono conferire:) show' % y); y -= 18
for t in ['mobili, materassi, reti, sedie e divani;', 'frigoriferi, lavatrici, televisori e piccoli elettrodomestici;', 'biciclette, giocattoli di grandi dimensioni e altri oggetti ingombranti;', 'sfalci e potature, in quantità non superiore a 1 metro cubo per utenza.']:
    ps('/TR findfont 12.5 scalefont setfont 84 %d moveto (\\267  ) show ' % y + esc(t) + ' show'); y -= 17
y -= 10
ps('/HB findfont 12 scalefont setfont 70 %d moveto (Non sono ammessi:) show' % y); y -= 18
ps('/TR findfont 12.5 scalefont setfont 84 %d moveto (\\267  ) show ' % y + esc('rifiuti speciali, inerti da demolizione, pneumatici, amianto e rifiuti pericolosi.') + ' show'); y -= 30
for t in ['Il conferimento è riservato alle utenze domestiche iscritte al ruolo TARI del Comune di Turi;',
          'all\'ingresso sarà richiesto un documento di riconoscimento. Per informazioni è possibile',
          'rivolgersi all\'Ufficio Ambiente, dal lunedì al venerdì, dalle 9:00 alle 12:00.']:
    ps('/HO findfont 11 scalefont setfont ' + esc(t) + f' {y} ctr'); y -= 15
y -= 30
ps('/TR findfont 12 scalefont setfont 70 %d moveto ' % y + esc('Turi, 17 marzo 2026') + ' show')
y -= 30
ps('/TR findfont 11 scalefont setfont ' + esc('L\'ASSESSORE ALL\'AMBIENTE') + f' 170 {y} ctrat ' + esc('IL SINDACO') + f' 425 {y} ctrat')
y -= 16
ps('/TB findfont 12 scalefont setfont ' + esc('Rosa Lippolis') + f' 170 {y} ctrat ' + esc('Michele Resta') + f' 425 {y} ctrat')
# slug line
ps('/HR findfont 6 scalefont setfont 40 10 moveto (avviso_ingombranti.qxp   17-03-2026   11:48   Pagina 1   Composito   LPI: 150   Quadricromia) show')
ps('showpage\n%%EOF')
open(sys.argv[1], 'wb').write('\n'.join(out).encode('latin-1'))
