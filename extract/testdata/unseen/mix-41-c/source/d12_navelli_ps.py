# Avviso (poster) of Comune di Navelli, as exported to PostScript by a drawing
# program (CorelDRAW-like: frame, colour band, centred display type) and distilled
# with Ghostscript (see build.sh). Usage: d12_navelli_ps.py out.ps
import sys, textwrap
out = sys.argv[1]
def esc(s):
    r = ''
    for c in s.encode('latin-1'):
        ch = chr(c)
        if ch in '()\\': r += '\\' + ch
        elif c > 126: r += '\\%03o' % c
        else: r += ch
    return r
o = ['%!PS-Adobe-3.0', '%%Creator: CorelDRAW 2019 (PostScript export)', '%%Title: AVVISO legnatico 2026-2027',
     '%%BoundingBox: 0 0 595 842', '%%Pages: 1', '%%EndComments',
     '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
     ' /Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put dup 45 /hyphen put def currentdict end definefont pop } bind def',
     '/HB /Helvetica-Bold reenc /HR /Helvetica reenc /TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc',
     '/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } bind def',
     '%%EndProlog', '%%Page: 1 1']
def font(f, s): o.append('/%s findfont %g scalefont setfont' % (f, s))
def c(y, s, f='TR', size=12, col=(0, 0, 0)):
    font(f, size); o.append('%g %g %g setrgbcolor 297.5 %g moveto (%s) ctr' % (col + (y, esc(s))))
def l(x, y, s, f='TR', size=11.5):
    font(f, size); o.append('0 0 0 setrgbcolor %g %g moveto (%s) show' % (x, y, esc(s)))
# frame and band
o.append('0.15 0.35 0.2 setrgbcolor 4 setlinewidth 30 30 535 782 rectstroke')
o.append('0.5 setlinewidth 38 38 519 766 rectstroke')
o.append('0.75 0.75 0.75 setrgbcolor 0.6 setlinewidth 297.5 762 24 0 360 arc stroke')
c(760, 'stemma', 'HR', 6, (0.5, 0.5, 0.5))
c(716, 'COMUNE DI NAVELLI', 'HB', 24, (0.15, 0.35, 0.2))
c(698, 'Provincia dell\'Aquila', 'TI', 12)
c(684, 'Piazza San Pelino, 1 - 67020 Navelli (AQ)', 'HR', 8.5)
o.append('0.15 0.35 0.2 setrgbcolor 38 628 519 40 rectfill')
c(641, 'AVVISO', 'HB', 26, (1, 1, 1))
c(600, 'PER L\'ASSEGNAZIONE DEI LOTTI BOSCHIVI AD USO CIVICO', 'HB', 14)
c(582, 'DI LEGNATICO - STAGIONE SILVANA 2026/2027', 'HB', 14)
o.append('0 0 0 setrgbcolor 0.5 setlinewidth 150 568 moveto 445 568 lineto stroke')
font('HR', 8.5); o.append('0 0 0 setrgbcolor 505 552 moveto (Prot. n. 812 del 10/03/2026) dup stringwidth pop neg 0 rmoveto show')
c(528, 'IL SINDACO', 'TB', 13)
body = [
 "Visto il Regolamento comunale per l'esercizio degli usi civici, approvato con deliberazione del Consiglio Comunale n. 14 del 28/04/2017;",
 "Vista la deliberazione della Giunta Comunale n. 12 del 26/02/2026 di approvazione del piano dei tagli per la stagione silvana 2026/2027 nella località \"Colle della Croce\";",
]
y = 505
for b in body:
    for ln in textwrap.wrap(b, 86):
        l(60, y, ln); y -= 15
    y -= 4
c(y - 4, 'RENDE NOTO', 'TB', 13); y -= 28
more = [
 "che i cittadini residenti nel Comune di Navelli, titolari del diritto di uso civico, possono presentare domanda per l'assegnazione di un lotto boschivo per il fabbisogno familiare di legna da ardere.",
 "Le domande, redatte sul modulo disponibile presso l'Ufficio Tecnico e sul sito istituzionale, dovranno pervenire al protocollo del Comune entro le ore 12:00 del giorno 10 aprile 2026, a mano o tramite PEC all'indirizzo comune.navelli@pec.it.",
 "A ciascun nucleo familiare sarà assegnato un solo lotto, previo versamento del corrispettivo stabilito in euro 45,00 per lotto. L'assegnazione avverrà mediante sorteggio pubblico, la cui data sarà comunicata con successivo avviso.",
 "Il taglio dovrà essere eseguito entro il 31 marzo 2027, nel rispetto delle prescrizioni di martellata impartite dai Carabinieri Forestali.",
]
for b in more:
    for ln in textwrap.wrap(b, 86):
        l(60, y, ln); y -= 15
    y -= 6
l(60, y - 10, 'Navelli, 10 marzo 2026')
c(y - 10, '', 'TR', 11)
font('TB', 12); o.append('0 0 0 setrgbcolor 430 %g moveto (IL SINDACO) ctr' % (y - 10))
font('TR', 12); o.append('430 %g moveto (Paolo Federico) ctr' % (y - 26))
font('TI', 8); o.append('430 %g moveto (firmato digitalmente ai sensi del D.Lgs. 82/2005) ctr' % (y - 38))
c(48, 'Per informazioni: Ufficio Tecnico comunale - tel. 0862 959118 - aperto il martedì e il giovedì dalle 9:00 alle 12:00', 'HR', 7.5)
o += ['showpage', '%%EOF']
open(out, 'w', encoding='latin-1').write('\n'.join(o) + '\n')
