# Small helpers shared by the ReportLab scripts: justified paragraphs written line by line,
# each line its own text object with an explicit word spacing (Tw); last lines with Tw 0.
from reportlab.pdfbase.pdfmetrics import stringWidth

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

def para(c, text, x, y, width, font="Helvetica", size=10, lead=13, indent=0, justify=True):
    lines = wrap(text, font, size, width - indent)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        t = c.beginText(x + (indent if i > 0 else 0), y)
        t.setFont(font, size)
        last = i == len(lines) - 1
        w = width - (indent if i > 0 else 0)
        if justify and not last and len(ws) > 1:
            t.setWordSpace((w - stringWidth(s, font, size)) / (len(ws) - 1))
        else:
            t.setWordSpace(0)
        t.textLine(s)
        t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y

def spaced(c, text, x, y, font, size, tc, centre_width=None):
    # a heading letter-spaced with Tc (character spacing), optionally centred in centre_width
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if centre_width is not None:
        x = x + (centre_width - w) / 2
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc); t.textLine(text); t.setCharSpace(0); c.drawText(t)
