# Comune di Galtellì: ordinanza printed by a municipal app that places every glyph on its own (Tm + Tj per
# glyph, justification by moving glyphs). The act's number is printed ONLY in the running head of each page
# ("Ordinanza n. 33/2026 – pag. X di 2"); the body has no number. ReportLab canvas, low-level text.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SansB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
W, H = A4
L, R = 70, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Halley Ordinanze 4.1"); c.setProducer("HSPDF glyph writer 2.0"); c.setTitle("Ordinanza")
NP = 2

def glyphs(x, y, s, font, size, extra=0.0):
    """draw s one glyph per text object; extra = additional space added after every blank"""
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    return x

def centre(y, s, font, size):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)

def para(y, s, font="Serif", size=11.5, lead=15.5, indent=0, first=""):
    words = s.split()
    x0 = L + indent
    if first:
        glyphs(L, y, first, font, size)
    width = R - x0
    line = []
    def flush(line, last):
        nonlocal y
        txt = " ".join(line)
        gaps = len(line) - 1
        extra = 0 if last or gaps == 0 else (width - stringWidth(txt, font, size)) / gaps
        glyphs(x0, y, txt, font, size, extra)
        y -= lead
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > width:
            flush(line, False); line = []
            y = newpage_if(y)
        line.append(w)
    if line: flush(line, True)
    return y - 4

page = [1]
def head_foot():
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    s = "Ordinanza n. 33/2026 – pag. %d di %d" % (page[0], NP)
    glyphs(R - stringWidth(s, "Sans", 8.5), H - 36, s, "Sans", 8.5)
    glyphs(L, H - 36, "Comune di Galtellì – Area di Vigilanza", "Sans", 8.5)
    c.setLineWidth(0.4); c.line(L, H - 41, R, H - 41)
    c.line(L, 48, R, 48)
    glyphs(L, 37, "Via Sebastiano Satta, 2 – 08020 Galtellì (NU) – protocollo@pec.comune.galtelli.nu.it", "Sans", 7.5)

def newpage_if(y):
    if y < 80:
        c.showPage(); page[0] += 1; head_foot(); return H - 80
    return y

head_foot()
# letterhead
c.setFillColorRGB(0.55, 0.42, 0.1); c.circle(W / 2, H - 82, 17, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
centre(H - 122, "COMUNE DI GALTELLÌ", "SerifB", 17)
centre(H - 137, "Provincia di Nuoro", "Serif", 10.5)
y = H - 172
centre(y, "ORDINANZA CONTINGIBILE E URGENTE", "SansB", 12.5); y -= 26
glyphs(L, y, "OGGETTO:", "SansB", 10.5)
y = para(y, "Chiusura temporanea al transito veicolare e pedonale della strada comunale Galtellì – Monte Tuttavista, nel tratto compreso tra il bivio per la località Sos Littos e l'area di sosta della cava dismessa, per lavori urgenti di consolidamento della scarpata.",
         font="SerifB", size=11, lead=14.5, indent=62)
y -= 6
centre(y, "IL SINDACO", "SansB", 11.5); y -= 22
for s in [
 "PREMESSO che a seguito delle intense precipitazioni dei giorni 9 e 10 maggio 2026 si è verificato un movimento franoso della scarpata di monte lungo la strada comunale Galtellì – Monte Tuttavista, con caduta di materiale roccioso sulla sede stradale;",
 "VISTA la relazione del Responsabile dell'Area Tecnica, geom. Giovanni Antonio Fadda, acquisita al protocollo n. 2531 del 12/05/2026, con la quale si attesta la sussistenza di un pericolo grave e attuale per la pubblica incolumità e la necessità di eseguire con urgenza interventi di disgaggio e di posa di reti paramassi;",
 "RITENUTO di dover interdire il transito veicolare e pedonale nel tratto interessato fino al completamento dei lavori e al rilascio del certificato di agibilità della strada;",
 "VISTI l'art. 54, comma 4, e l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267; gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della strada); lo Statuto comunale;"]:
    y = para(y, s); y = newpage_if(y)
y -= 4; centre(y, "O R D I N A", "SansB", 11.5); y -= 22
pts = [
 "la chiusura al transito veicolare e pedonale della strada comunale Galtellì – Monte Tuttavista, nel tratto compreso tra il bivio per la località Sos Littos e l'area di sosta della cava dismessa, dalle ore 8:00 del 14/05/2026 fino al termine dei lavori;",
 "che il divieto non si applichi ai mezzi della ditta esecutrice dei lavori, ai mezzi di soccorso e a quelli delle Forze dell'ordine;",
 "all'Area Tecnica comunale di provvedere alla posa della segnaletica di chiusura e dei percorsi alternativi attraverso la strada vicinale Sa Serra;",
 "al Corpo di Polizia Locale e alle Forze dell'ordine di vigilare sull'osservanza della presente ordinanza."]
for i, s in enumerate(pts, 1):
    y = para(y, s, indent=20, first="%d." % i); y = newpage_if(y)
y -= 4; centre(y, "D I S P O N E", "SansB", 11.5); y -= 22
y = para(y, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale del Comune, e trasmessa alla Prefettura di Nuoro, alla Stazione dei Carabinieri di Galtellì e alla Compagnia Barracellare.")
y = newpage_if(y)
y -= 4; centre(y, "A V V E R T E", "SansB", 11.5); y -= 22
y = para(y, "che avverso il presente provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
y = newpage_if(y)
y -= 10
glyphs(L, y, "Galtellì, 13 maggio 2026", "Serif", 11.5)
y -= 22
glyphs(R - 190, y, "IL SINDACO", "SansB", 11); y -= 15
glyphs(R - 190, y, "Dott. Giovanni Santo Porcu", "Serif", 11); y -= 13
glyphs(R - 190, y, "(firmato digitalmente)", "Serif", 8.5)
c.showPage(); c.save()
