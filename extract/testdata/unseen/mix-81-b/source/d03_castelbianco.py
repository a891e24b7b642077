# reportlab: every justified line sets its own word spacing (Tw); headings letter-spaced (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Maggioli J-Iride Stampe"); W, H = A4
L, R = 60, W - 60; y = H - 60
def spaced(s, size, cs, font="Helvetica-Bold"):
    global y
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * (len(s) - 1); t.setTextOrigin((W - w) / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t); y -= size + 6
def para(s, font="Helvetica", size=10, lead=13.5):
    global y
    words = s.split(); lines = []; cur = []
    for wd in words:
        if stringWidth(" ".join(cur + [wd]), font, size) > R - L and cur: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L, y)
        s2 = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - stringWidth(s2, font, size)) / (len(ln) - 1))
        t.textOut(s2); t.setWordSpace(0); c.drawText(t); y -= lead
    y -= 4
spaced("COMUNE DI CASTELBIANCO", 15, 3)
spaced("PROVINCIA DI SAVONA", 9, 2, "Helvetica")
y -= 8; spaced("DELIBERAZIONE DELLA GIUNTA COMUNALE", 12, 1.5)
spaced("N. 22 / 2026", 11, 1)
para("OGGETTO: CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX SCUOLA DI VESALLO ALL'ASSOCIAZIONE \"AMICI DELLA VAL PENNAVAIRE\" PER IL TRIENNIO 2026-2028.", "Helvetica-Bold")
para("L'anno duemilaventisei addì trentuno del mese di marzo alle ore dodici e trenta minuti nella solita sala delle adunanze, convocata dal Sindaco, si è riunita la Giunta Comunale, composta dai signori:")
for role, name, st in [("Sindaco", "VIGNOLA MAURIZIO", "presente"), ("Vice Sindaco", "RAINERI SILVIA", "presente"), ("Assessore", "PASTORINO GIACOMO", "assente giustificato")]:
    c.setFont("Helvetica", 10); c.drawString(L + 20, y, role); c.drawString(L + 120, y, name); c.drawString(L + 300, y, st); y -= 14
y -= 4
para("Partecipa alla seduta il Segretario Comunale dott. Gianluca Ferrando. Il sig. Maurizio Vignola, nella sua qualità di Sindaco, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
spaced("LA GIUNTA COMUNALE", 10.5, 2)
para("Premesso che il Comune è proprietario dell'immobile denominato ex scuola elementare di Vesallo, attualmente inutilizzato, e che l'Associazione \"Amici della Val Pennavaire\" ne ha chiesto l'uso per attività culturali e di promozione del territorio con nota prot. n. 684 del 9 marzo 2026;")
para("Ritenuto che l'iniziativa risponda a finalità di interesse pubblico e che il comodatario assuma a proprio carico le spese di ordinaria manutenzione e le utenze;")
para("Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi e favorevoli resi in forma palese,")
spaced("DELIBERA", 10.5, 4)
para("1. di concedere in comodato d'uso gratuito all'Associazione \"Amici della Val Pennavaire\" i locali dell'ex scuola di Vesallo per il periodo dal 1° aprile 2026 al 31 marzo 2029;")
para("2. di approvare lo schema di contratto di comodato allegato alla presente quale parte integrante e sostanziale;")
para("3. di demandare al Responsabile del Servizio Tecnico la sottoscrizione del contratto e la consegna dei locali;")
para("4. di dichiarare, con successiva e unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 10; c.setFont("Helvetica", 10)
c.drawString(L, y, "IL SINDACO"); c.drawString(330, y, "IL SEGRETARIO COMUNALE"); y -= 13
c.drawString(L, y, "Maurizio Vignola"); c.drawString(330, y, "dott. Gianluca Ferrando")
c.save()
