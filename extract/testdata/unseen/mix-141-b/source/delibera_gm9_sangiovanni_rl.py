#!/usr/bin/env python3
"""San Giovanni la Punta, Giunta Municipale n. 9 del 19/01/2029: ReportLab canvas,
lines broken and justified by hand (word spacing), Datagraph-like Sicilian model.
Who presided and who took the minutes appears only in the three signatures."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

out = sys.argv[1]
W, H = A4
L, R = 22 * mm, W - 20 * mm
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Delibera G.M. n. 9 del 19/01/2029")
c.setAuthor("Comune di San Giovanni la Punta")
c.setCreator("Datagraph - Gestione Atti")
y = H - 18 * mm
page = [1]


def foot():
    c.setFont("Times-Roman", 7.5)
    c.drawString(L, 12 * mm, "Delibera G.M. n. 9 del 19/01/2029")
    c.drawRightString(R, 12 * mm, "Pagina %d" % page[0])


def newpage():
    global y
    foot()
    c.showPage()
    page[0] += 1
    y = H - 20 * mm


def need(h):
    if y - h < 22 * mm:
        newpage()


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def para(text, font="Times-Roman", size=11, lead=14.2, indent=0, hang=0, gap=4, label=None):
    global y
    width = R - L - indent
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        need(lead)
        y -= lead
        x = L + indent
        if i == 0 and label:
            c.setFont(font, size)
            c.drawString(x - hang, y, label)
        t = c.beginText(x, y)
        t.setFont(font, size)
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - stringWidth(" ".join(ws), font, size)) / (len(ws) - 1)
            t.setWordSpace(extra)
        t.textOut(" ".join(ws))
        c.drawText(t)
    y -= gap


def center(text, font="Times-Bold", size=11, lead=15, gap=3):
    global y
    need(lead)
    y -= lead
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)
    y -= gap


# letterhead
c.setFont("Times-Bold", 17)
c.drawCentredString(W / 2, y, "COMUNE DI SAN GIOVANNI LA PUNTA")
y -= 6 * mm
c.setFont("Times-Italic", 10.5)
c.drawCentredString(W / 2, y, "Città Metropolitana di Catania")
y -= 3.5 * mm
c.setLineWidth(0.6); c.line(L, y, R, y); c.line(L, y - 1.2, R, y - 1.2)
y -= 6 * mm
center("COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", size=12)
y -= 2
bw = 62 * mm
c.rect(W / 2 - bw / 2, y - 7.5 * mm, bw, 7.5 * mm)
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y - 5.2 * mm, "N. 9      del 19/01/2029")
y -= 13 * mm
para("CONCESSIONE DEL PATROCINIO GRATUITO E DELL'USO DEL CINE-TEATRO COMUNALE ALL'ASSOCIAZIONE CULTURALE "
     "KORÈ PER LA RASSEGNA TEATRALE SCENE D'INVERNO 2029", font="Times-Bold", indent=24 * mm, hang=24 * mm,
     label="OGGETTO:", gap=8)
c.setLineWidth(0.5); c.line(L, y + 2, R, y + 2)
y -= 4
para("L'anno duemilaventinove il giorno diciannove del mese di gennaio alle ore 12:30 e seguenti, nella Casa "
     "Comunale e nella consueta sala delle adunanze, si è riunita la Giunta Municipale con l'intervento dei Signori:")
roll = [("LEONARDI Giovanni", "Sindaco", False), ("NICOLOSI Maria Grazia", "Vice Sindaco", True),
        ("CARUSO Filippo", "Assessore", True), ("GRASSO Angela", "Assessore", True),
        ("PUGLISI Santo", "Assessore", False), ("RUSSO Davide", "Assessore", True)]
cx = [L + 18 * mm, L + 78 * mm, L + 118 * mm, L + 142 * mm]
y -= 16
c.setFont("Times-Bold", 10)
for x, t in zip(cx, ("Componenti", "Qualifica", "Presente", "Assente")):
    c.drawString(x, y, t)
c.line(cx[0], y - 2, cx[3] + 18 * mm, y - 2)
c.setFont("Times-Roman", 10.5)
for n, q, p in roll:
    y -= 13
    c.drawString(cx[0], y, n)
    c.drawString(cx[1], y, q)
    c.drawCentredString(cx[2 if p else 3] + 7 * mm, y, "X")
y -= 6
c.line(cx[0], y, cx[3] + 18 * mm, y)
y -= 3
center("Presenti n. 4        Assenti n. 2", font="Times-Roman", size=10.5, gap=6)
para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione e li invita a "
     "deliberare sull'oggetto sopra indicato.")
center("LA GIUNTA MUNICIPALE", gap=4)
for s in [
    "Vista la proposta di deliberazione n. 14 del 16/01/2029 del Settore III - Servizi Sociali e Pubblica Istruzione, "
    "Ufficio Cultura e Spettacolo, relativa all'oggetto;",
    "Vista l'istanza acquisita al protocollo generale al n. 1288 del 12/01/2029, con la quale l'Associazione culturale "
    "Korè chiede il patrocinio gratuito del Comune e la concessione in uso del Cine-Teatro comunale per sei serate, "
    "nel periodo compreso tra il 7 febbraio e il 14 marzo 2029, per la rassegna teatrale Scene d'inverno 2029, "
    "dedicata alle compagnie amatoriali del territorio etneo;",
    "Considerato che l'iniziativa riveste interesse culturale per la comunità e che l'ingresso agli spettacoli "
    "sarà libero, e ritenuto pertanto di accordare l'uso della struttura a titolo gratuito ai sensi dell'art. 6 del "
    "vigente Regolamento per l'utilizzo dei locali comunali, restando a carico dell'Associazione la pulizia dei "
    "locali e la vigilanza antincendio;",
    "Visti i pareri favorevoli resi sulla proposta ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla "
    "L.R. n. 48/1991;",
    "Ad unanimità di voti espressi in forma palese,",
]:
    para(s)
center("D E L I B E R A", gap=4)
para("di concedere il patrocinio gratuito del Comune di San Giovanni la Punta alla rassegna teatrale Scene d'inverno "
     "2029 organizzata dall'Associazione culturale Korè, autorizzando l'uso dello stemma civico sul materiale "
     "promozionale;", indent=8 * mm, hang=8 * mm, label="1)")
para("di concedere all'Associazione l'uso gratuito del Cine-Teatro comunale nelle date indicate nell'istanza, alle "
     "condizioni di cui in premessa, demandando al Responsabile del Settore III gli adempimenti conseguenti.",
     indent=8 * mm, hang=8 * mm, label="2)")
para("Successivamente, con separata votazione unanime, la Giunta Municipale dichiara il presente atto immediatamente "
     "esecutivo ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991, attesa l'imminenza della manifestazione.")
y -= 8
need(60)
para("Il presente verbale viene letto, approvato e sottoscritto.", gap=10)
cols = [L + 26 * mm, W / 2, R - 26 * mm]
c.setFont("Times-Bold", 9.5)
for x, t in zip(cols, ("L'ASSESSORE ANZIANO", "IL PRESIDENTE", "IL VICE SEGRETARIO GENERALE")):
    c.drawCentredString(x, y, t)
y -= 13
c.setFont("Times-Roman", 10)
for x, t in zip(cols, ("f.to Filippo Caruso", "f.to NICOLOSI Dott.ssa Maria Grazia", "f.to TOSCANO Dott. Alessandro")):
    c.drawCentredString(x, y, t)
y -= 30
para("Per copia conforme all'originale, per uso amministrativo.", font="Times-Italic", size=9, lead=11)
foot()
c.save()
