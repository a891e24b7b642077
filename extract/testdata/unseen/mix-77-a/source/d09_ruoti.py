# Ruoti: reportlab; justified lines set Tw (word spacing), headings set Tc; letterhead and rotated Albo stamp as Form XObjects
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Civilia Next Reports")
F, Z, W, X0 = "Times-Roman", 11, 470, 70
def just(y, text, f=F, z=Z, w=W, x0=X0):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), f, z) > w: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(x0, y); t.setFont(f, z); t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines) - 1 and len(l) > 1: t.setWordSpace((w - stringWidth(s, f, z)) / (len(l) - 1))
        t.textLine(s); c.drawText(t); y -= z + 3
    return y - 4
def spaced(y, s, f="Times-Bold", z=12, tc=2.5):
    wdt = stringWidth(s, f, z) + tc * len(s); t = c.beginText(297 - wdt / 2, y); t.setFont(f, z); t.setCharSpace(tc); t.textLine(s); c.drawText(t)
c.beginForm("stamp"); c.saveState(); c.translate(578, 300); c.rotate(90); c.setFillColorRGB(.7, 0, 0); c.setStrokeColorRGB(.7, 0, 0)
c.rect(0, 0, 300, 22); c.setFont("Helvetica", 8); c.drawString(6, 8, "PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 20/03/2026 - N. 298"); c.restoreState(); c.endForm()
c.beginForm("head"); c.setFont("Times-Bold", 18); c.drawCentredString(297, 790, "COMUNE DI RUOTI"); c.setFont("Times-Italic", 11)
c.drawCentredString(297, 775, "Provincia di Potenza"); c.line(70, 766, 540, 766); c.endForm()
c.doForm("stamp")  # drawn before the letterhead
c.doForm("head")
c.setLineWidth(.6); c.rect(70, 700, 470, 54)
for i, (a, b) in enumerate([("REGISTRO GENERALE N. 119", "DEL 19/03/2026"), ("REGISTRO DI SETTORE N. 31", "DEL 18/03/2026")]):
    c.setFont("Times-Bold", 11); c.drawString(80, 736 - i * 24, a); c.drawString(330, 736 - i * 24, b)
c.line(70, 727, 540, 727)
spaced(678, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
spaced(660, "SETTORE TECNICO - SERVIZIO URBANISTICA ED EDILIZIA PRIVATA", "Times-Roman", 10, 1.2)
c.setFont("Times-Bold", 11); c.drawString(70, 634, "OGGETTO:")
y = just(634, "Incarico professionale per la redazione del Piano di Protezione Civile comunale – Affidamento diretto all'ing. Donato Pace – Impegno di spesa. CIG B6A9E33F02 – CUP G91B26000070002.", "Times-Bold", 11, 395, 145)
spaced(y - 4, "IL RESPONSABILE DEL SETTORE", "Times-Bold", 11, 1.5); y -= 26
for t in ["Premesso che il Comune di Ruoti è beneficiario di un finanziamento regionale di € 18.000,00 per l'aggiornamento del Piano di Protezione Civile comunale, giusta nota della Regione Basilicata prot. 44127 del 18/02/2026;",
          "Considerato che all'interno dell'Ente non sono presenti figure professionali in grado di redigere il Piano e che si rende necessario il ricorso a un professionista esterno;",
          "Visto il curriculum e il preventivo dell'ing. Donato Pace, iscritto all'Ordine degli Ingegneri della Provincia di Potenza al n. 2417, che ha offerto un compenso di € 13.500,00 oltre oneri previdenziali e IVA, ritenuto congruo;",
          "Visti il D.Lgs. 36/2023, art. 50, comma 1, lett. b), e il D.Lgs. 267/2000;"]:
    y = just(y, t)
spaced(y - 4, "D E T E R M I N A", "Times-Bold", 11, 1); y -= 24
for n, t in [("1)", "di affidare all'ing. Donato Pace l'incarico per la redazione del Piano di Protezione Civile comunale per il compenso di € 13.500,00 oltre CNPAIA al 4% e IVA al 22%;"),
             ("2)", "di impegnare la somma complessiva di € 17.128,80 sul capitolo 2290 del bilancio 2026-2028, esercizio 2026;"),
             ("3)", "di approvare lo schema di disciplinare d'incarico allegato;"),
             ("4)", "di nominare RUP il geom. Antonio Laurino.")]:
    t0 = c.beginText(X0, y); t0.setFont(F, Z); t0.setCharSpace(0); t0.setWordSpace(0); t0.textOut(n); c.drawText(t0); y = just(y, t, w=450, x0=90)
c.setFont(F, Z); c.drawString(330, y - 20, "Il Responsabile del Settore Tecnico"); c.setFont("Times-Italic", Z); c.drawString(350, y - 34, "arch. Canio Salvia")
c.showPage(); c.save()
