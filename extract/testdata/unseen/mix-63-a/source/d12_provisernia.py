# Provincia di Isernia - ordinanza dirigenziale (reportlab).
# Every glyph is drawn on its own (BT ... Tm (x) Tj ET), no space characters in the text layer;
# justified lines are made by moving glyphs; the Albo stamp is rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4; L, R = 78, W - 62
c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
c.setTitle("Ordinanza 47/2026"); c.setCreator("GeoAtti PDF Printer 4.2"); c.setProducer("GeoAtti PDF Printer 4.2")
y = H - 62

def glyphs(x, yy, text, font, size):
    for ch in text:
        if ch != " ":
            c.setFont(font, size); c.drawString(x, yy, ch)
        x += stringWidth(ch, font, size)
    return x

def center(text, font, size):
    global y
    glyphs((W - stringWidth(text, font, size)) / 2, y, text, font, size)

def para(text, font="Times-Roman", size=11, lead=14.5, x0=None, indent=0, gap=5):
    global y
    x0 = x0 or L
    words = text.split(); lines = []; cur = []
    for w_ in words:
        avail = R - x0 - (indent if not lines else 0)
        if cur and stringWidth(" ".join(cur + [w_]), font, size) > avail:
            lines.append(cur); cur = [w_]
        else:
            cur.append(w_)
    lines.append(cur)
    for i, ln in enumerate(lines):
        xs = x0 + (indent if i == 0 else 0)
        sw = stringWidth(" ", font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            sw = (R - xs - sum(stringWidth(w_, font, size) for w_ in ln)) / (len(ln) - 1)
        x = xs
        for w_ in ln:
            x = glyphs(x, y, w_, font, size) + sw
        y -= lead
    y -= gap

# letterhead: coat of arms block
c.setStrokeColorRGB(0.5, 0.1, 0.1); c.setLineWidth(1.2)
c.roundRect(L, y - 34, 34, 42, 6)
c.setFillColorRGB(0.5, 0.1, 0.1); glyphs(L + 6, y - 18, "ISR", "Helvetica-Bold", 9)
c.setFillColorRGB(0, 0, 0)
glyphs(L + 48, y - 2, "PROVINCIA DI ISERNIA", "Times-Bold", 18)
glyphs(L + 48, y - 18, "SETTORE 3 – VIABILITÀ, TRASPORTI E PROTEZIONE CIVILE", "Times-Bold", 10)
glyphs(L + 48, y - 31, "Servizio Manutenzione e Sicurezza Stradale", "Times-Italic", 10)
c.line(L, y - 42, R, y - 42)
y -= 70
center("ORDINANZA N. 47/2026 R.G.", "Times-Bold", 14); y -= 16
center("(Settore 3 – n. 12/2026)", "Times-Roman", 10); y -= 26
glyphs(L, y, "OGGETTO:", "Times-Bold", 11)
para("Chiusura temporanea al transito veicolare della S.P. 84 Fondovalle del Volturno dal km 6+200 al km 8+900, in territorio dei Comuni di Colli a Volturno e Fornelli, per i lavori di rifacimento dell'impalcato del ponte sul torrente Vandra.", font="Times-Bold", x0=L + 62)
y -= 4
center("IL DIRIGENTE", "Times-Bold", 11.5); y -= 18
para("Vista la nota prot. n. 9214 del 15 giugno 2026 con la quale l'impresa Edil Volturno S.r.l., appaltatrice dei lavori di rifacimento dell'impalcato del ponte sul torrente Vandra, chiede la chiusura della S.P. 84 nel tratto interessato per consentire la demolizione e il varo delle nuove travi;", indent=22)
para("Considerato che le lavorazioni non sono compatibili con il transito dei veicoli e che sussiste un itinerario alternativo lungo la S.S. 158 della Valle del Volturno e la S.P. 82, idoneo anche al transito dei mezzi pesanti;", indent=22)
para("Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione, nonché l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;", indent=22)
y -= 2
center("O R D I N A", "Times-Bold", 12); y -= 18
pts = [
 "la chiusura al transito veicolare della S.P. 84 Fondovalle del Volturno dal km 6+200 al km 8+900 dalle ore 7:00 del 24 giugno 2026 alle ore 19:00 del 31 luglio 2026, con deviazione del traffico sulla S.S. 158 e sulla S.P. 82;",
 "all'impresa Edil Volturno S.r.l. di provvedere all'installazione e al mantenimento della segnaletica di chiusura e di deviazione prevista dal Decreto del Ministero delle Infrastrutture e dei Trasporti 10 luglio 2002;",
 "che sia garantito in ogni momento il passaggio dei mezzi di soccorso e delle forze dell'ordine;",
 "che la presente ordinanza sia trasmessa alla Prefettura di Isernia, ai Comuni di Colli a Volturno e Fornelli, al Comando Provinciale dei Vigili del Fuoco e alle Forze dell'ordine, e pubblicata all'Albo pretorio on line dell'Ente.",
]
for i, p in enumerate(pts, 1):
    glyphs(L, y, f"{i}.", "Times-Roman", 11)
    para(p, x0=L + 18)
y -= 2
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Molise entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10, lead=13)
y -= 6
glyphs(L, y, "Isernia, 19.6.2026", "Times-Roman", 11)
glyphs(R - 170, y, "IL DIRIGENTE DEL SETTORE 3", "Times-Roman", 11); y -= 15
glyphs(R - 160, y, "ing. Michele Di Lallo", "Times-Italic", 11)
# rotated Albo stamp
c.saveState(); c.translate(40, 280); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(0, -6, 300, 26)
glyphs(8, 10, "PROVINCIA DI ISERNIA – ALBO PRETORIO ON LINE", "Helvetica-Bold", 7.5)
glyphs(8, 0, "Pubblicata dal 19/06/2026 al 04/07/2026 – n. 611 del registro", "Helvetica", 7)
c.restoreState()
c.showPage(); c.save()
