# Decreto n. 3 of the Sindaco of Montazzoli: ReportLab canvas, every glyph placed on its own
# (one text object per glyph, justified lines by spreading glyphs), Albo stamp rotated 90 degrees
# in the left margin, date only at the end ("Dalla Residenza Municipale, lì ...").
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSerif-Bold.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Decreto n. 3/2026"); c.setAuthor("Comune di Montazzoli"); c.setCreator("Protocollo e Atti - modulo Decreti")
L, R = 70, W - 62
y = H - 60

def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + extra

def centre(y, s, font, size):
    w = pdfmetrics.stringWidth(s, font, size); glyphs((W - w) / 2, y, s, font, size)

def para(y, text, font="LS", size=11, lead=14.5, indent=0, first=""):
    words = text.split(); lines = []; cur = []
    width = R - L - indent
    for w in words:
        t = " ".join(cur + [w])
        if cur and pdfmetrics.stringWidth(t, font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        x = L + indent
        if i == 0 and first:
            glyphs(L, y, first, "LSB", size)
        if i < len(lines) - 1:
            sp = (width - sum(pdfmetrics.stringWidth(w, font, size) for w in ln)) / max(1, len(ln) - 1)
            for w in ln:
                glyphs(x, y, w, font, size); x += pdfmetrics.stringWidth(w, font, size) + sp
        else:
            glyphs(x, y, " ".join(ln), font, size)
        y -= lead
    return y - 3

centre(y, "COMUNE DI MONTAZZOLI", "LSB", 17); y -= 16
centre(y, "Provincia di Chieti", "LS", 11); y -= 13
centre(y, "Piazza Municipio, 1 - 66030 Montazzoli (CH) - tel. 0872 947132", "LS", 8.5); y -= 8
c.setLineWidth(0.8); c.line(L, y, R, y); y -= 34
centre(y, "IL SINDACO", "LSB", 15); y -= 22
centre(y, "DECRETO N. 3", "LSB", 12.5); y -= 26
y = para(y, "Nomina del Responsabile della Protezione dei Dati personali (RPD/DPO) ai sensi dell'art. 37 del Regolamento (UE) 2016/679.", "LSB", 11.5, 15, indent=72, first="OGGETTO:")
y -= 6
for lab, t in [
 ("PREMESSO", "che il Regolamento (UE) 2016/679 (GDPR) impone alle autorità pubbliche di designare un Responsabile della protezione dei dati, che può essere un dipendente ovvero assolvere i propri compiti in base a un contratto di servizi;"),
 ("DATO ATTO", "che con determinazione del Responsabile dell'Area Amministrativa n. 112 del 29/12/2025 il servizio di RPD per il triennio 2026-2028 è stato affidato alla società Abruzzo Privacy S.r.l. di Lanciano, che ha indicato quale referente l'avv. Daniela Pollutri;"),
 ("VISTO", "l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;"),
 ("RITENUTO", "di dover procedere alla designazione formale del Responsabile della protezione dei dati e alla comunicazione dei dati di contatto al Garante;"),
]:
    y = para(y, lab + " " + t)
y -= 4; centre(y, "DECRETA", "LSB", 12.5); y -= 20
pts = ["di designare l'avv. Daniela Pollutri, referente della società Abruzzo Privacy S.r.l., quale Responsabile della protezione dei dati personali (RPD/DPO) del Comune di Montazzoli per il periodo 15/01/2026 - 31/12/2028;",
       "di stabilire che il RPD svolga i compiti di cui all'art. 39 del Regolamento (UE) 2016/679 e riferisca direttamente al Sindaco;",
       "di dare atto che i dati di contatto del RPD saranno pubblicati sul sito istituzionale e comunicati al Garante per la protezione dei dati personali;",
       "di trasmettere il presente decreto all'interessata, ai Responsabili di Area e al Segretario comunale."]
for i, t in enumerate(pts, 1):
    glyphs(L, y, f"{i}.", "LSB", 11)
    y = para(y, t, indent=18)
y -= 10
glyphs(L, y, "Dalla Residenza Municipale, lì 14.01.2026", "LS", 11); y -= 34
glyphs(R - 150, y, "IL SINDACO", "LSB", 11); y -= 15
glyphs(R - 160, y, "Dott. Nicola Di Lello", "LS", 11)
# rotated Albo stamp
c.saveState(); c.translate(36, 190); c.rotate(90)
c.setStrokeColorRGB(0.15, 0.3, 0.65); c.setFillColorRGB(0.15, 0.3, 0.65)
c.rect(-4, -8, 330, 26, stroke=1, fill=0)
c.setFont("LS", 8); c.drawString(2, 6, "ALBO PRETORIO ON LINE - Pubblicato dal 15/01/2026 al 30/01/2026")
c.drawString(2, -3, "Reg. pubbl. n. 27/2026 - Il Messo comunale")
c.restoreState()
c.showPage(); c.save()
