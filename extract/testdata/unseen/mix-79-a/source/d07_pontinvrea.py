# Pontinvrea (SV): ordinanza sindacale, reportlab; every glyph its own Tm+Tj, justified by spreading glyphs;
# Albo stamp rotated 90 degrees along the left margin, drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Civilia Next - Stampa atti"); c.setTitle("Ordinanza 6/2026")
W, H = A4; L, R = 70, W - 60
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFont("Helvetica", 8); c.setFillGray(0.35)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicata dal 13/03/2026 al 28/03/2026 – Reg. Pubbl. n. 119"); c.restoreState()
def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
y = H - 70
def line(s, font="Times-Roman", size=11.5, center=False, just=False, lead=15):
    global y
    w = stringWidth(s, font, size); x = L; extra = 0
    if center: x = (L + R - w) / 2
    elif just and s.count(" "): extra = (R - L - w) / s.count(" ")
    glyphs(x, y, s, font, size, extra); y -= lead
def para(s, font="Times-Roman", size=11.5):
    global y
    ws = s.split(); cur = []
    for w in ws:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L: line(" ".join(cur), font, size, just=True); cur = []
        cur.append(w)
    line(" ".join(cur), font, size); y -= 4
line("COMUNE DI PONTINVREA", "Times-Bold", 17, center=True, lead=18)
line("PROVINCIA DI SAVONA", "Times-Roman", 11, center=True, lead=12)
line("Piazza Indipendenza, 1 – 17042 Pontinvrea (SV)", "Times-Italic", 9.5, center=True, lead=26)
line("ORDINANZA SINDACALE N. 6 DEL 13/03/2026", "Times-Bold", 13, center=True, lead=22)
para("OGGETTO: Divieto di accensione di fuochi e di abbruciamento di residui vegetali all'aperto su tutto il territorio comunale per grave pericolosità di incendio boschivo.", "Times-Bold")
line("IL SINDACO", "Times-Bold", 12, center=True, lead=18)
for s in ["Vista la comunicazione della Regione Liguria del 12 marzo 2026, con la quale è stato dichiarato lo stato di grave pericolosità per gli incendi boschivi su tutto il territorio regionale;",
          "Considerato il perdurare di condizioni meteorologiche di siccità e di vento forte, che rendono elevato il rischio di propagazione di incendi nelle aree boscate che circondano il capoluogo e la frazione di Giovo Ligure;",
          "Visti l'art. 50 del D.Lgs. 18 agosto 2000, n. 267, la legge 21 novembre 2000, n. 353, e la legge regionale 22 gennaio 1999, n. 4;"]:
    para(s)
line("ORDINA", "Times-Bold", 12, center=True, lead=18)
for i, s in enumerate(["è vietata su tutto il territorio comunale, con decorrenza immediata e fino a revoca, l'accensione di fuochi all'aperto di qualsiasi genere;",
          "è vietato l'abbruciamento di residui vegetali agricoli e forestali, anche in piccoli cumuli e in prossimità delle abitazioni;",
          "è vietato l'uso di apparecchi a fiamma libera e di barbecue nelle aree verdi pubbliche e nelle aree attrezzate di località Pian del Merlo;"], 1):
    para("%d. %s" % (i, s))
line("AVVERTE", "Times-Bold", 12, center=True, lead=18)
para("che le violazioni saranno punite con le sanzioni previste dall'art. 10 della legge 353/2000, salvo che il fatto costituisca reato. Contro la presente ordinanza è ammesso ricorso al T.A.R. Liguria entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
y -= 10; line("Pontinvrea, 13 marzo 2026", lead=24)
glyphs(R - 170, y, "IL SINDACO", "Times-Bold", 11.5); y -= 15; glyphs(R - 170, y, "Matteo Zunino", "Times-Roman", 11.5)
c.save()
