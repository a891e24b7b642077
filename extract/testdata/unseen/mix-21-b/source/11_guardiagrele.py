"""Comune di Guardiagrele - determinazione (Halley-like layout) written as a virtual printer driver
does: every glyph placed by its own Tm, no space characters, headings letter-spaced by glyph gaps,
justified lines by spreading the gaps. Standard-14 Helvetica/Times, WinAnsi (minipdf). 2 pages."""
import sys
from minipdf import PDF, enc, f, width
from awk import lines_of
from reportlab.pdfbase.pdfmetrics import stringWidth as sw
pdf = PDF()
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "H": "Helvetica", "HB": "Helvetica-Bold"}
for k, v in FONTS.items(): pdf.font(k, v)
pdf.info = {"Title": "DT_2026_000198", "Creator": "Halley Gestione Atti", "Producer": "PDF Printer Driver 3.1"}
XL, XR, BOT = 72.0, 528.0, 70.0
pages = [[]]
y = [800.0]
def glyphs(x, yy, s, font, size, gap=0.0, spacew=None):
    o = ["BT /%s %s Tf" % (font, f(size))]
    for ch in s:
        if ch == " ":
            x += spacew if spacew is not None else sw(" ", FONTS[font], size)
            continue
        o.append("1 0 0 1 %s %s Tm %s Tj" % (f(x), f(yy), enc(ch).decode("latin-1")))
        x += sw(ch, FONTS[font], size) + gap
    o.append("ET"); pages[-1].append("\n".join(o))
def newpage_if(h):
    if y[0] - h < BOT:
        pages.append([]); y[0] = 800.0
        glyphs(XL, 815, "Comune di Guardiagrele - Determinazione n. 198 del 16/03/2026", "H", 7.5)
def line(s, font="R", size=10.5, lead=14, x=XL, gap=0.0, centre=False):
    newpage_if(lead); y[0] -= lead
    if centre:
        w = sw(s, FONTS[font], size) + gap * (len(s.replace(" ", "")) - 1)
        x = XL + (XR - XL - w) / 2
    glyphs(x, y[0], s, font, size, gap)
def para(text, font="R", size=10.5, lead=13.5, after=4, ind=0.0):
    ls = lines_of(text, FONTS[font], size, XR - XL - ind)
    for i, ws in enumerate(ls):
        newpage_if(lead); y[0] -= lead
        s = " ".join(ws)
        spacew = sw(" ", FONTS[font], size)
        if i < len(ls) - 1 and len(ws) > 1:
            spacew += (XR - XL - ind - sw(s, FONTS[font], size)) / (len(ws) - 1)
        glyphs(XL + ind, y[0], s, font, size, 0.0, spacew)
    y[0] -= after
line("COMUNE DI GUARDIAGRELE", "HB", 15, 0, gap=1.5, centre=True)
line("Provincia di Chieti", "H", 9, 13, centre=True)
pages[-1].append("0.8 w %s %s m %s %s l S" % (f(XL), f(y[0] - 6), f(XR), f(y[0] - 6)))
y[0] -= 10
line("SETTORE II - SERVIZI FINANZIARI E TRIBUTI", "HB", 10.5, 18, centre=True)
line("Servizio Tributi", "H", 10, 14, centre=True)
y[0] -= 6
line("DETERMINAZIONE", "HB", 13, 22, gap=4, centre=True)
pages[-1].append("0.5 w %s %s 456 34 re S" % (f(XL), f(y[0] - 42)))
line("N. Registro Generale: 198                  Data: 16/03/2026", "H", 10, 18, x=XL + 8)
line("N. Registro di Settore: 27                  Data: 13/03/2026", "H", 10, 14, x=XL + 8)
y[0] -= 14
para("OGGETTO: Rimborso di somme indebitamente versate a titolo di IMU per le annualità 2022 e 2023 al contribuente identificato con codice pratica RIMB-IMU-2026/014. Liquidazione.", "B", 10.5)
y[0] -= 4
line("IL RESPONSABILE DEL SETTORE", "B", 11, 20, gap=0.8, centre=True)
for t in ["Visto il decreto sindacale n. 3 del 07/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore II - Servizi Finanziari e Tributi;",
          "Vista l'istanza di rimborso presentata dal contribuente, acquisita al protocollo comunale n. 2291 del 12/02/2026, relativa a versamenti IMU eseguiti in eccedenza per le annualità 2022 e 2023;",
          "Accertato, a seguito dell'istruttoria condotta dall'Ufficio Tributi, che le somme versate in eccedenza ammontano complessivamente a euro 1.284,00, oltre agli interessi legali calcolati ai sensi dell'art. 1, comma 165, della L. 296/2006, pari a euro 63,18;",
          "Visto il regolamento comunale per l'applicazione dell'IMU, approvato con deliberazione del Consiglio Comunale n. 21 del 29/07/2020;",
          "Dato atto dell'insussistenza di conflitti di interesse, anche potenziali, ai sensi dell'art. 6-bis della L. 241/1990;"]:
    para(t)
line("DETERMINA", "B", 11, 20, gap=2.5, centre=True)
y[0] -= 4
for i, t in enumerate(["di riconoscere il diritto al rimborso dell'importo di euro 1.284,00 a titolo di IMU versata in eccedenza per le annualità 2022 e 2023, oltre a euro 63,18 per interessi legali;",
                       "di liquidare la somma complessiva di euro 1.347,18 mediante bonifico bancario sul conto corrente indicato dal contribuente nell'istanza;",
                       "di imputare la spesa al capitolo 1045 \"Rimborsi di tributi\" del bilancio 2026, impegno n. 311/2026;",
                       "di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    ls = "%d) %s" % (i, t)
    para(ls, ind=0)
y[0] -= 20
line("IL RESPONSABILE DEL SETTORE II", "B", 10.5, 14, x=320)
line("Dott. Emidio Tatasciore", "R", 10.5, 14, x=330)
line("(firmato digitalmente)", "R", 8.5, 12, x=345)
for n, p in enumerate(pages, 1):
    p.append("BT /H 7 Tf %s 40 Td %s Tj ET" % (f(XL), enc("Comune di Guardiagrele - Piazza San Francesco, 12 - 66016 Guardiagrele (CH) - Pag. %d" % n).decode("latin-1")))
    pdf.page("\n".join(p))
pdf.write(sys.argv[1])
