# Decreto sindacale, Comune di Sinagra (ME): reportlab canvas, every glyph its own Tm+Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setProducer("HyperSIC Stampe 4.0"); c.setTitle("Decreto sindacale 7/2026")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    words = s.split(" ")
    gap = stringWidth(" ", font, size)
    if width and len(words) > 1:
        gap = (width - sum(stringWidth(w, font, size) for w in words)) / (len(words) - 1)
    for w in words:
        for ch in w:
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
            x += stringWidth(ch, font, size)
        x += gap
def para(y, text, font="Times-Roman", size=11, x0=72, width=451, lead=15):
    words = text.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line:
            glyphs(x0, y, " ".join(line), font, size, width); y -= lead; line = [w]
        else: line.append(w)
    if line: glyphs(x0, y, " ".join(line), font, size); y -= lead
    return y - 4
def centre(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(800, "COMUNE DI SINAGRA", "Times-Bold", 16)
centre(784, "Città Metropolitana di Messina", "Times-Italic", 11)
centre(771, "Piazza San Teodoro, 1 – 98069 Sinagra (ME) – PEC: protocollo@pec.comune.sinagra.me.it", "Times-Roman", 8.5)
c.line(72, 762, 523, 762)
# registry box top right
c.rect(360, 690, 163, 58)
glyphs(368, 734, "REGISTRO DECRETI", "Helvetica-Bold", 8)
glyphs(368, 719, "Reg. n. 7", "Helvetica-Bold", 11)
glyphs(368, 704, "del 12.03.2026", "Helvetica", 10)
glyphs(72, 730, "IL SINDACO", "Times-Bold", 12)
glyphs(72, 714, "Ufficio di Gabinetto", "Times-Italic", 10)
y = 665
centre(y, "DECRETO SINDACALE", "Times-Bold", 14); y -= 26
for s in ["NOMINA DEL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA", "E ATTRIBUZIONE DELLE FUNZIONI DIRIGENZIALI", "AI SENSI DELL’ART. 50, COMMA 10, DEL D.LGS. 267/2000"]:
    centre(y, s, "Times-Bold", 11.5); y -= 15
y -= 10
y = para(y, "PREMESSO che con deliberazione della Giunta comunale n. 18 del 20.02.2026 è stato approvato il nuovo assetto organizzativo dell’Ente, articolato in quattro Aree;")
y = para(y, "VISTO l’art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, che nei Comuni privi di personale di qualifica dirigenziale consente di attribuire le funzioni di cui all’art. 107 ai responsabili degli uffici e dei servizi;")
y = para(y, "VISTI gli artt. 16 e seguenti del C.C.N.L. Funzioni Locali 16.11.2022 in materia di incarichi di Elevata Qualificazione;")
y = para(y, "RITENUTO di individuare nella dott.ssa Carmela Lo Presti, funzionario contabile in servizio a tempo pieno e indeterminato, la figura idonea all’incarico;")
centre(y - 4, "D E C R E T A", "Times-Bold", 12); y -= 26
pts = ["di nominare la dott.ssa Carmela Lo Presti Responsabile dell’Area Economico-Finanziaria con decorrenza dal 16.03.2026 e fino al 31.12.2026;",
       "di attribuire alla stessa l’incarico di Elevata Qualificazione con retribuzione di posizione annua lorda di € 12.500,00, oltre alla retribuzione di risultato;",
       "di individuare quale sostituto, in caso di assenza o impedimento, il Segretario comunale;",
       "di disporre la pubblicazione del presente decreto all’Albo Pretorio on line e nella sezione Amministrazione Trasparente."]
for i, p in enumerate(pts, 1):
    glyphs(72, y, f"{i}.", "Times-Roman", 11); y = para(y, p, x0=90, width=433)
y -= 10
glyphs(72, y, "Sinagra, lì 12 marzo 2026", "Times-Roman", 11)
glyphs(380, y, "IL SINDACO", "Times-Bold", 11); y -= 15
glyphs(372, y, "Antonino Musca", "Times-Italic", 11); y -= 12
glyphs(330, y, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "Times-Roman", 7.5)
# rotated stamp in the left margin
c.saveState(); c.translate(40, 200); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -14, 330, 28)
glyphs(0, 3, "ALBO PRETORIO ON LINE – Pubblicato dal 12/03/2026 al 27/03/2026", "Helvetica", 7.5)
glyphs(0, -8, "Reg. Pubbl. n. 241 – Il Messo comunale", "Helvetica", 7.5)
c.restoreState()
c.showPage(); c.save()
