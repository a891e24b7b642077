# Convocazione del Consiglio comunale - Comune di Valtournenche (AO)
# Writes a PostScript letter as an old word processor (WordPerfect for Unix style)
# would spool it, Latin-1 reencoded Times/Helvetica; ps2pdf (Ghostscript) makes the PDF.
# Line breaking uses the standard Times metrics from ReportLab's AFM tables.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth

out = open(sys.argv[1], 'w', encoding='latin-1')
W, H = 595, 842
LM, RM = 72, 523
out.write("""%!PS-Adobe-3.0
%%Title: CONVOCAZIONE CONSIGLIO 19-03-2026
%%Creator: WordPerfect 8 (Unix) PostScript driver
%%Pages: 1
%%DocumentMedia: A4 595 842 0 () ()
%%EndComments
/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall
  /Encoding ISOLatin1Encoding def currentdict end definefont pop } bind def
/TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc /HV /Helvetica reenc /HB /Helvetica-Bold reenc
%%Page: 1 1
""")

def ps(s):
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'

FONTS = {'TR': 'Times-Roman', 'TB': 'Times-Bold', 'TI': 'Times-Italic', 'HV': 'Helvetica', 'HB': 'Helvetica-Bold'}

def text(x, y, s, f='TR', size=12, align='l'):
    w = stringWidth(s, FONTS[f], size)
    if align == 'c': x = x - w / 2
    elif align == 'r': x = x - w
    out.write(f"/{f} findfont {size} scalefont setfont {x:.2f} {y:.2f} moveto {ps(s)} show\n")

def just(y, s, f='TR', size=12, left=LM, right=RM, lead=15, last_just=False):
    words = s.split(); lines = []; cur = []
    for wd in words:
        t = ' '.join(cur + [wd])
        if stringWidth(t, FONTS[f], size) > right - left and cur:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = ' '.join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (right - left - stringWidth(t, FONTS[f], size)) / (len(ln) - 1)
            out.write(f"/{f} findfont {size} scalefont setfont {left:.2f} {y:.2f} moveto {gap:.3f} 0 32 {ps(t)} widthshow\n")
        else:
            text(left, y, t, f, size)
        y -= lead
    return y

# letterhead
text(W/2, 790, 'COMUNE DI VALTOURNENCHE', 'TB', 16, 'c')
text(W/2, 773, 'COMMUNE DE VALTOURNENCHE', 'TB', 11, 'c')
text(W/2, 758, "Regione Autonoma Valle d'Aosta - R\u00e9gion Autonome Vall\u00e9e d'Aoste", 'TI', 10, 'c')
out.write(f"0.6 setlinewidth {LM} 748 moveto {RM} 748 lineto stroke\n")

text(LM, 722, 'Prot. n. 2381 / II.3', 'HV', 9.5)
text(RM, 722, 'Valtournenche, 11 marzo 2026', 'TR', 12, 'r')

y = 690
for s in ['Ai Signori Consiglieri comunali', 'Al Segretario comunale', 'e, p.c.   Al Revisore dei conti',
          '            Al Comando Stazione Carabinieri', '            Alla Presidenza della Regione']:
    text(320, y, s, 'TR', 11); y -= 14

y -= 18
text(W/2, y, 'CONVOCAZIONE DEL CONSIGLIO COMUNALE', 'TB', 13, 'c'); y -= 26
y = just(y, "Ai sensi dell'art. 21 della legge regionale 7 dicembre 1998, n. 54 e del vigente Regolamento per il funzionamento del Consiglio comunale, si comunica che il Consiglio comunale \u00e8 convocato in seduta ordinaria, pubblica, di prima convocazione, per il giorno")
text(W/2, y - 4, 'GIOVED\u00cc 19 MARZO 2026 ALLE ORE 20:30', 'TB', 12, 'c'); y -= 22
y = just(y, "presso la sala consiliare del Municipio, e occorrendo in seconda convocazione per il giorno venerd\u00ec 20 marzo 2026 alla stessa ora e nello stesso luogo, per la trattazione del seguente")
y -= 6
text(W/2, y, 'ORDINE DEL GIORNO', 'TB', 12, 'c'); y -= 22
odg = [
    'Lettura e approvazione dei verbali della seduta del 18 dicembre 2025.',
    'Comunicazioni del Sindaco.',
    "Variazione al bilancio di previsione finanziario 2026/2028 - applicazione di quota dell'avanzo di amministrazione accantonato.",
    'Approvazione del Regolamento comunale per la disciplina delle aree di sosta a pagamento in localit\u00e0 Breuil-Cervinia.',
    "Approvazione della convenzione con l'Unit\u00e9 des Communes vald\u00f4taines Mont-Cervin per la gestione associata del servizio di biblioteca.",
    'Interpellanze e interrogazioni.',
]
for i, s in enumerate(odg, 1):
    text(LM + 10, y, f'{i}.', 'TR', 12)
    y = just(y, s, left=LM + 30, lead=15)
    y -= 3
y -= 8
y = just(y, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria, a disposizione dei Consiglieri, nei tre giorni precedenti la seduta, durante l'orario di apertura degli uffici.")
y -= 6
y = just(y, "La seduta sar\u00e0 trasmessa in diretta sul canale istituzionale del Comune.")
y -= 30
text(420, y, 'IL SINDACO', 'TR', 12, 'c'); y -= 16
text(420, y, 'Michel Maquignaz', 'TB', 12, 'c'); y -= 14
text(420, y, '(firmato digitalmente)', 'TI', 10, 'c')

out.write(f"0.4 setlinewidth {LM} 60 moveto {RM} 60 lineto stroke\n")
text(LM, 48, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Pubblicato all'Albo pretorio on line dall'11/03/2026 al 20/03/2026", 'HV', 7.5)
text(LM, 38, "Municipio di Valtournenche (AO) - Ufficio di Segreteria", 'HV', 7.5)
out.write("showpage\n%%EOF\n")
out.close()
