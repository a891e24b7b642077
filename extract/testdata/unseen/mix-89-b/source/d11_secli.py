# Comune di Seclì: ordinanza sindacale; letterhead and foot are Form XObjects; dispositive part drawn before the premises; rotated "COPIA" stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 65, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza n. 9/2026")
c.beginForm("head")
c.setFont("Times-Bold", 18); c.drawCentredString(W / 2, H - 62, "COMUNE DI SECLÌ")
c.setFont("Times-Italic", 10); c.drawCentredString(W / 2, H - 76, "Provincia di Lecce")
c.setFont("Times-Roman", 9); c.drawCentredString(W / 2, H - 88, "Piazza Vittorio Emanuele II – 73050 Seclì (LE) – PEC: protocollo.comune.secli@pec.rupar.puglia.it")
c.setLineWidth(1.2); c.line(L, H - 95, R, H - 95); c.endForm()
c.beginForm("foot")
c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, 36, "Ordinanza sindacale n. 9 del 16.3.2026 – Ufficio di Polizia Locale – Tel. 0836 556024"); c.endForm()
def block(lines, y, font="Times-Roman", size=11, lead=14.5, x=L):
    c.setFont(font, size)
    for ln in lines: c.drawString(x, y, ln); y -= lead
    return y
def wrap(txt, font="Times-Roman", size=11, width=R - L):
    out, line = [], []
    for w in txt.split():
        if stringWidth(" ".join(line + [w]), font, size) > width and line: out.append(" ".join(line)); line = [w]
        else: line.append(w)
    return out + [" ".join(line)]
# dispositive part and signature first (lower on the page), then heading and premises
y = 430
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "O R D I N A"); y -= 20
pts = ["1. il divieto di transito e di sosta per tutti i veicoli in via Aradeo, nel tratto compreso tra piazza Vittorio Emanuele II e via Galatone, dalle ore 7:00 del 23 marzo 2026 alle ore 19:00 del 3 aprile 2026;",
       "2. l'istituzione del senso unico alternato, regolato da impianto semaforico, in via Galatone per la durata dei lavori;",
       "3. alla ditta esecutrice di apporre la prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori."]
for p in pts: y = block(wrap(p), y) - 4
y = block(wrap("Il Comando di Polizia Locale e le Forze dell'Ordine sono incaricati della vigilanza sull'esecuzione della presente ordinanza. Avverso la stessa è ammesso ricorso al T.A.R. Puglia – Sezione di Lecce entro 60 giorni dalla pubblicazione."), y - 6)
c.setFont("Times-Bold", 11); c.drawCentredString(R - 90, y - 26, "IL SINDACO"); c.setFont("Times-Roman", 11); c.drawCentredString(R - 90, y - 41, "dott. Salvatore Nestola")
c.doForm("head"); c.doForm("foot")
y = H - 130
c.setFont("Times-Bold", 13); c.drawCentredString(W / 2, y, "ORDINANZA SINDACALE N. 9 DEL 16.3.2026"); y -= 24
y = block(wrap("OGGETTO: Disciplina temporanea della circolazione in via Aradeo e via Galatone per i lavori di rifacimento della rete idrica.", "Times-Bold"), y, "Times-Bold") - 8
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "IL SINDACO"); y -= 20
y = block(wrap("Vista la nota prot. n. 1436 del 10 marzo 2026 con la quale Acquedotto Pugliese S.p.A. comunica l'avvio dei lavori di rifacimento della rete idrica in via Aradeo; ritenuto necessario, per la sicurezza della circolazione e dei lavoratori, disciplinare temporaneamente il traffico veicolare; visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 267/2000;"), y)
c.saveState(); c.translate(W - 40, 300); c.rotate(90); c.setFillColorRGB(0.7, 0.1, 0.1); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "PUBBLICATA ALL'ALBO PRETORIO DAL 16.3.2026 AL 31.3.2026"); c.restoreState()
c.save()
