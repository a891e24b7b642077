# Giunta comunale of Supersano: reportlab, every justified line sets its own Tw; roll as a list "Name – role – presente/assente"
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 62, W - 62
y = H - 60
def center(t, f="Helvetica-Bold", s=11):
    global y; c.setFont(f, s); c.drawCentredString(W / 2, y, t); y -= s + 5
def just(text, f="Helvetica", s=10):
    global y
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), f, s) > R - L and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        t = c.beginText(L, y); t.setFont(f, s)
        s_ = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            tw = (R - L - stringWidth(s_, f, s)) / (len(ln) - 1); t.setWordSpace(tw)
        t.textLine(s_); c.drawText(t); y -= s + 3.5
    y -= 4
c.setFont("Helvetica-Bold", 10); c.setCharSpace(2.2) if hasattr(c, "setCharSpace") else None
t = c.beginText(0, 0); t.setCharSpace(2.2); t.setFont("Helvetica-Bold", 14)
w = stringWidth("COMUNE DI SUPERSANO", "Helvetica-Bold", 14) + 2.2 * 19
t.setTextOrigin(W / 2 - w / 2, y); t.textLine("COMUNE DI SUPERSANO"); t.setCharSpace(0); c.drawText(t); y -= 16
center("Provincia di Lecce", "Helvetica", 9)
c.line(L, y + 4, R, y + 4); y -= 14
center("DELIBERAZIONE DELLA GIUNTA COMUNALE")
center("n. 34 del 19.3.2026", "Helvetica", 10)
just("OGGETTO: Concessione in uso gratuito della palestra della scuola primaria “Giovanni XXIII” alle associazioni sportive dilettantistiche per la stagione 2026. Atto di indirizzo.", "Helvetica-Bold", 10)
just("L'anno duemilaventisei il giorno diciannove del mese di marzo alle ore 13,15 nella sede municipale, convocata dal Sindaco, si è riunita la Giunta Comunale. Sono intervenuti i signori:")
c.setFont("Helvetica", 10)
for n, q, p in [("Ruberto Alessio", "Sindaco", "presente"), ("Stefanelli Ilaria", "Vice Sindaco", "presente"),
                ("Nuzzo Cosimo", "Assessore", "assente"), ("Ferramosca Lucia", "Assessore", "presente"), ("Martella Ivan", "Assessore", "presente")]:
    c.drawString(L + 20, y, f"{n} – {q}"); c.drawRightString(R - 40, y, p); y -= 14
y -= 4
just("Assiste il Segretario Generale dott. Pierluigi Calò. Presiede il Sindaco Alessio Ruberto, il quale, riconosciuta la validità della seduta, invita la Giunta a deliberare sull'argomento in oggetto.")
center("LA GIUNTA COMUNALE", "Helvetica-Bold", 10)
just("PREMESSO che numerose associazioni sportive dilettantistiche del territorio hanno chiesto di poter utilizzare la palestra scolastica in orario extrascolastico; RITENUTO di favorire la pratica sportiva dei giovani; VISTO il Regolamento comunale per l'uso degli impianti sportivi; VISTI i pareri resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
just("A voti unanimi e palesi,")
center("DELIBERA", "Helvetica-Bold", 10)
for i, s in enumerate(["di concedere in uso gratuito la palestra della scuola primaria alle associazioni sportive dilettantistiche iscritte al registro comunale, dalle ore 16.00 alle ore 21.00 dei giorni feriali;",
                       "di demandare al Responsabile del Settore Tecnico la stipula dei disciplinari d'uso e il calendario degli utilizzi;",
                       "di dare atto che le spese di pulizia restano a carico delle associazioni concessionarie."], 1):
    just(f"{i}) {s}")
just("Con successiva e unanime votazione la presente è dichiarata immediatamente eseguibile ex art. 134, comma 4, D.Lgs. n. 267/2000.")
y -= 10
c.setFont("Helvetica", 10)
c.drawCentredString(L + 90, y, "IL SINDACO"); c.drawCentredString(R - 90, y, "IL SEGRETARIO GENERALE"); y -= 13
c.drawCentredString(L + 90, y, "Alessio Ruberto"); c.drawCentredString(R - 90, y, "dott. Pierluigi Calò")
c.save()
