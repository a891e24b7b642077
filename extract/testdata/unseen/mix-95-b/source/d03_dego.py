# Dego: reportlab, every glyph set by its own Tm/Tj (low-level operators), rotated Albo stamp in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
def esc(ch):
    if ch in "\\()": return "\\" + ch
    return ch if ord(ch) < 128 else "\\%03o" % ord(ch)
def glyphs(x, y, s, f="Times-Roman", sz=11, target=None):
    extra = 0
    if target and s.count(" "): extra = (target - stringWidth(s, f, sz)) / s.count(" ")
    code = ["BT", "%s %s Tf" % (c._doc.getInternalFontName(f), sz)]
    for ch in s:
        code.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += stringWidth(ch, f, sz) + (extra if ch == " " else 0)
    code.append("ET"); c._code.append("\n".join(code))
c.setFont("Times-Roman", 11); c.setFont("Times-Bold", 11)  # register F1/F2
def wrap(s, f, sz, w):
    out, line = [], []
    for wd in s.split():
        if stringWidth(" ".join(line + [wd]), f, sz) > w and line: out.append(" ".join(line)); line = [wd]
        else: line.append(wd)
    return out + [" ".join(line)]
def para(y, s, f="Times-Roman", sz=11, x=80, w=440):
    rows = wrap(s, f, sz, w)
    for i, r in enumerate(rows): glyphs(x, y, r, f, sz, w if i < len(rows) - 1 else None); y -= 14
    return y - 6
y = H - 70
for s, f, sz in [("COMUNE DI DEGO", "Times-Bold", 16), ("Provincia di Savona", "Times-Roman", 11), ("SERVIZIO TECNICO - Lavori Pubblici e Viabilità", "Times-Bold", 11)]:
    glyphs((W - stringWidth(s, f, sz)) / 2, y, s, f, sz); y -= 18
y -= 10
glyphs(80, y, "ORDINANZA N. 7/2026", "Times-Bold", 13); glyphs(380, y, "Dego, 16 marzo 2026", "Times-Roman", 11); y -= 24
y = para(y, "OGGETTO: Chiusura temporanea al transito veicolare e pedonale di Via Santuario, nel tratto compreso tra il civico 12 e il ponte sul rio Grillero, per lavori di consolidamento del muro di sostegno.", "Times-Bold")
glyphs(200, y, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Times-Bold"); y -= 22
for s in ["VISTA la richiesta dell'impresa Bormida Costruzioni s.r.l., pervenuta al protocollo n. 1187 del 12/03/2026, esecutrice dei lavori di consolidamento del muro di sostegno di Via Santuario affidati con determinazione n. 33 del 20/02/2026;",
          "CONSIDERATO che per l'esecuzione in sicurezza dei lavori è necessario interdire il transito di veicoli e pedoni nel tratto interessato dal cantiere;",
          "VISTI gli artt. 5, 6 e 7 del D.Lgs. 285/1992 (Codice della Strada) e l'art. 107 del D.Lgs. 267/2000;"]:
    y = para(y, s)
glyphs(270, y, "ORDINA", "Times-Bold"); y -= 22
for s in ["1. la chiusura al transito veicolare e pedonale di Via Santuario, nel tratto compreso tra il civico 12 e il ponte sul rio Grillero, dalle ore 7:30 del 23/03/2026 alle ore 18:00 del 10/04/2026;",
          "2. che il transito sia deviato sulla Strada comunale della Rocchetta, opportunamente segnalata;",
          "3. che l'impresa esecutrice provveda all'installazione e al mantenimento della segnaletica prevista dal Codice della Strada;",
          "4. che sia garantito in ogni momento l'accesso ai mezzi di soccorso e ai residenti dei civici 14 e 16."]:
    y = para(y, s)
y = para(y, "Contro la presente ordinanza è ammesso ricorso al TAR Liguria entro 60 giorni dalla pubblicazione all'Albo Pretorio.")
glyphs(330, y - 10, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Times-Roman", 10); glyphs(370, y - 24, "ing. Paolo Siri", "Times-Roman", 11)
c.saveState(); c.translate(40, 60); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - COMUNE DI DEGO - Pubblicato dal 16/03/2026 al 31/03/2026 - Reg. n. 219"); c.restoreState()
c.save()
