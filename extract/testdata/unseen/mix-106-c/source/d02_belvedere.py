# Belvedere di Spinello: reportlab, every glyph its own BT/Tm/Tj, justified by spreading glyphs;
# the Area/Servizio appears only in the running head repeated on both pages.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setCreator("Halley Informatica – Atti Amministrativi"); c.setProducer("HPDF 2.3 (Halley)")
c.setTitle("Determinazione 47/2026 R.G.")
def glyphs(x, y, s, font="Times-Roman", size=10.5, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    return x
def para(y, text, font="Times-Roman", size=10.5, left=62, right=W-62, lead=14, indent=18, last_just=False):
    words = text.split(); lines = []; cur = []
    width = right - left
    for w in words:
        trial = " ".join(cur + [w]); ind = indent if not lines else 0
        if stringWidth(trial, font, size) > width - ind and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); ind = indent if i == 0 else 0
        gaps = s.count(" "); extra = 0
        if i < len(lines) - 1 and gaps: extra = (width - ind - stringWidth(s, font, size)) / gaps
        glyphs(left + ind, y, s, font, size, extra); y -= lead
    return y - 4
def head(page):
    c.setFont("Helvetica", 7.5)
    glyphs(62, H - 30, "Comune di Belvedere di Spinello – Area Tecnica – Servizio Manutenzioni e Protezione Civile", "Helvetica-Oblique", 7.5)
    glyphs(W - 150, H - 30, "Det. n. 47/2026 R.G.", "Helvetica-Oblique", 7.5)
    c.line(62, H - 34, W - 62, H - 34)
    c.line(62, 40, W - 62, 40)
    glyphs(W / 2 - 20, 28, "Pag. %d di 2" % page, "Helvetica", 7.5)
head(1)
y = H - 70
c.circle(W / 2, y - 14, 16); glyphs(W / 2 - 6, y - 18, "KR", "Helvetica-Bold", 8)
y -= 48
glyphs(W / 2 - stringWidth("COMUNE DI BELVEDERE DI SPINELLO", "Times-Bold", 15) / 2, y, "COMUNE DI BELVEDERE DI SPINELLO", "Times-Bold", 15)
y -= 14
s = "Provincia di Crotone"; glyphs(W / 2 - stringWidth(s, "Times-Italic", 10) / 2, y, s, "Times-Italic", 10)
y -= 34
s = "DETERMINAZIONE N. 47/2026 R.G."; glyphs(W / 2 - stringWidth(s, "Times-Bold", 13) / 2, y, s, "Times-Bold", 13)
y -= 16
s = "(N. 19/2026 del registro di servizio) – adottata in data 20 marzo 2026"; glyphs(W / 2 - stringWidth(s, "Times-Roman", 10) / 2, y, s, "Times-Roman", 10)
y -= 28
glyphs(62, y, "OGGETTO:", "Times-Bold", 10.5)
y = para(y, "Lavori di somma urgenza per il ripristino della transitabilità della strada comunale Belvedere – Timpa del Salice interessata da smottamento. Approvazione del verbale di somma urgenza e impegno di spesa in favore della ditta Edil Neto S.r.l. – CIG B8E21C7A05.",
         "Times-Bold", 10.5, left=120, indent=0)
y -= 8
s = "IL RESPONSABILE"; glyphs(W / 2 - stringWidth(s, "Times-Bold", 11) / 2, y, s, "Times-Bold", 11); y -= 20
for t in [
 "PREMESSO che nella notte tra il 9 e il 10 marzo 2026 un movimento franoso ha interessato la strada comunale Belvedere – Timpa del Salice, determinando l'interruzione della circolazione e l'isolamento di alcune aziende agricole della contrada;",
 "VISTO il verbale di somma urgenza redatto in data 10 marzo 2026 ai sensi dell'art. 140 del D.Lgs. 36/2023, con il quale è stata incaricata dell'esecuzione immediata dei lavori la ditta Edil Neto S.r.l., con sede in Rocca di Neto, per l'importo di € 18.740,00 oltre IVA;",
 "VISTA la perizia giustificativa dei lavori redatta dal tecnico comunale in data 16 marzo 2026;",
 "DATO ATTO che la spesa trova copertura al capitolo 2812 del bilancio di previsione 2026-2028, esercizio 2026;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, e il decreto sindacale n. 3 del 2 gennaio 2026 di conferimento delle funzioni;",
]:
    y = para(y, t)
c.showPage(); head(2); y = H - 70
s = "DETERMINA"; glyphs(W / 2 - stringWidth(s, "Times-Bold", 11) / 2, y, s, "Times-Bold", 11); y -= 22
pts = [
 "di approvare il verbale di somma urgenza del 10 marzo 2026 e la perizia giustificativa del 16 marzo 2026 relativi ai lavori di ripristino della strada comunale Belvedere – Timpa del Salice;",
 "di impegnare in favore della ditta Edil Neto S.r.l. la somma complessiva di € 22.862,80, IVA compresa, al capitolo 2812 del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il codice identificativo di gara è B8E21C7A05;",
 "di trasmettere il presente atto al Consiglio comunale per il riconoscimento della spesa ai sensi dell'art. 191, comma 3, del D.Lgs. 267/2000;",
 "di pubblicare la presente determinazione all'Albo Pretorio on line dell'Ente.",
]
for i, p in enumerate(pts, 1):
    glyphs(62, y, "%d." % i, "Times-Roman", 10.5)
    y = para(y, p, left=80, indent=0)
y -= 20
for s, f in [("IL RESPONSABILE", "Times-Bold"), ("geom. Francesco Le Rose", "Times-Italic")]:
    glyphs(380, y, s, f, 10.5); y -= 14
y -= 30
c.rect(62, y - 60, W - 124, 70)
glyphs(70, y - 4, "VISTO DI REGOLARITÀ CONTABILE", "Times-Bold", 9.5)
y = para(y - 20, "Si attesta la copertura finanziaria della spesa – impegno n. 163/2026 – Belvedere di Spinello, 20/03/2026. Il Responsabile dell'Area Finanziaria rag. Maria Teresa Pugliese.", "Times-Roman", 9.5, left=70, right=W-70, indent=0, lead=12)
c.showPage(); c.save()
