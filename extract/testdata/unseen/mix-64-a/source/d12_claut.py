# Comune di Claut: writes a PostScript program (ISO Latin-1 re-encoded Helvetica, body in two columns,
# running head and foot) to be distilled by Ghostscript (ps2pdf)
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth
out = []
def esc(s):
    r = ""
    for ch in s:
        o = ord(ch)
        if ch in "()\\": r += "\\" + ch
        elif o < 128: r += ch
        else: r += "\\%03o" % ord(ch.encode("latin-1"))
    return r
def show(x, y, font, size, s): out.append("/%s findfont %g scalefont setfont %g %g moveto (%s) show" % (font, size, x, y, esc(s)))
def centre(y, font, size, s):
    w = stringWidth(s, {"HL": "Helvetica", "HLB": "Helvetica-Bold", "HLO": "Helvetica-Oblique"}[font], size)
    show((595 - w) / 2, y, font, size, s)
def wrap(t, font, size, width):
    words = t.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    return lines + [" ".join(cur)]
centre(790, "HLB", 16, "COMUNE DI CLAUT")
centre(775, "HL", 9.5, "Provincia di Pordenone - Comun di Claut")
centre(763, "HL", 9.5, "Area Amministrativa - Ufficio Servizi Sociali e Scolastici")
out.append("0.8 setlinewidth 60 754 moveto 535 754 lineto stroke")
centre(722, "HLB", 26, "AVVISO")
centre(700, "HLB", 12, "CENTRO ESTIVO COMUNALE 2026")
centre(685, "HLB", 12, "APERTURA DELLE ISCRIZIONI")
paras = [
 "Si informano le famiglie che il Comune di Claut organizza, in collaborazione con la Cooperativa Sociale Il Ponte, il Centro Estivo comunale per bambini e ragazzi dai 4 ai 13 anni.",
 "PERIODO E SEDE. Il centro estivo si svolgerà dal 22 giugno al 31 luglio 2026, dal lunedì al venerdì, dalle ore 8.00 alle ore 16.00, presso la scuola primaria di via Giordani e l'area verde del Palazzetto.",
 "ATTIVITÀ. Sono previste attività ludiche e sportive, laboratori creativi, escursioni in Val Cellina e nel Parco Naturale delle Dolomiti Friulane, compiti delle vacanze assistiti.",
 "QUOTE. La quota settimanale è di 45,00 euro comprensiva del pasto; per il secondo figlio iscritto la quota è ridotta a 35,00 euro. Sono previste agevolazioni per i nuclei con ISEE inferiore a 10.000,00 euro.",
 "ISCRIZIONI. Le domande devono essere presentate entro il 5 giugno 2026 utilizzando il modulo disponibile sul sito istituzionale e presso l'Ufficio Servizi Sociali e Scolastici, consegnandolo a mano o inviandolo a protocollo@comune.claut.pn.it.",
 "Saranno accolte fino a un massimo di 40 iscrizioni per settimana; in caso di richieste eccedenti si terrà conto della residenza nel Comune e della condizione lavorativa dei genitori.",
 "INFORMAZIONI. Ufficio Servizi Sociali e Scolastici, tel. 0427 878001, dal lunedì al venerdì dalle 9.00 alle 12.30.",
]
colw = 225; xs = [60, 310]; col = 0; y = 650
for p in paras:
    lines = wrap(p, "Helvetica", 10, colw)
    if y - 13 * len(lines) < 170 and col == 0: col = 1; y = 650
    for ln in lines:
        show(xs[col], y, "HL", 10, ln); y -= 13
    y -= 7
show(60, 140, "HL", 10, "Claut, 14 maggio 2026")
show(330, 140, "HLB", 10, "LA RESPONSABILE DELL'AREA AMMINISTRATIVA")
show(370, 126, "HL", 10, "dott.ssa Michela Martini")
show(60, 40, "HLO", 7.5, "Piazza San Giorgio, 1 - 33080 Claut (PN) - www.comune.claut.pn.it")
ps = ["%!PS-Adobe-3.0", "%%Title: Avviso centro estivo 2026", "%%Creator: Comune di Claut - AvvisiPS", "%%Pages: 1", "%%EndComments",
      "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
      "/HL /Helvetica reenc /HLB /Helvetica-Bold reenc /HLO /Helvetica-Oblique reenc",
      "%%Page: 1 1", "<< /PageSize [595 842] >> setpagedevice"] + out + ["showpage", "%%EOF"]
open(sys.argv[1], "w", encoding="ascii").write("\n".join(ps) + "\n")
