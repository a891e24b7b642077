# reportlab canvas: justified lines set word spacing (Tw), letter-spaced headings (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Halley PDF Export 7.0"); W, H = A4; L, R = 72, W - 66; y = [H - 64]
def spaced(s, font, size, cs):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * (len(s) - 1); t.setTextOrigin((W - w) / 2, y[0]); t.textOut(s); c.drawText(t); y[0] -= size + 6
def para(s, font="Helvetica", size=10, lead=13.5):
    words = s.split(); line = []; width = R - L
    def out(last):
        txt = " ".join(line); gaps = txt.count(" "); nat = stringWidth(txt, font, size)
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setTextOrigin(L, y[0])
        t.setWordSpace(0 if last or not gaps else (width - nat) / gaps); t.textOut(txt); c.drawText(t); y[0] -= lead
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > width: out(False); line = []
        line.append(w)
    if line: out(True)
    y[0] -= 5
spaced("COMUNE DI LILLIANES", "Helvetica-Bold", 15, 2.5)
spaced("Commune de Lillianes – Regione autonoma Valle d'Aosta", "Helvetica", 9, 0.6)
c.line(L, y[0] + 6, R, y[0] + 6); y[0] -= 14
spaced("ORDINANZA N. 6 DEL 16/03/2026", "Helvetica-Bold", 12, 1.2)
y[0] -= 4
para("OGGETTO: Divieto di transito veicolare sulla strada comunale per la frazione Granges nel tratto compreso tra il ponte sul torrente Lys e il villaggio di Pianas, per lavori di consolidamento del muro di sostegno.", "Helvetica-Bold")
spaced("IL SINDACO", "Helvetica-Bold", 11, 2)
para("Vista la richiesta dell'Ufficio tecnico comunale, prot. n. 1184 del 12/03/2026, relativa all'esecuzione dei lavori di consolidamento del muro di sostegno a valle della strada comunale per la frazione Granges;")
para("Considerato che la larghezza della carreggiata non consente il transito dei veicoli in sicurezza durante le lavorazioni, che si svolgeranno dal 23/03/2026 al 30/04/2026;")
para("Visti gli articoli 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo codice della strada), e la legge regionale 7 dicembre 1998, n. 54;")
spaced("O R D I N A", "Helvetica-Bold", 11, 2)
pts = ["il divieto di transito a tutti i veicoli sulla strada comunale per la frazione Granges, nel tratto compreso tra il ponte sul torrente Lys e il villaggio di Pianas, dal 23/03/2026 al 30/04/2026, dalle ore 8.00 alle ore 17.30 dei giorni feriali;",
 "che il divieto non si applichi ai mezzi di soccorso, delle forze dell'ordine e dell'impresa esecutrice dei lavori;",
 "che l'impresa esecutrice provveda all'apposizione della segnaletica prescritta dal Regolamento di esecuzione del codice della strada almeno 48 ore prima dell'inizio dei lavori."]
for i, p in enumerate(pts, 1): para("%d. %s" % (i, p))
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. della Valle d'Aosta entro 60 giorni dalla pubblicazione all'albo pretorio.")
y[0] -= 10; c.setFont("Helvetica", 10); c.drawString(L, y[0], "Lillianes, 16/03/2026"); c.drawString(360, y[0], "IL SINDACO"); y[0] -= 13; c.drawString(360, y[0], "Ezio Linty")
c.showPage(); c.save()
