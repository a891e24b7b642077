# Comune di Montemonaco (AP): ordinanza sindacale; every glyph its own Tm+Tj (reportlab canvas),
# lines justified by moving glyphs, Albo stamp rotated 90 degrees along the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Ordinanza 6/2026"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    gap = 0
    nat = stringWidth(s, font, size)
    if width and s.count(" "): gap = (width - nat) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
def para(y, text, font="Times-Roman", size=11, x0=70, w=460, lead=14.5):
    words = text.split(); line = []
    lines = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), font, size) > w and line: lines.append(line); line = []
        line.append(wd)
    lines.append(line)
    for i, l in enumerate(lines):
        glyphs(x0, y, " ".join(l), font, size, w if i < len(lines) - 1 else None); y -= lead
    return y - 4
def centre(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(800, "COMUNE DI MONTEMONACO", "Times-Bold", 17)
centre(783, "Provincia di Ascoli Piceno", "Times-Italic", 11)
centre(768, "Parco Nazionale dei Monti Sibillini", "Times-Italic", 9)
c.line(70, 760, 530, 760)
centre(735, "ORDINANZA SINDACALE N. 6 DEL 10 APRILE 2026", "Times-Bold", 13)
y = para(712, "OGGETTO: Divieto di transito veicolare sulla strada comunale Montemonaco – Foce nel tratto compreso tra il bivio per Rocca e la località Foce, per il pericolo di caduta di valanghe e slavine.", "Times-Bold", 11)
centre(y - 4, "IL SINDACO", "Times-Bold", 12); y -= 26
for p in ["VISTA la nota del Corpo Nazionale Soccorso Alpino e Speleologico – Stazione di Montemonaco, acquisita al prot. n. 1562 del 09/04/2026, con la quale si segnala il persistere di accumuli nevosi instabili sui versanti del Monte Vettore sovrastanti la strada comunale per Foce;",
          "RITENUTO necessario e urgente, a tutela della pubblica incolumità, interdire il transito veicolare e pedonale nel tratto interessato fino al cessare delle condizioni di pericolo;",
          "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285;"]:
    y = para(y, p)
centre(y - 4, "ORDINA", "Times-Bold", 12); y -= 26
for i, p in enumerate(["il divieto di transito veicolare e pedonale sulla strada comunale Montemonaco – Foce, nel tratto compreso tra il bivio per Rocca e la località Foce, con decorrenza immediata e fino a revoca;",
          "all'Ufficio Tecnico comunale di provvedere all'apposizione della prescritta segnaletica e delle transenne;",
          "alla Polizia Locale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza."], 1):
    y = para(y, f"{i}. {p}")
y = para(y - 4, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Marche entro 60 giorni dalla pubblicazione all'Albo Pretorio on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
glyphs(70, y - 10, "Montemonaco, 10 aprile 2026")
glyphs(360, y - 40, "IL SINDACO", "Times-Bold", 11)
glyphs(345, y - 56, "Francesco Paolo Ricci", "Times-Italic", 11)
c.saveState(); c.translate(40, 250); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-4, -6, 380, 20)
glyphs(0, 0, "ALBO PRETORIO ON LINE – Pubblicata dal 10/04/2026 al 25/04/2026 – Reg. n. 244", "Helvetica", 8.5)
c.restoreState()
c.showPage(); c.save()
