# AVVISO PUBBLICO N. 4/2026, Sagron Mis: reportlab; two-column body, each justified line sets Tw, headings letter-spaced with Tc
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
spaced(800, "COMUNE DI SAGRON MIS", "Helvetica-Bold", 15, 2.5)
spaced(784, "PROVINCIA AUTONOMA DI TRENTO", "Helvetica", 8.5, 1.5)
spaced(771, "Servizio Segreteria e Patrimonio", "Helvetica-Oblique", 9, 0.3)
c.setLineWidth(1.2); c.line(55, 762, 540, 762)
spaced(735, "AVVISO PUBBLICO N. 4/2026", "Helvetica-Bold", 13, 1.2)
spaced(716, "MANIFESTAZIONE DI INTERESSE PER LA CONCESSIONE IN GESTIONE", "Helvetica-Bold", 10, 0.2)
spaced(703, "DEL BIVACCO E DELL'AREA PICNIC DI MALGA SCANAIOL – STAGIONI 2026-2028", "Helvetica-Bold", 10, 0.2)
L = ["Il Comune di Sagron Mis intende individuare un operatore economico, un'associazione o un ente del terzo settore interessato alla concessione in gestione del bivacco comunale e dell'area picnic attrezzata di Malga Scanaiol, per le stagioni estive dal 2026 al 2028.",
     "*1. Oggetto della concessione",
     "La concessione comprende la custodia e la pulizia del bivacco, la manutenzione ordinaria dell'area picnic, dei tavoli e dei barbecue, l'apertura nel periodo dal 1° giugno al 30 settembre di ogni anno e la vigilanza sull'uso corretto delle strutture da parte dei frequentatori.",
     "*2. Canone",
     "Il canone annuo posto a base della procedura è pari a euro 1.200,00, soggetto a offerta in aumento. Le utenze sono a carico del concessionario."]
R = ["*3. Requisiti",
     "Possono manifestare interesse gli operatori in possesso dei requisiti generali di cui agli articoli 94 e seguenti del d.lgs. 36/2023; costituisce titolo preferenziale l'esperienza nella gestione di strutture in quota.",
     "*4. Modalità e termine",
     "Le manifestazioni di interesse, redatte sul modello allegato, devono pervenire entro le ore 12:00 del 15 maggio 2026 all'indirizzo PEC comune@pec.comune.sagronmis.tn.it. Il Comune inviterà gli interessati a presentare offerta con successiva lettera.",
     "*5. Informazioni",
     "Il presente avviso non vincola l'Amministrazione. Informazioni presso il Servizio Segreteria, tel. 0439 65034, nei giorni di apertura al pubblico."]
# right column first, then left: drawn out of reading order
column(310, 675, R); y = column(55, 675, L)
c.setFont("Helvetica", 9.5); c.drawString(55, 420, "Sagron Mis, 17.04.2026")
c.drawCentredString(430, 395, "Il Segretario comunale"); c.drawCentredString(430, 381, "dott. Giorgio Tavernaro")
c.setFont("Helvetica", 7); c.drawCentredString(297, 40, "Comune di Sagron Mis – Località Sagron, 16 – 38050 Sagron Mis (TN) – C.F. 00285030227")
c.showPage(); c.save()
