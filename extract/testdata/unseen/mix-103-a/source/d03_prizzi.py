# Ordinanza sindacale, Comune di Prizzi: reportlab, every glyph drawn on its own (one Tm + Tj per glyph),
# justified by spreading glyphs; Albo stamp rotated 90 degrees along the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Halley PDF 4.1 / ReportLab"); c.setTitle("Ordinanza 9/2026")
L, R = 70, W - 62
def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def center(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
def par(y, text, font="Times-Roman", size=11, lead=14):
    words = text.split(); line = []; lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); ex = 0
        if i < len(lines) - 1 and len(ln) > 1: ex = (R - L - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(L, y, s, font, size, ex); y -= lead
    return y - 5
center(H - 62, "COMUNE DI PRIZZI", "Times-Bold", 16)
center(H - 78, "Città Metropolitana di Palermo", "Times-Italic", 11)
c.line(L, H - 88, R, H - 88)
center(H - 112, "ORDINANZA SINDACALE", "Times-Bold", 13)
center(H - 128, "N. 9 del 12 marzo 2026", "Times-Bold", 11.5)
y = par(H - 156, "OGGETTO: Divieto di transito veicolare in Corso Umberto I e Piazza Duomo in occasione della manifestazione "
        "«U Ballu di li Diavuli» del 5 aprile 2026.", "Times-Bold", 11)
center(y - 6, "IL SINDACO", "Times-Bold", 12); y -= 26
y = par(y, "PREMESSO che nella giornata di domenica 5 aprile 2026, giorno di Pasqua, si svolgerà nel centro storico la "
        "tradizionale manifestazione «U Ballu di li Diavuli», con grande afflusso di cittadini e visitatori;")
y = par(y, "RITENUTO necessario, per ragioni di sicurezza e di pubblica incolumità, interdire il transito veicolare nelle "
        "vie interessate dal percorso;")
y = par(y, "VISTI gli artt. 6 e 7 del D.Lgs. 285/1992 e l'art. 50 del D.Lgs. 267/2000, come recepito nella Regione Siciliana;")
center(y - 4, "O R D I N A", "Times-Bold", 12); y -= 24
for p in ["1. il divieto di transito e di sosta con rimozione forzata per tutti i veicoli in Corso Umberto I e in Piazza "
          "Duomo dalle ore 8:00 alle ore 20:00 del 5 aprile 2026;",
          "2. che i veicoli provenienti dalla S.S. 188 siano deviati su via Roma e via Vittorio Emanuele;",
          "3. che sono esclusi dal divieto i mezzi di soccorso, delle Forze dell'ordine e della Protezione Civile;",
          "4. che la Polizia Municipale curi l'apposizione della segnaletica e vigili sull'osservanza della presente ordinanza."]:
    y = par(y, p)
y = par(y, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Sicilia entro 60 giorni dalla pubblicazione all'Albo Pretorio.")
glyphs(L, y - 6, "Prizzi, 12 marzo 2026", "Times-Roman", 11)
glyphs(R - 150, y - 6, "IL SINDACO", "Times-Bold", 11)
glyphs(R - 150, y - 20, "dott. Giuseppe Marino", "Times-Roman", 11)
# rotated Albo stamp in the left margin
c.saveState(); c.translate(38, 150); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -8, 520, 22)
c.setFont("Helvetica-Bold", 8.5)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicata dal 12/03/2026 al 27/03/2026 - Reg. Pubbl. n. 256")
c.restoreState()
c.save()
