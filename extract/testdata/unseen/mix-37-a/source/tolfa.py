"""Determinazione, Comune di Tolfa, in the manner of a Sicraweb print, with an awkward text layer:
- letterhead and headings placed glyph by glyph (one BT/ET per character),
- body paragraphs justified with the Tw operator (word spacing), headings spaced with Tc,
- the Albo stamp rotated along the right margin on every page."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

W, H = A4
LM, RM = 62, W - 70
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=1)
c.setTitle("DT_187_2026"); c.setCreator("Sicraweb - Stampa atto"); c.setAuthor("")

def glyphs(x, y, s, font, size, track=0.0):
    """one drawString per glyph, advancing by the glyph width (+ tracking)"""
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)
        x += stringWidth(ch, font, size) + track
    return x

def glyphs_centered(y, s, font, size, track=0.0):
    w = sum(stringWidth(ch, font, size) + track for ch in s) - track
    glyphs((W - w) / 2, y, s, font, size, track)

def justified(y, text, font="Times-Roman", size=11, lead=14.2, x0=LM, x1=RM, first_indent=0):
    """justify every line but the last with Tw"""
    width = x1 - x0
    words = text.split(" ")
    lines, cur = [], []
    avail = width - first_indent
    for w_ in words:
        trial = " ".join(cur + [w_])
        if cur and stringWidth(trial, font, size) > avail:
            lines.append(cur); cur = [w_]; avail = width
        else:
            cur.append(w_)
    lines.append(cur)
    for i, lw in enumerate(lines):
        s = " ".join(lw)
        xs = x0 + (first_indent if i == 0 else 0)
        t = c.beginText(xs, y); t.setFont(font, size)
        if i < len(lines) - 1 and len(lw) > 1:
            room = (x1 - xs) - stringWidth(s, font, size)
            t.setWordSpace(room / (len(lw) - 1))
        t.textOut(s)
        if i < len(lines) - 1 and len(lw) > 1: t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y

def stamp():
    c.saveState()
    c.translate(W - 30, 150); c.rotate(90)
    c.setFillColorRGB(0.55, 0.0, 0.0); c.setStrokeColorRGB(0.55, 0.0, 0.0)
    c.setLineWidth(0.6); c.rect(-4, -12, 560, 20, stroke=1, fill=0)
    c.setFont("Helvetica", 7.5)
    c.drawString(0, -5, "COMUNE DI TOLFA – ALBO PRETORIO ON LINE – Pubblicazione n. 402 dal 13/03/2026 al 28/03/2026 – Documento firmato digitalmente (D.Lgs. 82/2005)")
    c.restoreState()

def footer(page, pages):
    c.setFont("Helvetica", 7); c.setFillGray(0.3)
    c.drawString(LM, 34, "Determinazione n. 187 del 12/03/2026 – Area Tecnica")
    c.drawRightString(RM, 34, f"Pag. {page} di {pages}")
    c.setFillGray(0)

# ---- page 1
stamp()
c.setLineWidth(1)
c.circle(LM + 22, H - 62, 20)
c.setFont("Times-Bold", 8); c.drawCentredString(LM + 22, H - 65, "TOLFA")
glyphs(LM + 56, H - 56, "COMUNE DI TOLFA", "Times-Bold", 18, 1.2)
glyphs(LM + 56, H - 72, "Città Metropolitana di Roma Capitale", "Times-Italic", 10.5)
c.setFont("Helvetica", 7.5); c.drawString(LM + 56, H - 84, "Piazza Vittorio Veneto, 12 – 00059 Tolfa (RM) – P.IVA 02148281000 – comune.tolfa@pec.it")
c.setLineWidth(0.8); c.line(LM, H - 94, RM, H - 94)

y = H - 116
glyphs(LM, y, "AREA TECNICA", "Helvetica-Bold", 11, 0.6)
glyphs(LM, y - 14, "Servizio Lavori Pubblici e Manutenzioni", "Helvetica", 10)
# register box
bx, by, bw, bh = LM, y - 86, RM - LM, 56
c.setLineWidth(0.7); c.rect(bx, by, bw, bh)
c.line(bx, by + 34, bx + bw, by + 34)
c.setFillGray(0.9); c.rect(bx, by + 34, bw, 22, fill=1, stroke=0); c.setFillGray(0)
c.rect(bx, by, bw, bh)
t = c.beginText(0, by + 40); t.setFont("Helvetica-Bold", 12); t.setCharSpace(3.2)
lbl = "DETERMINAZIONE"
wl = stringWidth(lbl, "Helvetica-Bold", 12) + 3.2 * (len(lbl) - 1)
t.setTextOrigin((W - wl) / 2, by + 40); t.textOut(lbl); t.setCharSpace(0); c.drawText(t)
c.line(bx + bw / 3, by, bx + bw / 3, by + 34); c.line(bx + 2 * bw / 3, by, bx + 2 * bw / 3, by + 34)
cells = [("Registro generale", "N. 187 del 12/03/2026"), ("Registro dell’Area", "N. 97 del 12/03/2026"), ("Proposta", "N. 213 del 10/03/2026")]
for i, (a, b) in enumerate(cells):
    cx = bx + bw / 6 + i * bw / 3
    c.setFont("Helvetica", 7.5); c.drawCentredString(cx, by + 23, a)
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(cx, by + 8, b)

y = by - 26
c.setFont("Helvetica-Bold", 10.5); c.drawString(LM, y, "OGGETTO:")
subj = ("Lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi” – "
        "Approvazione del certificato di regolare esecuzione e liquidazione del saldo all’impresa "
        "Edil Tolfetana S.r.l. – CUP C67H24000310004 – CIG B3A4F0C912")
y = justified(y, subj, "Helvetica-Bold", 10.5, 13.5, LM + 62, RM)
y -= 10
glyphs_centered(y, "IL RESPONSABILE DELL’AREA TECNICA", "Times-Bold", 11.5, 0.8)
y -= 22
paras = [
 "Premesso che con decreto sindacale n. 2 del 07/01/2026 il sottoscritto è stato nominato Responsabile dell’Area Tecnica, con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
 "Richiamata la propria determinazione n. 612 del 28/10/2025 (R.G.), con la quale i lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi” sono stati affidati, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023, all’impresa Edil Tolfetana S.r.l., con sede in Tolfa, Via della Rocca n. 9, per l’importo contrattuale di € 118.640,00 oltre IVA 10%;",
 "Dato atto che i lavori sono stati consegnati in data 17/11/2025 e ultimati in data 20/02/2026, entro il termine contrattuale, come risulta dal certificato di ultimazione redatto dal direttore dei lavori;",
 "Visto il certificato di regolare esecuzione emesso in data 02/03/2026 dal direttore dei lavori, arch. Silvia Cerroni, dal quale risulta un credito residuo dell’impresa, al netto degli acconti corrisposti, di € 11.864,00 oltre IVA 10%, per complessivi € 13.050,40;",
 "Vista la fattura elettronica n. 14/PA del 05/03/2026, acquisita al protocollo n. 3318 in pari data;",
 "Accertata la regolarità contributiva dell’impresa mediante DURC on line prot. INPS_49822013, con scadenza al 18/06/2026;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilità;",
]
for p in paras:
    y = justified(y, p, first_indent=18); y -= 5
footer(1, 2)
c.showPage()
# ---- page 2
stamp()
y = H - 70
c.setFont("Helvetica", 7.5); c.setFillGray(0.3)
c.drawString(LM, H - 44, "Comune di Tolfa – Area Tecnica – Determinazione n. 187 del 12/03/2026"); c.setFillGray(0)
glyphs_centered(y, "D E T E R M I N A", "Times-Bold", 12, 0.0)
y -= 24
pts = [
 "di approvare il certificato di regolare esecuzione dei lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi”, emesso in data 02/03/2026 dal direttore dei lavori;",
 "di liquidare all’impresa Edil Tolfetana S.r.l., P.IVA 11402871009, la somma di € 11.864,00 a titolo di saldo, oltre IVA 10% pari a € 1.186,40, da versare all’Erario ai sensi dell’art. 17-ter del D.P.R. 633/1972 (split payment);",
 "di imputare la spesa complessiva di € 13.050,40 alla Missione 04, Programma 02, capitolo 20412 “Manutenzione straordinaria edifici scolastici”, impegno n. 2025/788, reimputato all’esercizio 2026;",
 "di svincolare la cauzione definitiva prestata dall’impresa mediante polizza fideiussoria n. 2025/50/2214873, ai sensi dell’art. 117, comma 8, del D.Lgs. 36/2023.",
]
for i, p in enumerate(pts, 1):
    c.setFont("Times-Roman", 11); c.drawString(LM + 4, y, f"{i})")
    y = justified(y, p, x0=LM + 24); y -= 5
y -= 4
y = justified(y, "Si attesta la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000 e l’assenza di conflitti di interesse ai sensi dell’art. 16 del D.Lgs. 36/2023.", first_indent=18)
y -= 30
c.setFont("Times-Roman", 11); c.drawString(LM, y, "Tolfa, 12/03/2026")
glyphs(RM - 210, y, "IL RESPONSABILE DELL’AREA TECNICA", "Times-Bold", 10)
c.setFont("Times-Roman", 11); c.drawCentredString(RM - 122, y - 15, "Geom. Fabrizio Anselmi")
c.setFont("Times-Italic", 8.5); c.drawCentredString(RM - 122, y - 27, "(firmato digitalmente)")
y -= 70
c.setLineWidth(0.6); c.rect(LM, y - 62, RM - LM, 74)
c.setFont("Helvetica-Bold", 8.5); c.drawString(LM + 6, y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
y2 = justified(y - 14, "Visto l’atto che precede, si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 503/2026.", "Helvetica", 8.5, 11, LM + 6, RM - 6)
c.setFont("Helvetica", 8.5); c.drawString(LM + 6, y2 - 6, "Tolfa, 12/03/2026")
c.drawRightString(RM - 6, y2 - 6, "Il Responsabile dell’Area Finanziaria – Dott.ssa Tiziana Bruni")
footer(2, 2)
c.showPage(); c.save()
