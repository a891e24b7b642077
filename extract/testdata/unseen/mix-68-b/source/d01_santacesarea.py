# Comune di Santa Cesarea Terme (LE) - ordinanza sindacale contingibile e urgente, "Registro Ordinanze n. 45".
# ReportLab canvas: every glyph is its own Tm+Tj, space characters are never drawn (the gaps are only
# positions), justified lines spread by moving the glyphs; the Albo stamp is drawn first, rotated 90 degrees
# up the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 72, W - 72
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Ordinanza n. 45 del 18.06.2026"); c.setAuthor("Ufficio del Sindaco")
c.setCreator("Kibernetes Atti Web - modulo Ordinanze"); c.setProducer("Kibernetes PDF Printer 2.3")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        if ch != " ":
            t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Times-Roman", size=11.5, lead=14.2, indent=0, first=0, after=5, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 80: newpage()
        ind = first if i == 0 else indent
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def stamp():
    c.saveState(); c.translate(W - 40, 150); c.rotate(90)
    c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setFillColorRGB(0.55, 0.1, 0.1)
    c.roundRect(-4, -8, 560, 30, 4, stroke=1, fill=0)
    glyphs("COMUNE DI SANTA CESAREA TERME – ALBO PRETORIO ON LINE", 2, 11, "Helvetica-Bold", 7.5)
    glyphs("Pubblicazione n. 1126 – affissa dal 18/06/2026 al 03/07/2026 – Il Responsabile della pubblicazione", 2, 1, "Helvetica", 7.5)
    c.restoreState()
def head(first):
    stamp()
    y[0] = H - 58
    c.setFillColorRGB(0.05, 0.2, 0.45)
    centred("COMUNE DI SANTA CESAREA TERME", "Times-Bold", 18, 16)
    c.setFillColorRGB(0, 0, 0)
    centred("Provincia di Lecce", "Times-Italic", 11, 12)
    centred("Via Roma, 159 – 73020 Santa Cesarea Terme (LE) – tel. 0836 944043", "Times-Roman", 8.5, 8)
    c.setLineWidth(0.8); c.line(L, y[0], R, y[0]); y[0] -= 28
    glyphs("Pag. %d di 2" % c.getPageNumber(), R - 50, 40, "Times-Roman", 8.5)
def newpage():
    c.showPage(); head(False)
head(True)
# register box, top right
bx = R - 170
c.setLineWidth(0.6); c.rect(bx, y[0] - 22, 170, 36)
glyphs("Registro Ordinanze n. 45", bx + 10, y[0] + 2, "Times-Bold", 11.5)
glyphs("del 18.06.2026", bx + 10, y[0] - 13, "Times-Roman", 11)
y[0] -= 50
centred("IL SINDACO", "Times-Bold", 16, 18)
centred("ORDINANZA CONTINGIBILE E URGENTE", "Times-Bold", 12.5, 14)
centred("(art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267)", "Times-Italic", 10.5, 22)
glyphs("Oggetto:", L, y[0], "Times-Bold", 11.5)
para("Divieto temporaneo di balneazione nel tratto di costa compreso tra l'insenatura di Porto Miggiano e lo stabilimento termale Gattulla, a seguito del guasto dell'impianto di sollevamento fognario di via Litoranea.",
     font="Times-Bold", first=52, indent=52, after=12)
for s in [
 "PREMESSO che nella serata del 16 giugno 2026 si è verificato un guasto all'impianto di sollevamento dei reflui urbani di via Litoranea, gestito da Acquedotto Pugliese S.p.A., con conseguente sversamento a mare di acque reflue non depurate in prossimità dell'insenatura di Porto Miggiano;",
 "VISTA la nota di ARPA Puglia – Dipartimento Provinciale di Lecce prot. n. 41872 del 17/06/2026, acquisita al protocollo comunale al n. 6215 in pari data, con la quale si comunicano gli esiti sfavorevoli dei campionamenti straordinari eseguiti nel punto di prelievo \"Porto Miggiano\", con valori di Enterococchi intestinali ed Escherichia coli superiori ai limiti previsti dal D.Lgs. 30 maggio 2008, n. 116;",
 "CONSIDERATO che il tratto interessato è frequentato da bagnanti e che occorre prevenire ogni rischio per la salute pubblica fino al ripristino delle condizioni di balneabilità accertato da ARPA Puglia;",
 "RITENUTO che sussistano i presupposti di contingibilità e urgenza per l'adozione del presente provvedimento;",
 "VISTI il D.Lgs. 30 maggio 2008, n. 116, il D.M. 30 marzo 2010, la L.R. Puglia 10 aprile 2015, n. 17 e l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(s)
y[0] -= 2; centred("O R D I N A", "Times-Bold", 12.5, 18)
for i, s in enumerate([
 "il divieto temporaneo di balneazione, con decorrenza immediata, nello specchio acqueo compreso tra l'insenatura di Porto Miggiano e lo stabilimento termale Gattulla, per una estensione di 200 metri a nord e a sud del punto di prelievo;",
 "ad Acquedotto Pugliese S.p.A. di provvedere senza indugio alla riparazione dell'impianto di sollevamento e alla bonifica dell'area interessata dallo sversamento, dandone comunicazione al Comune;",
 "all'Ufficio Tecnico comunale di apporre lungo il tratto interessato idonea cartellonistica recante la dicitura \"DIVIETO DI BALNEAZIONE – ACQUE TEMPORANEAMENTE NON IDONEE\", in lingua italiana e inglese;",
 "che il divieto resti in vigore fino all'esito favorevole dei successivi campionamenti di ARPA Puglia e alla conseguente ordinanza di revoca."], 1):
    if y[0] < 100: newpage()
    glyphs("%d)" % i, L, y[0], "Times-Roman", 11.5); para(s, first=20, indent=20)
centred("D I S P O N E", "Times-Bold", 12, 16)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, resa nota mediante affissione nei luoghi pubblici e trasmessa alla Prefettura di Lecce, alla Capitaneria di Porto di Otranto, ad ARPA Puglia, alla ASL Lecce – Dipartimento di Prevenzione e al Comando di Polizia Locale per la vigilanza.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia – sezione di Lecce entro 60 giorni, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.", size=10.5, lead=13)
y[0] -= 6
para("Santa Cesarea Terme, 18 giugno 2026", justify=False, after=14)
glyphs("IL SINDACO", R - 140, y[0], "Times-Bold", 11.5); y[0] -= 15
glyphs("Dott. Antonio Scarcia", R - 160, y[0], "Times-Roman", 11.5); y[0] -= 12
glyphs("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", R - 225, y[0], "Times-Italic", 8.5)
c.save()
