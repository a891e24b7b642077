#!/usr/bin/env python3
"""Comune di Camporosso - determinazione (APKappa-style layout).
Letterhead, register box and footer live in Form XObjects reused on each page;
the heading is letter-spaced with Tc; each page's blocks are drawn bottom-up
(signature and points before the premises, the register box last), so the
content stream is out of reading order while the page reads normally."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import mm

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-camporosso-apkappa.pdf"
W, H = A4
L, R = 22 * mm, W - 22 * mm
c = canvas.Canvas(out, pagesize=A4)
c.setCreator("APKappa - Sfera Atti"); c.setTitle("DT 214-2026")
F, FB = "Helvetica", "Helvetica-Bold"

def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    lines.append(cur); return lines

def block(y, text, font=F, size=10, lead=13, left=L, width=None):
    """returns list of (x, y, line) and next y; drawing deferred"""
    width = (R - left) if width is None else width
    res = []
    for ln in wrap(text, font, size, width):
        res.append((left, y, ln, font, size)); y -= lead
    return res, y

# ---- reusable forms
c.beginForm("letterhead")
c.setFillColorRGB(0.05, 0.3, 0.55); c.rect(L, H - 30 * mm, 14 * mm, 16 * mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont(FB, 9); c.drawCentredString(L + 7 * mm, H - 23.5 * mm, "CR")
c.setFillColorRGB(0.05, 0.3, 0.55); c.setFont(FB, 15); c.drawString(L + 18 * mm, H - 20 * mm, "COMUNE DI CAMPOROSSO")
c.setFillColorRGB(0.2, 0.2, 0.2); c.setFont(F, 9); c.drawString(L + 18 * mm, H - 25 * mm, "Provincia di Imperia")
c.setFont(F, 7.5); c.drawString(L + 18 * mm, H - 29 * mm, "Via Vittorio Emanuele, 41 - 18033 Camporosso (IM) - P.IVA 00247680087 - comune.camporosso@legalmail.it")
c.setStrokeColorRGB(0.05, 0.3, 0.55); c.setLineWidth(1.2); c.line(L, H - 33 * mm, R, H - 33 * mm)
c.endForm()

c.beginForm("footer")
c.setFillColorRGB(0.35, 0.35, 0.35); c.setFont(F, 7)
c.drawString(L, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.")
c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setLineWidth(0.4); c.line(L, 15 * mm, R, 15 * mm)
c.endForm()

c.beginForm("regbox")
c.setFillColorRGB(0, 0, 0)
t = c.beginText(); t.setTextOrigin(L + 8 * mm, H - 43 * mm); t.setFont(FB, 13); t.setCharSpace(5.5)
t.textOut("DETERMINAZIONE"); t.setCharSpace(0); c.drawText(t)
c.setFillColorRGB(0.92, 0.94, 0.97); c.setStrokeColorRGB(0.05, 0.3, 0.55); c.setLineWidth(0.6)
c.rect(L, H - 66 * mm, R - L, 18 * mm, fill=1, stroke=1)
c.setFillColorRGB(0, 0, 0); c.setFont(FB, 10)
c.drawString(L + 3 * mm, H - 53 * mm, "AREA TECNICA MANUTENTIVA")
c.setFont(F, 9.5); c.drawString(L + 3 * mm, H - 58 * mm, "Servizio Ambiente e Protezione Civile")
c.setFont(FB, 9.5)
c.drawString(L + 3 * mm, H - 63.5 * mm, "Reg. Gen. N. 214 del 09/06/2026")
c.drawRightString(R - 3 * mm, H - 63.5 * mm, "Reg. Area N. 88 del 08/06/2026")
c.endForm()

def emit(items):
    for x, y, ln, font, size in items:
        c.setFont(font, size); c.drawString(x, y, ln)

def pageno(n):
    c.setFont(F, 7); c.drawRightString(R, 8 * mm, f"Pag. {n}/2")

# ---- page 1 content computed top-down, drawn bottom-up
y = H - 74 * mm
subj_lines = wrap("Oggetto: Interventi urgenti di pulizia dell’alveo del torrente Nervia a seguito degli eventi meteorologici "
                  "del 2-3 maggio 2026 - Approvazione del verbale di somma urgenza e impegno di spesa.", FB, 10.5, R - L)
subj = []
for ln in subj_lines:
    subj.append((L, y, ln, FB, 10.5)); y -= 13.5
y -= 6
resp = [(W / 2 - stringWidth("IL RESPONSABILE DELL’AREA TECNICA MANUTENTIVA", FB, 10) / 2, y, "IL RESPONSABILE DELL’AREA TECNICA MANUTENTIVA", FB, 10)]
y -= 18
prem = []
for t in [
    "Premesso che nei giorni 2 e 3 maggio 2026 il territorio comunale è stato interessato da precipitazioni di forte intensità, per le quali è stato attivato il Centro Operativo Comunale, e che il trasporto di materiale litoide e vegetale ha ridotto la sezione di deflusso del torrente Nervia nel tratto compreso tra il ponte di Via Braie e la passerella pedonale di Località Brunetti;",
    "Visto il verbale di somma urgenza redatto dal sottoscritto in data 05/05/2026, ai sensi dell’art. 140 del D.Lgs. 31 marzo 2023, n. 36, con il quale è stata disposta l’immediata esecuzione dei lavori di rimozione del materiale e ripristino della sezione idraulica;",
    "Vista la perizia giustificativa dei lavori, redatta in data 19/05/2026, dell’importo di euro 24.600,00 oltre IVA, affidati alla ditta Movimento Terra Intemelia S.r.l. di Ventimiglia;",
    "Vista la deliberazione della Giunta Comunale n. 61 del 29/05/2026, con la quale è stata riconosciuta la spesa e individuata la relativa copertura finanziaria;",
    "Visto il decreto sindacale n. 7 del 30/12/2025 di nomina dei Responsabili di Area;",
]:
    items, y = block(y, t); prem += items; y -= 5
# draw bottom-up: footer, premises reversed, responsible line, subject, regbox, letterhead
c.doForm("footer"); pageno(1)
emit(reversed(prem)); emit(resp); emit(reversed(subj))
c.doForm("regbox"); c.doForm("letterhead")
c.showPage()

# ---- page 2
y = H - 74 * mm
head = [(W / 2 - stringWidth("D E T E R M I N A", FB, 11) / 2, y, "D E T E R M I N A", FB, 11)]
y -= 18
pts = []
for i, t in enumerate([
    "di approvare il verbale di somma urgenza del 05/05/2026 e la perizia giustificativa del 19/05/2026 relativi agli interventi di pulizia dell’alveo del torrente Nervia;",
    "di impegnare a favore della ditta Movimento Terra Intemelia S.r.l., con sede in Ventimiglia (IM), la somma complessiva di euro 30.012,00 (IVA 22% compresa) al capitolo 9420/5 del bilancio 2026/2028, esercizio 2026;",
    "di dare atto che il CIG attribuito all’intervento è B7D31F0A26 e che il RUP è il sottoscritto Responsabile dell’Area;",
    "di trasmettere copia del presente atto alla Regione Liguria - Settore Protezione Civile, ai fini della richiesta di contributo.",
], 1):
    pts.append((L, y, f"{i}.", FB, 10))
    items, y = block(y, t, left=L + 7 * mm); pts += items; y -= 5
y -= 14
sig = [(R - 80 * mm, y, "IL RESPONSABILE DELL’AREA TECNICA MANUTENTIVA", FB, 9.5),
       (R - 62 * mm, y - 13, "Geom. Stefano Biancheri", F, 10),
       (R - 62 * mm, y - 25, "(firmato digitalmente)", F, 8.5)]
y -= 50
vis = []
vis.append((L + 3 * mm, y, "VISTO DI REGOLARITÀ CONTABILE", FB, 9.5))
items, y2 = block(y - 13, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 602/2026. Camporosso, 09/06/2026 - Il Responsabile dell’Area Finanziaria, Dott.ssa Laura Orengo.", size=9, lead=11.5, left=L + 3 * mm, width=R - L - 6 * mm)
vis += items
c.doForm("footer"); pageno(2)
c.setStrokeColorRGB(0.05, 0.3, 0.55); c.rect(L, y2 + 2, R - L, y - y2 + 10, stroke=1, fill=0)
emit(vis); emit(reversed(sig)); emit(reversed(pts)); emit(head)
c.doForm("regbox"); c.doForm("letterhead")
c.showPage()
c.save()
