# Comune di Altopiano della Vigolana (TN): ordinanza sindacale; every glyph is its own Tm+Tj (justified by moving glyphs);
# Albo publication stamp rotated 90 degrees in the left margin (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
W, H = A4; L, R = 70, W-60
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("GPI Gestione Atti"); c.setProducer("Kibernetes PDF Printer 2.1")
y = H-62
def glyphs(t, x, yy, font, size, extra=0.0):
    c.setFont(font, size)
    for ch in t:
        c.drawString(x, yy, ch); x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(t, font="Times-Roman", size=11, lead=14.5, center=False):
    global y
    lines = simpleSplit(t, font, size, R-L)
    for i, ln in enumerate(lines):
        w = stringWidth(ln, font, size)
        if center: glyphs(ln, (L+R-w)/2, y, font, size)
        else:
            n = ln.count(" "); glyphs(ln, L, y, font, size, (R-L-w)/n if n and i < len(lines)-1 else 0)
        y -= lead
    y -= 5
para("COMUNE DI ALTOPIANO DELLA VIGOLANA", "Times-Bold", 15, center=True)
para("Provincia autonoma di Trento – Piazza Vittoria, 1 – 38049 Vigolo Vattaro", "Times-Italic", 9, 11, center=True)
c.line(L, y+6, R, y+6); y -= 12
para("ORDINANZA DEL SINDACO", "Times-Bold", 13, center=True)
para("Prot. n. 1954 – Ordinanza n. 5 del 20 febbraio 2026", "Times-Roman", 11, center=True)
para("OGGETTO: Divieto temporaneo di transito ai veicoli di massa superiore a 3,5 tonnellate sul ponte della strada comunale di Valle in località Centa San Nicolò.", "Times-Bold", 11)
para("IL SINDACO", "Times-Bold", 12, center=True)
para("VISTA la relazione del tecnico comunale ing. Mirko Tamanini di data 19 febbraio 2026, dalla quale emerge il deterioramento delle travi portanti del ponte sul rio Centa lungo la strada comunale di Valle; RITENUTO necessario, a tutela della pubblica incolumità, limitare il transito sul manufatto fino al completamento delle verifiche strutturali; VISTI gli articoli 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 62 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige;")
para("O R D I N A", "Times-Bold", 12, center=True)
for i, t in enumerate(["dal giorno 23 febbraio 2026 e fino a revoca, il divieto di transito ai veicoli di massa complessiva a pieno carico superiore a 3,5 tonnellate sul ponte della strada comunale di Valle in località Centa San Nicolò;",
    "l'installazione, a cura del Servizio tecnico comunale, della prescritta segnaletica stradale;",
    "al Corpo di Polizia Locale Alta Valsugana e agli altri agenti della forza pubblica di far rispettare la presente ordinanza."], 1):
    para(f"{i}. {t}")
para("Avverso la presente ordinanza è ammesso ricorso al T.R.G.A. di Trento entro 60 giorni dalla pubblicazione.")
y -= 10
glyphs("Altopiano della Vigolana, 20 febbraio 2026", L, y, "Times-Roman", 11)
glyphs("IL SINDACO", 380, y-26, "Times-Bold", 11); glyphs("Marco Ferrari", 378, y-42, "Times-Roman", 11)
glyphs("documento firmato digitalmente", 360, y-56, "Times-Italic", 8)
c.saveState(); c.translate(38, 200); c.rotate(90); c.setStrokeColorRGB(.2, .2, .6); c.setFillColorRGB(.2, .2, .6)
c.rect(-4, -14, 430, 30); glyphs("ALBO PRETORIO ON LINE – pubblicata dal 20/02/2026 al 07/03/2026 – reg. n. 231", 4, 0, "Helvetica", 9)
c.restoreState(); c.showPage(); c.save()
