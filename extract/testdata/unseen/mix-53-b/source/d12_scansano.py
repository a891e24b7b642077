# Avviso (poster), Comune di Scansano - hand-written PostScript as a DTP layout (QuarkXPress-like poster) distilled by Ghostscript ps2pdf
import sys
out = sys.argv[1]
ps = []
a = ps.append
a('%!PS-Adobe-3.0')
a('%%Title: Avviso raccolta rifiuti aprile 2026')
a('%%Creator: QuarkXPress(R) 2024 – Servizio Ambiente')
a('%%BoundingBox: 0 0 595 842')
a('%%Pages: 1')
a('%%EndComments')
a('''/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall
 /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/H /Helvetica reenc /HB /Helvetica-Bold reenc /HN /Helvetica-Narrow-Bold reenc /TI /Times-Italic reenc /TR /Times-Roman reenc
/ctr { dup stringwidth pop 2 div neg 297.5 add exch 3 1 roll exch moveto show } def  % y (s) ctr
/l { 3 1 roll moveto show } def  % x y (s) l''')
a('%%Page: 1 1')
def s(t):
    return '(' + t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
# frame and colour band
a('0.12 0.36 0.22 setrgbcolor 0 752 595 90 rectfill')
a('1 setgray /HB findfont 22 scalefont setfont 800 %s ctr' % s('COMUNE DI SCANSANO'))
a('/H findfont 11 scalefont setfont 782 %s ctr' % s('Provincia di Grosseto'))
a('/H findfont 9 scalefont setfont 766 %s ctr' % s('AREA TECNICA – SERVIZIO AMBIENTE'))
a('0 setgray')
a('/HB findfont 96 scalefont setfont 640 %s ctr' % s('AVVISO'))
a('0.12 0.36 0.22 setrgbcolor 3 setlinewidth 60 622 moveto 535 622 lineto stroke 0 setgray')
y = 590
for t in ['RACCOLTA DEI RIFIUTI PORTA A PORTA:', 'VARIAZIONE DEL CALENDARIO', 'NEI GIORNI FESTIVI DI APRILE 2026']:
    a('/HN findfont 22 scalefont setfont %d %s ctr' % (y, s(t))); y -= 27
a('/TR findfont 13 scalefont setfont')
body = ["Si informa la cittadinanza che, in occasione delle festività pasquali e della",
        "Festa della Liberazione, il servizio di raccolta domiciliare dei rifiuti nel",
        "capoluogo e nelle frazioni di Pancole, Polveraia, Preselle, Montorgiali e",
        "Baccinello subirà le seguenti variazioni:"]
y = 490
for t in body:
    a('70 %d %s l' % (y, s(t))); y -= 17
# table boxes
rows = [('Lunedì 6 aprile', '(Lunedì dell\'Angelo)', 'ORGANICO', 'anticipata a sabato 4 aprile'),
        ('Sabato 25 aprile', '(Festa della Liberazione)', 'MULTIMATERIALE', 'posticipata a lunedì 27 aprile')]
y -= 8
for d1, d2, fr, ch in rows:
    a('0.9 0.95 0.9 setrgbcolor 70 %d 455 46 rectfill 0 setgray 0.8 setlinewidth 70 %d 455 46 rectstroke' % (y - 40, y - 40))
    a('/HB findfont 13 scalefont setfont 82 %d %s l' % (y - 16, s(d1)))
    a('/H findfont 10 scalefont setfont 82 %d %s l' % (y - 31, s(d2)))
    a('/HB findfont 13 scalefont setfont 260 %d %s l' % (y - 16, s(fr)))
    a('/H findfont 12 scalefont setfont 260 %d %s l' % (y - 31, s('raccolta ' + ch)))
    y -= 56
y -= 6
a('/TR findfont 13 scalefont setfont')
for t in ["Si raccomanda di esporre i contenitori entro le ore 6:00 del giorno di",
          "raccolta. Nei restanti giorni il calendario resta invariato. Per informazioni:",
          "Ufficio Ambiente, tel. 0564 509411, dal lunedì al venerdì ore 9:00 – 12:30."]:
    a('70 %d %s l' % (y, s(t))); y -= 17
a('/TI findfont 12 scalefont setfont 70 %d %s l' % (y - 22, s('Scansano, 27 marzo 2026')))
a('/HB findfont 10.5 scalefont setfont 330 %d %s l' % (y - 60, s("IL RESPONSABILE DELL'AREA TECNICA")))
a('/TR findfont 12 scalefont setfont 360 %d %s l' % (y - 76, s('Arch. Marco Ginanneschi')))
a('/TI findfont 8 scalefont setfont 338 %d %s l' % (y - 90, s('firma autografa sostituita a mezzo stampa ai sensi')))
a('/TI findfont 8 scalefont setfont 338 %d %s l' % (y - 100, s("dell'art. 3, comma 2, del D.Lgs. 39/1993")))
a('0.12 0.36 0.22 setrgbcolor 0 0 595 28 rectfill 1 setgray /H findfont 8 scalefont setfont 11 %s ctr' % s('www.comune.scansano.gr.it  •  Piazza del Pretorio, 4 – 58054 Scansano (GR)  •  Stampato in proprio'))
a('showpage')
a('%%EOF')
txt = '\n'.join(ps) + '\n'
txt = txt.replace('\u2013', '-').replace('\u2022', '\u00b7')
open(out, 'w', encoding='latin-1').write(txt)
