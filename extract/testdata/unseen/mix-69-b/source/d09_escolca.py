# Escolca (SU): ordinanza sindacale di chiusura delle scuole per allerta meteo.
# ReportLab canvas, every glyph placed on its own (one Tm + Tj per glyph, spaces never drawn),
# lines justified by moving glyphs; Albo stamp rotated 90 degrees along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, font, size, extra_space=0.0):
    for ch in s:
        if ch != " ":
            t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra_space if ch == " " else 0)
def centre(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
def para(y, text, font="Times-Roman", size=11.5, lead=15, x0=None, width=None):
    x0 = x0 or L; width = width or (R - x0); words, cur, lines = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ws in enumerate(lines):
        s = " ".join(ws); ex = 0
        if i < len(lines) - 1 and len(ws) > 1: ex = (width - stringWidth(s, font, size)) / (len(ws) - 1)
        glyphs(x0, y, s, font, size, ex); y -= lead
    return y - 4
centre(H - 62, "COMUNE DI ESCOLCA", "Times-Bold", 19)
centre(H - 78, "Provincia del Sud Sardegna", "Times-Italic", 11)
centre(H - 92, "Via Dante 2 – 08030 Escolca (SU) – tel. 0782 808 303", "Helvetica", 8.5)
c.line(L, H - 100, R, H - 100)
centre(H - 132, "ORDINANZA SINDACALE CONTINGIBILE E URGENTE", "Times-Bold", 13)
centre(H - 150, "N. 22 DEL 16/11/2026", "Times-Bold", 13)
y = H - 178
glyphs(L, y, "OGGETTO:", "Times-Bold", 11.5)
y = para(y, "Chiusura delle scuole di ogni ordine e grado del territorio comunale nella giornata di martedì 17 novembre 2026 per allerta meteo di livello rosso.", "Times-Bold", 11.5, x0=L + 66)
y -= 4; centre(y, "IL SINDACO", "Times-Bold", 12); y -= 20
for t in ["Visto l'Avviso di allerta per rischio idrogeologico e idraulico n. 61/2026 emesso in data 16/11/2026 dalla Direzione generale della Protezione Civile della Regione Autonoma della Sardegna, che prevede per la zona di allerta Flumendosa-Flumineddu un livello di criticità elevata (allerta rossa) a partire dalle ore 00:00 del 17/11/2026 e fino alle ore 23:59 dello stesso giorno;",
          "Considerato che le precipitazioni previste, anche a carattere di rovescio o temporale, possono determinare allagamenti della viabilità comunale e smottamenti lungo la strada provinciale n. 9, utilizzata per il trasporto scolastico degli alunni;",
          "Ritenuto necessario, a tutela della pubblica incolumità, disporre in via precauzionale la chiusura delle scuole e la sospensione delle attività didattiche;",
          "Visti l'art. 50, commi 4 e 5, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 2 gennaio 2018, n. 1;"]:
    y = para(y, t)
y -= 2; centre(y, "O R D I N A", "Times-Bold", 12.5); y -= 20
pts = ["la chiusura, per l'intera giornata di martedì 17 novembre 2026, della scuola dell'infanzia e della scuola primaria di via Roma e di tutti i servizi educativi del territorio comunale;",
       "la sospensione del servizio di trasporto scolastico e del servizio mensa per la medesima giornata;",
       "la chiusura del parco comunale di via Sardegna e degli impianti sportivi comunali fino al cessare dell'allerta."]
for i, t in enumerate(pts, 1):
    glyphs(L, y, f"{i})", "Times-Roman", 11.5); y = para(y, t, x0=L + 18)
y -= 2; centre(y, "D I S P O N E", "Times-Bold", 12.5); y -= 20
y = para(y, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale del Comune e trasmessa al Dirigente dell'Istituto Comprensivo di Isili, alla Prefettura di Cagliari, alla Stazione dei Carabinieri di Nurri e al Servizio Protezione Civile della Regione.")
y = para(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
glyphs(L, y - 6, "Escolca, 16/11/2026", "Times-Roman", 11.5)
glyphs(360, y - 30, "IL SINDACO", "Times-Bold", 11.5); glyphs(352, y - 46, "Eugenio Lai", "Times-Roman", 11.5)
c.saveState(); c.translate(40, 260); c.rotate(90); c.setFont("Helvetica", 7.5)
c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 16/11/2026 al 01/12/2026 – n. 512 del Registro"); c.restoreState()
c.showPage(); c.save()
