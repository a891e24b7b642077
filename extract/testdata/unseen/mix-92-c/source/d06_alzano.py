# reportlab: every glyph its own Tm+Tj; Albo stamp rotated in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def G(x, y, s, f="Times-Roman", sz=11, w=None):
    sp = 0
    if w and len(s) > 1: sp = (w - stringWidth(s, f, sz)) / (len(s) - 1)
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + sp
def C(y, s, f="Times-Bold", sz=12): G((595 - stringWidth(s, f, sz)) / 2, y, s, f, sz)
def para(y, txt, f="Times-Roman", sz=11, W=455, x=85):
    words = txt.split(); line = []
    while words:
        line.append(words.pop(0))
        if words and stringWidth(" ".join(line + [words[0]]), f, sz) > W:
            G(x, y, " ".join(line), f, sz, W); y -= 15; line = []
    G(x, y, " ".join(line), f, sz); return y - 22
C(790, "COMUNE DI ALZANO LOMBARDO", "Times-Bold", 15); C(774, "Provincia di Bergamo", "Times-Roman", 11)
C(760, "Piazza Italia, 8 – 24022 Alzano Lombardo (BG)", "Times-Roman", 9)
c.line(85, 752, 540, 752)
G(85, 730, "Prot. n. 4408"); G(400, 730, "Alzano Lombardo, 18/03/2026")
C(695, "AVVISO DI UDIENZA PUBBLICA", "Times-Bold", 14)
C(675, "PROGETTO DI RIQUALIFICAZIONE DI PIAZZA GARIBALDI E DEL SAGRATO DELLA BASILICA", "Times-Bold", 10.5)
C(661, "DI SAN MARTINO – PRESENTAZIONE ALLA CITTADINANZA", "Times-Bold", 10.5)
y = 630
for t in ["Ai sensi del Regolamento comunale sulla partecipazione dei cittadini e in attuazione della deliberazione della Giunta comunale n. 38 del 5 marzo 2026, si comunica che il progetto di fattibilità tecnica ed economica relativo alla riqualificazione di Piazza Garibaldi e del sagrato della Basilica di San Martino sarà illustrato in udienza pubblica.",
 "L'udienza si terrà giovedì 2 aprile 2026, alle ore 20:45, presso l'Auditorium comunale \"Montecchio\", via Mazzini 69. Interverranno il Sindaco, l'Assessore ai Lavori Pubblici e i progettisti incaricati.",
 "Nel corso dell'udienza i cittadini, le associazioni e i portatori di interesse potranno formulare domande e proposte, che saranno verbalizzate. Contributi scritti potranno essere inviati entro il 17 aprile 2026 all'indirizzo PEC del Comune.",
 "Gli elaborati progettuali sono consultabili sul sito istituzionale nella sezione Amministrazione trasparente e presso l'Ufficio Tecnico negli orari di apertura al pubblico."]:
    y = para(y, t)
G(330, y - 20, "IL RESPONSABILE DEL SETTORE", "Times-Bold", 10.5); G(330, y - 34, "LAVORI PUBBLICI E PATRIMONIO", "Times-Bold", 10.5)
G(330, y - 52, "geom. Roberto Carrara", "Times-Italic", 11)
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFillGray(0.35)
G(0, 0, "PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 18/03/2026 AL 02/04/2026 – REG. PUBBL. N. 412", "Helvetica", 8)
c.restoreState(); c.showPage(); c.save()
