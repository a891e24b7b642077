# Attestazione di pubblicazione, Comune di Porano: hand-written PostScript (as an old Unix albo program spooled it) -> ps2pdf
import sys
out = open(sys.argv[1], 'w', encoding='latin-1')
def s(t):  # PostScript string literal
    return '(' + t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
W = out.write
W('''%!PS-Adobe-3.0
%%Title: ATTPUB 142/2026
%%Creator: albo_stampa (rel. 4.2) - UNIX SVR4
%%Pages: 1
%%BoundingBox: 0 0 595 842
%%EndComments
/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall
  /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/CO /Courier reenc  /COB /Courier-Bold reenc  /HB /Helvetica-Bold reenc  /HE /Helvetica reenc
/ctr { dup stringwidth pop 2 div 297.5 exch sub exch moveto show } def
/box { /h exch def /w exch def /y exch def /x exch def newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath stroke } def
%%Page: 1 1
''')
def ctr(font, size, y, text):
    W(f'/{font} findfont {size} scalefont setfont {s(text)} dup stringwidth pop 2 div 297.5 exch sub {y} moveto show\n')
def at(font, size, x, y, text):
    W(f'/{font} findfont {size} scalefont setfont {x} {y} moveto {s(text)} show\n')
ctr('HB', 16, 790, 'COMUNE DI PORANO')
ctr('HE', 10, 775, 'Provincia di Terni')
ctr('HE', 8, 763, 'Via Roma, 2 - 05010 Porano (TR) - Tel. 0763 374462')
W('1.2 setlinewidth 50 752 moveto 545 752 lineto stroke 0.6 setlinewidth\n')
at('CO', 8, 50, 740, 'Servizio Segreteria - Albo Pretorio on line')
at('CO', 8, 400, 740, 'Reg. Pubbl. n. 142/2026')
ctr('HB', 13, 705, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')
ctr('HE', 9, 690, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 - art. 32 Legge 18 giugno 2009, n. 69)")
W('50 560 495 112 box\n')
y = 655
rows = [
 ('Tipo atto     :', 'DELIBERAZIONE DEL CONSIGLIO COMUNALE'),
 ('Numero        :', '6'),
 ('Data          :', '27/02/2026'),
 ('Oggetto       :', "APPROVAZIONE ALIQUOTE E DETRAZIONI DELL'IMPOSTA MUNICIPALE"),
 ('', "PROPRIA (IMU) PER L'ANNO 2026 - CONFERMA."),
 ('Proponente    :', 'AREA ECONOMICO-FINANZIARIA'),
]
for lab, val in rows:
    at('COB', 9.5, 60, y, lab); at('CO', 9.5, 160, y, val); y -= 15
y = 530
for line in [
 "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,",
 '',
 'A T T E S T A',
 '',
 "che la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio",
 "on line del Comune, accessibile dal sito istituzionale www.comune.porano.tr.it,",
 'per quindici giorni consecutivi:',
 '',
 '      dal 03/03/2026   al 18/03/2026',
 '',
 "e che contro di essa non sono pervenuti reclami od opposizioni.",
 '',
 "La deliberazione e' divenuta esecutiva il 13/03/2026, decorsi dieci giorni",
 "dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).",
]:
    if line == 'A T T E S T A':
        ctr('COB', 11, y, line)
    else:
        at('CO', 10, 60, y, line)
    y -= 14
at('CO', 10, 60, y - 20, 'Porano, li 19/03/2026')
at('COB', 10, 330, y - 20, 'IL RESPONSABILE DELLA')
at('COB', 10, 355, y - 33, 'PUBBLICAZIONE')
at('CO', 10, 325, y - 60, 'Sig.ra Graziella Mencarelli')
at('CO', 7.5, 315, y - 73, '(firmato digitalmente ai sensi')
at('CO', 7.5, 318, y - 82, "dell'art. 21 D.Lgs. 82/2005)")
W('0.3 setlinewidth 50 60 moveto 545 60 lineto stroke\n')
at('CO', 7, 50, 50, 'ATTPUB - Stampato il 19/03/2026 ore 09:14 - utente: ALBO01 - term: tty07')
at('CO', 7, 480, 50, 'Pag.  1 di  1')
W('showpage\n%%EOF\n')
out.close()
