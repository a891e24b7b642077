# Comune di Ficarazzi (PA) - Giunta Municipale n. 64 del 05/06/2026.
# ReportLab canvas with its own line breaking: every justified line sets Tw (word spacing), headings
# and the letterhead are letter-spaced with Tc. The header fields (number, date, hour, executivity)
# sit in a ruled box at the top right, beside the letterhead; the roll is a three-column table
# (Componenti | Carica | Presente/Assente).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
L, R = 62, W - 58
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Delibera G.M. 64/2026")
c.setAuthor("Comune di Ficarazzi - Ufficio Segreteria")
y = 0
page = 1


def spaced(font, size, x, yy, s, cs, centre=False):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    if centre:
        x = x - w / 2
    t = c.beginText(x, yy)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(s)
    t.setCharSpace(0)
    c.drawText(t)


def foot():
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, 34, "Comune di Ficarazzi – Piazza Padre Pio n. 1 – 90010 Ficarazzi (PA) – "
                        "protocollo@pec.comune.ficarazzi.pa.it")
    c.drawRightString(R, 22, "Pag. %d di 2" % page)


def newpage():
    global y, page
    foot()
    c.showPage()
    page += 1
    y = H - 60


def need(h):
    if y - h < 60:
        newpage()


def para(text, font="Times-Roman", size=11, lead=14.2, indent=0, first=0, justify=True, after=4, label=None):
    """label: a bold word at the start of the paragraph (e.g. VISTO)"""
    global y
    words = text.split()
    lines, cur = [], []
    width = R - L - indent
    for wd in words:
        trial = " ".join(cur + [wd])
        wfirst = first if not lines else 0
        if cur and stringWidth(trial, font, size) > width - wfirst:
            lines.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        need(lead)
        x = L + indent + (first if i == 0 else 0)
        s = " ".join(ln)
        t = c.beginText(x, y)
        if label and i == 0 and s.startswith(label):
            t.setFont("Times-Bold", size)
            t.textOut(label)
            s = s[len(label):]
            used = stringWidth(label, "Times-Bold", size)
        else:
            used = 0
        t.setFont(font, size)
        last = i == len(lines) - 1
        nsp = s.count(" ")
        if justify and not last and nsp > 0:
            free = (R - x - used) - stringWidth(s, font, size)
            t.setWordSpace(free / nsp)
        t.textOut(s)
        t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    y -= after


def heading(s, size=11.5, cs=2.2, before=6, after=8):
    global y
    y -= before
    need(size + after)
    spaced("Times-Bold", size, W / 2, y, s, cs, centre=True)
    y -= size + after


# ---------------- page 1: letterhead on the left, header box on the right
c.setLineWidth(0.8)
c.circle(L + 22, H - 78, 21)
c.setFont("Helvetica", 5.5)
c.drawCentredString(L + 22, H - 80, "STEMMA")
spaced("Times-Bold", 15.5, L + 54, H - 70, "COMUNE DI FICARAZZI", 0.9)
spaced("Times-Roman", 10, L + 54, H - 85, "Città Metropolitana di Palermo", 0.4)
c.setFont("Times-Italic", 9)
c.drawString(L + 54, H - 98, "Ufficio di Segreteria Generale")

bx, bw, bh = R - 178, 178, 78
by = H - 118
c.setLineWidth(1)
c.rect(bx, by, bw, bh)
rows = [("Deliberazione N.", "64"), ("Data", "05/06/2026"), ("Ora", "13:00"), ("Immediatamente esecutiva", "SI")]
rh = bh / len(rows)
for i, (k, v) in enumerate(rows):
    yy = by + bh - (i + 1) * rh
    if i:
        c.line(bx, yy + rh, bx + bw, yy + rh)
    c.setFont("Helvetica", 7.2)
    c.drawString(bx + 4, yy + 6.5, k)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawRightString(bx + bw - 6, yy + 6, v)
c.line(bx + 104, by, bx + 104, by + bh)

c.setLineWidth(1.4)
c.line(L, H - 130, R, H - 130)
y = H - 156
heading("VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", size=13, cs=1.2, before=0, after=10)

c.setFont("Helvetica-Bold", 10)
c.drawString(L, y, "OGGETTO:")
y0 = y
subj = ("Approvazione del Piano comunale degli interventi per la stagione estiva 2026 e assegnazione "
        "delle risorse al Responsabile del III Settore.")
# subject in bold Times, indented after the label
words, cur, lines = subj.split(), [], []
for wd in words:
    tr = " ".join(cur + [wd])
    if cur and stringWidth(tr, "Times-Bold", 11.5) > R - L - 62:
        lines.append(" ".join(cur)); cur = [wd]
    else:
        cur.append(wd)
lines.append(" ".join(cur))
for ln in lines:
    c.setFont("Times-Bold", 11.5)
    c.drawString(L + 62, y, ln)
    y -= 14.5
y -= 10

para("L’anno duemilaventisei, il giorno cinque del mese di giugno, alle ore 13:00 e seguenti, nella sala delle "
     "adunanze della Sede Municipale, convocata nelle forme di legge, si è riunita la Giunta Municipale con "
     "l’intervento dei Signori:")

# roll: three columns
cols = [L + 10, L + 210, L + 360]
tw = R - L - 20
rowh = 17
roll = [("LO CICERO Francesco Saverio", "Sindaco", "presente"),
        ("BARONE Giovanna", "Vice Sindaco", "presente"),
        ("D’AGOSTINO Filippo", "Assessore", "presente"),
        ("MANISCALCO Rosaria", "Assessore", "assente"),
        ("TERESI Calogero", "Assessore", "presente")]
top = y + 4
c.setLineWidth(0.6)
c.setFillGray(0.88)
c.rect(L + 4, top - rowh, tw + 12, rowh, fill=1, stroke=0)
c.setFillGray(0)
c.setFont("Helvetica-Bold", 9.5)
for x, h in zip(cols, ("Componenti", "Carica", "Presente/Assente")):
    c.drawString(x, top - 12, h)
for i, (n, q, p) in enumerate(roll):
    yy = top - rowh * (i + 2)
    c.setFont("Times-Roman", 11)
    c.drawString(cols[0], yy + 5, n)
    c.drawString(cols[1], yy + 5, q)
    c.drawString(cols[2] + 10, yy + 5, p)
nrows = len(roll) + 1
c.rect(L + 4, top - rowh * nrows, tw + 12, rowh * nrows)
for i in range(1, nrows):
    c.line(L + 4, top - rowh * i, L + 16 + tw, top - rowh * i)
for x in cols[1:]:
    c.line(x - 8, top, x - 8, top - rowh * nrows)
y = top - rowh * nrows - 16
c.setFont("Times-Bold", 10.5)
c.drawString(L + 10, y, "Presenti n. 4")
c.drawString(L + 150, y, "Assenti n. 1")
y -= 20

para("Presiede la seduta il Sindaco, avv. Francesco Saverio Lo Cicero. Partecipa il Segretario Comunale "
     "dott. Ignazio Tumminello, con funzioni consultive, referenti e di assistenza e con il compito della "
     "redazione del verbale.")
para("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta e invita i "
     "convenuti a deliberare sull’argomento in oggetto.")

heading("LA GIUNTA MUNICIPALE")
for lab, s in [
    ("VISTA", "VISTA la proposta di deliberazione n. 77 del 29/05/2026 del Responsabile del III Settore – "
              "Servizi alla Persona, Turismo e Spettacolo, allegata al presente verbale;"),
    ("PREMESSO", "PREMESSO che l’Amministrazione intende promuovere, nel periodo dal 1° luglio al 15 settembre "
                 "2026, un programma di iniziative culturali, sportive e di animazione del litorale di Ficarazzi "
                 "e del centro storico, in collaborazione con le associazioni del territorio;"),
    ("CONSIDERATO", "CONSIDERATO che nel bilancio di previsione 2026/2028, approvato con deliberazione del "
                    "Consiglio Comunale n. 21 del 30/04/2026, sono stanziate al capitolo 7230 risorse pari a "
                    "euro 38.500,00 per manifestazioni e attività turistiche;"),
    ("RITENUTO", "RITENUTO di approvare il Piano degli interventi predisposto dal Settore e di assegnare al "
                 "Responsabile le risorse necessarie per la sua attuazione;"),
    ("VISTI", "VISTI i pareri favorevoli resi sulla proposta ai sensi dell’art. 53 della L. n. 142/1990, come "
              "recepito dalla L.R. n. 48/1991, e l’O.R.EE.LL. vigente nella Regione Siciliana;"),
]:
    para(s, label=lab)

para("Con voti unanimi, espressi nelle forme di legge,")
heading("D E L I B E R A", cs=0.5)
for i, s in enumerate([
    "di approvare il Piano comunale degli interventi per la stagione estiva 2026, che si allega al presente atto "
    "sotto la lettera “A” per farne parte integrante e sostanziale;",
    "di assegnare al Responsabile del III Settore le risorse di euro 38.500,00 allocate al capitolo 7230 del "
    "bilancio 2026/2028, esercizio 2026;",
    "di dare mandato al Responsabile del III Settore di adottare gli atti gestionali conseguenti, nel rispetto "
    "del D.Lgs. n. 36/2023;",
    "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente esecutiva ai sensi "
    "dell’art. 12, comma 2, della L.R. n. 44/1991, stante l’imminenza della stagione estiva."], 1):
    need(30)
    c.setFont("Times-Bold", 11)
    c.drawString(L + 6, y, "%d." % i)
    para(s, indent=24)

y -= 8
para("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue.",
     justify=False)
need(70)
y -= 10
c.setFont("Times-Bold", 10)
c.drawCentredString(L + 90, y, "IL SINDACO")
c.drawCentredString(W / 2, y, "L’ASSESSORE ANZIANO")
c.drawCentredString(R - 90, y, "IL SEGRETARIO COMUNALE")
y -= 14
c.setFont("Times-Italic", 10)
c.drawCentredString(L + 90, y, "avv. Francesco Saverio Lo Cicero")
c.drawCentredString(W / 2, y, "Giovanna Barone")
c.drawCentredString(R - 90, y, "dott. Ignazio Tumminello")
y -= 12
c.setFont("Helvetica", 7)
c.drawCentredString(W / 2, y - 6, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.")
foot()
c.save()
