# Decreto del Sindaco, Comune di Marebbe / Gemeinde Enneberg / Cumün de Mareo.
# Every glyph is its own BT..Tm..Tj..ET; justified lines are made by moving glyphs;
# an Albo stamp is rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Decreto 7/2026")
def glyphs(x, y, s, font="Times-Roman", size=11, extra=0.0):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def center(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
def para(y, text, font="Times-Roman", size=11, left=72, right=W-60, lead=14.5):
    words = text.split(); line = []
    lines = []
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > right - left:
            lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        gaps = s.count(" ")
        extra = ((right - left) - stringWidth(s, font, size)) / gaps if gaps and i < len(lines)-1 else 0
        glyphs(left, y, s, font, size, extra); y -= lead
    return y - 4
center(800, "CUMÜN DE MAREO", "Helvetica-Bold", 11)
center(786, "GEMEINDE ENNEBERG  –  COMUNE DI MAREBBE", "Helvetica-Bold", 11)
center(773, "Provinzia autonoma de Balsan – Autonome Provinz Bozen – Provincia autonoma di Bolzano", "Helvetica", 8)
c.line(72, 765, W-60, 765)
center(735, "DECRET DL ÇINDICH – DEKRET DES BÜRGERMEISTERS", "Times-Bold", 11)
center(720, "DECRETO DEL SINDACO", "Times-Bold", 13)
center(703, "Nr. 7 dl/vom/del 09.04.2026", "Times-Roman", 11)
y = 675
glyphs(72, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Nomina del Responsabile della prevenzione della corruzione e della trasparenza per il triennio 2026-2028.", "Times-Bold", 11, left=135)
y = para(y, "OGGETTO (ladin): Nomina dl Responsabl dla prevenziun dla corruziun y dla trasparënza por i agn 2026-2028.", "Times-Italic", 10)
center(y - 6, "IL SINDACO", "Times-Bold", 12); y -= 30
for t in ["Vista la legge 6 novembre 2012, n. 190, recante disposizioni per la prevenzione e la repressione della corruzione e dell'illegalità nella pubblica amministrazione, e in particolare l'articolo 1, comma 7, che attribuisce all'organo di indirizzo politico l'individuazione del Responsabile della prevenzione della corruzione e della trasparenza;",
          "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;",
          "Considerato che con la cessazione dal servizio del precedente Segretario comunale occorre procedere a una nuova nomina;"]:
    y = para(y, t)
center(y - 4, "DECRETA", "Times-Bold", 12); y -= 26
for n, t in [("1.", "di nominare il Segretario comunale dott.ssa Ingrid Pescollderungg Responsabile della prevenzione della corruzione e della trasparenza del Comune di Marebbe per il triennio 2026-2028;"),
             ("2.", "di dare atto che per lo svolgimento dell'incarico non spetta alcun compenso aggiuntivo;"),
             ("3.", "di disporre la pubblicazione del presente decreto all'albo pretorio e nella sezione Amministrazione trasparente del sito istituzionale.")]:
    glyphs(72, y, n); y = para(y, t, left=90)
glyphs(72, y - 10, "San Vigilio di Marebbe / Al Plan de Mareo, 09.04.2026")
glyphs(360, y - 40, "IL SINDACO – L ÇINDICH", "Times-Bold", 11)
glyphs(372, y - 56, "Felix Ploner")
glyphs(300, y - 72, "(firmato digitalmente / digital signiert)", "Times-Italic", 9)
# rotated stamp in left margin
c.saveState(); c.translate(40, 300); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -16, 300, 30, stroke=1, fill=0)
glyphs(0, 2, "ALBO PRETORIO – Reg. pubbl. n. 311", "Helvetica-Bold", 8)
glyphs(0, -10, "pubblicato dal 09.04.2026 al 24.04.2026", "Helvetica", 8)
c.restoreState()
c.showPage(); c.save()
