# Ordinanza sindacale of Reitano: justified lines set Tw (word spacing), headings letter-spaced with Tc (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Halley PDF 4.0")
y = [790]; X, W = 72, 451
def spaced(txt, size, font="Helvetica-Bold", tc=3):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(txt, font, size) + tc * len(txt); t.setTextOrigin(297 - w / 2, y[0]); t.textOut(txt); c.drawText(t); y[0] -= size + 8
def para(txt, font="Helvetica", size=10, lead=13.5, indent=0):
    words = txt.split(); lines = []; line = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), font, size) > W - indent and line: lines.append(line); line = []
        line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0); t.setTextOrigin(X + indent, y[0])
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((W - indent - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= 5
spaced("COMUNE DI REITANO", 16, tc=4); spaced("CITTÀ METROPOLITANA DI MESSINA", 9, "Helvetica", 2)
c.line(X, y[0] + 4, X + W, y[0] + 4); y[0] -= 14
spaced("ORDINANZA SINDACALE", 13, tc=3)
spaced("N. 5 DEL 16 MARZO 2026", 11, tc=1)
para("OGGETTO: Divieto di transito e di sosta in Piazza Calogero Sanfilippo e nelle vie limitrofe in occasione della festa di San Giuseppe del 19 marzo 2026.", "Helvetica-Bold")
spaced("IL SINDACO", 11, tc=2)
para("Premesso che nei giorni 18 e 19 marzo 2026 si svolgeranno i tradizionali festeggiamenti in onore di San Giuseppe, con la processione del simulacro e l’allestimento degli altari votivi lungo le vie del centro abitato; vista la richiesta del comitato dei festeggiamenti acquisita al protocollo n. 1187 del 9 marzo 2026; ritenuto necessario garantire la pubblica incolumità e il regolare svolgimento della manifestazione;")
para("Visti gli artt. 6 e 7 del D.Lgs. 285/1992 (Codice della Strada) e l’art. 50 del D.Lgs. 267/2000;")
spaced("ORDINA", 11, tc=3)
for i, t in enumerate(["il divieto di transito e di sosta con rimozione forzata a tutti i veicoli in Piazza Calogero Sanfilippo, via Roma e via Vittorio Emanuele dalle ore 8:00 del 18 marzo alle ore 24:00 del 19 marzo 2026;",
    "l’istituzione del senso unico alternato in via Nazionale nel tratto antistante la chiesa madre durante il passaggio della processione;",
    "al personale della Polizia Municipale l’apposizione della segnaletica e la vigilanza sull’osservanza della presente ordinanza."], 1):
    para(f"{i}. {t}", indent=12)
para("Avverso la presente ordinanza è ammesso ricorso al TAR Sicilia – sezione di Catania entro 60 giorni dalla pubblicazione all’Albo Pretorio, ovvero ricorso straordinario al Presidente della Regione entro 120 giorni.")
para("Reitano, 16 marzo 2026")
y[0] -= 10; t = c.beginText(360, y[0]); t.setFont("Helvetica-Bold", 10); t.textLine("IL SINDACO"); t.setFont("Helvetica", 10); t.textLine("dott. Salvatore Chiovaro"); c.drawText(t)
c.save()
