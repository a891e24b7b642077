# Comune di Castelmauro - avviso pubblico n. 3/2026, written as PostScript (as a DTP
# layout printed to a PostScript file, QuarkXPress-style) and distilled by Ghostscript.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {'R': 'Times-Roman', 'B': 'Times-Bold', 'I': 'Times-Italic', 'H': 'Helvetica-Bold', 'h': 'Helvetica'}
out = []
def esc(t):
    b = t.encode('latin-1')
    r = ''
    for ch in b:
        c = chr(ch)
        if c in '()\\': r += '\\' + c
        elif ch > 126: r += '\\%03o' % ch
        else: r += c
    return '(' + r + ')'

def text(x, y, t, f='R', size=11, align='L'):
    w = stringWidth(t, FONTS[f], size)
    if align == 'C': x -= w / 2
    elif align == 'R': x -= w
    out.append(f'/{FONTS[f]}-L {size} selectfont {x:.2f} {y:.2f} moveto {esc(t)} show')

def para(x, y, width, t, f='R', size=11, lead=14, justify=True, indent=0):
    words = t.split(); line = []; lines = []
    for wd in words:
        trial = ' '.join(line + [wd])
        avail = width - (indent if not lines else 0)
        if stringWidth(trial, FONTS[f], size) <= avail or not line: line.append(wd)
        else: lines.append(line); line = [wd]
    if line: lines.append(line)
    for i, ln in enumerate(lines):
        s = ' '.join(ln); xo = x + (indent if i == 0 else 0)
        avail = width - (indent if i == 0 else 0)
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (avail - stringWidth(s, FONTS[f], size)) / (len(ln) - 1)
            out.append(f'/{FONTS[f]}-L {size} selectfont {xo:.2f} {y:.2f} moveto {extra:.3f} 0 32 {esc(s)} widthshow')
        else:
            out.append(f'/{FONTS[f]}-L {size} selectfont {xo:.2f} {y:.2f} moveto {esc(s)} show')
        y -= lead
    return y

# page 1
L, R = 56, 539; W = R - L
out.append('newpath 40 40 moveto 555 40 lineto 555 802 lineto 40 802 lineto closepath 0.4 0.2 0.1 setrgbcolor 2 setlinewidth stroke 0 setgray')
text(297.5, 770, '[stemma del Comune]', 'I', 8, 'C')
text(297.5, 748, 'COMUNE DI CASTELMAURO', 'H', 20, 'C')
text(297.5, 732, 'Provincia di Campobasso', 'h', 10.5, 'C')
text(297.5, 712, 'AREA AMMINISTRATIVA - SERVIZI SOCIALI', 'H', 10, 'C')
out.append(f'newpath {L} 702 moveto {R} 702 lineto 0.8 setlinewidth stroke')
out.append(f'0.85 setgray newpath {L} 640 moveto {R} 640 lineto {R} 692 lineto {L} 692 lineto closepath fill 0 setgray')
text(297.5, 668, 'AVVISO PUBBLICO N. 3/2026', 'H', 24, 'C')
text(297.5, 648, 'pubblicato il 12/03/2026', 'h', 10, 'C')
y = 618
for ln in ['CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO', 'DEI CANONI DI LOCAZIONE - ANNO 2026']:
    text(297.5, y, ln, 'B', 15, 'C'); y -= 19
y -= 8
y = para(L, y, W, "Il Responsabile dell'Area Amministrativa, in esecuzione della deliberazione della Giunta Comunale n. 17 del 05/03/2026 e della propria determinazione n. 41 del 10/03/2026, rende noto che dal 16 marzo 2026 al 15 aprile 2026 i cittadini residenti possono presentare domanda per ottenere un contributo economico a parziale rimborso dei canoni di locazione pagati nell'anno 2025.", 'R', 11.5, 15)
y -= 6; text(L, y, '1. REQUISITI PER L\'AMMISSIONE', 'H', 10.5); y -= 16
for s in ["a) residenza anagrafica nel Comune di Castelmauro alla data di pubblicazione del presente avviso;",
          "b) titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, relativo ad alloggio non di edilizia residenziale pubblica;",
          "c) valore ISEE del nucleo familiare in corso di validità non superiore a euro 15.000,00;",
          "d) assenza di titolarità, da parte dei componenti del nucleo, di diritti di proprietà su alloggi adeguati nel territorio regionale."]:
    y = para(L + 14, y, W - 14, s, 'R', 11, 14); y -= 3
y -= 6; text(L, y, '2. ENTITA\' DEL CONTRIBUTO', 'H', 10.5); y -= 16
y = para(L, y, W, "Il contributo è pari al 30 per cento del canone annuo effettivamente corrisposto e comunque non superiore a euro 1.200,00 per nucleo familiare, nei limiti dello stanziamento complessivo di euro 24.000,00. In caso di insufficienza dei fondi il contributo sarà ridotto in misura proporzionale.", 'R', 11, 14)
y -= 6; text(L, y, '3. MODALITA\' E TERMINI DI PRESENTAZIONE', 'H', 10.5); y -= 16
y = para(L, y, W, "La domanda, redatta sul modello disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale dell'Ente, deve pervenire entro le ore 12:00 del 15 aprile 2026 mediante consegna a mano all'Ufficio Protocollo, a mezzo raccomandata A/R o via PEC all'indirizzo comune.castelmauro@pec.it, corredata dalla copia del contratto, dalle ricevute di pagamento del canone e dall'attestazione ISEE.", 'R', 11, 14)
y -= 6; text(L, y, '4. INFORMAZIONI', 'H', 10.5); y -= 16
y = para(L, y, W, "Il responsabile del procedimento è la Dott.ssa Angela Di Lena, assistente sociale, presso la quale è possibile ottenere informazioni il martedì e il giovedì dalle ore 9:00 alle ore 12:00 (tel. 0874 744126). I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.", 'R', 11, 14)
y -= 14
text(L, y, 'Castelmauro, 12/03/2026', 'R', 11)
text(420, y, "IL RESPONSABILE DELL'AREA", 'B', 10.5, 'C'); y -= 14
text(420, y, 'AMMINISTRATIVA', 'B', 10.5, 'C'); y -= 15
text(420, y, 'Dott. Nicola Colavita', 'R', 11, 'C'); y -= 13
text(420, y, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005', 'I', 8.5, 'C')
text(297.5, 48, 'Comune di Castelmauro - Corso Umberto I - 86031 Castelmauro (CB)', 'h', 7, 'C')

prolog = ['%!PS-Adobe-3.0', '%%Creator: QuarkXPress(R) 9.5.4', '%%Title: AVVISO 3 2026 contributi locazione.qxp', '%%Pages: 1',
          '%%DocumentMedia: A4 595 842 0 () ()', '%%EndComments', '%%BeginProlog',
          '/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def',
          '%%EndProlog', '%%BeginSetup', '<< /PageSize [595 842] >> setpagedevice']
for fn in FONTS.values():
    prolog.append(f'/{fn}-L /{fn} reenc')
prolog += ['%%EndSetup', '%%Page: 1 1']
body = '\n'.join(prolog + out + ['showpage', '%%EOF']) + '\n'
open(sys.argv[1], 'w', encoding='latin-1').write(body)
