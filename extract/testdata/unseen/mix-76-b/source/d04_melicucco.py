# Melicucco (RC): ordinanza sindacale "Ord. n. 07/2026"; reportlab canvas, every glyph placed on its own
# (one Tm + Tj per glyph), lines justified by spreading glyphs; Albo stamp rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Gestione Atti Sindaco - PDFPrinter 3.0"); c.setTitle("Ord. n. 07/2026")
W, Hh = A4; L, R = 70, W - 60
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    nat = stringWidth(s, font, size)
    extra = 0 if not width or len(s) < 2 else (width - nat) / (len(s) - 1)
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def wrap(s, font, size, width):
    out, line = [], ""
    for w in s.split():
        if stringWidth((line + " " + w).strip(), font, size) <= width: line = (line + " " + w).strip()
        else: out.append(line); line = w
    out.append(line); return out
y = Hh - 60
def centre(s, font, size):
    global y
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size); y -= size + 5
def para(s, font="Times-Roman", size=11, gap=4):
    global y
    ls = wrap(s, font, size, R - L)
    for i, l in enumerate(ls):
        glyphs(L, y, l, font, size, None if i == len(ls) - 1 else R - L); y -= size + 3.5
    y -= gap
centre("COMUNE DI MELICUCCO", "Times-Bold", 17)
centre("Città Metropolitana di Reggio Calabria", "Times-Italic", 11)
centre("Via Vittorio Veneto, 2 – 89020 Melicucco (RC)", "Times-Roman", 9.5)
c.line(L, y, R, y); y -= 22
glyphs(L, y, "Ord. n. 07/2026", "Times-Bold", 12); glyphs(R - stringWidth("Prot. n. 1932", "Times-Roman", 11), y, "Prot. n. 1932", "Times-Roman", 11); y -= 24
centre("ORDINANZA SINDACALE", "Times-Bold", 14); y -= 4
para("OGGETTO: Divieto di abbruciamento di residui vegetali, stoppie e sterpaglie su tutto il territorio comunale nel periodo 15 marzo – 15 ottobre 2026.", "Times-Bold", 11, 10)
centre("IL SINDACO", "Times-Bold", 12); y -= 2
for p in ["Premesso che con l'approssimarsi della stagione primaverile ed estiva aumenta il rischio di incendi di vegetazione, in particolare nelle aree agricole e incolte confinanti con le abitazioni e con la viabilità comunale;",
          "Considerato che la pratica dell'abbruciamento dei residui vegetali produce fumi molesti e nocivi per la salute pubblica e costituisce frequente causa di incendi boschivi;",
          "Visti l'art. 182, comma 6-bis, del D.Lgs. 152/2006, la L. 353/2000 e le prescrizioni regionali antincendio della Regione Calabria per l'anno 2026;",
          "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(p)
centre("ORDINA", "Times-Bold", 12); y -= 2
for i, p in enumerate(["è vietato su tutto il territorio comunale, dal 15 marzo al 15 ottobre 2026, l'abbruciamento di residui vegetali, stoppie, paglia e sterpaglie;",
                       "i proprietari e i conduttori di fondi incolti e di aree verdi confinanti con strade e abitazioni devono provvedere entro il 30 aprile 2026 alla pulizia dei terreni;",
                       "i residui della pulizia devono essere conferiti al centro comunale di raccolta o trattati mediante cippatura e compostaggio;",
                       "la violazione della presente ordinanza è punita con la sanzione amministrativa da € 100,00 a € 500,00, fatte salve le sanzioni penali."], 1):
    para(f"{i}. {p}")
para("La Polizia Locale e le Forze dell'Ordine sono incaricate di far rispettare la presente ordinanza. Contro di essa è ammesso ricorso al T.A.R. Calabria entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.", gap=14)
glyphs(L, y, "Melicucco, lì 14/03/2026", "Times-Roman", 11); y -= 30
glyphs(R - 170, y, "IL SINDACO", "Times-Bold", 11); y -= 15; glyphs(R - 170, y, "avv. Rocco Aloisio Cannatà", "Times-Roman", 11)
# rotated stamp in the left margin (drawn last)
c.saveState(); c.translate(40, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -14, 330, 30)
t = c.beginText(0, 4); t.setFont("Helvetica-Bold", 8); t.textOut("ALBO PRETORIO ON LINE – Reg. pubbl. n. 0286"); c.drawText(t)
t = c.beginText(0, -8); t.setFont("Helvetica", 8); t.textOut("pubblicata dal 14/03/2026 al 29/03/2026"); c.drawText(t)
c.restoreState()
c.showPage(); c.save()
