# Ordinanza ORD-2026-14, Comune di Cortemaggiore: reportlab, justified lines with Tw, letter-spaced headings (Tc), rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("ORD-2026-14")
def spaced(x, y, s, font, size, tc):
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc); t.textLine(s); t.setCharSpace(0); c.drawText(t)
def para(y, text, font="Times-Roman", size=11, width=W-150, x=80):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur+[w]), font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(x, y); t.setFont(font, size)
        if i < len(lines)-1 and len(l) > 1:
            t.setWordSpace((width - stringWidth(s, font, size)) / (len(l)-1))
        t.textLine(s); c.drawText(t); y -= size*1.35
    return y - 4
spaced(80, H-60, "COMUNE DI CORTEMAGGIORE", "Helvetica-Bold", 15, 2.2)
c.setFont("Helvetica", 9); c.drawString(80, H-74, "Provincia di Piacenza – Piazza Patrioti 8 – 29016 Cortemaggiore (PC)")
c.drawString(80, H-86, "Area Tecnica – Servizio Lavori Pubblici e Viabilità – Ufficio Traffico")
c.line(80, H-92, W-70, H-92)
c.rect(W-200, H-140, 130, 38); c.setFont("Helvetica-Bold", 10); c.drawString(W-194, H-116, "ORD-2026-14")
c.setFont("Helvetica", 9); c.drawString(W-194, H-132, "del 16/04/2026")
spaced(80, H-125, "ORDINANZA DIRIGENZIALE", "Helvetica-Bold", 13, 1.5)
y = H-165
y = para(y, "OGGETTO: Istituzione del divieto di transito e di sosta in via Roma e in piazza Patrioti in occasione della manifestazione \"Fiera di San Giorgio\" dal 24 al 26 aprile 2026.", "Times-Bold")
y = para(y, "IL RESPONSABILE DELL'AREA TECNICA")
for s in ["Vista la richiesta della Pro Loco di Cortemaggiore, pervenuta al protocollo n. 2954 del 3 aprile 2026, per lo svolgimento della tradizionale Fiera di San Giorgio nel centro storico;",
          "Ritenuto necessario, per ragioni di sicurezza e di fluidità della circolazione, disciplinare temporaneamente il traffico veicolare nelle strade interessate dalla manifestazione;",
          "Visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'articolo 107 del D.Lgs. 267/2000;"]:
    y = para(y, s)
spaced(260, y-6, "O R D I N A", "Times-Bold", 12, 1); y -= 28
for i, s in enumerate(["il divieto di transito e di sosta con rimozione forzata in via Roma, nel tratto tra via Cavour e piazza Patrioti, dalle ore 7.00 del 24 aprile alle ore 24.00 del 26 aprile 2026;",
          "il divieto di sosta con rimozione forzata in piazza Patrioti per il medesimo periodo, eccettuati i veicoli degli espositori autorizzati;",
          "che la Polizia Locale dell'Unione Valdarda e l'Ufficio Tecnico provvedano all'apposizione della prescritta segnaletica almeno 48 ore prima."], 1):
    y = para(y, f"{i}) {s}")
y = para(y, "Contro la presente ordinanza è ammesso ricorso al TAR dell'Emilia-Romagna entro 60 giorni dalla pubblicazione.")
c.setFont("Times-Roman", 11); c.drawString(330, y-20, "Il Responsabile dell'Area Tecnica"); c.drawString(350, y-34, "arch. Daniele Sozzi")
c.saveState(); c.translate(40, 250); c.rotate(90); c.setFillColorRGB(0.6, 0, 0); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – PUBBLICATO IL 16/04/2026 – REG. N. 388"); c.restoreState()
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "Comune di Cortemaggiore – ORD-2026-14 – pagina 1 di 1")
c.save()
