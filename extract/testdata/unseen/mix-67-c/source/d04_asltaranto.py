# Azienda Sanitaria Locale Taranto (Puglia): deliberazione del Direttore Generale n. 812/2026.
# ReportLab canvas. The letterhead, the running head of page 2 and the foot are Form XObjects reused on each page;
# on every page the body is drawn first and the letterhead/number box afterwards (content out of reading order);
# body lines are justified by word spacing (Tw).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
LM, RM = 62, W - 56
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=0)
c.setTitle("Deliberazione DG 812 del 06/05/2026"); c.setAuthor("S.C. Gestione Risorse Umane"); c.setCreator("AtCI Delibere 4.2")

def wrap(text, font, size, width, first_width=None):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        lim = first_width if (first_width and not lines) else width
        if stringWidth(t, font, size) <= lim: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def para(y, text, font="Times-Roman", size=11, lead=14.2, indent=0, fi=0, justify=True, x0=LM, x1=RM):
    """indent: left indent of every line; fi: extra indent of the first line only"""
    width = x1 - x0 - indent
    lines = wrap(text, font, size, width, width - fi if fi else None)
    for i, ln in enumerate(lines):
        xs = x0 + indent + (fi if i == 0 else 0)
        wl = width - (fi if i == 0 else 0)
        to = c.beginText(); to.setFont(font, size); to.setTextOrigin(xs, y)
        gaps = ln.count(" ")
        if justify and i < len(lines) - 1 and gaps:
            to.setWordSpace((wl - stringWidth(ln, font, size)) / gaps)
        to.textLine(ln); c.drawText(to)
        y -= lead
    return y

# --- reusable forms -------------------------------------------------------------
c.beginForm("letterhead")
c.setFillColorRGB(0.05, 0.30, 0.55); c.rect(LM, H - 96, 46, 46, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 15); c.drawCentredString(LM + 23, H - 79, "TA")
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica", 8.5); c.drawString(LM + 58, H - 60, "REGIONE PUGLIA")
c.setFont("Helvetica-Bold", 15); c.drawString(LM + 58, H - 78, "AZIENDA SANITARIA LOCALE TARANTO")
c.setFont("Helvetica", 8); c.drawString(LM + 58, H - 91, "Sede legale: Taranto  –  Direzione Generale")
c.setLineWidth(0.8); c.line(LM, H - 104, RM, H - 104)
c.endForm()

c.beginForm("runhead")
c.setFont("Helvetica-Oblique", 8); c.drawString(LM, H - 40, "ASL Taranto")
c.drawRightString(RM, H - 40, "Deliberazione del Direttore Generale n. 812 del 06/05/2026")
c.setLineWidth(0.4); c.line(LM, H - 44, RM, H - 44)
c.endForm()

c.beginForm("foot")
c.setLineWidth(0.4); c.line(LM, 50, RM, 50)
c.setFont("Helvetica", 7); c.drawString(LM, 40, "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005")
c.endForm()

# --- page 1: body first -----------------------------------------------------------
y = H - 236
c.setFont("Times-Bold", 11); c.drawString(LM, y, "OGGETTO:")
y = para(y, "Avviso pubblico, per titoli e colloquio, per il conferimento di incarichi a tempo determinato di Dirigente Medico – disciplina di Pediatria. Ammissione ed esclusione dei candidati e nomina della Commissione esaminatrice.",
         font="Times-Bold", indent=62)
y -= 8
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "IL DIRETTORE GENERALE"); y -= 18
for t in [
 "sulla base dell'istruttoria espletata dal Direttore della S.C. Gestione Risorse Umane, che con la sottoscrizione della proposta ne attesta la regolarità e la legittimità, espone quanto segue.",
 "Con deliberazione n. 611 del 02/04/2026 è stato indetto avviso pubblico, per titoli e colloquio, per il conferimento di incarichi a tempo determinato di Dirigente Medico – disciplina di Pediatria, per le esigenze delle UU.OO. di Pediatria dei Presidi Ospedalieri SS. Annunziata di Taranto e Valle d'Itria di Martina Franca.",
 "L'avviso è stato pubblicato sul Bollettino Ufficiale della Regione Puglia n. 31 del 09/04/2026 e sul sito istituzionale aziendale; il termine per la presentazione delle domande è scaduto il 24/04/2026.",
 "Entro il termine sono pervenute n. 14 domande di partecipazione; dall'esame della documentazione risulta che n. 12 candidati sono in possesso dei requisiti prescritti, mentre n. 2 candidati non possono essere ammessi per i motivi indicati nell'allegato B.",
 "Occorre inoltre nominare la Commissione esaminatrice ai sensi del D.P.R. 10 dicembre 1997, n. 483, nella composizione indicata nel dispositivo.",
 "Acquisiti i pareri favorevoli del Direttore Amministrativo e del Direttore Sanitario, per quanto di rispettiva competenza;",
]:
    y = para(y, t, fi=24) - 4
y -= 4
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "DELIBERA"); y -= 18
pts = [
 "di ammettere all'avviso pubblico in oggetto i n. 12 candidati indicati nell'elenco di cui all'allegato A, parte integrante del presente provvedimento;",
 "di non ammettere i n. 2 candidati indicati nell'allegato B, per le motivazioni ivi riportate, disponendone la comunicazione agli interessati a mezzo PEC;",
]
for i, t in enumerate(pts, 1):
    c.setFont("Times-Roman", 11); c.drawString(LM + 4, y, f"{i}."); y = para(y, t, indent=22) - 3
c.doForm("foot"); c.setFont("Helvetica", 8); c.drawRightString(RM, 40, "Pagina 1 di 2")
# letterhead and number box drawn last
c.doForm("letterhead")
c.setLineWidth(1); c.rect(LM, H - 190, RM - LM, 72)
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, H - 138, "DELIBERAZIONE DEL DIRETTORE GENERALE")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, H - 156, "N. 812 del 06/05/2026")
c.setFont("Helvetica", 8.5)
c.drawString(LM + 8, H - 175, "Struttura proponente: S.C. Gestione Risorse Umane")
c.drawRightString(RM - 8, H - 175, "Proposta n. 935 del 29/04/2026")
c.drawString(LM + 8, H - 186, "Registro informatico delle deliberazioni – anno 2026")
c.showPage()

# --- page 2 ----------------------------------------------------------------------
y = H - 72
pts2 = [
 "di nominare la Commissione esaminatrice dell'avviso come segue: Presidente dott. Cosimo Quaranta, Direttore della S.C. Pediatria del P.O. SS. Annunziata; componenti dott.ssa Angela Ruggieri e dott. Nicola Stasi, Dirigenti Medici di Pediatria; segretario sig.ra Teresa Fanelli, Collaboratore amministrativo professionale;",
 "di dare atto che dal presente provvedimento non derivano oneri a carico del bilancio aziendale, fatta eccezione per i compensi ai componenti esterni, da imputare al conto 3.02.01.07 del bilancio 2026;",
 "di dichiarare il presente provvedimento immediatamente esecutivo, stante l'urgenza di assicurare la continuità assistenziale nelle UU.OO. di Pediatria.",
]
for i, t in enumerate(pts2, 3):
    c.setFont("Times-Roman", 11); c.drawString(LM + 4, y, f"{i}."); y = para(y, t, indent=22) - 3
y -= 14
rows = [("Il Direttore della S.C. Gestione Risorse Umane", "dott.ssa Lucia Semeraro", "attesta la regolarità"),
        ("Il Direttore Amministrativo", "dott. Michele Cervellera", "parere favorevole"),
        ("Il Direttore Sanitario", "dott.ssa Rosanna Lacatena", "parere favorevole")]
c.setLineWidth(0.5)
for a, b, e in rows:
    c.rect(LM, y - 8, RM - LM, 26)
    c.setFont("Helvetica", 8.5); c.drawString(LM + 6, y + 6, a); c.drawString(LM + 6, y - 4, b)
    c.setFont("Helvetica-Oblique", 8.5); c.drawRightString(RM - 6, y + 1, e)
    y -= 26
y -= 30
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2 + 90, y, "IL DIRETTORE GENERALE"); y -= 14
c.setFont("Times-Roman", 11); c.drawCentredString(W / 2 + 90, y, "dott. Giuseppe Lattarulo"); y -= 12
c.setFont("Times-Italic", 9); c.drawCentredString(W / 2 + 90, y, "(firmato digitalmente)"); y -= 40
c.setFont("Helvetica-Bold", 9); c.drawString(LM, y, "ATTESTAZIONE DI PUBBLICAZIONE"); y -= 12
y = para(y, "Si attesta che la presente deliberazione è pubblicata all'Albo on line dell'Azienda dal 07/05/2026 per quindici giorni consecutivi ed è immediatamente esecutiva. Il funzionario incaricato: sig. Pietro Mandurino.", font="Helvetica", size=8.5, lead=11)
c.doForm("foot"); c.setFont("Helvetica", 8); c.drawRightString(RM, 40, "Pagina 2 di 2")
c.doForm("runhead")
c.showPage()
c.save()
