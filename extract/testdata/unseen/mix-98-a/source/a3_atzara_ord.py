# Comune di Atzara (NU) - ordinanza sindacale; reportlab, every glyph its own Tm+Tj (justified by
# moving glyphs), Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setCreator("Halley Informatica - Ordinanze"); c.setProducer("Halley Informatica PDF 4.1")
def glyphs(x, y, s, font, size, cs=0.0):
    for ch in s:
        c.saveState(); c._code.append("BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (c._fontname and font_id(font), size, x, y, esc(ch))); c.restoreState()
        x += stringWidth(ch, font, size) + cs
    return x
def font_id(font):
    c.setFont(font, 10); return c._doc.getInternalFontName(font)[1:]
def esc(ch):
    b = ch.encode("cp1252")
    return "".join("\\%03o" % x if x > 126 or x in (40, 41, 92) else chr(x) for x in b)
def para(y, text, font="Times-Roman", size=11, x0=L, x1=R, lead=14.5):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > x1 - x0 and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        nat = sum(stringWidth(w, font, size) for w in ln)
        gap = stringWidth(" ", font, size) if i == len(lines) - 1 or len(ln) < 2 else (x1 - x0 - nat) / (len(ln) - 1)
        x = x0
        for w in ln: x = glyphs(x, y, w, font, size) + gap
        y -= lead
    return y - 4
def centre(y, s, font, size, cs=0):
    w = stringWidth(s, font, size) + cs * len(s); glyphs((W - w) / 2, y, s, font, size, cs)
centre(H-62, "COMUNE DI ATZARA", "Helvetica-Bold", 15)
centre(H-77, "Provincia di Nuoro", "Helvetica", 9.5)
centre(H-89, "Via Vittorio Emanuele, 1 - 08030 Atzara (NU)", "Helvetica", 9)
c.line(L, H-97, R, H-97)
glyphs(L, H-125, "Ordinanza n. 7", "Helvetica-Bold", 11)
glyphs(R-stringWidth("Atzara, 16/04/2026", "Helvetica", 10), H-125, "Atzara, 16/04/2026", "Helvetica", 10)
centre(H-156, "ORDINANZA SINDACALE", "Helvetica-Bold", 13, 1.5)
y = para(H-182, "OGGETTO: Obbligo di pulizia dei terreni incolti e di realizzazione delle fasce parafuoco all'interno e a ridosso del centro abitato - campagna antincendio 2026.", "Times-Bold", 11)
centre(y-6, "IL SINDACO", "Times-Bold", 12); y -= 28
for t in ["PREMESSO che la Regione Autonoma della Sardegna ha approvato le prescrizioni regionali antincendio per il triennio 2026-2028, che dichiarano il periodo dal 1° giugno al 31 ottobre di elevato pericolo di incendio boschivo;",
          "CONSIDERATO che numerosi lotti privati all'interno e ai margini dell'abitato presentano vegetazione secca e sterpaglie che costituiscono grave pericolo per la pubblica incolumità;",
          "VISTI l'art. 50 del D.Lgs. 18 agosto 2000, n. 267 e la legge 21 novembre 2000, n. 353;"]:
    y = para(y, t)
centre(y-6, "O R D I N A", "Times-Bold", 12); y -= 28
for i, t in enumerate(["ai proprietari e ai conduttori dei terreni incolti situati all'interno del centro abitato e nella fascia di 200 metri dal perimetro dello stesso di provvedere, entro il 31 maggio 2026, alla pulizia dei fondi mediante rimozione di sterpaglie, rovi e materiale vegetale secco;",
          "ai proprietari dei fondi confinanti con strade comunali e vicinali di realizzare una fascia parafuoco di larghezza non inferiore a 5 metri lungo tutto il perimetro;",
          "che i residui della pulizia siano conferiti presso l'ecocentro comunale, essendo vietata ogni forma di abbruciamento dal 1° giugno al 31 ottobre 2026."], 1):
    glyphs(L, y, "%d." % i, "Times-Roman", 11); y = para(y, t, x0=L+18)
y = para(y, "La violazione delle disposizioni della presente ordinanza è punita con la sanzione amministrativa pecuniaria da euro 100,00 a euro 500,00, fatta salva l'esecuzione d'ufficio con addebito delle spese ai trasgressori. Il Corpo Forestale e di Vigilanza Ambientale e la Polizia Locale sono incaricati della vigilanza.")
y = para(y, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Sardegna entro 60 giorni oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
glyphs(R-170, y-18, "IL SINDACO", "Times-Bold", 11); glyphs(R-170, y-33, "Alessandro Corona", "Times-Roman", 11)
# rotated stamp in the left margin
c.saveState(); c.translate(40, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -6, 330, 20); c.setFont("Helvetica", 8); c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicato dal 16/04/2026 al 01/05/2026 - Reg. n. 219")
c.restoreState()
c.showPage(); c.save()
