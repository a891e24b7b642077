# reportlab: every glyph drawn with its own text object (Tm+Tj), lines justified by spreading glyphs;
# small-caps letterhead faked with two sizes of capitals; lines written bottom-up (out of reading order)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, font="Helvetica", size=10.5, width=None):
    n = len(s); w = stringWidth(s, font, size)
    extra = (width - w) / (n - 1) if width and n > 1 else 0
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def smallcaps(xc, y, s, big=15, small=11.5):
    parts = []
    for w in s.split(" "):
        if w[0].isupper(): parts.append((w[0], big)); parts.append((w[1:].upper(), small))
        else: parts.append((w.upper(), small))
        parts.append((" ", big))
    tot = sum(stringWidth(t, "Times-Roman", z) for t, z in parts[:-1]); x = xc - tot / 2
    for t, z in parts[:-1]:
        c.setFont("Times-Roman", z); c.drawString(x, y, t); x += stringWidth(t, "Times-Roman", z)
smallcaps(W/2, H-58, "Agenzia per il Diritto allo Studio Universitario dell'Umbria")
c.setFont("Times-Roman", 9); c.drawCentredString(W/2, H-72, "Via Benedetta, 14 - 06123 Perugia")
c.line(55, H-80, W-55, H-80)
lines = [
 ("Helvetica-Bold", 11, "SERVIZIO RISTORAZIONE E RESIDENZE", False),
 ("Helvetica-Bold", 11, "DETERMINAZIONE DIRIGENZIALE n. 58 del 24/02/2026", False),
 ("Helvetica", 10.5, "", False),
 ("Helvetica-Bold", 10.5, "OGGETTO: Affidamento del servizio di manutenzione degli impianti di", True),
 ("Helvetica-Bold", 10.5, "condizionamento della residenza universitaria di via Innamorati in Perugia.", False),
 ("Helvetica-Bold", 10.5, "CIG B8D5A61E29.", False),
 ("Helvetica", 10.5, "", False),
 ("Helvetica", 10.5, "IL DIRIGENTE", False),
 ("Helvetica", 10.5, "Vista la legge regionale 28 marzo 2006, n. 6, istitutiva dell'Agenzia;", False),
 ("Helvetica", 10.5, "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 50, comma 1, lettera b);", True),
 ("Helvetica", 10.5, "Preso atto dell'offerta presentata dalla ditta Clima Service Umbria S.r.l.;", False),
 ("Helvetica", 10.5, "DETERMINA", False),
 ("Helvetica", 10.5, "1. di affidare alla ditta Clima Service Umbria S.r.l. il servizio in oggetto per il", True),
 ("Helvetica", 10.5, "periodo 1 marzo 2026 - 28 febbraio 2027, per l'importo di euro 24.600,00 oltre IVA;", False),
 ("Helvetica", 10.5, "2. di impegnare la spesa complessiva di euro 30.012,00 sul capitolo 310 del bilancio;", True),
 ("Helvetica", 10.5, "3. di nominare Responsabile Unico del Progetto il geom. Luca Bartolini.", False),
 ("Helvetica", 10.5, "", False),
 ("Helvetica", 10.5, "Perugia, 24/02/2026                                        IL DIRIGENTE", False),
 ("Helvetica", 10.5, "                                                            Dott. Fabrizio Menichetti", False),
]
y0 = H - 110
for i in reversed(range(len(lines))):   # bottom-up: out of reading order
    f, z, s, just = lines[i]
    if s: glyphs(60, y0 - i * 17, s, f, z, (W - 120) if just else None)
c.save()
