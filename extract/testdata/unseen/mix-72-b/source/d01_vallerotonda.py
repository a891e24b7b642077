# Giunta deliberation, Vallerotonda: reportlab, every justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Delibera GC 23/2026"); c.setCreator("Halley Informatica - Stampa atti")
W, H = A4; L, R = 60, W - 60
def spaced(y, s, size, tc, font="Helvetica-Bold"):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(s, font, size) + tc * (len(s) - 1); t.setTextOrigin((W - w) / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, text, size=10, font="Helvetica", lead=13.5):
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L, y)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 4
spaced(H - 60, "COMUNE DI VALLEROTONDA", 15, 2.2)
spaced(H - 76, "PROVINCIA DI FROSINONE", 9, 1.5, "Helvetica")
c.line(L, H - 86, R, H - 86)
spaced(H - 110, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", 11, 1.0)
c.setFont("Helvetica-Bold", 10); c.drawString(L, H - 132, "N. 23 del 9.3.2026")
y = para(H - 152, "OGGETTO: Approvazione dello schema di convenzione con l'Associazione Pro Loco Vallerotonda per la gestione del punto di informazione turistica di Valvori – anno 2026.", 10, "Helvetica-Bold")
y = para(y, "L'anno duemilaventisei, il giorno nove del mese di marzo alle ore 12:30 nella sala delle adunanze del Palazzo Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei signori:")
rows = [("Di Mambro Angelo", "Sindaco", "P", ""), ("Ricci Carmela", "Vicesindaco", "P", ""), ("Tamburrini Luigi", "Assessore", "", "A")]
c.setFont("Helvetica-Bold", 9); c.drawString(L + 10, y, "Cognome e nome"); c.drawString(L + 200, y, "Carica"); c.drawString(L + 330, y, "Presente"); c.drawString(L + 400, y, "Assente"); y -= 14
c.setFont("Helvetica", 9.5)
for n, r, p, a in rows:
    c.drawString(L + 10, y, n); c.drawString(L + 200, y, r); c.drawCentredString(L + 350, y, p); c.drawCentredString(L + 418, y, a); y -= 13
c.drawString(L + 10, y - 2, "Presenti n. 2 – Assenti n. 1"); y -= 22
y = para(y, "Partecipa il Segretario Comunale dott.ssa Franca Marrocco, che cura la redazione del presente verbale. Il Sindaco Angelo Di Mambro, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopraindicato.")
y = para(y, "LA GIUNTA COMUNALE, vista la proposta del Responsabile dell'Area Amministrativa; acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000; ritenuto di sostenere l'accoglienza turistica nella frazione di Valvori durante la stagione estiva;")
spaced(y - 4, "D E L I B E R A", 11, 1.5); y -= 24
for i, s in enumerate(["di approvare lo schema di convenzione con l'Associazione Pro Loco Vallerotonda, allegato al presente atto quale parte integrante e sostanziale;",
    "di riconoscere alla Pro Loco un contributo di euro 2.400,00 per l'anno 2026, imputato al capitolo 7250 del bilancio di previsione 2026-2028;",
    "di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e gli adempimenti conseguenti."], 1):
    y = para(y, f"{i}) {s}")
y = para(y, "Con voti unanimi favorevoli espressi in forma palese. Con successiva e separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
c.setFont("Helvetica", 9.5)
c.drawString(L + 20, y - 10, "IL SINDACO"); c.drawString(R - 170, y - 10, "IL SEGRETARIO COMUNALE")
c.drawString(L + 20, y - 24, "Angelo Di Mambro"); c.drawString(R - 170, y - 24, "dott.ssa Franca Marrocco")
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 30, "Comune di Vallerotonda – Piazza Municipio 1 – 03040 Vallerotonda (FR) – Delibera G.C. n. 23/2026 – pag. 1 di 1")
c.save()
