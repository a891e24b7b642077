# Comune di Ripalimosani - ordinanza del Sindaco (Halley-like layout). The letterhead is a reused Form XObject,
# the Albo stamp runs rotated along the left margin, and the page content is laid out top-down but written to
# the content stream bottom-up (signature first, letterhead last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("TR", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TI", F + "LiberationSerif-Italic.ttf"))
W, H = A4
L, R = 70, W - 52
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Ordinanza n. 6/2026")
c.setCreator("Halley Informatica - Atti")
ops = []  # (callable) in reading order


def op(f):
    ops.append(f)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def para(text, y, font="TR", size=10.5, lead=13.5, x=L, width=None, align="j"):
    width = width or (R - x)
    ls = wrap(text, font, size, width)
    for i, s in enumerate(ls):
        yy = y

        def f(s=s, yy=yy, last=(i == len(ls) - 1)):
            t = c.beginText(x, yy)
            t.setFont(font, size)
            n = s.count(" ")
            if align == "j" and not last and n:
                t.setWordSpace((width - pdfmetrics.stringWidth(s, font, size)) / n)
            t.textOut(s)
            t.setWordSpace(0)
            c.drawText(t)
        op(f)
        y -= lead
    return y


def center(text, y, font, size):
    op(lambda: (c.setFont(font, size), c.drawCentredString((L + R) / 2, y, text)))


# letterhead form
c.beginForm("halley_intestazione")
c.setLineWidth(1)
c.rect(L, H - 98, 44, 52)
c.setFont("TB", 7)
c.drawCentredString(L + 22, H - 75, "STEMMA")
c.setFont("TB", 17)
c.drawString(L + 58, H - 62, "COMUNE DI RIPALIMOSANI")
c.setFont("TR", 10.5)
c.drawString(L + 58, H - 77, "Provincia di Campobasso")
c.setFont("TR", 8)
c.drawString(L + 58, H - 90, "Piazza Municipio, 1 - 86025 Ripalimosani (CB) - Tel. 0874 39131 - PEC: protocollo@pec.comune.ripalimosani.cb.it")
c.line(L, H - 104, R, H - 104)
c.endForm()

y = H - 132
op(lambda: (c.setLineWidth(0.8), c.rect(L, H - 172, R - L, 52)))
center("ORDINANZA DEL SINDACO", y, "TB", 14)
y -= 18
center("N. 6 DEL 09/03/2026", y, "TB", 12)
y -= 14
center("Registro Generale delle Ordinanze", y, "TI", 9)
y = H - 196
op(lambda: (c.setFont("TB", 10.5), c.drawString(L, H - 196, "Oggetto:")))
y = para("Divieto temporaneo di transito e di sosta in Via Roma e in Piazza Municipio per lavori di rifacimento "
         "della rete idrica comunale.", y, "TB", 10.5, 13.5, x=L + 50)
y -= 10
center("IL SINDACO", y, "TB", 11)
y -= 18
prem = [
    "PREMESSO che con deliberazione della Giunta Comunale n. 14 del 12/02/2026 è stato approvato il progetto "
    "esecutivo dei lavori di rifacimento della rete idrica comunale nel centro storico, finanziato con fondi "
    "regionali;",
    "VISTA la nota prot. n. 1964 del 05/03/2026 con la quale l'impresa Edil Biferno s.r.l., appaltatrice dei "
    "lavori, ha comunicato l'avvio delle lavorazioni in Via Roma e in Piazza Municipio a partire dal giorno "
    "11/03/2026;",
    "RITENUTO necessario, per garantire la sicurezza della circolazione e l'esecuzione dei lavori, disciplinare "
    "temporaneamente il traffico veicolare e la sosta nelle predette aree;",
    "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
    "regolamento di esecuzione, nonché l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]
for t in prem:
    y = para(t, y)
    y -= 5
y -= 4
center("O R D I N A", y, "TB", 11)
y -= 18
pts = [
    "il divieto di transito e di sosta con rimozione forzata, a tutti i veicoli, in Via Roma, nel tratto compreso "
    "tra Piazza Municipio e Via Garibaldi, dalle ore 7:30 del giorno 11/03/2026 alle ore 18:00 del giorno "
    "27/03/2026;",
    "il divieto di sosta con rimozione forzata in Piazza Municipio, lato chiesa, nel medesimo periodo;",
    "che il transito dei residenti e dei mezzi di soccorso sia consentito, compatibilmente con le lavorazioni, "
    "sotto la sorveglianza del personale dell'impresa;",
    "che l'impresa Edil Biferno s.r.l. provveda all'installazione della prescritta segnaletica almeno 48 ore "
    "prima dell'inizio dei lavori.",
]
for i, t in enumerate(pts, 1):
    yy = y
    op(lambda yy=yy, i=i: (c.setFont("TB", 10.5), c.drawString(L, yy, "%d." % i)))
    y = para(t, y, x=L + 16)
    y -= 4
y -= 4
y = para("La Polizia Locale e le altre Forze dell'Ordine sono incaricate di far rispettare la presente ordinanza. "
         "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Molise entro 60 giorni dalla pubblicazione "
         "all'Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", y,
         "TI", 10, 12.5)
y -= 14
yy = y
op(lambda: (c.setFont("TR", 10.5), c.drawString(L, yy, "Ripalimosani, 09/03/2026")))
op(lambda: (c.setFont("TB", 10.5), c.drawCentredString(R - 90, yy, "IL SINDACO")))
op(lambda: (c.setFont("TR", 10.5), c.drawCentredString(R - 90, yy - 14, "Dott. Antonio Di Criscio")))
op(lambda: (c.setFont("TI", 8), c.drawCentredString(R - 90, yy - 26,
                                                     "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")))

# rotated Albo stamp along the left margin (written first)
c.saveState()
c.translate(34, 110)
c.rotate(90)
c.setFillColorRGB(0.55, 0.1, 0.1)
c.setFont("TR", 8)
c.drawString(0, 0, "COMUNE DI RIPALIMOSANI - ALBO PRETORIO ON LINE - Pubblicazione n. 187/2026 dal 09/03/2026 al "
                   "24/03/2026 - Il Responsabile della pubblicazione: Maria Grazia Tullo")
c.restoreState()
# page content, bottom-up
for f in reversed(ops):
    f()
c.setFont("TR", 7.5)
c.drawRightString(R, 30, "Ordinanza n. 6 del 09/03/2026 - Pag. 1 di 1")
c.doForm("halley_intestazione")
c.showPage()
c.save()
