# shared helpers for the reportlab generators of this set
from reportlab.pdfbase.pdfmetrics import stringWidth
def wrap(text, font, size, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width and line:
            out.append(line); line = w
        else:
            line = t
    if line: out.append(line)
    return out
