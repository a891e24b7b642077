# reportlab: every glyph placed with its own text object (Tm + Tj); Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Halley PDF Service 4.0")
W, H = A4
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    sp = 0
    if width and " " in s:
        sp = (width - stringWidth(s, font, size)) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (sp if ch == " " else 0)
def para(y, lines, font="Times-Roman", size=11):
    for i, l in enumerate(lines):
        glyphs(70, y, l, font, size, None if i == len(lines) - 1 else 455); y -= 15
    return y - 6
# stamp first (out of order), rotated
c.saveState(); c.translate(40, 300); c.rotate(90)
glyphs(0, 0, "Pubblicato all'Albo on line dal 10/02/2026 al 25/02/2026 - Reg. Pubbl. n. 402", "Helvetica", 8)
c.restoreState()
glyphs(70, 790, "PROVINCIA DI MASSA-CARRARA", "Times-Bold", 15)
glyphs(70, 774, "Ufficio di Presidenza", "Times-Italic", 10)
c.line(70, 766, 525, 766)
glyphs(70, 740, "DECRETO PRESIDENZIALE", "Times-Bold", 13)
glyphs(330, 740, "n. 13 del 10.2.2026", "Times-Bold", 12)
y = para(712, ["OGGETTO: Attribuzione ai Consiglieri provinciali delle deleghe per materia ai sensi",
               "dell'art. 1, comma 66, della legge 7 aprile 2014, n. 56."], "Times-Bold")
glyphs(260, y, "IL PRESIDENTE", "Times-Bold"); y -= 22
y = para(y, ["PREMESSO che il Consiglio provinciale e' stato rinnovato a seguito delle elezioni di secondo",
             "grado del 14 dicembre 2025 e che il Presidente puo' assegnare deleghe a Consiglieri provinciali;",
             "RITENUTO opportuno attribuire deleghe per materia al fine di assicurare la piena funzionalita'",
             "degli organi e dei servizi provinciali;"])
glyphs(270, y, "DECRETA", "Times-Bold"); y -= 22
y = para(y, ["1. di attribuire al Consigliere Marco Bertocchi la delega in materia di viabilita' e",
             "trasporti e al Consigliere Sara Giannarelli la delega in materia di edilizia scolastica;"])
y = para(y, ["2. di stabilire che le deleghe non comportano la facolta' di adottare atti a rilevanza esterna;"])
y = para(y, ["3. di trasmettere il presente decreto ai Consiglieri interessati e ai Dirigenti dei Settori."])
glyphs(70, y - 10, "Massa, li 10.2.2026")
glyphs(360, y - 40, "IL PRESIDENTE", "Times-Bold"); glyphs(360, y - 56, "Gianni Lorenzetti")
c.showPage(); c.save()
