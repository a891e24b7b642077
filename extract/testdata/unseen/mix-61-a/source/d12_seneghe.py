# Comune di Seneghe: decreto sindacale, ReportLab canvas. Letterhead is a Form XObject; every justified line
# sets its own word spacing (Tw), headings are letter-spaced with Tc; the Albo stamp is drawn first, rotated
# 90 degrees in the left margin; the signature block is drawn before the body (out of reading order).
# Number and date as "n. 4 del 11.5.2026"; the date also in words at the end.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
L, R = 72, W - 64
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Siscom Atti Sindacali 2.3"); c.setTitle("Decreto sindacale n. 4/2026")

# letterhead as a Form XObject
c.beginForm("lh")
c.setFillColorRGB(0.45, 0.12, 0.12); c.rect(L, H - 98, 6, 46, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
t = c.beginText(L + 16, H - 66); t.setFont("Times-Bold", 18); t.setCharSpace(1.5); t.textOut("COMUNE DI SENEGHE"); t.setCharSpace(0); c.drawText(t)
t = c.beginText(L + 16, H - 81); t.setFont("Times-Italic", 10); t.textOut("Provincia di Oristano"); c.drawText(t)
t = c.beginText(L + 16, H - 94); t.setFont("Helvetica", 7.5); t.textOut("Corso Umberto I, 65 - 09070 Seneghe (OR) - tel. 0783 54101 - protocollo@pec.comune.seneghe.or.it"); c.drawText(t)
c.setLineWidth(0.6); c.line(L, H - 106, R, H - 106)
c.endForm()

# Albo stamp, rotated, first in the stream
c.saveState(); c.translate(40, 300); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.25, 0.6); c.setFillColorRGB(0.1, 0.25, 0.6)
c.rect(0, -8, 300, 26, stroke=1, fill=0)
t = c.beginText(6, 8); t.setFont("Helvetica-Bold", 7); t.textOut("ALBO PRETORIO ON LINE - COMUNE DI SENEGHE"); c.drawText(t)
t = c.beginText(6, -2); t.setFont("Helvetica", 7); t.textOut("Reg. pubbl. n. 218 - affisso il 12/05/2026 - defisso il 27/05/2026"); c.drawText(t)
c.restoreState()

# signature block before the body
sy = 178
def cline(y, s, font, size, x=None, cs=0):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText((W - w) / 2 if x is None else x - w / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.setWordSpace(0); t.textOut(s); c.drawText(t)
cline(sy, "IL SINDACO", "Times-Bold", 11.5, x=R - 100, cs=1.2)
cline(sy - 15, "Dott. Albino Scanu", "Times-Roman", 11.5, x=R - 100)
cline(sy - 28, "(firma digitale ai sensi dell'art. 24 del D.Lgs. 82/2005)", "Times-Italic", 8, x=R - 100)

c.doForm("lh")
FONT, SIZE, LEAD = "Times-Roman", 11.5, 15.2
def para(y, s, font=FONT, size=SIZE, indent=0, first=None):
    words = s.split(); x0 = L + indent; width = R - x0
    lines, cur = [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur); cur = []
        cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        txt = " ".join(ln); last = i == len(lines) - 1
        tw = 0 if last or len(ln) < 2 else (width - stringWidth(txt, font, size)) / (len(ln) - 1)
        if first and i == 0:
            t = c.beginText(L, y); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0); t.textOut(first); c.drawText(t)
        t = c.beginText(x0, y); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(tw); t.textOut(txt); c.drawText(t)
        y -= LEAD
    return y - 4

y = H - 140
cline(y, "DECRETO SINDACALE", "Times-Bold", 14, cs=2.5); y -= 18
cline(y, "n. 4 del 11.5.2026", "Times-Bold", 12); y -= 26
t = c.beginText(L, y); t.setFont("Times-Bold", 11.5); t.setCharSpace(0); t.setWordSpace(0); t.textOut("OGGETTO:"); c.drawText(t)
y = para(y, "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000 per il periodo dal 15 maggio al 31 dicembre 2026.", font="Times-Bold", indent=62)
y -= 6
cline(y, "IL SINDACO", "Times-Bold", 12, cs=2); y -= 20
for s in [
 "PREMESSO che con deliberazione della Giunta Comunale n. 29 del 23/04/2026 è stata approvata la nuova struttura organizzativa dell'Ente, articolata nell'Area Amministrativa, nell'Area Finanziaria e nell'Area Tecnica;",
 "DATO ATTO che il precedente Responsabile dell'Area Tecnica è cessato dal servizio per trasferimento presso altra amministrazione con decorrenza dal 1° maggio 2026;",
 "VISTO il contratto individuale di lavoro stipulato in data 08/05/2026 con l'ing. Sara Obinu, assunta a tempo pieno e indeterminato nel profilo di Funzionario tecnico dell'area dei Funzionari e dell'Elevata Qualificazione;",
 "VISTI gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, il C.C.N.L. Funzioni Locali del 16/11/2022 e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;"]:
    y = para(y, s)
y -= 2
cline(y, "DECRETA", "Times-Bold", 12, cs=3); y -= 20
for i, s in enumerate([
 "di nominare l'ing. Sara Obinu Responsabile dell'Area Tecnica del Comune di Seneghe, con attribuzione delle funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, per il periodo dal 15 maggio al 31 dicembre 2026;",
 "di attribuire alla stessa l'incarico di Elevata Qualificazione, con la retribuzione di posizione annua di € 9.500,00 per tredici mensilità, fatta salva la retribuzione di risultato;",
 "di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile dell'Area Amministrativa;",
 "di notificare il presente decreto all'interessata e di trasmetterlo al Segretario comunale e al Servizio Personale."], 1):
    y = para(y, s, indent=20, first="%d)" % i)
y -= 6
t = c.beginText(L, y); t.setFont(FONT, SIZE); t.setCharSpace(0); t.setWordSpace(0)
t.textOut("Dato in Seneghe, nella Casa comunale, addì undici del mese di maggio duemilaventisei."); c.drawText(t)
c.setLineWidth(0.4); c.line(L, 52, R, 52)
t = c.beginText(L, 40); t.setFont("Helvetica", 7.5); t.setCharSpace(0); t.setWordSpace(0); t.textOut("Decreto sindacale n. 4/2026 - Ufficio del Sindaco - pag. 1/1"); c.drawText(t)
c.showPage(); c.save()
