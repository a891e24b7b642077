# Summonte (AV): ordinanza sindacale, every glyph its own Tm+Tj, justified by moving glyphs,
# Albo stamp rotated 90 degrees in the left margin, drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595, 842
c = canvas.Canvas(sys.argv[1], pagesize=(W, H)); c.setProducer("Halley PDF Engine 4.2"); c.setTitle("Ordinanza 14/2026")
c.saveState(); c.translate(30, 250); c.rotate(90); c.setFont("Helvetica", 7.5)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicato dal 20/04/2026 al 05/05/2026 - Reg. Pubbl. n. 233"); c.restoreState()
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    sp = 0
    if width:
        nat = stringWidth(s, font, size); n = s.count(" ")
        if n: sp = (width - nat) / n
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (sp if ch == " " else 0)
def para(y, text, font="Times-Roman", size=11, x0=72, w=451, lead=14.5):
    words = text.split(); line = []
    lines = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), font, size) > w and line: lines.append(" ".join(line)); line = [wd]
        else: line.append(wd)
    lines.append(" ".join(line))
    for i, l in enumerate(lines):
        glyphs(x0, y, l, font, size, w if i < len(lines) - 1 else None); y -= lead
    return y - 4
def centre(y, s, font, size):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(800, "COMUNE DI SUMMONTE", "Times-Bold", 17)
centre(784, "Provincia di Avellino", "Times-Italic", 11)
centre(771, "Piazza Municipio, 1 - 83010 Summonte (AV) - Tel. 0825 691190", "Times-Roman", 9)
c.line(72, 762, 523, 762)
centre(738, "Ordinanza n. 14/2026", "Times-Bold", 14)
centre(722, "ORDINANZA DI DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE STRADALE", "Times-Bold", 10.5)
y = para(698, "OGGETTO: Divieto di transito e di sosta in piazza Municipio e via Roma in occasione della Festa di San Nicola del 9 e 10 maggio 2026.", "Times-Bold", 11)
centre(y - 6, "IL SINDACO", "Times-Bold", 12); y -= 28
for p in ["Vista la nota prot. n. 1187 del 14/04/2026 con la quale il Comitato Festa San Nicola comunica lo svolgimento dei festeggiamenti religiosi e civili nei giorni 9 e 10 maggio 2026, con processione, concerto bandistico e spettacolo pirotecnico;",
          "Ritenuto necessario, per garantire la pubblica incolumità e il regolare svolgimento della manifestazione, disciplinare temporaneamente la circolazione e la sosta nelle aree interessate;",
          "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione; visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(y, p)
centre(y - 4, "O R D I N A", "Times-Bold", 12); y -= 26
for i, p in enumerate(["dalle ore 16.00 del 9 maggio 2026 alle ore 01.00 del 10 maggio 2026 e dalle ore 17.00 alle ore 24.00 del 10 maggio 2026 è vietato il transito veicolare in piazza Municipio e in via Roma, fatta eccezione per i mezzi di soccorso e delle forze dell'ordine;",
          "nei medesimi giorni, dalle ore 14.00, è istituito il divieto di sosta con rimozione forzata su ambo i lati di via Roma e nell'area di parcheggio di piazza Municipio;",
          "l'Ufficio Tecnico comunale provvede all'apposizione della prescritta segnaletica almeno 48 ore prima dell'entrata in vigore dei divieti e la Polizia Locale è incaricata del controllo sull'osservanza della presente ordinanza."], 1):
    glyphs(72, y, f"{i}.", "Times-Bold", 11); y = para(y, p, x0=90, w=433)
y = para(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania - Sezione di Salerno entro 60 giorni dalla pubblicazione all'Albo Pretorio on line.", "Times-Italic", 10)
glyphs(72, y - 10, "Summonte, 20 aprile 2026", "Times-Roman", 11)
glyphs(360, y - 10, "IL SINDACO", "Times-Bold", 11)
glyphs(350, y - 26, "dott. Pasquale Giordano", "Times-Roman", 11)
glyphs(300, y - 40, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "Times-Italic", 8)
c.showPage(); c.save()
