# ASP Ragusa - ordinanza of the Dipartimento di Prevenzione Veterinario: every glyph its own Tm+Tj,
# justified by moving glyphs; Albo stamp rotated 90 degrees in the right margin, drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 66, W - 78
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("ORD_3_2026_DPV"); c.setCreator("Microsoft Word - ORD_3_2026_DPV.docx"); c.setProducer("Nuance PDF Create 8")
y = [H - 58]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch); x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Times-Roman", size=11.5, lead=14.2, indent=0, first=0, after=4):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        ind = first if i == 0 else indent; s = " ".join(ln); gap = 0
        if i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
c.saveState(); c.translate(W - 30, 150); c.rotate(90); c.setFillColorRGB(0.6, 0.05, 0.05); c.setStrokeColorRGB(0.6, 0.05, 0.05)
c.rect(-4, -18, 560, 30); c.setFont("Helvetica-Bold", 7.5)
c.drawString(2, 2, "ASP RAGUSA – ALBO ON LINE – Pubblicato il 13/03/2026 al n. 1207 del registro – fino al 28/03/2026")
c.restoreState()
centred("AZIENDA SANITARIA PROVINCIALE DI RAGUSA", "Times-Bold", 15, 16)
centred("Dipartimento di Prevenzione Veterinario", "Times-Italic", 11.5, 13)
centred("U.O.C. Sanità Animale – Piazza Igea, 1 – 97100 Ragusa", "Times-Roman", 9, 12)
c.line(L, y[0], R, y[0]); y[0] -= 26
centred("ORDINANZA N. 3/2026", "Times-Bold", 13.5, 16)
centred("del 13.3.2026", "Times-Bold", 11.5, 24)
glyphs("OGGETTO:", L, y[0], "Times-Bold", 11.5)
para("Misure sanitarie urgenti per il focolaio di brucellosi ovina accertato nell'allevamento codice aziendale 012RG047 in contrada Cozzo Ruvetto del Comune di Chiaramonte Gulfi.", font="Times-Bold", first=60, indent=60, after=12)
centred("IL DIRETTORE DELL'U.O.C. SANITÀ ANIMALE", "Times-Bold", 11.5, 18)
for s in ["VISTO il Regolamento di Polizia Veterinaria approvato con D.P.R. 8 febbraio 1954, n. 320, e il Regolamento (UE) 2016/429 sulle malattie animali trasmissibili;",
 "VISTO il rapporto di prova n. 2026/RG/0388 dell'Istituto Zooprofilattico Sperimentale della Sicilia, pervenuto il 11.3.2026, che conferma la positività a Brucella melitensis di n. 14 capi ovini dell'allevamento di proprietà del sig. Salvatore Cannizzaro;",
 "CONSIDERATO che occorre impedire la diffusione della malattia agli allevamenti confinanti e tutelare la salute pubblica;"]:
    para(s)
centred("ORDINA", "Times-Bold", 12, 16)
pts = ["il sequestro sanitario dell'allevamento sopra indicato e il divieto di movimentazione degli animali, salvo che per l'invio diretto alla macellazione sotto vincolo sanitario;",
 "l'abbattimento dei n. 14 capi risultati positivi entro quindici giorni dalla notifica della presente ordinanza;",
 "il divieto di commercializzazione del latte crudo e dei prodotti a base di latte crudo ottenuti nell'allevamento;",
 "la pulizia e la disinfezione dei ricoveri, delle attrezzature e dei mezzi di trasporto sotto il controllo del Servizio veterinario."]
for i, p in enumerate(pts, 1):
    glyphs("%d." % i, L, y[0], "Times-Roman", 11.5); para(p, first=18, indent=18)
para("Il Sindaco del Comune di Chiaramonte Gulfi e la Stazione dei Carabinieri competente sono incaricati di vigilare sull'osservanza della presente ordinanza.", after=14)
glyphs("Ragusa, 13.3.2026", L, y[0], "Times-Roman", 11.5)
glyphs("IL DIRETTORE DELL'U.O.C.", R - 160, y[0], "Times-Bold", 11); y[0] -= 14
glyphs("dott. Giovanni Occhipinti", R - 160, y[0], "Times-Roman", 11)
c.save()
