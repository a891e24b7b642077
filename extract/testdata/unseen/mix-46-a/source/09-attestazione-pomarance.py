# Pre-printed form of publication certificate, blanks of underscores filled in by the software
# (values overprinted on the blanks) - reportlab
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
LM, RM = 70, W - 70
c = canvas.Canvas('../attestazione-pomarance-civilia.pdf', pagesize=A4)
c.setTitle('Attestazione di pubblicazione'); c.setCreator('Civilia Next - Modulistica')
F, FS = 'Times-Roman', 11.5
class Line:
    def __init__(self, y): self.x, self.y = LM, y
    def t(self, s, font=F, size=FS):
        c.setFont(font, size); c.drawString(self.x, self.y, s); self.x += stringWidth(s, font, size); return self
    def blank(self, n, value='', font='Helvetica-Bold', size=10.5):
        c.setFont('Courier', FS); c.drawString(self.x, self.y, '_' * n)
        w = stringWidth('_' * n, 'Courier', FS)
        if value:
            c.setFont(font, size); c.drawString(self.x + 6, self.y + 1.5, value)
        self.x += w; return self
# letterhead
c.setFont('Times-Bold', 17); c.drawCentredString(W/2, H - 70, 'COMUNE DI POMARANCE')
c.setFont('Times-Italic', 11); c.drawCentredString(W/2, H - 86, 'Provincia di Pisa')
c.setFont('Times-Roman', 8.5); c.drawCentredString(W/2, H - 99, 'Piazza S. Anna, 1 – 56045 Pomarance (PI) – Tel. 0588 62311')
c.setLineWidth(1); c.line(LM, H - 106, RM, H - 106)
c.setFont('Times-Roman', 8); c.drawString(LM, H - 120, 'Mod. SG/07 – rev. 2019')
c.setFont('Times-Bold', 14); c.drawCentredString(W/2, H - 150, 'ATTESTAZIONE DI PUBBLICAZIONE')
c.setFont('Times-Italic', 10); c.drawCentredString(W/2, H - 165, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)')
y = H - 205
Line(y).t('Il sottoscritto ').blank(30, 'Messo Comunale').t(', visti gli atti d\'ufficio,'); y -= 30
c.setFont('Times-Bold', 12); c.drawCentredString(W/2, y, 'A T T E S T A'); y -= 30
Line(y).t('che la deliberazione della ').blank(26, 'GIUNTA COMUNALE').t(' n. ').blank(7, '38'); y -= 24
Line(y).t('del ').blank(14, '02/04/2026').t(' avente ad oggetto:'); y -= 24
subj = ["CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX SCUOLA",
        "ELEMENTARE DI LARDERELLO ALL'ASSOCIAZIONE PRO LOCO –",
        "APPROVAZIONE SCHEMA DI CONVENZIONE."]
for s in subj:
    Line(y).blank(62, s); y -= 22
y -= 4
Line(y).t('è stata pubblicata all\'Albo Pretorio on line di questo Comune in data ').blank(14, '09/04/2026'); y -= 24
Line(y).t('e vi rimarrà per 15 giorni consecutivi, fino al ').blank(14, '24/04/2026').t(' compreso,'); y -= 24
Line(y).t('al n. ').blank(8, '402').t(' del Registro delle pubblicazioni.'); y -= 40
Line(y).t('Pomarance, lì ').blank(14, '09/04/2026'); y -= 44
c.setFont(F, FS)
c.drawCentredString(RM - 110, y, 'IL MESSO COMUNALE'); y -= 20
Line(y).x = RM - 200
l = Line(y); l.x = RM - 200; l.blank(24, 'Sandra Bacci', font='Helvetica-Oblique'); y -= 50
c.setLineWidth(0.5); c.setDash(2, 2); c.line(LM, y + 15, RM, y + 15); c.setDash()
c.setFont('Times-Bold', 12); c.drawCentredString(W/2, y - 5, 'CERTIFICATO DI ESECUTIVITÀ'); y -= 32
Line(y).t('Si certifica che la suddetta deliberazione è divenuta esecutiva il ').blank(14, ''); y -= 22
Line(y).t('[ ] decorsi 10 giorni dalla pubblicazione (art. 134, c. 3, D.Lgs. 267/2000)'); y -= 20
Line(y).t('[X] essendo stata dichiarata immediatamente eseguibile (art. 134, c. 4, D.Lgs. 267/2000)'); y -= 40
c.drawCentredString(RM - 110, y, 'IL SEGRETARIO COMUNALE'); y -= 20
l = Line(y); l.x = RM - 200; l.blank(24, 'Dott. Fabrizio Cecchi', font='Helvetica-Oblique')
c.setFont('Times-Roman', 7.5); c.drawString(LM, 40, 'Documento informatico sottoscritto con firma digitale ai sensi dell\'art. 24 del D.Lgs. n. 82/2005.')
c.showPage(); c.save()
