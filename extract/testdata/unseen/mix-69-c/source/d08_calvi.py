# Calvi dell'Umbria: ordinanza in two columns whose text layer runs in a different order from the page:
# the right column is drawn before the left one, the foot and signature before the body, the letterhead last (reportlab).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 56, W - 56; GAP = 22; CW = (R - L - GAP) / 2
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Kibernetes PDF Printer 2.3"); c.setTitle("Ordinanza n. 15/2026")
def wrap(text, font, size, width):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur); return lines
def column(x, y, items, font="Times-Roman", size=10.5, lead=13.2):
    for kind, text in items:
        if kind == "h":
            c.setFont("Times-Bold", size + 0.5); c.drawCentredString(x + CW/2, y, text); y -= lead + 5; continue
        ind = 14 if kind[0] == "n" else 0
        if ind: c.setFont(font, size); c.drawString(x, y, kind[1:] + ".")
        lines = wrap(text, font, size, CW - ind)
        for i, ln in enumerate(lines):
            s = " ".join(ln); t = c.beginText(x + ind, y); t.setFont(font, size)
            if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((CW - ind - stringWidth(s, font, size)) / (len(ln) - 1))
            t.textOut(s); t.setWordSpace(0); c.drawText(t); y -= lead
        y -= 4
    return y
left = [("p", "Vista l'istanza presentata in data 22 aprile 2026 dal Comitato festeggiamenti San Pancrazio, acquisita al protocollo n. 2011, intesa ad ottenere la disciplina della circolazione nelle aree interessate dalla festa patronale;"),
        ("p", "Considerato che nei giorni 11 e 12 maggio 2026 si svolgeranno in piazza Mariano Campello e nelle vie limitrofe la processione, il mercatino dei prodotti tipici e gli spettacoli serali, con notevole afflusso di pubblico;"),
        ("p", "Ritenuto necessario, per garantire la sicurezza dei pedoni e il regolare svolgimento della manifestazione, istituire temporaneamente il divieto di transito e di sosta nelle aree interessate;"),
        ("p", "Visti gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;"),
        ("p", "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")]
right = [("h", "O R D I N A"),
         ("n1", "dalle ore 14.00 dell'11 maggio 2026 alle ore 24.00 del 12 maggio 2026 il divieto di transito e di sosta con rimozione forzata, per tutti i veicoli, in piazza Mariano Campello, via Roma e via del Forno;"),
         ("n2", "la deviazione del traffico proveniente da Otricoli lungo via della Circonvallazione e via San Pietro;"),
         ("n3", "che i divieti non si applicano ai veicoli di soccorso, delle forze dell'ordine e al servizio dei disabili muniti di contrassegno;"),
         ("n4", "che il Comitato organizzatore provveda all'installazione della segnaletica almeno 48 ore prima dell'inizio dei divieti."),
         ("p", "I trasgressori saranno puniti a norma del Codice della Strada. Contro la presente ordinanza è ammesso ricorso al T.A.R. dell'Umbria entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.")]
ytop = H - 268
# foot and signature first
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 34, "Comune di Calvi dell'Umbria – Piazza Mariano Campello, 5 – 05032 Calvi dell'Umbria (TR) – Ord. n. 15/2026")
c.setFont("Times-Roman", 10.5); c.drawString(L, 150, "Calvi dell'Umbria, 08/05/2026")
c.drawCentredString(R - 110, 150, "IL RESPONSABILE DELL'AREA VIGILANZA"); c.setFont("Times-Italic", 10.5); c.drawCentredString(R - 110, 135, "Comm. Sergio Petrini")
# right column, then left column
column(L + CW + GAP, ytop, right)
column(L, ytop, left)
c.setLineWidth(0.4); c.line(L + CW + GAP/2, ytop + 10, L + CW + GAP/2, 200)
# title block and letterhead last
c.setFont("Times-Bold", 10.5); c.drawCentredString(W/2, ytop + 22, "IL RESPONSABILE DELL'AREA VIGILANZA")
c.setFont("Times-Bold", 10.5); c.drawString(L, H - 205, "OGGETTO:")
yy = H - 205
for ln in wrap("Disciplina temporanea della circolazione e della sosta in piazza Mariano Campello e vie limitrofe in occasione della festa patronale di San Pancrazio dell'11 e 12 maggio 2026.", "Times-Bold", 10.5, R - L - 62):
    c.drawString(L + 62, yy, " ".join(ln)); yy -= 13
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, H - 160, "ORDINANZA N. 15 DEL 08/05/2026")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H - 176, "(Registro delle ordinanze – Area Vigilanza)")
c.setFont("Times-Bold", 10.5); c.drawCentredString(W/2, H - 128, "AREA VIGILANZA – Servizio Polizia Locale")
c.setLineWidth(0.8); c.line(L, H - 110, R, H - 110)
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H - 98, "Provincia di Terni")
c.setFont("Times-Bold", 18); c.drawCentredString(W/2, H - 80, "COMUNE DI CALVI DELL'UMBRIA")
c.save()
