# reportlab: each glyph its own Tm+Tj (justified by moving glyphs); Albo stamp rotated 90° in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 70, W - 60
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    extra = 0
    if width and s.count(" "): extra = (width - stringWidth(s, font, size)) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, s, font="Times-Roman", size=11, lead=14.5):
    words = s.split(); cur = []; lines = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L: lines.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    lines.append(" ".join(cur))
    for i, ln in enumerate(lines):
        glyphs(L, y, ln, font, size, (R - L) if i < len(lines) - 1 else None); y -= lead
    return y - 5
def centre(y, s, font="Times-Bold", size=12): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(800, "ATER UMBRIA", "Times-Bold", 16)
centre(784, "Azienda Territoriale per l'Edilizia Residenziale della Regione Umbria", "Times-Italic", 10)
centre(771, "Piazza Italia, 2 – 06121 Perugia", "Times-Roman", 9)
c.line(L, 764, R, 764)
centre(738, "DECRETO DELL'AMMINISTRATORE UNICO", "Times-Bold", 13)
centre(720, "N. 19/2026 del 15 aprile 2026", "Times-Roman", 11)
y = para(696, "OGGETTO: Approvazione della graduatoria definitiva per la mobilità degli assegnatari di alloggi di edilizia residenziale pubblica nel Comune di Foligno – anno 2026.", "Times-Bold", 11)
centre(y - 4, "L'AMMINISTRATORE UNICO", "Times-Bold", 11); y -= 26
for t in ["VISTA la legge regionale 28 novembre 2003, n. 23, e successive modificazioni;",
          "VISTO il decreto del Presidente della Giunta regionale n. 12 del 9 febbraio 2024, con il quale il sottoscritto è stato nominato Amministratore Unico dell'Azienda;",
          "VISTA la graduatoria provvisoria approvata con proprio decreto n. 9/2026 del 3 marzo 2026 e pubblicata per trenta giorni, e dato atto che sono pervenute quattro opposizioni, esaminate dalla Commissione nella seduta del 10 aprile 2026;"]:
    y = para(y, t)
centre(y - 4, "DECRETA", "Times-Bold", 11); y -= 26
for i, t in enumerate(["di approvare la graduatoria definitiva per la mobilità degli assegnatari nel Comune di Foligno, composta da 27 nuclei familiari;",
                       "di disporre la pubblicazione della graduatoria all'Albo on line dell'Azienda e del Comune di Foligno;",
                       "di incaricare il Dirigente dell'Area Gestione Patrimonio dell'esecuzione del presente decreto."], 1):
    y = para(y, f"{i}. {t}")
glyphs(R - 150, y - 20, "L'Amministratore Unico", "Times-Roman", 11)
glyphs(R - 150, y - 35, "dott. Federico Baldelli", "Times-Italic", 11)
c.saveState(); c.translate(40, 160); c.rotate(90); c.setStrokeColorRGB(.6, 0, 0); c.setFillColorRGB(.6, 0, 0)
c.rect(-4, -14, 470, 26); c.setFont("Helvetica-Bold", 8.5)
c.drawString(0, 0, "ALBO ON LINE ATER UMBRIA – Reg. n. 211 – pubblicato dal 15/04/2026 al 30/04/2026"); c.restoreState()
c.setCreator("DataGraph Protocollo 4"); c.save()
