#!/usr/bin/env python3
"""Comune di Cannara - determinazione (Halley-style layout) drawn with reportlab's
canvas: body justified with Tw (word spacing), heading letter-spaced with Tc,
subject and signature placed glyph by glyph, Albo stamp rotated along the left margin."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import mm

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-cannara-halley.pdf"
W, H = A4
L, R = 25 * mm, W - 20 * mm
c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
c.setTitle("Determinazione n. 156/2026"); c.setCreator("Halley Informatica - Atti Amministrativi"); c.setProducer("Halley PDF")

def glyphs(x, y, text, font="Times-Bold", size=11):
    for ch in text:
        c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size)
    return x

def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    lines.append(cur); return lines

def justified(y, text, font="Times-Roman", size=11, lead=14, first=0, width=None, left=None, glyph=False):
    left = L if left is None else left
    width = (R - left) if width is None else width
    lines = wrap(text, font, size, width - first)
    for i, ln in enumerate(lines):
        x = left + (first if i == 0 else 0)
        w = width - (first if i == 0 else 0)
        t = c.beginText(x, y); t.setFont(font, size)
        n = ln.count(" ")
        if i < len(lines) - 1 and n:
            t.setWordSpace((w - stringWidth(ln, font, size)) / n)
        t.textOut(ln)
        if i < len(lines) - 1 and n:
            t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y

def stamp():
    c.saveState(); c.setFillColorRGB(0.55, 0.1, 0.1)
    c.translate(12 * mm, 60 * mm); c.rotate(90); c.setFont("Helvetica", 7.5)
    c.drawString(0, 0, "ALBO PRETORIO ON LINE - COMUNE DI CANNARA - Pubblicazione n. 612 dal 22/05/2026 al 06/06/2026 - "
                       "documento firmato digitalmente")
    c.restoreState()

def head(page):
    c.setFont("Times-Bold", 17)
    t = c.beginText(); t.setTextOrigin(L + 38 * mm, H - 25 * mm); t.setFont("Times-Bold", 17); t.setCharSpace(2.2)
    t.textOut("COMUNE DI CANNARA"); t.setCharSpace(0); c.drawText(t)
    c.setFont("Times-Italic", 10.5); c.drawString(L + 38 * mm, H - 31 * mm, "Provincia di Perugia")
    c.setFont("Times-Roman", 8); c.drawString(L + 38 * mm, H - 35.5 * mm, "Piazza Valter Baldaccini, 1 - 06033 Cannara (PG) - tel. 0742 731811")
    # coat of arms placeholder (vector shield)
    c.setLineWidth(1); c.setStrokeColorRGB(0.2, 0.2, 0.2)
    p = c.beginPath(); x0, y0 = L + 8 * mm, H - 15 * mm
    p.moveTo(x0, y0); p.lineTo(x0 + 20 * mm, y0); p.lineTo(x0 + 20 * mm, y0 - 14 * mm)
    p.curveTo(x0 + 20 * mm, y0 - 20 * mm, x0 + 12 * mm, y0 - 23 * mm, x0 + 10 * mm, y0 - 24 * mm)
    p.curveTo(x0 + 8 * mm, y0 - 23 * mm, x0, y0 - 20 * mm, x0, y0 - 14 * mm); p.close()
    c.setFillColorRGB(0.85, 0.85, 0.6); c.drawPath(p, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6); c.line(L, H - 40 * mm, R, H - 40 * mm)
    c.setFont("Times-Italic", 8); c.drawRightString(R, 12 * mm, f"Determinazione n. 156 del 21/05/2026 - Pag. {page} di 2")
    stamp()

# ---- page 1
head(1)
y = H - 50 * mm
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2 + 2 * mm, y, "COPIA DI DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO"); y -= 9 * mm
c.rect(L, y - 17 * mm, R - L, 21 * mm)
c.setFont("Times-Bold", 11); c.drawString(L + 3 * mm, y, "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA")
c.setFont("Times-Roman", 10.5); c.drawString(L + 3 * mm, y - 5.5 * mm, "Servizio Pubblica Istruzione")
c.setFont("Times-Bold", 11)
c.drawString(L + 3 * mm, y - 12 * mm, "N. 41 DEL 21/05/2026")
c.drawRightString(R - 3 * mm, y - 12 * mm, "REGISTRO GENERALE N. 156 DEL 21/05/2026")
y -= 27 * mm
x = glyphs(L, y, "Oggetto: ", "Times-Bold", 11)
subj = ("Servizio di trasporto scolastico a.s. 2025/2026 - Liquidazione fattura n. 12/PA del 30/04/2026 alla ditta "
        "Autoservizi Topino S.n.c. - CIG B1F7E2A9C3.")
first = True
for ln in wrap(subj, "Times-Bold", 11, R - x):
    glyphs(x, y, ln, "Times-Bold", 11); y -= 14
y -= 8
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2, y, "IL RESPONSABILE DEL SERVIZIO"); y -= 18
for t in [
    "Visto il decreto sindacale n. 4 del 02/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità dell'Area Amministrativa e Servizi alla Persona, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamata la propria determinazione n. 58 del 28/08/2025 (R.G. n. 271), con la quale è stato affidato alla ditta Autoservizi Topino S.n.c., con sede in Bevagna (PG), il servizio di trasporto scolastico per l'anno scolastico 2025/2026, per l'importo complessivo di euro 96.800,00 IVA compresa, ed è stato assunto il relativo impegno di spesa;",
    "Vista la fattura elettronica n. 12/PA del 30/04/2026, acquisita al protocollo dell'Ente al n. 5231 del 04/05/2026, dell'importo di euro 9.680,00 IVA compresa, relativa al servizio reso nel mese di aprile 2026;",
    "Accertata la regolarità del servizio svolto e verificata la regolarità contributiva della ditta mediante DURC on line prot. INAIL_51877420, con scadenza il 18/08/2026;",
    "Dato atto che ai sensi dell'art. 6-bis della L. n. 241/1990 non sussistono situazioni di conflitto di interessi in capo alla sottoscritta;",
]:
    y = justified(y, t, first=8 * mm) - 4
c.showPage()
# ---- page 2
head(2)
y = H - 50 * mm
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2, y, "D E T E R M I N A"); y -= 18
for i, t in enumerate([
    "di liquidare e pagare alla ditta Autoservizi Topino S.n.c. la somma di euro 9.680,00, di cui euro 8.800,00 per imponibile ed euro 880,00 per IVA al 10%, a saldo della fattura n. 12/PA del 30/04/2026;",
    "di imputare la spesa sull'impegno n. 512/2025, al capitolo 1870/10 del bilancio 2026/2028, esercizio 2026, gestione residui;",
    "di versare l'IVA all'Erario secondo il meccanismo della scissione dei pagamenti di cui all'art. 17-ter del D.P.R. n. 633/1972;",
    "di trasmettere il presente provvedimento all'Area Economico-Finanziaria per gli adempimenti di competenza.",
], 1):
    c.setFont("Times-Roman", 11); c.drawString(L + 2 * mm, y, f"{i})")
    y = justified(y, t, left=L + 9 * mm) - 4
y -= 10
c.setFont("Times-Roman", 11); c.drawString(L, y, "Cannara, 21/05/2026")
glyphs(R - 75 * mm, y, "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 10.5); y -= 14
glyphs(R - 68 * mm, y, "Dott.ssa Marinella Properzi", "Times-Italic", 11); y -= 30
c.rect(L, y - 30 * mm, R - L, 34 * mm)
c.setFont("Times-Bold", 10); c.drawString(L + 3 * mm, y, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
y = justified(y - 14, "Si attesta, ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000, la regolarità contabile e la copertura finanziaria della spesa. Liquidazione n. 847 del 21/05/2026.",
              size=10, lead=12.5, left=L + 3 * mm, width=R - L - 6 * mm)
c.setFont("Times-Roman", 10); c.drawString(L + 3 * mm, y - 4, "Il Responsabile dell'Area Economico-Finanziaria - Rag. Fabrizio Sorbelli")
c.save()
