# Rimella (VC): determinazione of the Segretario comunale as Responsabile; number box drawn with lines;
# every glyph placed on its own (BT/Tm/Tj/ET per glyph), justified by moving glyphs; rotated Albo stamp.
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=1)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setCreator("Kibernetes Atti"); c.setTitle("Determinazione 57/2026")
W, H = A4; L, R = 70, W - 60
def glyphs(x, y, s, f="Times-Roman", sz=11, extra=0.0):
    for ch in s:
        c.setFont(f, sz); c.drawString(x, y, ch)
        x += stringWidth(ch, f, sz) + (extra if ch == " " else 0)
    return x
def line(x, y, s, f="Times-Roman", sz=11, w=None):
    extra = 0
    if w:
        n = s.count(" ")
        if n: extra = (w - stringWidth(s, f, sz)) / n
    glyphs(x, y, s, f, sz, extra)
def para(y, text, f="Times-Roman", sz=11, x=L, w=None, lead=14.5, indent=0):
    w = w or (R - x); words = text.split(); lines = []; cur = ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, f, sz) > w - (indent if not lines else 0): lines.append(cur); cur = wd
        else: cur = t
    lines.append(cur)
    for i, ln in enumerate(lines):
        xi = x + (indent if i == 0 else 0)
        line(xi, y, ln, f, sz, (w - (indent if i == 0 else 0)) if i < len(lines) - 1 else None); y -= lead
    return y - 4
def center(y, s, f="Times-Bold", sz=12):
    glyphs((W - stringWidth(s, f, sz)) / 2, y, s, f, sz)
center(800, "COMUNE DI RIMELLA", "Times-Bold", 17)
center(784, "Provincia di Vercelli", "Times-Italic", 11)
center(771, "Frazione Chiesa n. 1 – 13020 Rimella (VC) – Tel. 0163 55203", "Times-Roman", 9)
c.setLineWidth(0.7); c.line(L, 763, R, 763)
center(742, "SERVIZIO AMMINISTRATIVO", "Times-Bold", 12)
center(727, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11)
# stamp box drawn with lines
bx, by, bw, bh = 170, 648, 255, 64
c.setLineWidth(1.2); c.rect(bx, by, bw, bh); c.setLineWidth(0.6)
c.line(bx, by + bh / 2, bx + bw, by + bh / 2); c.line(bx + 128, by, bx + 128, by + bh)
glyphs(bx + 6, by + 52, "N. di Servizio", "Helvetica", 7); glyphs(bx + 70, by + 38, "12", "Courier-Bold", 13)
glyphs(bx + 134, by + 52, "Reg. Gen.", "Helvetica", 7); glyphs(bx + 185, by + 38, "57", "Courier-Bold", 13)
glyphs(bx + 6, by + 20, "data", "Helvetica", 7); glyphs(bx + 30, by + 7, "14.5.2026", "Courier-Bold", 12)
glyphs(bx + 134, by + 20, "Prop.", "Helvetica", 7); glyphs(bx + 170, by + 7, "n. 15", "Courier-Bold", 12)
y = 622
glyphs(L, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Adesione al servizio di conservazione digitale a norma dei documenti informatici per il triennio 2026-2028 – Impegno di spesa – CIG B71F3C08D2.", "Times-Bold", 11, x=L + 62, w=R - L - 62)
y -= 6
center(y, "IL SEGRETARIO COMUNALE", "Times-Bold", 11); y -= 14
center(y, "in qualità di Responsabile del Servizio Amministrativo", "Times-Italic", 10.5); y -= 22
for t in ["Visto il decreto del Sindaco n. 2 del 08.01.2026, con il quale il sottoscritto Segretario comunale è stato nominato Responsabile del Servizio Amministrativo ai sensi dell'art. 97, comma 4, lett. d), del D.Lgs. 267/2000;",
          "Richiamate la deliberazione del Consiglio comunale n. 31 del 18.12.2025, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta comunale n. 4 del 22.01.2026, di assegnazione delle risorse;",
          "Dato atto che il Comune deve assicurare la conservazione dei documenti informatici secondo le Linee guida AgID e che il servizio offerto dal conservatore accreditato, già in uso presso i Comuni della Valsesia, risulta congruo;",
          "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;"]:
    y = para(y, t, indent=20)
center(y, "D E T E R M I N A", "Times-Bold", 11.5); y -= 20
pts = ["di aderire per il triennio 2026-2028 al servizio di conservazione digitale a norma offerto dalla ditta Archivia Digitale S.r.l. di Novara, per un importo annuo di euro 640,00 oltre IVA;",
       "di impegnare la spesa complessiva di euro 2.342,40 IVA compresa al capitolo 1043 del bilancio 2026-2028, in ragione di euro 780,80 per ciascun esercizio;",
       "di dare atto che il presente provvedimento sarà pubblicato all'Albo pretorio on line per quindici giorni consecutivi."]
for i, t in enumerate(pts, 1):
    glyphs(L + 6, y, f"{i})", "Times-Roman", 11); y = para(y, t, x=L + 24)
y -= 10
glyphs(R - 200, y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10.5); y -= 14
glyphs(R - 190, y, "F.to Dott. Enrico Zanetta", "Times-Italic", 10.5)
# rotated Albo stamp in the left margin, drawn last
c.saveState(); c.translate(42, 150); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-6, -10, 360, 26)
glyphs(0, 0, "PUBBLICATA ALL'ALBO PRETORIO dal 15.5.2026 al 30.5.2026 – n. 143", "Helvetica-Bold", 8.5)
c.restoreState()
c.showPage(); c.save()
