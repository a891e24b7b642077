# Comune di Canossa (RE), Giunta: reportlab; every justified line sets its own word spacing (Tw), headings letter-spaced (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Delibera GC 21/2026"); c.setAuthor("Comune di Canossa")
y = H - 60
def spaced(t, size, yy, cs=2.2, font="Helvetica-Bold"):
    w = stringWidth(t, font, size) + cs * (len(t) - 1)
    o = c.beginText((W - w) / 2, yy); o.setFont(font, size); o.setCharSpace(cs); o.textOut(t); o.setCharSpace(0); c.drawText(o)
def para(text, font="Helvetica", size=10, lead=13.5, indent=0):
    global y
    words = text.split(); line = []
    lines = []
    for w_ in words:
        t = " ".join(line + [w_])
        if stringWidth(t, font, size) > R - L - indent and line: lines.append(line); line = [w_]
        else: line.append(w_)
    lines.append(line)
    for i, ln in enumerate(lines):
        t = " ".join(ln); o = c.beginText(L + indent, y); o.setFont(font, size)
        o.setCharSpace(0)
        if i < len(lines) - 1 and len(ln) > 1:
            o.setWordSpace((R - L - indent - stringWidth(t, font, size)) / (len(ln) - 1))
        else: o.setWordSpace(0)
        o.textOut(t); c.drawText(o); y -= lead
    y -= 4
spaced("COMUNE DI CANOSSA", 15, y); y -= 16
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, y, "Provincia di Reggio Emilia"); y -= 12
c.drawCentredString(W / 2, y, "Piazza Matilde di Canossa n. 1 – 42026 Canossa (RE)"); y -= 10
c.line(L, y, R, y); y -= 24
spaced("DELIBERAZIONE DELLA GIUNTA COMUNALE", 11.5, y, 1.2); y -= 16
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "N. 21 del 19/03/2026"); y -= 26
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "OGGETTO:"); y -= 14
for s in ["Concessione di un contributo straordinario alla Pro Loco di Canossa per", "l'organizzazione della rievocazione storica matildica \"Canossa 1077\" – edizione 2026."]:
    c.drawString(L + 20, y, s); y -= 13
y -= 10
para("L'anno duemilaventisei, addì diciannove del mese di marzo, alle ore 18:00, in modalità mista, ai sensi dell'art. 5 del Regolamento di funzionamento della Giunta comunale, si è riunita la Giunta comunale, convocata nei modi di legge.")
para("Risultano presenti nella sala della Giunta il Sindaco Marcello Ferretti e l'Assessore Paolo Castellari; risulta collegata in videoconferenza la Vicesindaca Annalisa Bonini; è collegato da remoto l'Assessore Enrico Manfredi; è assente giustificata l'Assessora Silvia Incerti.")
para("Partecipa, collegato da remoto tramite la piattaforma istituzionale, il Vicesegretario comunale dott. Giovanni Bertolini, il quale provvede alla redazione del presente verbale. Il Sindaco Marcello Ferretti, accertata la presenza del numero legale, assume la presidenza e dichiara aperta la seduta.")
spaced("LA GIUNTA COMUNALE", 10.5, y, 1.5); y -= 18
para("PREMESSO che la Pro Loco di Canossa organizza ogni anno, nel mese di giugno, la rievocazione storica dell'incontro tra l'imperatore Enrico IV e Papa Gregorio VII presso il castello di Canossa, evento di richiamo turistico per l'intero territorio matildico;")
para("VISTA l'istanza presentata dalla Pro Loco in data 2 marzo 2026, prot. n. 1874, con la quale si chiede un contributo di euro 4.500,00 a parziale copertura delle spese organizzative;")
para("VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici; acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("CON VOTI unanimi favorevoli espressi per appello nominale, ciascun componente collegato da remoto avendo dichiarato a voce il proprio voto;")
spaced("DELIBERA", 10.5, y, 3); y -= 18
para("1. di concedere alla Pro Loco di Canossa un contributo straordinario di euro 4.500,00 per l'organizzazione della rievocazione storica \"Canossa 1077\" – edizione 2026;", indent=14)
para("2. di imputare la spesa alla missione 7, programma 1, del bilancio di previsione 2026/2028, esercizio 2026;", indent=14)
para("3. di demandare al Responsabile del Settore Affari Generali l'adozione degli atti conseguenti.", indent=14)
para("Con separata e unanime votazione, espressa anch'essa per appello nominale, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'imminenza dell'evento.")
y -= 14; c.setFont("Helvetica", 10)
c.drawCentredString(L + 110, y, "IL SINDACO"); c.drawCentredString(R - 110, y, "IL VICESEGRETARIO COMUNALE"); y -= 13
c.drawCentredString(L + 110, y, "Marcello Ferretti"); c.drawCentredString(R - 110, y, "dott. Giovanni Bertolini")
c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W / 2, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
c.save()
