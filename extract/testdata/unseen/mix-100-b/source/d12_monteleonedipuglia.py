# Comune di Monteleone di Puglia (FG) - decreto sindacale: every justified line sets its own word spacing
# (Tw); headings letter-spaced with character spacing (Tc); number and date printed only in the box at the
# foot of the last page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 72, W - 66
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Decreto"); c.setCreator("Gies Atti"); c.setProducer("ReportLab PDF Library - www.reportlab.com")
y = [H - 60]
def spaced(s, font, size, cs, lead):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText((L + R) / 2 - w / 2, y[0]); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t); y[0] -= lead
def para(text, font="Times-Roman", size=11.5, lead=15, first=0, after=5):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else 0
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        ind = first if i == 0 else 0; s = " ".join(ln)
        t = c.beginText(L + ind, y[0]); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= after
spaced("COMUNE DI MONTELEONE DI PUGLIA", "Times-Bold", 15, 1.6, 16)
spaced("Provincia di Foggia", "Times-Italic", 10.5, 0.5, 12)
c.line(L, y[0], R, y[0]); y[0] -= 34
spaced("DECRETO DEL SINDACO", "Times-Bold", 14, 4, 26)
t = c.beginText(L, y[0]); t.setFont("Times-Bold", 11.5); t.textOut("Oggetto:"); c.drawText(t)
para("Nomina del Responsabile del Settore Tecnico – Manutentivo e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000 per il periodo dal 1° marzo 2026 al 31 dicembre 2026.", font="Times-Bold", first=50, after=16)
spaced("IL SINDACO", "Times-Bold", 12, 3, 20)
for s in ["VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
          "VISTO l'art. 109, comma 2, del medesimo decreto, secondo il quale nei Comuni privi di personale con qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli uffici e dei servizi;",
          "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi e il CCNL Funzioni Locali del 16 novembre 2022, in materia di incarichi di Elevata Qualificazione;",
          "RITENUTO di confermare nell'incarico il dipendente arch. Michele Pizzi, inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione, in possesso della professionalità richiesta;"]:
    para(s)
y[0] -= 4; spaced("DECRETA", "Times-Bold", 12, 3, 20)
for n, s in [("1)", "di nominare l'arch. Michele Pizzi Responsabile del Settore Tecnico – Manutentivo, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000, dal 1° marzo 2026 al 31 dicembre 2026;"),
             ("2)", "di attribuire al medesimo la retribuzione di posizione annua di euro 12.500,00, oltre alla retribuzione di risultato nella misura prevista dal sistema di valutazione;"),
             ("3)", "di disporre che, in caso di assenza o impedimento, le funzioni siano svolte dal Segretario Comunale;"),
             ("4)", "di trasmettere il presente decreto all'interessato, al Servizio Personale e all'Organismo di Valutazione.")]:
    t = c.beginText(L, y[0]); t.setFont("Times-Roman", 11.5); t.textOut(n); c.drawText(t); para(s, first=22)
y[0] -= 18
c.setFont("Times-Bold", 11.5); c.drawCentredString(R - 100, y[0], "IL SINDACO"); c.setFont("Times-Roman", 11.5); c.drawCentredString(R - 100, y[0] - 15, "ing. Giovanni Campese")
c.setLineWidth(0.8); c.rect(L, 52, 230, 42)
c.setFont("Times-Bold", 10); c.drawString(L + 8, 80, "Decreto n. 3 del 02/03/2026")
c.setFont("Times-Roman", 8.5); c.drawString(L + 8, 66, "Registro dei decreti sindacali – anno 2026"); c.drawString(L + 8, 57, "Prot. gen. n. 1184 del 02/03/2026")
c.showPage(); c.save()
