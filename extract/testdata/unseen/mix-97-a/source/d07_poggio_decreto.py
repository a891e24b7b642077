# Poggio Sannita, decreto sindacale 2/2026: reportlab low-level, one glyph per Tm+Tj, justified by
# moving glyphs; Albo stamp rotated 90 degrees in the left margin
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595.28, 841.89)); c.setCreator("Sicraweb Decreti - PDF Printer 3.0"); c.setTitle("Decreto 2/2026")
def glyphs(x, y, s, f="Times-Roman", z=11, width=None):
    gap = 0
    if width and s.count(" "):
        gap = (width - stringWidth(s, f, z)) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, z); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, z) + (gap if ch == " " else 0)
def centre(y, s, f="Times-Bold", z=12): glyphs(297.6 - stringWidth(s, f, z) / 2, y, s, f, z)
def para(y, s, f="Times-Roman", z=11, L=70, W=455):
    words = s.split(); lines = []; cur = ""
    for w in words:
        if stringWidth((cur + " " + w).strip(), f, z) > W: lines.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    lines.append(cur)
    for i, l in enumerate(lines):
        glyphs(L, y, l, f, z, W if i < len(lines) - 1 else None); y -= z * 1.35
    return y - 4
centre(800, "COMUNE DI POGGIO SANNITA", "Times-Bold", 16)
centre(784, "Provincia di Isernia", "Times-Italic", 11)
c.line(70, 775, 525, 775)
glyphs(70, 750, "Prot. n. 812", "Times-Roman", 10); glyphs(400, 750, "Poggio Sannita, 27.3.2026", "Times-Roman", 10)
centre(722, "DECRETO DEL SINDACO N. 2 DEL 27.3.2026", "Times-Bold", 13)
y = para(698, "OGGETTO: Nomina del Responsabile del Settore Tecnico e conferimento dell'incarico di elevata qualificazione ai sensi dell'art. 109 del D.Lgs. 267/2000.", "Times-Bold", 11)
centre(y - 6, "IL SINDACO", "Times-Bold", 12); y -= 28
for s in ["Visti gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
          "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 41 del 12.9.2023, che articola la struttura dell'Ente in due Settori;",
          "Visto il CCNL del comparto Funzioni Locali 2019-2021 sottoscritto il 16.11.2022, e in particolare gli artt. 16 e seguenti sugli incarichi di elevata qualificazione;",
          "Considerato che dal 1.4.2026 il Responsabile del Settore Tecnico cesserà dal servizio per collocamento a riposo e che occorre garantire la continuità dell'azione amministrativa;",
          "Ritenuto che l'ing. Laura Mastronardi, istruttore direttivo tecnico in servizio presso questo Ente, possieda i requisiti culturali e l'esperienza professionale richiesti;"]:
    y = para(y, s)
centre(y - 6, "D E C R E T A", "Times-Bold", 12); y -= 28
for i, s in enumerate(["di nominare l'ing. Laura Mastronardi Responsabile del Settore Tecnico dal 1.4.2026 al 31.12.2026, con le funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
                       "di attribuire alla stessa la retribuzione di posizione annua di euro 9.500,00 e la retribuzione di risultato nella misura prevista dal sistema di valutazione;",
                       "di notificare il presente decreto all'interessata e di pubblicarlo all'Albo Pretorio on line e in Amministrazione Trasparente."], 1):
    y = para(y, "%d. %s" % (i, s))
glyphs(380, y - 20, "IL SINDACO", "Times-Bold", 11); glyphs(372, y - 36, "Bruno Marinelli", "Times-Italic", 11)
glyphs(330, y - 50, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "Times-Roman", 8)
c.saveState(); c.translate(38, 150); c.rotate(90); c.setFillColorRGB(0.1, 0.3, 0.55)
c.setFont("Helvetica", 8); c.drawString(0, 0, "ALBO PRETORIO ON LINE - Comune di Poggio Sannita - Pubblicato dal 27/03/2026 al 11/04/2026 - Reg. Albo n. 203")
c.restoreState()
c.setFont("Helvetica", 7); c.drawCentredString(297.6, 30, "Piazza Municipio, 1 - 86086 Poggio Sannita (IS) - PEC protocollo.poggiosannita@pec.it")
c.showPage(); c.save()
