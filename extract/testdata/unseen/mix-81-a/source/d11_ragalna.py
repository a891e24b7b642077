# Ragalna: each justified line sets Tw (word spacing), headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from rl_common import wrap
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 68, W - 68
def spaced(y, s, font, size, tc):
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); c.drawText(t)
def para(y, text, font="Times-Roman", size=11, lead=14.4):
    lines = wrap(text, font, size, R - L)
    for i, ln in enumerate(lines):
        t = c.beginText(L, y); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0)
        n = ln.count(" ")
        if i < len(lines) - 1 and n: t.setWordSpace((R - L - stringWidth(ln, font, size)) / n)
        t.textOut(ln); c.drawText(t); y -= lead
    return y - 5
spaced(H - 58, "COMUNE DI RAGALNA", "Times-Bold", 16, 3)
spaced(H - 74, "Città Metropolitana di Catania", "Times-Italic", 10, 0.5)
c.line(L, H - 84, R, H - 84)
spaced(H - 112, "ORDINANZA SINDACALE CONTINGIBILE E URGENTE", "Times-Bold", 12, 1.2)
spaced(H - 128, "n. 8 del 20.4.2026", "Times-Bold", 11, 0.6)
y = para(H - 158, "OGGETTO: Rimozione e smaltimento della cenere vulcanica depositata sul territorio comunale a seguito dell'attività parossistica dell'Etna del 18 e 19 aprile 2026.", "Times-Bold", 11)
spaced(y - 6, "IL SINDACO", "Times-Bold", 12, 2.5); y -= 28
y = para(y, "Considerato che la ricaduta di cenere e lapilli prodotta dall'attività eruttiva dell'Etna ha interessato l'intero centro abitato e le contrade San Barnaba e Santa Maria La Stella, rendendo pericolosa la circolazione di veicoli e pedoni;")
y = para(y, "Visti la Legge 31 dicembre 2020, n. 178, il Decreto dell'Assessorato regionale del Territorio e dell'Ambiente sulla gestione della cenere vulcanica e l'art. 54, comma 4, del D.Lgs. 267/2000;")
spaced(y - 4, "O R D I N A", "Times-Bold", 12, 1); y -= 26
for i, p in enumerate(["ai proprietari e conduttori di immobili di raccogliere la cenere depositata su tetti, terrazzi, cortili e marciapiedi prospicienti, in sacchi resistenti non superiori a 25 kg;",
          "di conferire i sacchi esclusivamente nei punti di raccolta di piazza Cavour, via Paternò e contrada Rinazzi, nei giorni indicati dal Servizio Ecologia;",
          "il divieto di immettere la cenere nei contenitori della raccolta differenziata e nelle caditoie stradali;",
          "il limite di velocità di 30 km/h su tutte le strade comunali fino alla completa pulizia della sede stradale."], 1):
    y = para(y, f"{i}. {p}")
y = para(y, "La presente ordinanza è immediatamente esecutiva ed è trasmessa alla Prefettura di Catania e al Dipartimento Regionale della Protezione Civile.")
c.setFont("Times-Roman", 11); c.drawString(L, y - 10, "Ragalna, 20 aprile 2026")
c.setFont("Times-Bold", 11); c.drawString(R - 150, y - 34, "IL SINDACO")
c.setFont("Times-Roman", 11); c.drawString(R - 150, y - 48, "dott. Salvatore Chisari")
c.save()
