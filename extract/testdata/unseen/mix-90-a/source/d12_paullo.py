# reportlab: justified lines set word spacing with Tw, headings letter-spaced with Tc; signatures and footer drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("ReportLab PDF Library"); c.setPageCompression(0)
F, S = "Helvetica", 9.8
def spaced(x, y, s, font="Helvetica-Bold", size=11, cs=2.5, centre=True):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    if centre: x = x - (stringWidth(s, font, size) + cs * (len(s) - 1)) / 2
    t.setTextOrigin(x, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, text, L=62, W=470, lead=12.6, font=F):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, S) > W: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ws in enumerate(lines):
        s = " ".join(ws); t = c.beginText(); t.setFont(font, S); t.setTextOrigin(L, y)
        if i < len(lines) - 1 and len(ws) > 1: t.setWordSpace((W - stringWidth(s, font, S)) / (len(ws) - 1))
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y -= lead
    return y - 5
# signatures and footer first (out of reading order)
c.setFont(F, 7.5); c.drawCentredString(297, 36, "Comune di Paullo - Via Mazzini 28 - 20067 Paullo (MI) - Deliberazione G.C. n. 26/2026")
c.setFont("Helvetica-Bold", 9.8); c.drawString(80, 150, "IL SINDACO"); c.drawString(360, 150, "IL VICE SEGRETARIO")
c.setFont(F, 9.8); c.drawString(80, 137, "Federico Lorenzini"); c.drawString(360, 137, "dott. Andrea Cappellini")
spaced(297, 795, "COMUNE DI PAULLO", size=15, cs=4)
c.setFont(F, 9); c.drawCentredString(297, 781, "Città Metropolitana di Milano")
spaced(297, 755, "DELIBERAZIONE DELLA GIUNTA COMUNALE", size=11, cs=1.8)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(297, 739, "n. 26 del 16.3.2026")
y = para(715, "OGGETTO: APPROVAZIONE DEL PIANO OPERATIVO PER IL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO – STAGIONE 2026/2027 – ATTO DI INDIRIZZO.", font="Helvetica-Bold")
y = para(y, "L'anno duemilaventisei addì sedici del mese di marzo alle ore 18:15 nella Sede Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale. Risultano presenti (P) e assenti (A) i signori:")
roll = [("Sindaco", "LORENZINI FEDERICO", "P"), ("Vice Sindaco", "GUARNERI ALESSIA", "P"), ("Assessore", "CAVALLI STEFANO", "A"),
        ("Assessore", "MAINARDI ROBERTA", "P"), ("Assessore esterno", "BOSONI GIUSEPPE", "P")]
for r, n, m in roll:
    c.setFont(F, S); c.drawString(110, y, r); c.drawString(230, y, n); c.drawString(420, y, m); y -= 13
y -= 3; c.setFont("Helvetica-Bold", S); c.drawString(110, y, "Presenti n. 4      Assenti n. 1"); y -= 18
y = para(y, "Partecipa il Vice Segretario Comunale dott. Andrea Cappellini, che svolge le funzioni del Segretario Generale assente e provvede alla redazione del verbale. Il Sindaco, sig. Federico Lorenzini, riconosciuta la validità della seduta, dichiara aperta la discussione.")
spaced(297, y, "LA GIUNTA COMUNALE", size=10, cs=2); y -= 16
y = para(y, "Premesso che con la stagione invernale 2025/2026 è scaduto l'affidamento del servizio di sgombero neve; ritenuto necessario fornire indirizzi al Responsabile dell'Area Tecnica per la predisposizione del piano operativo per la stagione 2026/2027; visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. 267/2000, dando atto che il presente provvedimento non comporta riflessi diretti sulla situazione economico-finanziaria dell'ente;")
y = para(y, "all'unanimità dei presenti, con voti espressi in forma palese,")
spaced(297, y, "DELIBERA", size=10, cs=3); y -= 16
y = para(y, "1. di approvare l'allegato piano operativo per il servizio di sgombero neve e trattamento antighiaccio delle strade comunali per la stagione 2026/2027;")
y = para(y, "2. di incaricare il Responsabile dell'Area Tecnica di avviare la procedura di affidamento del servizio nel rispetto del D.Lgs. 36/2023;")
y = para(y, "Con successiva votazione, separata e unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
c.showPage(); c.save()
