# Comune di San Floriano del Collio / Občina Števerjan - determinazione / odločba, Italian and Slovene one
# under the other. Low-level reportlab canvas: letter-spaced headings (Tc), body justified with Tw line by
# line, register box and subject drawn glyph by glyph (one BT/Tm/Tj per character).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))
W, H = A4
L, R = 62, W - 56
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 23/2026 - Odločba št. 23/2026")
c.setAuthor("Comune di San Floriano del Collio - Občina Števerjan")
c.setCreator("Insiel ADWeb - Atti amministrativi")
page = [1]


def spaced(text, x, y, font, size, tc, center=False):
    w = pdfmetrics.stringWidth(text, font, size) + tc * (len(text) - 1)
    if center:
        x = x - w / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


def glyphs(text, x, y, font, size, extra=0.0):
    """one text object per glyph"""
    for ch in text:
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + extra
    return x


def lines_of(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(text, y, font="LS", size=10, leading=13, x=L, width=None, indent=0):
    width = width or (R - x)
    ls = lines_of(text, font, size, width - indent)
    for i, ws in enumerate(ls):
        y = need(y, leading)
        s = " ".join(ws)
        t = c.beginText(x + indent, y)
        t.setFont(font, size)
        if i < len(ls) - 1 and len(ws) > 1:
            gap = (width - indent - pdfmetrics.stringWidth(s, font, size)) / (len(ws) - 1)
            t.setWordSpace(gap)
        t.textOut(s)
        t.setWordSpace(0)
        c.drawText(t)
        y -= leading
    return y


def glyph_para(text, y, font, size, leading, x=L, width=None):
    width = width or (R - x)
    for ws in lines_of(text, font, size, width):
        y = need(y, leading)
        glyphs(" ".join(ws), x, y, font, size)
        y -= leading
    return y


def foot():
    c.setFont("LS", 7)
    c.drawString(L, 30, "Comune di San Floriano del Collio / Občina Števerjan - Determinazione / Odločba n./št. 23 del / z dne 18/02/2026")
    c.drawRightString(R, 30, "pag. / str. %d" % page[0])


def need(y, h):
    if y - h < 60:
        foot()
        c.showPage()
        page[0] += 1
        return H - 60
    return y


# letterhead
c.setLineWidth(1.2)
c.circle(L + 18, H - 62, 16)
c.setFont("LSB", 9)
c.drawCentredString(L + 18, H - 65, "SF")
spaced("COMUNE DI SAN FLORIANO DEL COLLIO", (L + R) / 2 + 16, H - 54, "LSB", 12.5, 1.6, center=True)
spaced("OBČINA ŠTEVERJAN", (L + R) / 2 + 16, H - 70, "LSB", 12.5, 3.2, center=True)
c.setFont("LSI", 8)
c.drawCentredString((L + R) / 2 + 16, H - 83, "Regione Autonoma Friuli Venezia Giulia - Avtonomna dežela Furlanija Julijska krajina")
c.setLineWidth(0.5)
c.line(L, H - 92, R, H - 92)
y = H - 112
spaced("AREA TECNICA - TEHNIČNO PODROČJE", (L + R) / 2, y, "LSB", 10.5, 1.2, center=True)
y -= 14
c.setFont("LS", 9.5)
c.drawCentredString((L + R) / 2, y, "Servizio lavori pubblici - Služba za javna dela")
y -= 26
# register box, glyph by glyph
c.rect(L, y - 44, R - L, 56)
glyphs("DETERMINAZIONE / ODLOČBA", L + 10, y, "LSB", 11, 0.8)
glyphs("N. / Št. 23", L + 10, y - 16, "LSB", 11)
glyphs("del / z dne 18/02/2026", L + 110, y - 16, "LS", 11)
glyphs("Proposta nr. / Predlog št. 31 del / z dne 12/02/2026", L + 10, y - 34, "LS", 9)
y -= 70
glyphs("OGGETTO:", L, y, "LSB", 10)
subj_it = ("Lavori di manutenzione straordinaria della strada comunale Giasbana - Uclanzi. Approvazione del "
           "certificato di regolare esecuzione e liquidazione dello stato finale. CUP F47H25000210002 - CIG B4C91E2A77.")
y = glyph_para(subj_it, y, "LSB", 10, 13, x=L + 62)
y -= 3
glyphs("ZADEVA:", L, y, "LSB", 10)
subj_sl = ("Izredno vzdrževanje občinske ceste Jazbine - Uklanci. Odobritev potrdila o pravilni izvedbi in izplačilo "
           "končnega obračuna. CUP F47H25000210002 - CIG B4C91E2A77.")
y = glyph_para(subj_sl, y, "LSI", 10, 13, x=L + 62)
y -= 12
spaced("IL RESPONSABILE DELL'AREA TECNICA", (L + R) / 2, y, "LSB", 10, 0.6, center=True)
y -= 13
spaced("ODGOVORNI ZA TEHNIČNO PODROČJE", (L + R) / 2, y, "LSB", 10, 0.6, center=True)
y -= 18
body = [
    ("PREMESSO che con propria determinazione n. 88 del 09/07/2025 i lavori di manutenzione straordinaria della "
     "strada comunale Giasbana - Uclanzi sono stati affidati all'impresa Cotar Costruzioni s.r.l. di Gorizia per "
     "l'importo di euro 61.240,00 oltre IVA;",
     "Z lastno odločbo št. 88 z dne 09/07/2025 so bila dela izrednega vzdrževanja občinske ceste Jazbine - Uklanci "
     "oddana podjetju Cotar Costruzioni s.r.l. iz Gorice za znesek 61.240,00 evrov brez DDV;"),
    ("VISTO il certificato di regolare esecuzione emesso dal direttore dei lavori in data 30/01/2026, dal quale "
     "risulta un credito residuo dell'impresa di euro 6.124,00 oltre IVA al 22%;",
     "Na podlagi potrdila o pravilni izvedbi, ki ga je vodja del izdal dne 30/01/2026, znaša preostala terjatev "
     "podjetja 6.124,00 evrov brez 22% DDV;"),
    ("VISTI il D.Lgs. 36/2023, la L.R. 17 luglio 2015, n. 18, e il decreto del Sindaco n. 2 del 07/01/2026 di "
     "nomina dei titolari di posizione organizzativa;",
     "Na podlagi Zakonske uredbe št. 36/2023, Deželnega zakona z dne 17. julija 2015, št. 18, in županovega "
     "odloka št. 2 z dne 07/01/2026;"),
]
for it, sl in body:
    y = justify(it, y, "LS", 10, 12.6)
    y -= 2
    y = justify(sl, y, "LSI", 9.5, 12)
    y -= 7
y = need(y, 30)
spaced("D E T E R M I N A  /  O D L O Č A", (L + R) / 2, y, "LSB", 10.5, 0.4, center=True)
y -= 18
pts = [
    ("di approvare il certificato di regolare esecuzione dei lavori in oggetto, emesso in data 30/01/2026;",
     "odobri potrdilo o pravilni izvedbi zgoraj navedenih del, izdano dne 30/01/2026;"),
    ("di liquidare all'impresa Cotar Costruzioni s.r.l. la somma di euro 7.471,28, IVA compresa, a saldo dello "
     "stato finale, con imputazione al capitolo 2810/5 del bilancio 2026, impegno n. 412/2025;",
     "podjetju Cotar Costruzioni s.r.l. izplača znesek 7.471,28 evrov z vključenim DDV kot poravnavo končnega "
     "obračuna, v breme poglavja 2810/5 proračuna 2026, obveznost št. 412/2025;"),
    ("di svincolare la garanzia definitiva prestata dall'impresa.",
     "sprosti dokončno jamstvo, ki ga je predložilo podjetje."),
]
for i, (it, sl) in enumerate(pts, 1):
    y = need(y, 40)
    c.setFont("LSB", 10)
    c.drawString(L, y, "%d." % i)
    y = justify(it, y, "LS", 10, 12.6, x=L + 16)
    y -= 1
    y = justify(sl, y, "LSI", 9.5, 12, x=L + 16)
    y -= 6
y -= 8
y = need(y, 70)
c.setFont("LS", 9.5)
c.drawString(L, y, "San Floriano del Collio / Števerjan, 18/02/2026")
c.drawCentredString(R - 100, y, "IL RESPONSABILE DELL'AREA TECNICA")
c.drawCentredString(R - 100, y - 12, "ODGOVORNI ZA TEHNIČNO PODROČJE")
c.setFont("LSB", 10)
c.drawCentredString(R - 100, y - 26, "geom. Boris Komjanc")
c.setFont("LSI", 8)
c.drawCentredString(R - 100, y - 38, "firmato digitalmente / digitalno podpisano")
foot()
c.showPage()
c.save()
