"""Comune di Vico Equense - certificato di pubblicazione: a pre-printed form (Times) whose blanks are
lines of underscores; the values are typed afterwards in Courier-Bold over the blanks (ReportLab canvas)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth as sw
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Certificato di pubblicazione"); c.setCreator("Modulistica Ufficio Segreteria - Microsoft Word"); c.setProducer("Microsoft: Print To PDF")
X = 70
fills = []   # (x, y, text) typed afterwards
def form(y, parts, size=11.5):
    """parts: strings; a tuple (n_underscores, value) is a blank."""
    x = X
    for p in parts:
        if isinstance(p, tuple):
            n, v = p
            s = "_" * n
            c.setFont("Times-Roman", size); c.drawString(x, y, s)
            fills.append((x + 4, y + 1.5, v))
            x += sw(s, "Times-Roman", size)
        else:
            c.setFont("Times-Roman", size); c.drawString(x, y, p); x += sw(p, "Times-Roman", size)
c.setFont("Times-Bold", 16); c.drawCentredString(297, 790, "COMUNE DI VICO EQUENSE")
c.setFont("Times-Italic", 10); c.drawCentredString(297, 775, "Città Metropolitana di Napoli")
c.setFont("Times-Roman", 9); c.drawCentredString(297, 763, "Corso Filangieri, 98 – 80069 Vico Equense (NA)")
c.line(X, 755, 525, 755)
c.setFont("Times-Bold", 14); c.drawCentredString(297, 715, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Times-Roman", 10); c.drawCentredString(297, 700, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 L. 18 giugno 2009, n. 69)")
form(665, ["Reg. Pubbl. n. ", (14, "1019"), "                                    Vico Equense, ", (16, "02/04/2026")])
form(630, ["Il sottoscritto ", (44, "Dott. Raffaele Cuomo"), " Segretario Generale,"])
c.setFont("Times-Bold", 11.5); c.drawCentredString(297, 600, "C E R T I F I C A")
form(570, ["che copia della deliberazione della  [X] Giunta Comunale  [ ] Consiglio Comunale"])
form(548, ["n. ", (10, "57"), " del ", (16, "12/03/2026"), " avente ad oggetto:"])
form(526, [(92, "Concessione in uso temporaneo della Sala \"Francesco Saverio Gargiulo\" alla")])
form(506, [(92, "Pro Loco per la rassegna \"Vico in Musica 2026\". Indirizzi.")])
form(478, ["è stata pubblicata all'Albo Pretorio on line di questo Comune dal ", (16, "17/03/2026")])
form(456, ["al ", (16, "01/04/2026"), " per quindici giorni consecutivi, senza opposizioni o reclami."])
form(420, ["[X] La deliberazione è divenuta esecutiva il ", (16, "12/03/2026"), " perché dichiarata immediatamente"])
form(402, ["      eseguibile (art. 134, comma 4, D.Lgs. 267/2000)."])
form(384, ["[ ] La deliberazione è divenuta esecutiva il ", (16, ""), " decorsi dieci giorni dalla pubblicazione."])
c.setFont("Times-Roman", 11.5); c.drawString(330, 320, "IL SEGRETARIO GENERALE")
form(300, ["                                                     ", (36, "Dott. Raffaele Cuomo")])
c.setFont("Times-Italic", 8); c.drawString(X, 80, "Mod. SEG/07 – rev. 2019")
for x, y, v in fills:
    c.setFont("Courier-Bold", 10.5); c.drawString(x, y, v)
c.showPage(); c.save()
