#!/usr/bin/env python3
"""Comune di Torreano / Občina Tavorjana - determinazione n. 143 del 24/03/2026.
Italian/Slovene headings one under the other; body justified with Tw,
operative points justified with Tc; letter-spaced titles drawn with Tc
(layout after the Insiel acts of FVG municipalities)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from pdfjust import justified, spaced, wrap

out = sys.argv[1]
pdfmetrics.registerFont(TTFont('Ser', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SerB', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('San', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SanB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))

L, R = 22 * mm, A4[0] - 20 * mm
W = R - L
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Determinazione n. 143 del 24/03/2026')
c.setAuthor('Comune di Torreano - Občina Tavorjana')
c.setCreator('Insiel - Atti amministrativi')
page = [1]


def letterhead():
    c.setFont('SanB', 13)
    c.drawString(L, A4[1] - 20 * mm, 'COMUNE DI TORREANO')
    c.drawRightString(R, A4[1] - 20 * mm, 'OBČINA TAVORJANA')
    c.setFont('San', 7.5)
    c.drawCentredString((L + R) / 2, A4[1] - 25 * mm,
                        'Regione Autonoma Friuli Venezia Giulia - Avtonomna dežela Furlanija Julijska krajina')
    c.drawCentredString((L + R) / 2, A4[1] - 28.5 * mm,
                        'Piazza Municipio, 1 - 33040 Torreano (UD) - Tel. 0432 712036 - PEC: comune.torreano@certgov.fvg.it')
    c.setLineWidth(1.2)
    c.line(L, A4[1] - 31 * mm, R, A4[1] - 31 * mm)
    c.setLineWidth(0.4)
    c.line(L, A4[1] - 32 * mm, R, A4[1] - 32 * mm)


def foot():
    c.setFont('San', 7)
    c.drawString(L, 12 * mm, 'Determinazione n. 143 del 24/03/2026 - Odločba št. 143 z dne 24/03/2026')
    c.drawRightString(R, 12 * mm, 'Pag. / Str. %d di / od 2' % page[0])


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    letterhead()
    return A4[1] - 42 * mm


def para(y, text, font='Ser', size=10.5, lead=14, indent=0, tc=False, gap=4):
    lines = wrap(text, font, size, W - indent)
    if y - lead * len(lines) < 22 * mm:
        y = newpage()
    y = justified(c, L, y, text, font, size, W, lead, indent=indent, tc_mode=tc)
    return y - gap


letterhead()
y = A4[1] - 40 * mm
c.setFont('SanB', 10)
c.drawCentredString((L + R) / 2, y, 'AREA TECNICA E TECNICO-MANUTENTIVA')
y -= 4.5 * mm
c.setFont('San', 9)
c.drawCentredString((L + R) / 2, y, 'TEHNIČNO IN TEHNIČNO-VZDRŽEVALNO PODROČJE')
y -= 5.5 * mm
c.setFont('SanB', 9.5)
c.drawCentredString((L + R) / 2, y, 'Servizio Lavori Pubblici e Patrimonio')
y -= 4.2 * mm
c.setFont('San', 9)
c.drawCentredString((L + R) / 2, y, 'Služba za javna dela in premoženje')
y -= 11 * mm
spaced(c, L, y, 'DETERMINAZIONE', 'SerB', 15, 6.5, center_width=W)
y -= 6.5 * mm
spaced(c, L, y, 'ODLOČBA', 'Ser', 11, 5, center_width=W)
y -= 8 * mm
# register box
bh = 17 * mm
c.setLineWidth(0.7)
c.rect(L, y - bh, W, bh)
c.line(L + W / 2, y - bh, L + W / 2, y)
c.setFont('San', 8)
c.drawString(L + 3 * mm, y - 5 * mm, 'N. Registro Generale / Št. splošnega registra')
c.drawString(L + W / 2 + 3 * mm, y - 5 * mm, 'N. Registro di Area / Št. registra področja')
c.setFont('SanB', 12)
c.drawString(L + 3 * mm, y - 11.5 * mm, '143')
c.drawString(L + W / 2 + 3 * mm, y - 11.5 * mm, '38')
c.setFont('San', 9)
c.drawString(L + 22 * mm, y - 11.5 * mm, 'del / z dne 24/03/2026')
c.drawString(L + W / 2 + 22 * mm, y - 11.5 * mm, 'del / z dne 23/03/2026')
y -= bh + 8 * mm

subj_it = ("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE TORREANO - MASAROLIS. "
           "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. N. 36/2023 "
           "ALLA DITTA EDILSTRADE NATISONE S.R.L. - CIG B6A1F27C3D - IMPEGNO DI SPESA.")
subj_sl = ("IZREDNO VZDRŽEVANJE OBČINSKE CESTE TAVORJANA - MAŽERUOLE. NEPOSREDNA ODDAJA "
           "NA PODLAGI 50. ČLENA, 1. ODSTAVEK, ČRKA A), ZAKONSKEGA ODLOKA ŠT. 36/2023 PODJETJU "
           "EDILSTRADE NATISONE S.R.L. - CIG B6A1F27C3D - PREVZEM OBVEZNOSTI.")
c.setFont('SanB', 9.5)
c.drawString(L, y, 'Oggetto:')
y = justified(c, L + 18 * mm, y, subj_it, 'SanB', 9.5, W - 18 * mm, 12.5)
y -= 2
c.setFont('San', 9)
c.drawString(L, y, 'Zadeva:')
y = justified(c, L + 18 * mm, y, subj_sl, 'San', 9, W - 18 * mm, 12)
y -= 10

spaced(c, L, y, 'IL RESPONSABILE DELL\'AREA', 'SerB', 11, 2.2, center_width=W)
y -= 9 * mm
body = [
    "PREMESSO che il tratto della strada comunale Torreano - Masarolis compreso tra le località Costa e Masarolis presenta "
    "cedimenti del piano viabile e delle opere di sostegno a valle, a seguito degli eventi meteorici del mese di novembre 2025, "
    "come risulta dal verbale di sopralluogo dell'Ufficio tecnico del 9 gennaio 2026;",
    "VISTA la deliberazione del Consiglio comunale n. 41 del 22 dicembre 2025, esecutiva, con la quale è stato approvato il "
    "bilancio di previsione per il triennio 2026-2028, e la deliberazione della Giunta comunale n. 3 del 13 gennaio 2026 di "
    "assegnazione delle risorse ai Titolari di incarico di Elevata Qualificazione;",
    "VISTO il decreto del Sindaco n. 2 del 2 gennaio 2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area "
    "Tecnica e Tecnico-Manutentiva;",
    "RICHIAMATO l'art. 50, comma 1, lett. a), del decreto legislativo 31 marzo 2023, n. 36, che consente l'affidamento diretto "
    "dei lavori di importo inferiore a 150.000 euro, anche senza consultazione di più operatori economici, purché in possesso "
    "di documentate esperienze pregresse idonee all'esecuzione delle prestazioni contrattuali;",
    "VISTO il preventivo presentato tramite la piattaforma eAppaltiFVG dalla ditta Edilstrade Natisone S.r.l., con sede in "
    "San Pietro al Natisone, P.IVA 02918460305, acquisito al protocollo n. 1187 del 17 marzo 2026, per un importo di "
    "euro 38.640,00 oltre IVA al 22%, ritenuto congruo dal RUP;",
    "ACCERTATA la regolarità contributiva della ditta (DURC prot. INAIL_52190877 con scadenza 14/07/2026) e dato atto che è "
    "stato acquisito il codice identificativo di gara CIG B6A1F27C3D;",
    "RITENUTO di provvedere in merito;",
]
for p in body:
    y = para(y, p)
y -= 4
spaced(c, L, y, 'DETERMINA', 'SerB', 13, 5.5, center_width=W)
y -= 5.5 * mm
spaced(c, L, y, 'ODLOČA', 'Ser', 10, 4, center_width=W)
y -= 8 * mm
pts = [
    "di affidare, per le motivazioni espresse in premessa, i lavori di manutenzione straordinaria della strada comunale "
    "Torreano - Masarolis alla ditta Edilstrade Natisone S.r.l. per l'importo di euro 38.640,00 oltre IVA al 22%, "
    "per complessivi euro 47.140,80;",
    "di impegnare la spesa complessiva di euro 47.140,80 al capitolo 2815/1 \"Manutenzione straordinaria strade comunali\" "
    "del bilancio 2026-2028, esercizio 2026, missione 10, programma 05;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, "
    "comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il responsabile unico del progetto è il geom. Fabio Specogna e che non sussistono situazioni di "
    "conflitto di interessi ai sensi dell'art. 16 del D.Lgs. n. 36/2023;",
    "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line per quindici giorni consecutivi e "
    "nella sezione Amministrazione trasparente.",
]
for k, p in enumerate(pts):
    lines = wrap(p, 'Ser', 10.5, W - 8 * mm)
    if y - 14 * len(lines) < 22 * mm:
        y = newpage()
    c.setFont('Ser', 10.5)
    c.drawString(L, y, '%d.' % (k + 1))
    yy = y
    for i, line in enumerate(lines):
        t = c.beginText()
        t.setFont('Ser', 10.5)
        t.setTextOrigin(L + 8 * mm, yy)
        if i < len(lines) - 1:
            t.setCharSpace((W - 8 * mm - stringWidth(line, 'Ser', 10.5)) / (len(line) - 1))
        t.textLine(line)
        c.saveState()
        c.drawText(t)
        c.restoreState()
        yy -= 14
    y = yy - 4
y -= 8
if y < 80 * mm:
    y = newpage()
c.setFont('San', 9)
c.drawString(L, y, 'Torreano / Tavorjana, 24/03/2026')
y -= 10 * mm
x = L + W / 2
c.setFont('SanB', 9)
c.drawCentredString(x + W / 4, y, 'IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE')
y -= 4 * mm
c.setFont('San', 8)
c.drawCentredString(x + W / 4, y, 'NOSILEC NALOGE VISOKE USPOSOBLJENOSTI')
y -= 5 * mm
c.setFont('Ser', 10.5)
c.drawCentredString(x + W / 4, y, 'geom. Fabio Specogna')
y -= 4 * mm
c.setFont('San', 7)
c.drawCentredString(x + W / 4, y, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)')
y -= 14 * mm
c.setLineWidth(0.5)
c.rect(L, y - 30 * mm, W, 30 * mm)
c.setFont('SanB', 8.5)
c.drawString(L + 3 * mm, y - 5 * mm, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA')
c.setFont('San', 8.5)
c.drawString(L + 3 * mm, y - 10 * mm, '(art. 183, comma 7, del D.Lgs. n. 267/2000)')
c.drawString(L + 3 * mm, y - 16 * mm, 'Impegno n. 2026/214 - Capitolo 2815/1 - Importo euro 47.140,80')
c.drawString(L + 3 * mm, y - 22 * mm, 'Torreano, 24/03/2026')
c.drawRightString(R - 3 * mm, y - 22 * mm, 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO')
c.drawRightString(R - 3 * mm, y - 27 * mm, 'dott.ssa Lara Cencig')
foot()
c.showPage()
c.save()
