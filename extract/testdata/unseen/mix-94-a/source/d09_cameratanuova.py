# AVVISO PUBBLICO N. 2/2026, Camerata Nuova: reportlab; two-column body, each justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842))
def spaced(y, s, f, sz, cs):
    w = stringWidth(s, f, sz) + cs * (len(s) - 1); t = c.beginText((595 - w) / 2, y); t.setFont(f, sz); t.setCharSpace(cs); t.textOut(s); c.drawText(t)
def column(x, y, paras, W=225, f="Helvetica", sz=9.5):
    for para in paras:
        bold = para.startswith("*"); para = para.lstrip("*"); ff = "Helvetica-Bold" if bold else f
        words = para.split(); lines = []; line = []
        for w in words:
            if stringWidth(" ".join(line + [w]), ff, sz) > W and line: lines.append(line); line = [w]
            else: line.append(w)
        lines.append(line)
        for i, l in enumerate(lines):
            s = " ".join(l); t = c.beginText(x, y); t.setFont(ff, sz)
            if i < len(lines) - 1 and len(l) > 1: t.setWordSpace((W - stringWidth(s, ff, sz)) / (len(l) - 1))
            t.textOut(s); c.drawText(t); y -= sz * 1.4
        y -= 5
    return y
spaced(800, "COMUNE DI CAMERATA NUOVA", "Helvetica-Bold", 15, 2.5)
spaced(784, "CITTÀ METROPOLITANA DI ROMA CAPITALE", "Helvetica", 8.5, 1.5)
spaced(771, "Area Amministrativa – Servizio Turismo e Patrimonio", "Helvetica-Oblique", 9, 0.3)
c.setLineWidth(1.2); c.line(55, 762, 540, 762)
spaced(735, "AVVISO PUBBLICO N. 2/2026", "Helvetica-Bold", 13, 1.2)
spaced(716, "MANIFESTAZIONE DI INTERESSE PER LA GESTIONE DEL RIFUGIO", "Helvetica-Bold", 10, 0.2)
spaced(703, "DI CAMPOROTONDO E DEL PUNTO INFORMAZIONI DEL PARCO – STAGIONI 2026-2027", "Helvetica-Bold", 10, 0.2)
L = ["Il Comune di Camerata Nuova intende individuare operatori economici, associazioni o enti del terzo settore interessati alla gestione del rifugio comunale di Camporotondo e del punto informazioni turistiche del Parco naturale regionale dei Monti Simbruini, per le stagioni 2026 e 2027.",
     "*1. Oggetto",
     "La gestione comprende l'apertura del rifugio nei fine settimana da maggio a ottobre e tutti i giorni nel mese di agosto, la somministrazione di alimenti e bevande, la pulizia dei locali e dell'area esterna e l'accoglienza dei visitatori del Parco.",
     "*2. Canone",
     "Il canone annuo posto a base della procedura è pari a euro 2.400,00, soggetto a offerta in aumento. Le utenze sono a carico del gestore."]
R = ["*3. Requisiti",
     "Possono manifestare interesse i soggetti in possesso dei requisiti generali di cui agli articoli 94 e seguenti del d.lgs. 36/2023 e dei requisiti per la somministrazione di alimenti e bevande.",
     "*4. Modalità e termine",
     "Le manifestazioni di interesse, redatte sul modello allegato, devono pervenire entro le ore 12:00 del 3 giugno 2026 all'indirizzo PEC comune.cameratanuova@pec.it. Il Comune inviterà gli interessati a presentare offerta con successiva lettera.",
     "*5. Informazioni",
     "Il presente avviso non vincola l'Amministrazione. Informazioni presso l'Ufficio Turismo, tel. 0774 935022, il lunedì e il venerdì."]
# right column first, then left: drawn out of reading order
column(310, 675, R); y = column(55, 675, L)
c.setFont("Helvetica", 9.5); c.drawString(55, 400, "Camerata Nuova, 13.05.2026")
c.drawCentredString(430, 375, "Il Responsabile del Servizio"); c.drawCentredString(430, 361, "dott.ssa Federica Mariani")
c.setFont("Helvetica", 7); c.drawCentredString(297, 40, "Comune di Camerata Nuova – Piazza Municipio, 1 – 00020 Camerata Nuova (RM)")
c.showPage(); c.save()
