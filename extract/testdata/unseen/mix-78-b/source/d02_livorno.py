# reportlab: ordinanza dirigenziale of the Mobilità; every glyph its own BT/Tm/Tj, justified by moving glyphs; Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Ordinanza 214/2026")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    n = len(s); sw = stringWidth(s, font, size)
    extra = (width - sw) / max(1, s.count(" ")) if width and s.count(" ") else 0
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, font="Times-Roman", size=11, left=70, width=W-140, lead=14.5, justify=True):
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line:
            lines.append(" ".join(line)); line = [w]
        else: line.append(w)
    lines.append(" ".join(line))
    for i, l in enumerate(lines):
        glyphs(left, y, l, font, size, width if justify and i < len(lines)-1 else None); y -= lead
    return y - 4
def center(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size))/2, y, s, font, size)
center(800, "COMUNE DI LIVORNO", "Times-Bold", 17)
center(782, "Dipartimento 4 – Lavori Pubblici e Assetto del Territorio", "Times-Roman", 10.5)
center(768, "Settore Mobilità, Traffico e Trasporti – Ufficio Permessi e Ordinanze", "Times-Italic", 10.5)
c.line(70, 760, W-70, 760)
glyphs(70, 740, "Registro Ordinanze n. 214", "Helvetica-Bold", 10.5)
glyphs(W-70-stringWidth("P.G. n. 0031877 del 16/03/2026", "Helvetica", 10), 740, "P.G. n. 0031877 del 16/03/2026", "Helvetica", 10)
glyphs(70, 726, "Livorno, 16 marzo 2026", "Helvetica", 10)
center(700, "ORDINANZA DIRIGENZIALE", "Times-Bold", 13)
y = para(680, "OGGETTO: Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in via Grande, tratto compreso tra piazza Grande e largo del Cisternino, per lavori di rifacimento della pavimentazione stradale dal 23 marzo al 10 aprile 2026.", "Times-Bold", 11)
center(y-6, "IL DIRIGENTE", "Times-Bold", 11.5); y -= 26
for p in ["Vista la richiesta presentata dall'impresa Labronica Strade S.r.l., esecutrice dei lavori affidati con determinazione dirigenziale n. 1488 del 27/02/2026, acquisita al P.G. n. 0029114 del 10/03/2026;",
          "Ritenuto necessario, per garantire la sicurezza della circolazione e l'esecuzione dei lavori, adottare i provvedimenti di disciplina del traffico indicati nel dispositivo;",
          "Visti gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(y, p)
center(y-4, "ORDINA", "Times-Bold", 11.5); y -= 24
for i, p in enumerate(["dalle ore 7:00 del 23/03/2026 alle ore 19:00 del 10/04/2026 l'istituzione del divieto di transito veicolare in via Grande, nel tratto compreso tra piazza Grande e largo del Cisternino, eccetto mezzi di soccorso e dell'impresa esecutrice;",
                       "nel medesimo periodo l'istituzione del divieto di sosta con rimozione forzata su ambo i lati del tratto interessato;",
                       "la deviazione delle linee del trasporto pubblico urbano 1 e 2 su via Cairoli e via Ricasoli, secondo il piano concordato con il gestore;",
                       "all'impresa Labronica Strade S.r.l. la posa della segnaletica prevista dal D.M. 10 luglio 2002 almeno 48 ore prima dell'inizio dei lavori."], 1):
    glyphs(70, y, f"{i})", "Times-Roman", 11)
    y = para(y, p, left=88, width=W-158)
y = para(y-4, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Toscana entro 60 giorni dalla pubblicazione all'Albo Pretorio on line, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del Codice della Strada.")
glyphs(340, y-20, "IL DIRIGENTE DEL SETTORE MOBILITÀ", "Times-Bold", 10.5)
glyphs(372, y-36, "ing. Marco Bandecchi", "Times-Italic", 10.5)
glyphs(352, y-50, "(firmato digitalmente)", "Times-Roman", 9)
c.saveState(); c.translate(40, 200); c.rotate(90)
c.setStrokeColorRGB(0.2, 0.3, 0.7); c.setFillColorRGB(0.2, 0.3, 0.7); c.rect(-6, -14, 430, 30)
glyphs(0, 4, "ALBO PRETORIO ON LINE – Pubblicato dal 16/03/2026 al 31/03/2026", "Helvetica-Bold", 9)
glyphs(0, -8, "Comune di Livorno – Registro pubblicazioni n. 3412/2026", "Helvetica", 8.5)
c.restoreState()
c.setFillColorRGB(0,0,0)
glyphs(70, 40, "Comune di Livorno – Piazza del Municipio 1 – 57123 Livorno – Pagina 1 di 1", "Helvetica", 8)
c.showPage(); c.save()
