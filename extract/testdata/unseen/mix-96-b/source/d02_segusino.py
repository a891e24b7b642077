# reportlab: every justified line sets its own Tw (word spacing); prose roll; Vice Segretario
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setTitle("Delibera GC 31/2026"); c.setProducer("Maggioli Sicraweb PDF")
F, S, L, W = "Helvetica", 10, 60, 475
y = 800
def line(t, font=F, size=S, center=False):
    global y
    c.setFont(font, size)
    x = (595 - stringWidth(t, font, size)) / 2 if center else L
    c.drawString(x, y, t); y -= size + 4
def para(t):
    global y
    words = t.split(); cur = []
    lines = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), F, S) > W and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ws in enumerate(lines):
        s = " ".join(ws); to = c.beginText(L, y); to.setFont(F, S)
        if i < len(lines) - 1 and len(ws) > 1:
            to.setWordSpace((W - stringWidth(s, F, S)) / (len(ws) - 1))
        to.textLine(s); c.drawText(to); y -= 14
    y -= 5
line("COMUNE DI SEGUSINO", "Helvetica-Bold", 14, True)
line("Provincia di Treviso", F, 9, True); y -= 10
line("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 11, True)
line("N. 31 del 17.3.2026", "Helvetica-Bold", 11, True); y -= 6
para("OGGETTO: Concessione in comodato d'uso gratuito all'Associazione Alpini di Segusino dei locali dell'ex scuola elementare di Milies per il triennio 2026-2028. Approvazione schema di contratto.")
para("L'anno duemilaventisei, il giorno diciassette del mese di marzo, alle ore 18.30, nella sala delle adunanze, si è riunita la Giunta comunale. Sono presenti: Bernardi Giovanni, Sindaco, presente; Curto Emanuela, Vicesindaca, presente; Dalla Longa Piero, Assessore, assente giustificato; Rech Chiara, Assessora, presente. Presenti 3, assenti 1.")
para("Partecipa alla seduta il Vice Segretario comunale dott. Luca Dal Molin, il quale provvede alla redazione del presente verbale. Il sig. Giovanni Bernardi, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale l'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.")
line("LA GIUNTA COMUNALE", "Helvetica-Bold", 10, True)
para("Premesso che il Comune è proprietario dell'immobile denominato ex scuola elementare di Milies, attualmente inutilizzato; vista la richiesta dell'Associazione Alpini, gruppo di Segusino, acquisita al protocollo; visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267; con voti unanimi favorevoli espressi nelle forme di legge,")
line("DELIBERA", "Helvetica-Bold", 10, True)
para("1. di concedere in comodato d'uso gratuito all'Associazione Alpini di Segusino i locali al piano terra dell'ex scuola elementare di Milies per il periodo dal 1° aprile 2026 al 31 marzo 2029;")
para("2. di approvare lo schema di contratto di comodato allegato alla presente quale parte integrante e sostanziale;")
para("3. di incaricare il Responsabile dell'Area Tecnica della sottoscrizione del contratto e degli adempimenti conseguenti.")
para("Con successiva votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 10
line("IL SINDACO                                                                      IL VICE SEGRETARIO COMUNALE", F, 9)
line("Giovanni Bernardi                                                                    dott. Luca Dal Molin", F, 9)
c.save()
