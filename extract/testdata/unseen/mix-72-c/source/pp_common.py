# shared house style of the Comune di Pietrapaola (reportlab canvas): letterhead as a Form XObject,
# justified lines with explicit word spacing (Tw), rotated Albo stamp, and a glyph-by-glyph writer
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
def letterhead(c):
    c.beginForm("lh")
    c.setFont("Times-Bold", 17); c.drawCentredString(W/2, H-60, "COMUNE DI PIETRAPAOLA")
    c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-75, "Provincia di Cosenza")
    c.setFont("Times-Roman", 8.5); c.drawCentredString(W/2, H-87, "Via Municipio, 1 – 87060 Pietrapaola (CS) – PEC: protocollo.pietrapaola@pec.it")
    c.setLineWidth(1.2); c.line(60, H-95, W-60, H-95); c.setLineWidth(0.4); c.line(60, H-98, W-60, H-98)
    c.endForm()
def stamp(c, text):
    c.saveState(); c.translate(32, 250); c.rotate(90); c.setFont("Helvetica", 7.5)
    c.rect(-4, -4, stringWidth(text, "Helvetica", 7.5)+8, 14); c.drawString(0, 0, text); c.restoreState()
def wrap(text, font, size, width):
    out, line = [], []
    for w in text.split():
        if line and stringWidth(" ".join(line+[w]), font, size) > width: out.append(line); line = [w]
        else: line.append(w)
    if line: out.append(line)
    return out
def justified(c, x, y, text, font="Times-Roman", size=11, width=W-140, lead=14.5, last_just=False):
    """each full line is one text object with its own word spacing (Tw)"""
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        s = " ".join(ws); t = c.beginText(x, y); t.setFont(font, size)
        if (i < len(lines)-1 or last_just) and len(ws) > 1:
            t.setWordSpace((width - stringWidth(s, font, size)) / (len(ws)-1))
        t.textOut(s); c.drawText(t); y -= lead
    return y
def glyphs(c, x, y, text, font="Times-Roman", size=11, width=W-140, lead=14.5):
    """every glyph drawn on its own (one Tm per glyph), spaces never emitted, lines justified by moving glyphs"""
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        gap = stringWidth(" ", font, size)
        if i < len(lines)-1 and len(ws) > 1:
            gap = (width - sum(stringWidth(w, font, size) for w in ws)) / (len(ws)-1)
        xx = x
        for w in ws:
            for ch in w:
                c.setFont(font, size); c.drawString(xx, y, ch); xx += stringWidth(ch, font, size)
            xx += gap
        y -= lead
    return y
