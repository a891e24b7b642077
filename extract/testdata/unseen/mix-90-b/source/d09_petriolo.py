# Comune di Petriolo: reportlab; letterhead and foot are Form XObjects reused on both pages, the
# body is drawn BEFORE the letterhead and the register box is drawn last (out of reading order);
# body lines justified with word spacing (Tw).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))
W, H = A4; LM, RM = 62, W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4, invariant=1); c.setTitle("Determinazione R.G. 129/2026")
c.beginForm("lh")
c.setFont("DSB", 14); c.drawCentredString(W / 2, H - 52, "COMUNE DI PETRIOLO")
c.setFont("DS", 8); c.drawCentredString(W / 2, H - 64, "Provincia di Macerata – Via Vittorio Emanuele II, 1 – 62014 Petriolo (MC)")
c.setFont("DS", 9); c.drawString(LM, H - 86, "AREA TECNICA"); c.drawString(LM + 12, H - 98, "Settore Urbanistica e Territorio"); c.drawString(LM + 24, H - 110, "Servizio Edilizia Privata e SUE")
c.line(LM, H - 118, RM, H - 118)
c.endForm()
c.beginForm("ft")
c.setFont("DS", 7); c.line(LM, 46, RM, 46)
c.drawString(LM, 36, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – l'originale è conservato negli archivi informatici del Comune di Petriolo")
c.endForm()
def just(y, text, font="DS", size=9.5, lead=13.2, ind=0):
    words = text.split(); lines = []; cur = []
    width = RM - LM - ind
    for w in words:
        if cur and pdfmetrics.stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(LM + ind, y); t.setFont(font, size)
        ws = (width - pdfmetrics.stringWidth(s, font, size)) / (len(l) - 1) if i < len(lines) - 1 and len(l) > 1 else 0
        t.setWordSpace(ws); t.textLine(s); t.setWordSpace(0); c.drawText(t); y -= lead
    return y - 4
def page(body_fn, n, last=False):
    y = body_fn()
    c.doForm("lh"); c.doForm("ft")
    c.setFont("DS", 7.5); c.drawRightString(RM, 36 - 10, "pag. %d di 2" % n)
    return y
def p1():
    y = H - 250
    y = just(y, "OGGETTO: Rimborso degli oneri di urbanizzazione e del contributo sul costo di costruzione versati e non dovuti per il permesso di costruire n. 14/2024 (pratica SUE 2024/031), a seguito di rinuncia del titolare – Impegno e liquidazione.", "DSB", 9.8)
    c.setFont("DSB", 10); c.drawCentredString(W / 2, y - 4, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 24
    for t in ["Visto il permesso di costruire n. 14/2024 rilasciato il 12/06/2024 per la realizzazione di un fabbricato artigianale in località Valcimarra, per il quale il titolare ha versato oneri di urbanizzazione primaria e secondaria per euro 7.412,60 e contributo sul costo di costruzione per euro 2.188,40;",
              "Vista l'istanza del 10/03/2026, acquisita al protocollo n. 1286, con la quale il titolare dichiara di rinunciare al permesso di costruire senza aver dato inizio ai lavori e chiede la restituzione delle somme versate;",
              "Accertato, con sopralluogo del Servizio Edilizia Privata e SUE del 02/04/2026, che i lavori non sono stati iniziati e che il titolo è decaduto ai sensi dell'art. 15 del D.P.R. 380/2001;",
              "Richiamato il consolidato orientamento giurisprudenziale secondo il quale il contributo di costruzione è dovuto solo in presenza di effettiva trasformazione del territorio, con conseguente obbligo di restituzione in caso di mancata realizzazione dell'intervento;",
              "Dato atto che la somma di euro 9.601,00 trova copertura al capitolo 3050 \"Restituzione oneri di urbanizzazione\" del bilancio 2026-2028, esercizio 2026;",
              "Visti gli artt. 107, 183 e 184 del D.Lgs. 267/2000 e il decreto sindacale n. 5 del 09/01/2026 di nomina del Responsabile dell'Area Tecnica;"]:
        y = just(y, t)
    return y
def p2():
    y = H - 150
    c.setFont("DSB", 10); c.drawCentredString(W / 2, y, "DETERMINA"); y -= 20
    for t in ["1. di impegnare la somma di euro 9.601,00 al capitolo 3050 del bilancio 2026-2028, esercizio 2026, a favore del titolare del permesso di costruire n. 14/2024, i cui dati sono omessi nel rispetto della normativa sulla protezione dei dati personali;",
              "2. di liquidare al medesimo la somma di euro 9.601,00, a titolo di rimborso degli oneri di urbanizzazione (euro 7.412,60) e del contributo sul costo di costruzione (euro 2.188,40) versati e non dovuti;",
              "3. di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile e l'emissione del mandato di pagamento."]:
        y = just(y, t, ind=0)
    y -= 14
    c.setFont("DS", 9.5); c.drawString(RM - 210, y, "Il Responsabile dell'Area Tecnica"); c.setFont("DSB", 9.5); c.drawString(RM - 210, y - 13, "geom. Alessandro Mercuri")
    y -= 50
    c.setFont("DSB", 8.5); c.drawString(LM, y, "VISTO DI REGOLARITÀ CONTABILE"); c.setFont("DS", 8.5)
    c.drawString(LM, y - 12, "Favorevole. Impegno n. 301/2026 – Liquidazione n. 288/2026. Petriolo, 04/05/2026"); c.drawString(LM, y - 24, "Il Responsabile dell'Area Finanziaria – dott.ssa Chiara Properzi")
    return y
page(p1, 1)
# register box, drawn last on page 1 although it stands above the subject
c.setLineWidth(0.7); c.rect(LM, H - 214, RM - LM, 80)
c.setFont("DSB", 11); c.drawCentredString(W / 2, H - 150, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA")
c.setFont("DS", 9.5)
c.drawString(LM + 10, H - 170, "Registro Generale n. 129"); c.drawString(LM + 250, H - 170, "del 30/04/2026")
c.drawString(LM + 10, H - 185, "Registro di Settore n. 33"); c.drawString(LM + 250, H - 185, "del 29/04/2026")
c.drawString(LM + 10, H - 205, "Ufficio proponente: Servizio Edilizia Privata e SUE – Resp. proc.: arch. Valeria Pallotta")
c.showPage()
page(p2, 2); c.showPage(); c.save()
