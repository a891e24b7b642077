#!/usr/bin/env python3
"""Comune di San Pietro Vernotico - Ordinanza sindacale n. 41 del 17/12/2026.

ReportLab canvas laid out line by line as a report engine does: the
letterhead drawn once into a Form XObject and called with doForm (after the
body), headings letter-spaced with Tc, every body line justified with its
own Tw, the protocol stamp rotated up the right margin.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
LM, RM = 22 * mm, W - 22 * mm
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Ordinanza sindacale n. 41 del 17/12/2026")
c.setAuthor("Comune di San Pietro Vernotico")
c.setCreator("Hypersic - Atti e provvedimenti")

F, FB, SZ, LEAD = "Times-Roman", "Times-Bold", 11.5, 14.6

# letterhead as a Form XObject
c.beginForm("LH")
c.saveState()
c.setFont("Times-Bold", 17)
t = c.beginText(); t.setFont("Times-Bold", 17); t.setCharSpace(0.9)
s = "COMUNE DI SAN PIETRO VERNOTICO"
t.setTextOrigin(W / 2 - (stringWidth(s, "Times-Bold", 17) + 0.9 * len(s)) / 2, H - 22 * mm)
t.textOut(s); t.setCharSpace(0); c.drawText(t)
c.setFont("Times-Roman", 11); c.drawCentredString(W / 2, H - 28 * mm, "(Provincia di Brindisi)")
c.setFont("Times-Roman", 8); c.drawCentredString(W / 2, H - 32.5 * mm, "Piazza Giovanni Falcone, 1 - 72027 San Pietro Vernotico (BR)")
c.setLineWidth(1.6); c.line(LM, H - 35.5 * mm, RM, H - 35.5 * mm)
c.setLineWidth(0.5); c.line(LM, H - 36.6 * mm, RM, H - 36.6 * mm)
c.restoreState()
c.endForm()


def spaced(y, s, font=FB, size=12.5, cs=3.2):
    c.saveState()  # Tc is text state: keep it inside q/Q
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t.setTextOrigin(W / 2 - w / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
    c.restoreState()


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


def para(y, text, indent=0, font=F, size=SZ, label=None):
    x = LM + indent
    lines = wrap(text, font, size, RM - x)
    if label:
        c.setFont(font, size); c.drawString(LM, y, label)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0)
        if i < len(lines) - 1 and len(ws) > 1:
            t.setWordSpace((RM - x - stringWidth(s, font, size)) / (len(ws) - 1))
        else:
            t.setWordSpace(0)
        t.setTextOrigin(x, y); t.textOut(s); c.drawText(t)
        y -= LEAD
    return y - 4


# body first
y = H - 48 * mm
c.setFont(FB, 12)
c.drawString(LM, y, "ORDINANZA SINDACALE N. 41 DEL 17/12/2026")
y -= 5 * mm
c.setFont("Times-Italic", 9.5)
c.drawString(LM, y, "Ordinanza contingibile e urgente (artt. 50 e 54 D.Lgs. 267/2000)")
y -= 9 * mm
c.setFont(FB, SZ); c.drawString(LM, y, "OGGETTO:")
y = para(y, "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEL CIMITERO COMUNALE E DEI PARCHI "
            "PUBBLICI PER IL GIORNO 18 DICEMBRE 2026 A CAUSA DELL'ALLERTA METEO ARANCIONE.",
         indent=24 * mm, font=FB)
c.setLineWidth(0.5); c.setDash(2, 2); c.line(LM, y + 6, RM, y + 6); c.setDash()
y -= 8
spaced(y, "IL SINDACO"); y -= 9 * mm
for ptxt in [
    "Visto il messaggio di allerta per rischio meteo-idrogeologico e idraulico n. 26/118 emesso in "
    "data 17/12/2026 dalla Sezione Protezione Civile della Regione Puglia, che per la giornata del "
    "18/12/2026 prevede sulla zona di allerta \"Puglia E - Salento\" un livello di allerta ARANCIONE, "
    "con precipitazioni intense, venti forti di burrasca e possibili allagamenti delle aree urbane;",
    "Considerato che nel territorio comunale si sono verificati, in analoghe condizioni, allagamenti "
    "della viabilità di accesso ai plessi scolastici di via Lecce e di via Brindisi e la caduta di rami "
    "nelle aree verdi pubbliche;",
    "Sentito il Centro Operativo Comunale di Protezione Civile, attivato in data odierna;",
    "Ritenuto necessario, a tutela della pubblica incolumità, adottare misure urgenti per ridurre gli "
    "spostamenti e la permanenza delle persone nelle aree esposte a rischio;",
    "Visti gli articoli 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 2 gennaio "
    "2018, n. 1 (Codice della protezione civile);",
]:
    y = para(y, ptxt)
y -= 2
spaced(y, "O R D I N A", cs=1.2); y -= 8 * mm
para_y = y
for i, ptxt in enumerate([
    "la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, presenti sul "
    "territorio comunale, compresi gli asili nido, per l'intera giornata del 18 dicembre 2026;",
    "la chiusura del cimitero comunale, della villa comunale e di tutti i parchi e giardini pubblici "
    "per la medesima giornata;",
    "la sospensione del mercato settimanale del venerdì e di ogni manifestazione all'aperto programmata "
    "per il 18 dicembre 2026.",
], 1):
    y = para(y, ptxt, indent=8 * mm, label="%d." % i)
y -= 2
spaced(y, "D I S P O N E", cs=1.2); y -= 8 * mm
y = para(y, "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e "
            "sul sito istituzionale e trasmessa ai Dirigenti scolastici degli Istituti Comprensivi, alla "
            "Prefettura di Brindisi, al Comando di Polizia Locale e alla Stazione dei Carabinieri.")
y = para(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia - Sezione di Lecce entro "
            "60 giorni, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla "
            "pubblicazione.", size=10)
y -= 4
c.setFont(F, SZ); c.drawString(LM, y, "San Pietro Vernotico, 17/12/2026")
y -= 12 * mm
c.setFont(FB, SZ); c.drawCentredString(RM - 40 * mm, y, "IL SINDACO")
c.setFont(F, SZ); c.drawCentredString(RM - 40 * mm, y - 15, "F.to avv. Vincenzo MIGLIETTA")

# letterhead after the body
c.doForm("LH")

# protocol stamp, rotated, right margin
c.saveState()
c.translate(W - 9 * mm, 60 * mm)
c.rotate(90)
c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setFillColorRGB(0.55, 0.1, 0.1)
c.setLineWidth(0.8); c.roundRect(-3, -4, 128 * mm, 12, 2)
c.setFont("Helvetica-Bold", 7.5)
c.drawString(2, 0, "COMUNE DI SAN PIETRO VERNOTICO - PROTOCOLLO GENERALE N. 0021391 DEL 17/12/2026 - USCITA")
c.restoreState()

c.setFont("Times-Italic", 7.5)
c.drawString(LM, 12 * mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Ord. n. 41/2026")
c.showPage()
c.save()
print("bottom y", y / mm)
